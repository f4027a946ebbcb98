//! Free-form JSON objects (`metadata`, `appdata`): kept exactly, within the limits.

use super::*;

pub(super) fn json_object(v: &Value, path: &At, ctx: &mut Ctx) -> Option<Value> {
    let policy = &ctx.options.metadata;
    let Value::Object(map) = v else {
        ctx.error(invalid_type("object", v), path);
        return None;
    };
    if map.len() > policy.max_keys {
        ctx.error(
            Issue::new(Code::TooManyItems, "Object has too many keys")
                .param("max", policy.max_keys),
            path,
        );
        return None;
    }
    let (max_bytes, max_depth) = (policy.max_bytes, policy.max_depth);
    // Depth first: serializing (for the size) recurses once per level.
    if depth_of(v) > max_depth {
        ctx.error(
            Issue::new(Code::TooDeep, "Object is nested too deeply").param("max", max_depth),
            path,
        );
        return None;
    }
    let size = crate::json_text::to_string(v).len();
    if size > max_bytes {
        ctx.error(
            Issue::new(Code::TooLong, "Object is too large")
                .param("max", max_bytes)
                .param("unit", "bytes"),
            path,
        );
        return None;
    }
    Some(v.clone())
}

/// Nesting depth below `v` (a flat object is 1), computed without recursion.
pub(super) fn depth_of(v: &Value) -> usize {
    let mut max = 0;
    let mut stack = vec![(v, 0usize)];
    while let Some((v, d)) = stack.pop() {
        match v {
            Value::Object(m) => stack.extend(m.values().map(|c| (c, d + 1))),
            Value::Array(a) => stack.extend(a.iter().map(|c| (c, d + 1))),
            _ => max = max.max(d),
        }
        max = max.max(d);
    }
    max
}

/// A map of strings: keys and values counted in characters; kept exactly.
pub(super) fn string_map(
    v: &Value,
    max_keys: usize,
    max_key_chars: usize,
    max_value_chars: usize,
    path: &At,
    ctx: &mut Ctx,
) -> Option<Value> {
    let Value::Object(map) = v else {
        ctx.error(invalid_type("object", v), path);
        return None;
    };
    if map.len() > max_keys {
        ctx.error(
            Issue::new(Code::TooManyItems, "Too many keys").param("max", max_keys),
            path,
        );
        return None;
    }
    let mut ok = true;
    for (key, value) in map {
        let at = path.key(key);
        if key.chars().count() > max_key_chars {
            ctx.error(
                Issue::new(Code::TooLong, "Key is too long")
                    .param("max", max_key_chars)
                    .param("part", "key"),
                &at,
            );
            ok = false;
        }
        match value {
            Value::String(s) if s.chars().count() > max_value_chars => {
                ctx.error(
                    Issue::new(Code::TooLong, "Value is too long")
                        .param("max", max_value_chars)
                        .param("part", "value"),
                    &at,
                );
                ok = false;
            }
            Value::String(_) => {}
            other => {
                ctx.error(invalid_type("string", other), &at);
                ok = false;
            }
        }
    }
    ok.then(|| v.clone())
}

/// An integer from a JSON number or a string of digits, within `min..=max`.
pub(super) fn integer(v: &Value, min: i64, max: i64, path: &At, ctx: &mut Ctx) -> Option<Value> {
    let n = match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => {
            let t = s.trim();
            let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                crate::int::signed(t)
            }
        }
        _ => None,
    };
    let Some(n) = n else {
        ctx.error(invalid_type("integer", v), path);
        return None;
    };
    if n < min || n > max {
        ctx.error(
            Issue::new(Code::NumberOutOfRange, "Number is out of range")
                .param("min", min)
                .param("max", max),
            path,
        );
        return None;
    }
    Some(Value::from(n))
}

#[cfg(test)]
mod tests {
    use crate::options::Options;
    use crate::rules::{check, Check};
    use serde_json::json;

    fn codes(c: &Check, v: serde_json::Value) -> Vec<(String, String)> {
        match check(c, &v, &Options::default()) {
            Ok(_) => vec![],
            Err(r) => r
                .issues()
                .iter()
                .map(|i| (i.pointer(), i.code.as_str().to_owned()))
                .collect(),
        }
    }

    #[test]
    fn integers_from_numbers_and_digit_strings() {
        let c = Check::Integer { min: -5, max: 10 };
        let ok = |v| check(&c, &v, &Options::default()).unwrap().value;
        assert_eq!(ok(json!(7)), json!(7));
        assert_eq!(ok(json!(" -5 ")), json!(-5));
        assert_eq!(ok(json!("+10")), json!(10));
        for bad in [
            json!(1.5),
            json!("1e3"),
            json!("-"),
            json!(true),
            json!("٣"),
        ] {
            assert_eq!(
                codes(&c, bad.clone()),
                [("".into(), "invalid_type".into())],
                "{bad}"
            );
        }
        assert_eq!(
            codes(&c, json!(11)),
            [("".into(), "number_out_of_range".into())]
        );
        assert_eq!(
            codes(&c, json!("99999999999999999999")),
            [("".into(), "invalid_type".into())]
        );
    }

    #[test]
    fn string_maps_count_keys_and_characters() {
        let c = Check::StringMap {
            max_keys: 2,
            max_key_chars: 3,
            max_value_chars: 4,
        };
        let kept = json!({"ab": "ünï", "c": ""});
        assert_eq!(check(&c, &kept, &Options::default()).unwrap().value, kept);
        assert_eq!(
            codes(&c, json!({"abcd": "x", "e": 1})),
            [
                ("/abcd".into(), "too_long".into()),
                ("/e".into(), "invalid_type".into())
            ]
        );
        assert_eq!(
            codes(&c, json!({"a": "12345"})),
            [("/a".into(), "too_long".into())]
        );
        assert_eq!(
            codes(&c, json!({"a": "", "b": "", "c": ""})),
            [("".into(), "too_many_items".into())]
        );
        assert_eq!(codes(&c, json!([])), [("".into(), "invalid_type".into())]);
    }
}
