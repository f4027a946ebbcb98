//! The country's address rules over an address object whose members were checked one by
//! one ([`crate::fields::address::check_with_names`]).

use super::*;

/// The country's address rules over an object whose members were already checked one by
/// one (`out`, with `failed` the members that got an issue): writes the normalized state and
/// postal code back in place and reports what the rules find on members not yet reported.
pub(super) fn address_rules(
    out: &mut Map<String, Value>,
    failed: &[&str],
    names: &address::FieldNames,
    path: &At,
    ctx: &mut Ctx,
) -> bool {
    // A linear scan: an address has a dozen members at most, which compare faster than
    // their keys hash.
    let get = |name: &str| -> Option<&str> {
        if failed.contains(&name) {
            return None;
        }
        out.iter()
            .find(|(k, _)| k.as_str() == name)
            .and_then(|(_, v)| v.as_str())
    };
    let given = address::Address {
        line_1: get(names.line_1),
        city: get(names.city),
        district: get(names.district),
        state: get(names.state),
        zip: get(names.zip),
        sorting_code: get(names.sorting_code),
        country: get(names.country),
        ..address::Address::default()
    };
    let issues = match address::check_state_and_zip(&given, names, ctx.options) {
        Ok(mut n) => {
            for (name, value) in [(names.state, n.state.take()), (names.zip, n.zip.take())] {
                let slot = out.iter_mut().find(|(k, _)| k.as_str() == name);
                if let (Some((_, slot)), Some(value)) = (slot, value) {
                    *slot = Value::String(value);
                }
            }
            n.warnings
        }
        Err(issues) => issues,
    };
    // A member already reported by its own check is not reported again.
    let mut ok = true;
    for issue in issues {
        let on_failed = issue.path.segments().first().is_some_and(
            |s| matches!(s, crate::issue::Segment::Key(k) if failed.contains(&k.as_str())),
        );
        if !on_failed {
            ok &= !issue.is_error();
            ctx.issue(issue, path);
        }
    }
    ok
}
