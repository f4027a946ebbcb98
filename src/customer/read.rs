//! Reading a [`Customer`] out of a JSON value by hand instead of through serde's derived
//! `Deserialize`: the same answers as `serde_json::from_value::<Customer>` (a unit test
//! compares the two on generated values), without the derive's code for
//! `serde_json::Value`, which was ~40 KB of the npm package's `.wasm` (docs/decisions.md,
//! "npm package size"). The derive stays for Rust callers; only this crate's own reading
//! goes through here.
//!
//! serde's rules it follows, for `serde_json::Value` input: a struct is an object (unknown
//! members refused) or an array of its fields in declaration order (no more elements than
//! fields); `Option` is `null` or the value; an enum's unit variant is its name as a string
//! or an object `{name: null}`; a map is an object; a string is a string.

use super::{Customer, CustomerKind, IdScheme, NationalId, PostalAddress, MEMBERS};
use serde_json::{Map, Value};

/// The read failed; the callers only report that the value did not have the expected shape.
pub(super) struct Mismatch;

type Read<T> = Result<T, Mismatch>;

/// A customer from a JSON value, or [`Mismatch`] where serde would fail.
pub(super) fn customer(value: Value) -> Read<Customer> {
    let mut c = Customer::default();
    fields(value, MEMBERS, |i, v| c.read_member(i, v))?;
    Ok(c)
}

/// A type of a [`Customer`] member, read as serde reads it from a JSON value
/// (`Customer::read_member` picks the reader by the member's type).
pub(super) trait Member: Sized {
    /// The value, or [`Mismatch`] where serde would fail.
    fn read(value: Value) -> Read<Self>;
}

impl<T: Member> Member for Option<T> {
    fn read(value: Value) -> Read<Self> {
        opt(value, T::read)
    }
}

impl Member for String {
    fn read(value: Value) -> Read<Self> {
        string(value)
    }
}

impl Member for Map<String, Value> {
    fn read(value: Value) -> Read<Self> {
        object(value)
    }
}

impl Member for PostalAddress {
    fn read(value: Value) -> Read<Self> {
        address(value)
    }
}

impl Member for NationalId {
    fn read(value: Value) -> Read<Self> {
        national_id(value)
    }
}

impl Member for CustomerKind {
    fn read(value: Value) -> Read<Self> {
        unit_variant(value)
    }
}

const ADDRESS: &[&str] = &[
    "line_1",
    "line_2",
    "city",
    "district",
    "state",
    "postal_code",
    "sorting_code",
    "country",
];
const NATIONAL_ID: &[&str] = &["scheme", "value"];
fn address(value: Value) -> Read<PostalAddress> {
    let mut a = PostalAddress::default();
    fields(value, ADDRESS, |i, v| {
        let v = opt(v, string)?;
        match i {
            0 => a.line_1 = v,
            1 => a.line_2 = v,
            2 => a.city = v,
            3 => a.district = v,
            4 => a.state = v,
            5 => a.postal_code = v,
            6 => a.sorting_code = v,
            _ => a.country = v,
        }
        Ok(())
    })?;
    Ok(a)
}

fn national_id(value: Value) -> Read<NationalId> {
    let (mut scheme, mut id) = (None, None);
    fields(value, NATIONAL_ID, |i, v| {
        if i == 0 {
            scheme = Some(unit_variant::<IdScheme>(v)?);
        } else {
            id = Some(string(v)?);
        }
        Ok(())
    })?;
    // Both members are required (no `#[serde(default)]` on NationalId).
    match (scheme, id) {
        (Some(scheme), Some(value)) => Ok(NationalId { scheme, value }),
        _ => Err(Mismatch),
    }
}

/// Walks a struct's members (object form) or elements (array form), handing each to `set`
/// with its index in `names`.
fn fields(value: Value, names: &[&str], mut set: impl FnMut(usize, Value) -> Read<()>) -> Read<()> {
    match value {
        Value::Object(members) => {
            for (key, v) in members {
                let i = names.iter().position(|n| *n == key).ok_or(Mismatch)?;
                set(i, v)?;
            }
        }
        Value::Array(items) if items.len() <= names.len() => {
            for (i, v) in items.into_iter().enumerate() {
                set(i, v)?;
            }
        }
        _ => return Err(Mismatch),
    }
    Ok(())
}

fn opt<T>(value: Value, read: impl FnOnce(Value) -> Read<T>) -> Read<Option<T>> {
    match value {
        Value::Null => Ok(None),
        v => read(v).map(Some),
    }
}

fn string(value: Value) -> Read<String> {
    match value {
        Value::String(s) => Ok(s),
        _ => Err(Mismatch),
    }
}

fn object(value: Value) -> Read<Map<String, Value>> {
    match value {
        Value::Object(m) => Ok(m),
        _ => Err(Mismatch),
    }
}

fn unit_variant<T: std::str::FromStr>(value: Value) -> Read<T> {
    let (name, content) = match value {
        Value::String(name) => (name, Value::Null),
        Value::Object(m) if m.len() == 1 => m.into_iter().next().ok_or(Mismatch)?,
        _ => return Err(Mismatch),
    };
    match (name.parse::<T>(), content) {
        (Ok(v), Value::Null) => Ok(v),
        _ => Err(Mismatch),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn same_as_serde(v: &Value) {
        let ours = customer(v.clone()).ok();
        let serde = serde_json::from_value::<Customer>(v.clone()).ok();
        assert_eq!(ours, serde, "{v}");
    }

    #[test]
    fn agrees_with_serde_on_each_form() {
        for v in [
            json!({}),
            json!([]),
            json!(null),
            json!("x"),
            json!({"email": "a@b.c", "kind": "business", "metadata": {"a": [1]}}),
            json!({"kind": {"personal": null}}),
            json!({"kind": {"personal": 1}}),
            json!({"kind": {"personal": null, "business": null}}),
            json!({"kind": {}}),
            json!({"kind": "Personal"}),
            json!({"kind": 1}),
            json!({"nick": "x"}),
            json!({"email": 5}),
            json!({"email": null, "address": null}),
            json!({"address": {"line_1": "1 Main St", "zip": "1"}}),
            json!({"address": ["1 Main St", null, "Springfield"]}),
            json!({"address": ["1", "2", "3", "4", "5", "6", "7"]}),
            json!({"address": "1 Main St"}),
            json!({"national_id": {"scheme": "bvn", "value": "01234567890"}}),
            json!({"national_id": {"scheme": {"nin": null}, "value": "1"}}),
            json!({"national_id": {"scheme": "bvn"}}),
            json!({"national_id": {"value": "1"}}),
            json!({"national_id": ["vat", "DE1"]}),
            json!({"national_id": ["vat"]}),
            json!({"national_id": ["vat", "DE1", "x"]}),
            json!({"national_id": {"scheme": "ssn", "value": "1"}}),
            json!({"national_id": {"scheme": "bvn", "value": "1", "x": 1}}),
            json!(["Ada", "Obi", null, "a@b.c"]),
            json!([
                "Ada", "Obi", null, "a@b.c", null, null, null, null, null, null, null, null, null,
                null, null
            ]),
            json!({"provider_data": {"rapyd": {"id": "cus_1"}}, "metadata": []}),
        ] {
            same_as_serde(&v);
        }
    }

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(|n| json!(n)),
            prop::sample::select(vec![
                "", "bvn", "nin", "vat", "ssn", "personal", "business", "Business", "x",
            ])
            .prop_map(|s| json!(s)),
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        let mut names: Vec<&'static str> = MEMBERS
            .iter()
            .chain(ADDRESS)
            .chain(NATIONAL_ID)
            .copied()
            .collect();
        names.extend(["personal", "business", "bvn", "zip", "nick"]);
        prop::sample::select(names).prop_map(str::to_owned)
    }

    /// Mostly the customer's own members, so that many generated customers read.
    fn member() -> impl Strategy<Value = String> {
        prop_oneof![9 => prop::sample::select(MEMBERS.to_vec()).prop_map(str::to_owned), 1 => key()]
    }

    /// Mostly strings and nulls (what most members hold), sometimes anything.
    fn plausible() -> impl Strategy<Value = Value> {
        prop_oneof![
            4 => "[a-z]{0,3}".prop_map(Value::String),
            1 => Just(Value::Null),
            2 => value(),
        ]
    }

    #[test]
    fn generated_customers_often_read() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = prop::collection::vec((member(), plausible()), 0..10);
        let read = (0..500)
            .filter(|_| {
                let members = strategy.new_tree(&mut runner).unwrap().current();
                customer(Value::Object(members.into_iter().collect())).is_ok()
            })
            .count();
        assert!(read > 50, "only {read} of 500 generated customers read");
    }

    fn value() -> impl Strategy<Value = Value> {
        leaf().prop_recursive(3, 24, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec((key(), inner), 0..6)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn agrees_with_serde_on_generated_values(v in value()) {
            same_as_serde(&v);
        }

        #[test]
        fn agrees_with_serde_on_generated_customers(
            members in prop::collection::vec((member(), plausible()), 0..10),
        ) {
            same_as_serde(&Value::Object(members.into_iter().collect()));
        }
    }
}
