//! From typed text to calling code, national significant number and extension, as
//! libphonenumber's `parse` does: find the number in the text (`tel:` URIs, leading and
//! trailing junk), split off an extension, normalize digits and letters, strip an
//! international prefix or `+` and read the calling code, strip a national prefix.

use super::matcher;
use super::meta::{self, Kind, Meta, NONE};
use crate::fields::unicode;
use icu_properties::props::GeneralCategory;
use std::borrow::Cow;

/// Longest national significant number libphonenumber accepts.
const MAX_NSN: usize = 17;
/// Shortest national significant number libphonenumber accepts.
const MIN_NSN: usize = 2;

/// Why text is not a phone number (libphonenumber's `NumberParseException` types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fail {
    /// No usable calling code: unknown after `+`/IDD, or no region for a national number.
    InvalidCountryCode,
    /// Not a phone number at all.
    NotANumber,
    /// A `tel:` URI whose `phone-context` is malformed.
    InvalidPhoneContext,
    /// Fewer than two digits of national number.
    TooShortNsn,
    /// Nothing viable after the international prefix.
    TooShortAfterIdd,
    /// More than 17 digits of national number.
    TooLong,
    /// The calling code's data file is not loaded (feature `lazy-data`).
    NotLoaded(u32),
}

/// A parsed number: calling code, national significant number (ASCII digits), extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Parsed {
    pub(super) cc: u32,
    pub(super) nsn: String,
    pub(super) ext: String,
}

/// Parses `input` (at most 250 characters; the caller checks) in `default` region.
pub(super) fn parse(input: &str, default: Option<&'static Meta>) -> Result<Parsed, Fail> {
    let national = national_number_for_parsing(input)?;
    if !viable(&national) {
        return Err(Fail::NotANumber);
    }
    if default.is_none() && !national.starts_with(is_plus) {
        return Err(Fail::InvalidCountryCode);
    }
    let (ext, number) = strip_extension(&national);
    let (mut cc, mut nsn) = match extract_calling_code(number, default) {
        Err(Fail::InvalidCountryCode) if number.starts_with(is_plus) => {
            match extract_calling_code(number.trim_start_matches(is_plus), default)? {
                (0, _) => return Err(Fail::InvalidCountryCode),
                found => found,
            }
        }
        other => other?,
    };
    let mut metadata = default;
    if cc != 0 {
        // Known (checked when it was read), so only a data file not loaded leaves it empty.
        let Some(main) = meta::main_for(cc) else {
            return Err(Fail::NotLoaded(cc));
        };
        if Some(main.id) != default.map(|m| m.id) {
            metadata = Some(main);
        }
    } else {
        nsn.push_str(&normalize(number));
        if let Some(m) = default {
            cc = u32::from(m.cc);
        }
    }
    if nsn.len() < MIN_NSN {
        return Err(Fail::TooShortNsn);
    }
    if let Some(m) = metadata {
        let (stripped, _) = strip_national_prefix(&nsn, m);
        if !matches!(
            test_length(&stripped, m),
            Length::TooShort | Length::LocalOnly | Length::Invalid
        ) {
            nsn = stripped.into_owned();
        }
    }
    if nsn.len() < MIN_NSN {
        return Err(Fail::TooShortNsn);
    }
    if nsn.len() > MAX_NSN {
        return Err(Fail::TooLong);
    }
    Ok(Parsed {
        cc,
        nsn,
        ext: ext.to_owned(),
    })
}

/// libphonenumber's `ValidationResult` for a number's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Length {
    Possible,
    LocalOnly,
    TooShort,
    TooLong,
    Invalid,
}

/// Checks a national number's length against the region's general possible lengths.
pub(super) fn test_length(number: &str, m: &Meta) -> Length {
    let desc = m.desc(Kind::General);
    let n = number.len();
    if n < 32 && desc.local >> n & 1 == 1 {
        return Length::LocalOnly;
    }
    if desc.len == 0 {
        return Length::Invalid;
    }
    // Bit 0 stands for libphonenumber's -1 ("no length"), which sorts first.
    let value = |bit: u32| if bit == 0 { -1 } else { bit as i64 };
    let min = value(desc.len.trailing_zeros());
    let max = value(31 - desc.len.leading_zeros());
    let n = n as i64;
    if n == min {
        Length::Possible
    } else if min > n {
        Length::TooShort
    } else if max < n {
        Length::TooLong
    } else if n < 32 && desc.len >> n & 1 == 1 {
        Length::Possible
    } else {
        Length::Invalid
    }
}

fn is_plus(c: char) -> bool {
    c == '+' || c == '\u{FF0B}'
}

fn category(c: char) -> GeneralCategory {
    unicode::general_category(c)
}

/// The value of a Unicode decimal digit (`Nd`), any script.
pub(super) fn digit_value(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    if c.is_ascii() || category(c) != GeneralCategory::DecimalNumber {
        return None;
    }
    // Unicode keeps every Nd digit in a run of ten from 0 to 9 (runs may abut).
    let mut run = 0u32;
    let mut code = u32::from(c);
    while let Some(prev) = code.checked_sub(1).and_then(char::from_u32) {
        if category(prev) != GeneralCategory::DecimalNumber {
            break;
        }
        run += 1;
        code -= 1;
    }
    Some((run % 10) as u8)
}

fn is_nd(c: char) -> bool {
    digit_value(c).is_some()
}

/// Text that cannot end a number: not a letter, not a number, not `#` (and `_`).
fn is_unwanted_end(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || c == '#');
    }
    use GeneralCategory as G;
    !matches!(
        category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::DecimalNumber
            | G::LetterNumber
            | G::OtherNumber
    )
}

/// libphonenumber's punctuation allowed between digits (with `x`, either case).
pub(super) fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '-' | 'x'
            | 'X'
            | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{30FC}'
            | '\u{FF0D}'..='\u{FF0F}'
            | ' '
            | '\u{00A0}'
            | '\u{00AD}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{3000}'
            | '('
            | ')'
            | '\u{FF08}'
            | '\u{FF09}'
            | '\u{FF3B}'
            | '\u{FF3D}'
            | '.'
            | '['
            | ']'
            | '/'
            | '~'
            | '\u{2053}'
            | '\u{223C}'
            | '\u{FF5E}'
    )
}

/// The part of `input` to parse: a `tel:` URI's number (with a global `phone-context`
/// prepended), or the text from the first `+`/digit with trailing junk and a second number
/// (`/x…`) cut off; an ISDN subaddress (`;isub=`) is dropped.
fn national_number_for_parsing(input: &str) -> Result<String, Fail> {
    const CONTEXT: &str = ";phone-context=";
    let mut out = String::new();
    // Both markers hold a `;`: looking for that byte first spares most numbers the
    // substring searches.
    let has_semicolon = input.contains(';');
    if let Some(at) = has_semicolon.then(|| input.find(CONTEXT)).flatten() {
        let rest = &input[at + CONTEXT.len()..];
        let context = rest.find(';').map_or(rest, |end| &rest[..end]);
        if !phone_context_valid(context) {
            return Err(Fail::InvalidPhoneContext);
        }
        if context.starts_with('+') {
            out.push_str(context);
        }
        let from = input.find("tel:").map_or(0, |t| t + 4);
        if let Some(number) = input.get(from..at) {
            out.push_str(number);
        }
    } else {
        out.push_str(extract_possible_number(input));
    }
    // `out` is made of the input's characters: no `;` there, none here.
    if let Some(isub) = has_semicolon
        .then(|| out.find(";isub="))
        .flatten()
        .filter(|i| *i > 0)
    {
        out.truncate(isub);
    }
    Ok(out)
}

/// RFC 3966 `phone-context`: a global number (`+` digits and visual separators) or a
/// domain name.
fn phone_context_valid(context: &str) -> bool {
    if let Some(digits) = context.strip_prefix('+') {
        if digits.chars().any(is_nd)
            && digits
                .chars()
                .all(|c| is_nd(c) || matches!(c, '-' | '.' | '(' | ')'))
        {
            return true;
        }
    }
    let name = context.strip_suffix('.').unwrap_or(context);
    let alnum = |c: char| c.is_ascii_alphabetic() || is_nd(c);
    let label_ok = |label: &str| {
        label.starts_with(alnum)
            && label.ends_with(alnum)
            && label.chars().all(|c| alnum(c) || c == '-')
    };
    let mut labels = name.split('.').peekable();
    while let Some(label) = labels.next() {
        if !label_ok(label) {
            return false;
        }
        if labels.peek().is_none() {
            return label.starts_with(|c: char| c.is_ascii_alphabetic());
        }
    }
    false
}

fn extract_possible_number(input: &str) -> &str {
    let Some(start) = input.find(|c: char| is_plus(c) || is_nd(c)) else {
        return "";
    };
    let mut number = &input[start..];
    let end = number
        .char_indices()
        .rev()
        .take_while(|(_, c)| *c == '_' || is_unwanted_end(*c))
        .last()
        .map_or(number.len(), |(i, _)| i);
    number = &number[..end];
    // A second number starts at `\` or `/`, spaces, then `x` ("x302/x2303").
    let bytes = number.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\\' || *b == b'/' {
            let after = bytes[i + 1..].iter().position(|b| *b != b' ');
            if after.is_some_and(|j| bytes[i + 1 + j] == b'x') {
                return &number[..i];
            }
        }
    }
    number
}

/// libphonenumber's `isViablePhoneNumber`: two digits, or `+`s then punctuation, digits
/// and letters with three digits before the first letter, optionally with an extension.
fn viable(number: &str) -> bool {
    let mut chars = number.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (None, _, _) | (Some(_), None, _) => return false,
        (Some(a), Some(b), None) if is_nd(a) && is_nd(b) => return true,
        _ => {}
    }
    if core_viable(number) {
        return true;
    }
    extension_heads(number).any(|(at, _)| core_viable(&number[..at]))
}

fn core_viable(number: &str) -> bool {
    let mut digits = 0;
    let mut letters_seen = false;
    for c in number.trim_start_matches(is_plus).chars() {
        if is_nd(c) {
            if !letters_seen {
                digits += 1;
            }
        } else if c.is_ascii_alphabetic() && !matches!(c, 'x' | 'X') {
            if digits < 3 {
                return false;
            }
            letters_seen = true;
        } else if !(is_punctuation(c) || c == '*') {
            return false;
        }
    }
    digits >= 3
}

/// Every split `(at, digits)` of `number` into a head and an extension that libphonenumber's
/// extension pattern matches to the end (`ext. 123`, `x123`, `;ext=123`, `,,123`, `- 123#`),
/// leftmost first; `digits` is the byte range of the extension's digits.
fn extension_heads(number: &str) -> impl Iterator<Item = (usize, (usize, usize))> + '_ {
    let body = number.strip_suffix('#');
    let hash = body.is_some();
    let body = body.unwrap_or(number);
    let digits_start = body
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_nd(*c))
        .last()
        .map(|(i, _)| i);
    let digits = digits_start.map(|s| (s, body.len()));
    // The head holds no digit: it starts after the last digit before the extension's.
    let gap_start = digits_start.map_or(body.len(), |s| {
        body[..s]
            .char_indices()
            .rev()
            .find(|(_, c)| is_nd(*c))
            .map_or(0, |(i, c)| i + c.len_utf8())
    });
    let candidates = match digits {
        Some((s, _)) => body[gap_start..s]
            .char_indices()
            .map(move |(i, _)| gap_start + i)
            .collect::<Vec<_>>(),
        None => Vec::new(),
    };
    candidates.into_iter().filter_map(move |at| {
        let (s, e) = digits?;
        let count = body[s..e].chars().count();
        extension_head_ok(&body[at..s], count, hash).then_some((at, (s, e)))
    })
}

/// Does `head` (the text between number and extension digits) match one of
/// libphonenumber's extension forms for `count` digits, with or without a final `#`?
fn extension_head_ok(head: &str, count: usize, hash: bool) -> bool {
    // Most heads (` `, `-`, ` ext. `) have no upper case to map: read them as they are.
    let lower = if head
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        std::borrow::Cow::Borrowed(head)
    } else {
        let mut lower = String::with_capacity(head.len());
        for c in head.chars() {
            unicode::push_lowercase(c, &mut lower);
        }
        std::borrow::Cow::Owned(lower)
    };
    let h = lower.as_ref();
    let sep = |c: char| matches!(c, ' ' | '\u{00A0}' | '\t' | ',');
    let sep_no_comma = |c: char| matches!(c, ' ' | '\u{00A0}' | '\t');
    // `[:.．]?[ \u00A0\t,-]*` to the end.
    let tail_ok = |t: &str| {
        let t = t.strip_prefix([':', '.', '\u{FF0E}']).unwrap_or(t);
        t.chars().all(|c| sep(c) || c == '-')
    };
    let label_then_tail = |t: &str, labels: &[&str]| {
        labels
            .iter()
            .any(|l| t.strip_prefix(l).is_some_and(tail_ok))
    };
    // ;ext=123
    if h == ";ext=" && !hash && count <= 20 {
        return true;
    }
    let after_sep = h.trim_start_matches(sep);
    if count <= 20 && label_then_tail(after_sep, &EXPLICIT_LABELS) {
        return true;
    }
    if count <= 9 && label_then_tail(after_sep, &AMBIGUOUS_LABELS) {
        return true;
    }
    // - 123#
    if hash && count <= 6 && !h.is_empty() && h.chars().all(|c| c == '-' || c == ' ') {
        return true;
    }
    let after_space = h.trim_start_matches(sep_no_comma);
    // ,,123 or ;123
    if count <= 15 {
        if let Some(t) = after_space
            .strip_prefix(",,")
            .or_else(|| after_space.strip_prefix(';'))
        {
            if tail_ok(t) {
                return true;
            }
        }
    }
    // ,123
    count <= 9 && after_space.starts_with(',') && tail_ok(after_space.trim_start_matches(','))
}

/// Explicit extension labels, lower case: `ext`, `extn`, `extension`, `extensión`, … .
const EXPLICIT_LABELS: [&str; 22] = [
    "extension",
    "extensio\u{301}n",
    "extensi\u{f3}n",
    "extensio",
    "extensio\u{301}",
    "extensi\u{f3}",
    "extn",
    "ext",
    "xtension",
    "xtensio\u{301}n",
    "xtensi\u{f3}n",
    "xtensio",
    "xtensio\u{301}",
    "xtensi\u{f3}",
    "xtn",
    "xt",
    "\u{ff45}\u{ff58}\u{ff54}\u{ff4e}",
    "\u{ff45}\u{ff58}\u{ff54}",
    "\u{ff58}\u{ff54}\u{ff4e}",
    "\u{ff58}\u{ff54}",
    "\u{434}\u{43e}\u{431}",
    "anexo",
];

/// One-character and other ambiguous extension labels (`x`, `#`, `~`, `int`).
const AMBIGUOUS_LABELS: [&str; 8] = [
    "x",
    "\u{ff58}",
    "#",
    "\u{ff03}",
    "~",
    "\u{ff5e}",
    "int",
    "\u{ff49}\u{ff4e}\u{ff54}",
];

/// Splits off a trailing extension: libphonenumber takes the leftmost place where its
/// extension pattern matches to the end, if the text before it is a viable number.
fn strip_extension(number: &str) -> (&str, &str) {
    let Some((at, (s, e))) = extension_heads(number).next() else {
        return ("", number);
    };
    if viable(&number[..at]) {
        (&number[s..e], &number[..at])
    } else {
        ("", number)
    }
}

/// Digits only, in ASCII; with three or more ASCII letters, letters become keypad digits
/// (and only ASCII digits are kept), as libphonenumber's `normalize` does.
pub(super) fn normalize(number: &str) -> String {
    let letters = number.chars().filter(char::is_ascii_alphabetic).count();
    if letters >= 3 && !number.contains('\n') {
        let mut upper = String::new();
        number
            .chars()
            .filter_map(|c| {
                upper.clear();
                unicode::push_uppercase(c, &mut upper);
                let mut chars = upper.chars();
                let u = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                keypad(u)
            })
            .collect()
    } else if number.is_ascii() {
        // The common case, byte by byte into one buffer of the final size at most.
        let mut out = String::with_capacity(number.len());
        out.extend(number.bytes().filter(u8::is_ascii_digit).map(char::from));
        out
    } else {
        number
            .chars()
            .filter_map(digit_value)
            .map(|d| char::from(b'0' + d))
            .collect()
    }
}

fn keypad(c: char) -> Option<char> {
    Some(match c {
        '0'..='9' => c,
        'A'..='C' => '2',
        'D'..='F' => '3',
        'G'..='I' => '4',
        'J'..='L' => '5',
        'M'..='O' => '6',
        'P'..='S' => '7',
        'T'..='V' => '8',
        'W'..='Z' => '9',
        _ => return None,
    })
}

/// libphonenumber's `maybeExtractCountryCode`: the calling code (0 if none) and, when one
/// was found, the national number after it.
fn extract_calling_code(number: &str, default: Option<&Meta>) -> Result<(u32, String), Fail> {
    if number.is_empty() {
        return Ok((0, String::new()));
    }
    let (international, full) = strip_international_prefix(number, default.map_or(NONE, |m| m.idd));
    if international {
        if full.len() <= MIN_NSN {
            return Err(Fail::TooShortAfterIdd);
        }
        return match split_calling_code(&full) {
            Some((cc, rest)) => Ok((cc, rest.to_owned())),
            None => Err(Fail::InvalidCountryCode),
        };
    }
    if let Some(m) = default {
        if let Some(rest) = strip_calling_code(&full, m.cc) {
            let general = m.desc(Kind::General).pat;
            let (potential, _) = strip_national_prefix(rest, m);
            if (!matcher::full(general, &full) && matcher::full(general, &potential))
                || test_length(&full, m) == Length::TooLong
            {
                return Ok((u32::from(m.cc), potential.into_owned()));
            }
        }
    }
    Ok((0, String::new()))
}

/// `digits` after the decimal digits of `cc`, if they start with them.
fn strip_calling_code(digits: &str, cc: u16) -> Option<&str> {
    let mut buf = [0u8; 10];
    let cc = super::number::decimal(u32::from(cc), &mut buf);
    digits
        .as_bytes()
        .starts_with(cc)
        .then(|| &digits[cc.len()..])
}

/// Strips leading `+`s, or the region's international prefix (unless a 0 follows it), and
/// normalizes; says whether either was there.
fn strip_international_prefix(number: &str, idd: u32) -> (bool, String) {
    let rest = number.trim_start_matches(is_plus);
    if rest.len() != number.len() {
        return (true, normalize(rest));
    }
    let normalized = normalize(number);
    if idd != NONE {
        if let Some(caps) = matcher::prefix(idd, &normalized) {
            let end = caps.end();
            if !normalized[end..].starts_with('0') {
                return (true, normalized[end..].to_owned());
            }
        }
    }
    (false, normalized)
}

/// The known calling code (1 to 3 digits) `digits` start with, and the rest.
pub(super) fn split_calling_code(digits: &str) -> Option<(u32, &str)> {
    if digits.starts_with('0') {
        return None;
    }
    (1..=3.min(digits.len())).find_map(|n| {
        let cc: u32 = crate::int::unsigned(digits.get(..n)?)?;
        meta::cc_known(cc).then(|| (cc, &digits[n..]))
    })
}

/// libphonenumber's `maybeStripNationalPrefixAndCarrierCode` (the carrier code is not
/// kept): the number without its national prefix (or transformed), and whether it changed.
pub(super) fn strip_national_prefix<'a>(number: &'a str, m: &Meta) -> (Cow<'a, str>, bool) {
    let unchanged = || (Cow::Borrowed(number), false);
    if number.is_empty() || m.np_parse == NONE {
        return unchanged();
    }
    let Some(caps) = matcher::prefix(m.np_parse, number) else {
        return unchanged();
    };
    let general = m.desc(Kind::General).pat;
    let viable_before = matcher::full(general, number);
    let groups = usize::from(m.np_groups);
    let last_group = groups > 0 && caps.get(number, groups).is_some();
    let result = if m.np_transform.is_empty() || !last_group {
        Cow::Borrowed(&number[caps.end()..])
    } else {
        let mut out = String::new();
        matcher::expand(m.np_transform, number, &caps, &mut out);
        out.push_str(&number[caps.end()..]);
        Cow::Owned(out)
    };
    if viable_before && !matcher::full(general, &result) {
        return unchanged();
    }
    (result, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(code: &str) -> Option<&'static Meta> {
        meta::region(code)
    }

    #[test]
    fn digits_of_any_script() {
        assert_eq!(digit_value('7'), Some(7));
        assert_eq!(digit_value('\u{0667}'), Some(7)); // Arabic-Indic seven
        assert_eq!(digit_value('\u{FF15}'), Some(5)); // fullwidth five
        assert_eq!(digit_value('\u{1D7D9}'), Some(1)); // mathematical double-struck one
        assert_eq!(digit_value('\u{00B2}'), None); // superscript two is No, not Nd
        assert_eq!(digit_value('a'), None);
        assert_eq!(normalize("1-800-FLOWERS"), "18003569377");
        assert_eq!(normalize("０３-１２"), "0312");
        assert_eq!(normalize("12ab"), "12");
    }

    #[test]
    fn possible_number_extraction() {
        assert_eq!(
            extract_possible_number("Tel: +1 (202) 456-1111."),
            "+1 (202) 456-1111"
        );
        assert_eq!(
            extract_possible_number("(530) 583-6985 x302/x2303"),
            "530) 583-6985 x302"
        );
        assert_eq!(extract_possible_number("no digits"), "");
        assert_eq!(extract_possible_number("123#"), "123#");
    }

    #[test]
    fn extensions() {
        for (input, ext) in [
            ("+1 202 456 1111 ext. 42", "42"),
            ("+1 202 456 1111 x42", "42"),
            ("+1 202 456 1111;ext=42", "42"),
            ("+1 202 456 1111,,42", "42"),
            ("+1 202 456 1111 - 42#", "42"),
            ("+1 202 456 1111 extensión 7", "7"),
            ("+1 202 456 1111 EXT 7", "7"),
            ("+1 202 456 1111 доб 7", "7"),
        ] {
            assert_eq!(strip_extension(input).0, ext, "{input:?}");
        }
        assert_eq!(strip_extension("+1 202 456 1111").0, "");
        assert_eq!(strip_extension("+1 202 456 1111 - 42").0, "");
        // Ambiguous labels take at most 9 digits.
        assert_eq!(strip_extension("+1 202 456 1111 x1234567890").0, "");
    }

    #[test]
    fn viability() {
        assert!(viable("12"));
        assert!(!viable("1"));
        assert!(viable("+1 202"));
        assert!(!viable("12a3"));
        assert!(viable("1-800-FLOWERS"));
        assert!(!viable("++"));
        assert!(!viable("1+23"));
        assert!(viable("123 ext 4"));
    }

    #[test]
    fn phone_contexts() {
        assert!(phone_context_valid("+49-30"));
        assert!(phone_context_valid("example.com"));
        assert!(phone_context_valid("example.com."));
        assert!(!phone_context_valid(""));
        assert!(!phone_context_valid("+"));
        assert!(!phone_context_valid("1example.1com"));
        assert!(!phone_context_valid("-a.com"));
    }

    #[test]
    fn national_prefix_and_idd() {
        let gb = region("GB").unwrap();
        let p = parse("020 7183 8750", Some(gb)).unwrap();
        assert_eq!((p.cc, p.nsn.as_str()), (44, "2071838750"));
        let p = parse("00 49 30 1234567", Some(gb)).unwrap();
        assert_eq!((p.cc, p.nsn.as_str()), (49, "301234567"));
        // An IDD followed by 0 is not an IDD: the digits stay national.
        assert_eq!(parse("00 0", Some(gb)).map(|p| p.nsn), Ok("000".to_owned()));
        assert_eq!(parse("0011", Some(gb)), Err(Fail::TooShortAfterIdd));
        assert_eq!(parse("+12", None), Err(Fail::NotANumber));
        assert_eq!(parse("+999 1234", None), Err(Fail::InvalidCountryCode));
        assert_eq!(parse("0301234", None), Err(Fail::InvalidCountryCode));
        assert_eq!(parse("hello", None), Err(Fail::NotANumber));
        assert_eq!(
            parse("tel:123;phone-context=", None),
            Err(Fail::InvalidPhoneContext)
        );
    }
}
