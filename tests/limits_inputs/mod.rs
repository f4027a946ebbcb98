//! Hostile inputs shared by `tests/limits.rs` (which asserts the exact issue each one gets)
//! and `benches/limits.rs` (which times them at two sizes): one huge value planted in an
//! otherwise valid create payload of each provider, at every place the field exists.

// Each user of the module uses a different part of it.
#![allow(dead_code)]

use customer_validate::issue::Segment;
use customer_validate::Provider;
use serde_json::{json, Map, Value};

/// A valid create payload of `provider`, to plant hostile values in.
pub fn base(provider: Provider) -> Value {
    match provider {
        Provider::Calypso => json!({
            "account": format!("0x{}", "ab".repeat(20)),
            "timestamp": 1_700_000_000_000i64,
            "payload": {"externalId": "x-1"}
        }),
        Provider::Bloc => json!({
            "email": "ada@example.com", "phone_number": "+2348031234567", "bvn": "01234567890",
            "first_name": "Ada", "last_name": "Obi", "customer_type": "personal"
        }),
        Provider::Rapyd => json!({
            "name": "Ada Lovelace",
            "addresses": [{"name": "Ada Lovelace", "line_1": "1 Main St", "city": "Springfield",
                "state": "IL", "zip": "62701", "country": "US"}]
        }),
        Provider::Authvia => json!({"ref": "cust-1", "addresses": ["ada@example.com"]}),
        _ => json!({}),
    }
}

/// `payload` with `value` at `path` (the parents exist in [`base`], or are created as
/// objects).
pub fn plant(mut payload: Value, path: &[Segment], value: Value) -> Value {
    let Some((last, parents)) = path.split_last() else {
        return value;
    };
    let mut cur = &mut payload;
    for seg in parents {
        cur = match seg {
            Segment::Key(k) => cur
                .as_object_mut()
                .expect("parent is an object")
                .entry(k.clone())
                .or_insert_with(|| Value::Object(Map::new())),
            Segment::Index(i) => &mut cur.as_array_mut().expect("parent is an array")[*i],
        };
    }
    match last {
        Segment::Key(k) => {
            cur.as_object_mut()
                .expect("parent is an object")
                .insert(k.clone(), value);
        }
        Segment::Index(i) => cur.as_array_mut().expect("parent is an array")[*i] = value,
    }
    payload
}

/// Segments from a JSON-pointer-like list: numbers are indexes.
pub fn path(parts: &[&str]) -> Vec<Segment> {
    parts
        .iter()
        .map(|p| match p.parse::<usize>() {
            Ok(i) => Segment::Index(i),
            Err(_) => Segment::Key((*p).to_owned()),
        })
        .collect()
}

/// Where each provider has a phone string.
pub fn phone_places(provider: Provider) -> Vec<Vec<Segment>> {
    match provider {
        Provider::Bloc => vec![path(&["phone_number"])],
        Provider::Rapyd => vec![
            path(&["phone_number"]),
            path(&["addresses", "0", "phone_number"]),
        ],
        Provider::Authvia => vec![path(&["addresses", "0"])],
        _ => vec![],
    }
}

/// Where each provider has a list of addresses.
pub fn address_list_places(provider: Provider) -> Vec<Vec<Segment>> {
    match provider {
        Provider::Rapyd | Provider::Authvia => vec![path(&["addresses"])],
        _ => vec![],
    }
}

/// Where each provider has a free-form JSON object (`metadata`, `appdata`).
pub fn object_places(provider: Provider) -> Vec<Vec<Segment>> {
    match provider {
        Provider::Rapyd => vec![path(&["metadata"]), path(&["addresses", "0", "metadata"])],
        Provider::Authvia => vec![path(&["metadata"]), path(&["appdata"])],
        _ => vec![],
    }
}

/// One string field per provider to nest deeply under (every provider has one).
pub fn nest_place(provider: Provider) -> Vec<Segment> {
    match provider {
        Provider::Calypso => path(&["payload", "description"]),
        Provider::Bloc => path(&["first_name"]),
        Provider::Rapyd => path(&["metadata"]),
        _ => path(&["appdata"]),
    }
}

/// A phone-looking string of `bytes` bytes: `+1` and digits.
pub fn long_phone(bytes: usize) -> Value {
    Value::String(format!("+1{}", "2".repeat(bytes.saturating_sub(2))))
}

/// A list of `n` address items of the provider's kind (valid ones: the count is the problem).
pub fn many_addresses(provider: Provider, n: usize) -> Value {
    let item = match provider {
        Provider::Authvia => json!("ada@example.com"),
        _ => json!({"name": "Ada", "line_1": "1 Main St", "country": "US"}),
    };
    Value::Array(vec![item; n])
}

/// An object with `n` keys `k0`, `k1`, … holding `0`.
pub fn many_keys(n: usize) -> Value {
    Value::Object((0..n).map(|i| (format!("k{i}"), json!(0))).collect())
}

/// `[[[…0…]]]` nested `depth` arrays deep, built without recursion.
pub fn deep_array(depth: usize) -> Value {
    let mut v = json!(0);
    for _ in 0..depth {
        v = Value::Array(vec![v]);
    }
    v
}

/// `{"a": {"a": …0…}}` nested `depth` objects deep, built without recursion.
pub fn deep_object(depth: usize) -> Value {
    let mut v = json!(0);
    for _ in 0..depth {
        // Not `json!({"a": v})`: that serializes `v` again, recursively.
        let mut m = Map::new();
        m.insert("a".to_owned(), v);
        v = Value::Object(m);
    }
    v
}

/// The same nesting as JSON text.
pub fn deep_array_text(depth: usize) -> String {
    format!("{}0{}", "[".repeat(depth), "]".repeat(depth))
}

/// Drops a value without recursion (serde_json's `Drop` recurses once per level, which a
/// 10,000-deep value would turn into a stack overflow of the test thread).
pub fn dismantle(v: Value) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => stack.extend(map.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}
