//! Text out without `core::fmt`: integers in decimal or hex and `{}` templates, for issue
//! messages, params and error texts.
//!
//! `format!`, `to_string()` on a number and `write!` link `core::fmt`'s machinery
//! (`fmt::write`, `Formatter::pad`, `pad_integral`, the `Display` impls) and build an
//! `Arguments` at every call; these few functions do the same jobs for the text we write, so
//! the browser's first module carries no formatting (docs/decisions.md, "Text out without
//! core::fmt"). Each one's output is the same as the `format!` it replaces (the tests say
//! so).

/// Decimal digits, for [`push_uint`].
pub(crate) const DEC: &[u8] = b"0123456789";
/// Upper-case hex digits (`{:X}`), for [`push_uint`].
pub(crate) const HEX: &[u8] = b"0123456789ABCDEF";
/// Lower-case hex digits (`{:x}`), for [`push_uint`].
pub(crate) const LOWER_HEX: &[u8] = b"0123456789abcdef";

/// Appends `n` in the base of `digits` (its length), zero-padded to at least `width` digits:
/// `format!("{n:0width$}")`, `{:0width$X}` or `{:0width$x}`.
pub(crate) fn push_uint(out: &mut String, mut n: u64, digits: &[u8], width: usize) {
    let base = digits.len() as u64;
    let mut buf = [b'0'; 64];
    let mut i = buf.len();
    while n > 0 || i == buf.len() {
        i -= 1;
        buf[i] = digits[(n % base) as usize];
        n /= base;
    }
    let start = i.min(buf.len().saturating_sub(width));
    for &b in &buf[start..] {
        out.push(char::from(b));
    }
}

/// `n` in decimal, as `n.to_string()` writes it.
#[cfg_attr(
    not(any(target_arch = "wasm32", test, feature = "json-api")),
    allow(dead_code)
)]
pub(crate) fn int(n: i64) -> String {
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    push_uint(&mut out, n.unsigned_abs(), DEC, 1);
    out
}

/// `n` in decimal, as `n.to_string()` writes it.
pub(crate) fn dec(n: u64) -> String {
    let mut out = String::new();
    push_uint(&mut out, n, DEC, 1);
    out
}

/// `template` with each `{}` replaced by the next of `args`, in order, and `{{`, `}}` by `{`,
/// `}`: the text `format!(template, args…)` writes when every argument is a string (`{}` is
/// the only hole; a missing argument writes nothing).
pub(crate) fn fill(template: &str, args: &[&str]) -> String {
    let mut out =
        String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut args = args.iter();
    let bytes = template.as_bytes();
    let (mut at, mut from) = (0, 0);
    while at + 1 < bytes.len() {
        match (bytes[at], bytes[at + 1]) {
            (b'{', b'}') => {
                out.push_str(&template[from..at]);
                out.push_str(args.next().copied().unwrap_or_default());
            }
            (b'{', b'{') | (b'}', b'}') => out.push_str(&template[from..=at]),
            _ => {
                at += 1;
                continue;
            }
        }
        at += 2;
        from = at;
    }
    out.push_str(&template[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uint(n: u64, digits: &[u8], width: usize) -> String {
        let mut out = String::new();
        push_uint(&mut out, n, digits, width);
        out
    }

    #[test]
    fn integers_as_format_writes_them() {
        let mut samples: Vec<u64> = vec![0, 1, 9, 10, 99, 100, 255, 65535, u64::MAX, u64::MAX - 1];
        samples.extend((0..64).map(|s| 1u64 << s));
        samples.extend((0..64).map(|s| (1u64 << s) - 1));
        let mut next = crate::test_rng::xorshift(16);
        samples.extend((0..2000).map(|_| next() >> (next() % 64)));
        for n in samples {
            assert_eq!(dec(n), n.to_string());
            assert_eq!(uint(n, DEC, 2), format!("{n:02}"));
            assert_eq!(uint(n, DEC, 4), format!("{n:04}"));
            assert_eq!(uint(n, HEX, 1), format!("{n:X}"));
            assert_eq!(uint(n, HEX, 4), format!("{n:04X}"));
            assert_eq!(uint(n, LOWER_HEX, 1), format!("{n:x}"));
            let i = n as i64;
            assert_eq!(int(i), i.to_string());
        }
        assert_eq!(int(i64::MIN), i64::MIN.to_string());
    }

    #[test]
    fn fill_as_format_writes_it() {
        assert_eq!(
            fill("a {} b {}", &["x", "yz"]),
            format!("a {} b {}", "x", "yz")
        );
        assert_eq!(fill("{}{}", &["", "é"]), "é");
        assert_eq!(fill("no holes", &[]), "no holes");
        assert_eq!(fill("{} and {}", &["only"]), "only and ");
        assert_eq!(
            fill("^0x[0-9]{{{}}}$", &["40"]),
            format!("^0x[0-9]{{{}}}$", "40")
        );
        assert_eq!(
            fill("init({{ a: ['{}'] }})", &["US"]),
            format!("init({{ a: ['{}'] }})", "US")
        );
        assert_eq!(fill("lone { and }", &[]), "lone { and }");
    }
}
