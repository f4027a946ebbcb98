//! Identifiers and references: UUIDs, prefixed ids (`cus_…`, `ewallet_…`), URL-safe refs,
//! fixed-length digit strings (BVN) and hexadecimal ids. Case is kept as given; surrounding
//! whitespace is trimmed. Messages never contain the value.
//!
//! ```
//! use customer_validate::fields::ids;
//! assert_eq!(ids::uuid(" 3F2504E0-4F89-11D3-9A0C-0305E82C3301 ").unwrap(),
//!            "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
//! assert_eq!(ids::digits("012 345 678 90", 11).unwrap(), "01234567890");
//! ```

use crate::issue::{Code, Issue};
use crate::text_out::{dec, fill};

/// Longest identifier accepted by any check here, before any other work is done.
const MAX_ID_BYTES: usize = 1024;

fn too_long(max: usize) -> Issue {
    Issue::new(
        Code::TooLong,
        fill("Value is longer than {} characters", &[&dec(max as u64)]),
    )
    .param("max", max)
}

fn bounded(input: &str, max: usize) -> Result<&str, Issue> {
    let t = input.trim();
    if t.len() > max.saturating_mul(4).min(MAX_ID_BYTES) || t.chars().count() > max {
        return Err(too_long(max));
    }
    if t.is_empty() {
        return Err(Issue::new(Code::FieldRequired, "This field is required"));
    }
    Ok(t)
}

/// An RFC 4122 UUID in its 8-4-4-4-12 hex form, returned lower-cased (UUIDs are
/// case-insensitive; providers echo them lower-case).
///
/// ```
/// use customer_validate::fields::ids;
/// use customer_validate::Code;
/// assert_eq!(ids::uuid("not-a-uuid").unwrap_err().code, Code::IdInvalid);
/// ```
pub fn uuid(input: &str) -> Result<String, Issue> {
    let t = bounded(input, 36)?;
    let ok = t.len() == 36
        && t.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        });
    if !ok {
        return Err(Issue::new(Code::IdInvalid, "Value is not a UUID")
            .param("expected", "uuid")
            .param("example", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    }
    Ok(t.to_ascii_lowercase())
}

/// An id that must start with one of `prefixes` followed by at least one character of
/// `[A-Za-z0-9_-]` (Rapyd's `cus_`, `ewallet_`, `card_`/`other_`…).
///
/// ```
/// use customer_validate::fields::ids;
/// assert_eq!(ids::prefixed(" ewallet_1a2b ", &["ewallet_"]).unwrap(), "ewallet_1a2b");
/// assert!(ids::prefixed("wallet_1", &["ewallet_"]).is_err());
/// ```
pub fn prefixed(input: &str, prefixes: &[&str]) -> Result<String, Issue> {
    let t = bounded(input, 128)?;
    let ok = prefixes.iter().any(|p| {
        t.strip_prefix(p).is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        })
    });
    if !ok {
        return Err(Issue::new(
            Code::IdInvalid,
            "Value does not have the expected id prefix",
        )
        .param("prefixes", prefixes.to_vec()));
    }
    Ok(t.to_owned())
}

/// A reference usable in a URL path without escaping: 1 to `max` characters of
/// `[A-Za-z0-9._~:@-]` (RFC 3986 unreserved plus `:` and `@`), case kept.
///
/// ```
/// use customer_validate::fields::ids;
/// use customer_validate::Code;
/// assert_eq!(ids::url_safe_ref("cust-42", 128).unwrap(), "cust-42");
/// assert_eq!(ids::url_safe_ref("a/b", 128).unwrap_err().code, Code::IdInvalid);
/// ```
pub fn url_safe_ref(input: &str, max: usize) -> Result<String, Issue> {
    let t = bounded(input, max)?;
    if t.len() > max {
        return Err(too_long(max));
    }
    if let Some(b) = t
        .bytes()
        .find(|b| !(b.is_ascii_alphanumeric() || b"._~:@-".contains(b)))
    {
        return Err(Issue::new(
            Code::IdInvalid,
            "Value may only hold letters, digits and . _ ~ : @ -",
        )
        .param("character", char_hint(b)));
    }
    Ok(t.to_owned())
}

/// Printable ASCII (space to `~`), 1 to `max` characters: merchant references such as
/// Calypso's `externalId`.
///
/// ```
/// use customer_validate::fields::ids;
/// assert_eq!(ids::printable_ascii(" order #42 ", 255).unwrap(), "order #42");
/// assert!(ids::printable_ascii("é", 255).is_err());
/// ```
pub fn printable_ascii(input: &str, max: usize) -> Result<String, Issue> {
    let t = bounded(input, max)?;
    if t.len() > max {
        return Err(too_long(max));
    }
    if let Some(b) = t.bytes().find(|b| !(0x20..=0x7e).contains(b)) {
        return Err(Issue::new(
            Code::IdInvalid,
            "Value may only hold printable ASCII characters",
        )
        .param("character", char_hint(b)));
    }
    Ok(t.to_owned())
}

/// Exactly `len` ASCII digits after removing spaces, kept as a string (leading zeros matter):
/// e.g. a Nigerian BVN (11 digits).
///
/// ```
/// use customer_validate::fields::ids;
/// use customer_validate::Code;
/// assert_eq!(ids::digits("0000000000", 11).unwrap_err().code, Code::DigitsLength);
/// assert_eq!(ids::digits("١٢٣", 3).unwrap_err().code, Code::DigitsInvalid);
/// ```
pub fn digits(input: &str, len: usize) -> Result<String, Issue> {
    let t = bounded(input, len.saturating_mul(4).max(64))?;
    let compact: String = t.chars().filter(|c| *c != ' ').collect();
    if !compact.bytes().all(|b| b.is_ascii_digit()) {
        return Err(
            Issue::new(Code::DigitsInvalid, "Value may only hold the digits 0-9")
                .param("length", len),
        );
    }
    if compact.len() != len {
        return Err(Issue::new(
            Code::DigitsLength,
            fill("Value must be exactly {} digits", &[&dec(len as u64)]),
        )
        .param("length", len)
        .param("received_length", compact.len()));
    }
    Ok(compact)
}

/// `0x` followed by exactly `hex_len` hexadecimal digits, case kept (Calypso's `account`:
/// `^0x[0-9a-fA-F]{40}$`).
///
/// ```
/// use customer_validate::fields::ids;
/// let account = format!("0x{}", "aB".repeat(20));
/// assert_eq!(ids::hex_0x(&account, 40).unwrap(), account);
/// assert!(ids::hex_0x("0x123", 40).is_err());
/// ```
pub fn hex_0x(input: &str, hex_len: usize) -> Result<String, Issue> {
    let t = bounded(input, hex_len + 2)?;
    let ok = t.len() == hex_len + 2
        && t.starts_with("0x")
        && t.bytes().skip(2).all(|b| b.is_ascii_hexdigit());
    if !ok {
        let n = dec(hex_len as u64);
        return Err(Issue::new(
            Code::IdInvalid,
            fill("Value must be 0x followed by {} hexadecimal digits", &[&n]),
        )
        .param("pattern", fill("^0x[0-9a-fA-F]{{{}}}$", &[&n])));
    }
    Ok(t.to_owned())
}

/// True when `input` is exactly `len` lower- or upper-case hex digits (a soft check, e.g.
/// Bloc's 24-hex customer ids, reported as a warning by callers).
///
/// ```
/// use customer_validate::fields::ids;
/// assert!(ids::is_hex("64105f5d7f1b4b36103f870e", 24));
/// ```
pub fn is_hex(input: &str, len: usize) -> bool {
    input.len() == len && input.bytes().all(|b| b.is_ascii_hexdigit())
}

fn char_hint(b: u8) -> String {
    if b.is_ascii_graphic() {
        (b as char).to_string()
    } else {
        let mut out = String::from("0x");
        crate::text_out::push_uint(&mut out, u64::from(b), crate::text_out::HEX, 2);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_rejects_wrong_shapes() {
        for s in [
            "",
            "3f2504e0-4f89-11d3-9a0c-0305e82c330",
            "3f2504e0x4f89-11d3-9a0c-0305e82c3301",
            "3f2504e0-4f89-11d3-9a0c-0305e82c330g",
            "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
        ] {
            assert!(uuid(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn blank_is_required_not_invalid() {
        assert_eq!(uuid("  ").unwrap_err().code, Code::FieldRequired);
        assert_eq!(digits("", 11).unwrap_err().code, Code::FieldRequired);
    }

    #[test]
    fn huge_values_are_refused_without_scanning() {
        let big = "a".repeat(10 * 1024 * 1024);
        assert_eq!(url_safe_ref(&big, 128).unwrap_err().code, Code::TooLong);
        assert_eq!(printable_ascii(&big, 255).unwrap_err().code, Code::TooLong);
    }

    #[test]
    fn digits_never_echo_the_value() {
        let e = digits("2234567890", 11).unwrap_err();
        assert!(!e.message.contains("2234567890"));
        assert!(!serde_json::to_string(&e.params)
            .unwrap()
            .contains("2234567890"));
    }

    #[test]
    fn url_safe_ref_rejects_space_slash_and_unicode() {
        for s in ["a b", "a/b", "ü", "a?b", "a#b", "a%20"] {
            assert_eq!(
                url_safe_ref(s, 128).unwrap_err().code,
                Code::IdInvalid,
                "{s}"
            );
        }
        assert_eq!(
            url_safe_ref(&"a".repeat(129), 128).unwrap_err().code,
            Code::TooLong
        );
    }
}
