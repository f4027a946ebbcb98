//! The Unicode answers from the JavaScript host (feature `host-unicode`, wasm32): built-ins
//! every browser and Node has, imported by name (no JavaScript file of ours, nothing
//! evaluated, so a CSP with only `'wasm-unsafe-eval'` is enough):
//!
//! - NFC and NFD: `String.prototype.normalize`;
//! - lower and upper case: `String.prototype.toLowerCase` and `toUpperCase` (full case
//!   mapping, locale-independent, the final sigma rule as `str::to_lowercase` applies it);
//! - canonical combining classes: derived from canonical reordering, which NFD applies by
//!   class (a mark of class 240 first, then the character: it moves ahead only when its
//!   class is lower and not zero);
//! - General_Category: one RegExp of 30 `\p{gc=…}` groups, the group that matched;
//! - UTS-46: the `URL` parser's host: UTS-46 mapping, NFC, punycode and the code point
//!   validity of WHATWG URL "domain to ASCII" (non-transitional, no STD3 rules, no hyphen or
//!   length checks). Hosts differ on the rest (Node's parser, ada, skips the bidi rule), so
//!   the Unicode form is decoded from the ASCII one (punycode) and the rest checked here as
//!   `idna` checks it: STD3, a leading mark, CONTEXTJ and the bidi rule (RFC 5893), over
//!   ICU4X's Bidi_Class and Joining_Type tries, the only ICU4X data this build links.
//!
//! Each call crosses into JavaScript (~0.1–1 µs); callers ask only for non-ASCII text.

use crate::issue::Issue;
use crate::text_out::fill;
use icu_properties::props::GeneralCategory as G;
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `String.prototype.normalize.call(text, form)`.
    #[wasm_bindgen(js_namespace = ["String", "prototype", "normalize"], js_name = call)]
    fn normalize(text: &str, form: &str) -> String;

    /// `String.prototype.toLowerCase.call(text)`: full case mapping, final sigma included,
    /// independent of the locale.
    #[wasm_bindgen(js_namespace = ["String", "prototype", "toLowerCase"], js_name = call)]
    fn lower(text: &str) -> String;

    /// `String.prototype.toUpperCase.call(text)`.
    #[wasm_bindgen(js_namespace = ["String", "prototype", "toUpperCase"], js_name = call)]
    fn upper(text: &str) -> String;

    /// `String.fromCodePoint(c)`: a one-character JavaScript string.
    #[wasm_bindgen(js_namespace = String, js_name = fromCodePoint)]
    fn from_code_point(c: u32) -> JsValue;

    /// `RegExp`.
    type RegExp;

    /// `new RegExp(pattern, flags)`.
    #[wasm_bindgen(constructor)]
    fn new(pattern: &str, flags: &str) -> RegExp;

    /// `regexp.exec(text)`: the match array (the whole match, then each group or
    /// `undefined`), or `null`.
    #[wasm_bindgen(method)]
    fn exec(this: &RegExp, text: &JsValue) -> JsValue;

    /// `Array.prototype.indexOf.call(array, item, from)`.
    #[wasm_bindgen(js_namespace = ["Array", "prototype", "indexOf"], js_name = call)]
    fn index_of(array: &JsValue, item: &JsValue, from: u32) -> i32;

    /// `URL`.
    #[wasm_bindgen(js_name = URL)]
    type Url;

    /// `new URL(url)`, which throws a `TypeError` when it cannot parse `url`.
    #[wasm_bindgen(constructor, catch, js_class = "URL")]
    fn new(url: &str) -> Result<Url, JsValue>;

    /// `url.hostname`.
    #[wasm_bindgen(method, getter, js_class = "URL")]
    fn hostname(this: &Url) -> String;
}

pub(super) fn nfc(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(normalize(s, "NFC"))
}

pub(super) fn nfd(s: &str) -> String {
    normalize(s, "NFD")
}

pub(super) fn to_lowercase(s: &str) -> String {
    lower(s)
}

pub(super) fn to_uppercase(s: &str) -> String {
    upper(s)
}

/// A one-character string has no context, so the final sigma rule never applies: the
/// character's own mapping, as `char::to_lowercase`.
pub(super) fn push_lowercase(c: char, out: &mut String) {
    out.push_str(&lower(c.encode_utf8(&mut [0; 4])));
}

pub(super) fn push_uppercase(c: char, out: &mut String) {
    out.push_str(&upper(c.encode_utf8(&mut [0; 4])));
}

/// Whether NFD moves `c` ahead of the combining mark `mark`: true when `c` (the first
/// character of its NFD) is a non-starter of a lower canonical combining class than `mark`.
fn reorders_before(mark: char, c: char) -> bool {
    let mut pair = String::with_capacity(8);
    pair.push(mark);
    pair.push(c);
    !normalize(&pair, "NFD").starts_with(mark)
}

pub(super) fn is_non_starter(c: char) -> bool {
    // U+0345 is the only character of class 240, the highest: every other non-starter moves
    // ahead of it.
    c == '\u{345}' || reorders_before('\u{345}', c)
}

pub(super) fn is_virama(c: char) -> bool {
    // Class 9: ahead of a class-10 mark (U+05B0, HEBREW POINT SHEVA) but not of a class-9
    // one (U+094D, DEVANAGARI SIGN VIRAMA).
    reorders_before('\u{5B0}', c) && !reorders_before('\u{94D}', c)
}

/// The General_Category values, in the order of the RegExp's groups.
const CATEGORIES: [(&str, G); 30] = [
    ("Ll", G::LowercaseLetter),
    ("Lu", G::UppercaseLetter),
    ("Lo", G::OtherLetter),
    ("Lm", G::ModifierLetter),
    ("Lt", G::TitlecaseLetter),
    ("Mn", G::NonspacingMark),
    ("Mc", G::SpacingMark),
    ("Me", G::EnclosingMark),
    ("Nd", G::DecimalNumber),
    ("Nl", G::LetterNumber),
    ("No", G::OtherNumber),
    ("Zs", G::SpaceSeparator),
    ("Zl", G::LineSeparator),
    ("Zp", G::ParagraphSeparator),
    ("Cc", G::Control),
    ("Cf", G::Format),
    ("Co", G::PrivateUse),
    ("Cs", G::Surrogate),
    ("Cn", G::Unassigned),
    ("Pd", G::DashPunctuation),
    ("Ps", G::OpenPunctuation),
    ("Pe", G::ClosePunctuation),
    ("Pc", G::ConnectorPunctuation),
    ("Pi", G::InitialPunctuation),
    ("Pf", G::FinalPunctuation),
    ("Po", G::OtherPunctuation),
    ("Sm", G::MathSymbol),
    ("Sc", G::CurrencySymbol),
    ("Sk", G::ModifierSymbol),
    ("So", G::OtherSymbol),
];

thread_local! {
    /// `/(\p{gc=Ll})|(\p{gc=Lu})|…/u`, made once.
    static CATEGORY: RegExp = {
        let groups: Vec<String> =
            CATEGORIES.iter().map(|(name, _)| fill("(\\p{{gc={}}})", &[name])).collect();
        RegExp::new(&groups.join("|"), "u")
    };
}

thread_local! {
    /// `/^\p{Alphabetic}$/u`, made once.
    static ALPHABETIC: RegExp = RegExp::new("^\\p{Alphabetic}$", "u");
}

pub(super) fn is_alphabetic(c: char) -> bool {
    let text = from_code_point(u32::from(c));
    !ALPHABETIC.with(|re| re.exec(&text)).is_null()
}

pub(super) fn is_numeric(c: char) -> bool {
    matches!(
        general_category(c),
        G::DecimalNumber | G::LetterNumber | G::OtherNumber
    )
}

pub(super) fn general_category(c: char) -> G {
    let text = from_code_point(u32::from(c));
    let groups = CATEGORY.with(|re| re.exec(&text));
    // Group i + 1 holds the character when it matched, `undefined` when not; every code
    // point has one category, so one group matches (`null` cannot happen: unassigned).
    let index = if groups.is_null() {
        -1
    } else {
        index_of(&groups, &text, 1)
    };
    usize::try_from(index - 1)
        .ok()
        .and_then(|i| CATEGORIES.get(i))
        .map_or(G::Unassigned, |(_, category)| *category)
}

pub(super) fn uts46(domain: &str) -> Result<Option<(String, String)>, Issue> {
    // Letters, digits, hyphens and dots without an A-label: UTS-46 only lower-cases them.
    let ldh = domain
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    let a_label = |l: &str| l.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--"));
    if ldh && !domain.split('.').any(a_label) {
        let lower = domain.to_ascii_lowercase();
        return Ok(Some((lower.clone(), lower)));
    }
    // U+1E9E maps to ß since UTS-46 15.1, to `ss` before (Node's parser).
    let domain = domain.replace('\u{1E9E}', "\u{DF}");
    let Some(host) = to_ascii(&domain) else {
        return Ok(None);
    };
    let ascii = host.as_str();
    // STD3 rules (UseSTD3ASCIIRules): after mapping, only ASCII letters, digits and hyphens
    // in labels. Punycode copies a label's ASCII characters as they are, so they are the
    // ASCII form's.
    if !ascii
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        return Ok(None);
    }
    let mut unicode = String::with_capacity(ascii.len());
    for (i, label) in ascii.split('.').enumerate() {
        if i > 0 {
            unicode.push('.');
        }
        match label.strip_prefix("xn--") {
            Some(encoded) => {
                // Chromium passes ASCII labels through unchecked: a decoded A-label must be
                // one UTS-46 keeps as it is (valid code points, NFC), and not ASCII.
                let Some(decoded) = super::punycode::decode(encoded) else {
                    return Ok(None);
                };
                if decoded.is_ascii() || to_ascii(&decoded).as_deref() != Some(label) {
                    return Ok(None);
                }
                unicode.push_str(&decoded);
            }
            None => unicode.push_str(label),
        }
    }
    for label in unicode.split('.') {
        let chars: Vec<char> = label.chars().collect();
        if chars.first().is_some_and(|c| is_mark(*c)) || !joiners_ok(&chars)? {
            return Ok(None);
        }
    }
    Ok(bidi_ok(&unicode)?.then(|| (unicode, ascii.to_owned())))
}

/// Bidi_Class and Joining_Type, from the `idna` data file ([`super::props`]): `Err` is
/// `data_not_loaded` naming it until it is loaded.
fn props() -> Result<&'static super::props::Props, Issue> {
    super::props::loaded().ok_or_else(|| crate::fields::data_not_loaded(super::props::FILE))
}

/// The `URL` parser's host for `domain`: UTS-46 ToASCII without STD3 rules.
fn to_ascii(domain: &str) -> Option<String> {
    // A last label of a letter keeps the parser from reading a domain that ends in a number
    // as an IPv4 address (`a.1`, `a.0x1f`): the email checker refuses those itself, with its
    // own reason.
    let url = Url::new(&fill("http://{}.a/", &[domain])).ok()?;
    url.hostname().strip_suffix(".a").map(str::to_owned)
}

fn is_mark(c: char) -> bool {
    !c.is_ascii()
        && matches!(
            general_category(c),
            G::NonspacingMark | G::SpacingMark | G::EnclosingMark
        )
}

/// UTS-46 CheckJoiners (RFC 5892 Appendix A.1 and A.2), as `idna` applies it: a ZWJ or ZWNJ
/// only after a virama, or a ZWNJ between a left- or dual-joining and a right- or
/// dual-joining character (transparent ones between). Joining_Type is read only for a ZWNJ
/// not after a virama (`Err` while the `idna` file is not loaded).
fn joiners_ok(label: &[char]) -> Result<bool, Issue> {
    use icu_properties::props::JoiningType as J;
    for (i, &c) in label.iter().enumerate() {
        if c != '\u{200C}' && c != '\u{200D}' {
            continue;
        }
        let Some(&prev) = i.checked_sub(1).and_then(|p| label.get(p)) else {
            return Ok(false);
        };
        if is_virama(prev) {
            continue;
        }
        if c == '\u{200D}' {
            return Ok(false);
        }
        let props = props()?;
        let joins = |chars: &mut dyn Iterator<Item = &char>, side: J| {
            for c in chars {
                match props.get(*c).1 {
                    J::DualJoining => return true,
                    j if j == side => return true,
                    J::Transparent => continue,
                    _ => return false,
                }
            }
            false
        };
        if !(joins(&mut label[..i].iter().rev(), J::LeftJoining)
            && joins(&mut label[i + 1..].iter(), J::RightJoining))
        {
            return Ok(false);
        }
    }
    Ok(true)
}

/// UTS-46 CheckBidi: in a domain with a right-to-left character (Bidi_Class R, AL or AN,
/// found as `idna` looks for one), every label satisfies RFC 5893 §2. Bidi_Class is read only
/// for a domain with a character outside the ranges that hold none of those classes (`Err`
/// while the `idna` file is not loaded).
fn bidi_ok(domain: &str) -> Result<bool, Issue> {
    use icu_properties::props::BidiClass as B;
    let maybe_rtl = |c: char| {
        !(c < '\u{590}'
            || ('\u{900}'..='\u{FB1C}').contains(&c)
            || ('\u{1F000}'..='\u{3FFFF}').contains(&c)
            || ('\u{FF00}'..='\u{107FF}').contains(&c)
            || ('\u{11000}'..='\u{1E7FF}').contains(&c))
    };
    if !domain.chars().any(maybe_rtl) {
        return Ok(true);
    }
    let props = props()?;
    let class = |c: char| props.get(c).0;
    let rtl = |c: char| {
        maybe_rtl(c) && matches!(class(c), B::RightToLeft | B::ArabicLetter | B::ArabicNumber)
    };
    if !domain.chars().any(rtl) {
        return Ok(true);
    }
    Ok(domain.split('.').all(|label| {
        let classes: Vec<B> = label.chars().map(class).collect();
        let Some((&first, tail)) = classes.split_first() else {
            return true;
        };
        let ltr = match first {
            B::LeftToRight => true,
            B::RightToLeft | B::ArabicLetter => false,
            _ => return false,
        };
        // The last character that is not a nonspacing mark, and those between.
        let end = tail
            .iter()
            .rposition(|b| *b != B::NonspacingMark)
            .map_or(0, |p| p + 1);
        let Some((&last, middle)) = tail[..end].split_last() else {
            return true;
        };
        let neutral = |b: B| {
            matches!(
                b,
                B::EuropeanNumber
                    | B::EuropeanSeparator
                    | B::CommonSeparator
                    | B::EuropeanTerminator
                    | B::OtherNeutral
                    | B::BoundaryNeutral
                    | B::NonspacingMark
            )
        };
        if ltr {
            return matches!(last, B::LeftToRight | B::EuropeanNumber)
                && middle.iter().all(|b| *b == B::LeftToRight || neutral(*b));
        }
        let mut numerals = None;
        for &b in middle.iter().chain([&last]) {
            let allowed =
                matches!(b, B::RightToLeft | B::ArabicLetter | B::ArabicNumber) || neutral(b);
            if !allowed {
                return false;
            }
            if matches!(b, B::EuropeanNumber | B::ArabicNumber) {
                match numerals {
                    None => numerals = Some(b),
                    Some(n) if n != b => return false,
                    Some(_) => {}
                }
            }
        }
        matches!(
            last,
            B::RightToLeft | B::ArabicLetter | B::EuropeanNumber | B::ArabicNumber
        )
    }))
}
