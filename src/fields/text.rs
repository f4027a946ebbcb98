//! Free text: trim, Unicode NFC, reject control and bidirectional-formatting characters,
//! length limits from [`Options`]. Names also collapse internal runs of whitespace.
//!
//! ```
//! use customer_validate::fields::text;
//! use customer_validate::{Code, Options};
//! let o = Options::default();
//! assert_eq!(text::name("  Jose\u{301}\t Pérez ", &o).unwrap(), "José Pérez");
//! assert_eq!(text::name("Eve\u{202E}", &o).unwrap_err().code, Code::TextBidiControl);
//! ```

use crate::issue::{Code, Issue};
use crate::options::Options;
use icu_normalizer::ComposingNormalizerBorrowed;

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

/// True for characters that reorder or hide text: bidi embeddings, overrides and isolates,
/// marks, zero-width characters and the BOM.
///
/// ```
/// use customer_validate::fields::text::is_invisible_format;
/// assert!(is_invisible_format('\u{202E}'));
/// assert!(!is_invisible_format('a'));
/// ```
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'   // zero-width space/non-joiner/joiner, LRM, RLM
            | '\u{202A}'..='\u{202E}' // embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // isolates
            | '\u{061C}'              // Arabic letter mark
            | '\u{FEFF}' // BOM / zero-width no-break space
    )
}

/// Cleans `input` by `rules`: trims, normalizes to NFC, optionally collapses whitespace, then
/// rejects control and invisible-formatting characters and enforces the length limit.
/// An empty result is returned as `Ok("")`: whether blank means "missing" is the caller's call.
///
/// ```
/// use customer_validate::fields::text::{clean, TextRules};
/// use customer_validate::Code;
/// let rules = TextRules { collapse_whitespace: true, allow_newlines: false, max_chars: 5 };
/// assert_eq!(clean("abcdef", &rules).unwrap_err().code, Code::TooLong);
/// assert_eq!(clean("a\u{0}b", &rules).unwrap_err().code, Code::TextControlCharacter);
/// ```
pub fn clean(input: &str, rules: &TextRules) -> Result<String, Issue> {
    // Bound the work before normalizing: NFC output is never shorter than 1/3 of the input
    // in scalar values, so anything over 4x the limit (plus trim slack) is too long regardless.
    let trimmed = input.trim();
    if trimmed.len() > rules.max_chars.saturating_mul(4).saturating_add(64) {
        return Err(too_long(rules.max_chars));
    }
    let mut out = String::with_capacity(trimmed.len());
    let mut pending_space = false;
    for c in ComposingNormalizerBorrowed::new_nfc().normalize_iter(trimmed.chars()) {
        if rules.collapse_whitespace && c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if c.is_control() && !(rules.allow_newlines && matches!(c, '\n' | '\r' | '\t')) {
            return Err(Issue::new(
                Code::TextControlCharacter,
                "Text contains a control character",
            )
            .param("codepoint", format!("U+{:04X}", c as u32)));
        }
        if is_invisible_format(c) {
            return Err(Issue::new(
                Code::TextBidiControl,
                "Text contains an invisible or direction-changing character",
            )
            .param("codepoint", format!("U+{:04X}", c as u32)));
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    if out.chars().count() > rules.max_chars {
        return Err(too_long(rules.max_chars));
    }
    Ok(out)
}

fn too_long(max: usize) -> Issue {
    Issue::new(
        Code::TooLong,
        format!("Text is longer than {max} characters"),
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
