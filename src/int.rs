//! Integers read from decimal text through one parser, `str::parse::<u64>`: each integer type
//! `str::parse` is used for is its own copy of the parser in the `.wasm` (~0.3–0.6 KB each),
//! so the other types are read as a `u64` and narrowed. The answers are `str::parse`'s
//! (`Some` exactly when it gives `Ok`; the error kind was never used), which the tests check
//! on the edge cases.

/// `s.parse::<T>().ok()` for an unsigned `T` (`u16`, `u32`, `usize`): an optional `+`, then
/// ASCII digits, within `T`'s range.
pub(crate) fn unsigned<T: TryFrom<u64>>(s: &str) -> Option<T> {
    T::try_from(s.parse::<u64>().ok()?).ok()
}

/// `s.parse::<i64>().ok()`: an optional `+` or `-`, then ASCII digits, within `i64`'s range.
pub(crate) fn signed(s: &str) -> Option<i64> {
    match s.strip_prefix('-') {
        // `u64` reading would take a second sign (`-+5`); `i64`'s does not.
        Some(magnitude) if magnitude.starts_with('+') => None,
        Some(magnitude) => 0i64.checked_sub_unsigned(magnitude.parse::<u64>().ok()?),
        None => unsigned(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: &[&str] = &[
        "",
        "+",
        "-",
        "0",
        "-0",
        "+0",
        "7",
        "+7",
        "-7",
        "007",
        "-007",
        "--7",
        "-+7",
        "+-7",
        "++7",
        " 7",
        "7 ",
        "1_000",
        "1e3",
        "1.0",
        "٣",
        "65535",
        "65536",
        "4294967295",
        "4294967296",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "000000000000000000000000000000000000042",
        "-000000000000000000000000000000000000042",
        "99999999999999999999999999999",
    ];

    #[test]
    fn answers_as_str_parse() {
        for t in TEXTS {
            assert_eq!(signed(t), t.parse::<i64>().ok(), "{t:?}");
            assert_eq!(unsigned::<u64>(t), t.parse::<u64>().ok(), "{t:?}");
            assert_eq!(unsigned::<u32>(t), t.parse::<u32>().ok(), "{t:?}");
            assert_eq!(unsigned::<u16>(t), t.parse::<u16>().ok(), "{t:?}");
            assert_eq!(unsigned::<usize>(t), t.parse::<usize>().ok(), "{t:?}");
        }
        let mut next = crate::test_rng::xorshift(0x1A7_5EED);
        for _ in 0..20_000 {
            let len = (next() % 24) as usize;
            let t: String = (0..len)
                .map(|_| b"0123456789+-x9"[(next() % 14) as usize] as char)
                .collect();
            assert_eq!(signed(&t), t.parse::<i64>().ok(), "{t:?}");
            assert_eq!(unsigned::<u16>(&t), t.parse::<u16>().ok(), "{t:?}");
        }
    }
}
