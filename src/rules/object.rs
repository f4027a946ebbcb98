//! Objects against their field lists: presence, unknown members, one check per member.

use super::*;

pub(super) fn check_object(
    fields: &[Field],
    map: &Map<String, Value>,
    path: &At,
    ctx: &mut Ctx,
) -> Option<Map<String, Value>> {
    let (out, failed) = check_fields(fields, map, path, ctx);
    failed.is_empty().then_some(out)
}

/// Checks an object's members: the normalized members, and the names of the members that
/// got an issue (unknown members included).
pub(super) fn check_fields<'m>(
    fields: &[Field],
    map: &'m Map<String, Value>,
    path: &At,
    ctx: &mut Ctx,
) -> (Map<String, Value>, Vec<&'m str>) {
    let mut out = Map::with_capacity(map.len());
    let mut failed = Vec::new();
    // One pass over the members finds each field's value and the unknown members, without
    // hashing a key per field of the table (most fields are absent from most payloads).
    // On the stack for tables up to `ON_STACK` fields (every provider's today).
    const ON_STACK: usize = 32;
    let mut on_stack = [None; ON_STACK];
    let mut on_heap;
    let given: &mut [Option<&Value>] = if fields.len() <= ON_STACK {
        &mut on_stack[..fields.len()]
    } else {
        on_heap = vec![None; fields.len()];
        &mut on_heap
    };
    let mut unknown: Vec<(&'m String, &'m Value)> = Vec::new();
    for (key, value) in map {
        match fields.iter().position(|f| f.name == key) {
            Some(i) => given[i] = Some(value),
            None => unknown.push((key, value)),
        }
    }
    for (field, raw) in fields.iter().zip(given.iter().copied()) {
        if !check_field(field, raw, map, path, &mut out, ctx) {
            failed.push(field.name);
        }
    }
    for (key, value) in unknown {
        match ctx.options.unknown_fields {
            UnknownFields::Reject => {
                ctx.error(
                    Issue::new(
                        Code::UnknownField,
                        "This field is not part of the operation",
                    ),
                    &path.key(key),
                );
                failed.push(key.as_str());
            }
            UnknownFields::Keep => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    (out, failed)
}

/// Checks one member (`raw` is its value, `None` when absent) into `out`; false when an
/// issue was reported.
pub(super) fn check_field(
    field: &Field,
    raw: Option<&Value>,
    map: &Map<String, Value>,
    path: &At,
    out: &mut Map<String, Value>,
    ctx: &mut Ctx,
) -> bool {
    let mut ok = true;
    let fpath = path.key(field.name);
    // `null` → `""` ("clear this field") applies to the operation's own top-level fields
    // only: an object inside them (a Rapyd address added by an update) is a new record,
    // where a clear means nothing, and an emitted `""` would be refused on re-validation.
    let clears_here = ctx.updates == Updates::PartialClearWithEmpty && path.is_root();
    let required = match field.presence {
        Presence::Required => true,
        Presence::RequiredIf(p) => p(ctx.options),
        Presence::Optional => false,
        Presence::AllowedIf(p, _) if p(ctx.options) => false,
        Presence::AllowedIf(_, reason) | Presence::Never(reason) => {
            if raw.is_some() {
                ctx.error(
                    Issue::new(
                        Code::FieldNotAllowed,
                        fill("This field is not accepted here: {}", &[reason.text()]),
                    )
                    .param("reason", reason.key()),
                    &fpath,
                );
                ok = false;
            }
            return ok;
        }
    };
    match (raw, ctx.updates) {
        (None, _) => {
            if required {
                ctx.error(
                    Issue::new(Code::FieldRequired, "This field is required"),
                    &fpath,
                );
                ok = false;
            }
        }
        (Some(Value::Null), Updates::PartialClearWithEmpty) if !required && clears_here => {
            out.insert(field.name.to_owned(), Value::String(String::new()));
        }
        (Some(Value::String(s)), updates) if s.trim().is_empty() => {
            if required {
                ctx.error(
                    Issue::new(Code::FieldRequired, "This field is required"),
                    &fpath,
                );
                ok = false;
            } else if updates != Updates::Full {
                let hint = if clears_here {
                    "Empty value: omit the field to leave it unchanged, or send null to clear it"
                } else {
                    "Empty value: omit the field to leave it unchanged"
                };
                ctx.error(Issue::new(Code::ValueEmpty, hint), &fpath);
                ok = false;
            }
            // Full (create): a blank optional string carries nothing and is left out.
        }
        (Some(v), _) => match check_value(&field.check, v, map, &fpath, ctx) {
            Some(norm) => {
                out.insert(field.name.to_owned(), norm);
            }
            None => ok = false,
        },
    }
    ok
}
