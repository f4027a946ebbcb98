//! Masking personal values for logs: keep just enough to recognise a record, never the value.
//!
//! Issues never carry personal values in the first place; these helpers are for the caller's
//! own logging of inputs and outputs.
//!
//! ```
//! use customer_validate::redact::{redact, Kind};
//! assert_eq!(redact(Kind::Phone, "+2348031234567"), "+234••••••••67");
//! assert_eq!(redact(Kind::Email, "ada.lovelace@example.com"), "a•••@example.com");
//! assert_eq!(redact(Kind::Secret, "01234567890"), "•••••••••••");
//! assert_eq!(redact(Kind::Name, "Ada Lovelace"), "A•• L•••••••");
//! ```

/// What a value is, which decides how much of it stays visible.
///
/// ```
/// use customer_validate::redact::Kind;
/// assert_ne!(Kind::Phone, Kind::Email);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A phone number: a leading `+` and up to three digits (roughly the country code) and the
    /// last two digits stay, when the number has at least eight digits.
    Phone,
    /// An email address: the first character of the local part and the whole domain stay.
    Email,
    /// A person's name or an address line: the first character of each word stays.
    Name,
    /// An id number, BVN, token or anything else: nothing stays but the length.
    Secret,
}

const MASK: char = '•';

/// Masks `value` as `kind` says. Works on any string, in linear time, without panicking.
///
/// ```
/// use customer_validate::redact::{redact, Kind};
/// assert_eq!(redact(Kind::Phone, "12"), "••");
/// assert_eq!(redact(Kind::Email, "not an email"), "n•••••••••••");
/// ```
pub fn redact(kind: Kind, value: &str) -> String {
    match kind {
        Kind::Phone => phone(value),
        Kind::Email => match value.rsplit_once('@') {
            Some((local, domain)) => {
                let first: String = local.chars().take(1).collect();
                format!("{first}{MASK}{MASK}{MASK}@{domain}")
            }
            None => first_then_mask(value),
        },
        Kind::Name => value
            .split(' ')
            .map(first_then_mask)
            .collect::<Vec<_>>()
            .join(" "),
        Kind::Secret => value.chars().map(|_| MASK).collect(),
    }
}

fn first_then_mask(word: &str) -> String {
    word.chars()
        .enumerate()
        .map(|(i, c)| if i == 0 { c } else { MASK })
        .collect()
}

fn phone(value: &str) -> String {
    let digits = value.chars().filter(|c| c.is_ascii_digit()).count();
    if digits < 8 {
        return value.chars().map(|_| MASK).collect();
    }
    let plus = value.trim_start().starts_with('+');
    let keep_head = if plus { 3 } else { 0 };
    let mut seen = 0usize;
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_ascii_digit() {
            seen += 1;
            if seen <= keep_head || seen > digits - 2 {
                out.push(c);
            } else {
                out.push(MASK);
            }
        } else if c == '+' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_contains_the_middle_of_a_phone() {
        let r = redact(Kind::Phone, "+1 (202) 456-1111");
        assert_eq!(r, "+120••••••11");
        assert!(!r.contains("4561"));
    }

    #[test]
    fn national_phone_keeps_only_the_last_two_digits() {
        assert_eq!(redact(Kind::Phone, "08031234567"), "•••••••••67");
    }

    #[test]
    fn email_without_local_part_and_unicode() {
        assert_eq!(redact(Kind::Email, "@example.com"), "•••@example.com");
        assert_eq!(redact(Kind::Email, "jöhn@bücher.de"), "j•••@bücher.de");
    }

    #[test]
    fn huge_input_is_linear() {
        let big = "9".repeat(1_000_000);
        assert_eq!(redact(Kind::Phone, &big).chars().count(), 1_000_000);
        assert_eq!(redact(Kind::Secret, &big).chars().count(), 1_000_000);
    }
}
