//! Declarative field rules and the one interpreter that applies them.
//!
//! A provider module is a table of [`OperationSpec`]s: for each operation, which fields exist,
//! whether each is required, and which [`Check`] (a shared field checker plus its output
//! form) normalizes it. All parsing lives in [`crate::fields`]; all walking, typing, presence,
//! unknown-field and limit logic lives here, once.
//!
//! ```
//! use customer_validate::rules::{apply, Check, Field, Limit, OperationSpec, Updates};
//! use customer_validate::Options;
//! use serde_json::json;
//! const FIELDS: &[Field] = &[
//!     Field::new("name", Check::Name { max: Limit::Fixed(100) }).required(),
//!     Field::new("country", Check::Country),
//! ];
//! const SPEC: OperationSpec = OperationSpec { fields: FIELDS, updates: Updates::Full, one_of: &[] };
//! let out = apply(&SPEC, &json!({"name": "  Ada  Lovelace", "country": "uk"}), &Options::default());
//! assert_eq!(out.unwrap().value, json!({"name": "Ada Lovelace", "country": "GB"}));
//! ```

use crate::fields::{address, country, date, email, ids, phone, text};
use crate::issue::{Code, Issue, Path, Report};
use crate::options::{AddressShape, Options, PhoneOutput, UnknownFields};
use serde_json::{Map, Value};

/// When a field must, may or must not be present.
#[derive(Clone, Copy)]
pub enum Presence {
    /// Must be present and non-blank.
    Required,
    /// May be absent.
    Optional,
    /// Required when the predicate on [`Options`] holds, optional otherwise.
    RequiredIf(fn(&Options) -> bool),
    /// Accepted only when the predicate holds; otherwise `field_not_allowed` with the reason.
    AllowedIf(fn(&Options) -> bool, &'static str),
    /// Never accepted here (`field_not_allowed` with the reason).
    Never(&'static str),
}

/// How a phone field is written in the output.
#[derive(Clone, Copy)]
pub enum PhoneForm {
    /// E.164 with `+`. National numbers are read in the region given by the sibling field
    /// named here (e.g. an address's `country`), else [`Options::default_region`].
    E164 {
        /// Sibling field holding the country to read national numbers in.
        region_from: Option<&'static str>,
    },
    /// A Nigerian number, written as [`Options::bloc`]'s `phone_output` says.
    Nigeria,
}

/// What a list's items must not repeat.
#[derive(Clone, Copy)]
pub enum Unique {
    /// Items may repeat.
    No,
    /// Whole normalized items must differ; when `drop_repeats` holds, a repeat is left out
    /// of the output with a warning instead (the first occurrence, and so the order of the
    /// rest, is kept).
    Item {
        /// Drop repeats (warning) rather than refuse them (error), under these options.
        drop_repeats: fn(&Options) -> bool,
    },
    /// This field of each (object) item must differ when present.
    Field(&'static str),
}

/// A length limit: one the provider documents, or one it leaves open (providers.md's [I]
/// defaults), which is read from [`Options`] so a caller can change it.
///
/// ```
/// use customer_validate::rules::Limit;
/// use customer_validate::Options;
/// let mut o = Options::default();
/// assert_eq!(Limit::Fixed(35).get(&o), 35);
/// let name = Limit::From(|o: &Options| o.rapyd.max_name_chars);
/// o.rapyd.max_name_chars = 80;
/// assert_eq!(name.get(&o), 80);
/// ```
#[derive(Clone, Copy)]
pub enum Limit {
    /// Not meant to change: stated by the provider (Rapyd's `email` ≤ 512, `occupation`
    /// ≤ 35), or a bound on a value with a length of its own (an id, a coupon code).
    Fixed(usize),
    /// Not stated by the provider: our default, configurable in [`Options`].
    From(fn(&Options) -> usize),
}

impl Limit {
    /// The limit under these options.
    ///
    /// ```
    /// use customer_validate::rules::Limit;
    /// assert_eq!(Limit::Fixed(20).get(&customer_validate::Options::default()), 20);
    /// ```
    pub fn get(self, options: &Options) -> usize {
        match self {
            Limit::Fixed(n) => n,
            Limit::From(f) => f(options),
        }
    }
}

/// A field checker and its output form.
#[derive(Clone, Copy)]
pub enum Check {
    /// [`text::name`] with at most `max` characters.
    Name {
        /// Longest name, in characters.
        max: Limit,
    },
    /// A person's name: [`Check::Name`], and no digits unless `allow_digits` holds
    /// ([`text::has_digits`]).
    PersonName {
        /// Longest name, in characters.
        max: Limit,
        /// Whether digits are accepted under these options.
        allow_digits: fn(&Options) -> bool,
    },
    /// Free text ([`text::clean`], line breaks kept) of at most `max` characters.
    Text {
        /// Longest text, in characters.
        max: Limit,
    },
    /// Free text on one line (whitespace collapsed) of at most `max` characters.
    Line {
        /// Longest line, in characters.
        max: Limit,
    },
    /// [`email::check`], written with its domain in [`EmailPolicy::domain_form`] (A-labels
    /// by default), at most `max` characters in that form.
    ///
    /// [`EmailPolicy::domain_form`]: crate::options::EmailPolicy::domain_form
    Email {
        /// Longest address as written, in characters.
        max: Limit,
    },
    /// [`phone::parse`], written as the form says.
    Phone(PhoneForm),
    /// [`country::lookup`], written as ISO alpha-2.
    Country,
    /// [`ids::uuid`].
    Uuid,
    /// [`ids::prefixed`].
    Prefixed(&'static [&'static str]),
    /// [`ids::url_safe_ref`]; `warn_unless_hex` adds a warning when the value is not that many
    /// hex digits (a soft id-format check).
    UrlSafeRef {
        /// Longest ref.
        max: Limit,
        /// Expected hex length, checked as a warning only.
        warn_unless_hex: Option<usize>,
    },
    /// [`ids::printable_ascii`].
    PrintableAscii {
        /// Longest value.
        max: Limit,
    },
    /// [`ids::digits`]: exactly `len` digits, kept as a string.
    Digits {
        /// Number of digits.
        len: usize,
    },
    /// [`ids::hex_0x`].
    Hex0x {
        /// Number of hex digits after `0x`.
        len: usize,
    },
    /// Letters, digits and spaces, spaces removed and upper-cased, at most `max` (VAT ids).
    CompactUpper {
        /// Longest value after compaction.
        max: Limit,
    },
    /// One of `canonical`, matched case-insensitively and written canonically; other values
    /// are kept as given when `allow_other` holds.
    OneOf {
        /// Accepted values, as written in the output.
        canonical: &'static [&'static str],
        /// Accept (and keep) any other non-blank value.
        allow_other: fn(&Options) -> bool,
    },
    /// A value matching `test` (after trimming), described by `pattern` in issues; when
    /// `enforce` is false only the length limit `max` applies.
    Pattern {
        /// The predicate.
        test: fn(&str) -> bool,
        /// Human/regex description for `params.pattern`.
        pattern: &'static str,
        /// Whether the pattern applies under these options.
        enforce: fn(&Options) -> bool,
        /// Longest value when the pattern is not enforced.
        max: Limit,
    },
    /// [`date::parse`], written `DD/MM/YYYY`; with a clock, not in the future.
    DateDdMmYyyy,
    /// An integer count of milliseconds since 1970; with a clock, within the allowed skew.
    TimestampMs {
        /// Largest allowed distance to [`Options::now_ms`].
        max_skew_ms: fn(&Options) -> i64,
    },
    /// A JSON object kept exactly (key order, unicode, big numbers), within
    /// [`Options::metadata`] limits.
    JsonObject,
    /// A nested object with its own fields.
    Object(&'static [Field]),
    /// A postal address: its `fields` checked as [`Check::Object`] does, then the country's
    /// address rules ([`address::check_with_names`], under [`Options::address`]) on the
    /// members `names` maps: required fields per country, postal code normalized and
    /// matched, state resolved to its subdivision key. A member whose own check already
    /// failed gets no second issue.
    Address {
        /// The object's fields, in output order.
        fields: &'static [Field],
        /// Which members hold the street, city, district, state, postal code and country.
        names: &'static address::FieldNames,
    },
    /// A list of items.
    List {
        /// The item check.
        item: &'static Check,
        /// Fewest items.
        min: usize,
        /// Most items under these options.
        max: fn(&Options) -> usize,
        /// What must not repeat.
        unique: Unique,
    },
    /// Authvia's contact address: an email if it holds `@` (written as [`Check::Email`]
    /// writes one), else an E.164 phone; written as `shape` says (usually [`Options::authvia`]'s `address_shape`). Accepts a string,
    /// `{value}` or `{type, value}`.
    Contact {
        /// The output shape under these options.
        shape: fn(&Options) -> AddressShape,
    },
}

/// One field of an object: name, presence and check.
#[derive(Clone, Copy)]
pub struct Field {
    /// JSON member name.
    pub name: &'static str,
    /// When it must be present.
    pub presence: Presence,
    /// How it is checked and written.
    pub check: Check,
}

impl Field {
    /// An optional field.
    pub const fn new(name: &'static str, check: Check) -> Self {
        Field {
            name,
            presence: Presence::Optional,
            check,
        }
    }

    /// The same field, required.
    pub const fn required(self) -> Self {
        self.presence(Presence::Required)
    }

    /// The same field with another presence.
    pub const fn presence(mut self, presence: Presence) -> Self {
        self.presence = presence;
        self
    }
}

/// How an operation treats absent and empty fields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Updates {
    /// Create-like: blank optional strings are dropped (they carry nothing).
    Full,
    /// Partial update: absent means unchanged; `""` is refused (`value_empty`).
    Partial,
    /// Partial update where `null` asks to clear a field, written as `""` (Rapyd).
    PartialClearWithEmpty,
}

/// A rule across fields: at least one of these must be present, when the predicate holds.
#[derive(Clone, Copy)]
pub struct OneOf {
    /// Path of the object holding the fields (`&[]` for the top level, `&["payload"]` inside
    /// an envelope).
    pub within: &'static [&'static str],
    /// Candidate fields.
    pub fields: &'static [&'static str],
    /// Whether the rule applies under these options.
    pub when: fn(&Options) -> bool,
}

/// Everything one provider operation accepts.
#[derive(Clone, Copy)]
pub struct OperationSpec {
    /// The top-level fields, in output order.
    pub fields: &'static [Field],
    /// Absent/empty/clear semantics.
    pub updates: Updates,
    /// At-least-one rules on the top-level fields.
    pub one_of: &'static [OneOf],
}

/// A valid payload, normalized, and any warnings found on the way.
///
/// ```
/// use customer_validate::rules::Normalized;
/// let n = Normalized { value: serde_json::json!({}), warnings: vec![] };
/// assert!(n.warnings.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Normalized {
    /// The exact JSON the provider should receive.
    pub value: Value,
    /// Warning-severity issues (never block).
    pub warnings: Vec<crate::issue::Issue>,
}

struct Ctx<'a> {
    options: &'a Options,
    report: Report,
    warnings: Vec<Issue>,
    updates: Updates,
}

impl Ctx<'_> {
    fn error(&mut self, issue: Issue, path: &Path) {
        self.report.push(issue.at(path));
    }
    fn issue(&mut self, issue: Issue, path: &Path) {
        if issue.is_error() {
            self.error(issue, path);
        } else {
            self.warnings.push(issue.at(path));
        }
    }
}

/// The JSON type name used in `invalid_type` params.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn invalid_type(expected: &'static str, got: &Value) -> Issue {
    Issue::new(Code::InvalidType, format!("Expected {expected}"))
        .param("expected", expected)
        .param("received", type_name(got))
}

/// Validates `payload` against `spec`: every issue at once, or the normalized payload.
/// Limits from [`Options`] (depth, array and string lengths) are checked first, over the
/// whole payload, in one iterative walk.
///
/// ```
/// use customer_validate::rules::{apply, Check, Field, OperationSpec, Updates};
/// use customer_validate::Options;
/// use serde_json::json;
/// const SPEC: OperationSpec = OperationSpec {
///     fields: &[Field::new("bvn", Check::Digits { len: 11 }).required()],
///     updates: Updates::Full, one_of: &[],
/// };
/// let report = apply(&SPEC, &json!({"bvn": 123, "x": 1}), &Options::default()).unwrap_err();
/// let codes: Vec<String> = report.issues().iter().map(|i| format!("{} {}", i.pointer(), i.code)).collect();
/// assert_eq!(codes, ["/bvn invalid_type", "/x unknown_field"]);
/// ```
pub fn apply(
    spec: &OperationSpec,
    payload: &Value,
    options: &Options,
) -> Result<Normalized, Report> {
    let mut ctx = Ctx {
        options,
        report: Report::with_limit(options.max_issues),
        warnings: Vec::new(),
        updates: spec.updates,
    };
    check_limits(payload, options, &mut ctx.report);
    if ctx.report.has_errors() {
        return Err(ctx.report);
    }
    let root = Path::root();
    let out = match payload {
        Value::Object(map) => {
            let out = check_object(spec.fields, map, &root, &mut ctx);
            for rule in spec.one_of {
                let mut at = root.clone();
                let mut obj = Some(map);
                for key in rule.within {
                    obj = obj.and_then(|m| m.get(*key)).and_then(Value::as_object);
                    at = at.key(key);
                }
                let Some(obj) = obj else { continue };
                if (rule.when)(options)
                    && !rule
                        .fields
                        .iter()
                        .any(|f| key_given(obj.get(*f), spec.updates))
                {
                    ctx.error(
                        Issue::new(
                            Code::OneOfRequired,
                            format!("At least one of {} is required", rule.fields.join(", ")),
                        )
                        .param("fields", rule.fields.to_vec()),
                        &at.key(rule.fields[0]),
                    );
                }
            }
            out
        }
        other => {
            ctx.error(invalid_type("object", other), &root);
            None
        }
    };
    match out {
        Some(value) if !ctx.report.has_errors() => Ok(Normalized {
            value: Value::Object(value),
            warnings: ctx.warnings,
        }),
        _ => {
            for w in ctx.warnings {
                ctx.report.push(w);
            }
            Err(ctx.report)
        }
    }
}

/// Runs one [`Check`] on a standalone value (an address object, a phone…) with the same
/// limits as [`apply`]: the normalized value, or every issue found, paths relative to the
/// value.
///
/// ```
/// use customer_validate::fields::address::RAPYD;
/// use customer_validate::rules::{check, Check, Field, Limit};
/// use customer_validate::Options;
/// use serde_json::json;
/// const FIELDS: &[Field] = &[
///     Field::new("line_1", Check::Line { max: Limit::Fixed(255) }),
///     Field::new("city", Check::Line { max: Limit::Fixed(100) }),
///     Field::new("zip", Check::Line { max: Limit::Fixed(20) }),
///     Field::new("country", Check::Country),
/// ];
/// const ADDRESS: Check = Check::Address { fields: FIELDS, names: &RAPYD };
/// let ok = check(&ADDRESS, &json!({"line_1": "1 Rue de Rivoli", "city": "Paris",
///     "zip": "75 001", "country": "France"}), &Options::default()).unwrap();
/// assert_eq!(ok.value, json!({"line_1": "1 Rue de Rivoli", "city": "Paris", "zip": "75001", "country": "FR"}));
/// // What the country's address rules find is a warning unless a deliverable address is asked.
/// let incomplete = json!({"line_1": "1 Rue de Rivoli", "country": "FR"});
/// let ok = check(&ADDRESS, &incomplete, &Options::default()).unwrap();
/// let pointers: Vec<String> = ok.warnings.iter().map(|i| i.pointer()).collect();
/// assert_eq!(pointers, ["/city", "/zip"]);
/// let mut strict = Options::default();
/// strict.address.deliverable = true;
/// let report = check(&ADDRESS, &incomplete, &strict).unwrap_err();
/// let pointers: Vec<String> = report.issues().iter().map(|i| i.pointer()).collect();
/// assert_eq!(pointers, ["/city", "/zip"]);
/// ```
pub fn check(check: &Check, value: &Value, options: &Options) -> Result<Normalized, Report> {
    let mut ctx = Ctx {
        options,
        report: Report::with_limit(options.max_issues),
        warnings: Vec::new(),
        updates: Updates::Full,
    };
    check_limits(value, options, &mut ctx.report);
    if ctx.report.has_errors() {
        return Err(ctx.report);
    }
    let empty = Map::new();
    match check_value(check, value, &empty, &Path::root(), &mut ctx) {
        Some(value) if !ctx.report.has_errors() => Ok(Normalized {
            value,
            warnings: ctx.warnings,
        }),
        _ => {
            for w in ctx.warnings {
                ctx.report.push(w);
            }
            Err(ctx.report)
        }
    }
}

/// For at-least-one rules: a field counts as given when its key is there, even blank or
/// invalid (its own issue says what is wrong with it; a second issue would be noise). The
/// exception is a blank string on create: it is dropped without an issue of its own, so it
/// gives nothing (`{"externalId": ""}` must not satisfy "email or externalId").
fn key_given(v: Option<&Value>, updates: Updates) -> bool {
    match v {
        None => false,
        Some(Value::String(s)) => updates != Updates::Full || !s.trim().is_empty(),
        Some(_) => true,
    }
}

/// One pass over the payload with an explicit stack: depth, array lengths, string lengths.
/// Paths are kept as parent links and only spelled out for an issue.
fn check_limits(payload: &Value, options: &Options, report: &mut Report) {
    let mut nodes = Trail::default();
    let mut stack: Vec<(&Value, usize, usize)> = vec![(payload, Trail::ROOT, 0)];
    while let Some((value, node, depth)) = stack.pop() {
        if depth > options.max_depth {
            report.push(
                Issue::new(Code::TooDeep, "JSON is nested too deeply")
                    .param("max", options.max_depth)
                    .at(&nodes.path(node)),
            );
            continue;
        }
        match value {
            Value::String(s)
                if s.len() > options.max_string_chars
                    && s.chars().count() > options.max_string_chars =>
            {
                report.push(
                    Issue::new(Code::TooLong, "Text is too long")
                        .param("max", options.max_string_chars)
                        .at(&nodes.path(node)),
                );
            }
            Value::Array(items) => {
                if items.len() > options.max_array_len {
                    report.push(
                        Issue::new(Code::TooManyItems, "List has too many items")
                            .param("max", options.max_array_len)
                            .at(&nodes.path(node)),
                    );
                    continue;
                }
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push((item, nodes.push(node, Step::Index(i)), depth + 1));
                }
            }
            Value::Object(map) => {
                for (k, v) in map.iter().rev() {
                    stack.push((v, nodes.push(node, Step::Key(k)), depth + 1));
                }
            }
            _ => {}
        }
    }
}

/// One step from a parent node to a child in [`Trail`].
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The nodes a walk has visited, each as its parent's index and the step to it: a path costs
/// nothing until [`Trail::path`] spells it out.
#[derive(Default)]
struct Trail<'a> {
    nodes: Vec<(usize, Step<'a>)>,
}

impl<'a> Trail<'a> {
    /// The root's index (it has no entry).
    const ROOT: usize = usize::MAX;

    fn push(&mut self, parent: usize, step: Step<'a>) -> usize {
        self.nodes.push((parent, step));
        self.nodes.len() - 1
    }

    fn path(&self, mut node: usize) -> Path {
        let mut steps = Vec::new();
        while let Some(&(parent, step)) = self.nodes.get(node) {
            steps.push(step);
            node = parent;
        }
        let mut path = Path::root();
        for step in steps.into_iter().rev() {
            path = match step {
                Step::Key(k) => path.key(k),
                Step::Index(i) => path.index(i),
            };
        }
        path
    }
}

fn check_object(
    fields: &[Field],
    map: &Map<String, Value>,
    path: &Path,
    ctx: &mut Ctx,
) -> Option<Map<String, Value>> {
    let (out, failed) = check_fields(fields, map, path, ctx);
    failed.is_empty().then_some(out)
}

/// Checks an object's members: the normalized members, and the names of the members that
/// got an issue (unknown members included).
fn check_fields<'m>(
    fields: &[Field],
    map: &'m Map<String, Value>,
    path: &Path,
    ctx: &mut Ctx,
) -> (Map<String, Value>, Vec<&'m str>) {
    let mut out = Map::new();
    let mut failed = Vec::new();
    // One pass over the members finds each field's value and the unknown members, without
    // hashing a key per field of the table (most fields are absent from most payloads).
    let mut given: Vec<Option<&Value>> = vec![None; fields.len()];
    let mut unknown: Vec<(&'m String, &'m Value)> = Vec::new();
    for (key, value) in map {
        match fields.iter().position(|f| f.name == key) {
            Some(i) => given[i] = Some(value),
            None => unknown.push((key, value)),
        }
    }
    for (field, raw) in fields.iter().zip(given) {
        if !check_field(field, raw, map, path, &mut out, ctx) {
            failed.push(field.name);
        }
    }
    for (key, value) in unknown {
        match ctx.options.unknown_fields {
            UnknownFields::Reject => {
                ctx.error(
                    Issue::new(
                        Code::UnknownField,
                        "This field is not part of the operation",
                    ),
                    &path.key(key),
                );
                failed.push(key.as_str());
            }
            UnknownFields::Keep => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    (out, failed)
}

/// Checks one member (`raw` is its value, `None` when absent) into `out`; false when an
/// issue was reported.
fn check_field(
    field: &Field,
    raw: Option<&Value>,
    map: &Map<String, Value>,
    path: &Path,
    out: &mut Map<String, Value>,
    ctx: &mut Ctx,
) -> bool {
    let mut ok = true;
    // Built only when needed: most of a table's fields are absent from most payloads.
    let fpath = || path.key(field.name);
    // `null` → `""` ("clear this field") applies to the operation's own top-level fields
    // only: an object inside them (a Rapyd address added by an update) is a new record,
    // where a clear means nothing, and an emitted `""` would be refused on re-validation.
    let clears_here = ctx.updates == Updates::PartialClearWithEmpty && path.segments().is_empty();
    let required = match field.presence {
        Presence::Required => true,
        Presence::RequiredIf(p) => p(ctx.options),
        Presence::Optional => false,
        Presence::AllowedIf(p, _) if p(ctx.options) => false,
        Presence::AllowedIf(_, reason) | Presence::Never(reason) => {
            if raw.is_some() {
                ctx.error(
                    Issue::new(Code::FieldNotAllowed, "This field is not accepted here")
                        .param("reason", reason),
                    &fpath(),
                );
                ok = false;
            }
            return ok;
        }
    };
    match (raw, ctx.updates) {
        (None, _) => {
            if required {
                ctx.error(
                    Issue::new(Code::FieldRequired, "This field is required"),
                    &fpath(),
                );
                ok = false;
            }
        }
        (Some(Value::Null), Updates::PartialClearWithEmpty) if !required && clears_here => {
            out.insert(field.name.to_owned(), Value::String(String::new()));
        }
        (Some(Value::String(s)), updates) if s.trim().is_empty() => {
            if required {
                ctx.error(
                    Issue::new(Code::FieldRequired, "This field is required"),
                    &fpath(),
                );
                ok = false;
            } else if updates != Updates::Full {
                let hint = if clears_here {
                    "Empty value: omit the field to leave it unchanged, or send null to clear it"
                } else {
                    "Empty value: omit the field to leave it unchanged"
                };
                ctx.error(Issue::new(Code::ValueEmpty, hint), &fpath());
                ok = false;
            }
            // Full (create): a blank optional string carries nothing and is left out.
        }
        (Some(v), _) => match check_value(&field.check, v, map, &fpath(), ctx) {
            Some(norm) => {
                out.insert(field.name.to_owned(), norm);
            }
            None => ok = false,
        },
    }
    ok
}

fn as_str<'v>(v: &'v Value, path: &Path, ctx: &mut Ctx) -> Option<&'v str> {
    match v {
        Value::String(s) => Some(s),
        other => {
            ctx.error(invalid_type("string", other), path);
            None
        }
    }
}

fn string_result(r: Result<String, Issue>, path: &Path, ctx: &mut Ctx) -> Option<Value> {
    match r {
        Ok(s) => Some(Value::String(s)),
        Err(issue) => {
            ctx.error(issue, path);
            None
        }
    }
}

fn check_value(
    check: &Check,
    v: &Value,
    siblings: &Map<String, Value>,
    path: &Path,
    ctx: &mut Ctx,
) -> Option<Value> {
    let o = ctx.options;
    match *check {
        Check::Name { max } => {
            let s = as_str(v, path, ctx)?;
            string_result(text::name_max(s, max.get(o)), path, ctx)
        }
        Check::PersonName { max, allow_digits } => {
            let s = as_str(v, path, ctx)?;
            let name = text::name_max(s, max.get(o));
            let name = match name {
                Ok(n) if !allow_digits(o) && text::has_digits(&n) => Err(Issue::new(
                    Code::NameHasDigits,
                    "A person's name should not contain digits",
                )),
                other => other,
            };
            string_result(name, path, ctx)
        }
        Check::Text { max } | Check::Line { max } => {
            let s = as_str(v, path, ctx)?;
            let rules = text::TextRules {
                collapse_whitespace: matches!(check, Check::Line { .. }),
                allow_newlines: matches!(check, Check::Text { .. }),
                max_chars: max.get(o),
            };
            string_result(text::clean(s, &rules), path, ctx)
        }
        Check::Email { max } => {
            let s = as_str(v, path, ctx)?;
            let max = max.get(o);
            match email::check(s, o) {
                Ok(e) if e.address_in(o.email.domain_form).chars().count() > max => {
                    ctx.error(
                        Issue::new(
                            Code::EmailTooLong,
                            format!("Email address is longer than {max} characters"),
                        )
                        .param("max", max),
                        path,
                    );
                    None
                }
                Ok(e) => {
                    let out = e.address_in(o.email.domain_form).to_owned();
                    for w in e.warnings {
                        ctx.issue(w, path);
                    }
                    Some(Value::String(out))
                }
                Err(issue) => {
                    ctx.error(issue, path);
                    None
                }
            }
        }
        Check::Phone(form) => {
            let s = as_str(v, path, ctx)?;
            phone_value(s, form, siblings, path, ctx).map(Value::String)
        }
        Check::Country => {
            let s = as_str(v, path, ctx)?;
            match country::lookup(s) {
                Ok(c) => Some(Value::String(c.alpha2.to_owned())),
                Err(issue) => {
                    ctx.error(issue, path);
                    None
                }
            }
        }
        Check::Uuid => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::uuid(s), path, ctx)
        }
        Check::Prefixed(prefixes) => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::prefixed(s, prefixes), path, ctx)
        }
        Check::UrlSafeRef {
            max,
            warn_unless_hex,
        } => {
            let s = as_str(v, path, ctx)?;
            let out = string_result(ids::url_safe_ref(s, max.get(o)), path, ctx)?;
            if let (Some(len), Value::String(id)) = (warn_unless_hex, &out) {
                if !ids::is_hex(id, len) {
                    ctx.issue(
                        Issue::warning(
                            Code::IdInvalid,
                            format!("Ids here are usually {len} hexadecimal digits"),
                        )
                        .param("expected_length", len),
                        path,
                    );
                }
            }
            Some(out)
        }
        Check::PrintableAscii { max } => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::printable_ascii(s, max.get(o)), path, ctx)
        }
        Check::Digits { len } => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::digits(s, len), path, ctx)
        }
        Check::Hex0x { len } => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::hex_0x(s, len), path, ctx)
        }
        Check::CompactUpper { max } => {
            let s = as_str(v, path, ctx)?;
            let max = max.get(o);
            // ASCII upper-casing only: Unicode's maps `ß` to `SS`, `ﬁ` to `FI`, `ı` to `I`,
            // rewriting the id into another that passes the character check below.
            let compact: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_uppercase();
            if compact.chars().count() > max {
                ctx.error(
                    Issue::new(
                        Code::TooLong,
                        format!("Value is longer than {max} characters"),
                    )
                    .param("max", max),
                    path,
                );
                return None;
            }
            if !compact
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            {
                ctx.error(
                    Issue::new(
                        Code::PatternMismatch,
                        "Value may only hold letters, digits, - and .",
                    )
                    .param("pattern", "^[A-Z0-9.-]+$"),
                    path,
                );
                return None;
            }
            Some(Value::String(compact))
        }
        Check::OneOf {
            canonical,
            allow_other,
        } => {
            let s = as_str(v, path, ctx)?.trim();
            if let Some(c) = canonical.iter().find(|c| c.eq_ignore_ascii_case(s)) {
                return Some(Value::String((*c).to_owned()));
            }
            if allow_other(o) {
                let rules = text::TextRules {
                    collapse_whitespace: true,
                    allow_newlines: false,
                    max_chars: 64,
                };
                return string_result(text::clean(s, &rules), path, ctx);
            }
            ctx.error(
                Issue::new(
                    Code::ValueNotAllowed,
                    format!("Must be one of: {}", canonical.join(", ")),
                )
                .param("allowed", canonical.to_vec()),
                path,
            );
            None
        }
        Check::Pattern {
            test,
            pattern,
            enforce,
            max,
        } => {
            let s = as_str(v, path, ctx)?.trim();
            if enforce(o) {
                if !test(s) {
                    ctx.error(
                        Issue::new(
                            Code::PatternMismatch,
                            "Value does not have the required form",
                        )
                        .param("pattern", pattern),
                        path,
                    );
                    return None;
                }
                Some(Value::String(s.to_owned()))
            } else {
                let rules = text::TextRules {
                    collapse_whitespace: true,
                    allow_newlines: false,
                    max_chars: max.get(o),
                };
                string_result(text::clean(s, &rules), path, ctx)
            }
        }
        Check::DateDdMmYyyy => {
            let s = as_str(v, path, ctx)?;
            match date::parse(s) {
                Ok(d) => {
                    if let Some(now) = o.now_ms {
                        if d.days_since_epoch() > now.div_euclid(86_400_000) {
                            ctx.error(Issue::new(Code::DateInvalid, "Date is in the future"), path);
                            return None;
                        }
                    }
                    Some(Value::String(d.dd_mm_yyyy()))
                }
                Err(issue) => {
                    ctx.error(issue, path);
                    None
                }
            }
        }
        Check::TimestampMs { max_skew_ms } => {
            let Some(ts) = v.as_i64() else {
                let issue = if v.is_number() {
                    Issue::new(
                        Code::TimestampInvalid,
                        "Timestamp must be a whole number of milliseconds",
                    )
                } else {
                    invalid_type("integer", v)
                };
                ctx.error(issue, path);
                return None;
            };
            // 10^12 ms is 2001-09-09: anything smaller is almost surely seconds.
            if ts < 1_000_000_000_000 {
                ctx.error(
                    Issue::new(
                        Code::TimestampInvalid,
                        "Timestamp must be in milliseconds since 1970, not seconds",
                    )
                    .param("unit", "ms"),
                    path,
                );
                return None;
            }
            if let Some(now) = o.now_ms {
                let skew = max_skew_ms(o);
                if ts.abs_diff(now) > skew.unsigned_abs() {
                    ctx.error(
                        Issue::new(
                            Code::TimestampSkew,
                            "Timestamp is too far from the current time",
                        )
                        .param("max_skew_ms", skew),
                        path,
                    );
                    return None;
                }
            }
            Some(Value::from(ts))
        }
        Check::JsonObject => json_object(v, path, ctx),
        Check::Object(fields) => match v {
            Value::Object(map) => check_object(fields, map, path, ctx).map(Value::Object),
            other => {
                ctx.error(invalid_type("object", other), path);
                None
            }
        },
        Check::Address { fields, names } => match v {
            Value::Object(map) => {
                let (mut out, failed) = check_fields(fields, map, path, ctx);
                let ok = address_rules(&mut out, &failed, names, path, ctx);
                (ok && failed.is_empty()).then_some(Value::Object(out))
            }
            other => {
                ctx.error(invalid_type("object", other), path);
                None
            }
        },
        Check::List {
            item,
            min,
            max,
            unique,
        } => list(v, item, min, max(o), unique, path, ctx),
        Check::Contact { shape } => contact(v, shape(ctx.options), path, ctx),
    }
}

/// The country's address rules over an object whose members were already checked one by
/// one (`out`, with `failed` the members that got an issue): writes the normalized state and
/// postal code back in place and reports what the rules find on members not yet reported.
fn address_rules(
    out: &mut Map<String, Value>,
    failed: &[&str],
    names: &address::FieldNames,
    path: &Path,
    ctx: &mut Ctx,
) -> bool {
    let get = |name: &str| -> Option<&str> {
        if failed.contains(&name) {
            return None;
        }
        out.get(name).and_then(Value::as_str)
    };
    let given = address::Address {
        line_1: get(names.line_1),
        city: get(names.city),
        district: get(names.district),
        state: get(names.state),
        zip: get(names.zip),
        country: get(names.country),
        ..address::Address::default()
    };
    let issues = match address::check_with_names(&given, names, ctx.options) {
        Ok(mut n) => {
            for (name, value) in [(names.state, n.state.take()), (names.zip, n.zip.take())] {
                if let (Some(slot), Some(value)) = (out.get_mut(name), value) {
                    *slot = Value::String(value);
                }
            }
            n.warnings
        }
        Err(issues) => issues,
    };
    // A member already reported by its own check is not reported again.
    let mut ok = true;
    for issue in issues {
        let on_failed = issue.path.segments().first().is_some_and(
            |s| matches!(s, crate::issue::Segment::Key(k) if failed.contains(&k.as_str())),
        );
        if !on_failed {
            ok &= !issue.is_error();
            ctx.issue(issue, path);
        }
    }
    ok
}

fn phone_value(
    s: &str,
    form: PhoneForm,
    siblings: &Map<String, Value>,
    path: &Path,
    ctx: &mut Ctx,
) -> Option<String> {
    let o = ctx.options;
    let (region, output) = match form {
        PhoneForm::E164 { region_from } => {
            let from_sibling = region_from
                .and_then(|f| siblings.get(f))
                .and_then(Value::as_str)
                .and_then(|c| country::lookup(c).ok())
                .map(|c| c.alpha2.to_owned());
            (
                from_sibling.or_else(|| o.default_region.clone()),
                PhoneOutput::E164,
            )
        }
        PhoneForm::Nigeria => (Some("NG".to_owned()), o.bloc.phone_output),
    };
    let n = match phone::parse_valid(s, region.as_deref()) {
        Ok(n) => n,
        Err(issue) => {
            ctx.error(issue, path);
            return None;
        }
    };
    if matches!(form, PhoneForm::Nigeria) && n.region.as_deref() != Some("NG") {
        ctx.error(
            Issue::new(
                Code::PhoneWrongRegion,
                "Phone number must be a Nigerian number",
            )
            .param("expected", "NG"),
            path,
        );
        return None;
    }
    // Bloc's form is 0 + 10 digits (providers.md §2.2): Nigerian toll-free and UAN numbers
    // (0800…, up to 14 national digits) are valid numbers but cannot be written in it.
    if matches!(form, PhoneForm::Nigeria) && n.e164.len() != "+234".len() + 10 {
        ctx.error(
            Issue::new(
                Code::PatternMismatch,
                "Phone number must be a Nigerian number of 0 and 10 digits",
            )
            .param("pattern", "^0\\d{10}$"),
            path,
        );
        return None;
    }
    Some(match output {
        PhoneOutput::E164 => n.e164,
        PhoneOutput::NationalNigeria => n.national().chars().filter(char::is_ascii_digit).collect(),
    })
}

fn json_object(v: &Value, path: &Path, ctx: &mut Ctx) -> Option<Value> {
    let policy = &ctx.options.metadata;
    let Value::Object(map) = v else {
        ctx.error(invalid_type("object", v), path);
        return None;
    };
    if map.len() > policy.max_keys {
        ctx.error(
            Issue::new(Code::TooManyItems, "Object has too many keys")
                .param("max", policy.max_keys),
            path,
        );
        return None;
    }
    let (max_bytes, max_depth) = (policy.max_bytes, policy.max_depth);
    // Depth first: serializing (for the size) recurses once per level.
    if depth_of(v) > max_depth {
        ctx.error(
            Issue::new(Code::TooDeep, "Object is nested too deeply").param("max", max_depth),
            path,
        );
        return None;
    }
    let size = serde_json::to_vec(v).map(|b| b.len()).unwrap_or(usize::MAX);
    if size > max_bytes {
        ctx.error(
            Issue::new(Code::TooLong, "Object is too large").param("max_bytes", max_bytes),
            path,
        );
        return None;
    }
    Some(v.clone())
}

/// Nesting depth below `v` (a flat object is 1), computed without recursion.
fn depth_of(v: &Value) -> usize {
    let mut max = 0;
    let mut stack = vec![(v, 0usize)];
    while let Some((v, d)) = stack.pop() {
        match v {
            Value::Object(m) => stack.extend(m.values().map(|c| (c, d + 1))),
            Value::Array(a) => stack.extend(a.iter().map(|c| (c, d + 1))),
            _ => max = max.max(d),
        }
        max = max.max(d);
    }
    max
}

fn list(
    v: &Value,
    item: &Check,
    min: usize,
    max: usize,
    unique: Unique,
    path: &Path,
    ctx: &mut Ctx,
) -> Option<Value> {
    let Value::Array(items) = v else {
        ctx.error(invalid_type("array", v), path);
        return None;
    };
    let mut ok = true;
    if items.len() < min {
        ctx.error(
            Issue::new(
                Code::TooFewItems,
                format!("At least {min} item(s) required"),
            )
            .param("min", min),
            path,
        );
        ok = false;
    }
    if items.len() > max {
        ctx.error(
            Issue::new(Code::TooManyItems, format!("At most {max} item(s) allowed"))
                .param("max", max),
            path,
        );
        ok = false;
    }
    let empty = Map::new();
    let drop_repeats = matches!(unique, Unique::Item { drop_repeats } if drop_repeats(ctx.options));
    // Each key's first index, keyed by its JSON text: one lookup per item.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        let ipath = path.index(i);
        let Some(norm) = check_value(item, it, &empty, &ipath, ctx) else {
            ok = false;
            continue;
        };
        let key = match unique {
            Unique::No => None,
            Unique::Item { .. } => Some(contact_key(&norm).to_string()),
            Unique::Field(f) => norm.get(f).filter(|x| !x.is_null()).map(Value::to_string),
        };
        if let Some(k) = key {
            if let Some(&first_index) = seen.get(&k) {
                if drop_repeats {
                    ctx.issue(
                        Issue::warning(
                            Code::DuplicateValue,
                            "This value appears earlier in the list and was left out",
                        )
                        .param("first_index", first_index),
                        &ipath,
                    );
                    continue;
                }
                let at = match unique {
                    Unique::Field(f) => ipath.key(f),
                    _ => ipath.clone(),
                };
                ctx.error(
                    Issue::new(
                        Code::DuplicateValue,
                        "This value appears earlier in the list",
                    )
                    .param("first_index", first_index),
                    &at,
                );
                ok = false;
            } else {
                seen.insert(k, i);
            }
        }
        out.push(norm);
    }
    ok.then(|| Value::Array(out))
}

/// The comparable part of a list item: the `value` of an address object, or the item itself.
fn contact_key(v: &Value) -> Value {
    v.get("value").cloned().unwrap_or_else(|| v.clone())
}

fn contact(v: &Value, shape: AddressShape, path: &Path, ctx: &mut Ctx) -> Option<Value> {
    let o = ctx.options;
    let raw = match v {
        Value::String(s) => s.as_str(),
        Value::Object(m) => match m.get("value") {
            Some(Value::String(s)) => s.as_str(),
            Some(other) => {
                ctx.error(invalid_type("string", other), &path.key("value"));
                return None;
            }
            None => {
                ctx.error(
                    Issue::new(Code::FieldRequired, "This field is required"),
                    &path.key("value"),
                );
                return None;
            }
        },
        other => {
            ctx.error(invalid_type("string or object", other), path);
            return None;
        }
    };
    if raw.trim().is_empty() {
        ctx.error(
            Issue::new(Code::FieldRequired, "This field is required"),
            path,
        );
        return None;
    }
    let (kind, value) = if raw.contains('@') {
        match email::check(raw, o) {
            Ok(e) => {
                let out = e.address_in(o.email.domain_form).to_owned();
                for w in e.warnings {
                    ctx.issue(w, path);
                }
                ("email", out)
            }
            Err(issue) => {
                ctx.error(issue, path);
                return None;
            }
        }
    } else {
        match phone::parse_valid(raw, o.default_region.as_deref()) {
            Ok(n) => ("phone", n.e164),
            Err(issue) => {
                ctx.error(issue, path);
                return None;
            }
        }
    };
    Some(match shape {
        AddressShape::String => Value::String(value),
        AddressShape::Value => serde_json::json!({ "value": value }),
        AddressShape::TypeValue => serde_json::json!({ "type": kind, "value": value }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ONE_OF: &[OneOf] = &[OneOf {
        within: &[],
        fields: &["email", "ref"],
        when: |_| true,
    }];
    const FIELDS: &[Field] = &[
        Field::new(
            "email",
            Check::Email {
                max: Limit::Fixed(254),
            },
        ),
        Field::new(
            "ref",
            Check::PrintableAscii {
                max: Limit::Fixed(10),
            },
        ),
    ];

    /// Regression (found by `tests/properties.rs`): on create a blank optional string is
    /// dropped without an issue, so it must not satisfy an at-least-one rule; the output
    /// `{}` would otherwise be accepted once and refused when re-validated.
    #[test]
    fn blank_string_on_create_does_not_satisfy_one_of() {
        let spec = OperationSpec {
            fields: FIELDS,
            updates: Updates::Full,
            one_of: ONE_OF,
        };
        let report = apply(
            &spec,
            &json!({"ref": "", "email": " "}),
            &Options::default(),
        )
        .unwrap_err();
        let codes: Vec<_> = report.issues().iter().map(|i| i.code).collect();
        assert_eq!(codes, [Code::OneOfRequired]);
    }

    /// On a partial update a blank string has its own `value_empty` issue; the at-least-one
    /// rule stays quiet rather than adding noise.
    #[test]
    fn blank_string_on_update_is_its_own_issue() {
        let spec = OperationSpec {
            fields: FIELDS,
            updates: Updates::Partial,
            one_of: ONE_OF,
        };
        let report = apply(&spec, &json!({"ref": ""}), &Options::default()).unwrap_err();
        let codes: Vec<_> = report.issues().iter().map(|i| i.code).collect();
        assert_eq!(codes, [Code::ValueEmpty]);
    }
}

#[cfg(test)]
mod clear_tests {
    use super::*;
    use serde_json::json;

    const ITEM: &[Field] = &[
        Field::new(
            "line_1",
            Check::Line {
                max: Limit::Fixed(10),
            },
        )
        .required(),
        Field::new(
            "city",
            Check::Line {
                max: Limit::Fixed(10),
            },
        ),
    ];
    const SPEC: OperationSpec = OperationSpec {
        fields: &[
            Field::new(
                "description",
                Check::Text {
                    max: Limit::Fixed(10),
                },
            ),
            Field::new(
                "addresses",
                Check::List {
                    item: &Check::Object(ITEM),
                    min: 0,
                    max: |_| 5,
                    unique: Unique::No,
                },
            ),
        ],
        updates: Updates::PartialClearWithEmpty,
        one_of: &[],
    };

    /// Regression (found by `tests/properties.rs`): a `null` inside a list item was written
    /// as `""` like a top-level clear, and that output was then refused (`value_empty`).
    #[test]
    fn null_clears_only_top_level_fields() {
        let o = Options::default();
        let out = apply(&SPEC, &json!({"description": null}), &o).unwrap();
        assert_eq!(out.value, json!({"description": ""}));
        let report = apply(
            &SPEC,
            &json!({"addresses": [{"line_1": "1 Main St", "city": null}]}),
            &o,
        )
        .unwrap_err();
        let found: Vec<_> = report
            .issues()
            .iter()
            .map(|i| (i.pointer(), i.code))
            .collect();
        assert_eq!(found, [("/addresses/0/city".to_owned(), Code::InvalidType)]);
    }
}
