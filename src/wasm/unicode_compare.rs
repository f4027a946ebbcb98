//! Tests only (feature `unicode-compare`, wasm32): the Unicode answers of
//! `fields::unicode`, from ICU4X or from the JavaScript host as [`use_icu`] says, so
//! `tests/host_unicode.rs` can compare the two in one build. Not part of any package.

use crate::fields::unicode;
pub use icu_properties::props::GeneralCategory;

/// Makes ICU4X (`true`) or the JavaScript host (`false`, the start) answer every Unicode
/// question of the library from now on.
pub fn use_icu(icu: bool) {
    unicode::compare::use_icu(icu);
}

/// `s` in NFC.
pub fn nfc(s: &str) -> String {
    unicode::nfc(s).into_owned()
}

/// `s` in NFD.
pub fn nfd(s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    unicode::nfd_iter(s).collect()
}

/// Whether `c` has a non-zero canonical combining class.
pub fn is_non_starter(c: char) -> bool {
    unicode::is_non_starter(c)
}

/// Whether `c` has canonical combining class 9 (virama).
pub fn is_virama(c: char) -> bool {
    unicode::is_virama(c)
}

/// The General_Category of `c`.
pub fn general_category(c: char) -> GeneralCategory {
    unicode::general_category(c)
}

/// Whether `c` is Alphabetic.
pub fn is_alphabetic(c: char) -> bool {
    unicode::is_alphabetic(c)
}

/// Whether `c` is a number (General_Category `Nd`, `Nl` or `No`).
pub fn is_numeric(c: char) -> bool {
    unicode::is_numeric(c)
}

/// `s` in lower case (`str::to_lowercase`'s answer: final sigma by context).
pub fn to_lowercase(s: &str) -> String {
    unicode::to_lowercase(s)
}

/// `s` in upper case.
pub fn to_uppercase(s: &str) -> String {
    unicode::to_uppercase(s)
}

/// `c` alone in lower case (`char::to_lowercase`'s answer).
pub fn char_to_lowercase(c: char) -> String {
    let mut out = String::new();
    unicode::push_lowercase(c, &mut out);
    out
}

/// `c` alone in upper case.
pub fn char_to_uppercase(c: char) -> String {
    let mut out = String::new();
    unicode::push_uppercase(c, &mut out);
    out
}

/// UTS-46 as the email checker applies it: the Unicode and ASCII forms, or `None`.
pub fn uts46(domain: &str) -> Option<(String, String)> {
    unicode::uts46(domain).ok().flatten()
}
