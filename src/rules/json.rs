//! Free-form JSON objects (`metadata`, `appdata`): kept exactly, within the limits.

use super::*;

pub(super) fn json_object(v: &Value, path: &Path, ctx: &mut Ctx) -> Option<Value> {
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
    let size = serde_json::to_vec(v).map(|b| b.len()).unwrap_or(usize::MAX);
    if size > max_bytes {
        ctx.error(
            Issue::new(Code::TooLong, "Object is too large").param("max_bytes", max_bytes),
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
