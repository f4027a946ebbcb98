//! Free text: trim, Unicode NFC, reject control, bidirectional-formatting and invisible
//! characters (the per-field table is in `docs/security.md`),
//! length limits from [`Options`]. Names also collapse internal runs of whitespace.
//!
//! ```
//! use customer_validate::fields::text;
//! use customer_validate::{Code, Options};
//! let o = Options::default();
//! assert_eq!(text::name("  Jose\u{301}\t Pérez ", &o).unwrap(), "José Pérez");
//! assert_eq!(text::name("Eve\u{202E}", &o).unwrap_err().code, Code::TextBidiControl);
//! ```

use crate::fields::unicode;
use crate::issue::{Code, Issue};
use crate::options::Options;
use std::borrow::Cow;

/// The characters of `s` in NFC. ASCII text is already in every normal form, so it skips
/// the normalizer (most names, streets and emails are ASCII: this is the hot path).
pub(crate) fn nfc_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    let ascii = s.is_ascii();
    let fast = ascii.then(|| s.chars());
    let slow = (!ascii).then(|| unicode::nfc_iter(s));
    fast.into_iter().flatten().chain(slow.into_iter().flatten())
}

/// The characters of `s` in NFD, skipping the normalizer for ASCII text as [`nfc_chars`].
pub(crate) fn nfd_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    let ascii = s.is_ascii();
    let fast = ascii.then(|| s.chars());
    let slow = (!ascii).then(|| unicode::nfd_iter(s));
    fast.into_iter().flatten().chain(slow.into_iter().flatten())
}

/// How a piece of text is cleaned and bounded.
///
/// ```
/// use customer_validate::fields::text::{clean, TextRules};
/// let rules = TextRules { collapse_whitespace: false, allow_newlines: true, max_chars: 10 };
/// assert_eq!(clean(" a\n b ", &rules).unwrap(), "a\n b");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextRules {
    /// Replace every run of whitespace (including newlines) by one space.
    pub collapse_whitespace: bool,
    /// Keep `\n`, `\r\n` and `\t` inside the text (descriptions); otherwise they are control characters.
    pub allow_newlines: bool,
    /// Longest result, in Unicode scalar values.
    pub max_chars: usize,
}

/// True for characters that reorder or hide text: bidi embeddings, overrides, isolates and
/// marks; zero-width characters, joiners, the word joiner and the BOM; and the other
/// invisible format characters (soft hyphen, Mongolian vowel separator, invisible operators,
/// interlinear annotations, tag characters, Hangul fillers, the combining grapheme joiner) —
/// Unicode's Default_Ignorable_Code_Point set without the variation selectors, which emoji
/// and CJK ideographs need. [`clean`] still keeps ZWNJ and ZWJ where a script needs them.
///
/// ```
/// use customer_validate::fields::text::is_invisible_format;
/// assert!(is_invisible_format('\u{202E}'));
/// assert!(is_invisible_format('\u{E0041}')); // TAG LATIN CAPITAL LETTER A
/// assert!(!is_invisible_format('\u{FE0F}')); // emoji presentation selector
/// assert!(!is_invisible_format('a'));
/// ```
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'                   // soft hyphen
            | '\u{034F}'             // combining grapheme joiner
            | '\u{061C}'             // Arabic letter mark
            | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
            | '\u{17B4}' | '\u{17B5}' // Khmer inherent vowels (deprecated, invisible)
            | '\u{180E}'             // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}' // zero-width space/non-joiner/joiner, LRM, RLM
            | '\u{202A}'..='\u{202E}' // embeddings and overrides
            | '\u{2060}'..='\u{206F}' // word joiner, invisible operators, isolates, deprecated
            | '\u{FEFF}'             // BOM / zero-width no-break space
            | '\u{FFF0}'..='\u{FFFB}' // interlinear annotations (and unassigned)
            | '\u{1BCA0}'..='\u{1BCA3}' // shorthand format controls
            | '\u{1D173}'..='\u{1D17A}' // musical formatting
            | '\u{E0000}'..='\u{E00FF}' // tag characters ("ASCII smuggling")
    )
}

/// True when a ZWNJ (U+200C) or ZWJ (U+200D) between `prev` and `next` does a script's work
/// rather than hide something, after RFC 5892's CONTEXTJ rules, simplified: either joiner
/// after a virama (Indic conjuncts and half forms); ZWNJ between two Arabic-script letters
/// (Persian `علی‌اکبر`); ZWJ between two emoji (`👩‍💻`).
///
/// ```
/// use customer_validate::fields::text::joiner_in_context;
/// assert!(joiner_in_context(Some('ی'), '\u{200C}', Some('ا')));
/// assert!(joiner_in_context(Some('\u{94D}'), '\u{200D}', Some('ष'))); // after a virama
/// assert!(!joiner_in_context(Some('a'), '\u{200C}', Some('b')));
/// ```
pub fn joiner_in_context(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let after_virama = prev.is_some_and(unicode::is_virama);
    match c {
        '\u{200C}' => after_virama || (prev.is_some_and(is_arabic) && next.is_some_and(is_arabic)),
        '\u{200D}' => after_virama || (prev.is_some_and(is_emoji) && next.is_some_and(is_emoji)),
        _ => false,
    }
}

/// Arabic-script letters and marks (the Arabic blocks and presentation forms).
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{610}'..='\u{61A}' | '\u{620}'..='\u{65F}' | '\u{66E}'..='\u{6D3}'
        | '\u{6D5}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{870}'..='\u{8FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Pictographs, skin-tone modifiers and the emoji presentation selector: what emoji ZWJ
/// sequences join.
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}' | '\u{FE0F}'
        | '\u{1F000}'..='\u{1FAFF}')
}

/// The issue for a character `clean` refuses, if it refuses `c` (between `prev` and `next`).
fn refused(prev: Option<char>, c: char, next: Option<char>, rules: &TextRules) -> Option<Issue> {
    let newline = rules.allow_newlines && matches!(c, '\n' | '\r' | '\t');
    // U+2028/U+2029 only reach here when whitespace is not collapsed: as line breaks they
    // would split the text where `\n` is the only one accepted.
    if (c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')) && !newline {
        return Some(
            Issue::new(
                Code::TextControlCharacter,
                "Text contains a control character",
            )
            .param("codepoint", codepoint(c)),
        );
    }
    if is_invisible_format(c) && !joiner_in_context(prev, c, next) {
        return Some(
            Issue::new(
                Code::TextBidiControl,
                "Text contains an invisible or direction-changing character",
            )
            .param("codepoint", codepoint(c)),
        );
    }
    None
}

/// A character named by its code point (`U+200B`), as issue params give it: never the
/// character itself, which may be invisible.
pub(crate) fn codepoint(c: char) -> String {
    codepoint_of(u32::from(c))
}

/// A code point or UTF-16 unit as `U+XXXX` (at least four upper-case hex digits).
pub(crate) fn codepoint_of(unit: u32) -> String {
    let mut out = String::from("U+");
    crate::text_out::push_uint(&mut out, u64::from(unit), crate::text_out::HEX, 4);
    out
}

/// Cleans `input` by `rules`: trims, normalizes to NFC, optionally collapses whitespace, then
/// rejects control characters (all but `\n`, `\r`, `\t` when newlines are allowed; U+2028
/// and U+2029 too unless collapsed) and invisible-formatting characters
/// ([`is_invisible_format`], except joiners in [`joiner_in_context`]), and enforces the
/// length limit. An empty result is returned as `Ok("")`: whether blank means "missing" is
/// the caller's call.
///
/// ```
/// use customer_validate::fields::text::{clean, TextRules};
/// use customer_validate::Code;
/// let rules = TextRules { collapse_whitespace: true, allow_newlines: false, max_chars: 5 };
/// assert_eq!(clean("abcdef", &rules).unwrap_err().code, Code::TooLong);
/// assert_eq!(clean("a\u{0}b", &rules).unwrap_err().code, Code::TextControlCharacter);
/// assert_eq!(clean("a\u{200B}b", &rules).unwrap_err().params["codepoint"], "U+200B");
/// ```
pub fn clean(input: &str, rules: &TextRules) -> Result<String, Issue> {
    clean_cow(input, rules).map(Cow::into_owned)
}

/// [`clean`], borrowing from `input` when the clean text is a slice of it (printable ASCII
/// without a double space, trimmed), for callers that only look at it.
pub(crate) fn clean_cow<'a>(input: &'a str, rules: &TextRules) -> Result<Cow<'a, str>, Issue> {
    // Bound the work before normalizing: NFC output is never shorter than 1/3 of the input
    // in scalar values, so anything over 4x the limit (plus trim slack) is too long regardless.
    let trimmed = input.trim();
    if trimmed.len() > rules.max_chars.saturating_mul(4).saturating_add(64) {
        return Err(too_long(rules.max_chars));
    }
    // Printable ASCII without a double space is already clean (ASCII is in NFC, and every
    // ASCII whitespace but the space is a control character): most names and streets.
    let bytes = trimmed.as_bytes();
    let mut prev = 0u8;
    let plain = bytes.iter().all(|&b| {
        let ok =
            (0x20..0x7F).contains(&b) && !(rules.collapse_whitespace && b == b' ' && prev == b' ');
        prev = b;
        ok
    });
    if plain {
        if bytes.len() > rules.max_chars {
            return Err(too_long(rules.max_chars));
        }
        return Ok(Cow::Borrowed(trimmed));
    }
    clean_general(trimmed, rules).map(Cow::Owned)
}

/// [`clean`] of trimmed, bounded input, character by character.
fn clean_general(trimmed: &str, rules: &TextRules) -> Result<String, Issue> {
    let mut out = String::with_capacity(trimmed.len());
    let mut pending_space = false;
    let mut prev = None;
    let mut chars = nfc_chars(trimmed).peekable();
    while let Some(c) = chars.next() {
        if rules.collapse_whitespace && c.is_whitespace() {
            pending_space = true;
            prev = Some(c);
            continue;
        }
        if let Some(issue) = refused(prev, c, chars.peek().copied(), rules) {
            return Err(issue);
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
        prev = Some(c);
    }
    if out.chars().count() > rules.max_chars {
        return Err(too_long(rules.max_chars));
    }
    Ok(out)
}

fn too_long(max: usize) -> Issue {
    Issue::new(
        Code::TooLong,
        crate::text_out::fill(
            "Text is longer than {} characters",
            &[&crate::text_out::dec(max as u64)],
        ),
    )
    .param("max", max)
}

/// A person's or business's name: [`clean`] with whitespace collapsed, no newlines, at most
/// `options.text.max_name_chars`; blank is [`Code::FieldRequired`].
///
/// ```
/// use customer_validate::fields::text;
/// use customer_validate::{Code, Options};
/// assert_eq!(text::name("   ", &Options::default()).unwrap_err().code, Code::FieldRequired);
/// ```
pub fn name(input: &str, options: &Options) -> Result<String, Issue> {
    name_max(input, options.text.max_name_chars)
}

/// Whether `s` holds a digit of any script (Unicode `Nd`, `Nl`, `No`: `7`, `٣`, `Ⅻ`, `²`), the
/// test behind a person-name rule that refuses digits.
///
/// ```
/// use customer_validate::fields::text;
/// assert!(text::has_digits("Ada 2") && text::has_digits("Ada ٣"));
/// assert!(!text::has_digits("Zoë O'Brien-Núñez"));
/// ```
pub fn has_digits(s: &str) -> bool {
    s.chars().any(char::is_numeric)
}

/// [`name`] with an explicit limit (a provider's own, e.g. Rapyd's 255).
///
/// ```
/// use customer_validate::fields::text;
/// assert_eq!(text::name_max(" Acme   Ltd ", 8).unwrap(), "Acme Ltd");
/// assert!(text::name_max("Acme Limited", 8).is_err());
/// ```
pub fn name_max(input: &str, max_chars: usize) -> Result<String, Issue> {
    let out = clean(
        input,
        &TextRules {
            collapse_whitespace: true,
            allow_newlines: false,
            max_chars,
        },
    )?;
    if out.is_empty() {
        return Err(Issue::new(Code::FieldRequired, "This field is required"));
    }
    Ok(out)
}

/// Description-like text: [`clean`] keeping line breaks and tabs, at most
/// `options.text.max_description_chars`. Blank gives `Ok("")`.
///
/// ```
/// use customer_validate::fields::text;
/// use customer_validate::Options;
/// assert_eq!(text::description(" line 1\nline 2 ", &Options::default()).unwrap(), "line 1\nline 2");
/// ```
pub fn description(input: &str, options: &Options) -> Result<String, Issue> {
    clean(
        input,
        &TextRules {
            collapse_whitespace: false,
            allow_newlines: true,
            max_chars: options.text.max_description_chars,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o() -> Options {
        Options::default()
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_general_path() {
        // Deterministic pseudo-random ASCII strings, spaces and tabs over-represented.
        let mut next = crate::test_rng::xorshift(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..20_000 {
            let len = (next() % 12) as usize;
            let s: String = (0..len)
                .map(|_| match next() % 8 {
                    0 | 1 => ' ',
                    2 => '\t',
                    _ => char::from((next() % 128) as u8),
                })
                .collect();
            for collapse in [true, false] {
                for newlines in [true, false] {
                    let rules = TextRules {
                        collapse_whitespace: collapse,
                        allow_newlines: newlines,
                        max_chars: 6,
                    };
                    let general = clean_general(s.trim(), &rules);
                    assert_eq!(clean(&s, &rules), general, "{s:?} {rules:?}");
                }
            }
        }
    }

    #[test]
    fn normal_form_iterators_skip_only_ascii() {
        let nfc = |s: &str| nfc_chars(s).collect::<String>();
        let nfd = |s: &str| nfd_chars(s).collect::<String>();
        assert_eq!(nfc("Jose\u{301} Pe\u{301}rez"), "José Pérez");
        assert_eq!(nfd("José"), "Jose\u{301}");
        assert_eq!(nfc("plain ASCII ~\t"), "plain ASCII ~\t");
        assert_eq!(nfd("plain ASCII ~\t"), "plain ASCII ~\t");
        assert_eq!(nfc(""), "");
        // Every ASCII string is its own NFC and NFD: the fast path changes nothing.
        let all: String = (0u8..128).map(char::from).collect();
        let slow: String = icu_normalizer::ComposingNormalizerBorrowed::new_nfc()
            .normalize_iter(all.chars())
            .collect();
        assert_eq!(nfc(&all), slow);
    }

    #[test]
    fn collapses_all_unicode_whitespace() {
        assert_eq!(name("A\u{00A0}\u{3000} B\n\tC", &o()).unwrap(), "A B C");
    }

    #[test]
    fn nfc_applies_before_length() {
        let mut opts = o();
        opts.text.max_name_chars = 1;
        // e + combining acute = one scalar after NFC
        assert_eq!(name("e\u{301}", &opts).unwrap(), "\u{e9}");
    }

    #[test]
    fn rejects_each_bidi_and_zero_width() {
        for c in [
            '\u{200B}', '\u{200D}', '\u{202A}', '\u{2066}', '\u{2069}', '\u{FEFF}',
        ] {
            let s = format!("a{c}b");
            assert_eq!(
                name(&s, &o()).unwrap_err().code,
                Code::TextBidiControl,
                "{c:?}"
            );
        }
    }

    #[test]
    fn rejects_controls_but_description_keeps_newlines() {
        assert_eq!(
            name("a\u{7}b", &o()).unwrap_err().code,
            Code::TextControlCharacter
        );
        assert_eq!(
            description("a\u{85}b", &o()).unwrap_err().code,
            Code::TextControlCharacter
        );
        assert_eq!(description("a\r\nb", &o()).unwrap(), "a\r\nb");
    }

    #[test]
    fn huge_input_is_refused_quickly_without_echo() {
        let big = "x".repeat(10 * 1024 * 1024);
        let err = name(&big, &o()).unwrap_err();
        assert_eq!(err.code, Code::TooLong);
        assert!(!err.message.contains("xxxx"));
    }

    #[test]
    fn length_limit_counts_scalars_not_bytes() {
        let mut opts = o();
        opts.text.max_name_chars = 3;
        assert_eq!(name("äöü", &opts).unwrap(), "äöü");
        assert_eq!(name("äöüß", &opts).unwrap_err().code, Code::TooLong);
    }
}
