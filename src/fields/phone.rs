//! Phone numbers, with the behaviour of Google's libphonenumber: parse an input with an
//! optional default region, and return the E.164 form, region, number type and the national
//! and international display formats of a **valid** number, or an [`Issue`].
//!
//! The engine is our own (`phone/`): libphonenumber's metadata compiled by
//! `scripts/gen_phone_metadata.py` into `phone_data.rs` (patterns as bytecode for a small
//! bounded matcher), and libphonenumber's parsing, validation and formatting rules written
//! over it; `docs/decisions.md` records how it was chosen. Everything about the engine stays
//! inside this module.
//!
//! ```
//! use customer_validate::fields::phone;
//! // A `+CC` number typed while the form's default region is another country.
//! let n = phone::parse("+49 151 23456789", Some("US")).unwrap();
//! assert_eq!(n.e164, "+4915123456789");
//! assert_eq!(n.region.as_deref(), Some("DE"));
//! assert_eq!(n.number_type, phone::NumberType::Mobile);
//! assert_eq!(n.international, "+49 1512 3456789");
//! ```

use crate::fields::unicode;
use crate::issue::{Code, Issue};
use crate::text_out::{dec, fill};
use serde::Serialize;

// With `lazy-data` the per-region tables (program, formats, metadata) are not used, so not
// linked: they arrive in data files (`store`); the indexes stay.
mod as_you_type;
#[cfg_attr(feature = "lazy-data", allow(dead_code))]
#[path = "phone_data.rs"]
mod data;
mod matcher;
mod meta;
mod nfa;
mod number;
mod parse;
pub(crate) mod store;

use meta::Meta;
use parse::{Fail, Length, Parsed};

/// libphonenumber refuses inputs longer than this many characters (`TOO_LONG`); we stop
/// at the same point before doing any other work, so a 10 MB input costs nothing.
pub const MAX_INPUT_CHARS: usize = 250;

/// What kind of line a number is, as libphonenumber classifies it.
///
/// ```
/// use customer_validate::fields::phone::NumberType;
/// assert_eq!(serde_json::to_value(NumberType::FixedLineOrMobile).unwrap(), "fixed_line_or_mobile");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum NumberType {
    /// Landline.
    FixedLine,
    /// Mobile.
    Mobile,
    /// Either; the numbering plan does not tell (e.g. the US).
    FixedLineOrMobile,
    /// Free to the caller.
    TollFree,
    /// Charged above normal rates.
    PremiumRate,
    /// Cost shared between caller and callee.
    SharedCost,
    /// Voice over IP.
    Voip,
    /// Personal (follow-me) number.
    PersonalNumber,
    /// Pager.
    Pager,
    /// Universal access number.
    Uan,
    /// Voicemail access.
    Voicemail,
    /// Valid but of no known type.
    Unknown,
}

impl NumberType {
    /// libphonenumber's constant name (`MOBILE`, `FIXED_LINE`…), as other libraries print it.
    ///
    /// ```
    /// use customer_validate::fields::phone::NumberType;
    /// assert_eq!(NumberType::Voip.libphonenumber_name(), "VOIP");
    /// ```
    pub fn libphonenumber_name(self) -> &'static str {
        match self {
            NumberType::FixedLine => "FIXED_LINE",
            NumberType::Mobile => "MOBILE",
            NumberType::FixedLineOrMobile => "FIXED_LINE_OR_MOBILE",
            NumberType::TollFree => "TOLL_FREE",
            NumberType::PremiumRate => "PREMIUM_RATE",
            NumberType::SharedCost => "SHARED_COST",
            NumberType::Voip => "VOIP",
            NumberType::PersonalNumber => "PERSONAL_NUMBER",
            NumberType::Pager => "PAGER",
            NumberType::Uan => "UAN",
            NumberType::Voicemail => "VOICEMAIL",
            NumberType::Unknown => "UNKNOWN",
        }
    }
}

/// A valid phone number and its renderings.
///
/// ```
/// use customer_validate::fields::phone;
/// let n = phone::parse("0803 123 4567", Some("NG")).unwrap();
/// assert_eq!(n.e164, "+2348031234567");
/// assert_eq!(n.national, "0803 123 4567");
/// assert_eq!(n.country_code, 234);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PhoneNumber {
    /// `+` and up to 15 digits, no extension.
    pub e164: String,
    /// ISO 3166-1 alpha-2 region of the number; `"001"` for non-geographic numbers
    /// (e.g. `+800` freephone), as libphonenumber reports it.
    pub region: Option<String>,
    /// Country calling code (e.g. 49).
    pub country_code: u32,
    /// Line type.
    #[serde(rename = "type")]
    pub number_type: NumberType,
    /// National display format (with trunk prefix where the region uses one).
    pub national: String,
    /// International display format (`+49 1512 3456789`).
    pub international: String,
    /// Extension digits, when the input had one (`ext. 123`, `;ext=123`…).
    pub extension: Option<String>,
}

/// Parses `input` as a phone number, reading national numbers in `default_region` (an ISO
/// alpha-2 code, any case), and returns it only if libphonenumber's metadata says it is a
/// valid number. Accepts what libphonenumber accepts: spaces and punctuation, `00`/`011`
/// international prefixes, `tel:` URIs, extensions, fullwidth and Arabic-Indic digits.
///
/// Issues: [`Code::PhoneRegionRequired`] (national number, no region),
/// [`Code::RegionUnknown`], [`Code::PhoneCountryCodeInvalid`], [`Code::PhoneTooShort`],
/// [`Code::PhoneTooLong`], [`Code::PhoneInvalid`]; with the `lazy-data` feature,
/// [`Code::DataNotLoaded`] when the default region's or the number's calling code's data file
/// is not loaded ([`crate::data`]). Messages never contain the number.
///
/// ```
/// use customer_validate::fields::phone;
/// use customer_validate::Code;
/// assert_eq!(phone::parse("030 1234567", None).unwrap_err().code, Code::PhoneRegionRequired);
/// assert_eq!(phone::parse("+1 202 555 01", None).unwrap_err().code, Code::PhoneTooShort);
/// assert_eq!(phone::parse("tel:+1-202-456-1111", None).unwrap().e164, "+12024561111");
/// ```
pub fn parse(input: &str, default_region: Option<&str>) -> Result<PhoneNumber, Issue> {
    let valid = parse_valid(input, default_region)?;
    Ok(PhoneNumber {
        number_type: valid.number_type,
        national: valid.national(),
        international: number::display(&valid.number, true),
        extension: Some(valid.number.ext.clone()).filter(|e| !e.is_empty()),
        country_code: valid.number.cc,
        e164: valid.e164,
        region: valid.region.map(str::to_owned),
    })
}

/// What a phone field should show while a number is typed into it: [`format_as_you_type`]'s
/// answer.
///
/// ```
/// use customer_validate::fields::phone;
/// let shown = phone::format_as_you_type("020 7183 875", Some("GB")).unwrap();
/// assert_eq!(shown.formatted, "020 7183 875");
/// assert_eq!(shown.e164, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AsYouType {
    /// The text to show: the number formatted so far, or the text as typed where
    /// libphonenumber stops formatting.
    pub formatted: String,
    /// The number's region, once the digits typed are a valid number (as [`parse`] finds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The number in E.164, once the digits typed are a valid number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub e164: Option<String>,
}

/// Formats a phone number as it is typed, as libphonenumber's `AsYouTypeFormatter` does
/// when fed the field's characters one by one, in the default `region` (any case; `None`
/// formats only `+` numbers). Stateless: call it with the whole field after each keystroke.
///
/// The field's digits (any script) and a leading `+` are what was typed; spaces and the
/// punctuation numbers are written with (`( ) - . /`…, so the text this function returned)
/// are left out. A national prefix (`0`, NANPA's `1`), an international prefix (`011`, `00`)
/// or `+` and the calling code are set apart, and the number takes the format its leading
/// digits select. Where libphonenumber stops formatting (more digits than any format takes,
/// no format for the digits) the answer is the digits as typed; any other character (a
/// letter, `*`, `#`, a later `+`) stops formatting and the text comes back unchanged, as
/// does text over [`MAX_INPUT_CHARS`] characters. Once the digits are a valid number,
/// `region` and `e164` are set ([`parse`]).
///
/// Issues: [`Code::RegionUnknown`]; with the `lazy-data` feature, [`Code::DataNotLoaded`]
/// when the region's file (for a national number) or the typed calling code's file is not
/// loaded ([`crate::data`]).
///
/// ```
/// use customer_validate::fields::phone;
/// let us = |text| phone::format_as_you_type(text, Some("US")).unwrap();
/// assert_eq!(us("202456").formatted, "202-456");
/// assert_eq!(us("(202) 456-111").formatted, "(202) 456-111");
/// let done = us("(202) 456-1111");
/// assert_eq!(done.formatted, "(202) 456-1111");
/// assert_eq!(done.e164.as_deref(), Some("+12024561111"));
/// assert_eq!(us("+4930123").formatted, "+49 30 123");
/// assert_eq!(us("011 44 2071").formatted, "011 44 20 71");
/// ```
pub fn format_as_you_type(text: &str, region: Option<&str>) -> Result<AsYouType, Issue> {
    // The default region's calling code's main region is where formats come from.
    let (home, meta, unloaded) = match region.map(str::trim).filter(|r| !r.is_empty()) {
        None => ("", None, None),
        Some(r) => match region_from_code(r) {
            Ok(m) => (m.id, meta::main_for(u32::from(m.cc)), None),
            Err(issue) if issue.code == Code::DataNotLoaded => {
                let code = store::region_file(&r.to_ascii_uppercase()).unwrap_or_default();
                (code, None, Some(issue))
            }
            Err(issue) => return Err(issue),
        },
    };
    let formatted = if text.chars().nth(MAX_INPUT_CHARS).is_some() {
        text.to_owned()
    } else {
        match as_you_type::keys(text) {
            as_you_type::Keys::Other => text.to_owned(),
            as_you_type::Keys::FullwidthPlus(typed) => typed,
            as_you_type::Keys::Number { plus, digits } if digits.is_empty() => {
                // Nothing to read yet, nothing to check.
                let formatted = if plus { "+" } else { "" };
                return Ok(AsYouType {
                    formatted: formatted.to_owned(),
                    region: None,
                    e164: None,
                });
            }
            as_you_type::Keys::Number { plus, digits } => {
                // A national number is read with the region's metadata from its first digits.
                if let (Some(issue), false) = (&unloaded, plus) {
                    return Err(issue.clone());
                }
                let mut typist = as_you_type::Typist::new(home, meta, unloaded.is_some());
                if plus {
                    typist.plus();
                }
                for (ascii, raw) in digits {
                    typist.digit(ascii, raw);
                }
                if let Some(file) = typist.missing.take() {
                    return Err(super::data_not_loaded(&file));
                }
                typist.answer()
            }
        }
    };
    let (region, e164) = match parse(text, region) {
        Ok(n) => (n.region, Some(n.e164)),
        Err(issue) if issue.code == Code::DataNotLoaded => return Err(issue),
        Err(_) => (None, None),
    };
    Ok(AsYouType {
        formatted,
        region,
        e164,
    })
}

/// Which of a region's example numbers [`example_number`] gives.
///
/// ```
/// use customer_validate::fields::phone::ExampleType;
/// assert_eq!(ExampleType::from_name("fixed_line"), Some(ExampleType::FixedLine));
/// assert_eq!(ExampleType::from_name("pager"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExampleType {
    /// A mobile number.
    Mobile,
    /// A landline number.
    FixedLine,
}

impl ExampleType {
    /// The type named `mobile` or `fixed_line` (as [`NumberType`] serializes); `None` for
    /// any other text.
    ///
    /// ```
    /// use customer_validate::fields::phone::ExampleType;
    /// assert_eq!(ExampleType::from_name("mobile"), Some(ExampleType::Mobile));
    /// ```
    pub fn from_name(name: &str) -> Option<ExampleType> {
        match name {
            "mobile" => Some(ExampleType::Mobile),
            "fixed_line" => Some(ExampleType::FixedLine),
            _ => None,
        }
    }
}

/// libphonenumber's example number of `kind` for `region` (an ISO alpha-2 code, any case),
/// with its renderings, as [`parse`] gives them: E.164, national and international formats,
/// for a form's placeholder. `Ok(None)` where the region has no number of that kind (`TA`
/// has no mobile example). The type of the answer is the region's own classification
/// (`fixed_line_or_mobile` where the numbering plan does not tell them apart, as in `US`).
///
/// Issues: [`Code::RegionUnknown`]; with the `lazy-data` feature, [`Code::DataNotLoaded`]
/// when the region's data file is not loaded ([`crate::data`]).
///
/// ```
/// use customer_validate::fields::phone::{self, ExampleType};
/// let gb = phone::example_number("gb", ExampleType::Mobile).unwrap().unwrap();
/// assert_eq!(gb.e164, "+447400123456");
/// assert_eq!(gb.national, "07400 123456");
/// assert_eq!(gb.international, "+44 7400 123456");
/// let us = phone::example_number("US", ExampleType::FixedLine).unwrap().unwrap();
/// assert_eq!(us.national, "(201) 555-0123");
/// assert_eq!(phone::example_number("TA", ExampleType::Mobile), Ok(None));
/// assert!(phone::example_number("ZZ", ExampleType::Mobile).is_err());
/// ```
pub fn example_number(region: &str, kind: ExampleType) -> Result<Option<PhoneNumber>, Issue> {
    let meta = region_from_code(region)?;
    let kind = match kind {
        ExampleType::Mobile => meta::Kind::Mobile,
        ExampleType::FixedLine => meta::Kind::FixedLine,
    };
    let Some(nsn) = meta.example(kind) else {
        return Ok(None);
    };
    // The example is a national significant number: written with `+` and the calling code,
    // it reads the same in the region whatever its national prefix rules.
    parse(
        &fill("+{} {}", &[&dec(u64::from(meta.cc)), nsn]),
        Some(meta.id),
    )
    .map(Some)
}

/// The country calling code of an ISO region code (upper case), as its digits (`"1"` for
/// `US`), from the indexes every build holds; `None` where libphonenumber has no region.
pub(crate) fn region_calling_code(region: &str) -> Option<&'static str> {
    meta::region_calling_code(region)
}

/// What the provider rules need of a valid number: [`parse`]'s verdict, E.164 form and
/// region, without the line type and the two display formats.
pub(crate) struct Valid {
    /// As [`PhoneNumber::e164`].
    pub(crate) e164: String,
    /// As [`PhoneNumber::region`] (owned there, copied when a caller asks for it).
    pub(crate) region: Option<&'static str>,
    number: Parsed,
    /// Line type (known: the number is valid).
    number_type: NumberType,
}

impl Valid {
    /// As [`PhoneNumber::national`], formatted on demand.
    pub(crate) fn national(&self) -> String {
        number::display(&self.number, false)
    }

    /// Digits of the national significant number (after the country calling code, without
    /// a trunk prefix).
    pub(crate) fn national_significant_digits(&self) -> usize {
        self.number.nsn.len()
    }

    /// The national display form's digits without the extension (Bloc's `08031234567`): the
    /// display form adds ` ext. 9` when there is one, whose digit must not join the number.
    pub(crate) fn national_digits(&self) -> String {
        let bare = Parsed {
            ext: String::new(),
            ..self.number.clone()
        };
        number::display(&bare, false)
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    }

    /// As [`PhoneNumber::extension`]: the extension digits, when the input had one.
    pub(crate) fn extension(&self) -> Option<&str> {
        Some(self.number.ext.as_str()).filter(|e| !e.is_empty())
    }

    /// The E.164 form with the extension, when there is one, as RFC 3966 writes it
    /// (`+12024561111;ext=42`), which [`parse`] reads back.
    pub(crate) fn e164_with_extension(&self) -> String {
        match self.extension() {
            Some(ext) => fill("{};ext={}", &[&self.e164, ext]),
            None => self.e164.clone(),
        }
    }

    /// The warning for writing this number in a form that cannot hold its extension
    /// (`phone_extension_dropped`, the digits in `params.extension`); `None` without one.
    pub(crate) fn extension_dropped(&self) -> Option<Issue> {
        self.extension().map(|ext| {
            Issue::warning(
                Code::PhoneExtensionDropped,
                "The extension is left out: this field holds the number only",
            )
            .param("extension", ext)
        })
    }
}

/// [`parse`] without the outputs only display needs; the same issues for the same inputs.
pub(crate) fn parse_valid(input: &str, default_region: Option<&str>) -> Result<Valid, Issue> {
    if input.chars().nth(MAX_INPUT_CHARS).is_some() {
        return Err(Issue::new(Code::PhoneTooLong, "Phone number is too long")
            .param("max", MAX_INPUT_CHARS));
    }
    let region = match default_region.map(str::trim).filter(|r| !r.is_empty()) {
        None => None,
        Some(r) => match region_from_code(r) {
            Ok(m) => Some(m),
            // A number written with its calling code needs no default region: parse it
            // without, so a form's default country is not fetched for `+49 …`. Anything that
            // would need the region still answers that its data is not loaded.
            Err(missing) if missing.code == Code::DataNotLoaded && looks_international(input) => {
                return match parse::parse(input, None) {
                    Ok(parsed) => judge(parsed),
                    Err(Fail::NotLoaded(cc)) => {
                        Err(parse_error_issue(Fail::NotLoaded(cc), input, true))
                    }
                    Err(_) => Err(missing),
                };
            }
            Err(issue) => return Err(issue),
        },
    };
    let parsed =
        parse::parse(input, region).map_err(|e| parse_error_issue(e, input, region.is_some()))?;
    judge(parsed)
}

/// The verdict on a parsed number: valid with its region and type, or why not.
fn judge(parsed: Parsed) -> Result<Valid, Issue> {
    let meta = number::region_of(&parsed);
    let number_type = meta.map_or(NumberType::Unknown, |m| number::type_in(&parsed.nsn, m));
    match meta {
        Some(m) if number_type != NumberType::Unknown => Ok(Valid {
            e164: number::e164(&parsed),
            region: Some(m.id),
            number: parsed,
            number_type,
        }),
        _ => Err(invalid_number_issue(&parsed, meta)),
    }
}

/// Turns a user-supplied region code into its metadata, refusing anything that is not two
/// ASCII letters naming a region libphonenumber has metadata for.
fn region_from_code(code: &str) -> Result<&'static Meta, Issue> {
    let unknown = || {
        Issue::new(Code::RegionUnknown, "Unknown default region")
            .param("expected", "ISO 3166-1 alpha-2 code")
    };
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(unknown());
    }
    // Two ASCII letters (checked above), upper-cased on the stack.
    let &[a, b] = code.as_bytes() else {
        return Err(unknown());
    };
    let upper = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
    let Ok(code) = std::str::from_utf8(&upper) else {
        return Err(unknown());
    };
    match meta::region(code) {
        Some(m) => Ok(m),
        None if meta::region_known(code) => Err(super::data_not_loaded(code)),
        None => Err(unknown()),
    }
}

fn looks_international(input: &str) -> bool {
    // `+` or its fullwidth form before the first digit.
    input
        .chars()
        .find(|c| *c == '+' || *c == '\u{FF0B}' || unicode::is_numeric(*c))
        .is_some_and(|c| c == '+' || c == '\u{FF0B}')
}

fn parse_error_issue(err: Fail, input: &str, had_region: bool) -> Issue {
    match err {
        Fail::InvalidCountryCode if !had_region && !looks_international(input) => Issue::new(
            Code::PhoneRegionRequired,
            "Phone number needs a country code (+…) or a default region",
        ),
        Fail::InvalidCountryCode => Issue::new(
            Code::PhoneCountryCodeInvalid,
            "Phone number has an unknown country calling code",
        ),
        Fail::TooShortAfterIdd | Fail::TooShortNsn => {
            Issue::new(Code::PhoneTooShort, "Phone number is too short")
        }
        Fail::TooLong => Issue::new(Code::PhoneTooLong, "Phone number is too long"),
        Fail::InvalidPhoneContext => Issue::new(
            Code::PhoneInvalid,
            "Phone number has an invalid tel: context",
        )
        .param("reason", "invalid_phone_context"),
        Fail::NotANumber => Issue::new(Code::PhoneInvalid, "This is not a phone number")
            .param("reason", "not_a_number"),
        Fail::NotLoaded(cc) => {
            super::data_not_loaded(&store::file_for_cc(cc).unwrap_or_else(|| store::cc_file(cc)))
        }
    }
}

/// Why a parsed number is not valid: libphonenumber's `isPossibleNumberWithReason` (length
/// against the calling code's main region), else "not valid for its country".
fn invalid_number_issue(number: &Parsed, region: Option<&Meta>) -> Issue {
    let issue = match meta::main_for(number.cc).map(|m| parse::test_length(&number.nsn, m)) {
        None => Issue::new(
            Code::PhoneCountryCodeInvalid,
            "Phone number has an unknown country calling code",
        ),
        Some(Length::TooShort) => Issue::new(Code::PhoneTooShort, "Phone number is too short"),
        Some(Length::TooLong) => Issue::new(Code::PhoneTooLong, "Phone number is too long"),
        Some(_) => Issue::new(
            Code::PhoneInvalid,
            "Phone number is not valid for its country",
        ),
    };
    match region {
        Some(m) => issue.param("region", m.id),
        None => issue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a number of type `got` is one of `kind` (a region whose plan does not tell
    /// fixed lines from mobiles answers `fixed_line_or_mobile` for both).
    #[cfg(not(feature = "lazy-data"))]
    fn of_kind(got: NumberType, kind: ExampleType) -> bool {
        match kind {
            ExampleType::Mobile => {
                matches!(got, NumberType::Mobile | NumberType::FixedLineOrMobile)
            }
            ExampleType::FixedLine => {
                matches!(got, NumberType::FixedLine | NumberType::FixedLineOrMobile)
            }
        }
    }

    /// Every region's example numbers are valid numbers of their region and type by our own
    /// `parse`, read back from each rendering; only TA lacks one (mobile).
    #[cfg(not(feature = "lazy-data"))]
    #[test]
    fn every_example_number_is_valid_in_its_region_and_type() {
        let mut missing = Vec::new();
        let mut other_region = Vec::new();
        for (code, _) in meta::regions().iter() {
            for kind in [ExampleType::FixedLine, ExampleType::Mobile] {
                let Some(ex) = example_number(code, kind).unwrap() else {
                    missing.push(format!("{code} {kind:?}"));
                    continue;
                };
                // Valid for the region asked, of the type asked (libphonenumber's
                // `isValidNumberForRegion`, `getNumberType` there)…
                let meta = meta::region(code).unwrap();
                let nsn = meta.example(if kind == ExampleType::Mobile {
                    meta::Kind::Mobile
                } else {
                    meta::Kind::FixedLine
                });
                let in_region = number::type_in(nsn.unwrap(), meta);
                assert!(of_kind(in_region, kind), "{code} {kind:?}: {in_region:?}");
                // …and the number's region is the one asked, except where the example is also
                // valid in an earlier region of the same calling code, which libphonenumber
                // answers too (AX's mobile example is a Finnish mobile).
                if ex.region.as_deref() != Some(*code) {
                    other_region.push(format!("{code} {kind:?} {}", ex.region.clone().unwrap()));
                } else {
                    assert!(
                        of_kind(ex.number_type, kind),
                        "{code} {kind:?}: {:?}",
                        ex.number_type
                    );
                }
                for text in [&ex.e164, &ex.international] {
                    assert_eq!(parse(text, None).unwrap(), ex, "{code} {kind:?} {text}");
                }
                assert_eq!(
                    parse(&ex.national, Some(code)).unwrap(),
                    ex,
                    "{code} {kind:?}"
                );
            }
        }
        assert_eq!(missing, ["TA Mobile"]);
        // The same eleven as `phonenumbers` 9.0.43's `region_code_for_number` of its own
        // `example_number_for_type` answers.
        assert_eq!(
            other_region,
            [
                "AX Mobile FI",
                "BL Mobile GP",
                "CC Mobile AU",
                "CX Mobile AU",
                "EH FixedLine MA",
                "EH Mobile MA",
                "IM Mobile GB",
                "MF FixedLine BL",
                "MF Mobile GP",
                "SJ Mobile NO",
                "VA Mobile IT"
            ]
        );
        let lower = example_number("de", ExampleType::Mobile).unwrap().unwrap();
        assert_eq!(lower.region.as_deref(), Some("DE"));
        for bad in ["", "Z", "ZZ", "001", "D3", "deu", "\u{0}\u{0}", "ÄÖ"] {
            assert_eq!(
                example_number(bad, ExampleType::Mobile).unwrap_err().code,
                Code::RegionUnknown,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn foreign_plus_number_with_other_default_region() {
        // The case the `phonenumber` crate gets wrong (rewrites to +495123456789).
        let n = parse("+4915123456789", Some("US")).unwrap();
        assert_eq!(n.e164, "+4915123456789");
        assert_eq!(n.region.as_deref(), Some("DE"));
    }

    #[test]
    fn idd_prefixes_and_tel_uri_and_extension() {
        assert_eq!(
            parse("00 49 30 1234567", Some("GB")).unwrap().e164,
            "+49301234567"
        );
        assert_eq!(
            parse("011 44 20 7183 8750", Some("US")).unwrap().e164,
            "+442071838750"
        );
        let n = parse("+1 202-456-1111 ext. 42", None).unwrap();
        assert_eq!(n.e164, "+12024561111");
        assert_eq!(n.extension.as_deref(), Some("42"));
    }

    #[test]
    fn extensions_are_kept_as_rfc_3966_or_warned_when_left_out() {
        let n = parse_valid("+1 202 456 1111 ext. 42", None).unwrap();
        assert_eq!(n.extension(), Some("42"));
        assert_eq!(n.e164_with_extension(), "+12024561111;ext=42");
        // The kept form reads back to the same number and extension.
        let back = parse(&n.e164_with_extension(), None).unwrap();
        assert_eq!(
            (back.e164.as_str(), back.extension.as_deref()),
            ("+12024561111", Some("42"))
        );
        let w = n.extension_dropped().unwrap();
        assert_eq!(w.code, Code::PhoneExtensionDropped);
        assert!(!w.is_error());
        assert_eq!(w.params["extension"], "42");
        assert!(!w.message.contains("456"), "{}", w.message);
        // National digits never take the extension's digits.
        let ng = parse_valid("0803 123 4567 ext. 9", Some("NG")).unwrap();
        assert_eq!(ng.national_digits(), "08031234567");
        let plain = parse_valid("+1 202 456 1111", None).unwrap();
        assert_eq!(plain.extension(), None);
        assert_eq!(plain.e164_with_extension(), "+12024561111");
        assert!(plain.extension_dropped().is_none());
    }

    #[test]
    fn fullwidth_and_arabic_indic_digits() {
        assert_eq!(
            parse("＋４９ １５１ ２３４５６７８９", None).unwrap().e164,
            "+4915123456789"
        );
        assert_eq!(
            parse("٠٨٠٣١٢٣٤٥٦٧", Some("NG")).unwrap().e164,
            "+2348031234567"
        );
    }

    #[test]
    fn region_is_case_insensitive_and_checked() {
        assert_eq!(
            parse("0803 123 4567", Some("ng")).unwrap().e164,
            "+2348031234567"
        );
        assert_eq!(
            parse("0803 123 4567", Some("Nigeria")).unwrap_err().code,
            Code::RegionUnknown
        );
        assert_eq!(
            parse("0803 123 4567", Some("1?")).unwrap_err().code,
            Code::RegionUnknown
        );
    }

    #[test]
    fn invalid_inputs_get_codes_without_echo() {
        for (input, code) in [
            ("", Code::PhoneInvalid),
            ("hello", Code::PhoneInvalid),
            ("+999 1234567", Code::PhoneCountryCodeInvalid),
            ("+49 151 234567890123456", Code::PhoneTooLong),
            ("+1 123 456 7890", Code::PhoneInvalid),
            ("+1 555 0199 1", Code::PhoneTooShort),
        ] {
            let err = parse(input, None).unwrap_err();
            assert_eq!(err.code, code, "{input:?}");
            assert!(input.is_empty() || !err.message.contains(input.trim()));
        }
    }

    #[test]
    fn huge_and_hostile_inputs_do_not_panic() {
        let big = "9".repeat(10 * 1024 * 1024);
        assert_eq!(
            parse(&big, Some("US")).unwrap_err().code,
            Code::PhoneTooLong
        );
        for s in [
            "\0",
            "+\0",
            "\u{202E}+1 202 456 1111",
            "#",
            "++1",
            "tel:",
            ";ext=",
        ] {
            let _ = parse(s, Some("US"));
        }
    }

    #[test]
    fn non_geographic_numbers_report_region_001() {
        let n = parse("+800 1234 5678", None).unwrap();
        assert_eq!(n.region.as_deref(), Some("001"));
        assert_eq!(n.number_type, NumberType::TollFree);
    }

    #[test]
    fn parse_valid_answers_as_parse_does() {
        // Every 7th case of the reference vectors (inputs of every kind and region).
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/phone.jsonl");
        let text = std::fs::read_to_string(path).expect("phone vectors");
        let mut checked = 0;
        for line in text.lines().step_by(7) {
            let case: serde_json::Value = serde_json::from_str(line).expect("vector is JSON");
            let Some(input) = case["input"].as_str() else {
                continue;
            };
            let region = case["region"].as_str();
            match (parse(input, region), parse_valid(input, region)) {
                (Ok(full), Ok(lean)) => {
                    assert_eq!(
                        (&full.e164, full.region.as_deref()),
                        (&lean.e164, lean.region)
                    );
                    assert_eq!(full.national, lean.national());
                }
                (Err(a), Err(b)) => assert_eq!(a, b, "{input:?} {region:?}"),
                (a, b) => panic!("{input:?} {region:?}: {:?} vs {:?}", a.is_ok(), b.is_ok()),
            }
            checked += 1;
        }
        assert!(checked > 4000, "{checked}");
    }

    #[test]
    fn as_you_type_formats_national_and_international_numbers() {
        let shown =
            |text: &str, region: Option<&str>| format_as_you_type(text, region).unwrap().formatted;
        assert_eq!(shown("0207183", Some("GB")), "020 7183");
        assert_eq!(shown("00 49 30", Some("gb")), "00 49 30");
        assert_eq!(shown("+4930", None), "+49 30");
        // No region: national digits are shown as typed.
        assert_eq!(shown("0301234567", None), "0301234567");
        // Digits of any script are read; the formatted text is in ASCII.
        assert_eq!(shown("０２０７１８３", Some("GB")), "020 7183");
        assert_eq!(shown("", Some("GB")), "");
        assert_eq!(shown("+", Some("GB")), "+");
        let done = format_as_you_type("020 7183 8750", Some("GB")).unwrap();
        assert_eq!(done.region.as_deref(), Some("GB"));
        assert_eq!(done.e164.as_deref(), Some("+442071838750"));
        assert_eq!(
            format_as_you_type("1", Some("Nigeria")).unwrap_err().code,
            Code::RegionUnknown
        );
    }

    #[test]
    fn as_you_type_reads_back_what_it_formatted() {
        for (text, region) in [
            ("02071838750", "GB"),
            ("+12024561111", "GB"),
            ("011442071838750", "US"),
            ("08031234567", "NG"),
            ("+8613912345678", "CN"),
        ] {
            let mut field = String::new();
            let mut typed = String::new();
            for c in text.chars() {
                typed.push(c);
                field.push(c);
                field = format_as_you_type(&field, Some(region)).unwrap().formatted;
                let fresh = format_as_you_type(&typed, Some(region)).unwrap().formatted;
                assert_eq!(field, fresh, "{typed:?} in {region}");
            }
        }
    }

    #[test]
    fn as_you_type_answers_hostile_text() {
        // Over the input limit: the text as it is, at once.
        let long = "7".repeat(10_000);
        assert_eq!(
            format_as_you_type(&long, Some("US")).unwrap().formatted,
            long
        );
        let huge = "+1".repeat(5 * 1024 * 1024);
        assert_eq!(
            format_as_you_type(&huge, Some("US"))
                .unwrap()
                .formatted
                .len(),
            huge.len()
        );
        // Characters libphonenumber does not format: the text unchanged.
        for text in [
            "1-800-FLOWERS",
            "\u{200F}0207183",
            "020*7183",
            "020#",
            "12+34",
            "\0\0\0",
        ] {
            assert_eq!(
                format_as_you_type(text, Some("GB")).unwrap().formatted,
                text
            );
        }
        // At the limit, in every region, after every kind of prefix: an answer.
        let mut next = crate::test_rng::xorshift(17);
        for (code, _) in meta::regions().iter() {
            for lead in ["", "0", "+", "00", "011", "8", "1"] {
                let digits: String = (0..MAX_INPUT_CHARS - lead.len())
                    .map(|_| char::from(b'0' + (next() % 10) as u8))
                    .collect();
                let text = format!("{lead}{digits}");
                let shown = format_as_you_type(&text, Some(code)).unwrap();
                assert!(
                    shown.formatted.chars().count() <= MAX_INPUT_CHARS + 8,
                    "{code}"
                );
            }
        }
    }
}
