//! A small map kept as a vector sorted by key, for the per-thread caches of the field
//! checkers: few entries, inserted once each, looked up by binary search. It ships far less
//! WebAssembly than a `BTreeMap` or `HashMap` per key and value type would.

/// The value for `key` in `entries` (sorted by key), made by `make` and inserted in order
/// when absent; an existing value is kept.
pub(crate) fn slot<K: Ord, V>(
    entries: &mut Vec<(K, V)>,
    key: K,
    make: impl FnOnce() -> V,
) -> &mut V {
    let i = match entries.binary_search_by(|(k, _)| k.cmp(&key)) {
        Ok(i) => i,
        Err(i) => {
            let value = make();
            entries.insert(i, (key, value));
            i
        }
    };
    // ok: `i` is in bounds in both arms (found, or just inserted there).
    &mut entries[i].1
}

#[cfg(test)]
mod tests {
    use super::slot;

    #[test]
    fn inserts_in_order_and_keeps_the_first_value() {
        let mut v: Vec<(u32, &str)> = Vec::new();
        for (k, val) in [(5, "a"), (1, "b"), (3, "c"), (5, "d")] {
            slot(&mut v, k, || val);
        }
        assert_eq!(v, [(1, "b"), (3, "c"), (5, "a")]);
        *slot(&mut v, 3, || "x") = "y";
        assert_eq!(v[1], (3, "y"));
    }
}
