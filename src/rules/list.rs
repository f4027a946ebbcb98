//! Arrays: item checks, counts and uniqueness; and values that are an email or a phone
//! (`Check::EmailOrPhone`, the items of contact lists).

use super::*;

pub(super) fn list(
    v: &Value,
    item: &Check,
    min: usize,
    max: usize,
    unique: Unique,
    path: &At,
    ctx: &mut Ctx,
) -> Option<Value> {
    let Value::Array(items) = v else {
        ctx.error(invalid_type("array", v), path);
        return None;
    };
    let mut ok = true;
    if items.len() < min {
        ctx.error(
            Issue::new(
                Code::TooFewItems,
                fill("At least {} item(s) required", &[&dec(min as u64)]),
            )
            .param("min", min),
            path,
        );
        ok = false;
    }
    if items.len() > max {
        ctx.error(
            Issue::new(
                Code::TooManyItems,
                fill("At most {} item(s) allowed", &[&dec(max as u64)]),
            )
            .param("max", max),
            path,
        );
        ok = false;
    }
    let empty = Map::new();
    let drop_repeats = matches!(unique, Unique::Item { drop_repeats } if drop_repeats(ctx.options));
    // Each key's first index, keyed by its JSON text: one lookup per item.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        let ipath = path.index(i);
        let Some(norm) = check_value(item, it, &empty, &ipath, ctx) else {
            ok = false;
            continue;
        };
        let key = match unique {
            Unique::No => None,
            Unique::Item { .. } => Some(crate::json_text::to_string(&norm)),
            Unique::Field(f) => norm
                .get(f)
                .filter(|x| !x.is_null())
                .map(crate::json_text::to_string),
        };
        if let Some(k) = key {
            if let Some(&first_index) = seen.get(&k) {
                if drop_repeats {
                    ctx.issue(
                        Issue::warning(
                            Code::DuplicateValue,
                            "This value appears earlier in the list and was left out",
                        )
                        .param("first_index", first_index)
                        .param("first_position", first_index + 1),
                        &ipath,
                    );
                    continue;
                }
                let at = match unique {
                    Unique::Field(f) => ipath.key(f),
                    _ => ipath,
                };
                ctx.error(
                    Issue::new(
                        Code::DuplicateValue,
                        "This value appears earlier in the list",
                    )
                    .param("first_index", first_index)
                    .param("first_position", first_index + 1),
                    &at,
                );
                ok = false;
            } else {
                seen.insert(k, i);
            }
        }
        out.push(norm);
    }
    ok.then(|| Value::Array(out))
}

/// A [`Check::EmailOrPhone`] value, written in `form`.
pub(super) fn email_or_phone(
    v: &Value,
    members: EmailOrPhoneMembers,
    form: EmailOrPhoneForm,
    path: &At,
    ctx: &mut Ctx,
) -> Option<Value> {
    let o = ctx.options;
    let raw = match v {
        Value::String(s) => s.as_str(),
        Value::Object(m) => match m.get(members.value) {
            Some(Value::String(s)) => s.as_str(),
            Some(other) => {
                ctx.error(invalid_type("string", other), &path.key(members.value));
                return None;
            }
            None => {
                ctx.error(
                    Issue::new(Code::FieldRequired, "This field is required"),
                    &path.key(members.value),
                );
                return None;
            }
        },
        other => {
            ctx.error(invalid_type("string or object", other), path);
            return None;
        }
    };
    if raw.trim().is_empty() {
        ctx.error(
            Issue::new(Code::FieldRequired, "This field is required"),
            path,
        );
        return None;
    }
    let (kind, value) = if raw.contains('@') {
        match email::check(raw, o) {
            Ok(e) => {
                let (out, warnings) = email_out(e, o);
                for w in warnings {
                    ctx.issue(w, path);
                }
                ("email", out)
            }
            Err(issue) => {
                ctx.error(issue, path);
                return None;
            }
        }
    } else {
        match phone::parse_valid(raw, o.default_region.as_deref()) {
            Ok(n) => {
                if let Some(warning) = n.extension_dropped() {
                    ctx.issue(warning, path);
                }
                ("phone", n.e164)
            }
            Err(issue) => {
                ctx.error(issue, path);
                return None;
            }
        }
    };
    Some(match form {
        EmailOrPhoneForm::Text => Value::String(value),
        EmailOrPhoneForm::Value => Value::Object(Map::from_iter([(
            members.value.to_owned(),
            Value::String(value),
        )])),
        EmailOrPhoneForm::KindAndValue => Value::Object(Map::from_iter([
            (members.kind.to_owned(), Value::from(kind)),
            (members.value.to_owned(), Value::String(value)),
        ])),
    })
}
