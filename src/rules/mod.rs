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
use crate::issue::{Code, Issue, Path, Report, Segment};
use crate::options::{Options, UnknownFields};
use crate::text_out::{dec, fill};
use serde_json::{Map, Value};

mod address_rules;
mod describe;
mod json;
mod limits;
mod list;
mod object;
mod phone_rules;
mod spec;
mod values;

use address_rules::*;
pub(crate) use describe::describe;
pub use describe::{FormField, FormKind};
use json::*;
use limits::*;
use list::*;
use object::*;
use phone_rules::*;
pub use spec::*;
use values::*;

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
    fn error(&mut self, issue: Issue, at: &At) {
        self.report.push(issue.at(&at.path()));
    }
    fn issue(&mut self, issue: Issue, at: &At) {
        if issue.is_error() {
            self.error(issue, at);
        } else {
            self.warnings.push(issue.at(&at.path()));
        }
    }
}

/// Where a value is in the payload, as a link to its parent's place: the walk passes these
/// down on the stack and spells one out as a [`Path`] only for an issue, so a member without
/// issues costs no allocation (a `Path` is a `Vec` of owned segments).
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }

    fn index(&'a self, index: usize) -> At<'a> {
        At::Index(self, index)
    }

    fn is_root(&self) -> bool {
        matches!(self, At::Root)
    }

    /// The path from the root to here.
    fn path(&self) -> Path {
        let mut segments = Vec::new();
        let mut at = self;
        loop {
            match at {
                At::Root => break,
                At::Key(parent, key) => {
                    segments.push(Segment::Key((*key).to_owned()));
                    at = parent;
                }
                At::Index(parent, index) => {
                    segments.push(Segment::Index(*index));
                    at = parent;
                }
            }
        }
        segments.reverse();
        Path::from_segments(segments)
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
    Issue::new(Code::InvalidType, fill("Expected {}", &[expected]))
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
    let out = match payload {
        Value::Object(map) => {
            let out = check_object(spec.fields, map, &At::Root, &mut ctx);
            for rule in spec.one_of {
                let mut at = Path::root();
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
                    ctx.report.push(
                        Issue::new(
                            Code::OneOfRequired,
                            fill("At least one of {} is required", &[&rule.fields.join(", ")]),
                        )
                        .param("fields", rule.fields.to_vec())
                        .at(&at.key(rule.fields[0])),
                    );
                }
            }
            out
        }
        other => {
            ctx.error(invalid_type("object", other), &At::Root);
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
/// use customer_validate::fields::address::NAMES;
/// use customer_validate::rules::{check, Check, Field, Limit};
/// use customer_validate::Options;
/// use serde_json::json;
/// const FIELDS: &[Field] = &[
///     Field::new("line_1", Check::Line { max: Limit::Fixed(255) }),
///     Field::new("city", Check::Line { max: Limit::Fixed(100) }),
///     Field::new("zip", Check::Line { max: Limit::Fixed(20) }),
///     Field::new("country", Check::Country),
/// ];
/// const ADDRESS: Check = Check::Address { fields: FIELDS, names: &NAMES };
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
    match check_value(check, value, &empty, &At::Root, &mut ctx) {
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
