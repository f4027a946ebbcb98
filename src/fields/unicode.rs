//! The Unicode answers the checkers ask for, from one place: NFC and NFD, the two canonical
//! combining class tests they make (non-starter, virama), General_Category, Alphabetic, full
//! case mapping (lower and upper case), and UTS-46 processing of an email domain.
//!
//! Two sources give the same answers (docs/decisions.md, "Unicode from the JavaScript host"):
//!
//! - **ICU4X** (`icu_normalizer`, `icu_properties`, `idna`) and `core`'s case mapping,
//!   Alphabetic and numeric tables:
//!   every native build and the default WASM build (the Node package).
//! - **the JavaScript host** (feature `host-unicode`, wasm32 only: the browser build):
//!   `String.prototype.normalize`, `toLowerCase` and `toUpperCase`, RegExp `\p{…}` escapes,
//!   the `URL` parser (`host.rs`), so the `.wasm` carries none of the ICU4X tables nor
//!   `core`'s case tables. Nothing calls the host for ASCII text.
//!
//! With the test-only feature `unicode-compare` a wasm32 build links both and
//! `wasm::unicode_compare::use_icu` picks one at run time (`tests/host_unicode.rs`).

use icu_properties::props::GeneralCategory;

#[cfg(all(target_arch = "wasm32", feature = "host-unicode"))]
mod host;
pub(crate) mod props;
#[cfg(any(test, all(target_arch = "wasm32", feature = "host-unicode")))]
mod punycode;

/// The ICU4X answers.
#[cfg(not(all(
    target_arch = "wasm32",
    feature = "host-unicode",
    not(feature = "unicode-compare")
)))]
mod icu {
    use icu_normalizer::properties::CanonicalCombiningClassMapBorrowed;
    use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
    use icu_properties::props::GeneralCategory;
    use icu_properties::CodePointMapData;
    use idna::uts46::{AsciiDenyList, ErrorPolicy, Hyphens, ProcessingSuccess, Uts46};
    use std::borrow::Cow;

    #[cfg(not(all(target_arch = "wasm32", feature = "host-unicode")))]
    pub(super) fn nfc_iter(s: &str) -> impl Iterator<Item = char> + '_ {
        // The normalized prefix (most text is NFC already, `nfc` does the same) is read as it
        // is; ICU4X guarantees the prefix followed by the rest's NFC is the whole text's NFC.
        let nfc = ComposingNormalizerBorrowed::new_nfc();
        let (head, tail) = nfc.split_normalized(s);
        head.chars().chain(nfc.normalize_iter(tail.chars()))
    }

    pub(super) fn nfd_iter(s: &str) -> impl Iterator<Item = char> + '_ {
        DecomposingNormalizerBorrowed::new_nfd().normalize_iter(s.chars())
    }

    /// `s` in NFD, for the `unicode-compare` build (the host answers a string).
    #[cfg(all(target_arch = "wasm32", feature = "host-unicode"))]
    pub(super) fn nfd(s: &str) -> String {
        nfd_iter(s).collect()
    }

    pub(super) fn nfc(s: &str) -> Cow<'_, str> {
        ComposingNormalizerBorrowed::new_nfc().normalize(s)
    }

    pub(super) fn is_non_starter(c: char) -> bool {
        CanonicalCombiningClassMapBorrowed::new().get_u8(c) != 0
    }

    pub(super) fn is_virama(c: char) -> bool {
        CanonicalCombiningClassMapBorrowed::new().get_u8(c) == 9
    }

    pub(super) fn general_category(c: char) -> GeneralCategory {
        CodePointMapData::<GeneralCategory>::new().get(c)
    }

    pub(super) fn is_alphabetic(c: char) -> bool {
        c.is_alphabetic()
    }

    pub(super) fn is_numeric(c: char) -> bool {
        c.is_numeric()
    }

    pub(super) fn to_lowercase(s: &str) -> String {
        s.to_lowercase()
    }

    pub(super) fn to_uppercase(s: &str) -> String {
        s.to_uppercase()
    }

    pub(super) fn push_lowercase(c: char, out: &mut String) {
        out.extend(c.to_lowercase());
    }

    pub(super) fn push_uppercase(c: char, out: &mut String) {
        out.extend(c.to_uppercase());
    }

    pub(super) fn uts46(domain: &str) -> Option<(String, String)> {
        let mut unicode = String::new();
        let mut ascii = String::new();
        let result = Uts46::new().process(
            domain.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::Allow, // hyphens are checked by the email checker's own label rules
            ErrorPolicy::FailFast,
            |_, _, _| true,
            &mut unicode,
            Some(&mut ascii),
        );
        match result {
            Ok(ProcessingSuccess::Passthrough) => Some((domain.to_owned(), domain.to_owned())),
            Ok(ProcessingSuccess::WroteToSink) => {
                if ascii.is_empty() {
                    ascii = unicode.clone();
                }
                Some((unicode, ascii))
            }
            Err(_) => None,
        }
    }
}

/// Which source answers in a `unicode-compare` build (ICU4X when true).
#[cfg(all(
    target_arch = "wasm32",
    feature = "host-unicode",
    feature = "unicode-compare"
))]
pub(crate) mod compare {
    use std::sync::atomic::{AtomicBool, Ordering};

    static ICU: AtomicBool = AtomicBool::new(false);

    /// Makes ICU4X (true) or the host (false) answer from now on.
    pub(crate) fn use_icu(icu: bool) {
        ICU.store(icu, Ordering::Relaxed);
    }

    pub(super) fn icu() -> bool {
        ICU.load(Ordering::Relaxed)
    }
}

/// `$f(args)` of the source this build uses.
macro_rules! pick {
    ($f:ident($($a:expr),*)) => {{
        #[cfg(not(all(target_arch = "wasm32", feature = "host-unicode")))]
        let answer = icu::$f($($a),*);
        #[cfg(all(
            target_arch = "wasm32",
            feature = "host-unicode",
            not(feature = "unicode-compare")
        ))]
        let answer = host::$f($($a),*);
        #[cfg(all(target_arch = "wasm32", feature = "host-unicode", feature = "unicode-compare"))]
        let answer = if compare::icu() { icu::$f($($a),*).into() } else { host::$f($($a),*) };
        answer
    }};
}

/// The characters of `s` (not all ASCII: callers skip ASCII) in NFC.
pub(crate) fn nfc_iter(s: &str) -> impl Iterator<Item = char> + '_ {
    #[cfg(not(all(target_arch = "wasm32", feature = "host-unicode")))]
    let chars = icu::nfc_iter(s);
    #[cfg(all(target_arch = "wasm32", feature = "host-unicode"))]
    let chars = OwnedChars::new(pick!(nfc(s)).into_owned());
    chars
}

/// The characters of `s` (not all ASCII: callers skip ASCII) in NFD.
pub(crate) fn nfd_iter(s: &str) -> impl Iterator<Item = char> + '_ {
    #[cfg(not(all(target_arch = "wasm32", feature = "host-unicode")))]
    let chars = icu::nfd_iter(s);
    #[cfg(all(target_arch = "wasm32", feature = "host-unicode"))]
    let chars = OwnedChars::new(pick!(nfd(s)));
    chars
}

/// `s` in NFC, borrowed when it already is (ASCII always is).
pub(crate) fn nfc(s: &str) -> std::borrow::Cow<'_, str> {
    pick!(nfc(s))
}

/// True when `c` has a non-zero canonical combining class (a combining mark that NFD
/// reorders). Exact for every character NFC or NFD text can hold; the host derives it from
/// canonical reordering, which differs for the three characters no normalized text holds
/// (U+0F73, U+0F75, U+0F81).
pub(crate) fn is_non_starter(c: char) -> bool {
    !c.is_ascii() && pick!(is_non_starter(c))
}

/// True when `c` is a virama (canonical combining class 9), with the same reach as
/// [`is_non_starter`].
pub(crate) fn is_virama(c: char) -> bool {
    !c.is_ascii() && pick!(is_virama(c))
}

/// The General_Category of `c`.
pub(crate) fn general_category(c: char) -> GeneralCategory {
    pick!(general_category(c))
}

/// True when `c` is Alphabetic, as `char::is_alphabetic` (letters, letter numbers and the
/// Other_Alphabetic marks).
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    pick!(is_alphabetic(c))
}

/// True when `c` is a number of any kind (General_Category `Nd`, `Nl` or `No`), as
/// `char::is_numeric`.
pub(crate) fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    pick!(is_numeric(c))
}

/// `s` in lower case, as `str::to_lowercase` (Unicode's full case mapping, with the final
/// sigma rule: `Σ` ending a word becomes `ς`).
pub(crate) fn to_lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    pick!(to_lowercase(s))
}

/// `s` in upper case, as `str::to_uppercase` (`ß` becomes `SS`).
pub(crate) fn to_uppercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    pick!(to_uppercase(s))
}

/// Appends `c` alone in lower case to `out`, as `char::to_lowercase` (no context: `Σ` is
/// `σ`): one to three characters, and no allocation of its own (callers lower-case text
/// character by character on the phone parser's path).
pub(crate) fn push_lowercase(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        pick!(push_lowercase(c, out))
    }
}

/// Appends `c` alone in upper case to `out`, as `char::to_uppercase`: one to three characters.
pub(crate) fn push_uppercase(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        pick!(push_uppercase(c, out))
    }
}

/// UTS-46 processing of a domain as the email checker needs it (non-transitional, STD3 ASCII
/// rules, bidi and joiner rules, punycode decoded and validated, hyphens not checked, no DNS
/// length check): the Unicode and the ASCII (A-label) form, or `None` when it is not a valid
/// internationalized domain name. `Err` is `data_not_loaded` for the browser build's `idna`
/// file ([`props`]), when the domain's bidi or joiner rules need it and it is not loaded.
pub(crate) fn uts46(domain: &str) -> Result<Option<(String, String)>, crate::issue::Issue> {
    #[cfg(not(all(target_arch = "wasm32", feature = "host-unicode")))]
    let answer = Ok(icu::uts46(domain));
    #[cfg(all(
        target_arch = "wasm32",
        feature = "host-unicode",
        not(feature = "unicode-compare")
    ))]
    let answer = host::uts46(domain);
    #[cfg(all(
        target_arch = "wasm32",
        feature = "host-unicode",
        feature = "unicode-compare"
    ))]
    let answer = if compare::icu() {
        Ok(icu::uts46(domain))
    } else {
        host::uts46(domain)
    };
    answer
}

/// The characters of an owned string, one by one (a normalizer's output from the host).
#[cfg(all(target_arch = "wasm32", feature = "host-unicode"))]
struct OwnedChars {
    text: String,
    at: usize,
}

#[cfg(all(target_arch = "wasm32", feature = "host-unicode"))]
impl OwnedChars {
    fn new(text: String) -> Self {
        OwnedChars { text, at: 0 }
    }
}

#[cfg(all(target_arch = "wasm32", feature = "host-unicode"))]
impl Iterator for OwnedChars {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = self.text.get(self.at..)?.chars().next()?;
        self.at += c.len_utf8();
        Some(c)
    }
}

#[cfg(all(test, not(all(target_arch = "wasm32", feature = "host-unicode"))))]
mod tests {
    /// `nfc_iter` reads the normalized prefix as it is: the same characters as normalizing
    /// the whole text, on random mixes of precomposed letters, combining marks (in and out of
    /// canonical order), Hangul jamo and singletons (U+212B, U+2126).
    #[test]
    fn nfc_iter_is_whole_text_nfc() {
        let alphabet = [
            'a', 'e', 'A', ' ', 'é', 'Å', 'ñ', '\u{301}', '\u{308}', '\u{323}', '\u{327}',
            '\u{1100}', '\u{1161}', '\u{11A8}', '가', '\u{212B}', '\u{2126}', 'ﬁ', 'ể',
        ];
        let mut next = crate::test_rng::xorshift(0x0f_c0de);
        let whole = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
        for _ in 0..20_000 {
            let len = (next() % 12) as usize;
            let s: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let expected: String = whole.normalize_iter(s.chars()).collect();
            assert_eq!(super::nfc_iter(&s).collect::<String>(), expected, "{s:?}");
        }
    }
}
