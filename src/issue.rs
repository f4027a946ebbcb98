//! The issue model: where a problem is ([`Path`]), what it is ([`Code`]), an English
//! [`Issue::message`] and the `params` a translated template needs.
//!
//! Codes are stable snake_case strings (they are translation keys); the [`Code`] enum is
//! `#[non_exhaustive]` so new codes never break a caller's `match`.
//!
//! ```
//! use customer_validate::issue::{Code, Issue, Path};
//! let issue = Issue::new(Code::FieldRequired, "This field is required")
//!     .at(&Path::root().key("addresses").index(0).key("zip"));
//! assert_eq!(issue.pointer(), "/addresses/0/zip");
//! let json = serde_json::to_value(&issue).unwrap();
//! assert_eq!(json["code"], "field_required");
//! ```

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use std::fmt;

/// Declares [`Code`] with its stable string for every variant, its `as_str` and `ALL`, from
/// one list: a code is added in exactly one place.
macro_rules! codes {
    ($($(#[doc = $doc:expr])* $variant:ident => $name:literal [$($param:ident),*],)*) => {
        /// Every stable issue code, rendered as snake_case (see [`Code::as_str`]).
        ///
        /// ```
        /// use customer_validate::issue::Code;
        /// assert_eq!(Code::PhoneInvalid.as_str(), "phone_invalid");
        /// assert_eq!(Code::PhoneInvalid.to_string(), "phone_invalid");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum Code {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Code {
            /// Every code, in declaration order (used by tests and generated TypeScript unions).
            ///
            /// ```
            /// use customer_validate::issue::Code;
            /// assert!(Code::ALL.contains(&Code::CountryUnknown));
            /// ```
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable snake_case string of this code.
            ///
            /// ```
            /// use customer_validate::issue::Code;
            /// assert_eq!(Code::EmailDomainSpecialUse.as_str(), "email_domain_special_use");
            /// ```
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// The names of the `params` this code's issues may carry (each one's meaning is in
            /// [`PARAMS`]); the customer layer adds `provider` and `provider_field` to any.
            ///
            /// ```
            /// use customer_validate::issue::Code;
            /// assert_eq!(Code::DigitsLength.params(), ["length", "received_length"]);
            /// ```
            pub fn params(self) -> &'static [&'static str] {
                match self {
                    $(Code::$variant => &[$(stringify!($param)),*],)*
                }
            }
        }
    };
}

/// Every issue param name, with its one meaning across codes (what a message template can
/// interpolate). [`Code::params`] says which codes carry which.
///
/// ```
/// use customer_validate::issue::{Code, PARAMS};
/// for code in Code::ALL {
///     for p in code.params() {
///         assert!(PARAMS.iter().any(|(name, _)| name == p), "{p}");
///     }
/// }
/// ```
pub const PARAMS: &[(&str, &str)] = &[
    ("allowed", "the values accepted (an array of strings)"),
    (
        "any_of",
        "the canonical fields any one of which fills the need (canonical customer)",
    ),
    ("character", "the first character not allowed, as `U+XXXX`"),
    (
        "codepoint",
        "the offending character, as `U+XXXX` (never the character itself)",
    ),
    (
        "column",
        "a 1-based column: of a CSV header, or of JSON text",
    ),
    ("country", "the ISO alpha-2 country whose rules apply"),
    ("example", "a valid value of the expected form"),
    (
        "expected",
        "what was expected: a JSON type, a region, a count or a form",
    ),
    (
        "extension",
        "a phone number's extension digits, left out of the form written",
    ),
    ("field", "the member name concerned"),
    (
        "fields",
        "the member names of which at least one is needed (an array)",
    ),
    (
        "file",
        "the data file a check needs: a country code (`US`) or `cc` and a calling code (`cc800`)",
    ),
    (
        "first_index",
        "the 0-based index of the earlier, equal item",
    ),
    (
        "first_position",
        "the 1-based position of the earlier, equal item (as a message shows it)",
    ),
    ("format", "the expected date format"),
    (
        "length",
        "the exact number of characters or digits expected",
    ),
    ("line", "a 1-based line of JSON text"),
    ("max", "the largest allowed length, count, depth or number"),
    (
        "max_skew_ms",
        "the largest allowed distance from the clock, in milliseconds",
    ),
    ("min", "the smallest allowed length, count or number"),
    ("operations", "the operations the provider has (an array)"),
    ("part", "which part is too long: `key` or `value` of a map"),
    ("pattern", "the regular expression the value must match"),
    ("prefixes", "the prefixes accepted (an array)"),
    (
        "provider",
        "the provider whose rule it is (canonical customer)",
    ),
    (
        "provider_field",
        "the provider's own field, as a JSON pointer (canonical customer)",
    ),
    (
        "reason",
        "a short stable snake_case key for why, within the code, that a message selects on (`field_not_allowed`: `immutable`, `not_documented`, `path_key`, `own_operations`, `use_token`)",
    ),
    ("received", "what was received: a JSON type or a count"),
    ("received_length", "the length received"),
    ("region", "the region a phone number was read in"),
    ("scripts", "the scripts mixed in a domain label (an array)"),
    (
        "subdivision",
        "the subdivision key the value was checked against",
    ),
    ("suffix", "the special-use domain suffix matched"),
    ("suggestion", "the value the user probably meant"),
    (
        "unit",
        "the unit of `max` or of the value: `bytes` or `ms` (characters otherwise)",
    ),
];

codes! {
    // --- generic ---
    /// A required field is missing or blank.
    FieldRequired => "field_required" [field, country, any_of],
    /// The value has the wrong JSON type (`params.expected`, `params.received`).
    InvalidType => "invalid_type" [expected, received],
    /// The field is not defined for this provider operation.
    UnknownField => "unknown_field" [],
    /// The field is defined but not accepted here (e.g. `bvn` on a Bloc update);
    /// `params.reason` is a [`crate::rules::NotAllowed`] key (`immutable`…).
    FieldNotAllowed => "field_not_allowed" [reason],
    /// An empty string where a value or an explicit clear (`null`) is expected.
    ValueEmpty => "value_empty" [],
    /// The value is not one of the accepted values (`params.allowed`).
    ValueNotAllowed => "value_not_allowed" [allowed],
    /// The value does not match the required pattern (`params.pattern`).
    PatternMismatch => "pattern_mismatch" [pattern],
    /// At least one of several fields is required (`params.fields`).
    OneOfRequired => "one_of_required" [fields, any_of],
    /// The same value appears twice in a list (`params.first_index`).
    DuplicateValue => "duplicate_value" [first_index, first_position],
    /// A list has more items than allowed (`params.max`).
    TooManyItems => "too_many_items" [max],
    /// A number outside its allowed range (`params.min`, `params.max`).
    NumberOutOfRange => "number_out_of_range" [min, max],
    /// A list has fewer items than required (`params.min`).
    TooFewItems => "too_few_items" [min],
    /// JSON nested deeper than allowed (`params.max`).
    TooDeep => "too_deep" [max],
    /// The whole payload is larger than allowed (`params.max`).
    PayloadTooLarge => "payload_too_large" [max],
    /// A CSV record cannot be read.
    CsvInvalid => "csv_invalid" [],
    /// A CSV header is unusable (blank or overlapping column names, too many columns).
    HeaderInvalid => "header_invalid" [column, max],
    /// A CSV row has another number of cells than the header (`params.expected`, `params.received`).
    ColumnCount => "column_count" [expected, received],
    /// The provider has no such operation.
    OperationUnsupported => "operation_unsupported" [operations],
    /// The data file a check needs (`params.file`: `US`, or `cc800` for a non-geographic
    /// calling code) is not loaded yet. Only builds with the `lazy-data` feature (the
    /// browser package) load data at run time ([`crate::data::load`]); the answer is then
    /// unknown, not invalid: load the file and check again.
    DataNotLoaded => "data_not_loaded" [file],
    // --- canonical customer (src/customer/) ---
    /// Two canonical fields map to the same provider field with different values (e.g.
    /// `external_ref` and a `metadata.external_ref` member for Rapyd; `params.provider_field`).
    ValueConflict => "value_conflict" [provider_field],
    /// The input is longer than the limit in [`crate::Options`].
    TooLong => "too_long" [max, unit, part, received_length],
    /// A person's name holds digits (Bloc's names must match a BVN record).
    NameHasDigits => "name_has_digits" [],
    /// The input is shorter than allowed (e.g. an empty string where text is required).
    TooShort => "too_short" [min],
    /// Input bytes are not valid UTF-8 (CLI input).
    EncodingInvalid => "encoding_invalid" [],
    /// The input line or document is not valid JSON (CLI input).
    JsonInvalid => "json_invalid" [line, column],
    // --- text ---
    /// A control character (C0/C1, NUL…) is present.
    TextControlCharacter => "text_control_character" [codepoint],
    /// A bidirectional override/isolate or other invisible formatting character is present.
    TextBidiControl => "text_bidi_control" [codepoint],
    /// Text holds half of a UTF-16 surrogate pair (JSON `"\ud83d"`, a JavaScript string cut
    /// inside an emoji); `params.codepoint` is the surrogate (`U+D83D`). The rest of the
    /// payload is still checked, with U+FFFD in its place.
    TextUnpairedSurrogate => "text_unpaired_surrogate" [codepoint],
    // --- phone ---
    /// The phone number does not parse or is not a valid number for its region.
    PhoneInvalid => "phone_invalid" [reason, region],
    /// The number has no `+` country code and no default region was given.
    PhoneRegionRequired => "phone_region_required" [],
    /// The country calling code does not exist.
    PhoneCountryCodeInvalid => "phone_country_code_invalid" [region],
    /// Too few digits for any number of the region.
    PhoneTooShort => "phone_too_short" [region],
    /// Too many digits for any number of the region.
    PhoneTooLong => "phone_too_long" [max, region],
    /// The default region is not a known region code.
    RegionUnknown => "region_unknown" [expected],
    /// A valid number, but not of the country the provider requires (`params.expected`).
    PhoneWrongRegion => "phone_wrong_region" [expected],
    /// Warning: the number had an extension (`ext. 42`) that the provider's form (E.164, or
    /// Bloc's national digits) cannot hold; it is left out of the normalized value
    /// (`params.extension`). The canonical customer keeps it (`+12024561111;ext=42`).
    PhoneExtensionDropped => "phone_extension_dropped" [extension],
    // --- email ---
    /// The address is not a syntactically valid email address.
    EmailInvalid => "email_invalid" [],
    /// The address has no `@` separating local part and domain.
    EmailMissingAt => "email_missing_at" [codepoint],
    /// The local part (before `@`) is invalid.
    EmailLocalInvalid => "email_local_invalid" [reason, codepoint],
    /// The local part is longer than 64 octets.
    EmailLocalTooLong => "email_local_too_long" [max],
    /// The whole address is longer than 254 octets.
    EmailTooLong => "email_too_long" [max],
    /// The domain is not a valid (internationalized) domain name.
    EmailDomainInvalid => "email_domain_invalid" [reason, codepoint, max],
    /// The domain is a special-use or reserved name (`.test`, `.localhost`, …) and the policy forbids it.
    EmailDomainSpecialUse => "email_domain_special_use" [suffix],
    /// The local part is quoted and the policy forbids quoted local parts.
    EmailQuotedLocal => "email_quoted_local" [],
    /// The domain is an IP literal and the policy forbids it.
    EmailIpLiteral => "email_ip_literal" [],
    /// The local part is not ASCII and the policy forbids internationalized (SMTPUTF8) addresses.
    EmailNonAscii => "email_non_ascii" [],
    /// Warning: the domain looks like a typo of a common domain (`params.suggestion`).
    EmailDomainSuspect => "email_domain_suspect" [suggestion],
    /// Warning: one label of the domain mixes letters of Latin, Greek, Cyrillic or Armenian
    /// (a lookalike such as `pаypal.com` with a Cyrillic `а`; `params.scripts`, `params.codepoint`).
    EmailDomainMixedScript => "email_domain_mixed_script" [codepoint, scripts],
    // --- country ---
    /// The value is not a known ISO 3166-1 country (code, name or alias).
    CountryUnknown => "country_unknown" [],
    // --- address ---
    /// The postal code does not match the country's format (`params.country`, `params.example`).
    PostalCodeInvalid => "postal_code_invalid" [country, example],
    /// The postal code is not one of the given state or province (`params.country`,
    /// `params.subdivision`, `params.example` when known).
    PostalCodeSubdivisionMismatch => "postal_code_subdivision_mismatch" [country, subdivision, example],
    /// The state or province is not one of the country's subdivisions (`params.country`).
    SubdivisionUnknown => "subdivision_unknown" [country],
    /// Warning: a field that a complete postal address of the country has is missing
    /// (`params.country`); with [`crate::options::AddressPolicy::deliverable`] it is
    /// `field_required` instead.
    AddressIncomplete => "address_incomplete" [country],
    // --- identifiers ---
    /// An identifier does not have the expected form (UUID, prefix, character set, pattern).
    IdInvalid => "id_invalid" [character, example, expected, length, pattern, prefixes],
    /// A digit string holds something other than ASCII digits.
    DigitsInvalid => "digits_invalid" [length],
    /// A digit string has the wrong number of digits (`params.length`).
    DigitsLength => "digits_length" [length, received_length],
    // --- dates ---
    /// A date is malformed or does not exist (`params.format`).
    DateInvalid => "date_invalid" [format],
    /// A timestamp is not an integer count of milliseconds since 1970.
    TimestampInvalid => "timestamp_invalid" [unit],
    /// A timestamp is further from the clock in `Options::now_ms` than allowed (`params.max_skew_ms`).
    TimestampSkew => "timestamp_skew" [max_skew_ms],
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious an issue is: errors make a payload invalid, warnings never do.
///
/// ```
/// use customer_validate::issue::{Code, Issue, Severity};
/// let w = Issue::warning(Code::EmailDomainSuspect, "Did you mean gmail.com?");
/// assert_eq!(w.severity, Severity::Warning);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The value is rejected.
    #[default]
    Error,
    /// The value is accepted; the issue is advice (e.g. a likely typo).
    Warning,
}

impl Severity {
    /// The name serde writes (`rename_all = "snake_case"`; a test compares both).
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One step of a [`Path`]: an object key or an array index.
///
/// ```
/// use customer_validate::issue::Segment;
/// assert_eq!(Segment::from("zip"), Segment::Key("zip".into()));
/// assert_eq!(Segment::from(2usize), Segment::Index(2));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Segment {
    /// An object member.
    Key(String),
    /// An array element.
    Index(usize),
}

impl From<&str> for Segment {
    fn from(s: &str) -> Self {
        Segment::Key(s.to_owned())
    }
}

impl From<usize> for Segment {
    fn from(i: usize) -> Self {
        Segment::Index(i)
    }
}

/// A location in a JSON payload, rendered as an array (`["addresses", 0, "zip"]`) or as a
/// JSON pointer (`/addresses/0/zip`, RFC 6901).
///
/// ```
/// use customer_validate::issue::Path;
/// let p = Path::root().key("a/b").key("m~n").index(3);
/// assert_eq!(p.pointer(), "/a~1b/m~0n/3");
/// assert_eq!(Path::root().pointer(), "");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The empty path: the value itself.
    pub fn root() -> Self {
        Path(Vec::new())
    }

    /// This path extended by an object key.
    pub fn key(&self, key: &str) -> Self {
        self.then(Segment::Key(key.to_owned()))
    }

    /// This path extended by an array index.
    pub fn index(&self, index: usize) -> Self {
        self.then(Segment::Index(index))
    }

    /// This path and one more segment, allocated once at its final size.
    fn then(&self, last: Segment) -> Self {
        let mut segments = Vec::with_capacity(self.0.len() + 1);
        segments.extend(self.0.iter().cloned());
        segments.push(last);
        Path(segments)
    }

    /// A path of these segments, outermost first.
    pub(crate) fn from_segments(segments: Vec<Segment>) -> Self {
        Path(segments)
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// `prefix` followed by this path.
    pub fn under(&self, prefix: &Path) -> Self {
        let mut segments = prefix.0.clone();
        segments.extend(self.0.iter().cloned());
        Path(segments)
    }

    /// RFC 6901 JSON pointer: `""` for the root, `~` → `~0`, `/` → `~1`.
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.0 {
            out.push('/');
            match seg {
                Segment::Key(k) => {
                    for c in k.chars() {
                        match c {
                            '~' => out.push_str("~0"),
                            '/' => out.push_str("~1"),
                            c => out.push(c),
                        }
                    }
                }
                Segment::Index(i) => {
                    crate::text_out::push_uint(&mut out, *i as u64, crate::text_out::DEC, 1)
                }
            }
        }
        out
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.pointer())
    }
}

/// One problem found in the input.
///
/// Serialized as `{ "path", "pointer", "code", "severity", "message", "params" }`. The
/// `message` is English and never contains the full personal value; `params` holds only
/// non-personal facts (limits, examples, suggestions, a masked hint at most).
///
/// ```
/// use customer_validate::issue::{Code, Issue};
/// let issue = Issue::new(Code::TooLong, "Too long").param("max", 64);
/// assert_eq!(issue.params["max"], 64);
/// assert!(issue.is_error());
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Issue {
    /// Where the problem is.
    pub path: Path,
    /// The stable code.
    pub code: Code,
    /// Error or warning.
    #[serde(default)]
    pub severity: Severity,
    /// English text, safe to log and show.
    pub message: String,
    /// Values a message template needs (`max`, `example`, `suggestion`…).
    #[serde(default)]
    pub params: Map<String, Value>,
}

impl Issue {
    /// An error-severity issue at the root path.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Issue {
            path: Path::root(),
            code,
            severity: Severity::Error,
            message: message.into(),
            params: Map::new(),
        }
    }

    /// A warning-severity issue at the root path.
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Issue {
            severity: Severity::Warning,
            ..Issue::new(code, message)
        }
    }

    /// Adds a parameter.
    pub fn param(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.params.insert(name.to_owned(), value.into());
        self
    }

    /// Re-roots the issue under `prefix` (a field checker reports at the root; the caller
    /// knows where the field lives).
    pub fn at(mut self, prefix: &Path) -> Self {
        self.path = self.path.under(prefix);
        self
    }

    /// The JSON pointer of [`Issue::path`].
    pub fn pointer(&self) -> String {
        self.path.pointer()
    }

    /// True for error severity.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The members an issue is written with, in order: its `Serialize` impl and the npm
/// surface's writer ([`crate::json_text`]) both name them from here.
const ISSUE_MEMBERS: [&str; 6] = ["path", "pointer", "code", "severity", "message", "params"];

impl Serialize for Issue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let [path, pointer, code, severity, message, params] = ISSUE_MEMBERS;
        let mut s = serializer.serialize_struct("Issue", 6)?;
        s.serialize_field(path, &self.path)?;
        s.serialize_field(pointer, &self.pointer())?;
        s.serialize_field(code, &self.code)?;
        s.serialize_field(severity, &self.severity)?;
        s.serialize_field(message, &self.message)?;
        s.serialize_field(params, &self.params)?;
        s.end()
    }
}

/// The text of `Issue`'s `Serialize` impl, written without serde_json (the npm surface).
impl crate::json_text::WriteJson for Issue {
    fn write_json(&self, out: &mut String) {
        use crate::json_text::write::{string, Object};
        let [path, pointer, code, severity, message, params] = ISSUE_MEMBERS;
        let mut o = Object::new(out);
        let out = o.key(path);
        out.push('[');
        for (i, segment) in self.path.0.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match segment {
                Segment::Key(k) => string(out, k),
                Segment::Index(i) => crate::json_text::WriteJson::write_json(i, out),
            }
        }
        out.push(']');
        o.member(pointer, &self.pointer())
            .member(code, self.code.as_str())
            .member(severity, self.severity.as_str())
            .member(message, &self.message)
            .member(params, &self.params);
        o.end();
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ptr = self.pointer();
        let at = if ptr.is_empty() { "/" } else { &ptr };
        write!(f, "{at}: {} ({})", self.message, self.code)
    }
}

impl std::error::Error for Issue {}

/// Every issue found, in the order found, capped at `max_issues` with a `truncated` flag.
///
/// ```
/// use customer_validate::issue::{Code, Issue, Report};
/// let mut report = Report::with_limit(1);
/// report.push(Issue::new(Code::FieldRequired, "a"));
/// report.push(Issue::new(Code::FieldRequired, "b"));
/// assert_eq!(report.issues().len(), 1);
/// assert!(report.truncated());
/// assert!(report.has_errors());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    issues: Vec<Issue>,
    truncated: bool,
    #[serde(skip)]
    limit: usize,
    #[serde(skip)]
    errors: usize,
}

impl Default for Report {
    fn default() -> Self {
        Report::with_limit(crate::options::DEFAULT_MAX_ISSUES)
    }
}

impl Report {
    /// An empty report keeping at most `limit` issues.
    pub fn with_limit(limit: usize) -> Self {
        Report {
            issues: Vec::new(),
            truncated: false,
            limit,
            errors: 0,
        }
    }

    /// Records an issue (dropped, and `truncated` set, past the limit; errors are still counted).
    pub fn push(&mut self, issue: Issue) {
        if issue.is_error() {
            self.errors += 1;
        }
        if self.issues.len() < self.limit {
            self.issues.push(issue);
        } else {
            self.truncated = true;
        }
    }

    /// Records several issues.
    pub fn extend(&mut self, issues: impl IntoIterator<Item = Issue>) {
        for i in issues {
            self.push(i);
        }
    }

    /// The kept issues.
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }

    /// The kept issues, to rewrite their messages (`Report::localize`).
    #[cfg(feature = "locales")]
    pub(crate) fn issues_mut(&mut self) -> &mut [Issue] {
        &mut self.issues
    }

    /// Consumes the report into its issues.
    pub fn into_issues(self) -> Vec<Issue> {
        self.issues
    }

    /// True when issues were dropped because of the limit.
    pub fn truncated(&self) -> bool {
        self.truncated
    }

    /// Records that issues were dropped before they reached this report (a report merged from
    /// one that was truncated).
    pub(crate) fn mark_truncated(&mut self) {
        self.truncated = true;
    }

    /// True when at least one error-severity issue was recorded (kept or not).
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_render_as_their_serde_names() {
        for code in Code::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, Value::String(code.as_str().to_owned()));
            let back: Code = serde_json::from_value(json).unwrap();
            assert_eq!(back, *code);
        }
    }

    #[test]
    fn issue_serializes_with_pointer() {
        let i = Issue::new(Code::PhoneInvalid, "Not a valid phone number")
            .at(&Path::root().key("addresses").index(1));
        let v = serde_json::to_value(&i).unwrap();
        assert_eq!(v["path"], serde_json::json!(["addresses", 1]));
        assert_eq!(v["pointer"], "/addresses/1");
        assert_eq!(v["severity"], "error");
        let back: Issue = serde_json::from_value(v).unwrap();
        assert_eq!(back, i);
    }

    #[test]
    fn warnings_do_not_count_as_errors() {
        let mut r = Report::default();
        r.push(Issue::warning(Code::EmailDomainSuspect, "x"));
        assert!(!r.has_errors());
        assert_eq!(r.issues().len(), 1);
    }

    #[test]
    fn nested_under_composes() {
        let inner = Path::root().key("zip");
        let outer = Path::root().key("addresses").index(0);
        assert_eq!(inner.under(&outer).pointer(), "/addresses/0/zip");
    }
}
