//! The four providers as declarative rule tables ([`crate::rules`]), and [`validate`].
//!
//! Adding a provider is one file holding its [`OperationSpec`]s and one [`Provider`] variant.
//!
//! ```
//! use customer_validate::providers::{validate, Operation, Provider};
//! use customer_validate::Options;
//! use serde_json::json;
//! let payload = json!({"email": "Ada@Example.com", "phone_number": "+234 803 123 4567",
//!     "bvn": "01234567890", "first_name": "Ada", "last_name": "Obi", "customer_type": "personal"});
//! let out = validate(Provider::Bloc, Operation::Create, &payload, &Options::default()).unwrap();
//! assert_eq!(out.value["phone_number"], "08031234567");
//! assert_eq!(out.value["customer_type"], "Personal");
//! ```

pub mod authvia;
pub mod bloc;
pub mod calypso;
pub mod rapyd;
pub mod stripe;

use crate::customer::mapping::Table;
use crate::issue::{Code, Issue, Path, Report};
use crate::options::Options;
use crate::rules::{apply, Normalized, OperationSpec};
use crate::text_out::fill;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What one provider module declares: a provider is one file (`src/providers/<name>.rs`)
/// holding its rule tables, its options, its canonical-customer mapping and its CSV aliases.
pub(crate) struct Definition {
    /// The provider's name as people write it ("Rapyd").
    pub(crate) label: &'static str,
    /// Each operation's rule table.
    pub(crate) operations: &'static [(Operation, OperationSpec)],
    /// The canonical customer ↔ payload rows.
    pub(crate) mapping: &'static Table,
    /// CSV column renames (Authvia's repeated `address` columns → `addresses`).
    pub(crate) csv_aliases: &'static [(&'static str, &'static str)],
}

/// A payment provider.
///
/// ```
/// use customer_validate::providers::Provider;
/// assert_eq!("rapyd".parse::<Provider>(), Ok(Provider::Rapyd));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Provider {
    /// Calypso (crypto acquiring, customer purses).
    Calypso,
    /// Bloc (Nigeria).
    Bloc,
    /// Rapyd.
    Rapyd,
    /// Authvia.
    Authvia,
    /// Stripe.
    Stripe,
}

/// A customer operation.
///
/// ```
/// use customer_validate::providers::Operation;
/// assert_eq!("bulk_row".parse::<Operation>(), Ok(Operation::BulkRow));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Operation {
    /// Create a customer.
    Create,
    /// Update a customer (partial unless a provider option says otherwise).
    Update,
    /// Block (Calypso).
    Block,
    /// Unblock (Calypso).
    Unblock,
    /// Archive (Bloc).
    Archive,
    /// Unarchive (Bloc).
    Unarchive,
    /// One row of a bulk upload file (Authvia's SFTP CSV).
    BulkRow,
}

crate::names::names!(Provider {
    Calypso => "calypso", Bloc => "bloc", Rapyd => "rapyd", Authvia => "authvia", Stripe => "stripe",
});
crate::names::names!(Operation {
    Create => "create", Update => "update", Block => "block", Unblock => "unblock",
    Archive => "archive", Unarchive => "unarchive", BulkRow => "bulk_row",
});

impl Provider {
    /// Everything the provider's module declares: its operations, its canonical-customer
    /// mapping, its CSV column aliases. The one place that lists the providers' modules.
    pub(crate) fn definition(self) -> &'static Definition {
        match self {
            Provider::Calypso => &calypso::DEFINITION,
            Provider::Bloc => &bloc::DEFINITION,
            Provider::Rapyd => &rapyd::DEFINITION,
            Provider::Authvia => &authvia::DEFINITION,
            Provider::Stripe => &stripe::DEFINITION,
        }
    }

    /// The provider's operations and their rule tables.
    ///
    /// ```
    /// use customer_validate::providers::{Operation, Provider};
    /// let ops: Vec<_> = Provider::Bloc.operations().iter().map(|(op, _)| *op).collect();
    /// assert!(ops.contains(&Operation::Archive));
    /// ```
    pub fn operations(self) -> &'static [(Operation, OperationSpec)] {
        self.definition().operations
    }

    /// The provider's name as people write it.
    ///
    /// ```
    /// use customer_validate::providers::Provider;
    /// assert_eq!(Provider::Authvia.label(), "Authvia");
    /// ```
    pub fn label(self) -> &'static str {
        self.definition().label
    }

    /// Column renames applied to CSV headers before dotted names become paths
    /// (the CLI's CSV reader, `rows`).
    ///
    /// ```
    /// use customer_validate::providers::Provider;
    /// assert_eq!(Provider::Authvia.csv_aliases(), &[("address", "addresses")]);
    /// ```
    pub fn csv_aliases(self) -> &'static [(&'static str, &'static str)] {
        self.definition().csv_aliases
    }

    /// The rule table of one operation, if the provider has it.
    pub fn spec(self, operation: Operation) -> Option<&'static OperationSpec> {
        self.operations()
            .iter()
            .find(|(op, _)| *op == operation)
            .map(|(_, s)| s)
    }
}

/// Validates and normalizes `payload` for `provider`'s `operation`: the exact JSON the
/// provider should receive (plus warnings), or every issue found, each on its field's path.
///
/// ```
/// use customer_validate::providers::{validate, Operation, Provider};
/// use customer_validate::Options;
/// use serde_json::json;
/// let report = validate(Provider::Rapyd, Operation::Create, &json!({"email": "x"}), &Options::default())
///     .unwrap_err();
/// let pointers: Vec<String> = report.issues().iter().map(|i| i.pointer()).collect();
/// assert_eq!(pointers, ["/name", "/email"]);
/// ```
pub fn validate(
    provider: Provider,
    operation: Operation,
    payload: &Value,
    options: &Options,
) -> Result<Normalized, Report> {
    match provider.spec(operation) {
        Some(spec) => apply(spec, payload, options),
        None => {
            let mut report = Report::with_limit(options.max_issues);
            let ops: Vec<&str> = provider
                .operations()
                .iter()
                .map(|(o, _)| o.as_str())
                .collect();
            report.push(
                Issue::new(
                    Code::OperationUnsupported,
                    fill(
                        "{} has no {} operation",
                        &[provider.as_str(), operation.as_str()],
                    ),
                )
                .param("operations", ops),
            );
            Err(report)
        }
    }
}

/// The fields a form shows for `provider`'s `operation` under `options`, in order, each with its label, the
/// control its check needs, whether it is required, a hint, an `autocomplete` token, its
/// choices and its members (for a nested object or an address). `None` when the provider has
/// no such operation. Declared beside the rules in the provider's module, so a form built
/// from it cannot drift from what `validate` accepts. A build without forms (the npm
/// package's first browser module: [`crate::rules::FORMS`]) lists no field.
///
/// ```
/// use customer_validate::providers::{fields, Operation, Provider};
/// use customer_validate::rules::FormKind;
/// use customer_validate::Options;
/// let form = fields(Provider::Rapyd, Operation::Create, &Options::default()).unwrap();
/// assert_eq!(form[0].name, "name");
/// let address = form.iter().find(|f| f.kind == FormKind::Address).unwrap();
/// assert!(address.fields.iter().any(|f| f.name == "zip" && f.kind == FormKind::Postal));
/// assert!(fields(Provider::Rapyd, Operation::Archive, &Options::default()).is_none());
/// ```
pub fn fields(
    provider: Provider,
    operation: Operation,
    options: &Options,
) -> Option<Vec<crate::rules::FormField>> {
    provider
        .spec(operation)
        .map(|spec| crate::rules::describe(spec.fields, options))
}

/// Deepest nesting `serde_json` parses (its recursion limit of 128 levels, counting the root
/// value): text nested deeper is `too_deep` whatever [`Options::max_depth`] says.
///
/// ```
/// use customer_validate::providers::{validate_json, Operation, Provider, JSON_PARSE_DEPTH};
/// use customer_validate::Options;
/// let mut o = Options::default();
/// o.max_depth = 1000;
/// let text = format!("{}{}", "[".repeat(JSON_PARSE_DEPTH + 1), "]".repeat(JSON_PARSE_DEPTH + 1));
/// let report = validate_json(Provider::Rapyd, Operation::Create, &text, &o).unwrap_err();
/// assert_eq!(report.issues()[0].params["max"], JSON_PARSE_DEPTH);
/// ```
pub const JSON_PARSE_DEPTH: usize = 127;

/// [`validate`] over JSON text: refuses text over [`Options::max_input_bytes`] before parsing,
/// and reports text that is not JSON as `json_invalid` (with line and column).
///
/// ```
/// use customer_validate::providers::{validate_json, Operation, Provider};
/// use customer_validate::Options;
/// let report = validate_json(Provider::Bloc, Operation::Archive, "{", &Options::default()).unwrap_err();
/// assert_eq!(report.issues()[0].code.as_str(), "json_invalid");
/// ```
pub fn validate_json(
    provider: Provider,
    operation: Operation,
    json: &str,
    options: &Options,
) -> Result<Normalized, Report> {
    validate_json_with(provider, operation, json, options, Vec::new())
}

/// [`validate_json`] of text from which values JSON cannot carry were left out, with the
/// issue for each (`boundary`: the npm package's BigInt, Symbol, function and cycle members,
/// each on its own path). Each such issue supersedes what the rules say at its path (a
/// left-out required member is not also `field_required`).
pub(crate) fn validate_json_with(
    provider: Provider,
    operation: Operation,
    json: &str,
    options: &Options,
    boundary: Vec<Issue>,
) -> Result<Normalized, Report> {
    let (value, unpaired) = read_json(json, options)?;
    let result = validate(provider, operation, &value, options);
    if boundary.is_empty() && unpaired.is_empty() {
        return result;
    }
    let superseded: Vec<Path> = boundary.iter().map(|i| i.path.clone()).collect();
    let mut report = Report::with_limit(options.max_issues);
    report.extend(boundary);
    report.extend(unpaired);
    let issues = match result {
        Ok(n) => n.warnings,
        Err(r) => {
            if r.truncated() {
                report.mark_truncated();
            }
            r.into_issues()
        }
    };
    report.extend(issues.into_iter().filter(|i| !superseded.contains(&i.path)));
    Err(report)
}

/// JSON text to a value the way [`validate_json`] reads it: text over
/// [`Options::max_input_bytes`] is `payload_too_large` (refused before parsing), text that
/// is not JSON is `json_invalid` (with line and column), nesting past the parser's limit
/// `too_deep`, and a string holding an unpaired surrogate escape (`"\ud83d"`)
/// `text_unpaired_surrogate` on that string's path.
///
/// ```
/// use customer_validate::providers::parse_json;
/// use customer_validate::Options;
/// let report = parse_json("{\"a\": ", &Options::default()).unwrap_err();
/// assert_eq!(report.issues()[0].code.as_str(), "json_invalid");
/// assert_eq!(parse_json("[1]", &Options::default()).unwrap(), serde_json::json!([1]));
/// let report = parse_json(r#"{"a": ["\ud83d"]}"#, &Options::default()).unwrap_err();
/// assert_eq!(report.issues()[0].pointer(), "/a/0");
/// ```
pub fn parse_json(json: &str, options: &Options) -> Result<Value, Report> {
    let (value, unpaired) = read_json(json, options)?;
    if unpaired.is_empty() {
        return Ok(value);
    }
    let mut report = Report::with_limit(options.max_issues);
    report.extend(unpaired);
    Err(report)
}

/// [`parse_json`], with the `text_unpaired_surrogate` issues beside the value (U+FFFD in
/// their place) instead of it, so the rest can be validated.
fn read_json(json: &str, options: &Options) -> Result<(Value, Vec<Issue>), Report> {
    let mut report = Report::with_limit(options.max_issues);
    if json.len() > options.max_input_bytes {
        report.push(
            Issue::new(
                Code::PayloadTooLarge,
                "Payload is larger than the input limit",
            )
            .param("max", options.max_input_bytes),
        );
        return Err(report);
    }
    // Our reader, which reads and refuses exactly as `serde_json::from_str::<Value>` (same
    // line and column), without linking serde_json's parser into the browser's `.wasm`.
    let e = match crate::json_text::parse(json) {
        Ok(value) => return Ok((value, Vec::new())),
        Err(e) => e,
    };
    // Only text the reader refused is scanned for unpaired surrogates (the common path pays
    // nothing); the repaired text keeps every position, so any other error reads the same.
    let e = match crate::surrogates::repair(json) {
        Some((text, unpaired)) => match crate::json_text::parse(&text) {
            Ok(value) => return Ok((value, unpaired)),
            Err(e) => e,
        },
        None => e,
    };
    let issue = if e.is_too_deep() {
        Issue::new(Code::TooDeep, "JSON is nested too deeply")
            .param("max", options.max_depth.min(JSON_PARSE_DEPTH))
    } else {
        Issue::new(Code::JsonInvalid, "Payload is not valid JSON")
            .param("line", e.line())
            .param("column", e.column())
    };
    report.push(issue);
    Err(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules engine looks each field up by name once (`rules::check_fields`): a name
    /// twice in one field list would leave the second entry without its value.
    #[test]
    fn field_names_are_unique_in_every_list() {
        use crate::rules::{Check, Field};
        fn walk(fields: &[Field], at: &str) {
            for (i, f) in fields.iter().enumerate() {
                assert!(
                    fields[..i].iter().all(|g| g.name != f.name),
                    "{at}: {} twice",
                    f.name
                );
                check(&f.check, &format!("{at}/{}", f.name));
            }
        }
        fn check(c: &Check, at: &str) {
            match c {
                Check::Object(fields) | Check::Address { fields, .. } => walk(fields, at),
                Check::List { item, .. } => check(item, at),
                _ => {}
            }
        }
        let mut lists = 0;
        for p in Provider::ALL {
            for (op, spec) in p.operations() {
                walk(spec.fields, &format!("{p} {op}"));
                lists += 1;
            }
        }
        assert!(lists >= 8, "{lists}");
    }

    /// Every operation's form shows every required field: a required field without a label
    /// would leave a form that can never be valid.
    #[test]
    fn every_required_field_is_on_the_form() {
        use crate::rules::{Check, Field, Presence};
        fn walk(fields: &[Field], at: &str) {
            for f in fields {
                if matches!(f.presence, Presence::Required) {
                    assert!(
                        f.form.is_some(),
                        "{at}/{} is required but has no label",
                        f.name
                    );
                }
                match &f.check {
                    Check::Object(inner) | Check::Address { fields: inner, .. } => {
                        walk(inner, &format!("{at}/{}", f.name))
                    }
                    Check::List {
                        item: Check::Address { fields: inner, .. },
                        ..
                    } => walk(inner, &format!("{at}/{}", f.name)),
                    _ => {}
                }
            }
        }
        let o = Options::default();
        for p in Provider::ALL {
            assert!(!p.label().is_empty());
            for (op, spec) in p.operations() {
                walk(spec.fields, &format!("{p} {op}"));
                assert!(!fields(*p, *op, &o).unwrap().is_empty(), "{p} {op}");
            }
        }
    }

    #[test]
    fn every_provider_has_create() {
        for p in Provider::ALL {
            assert!(p.spec(Operation::Create).is_some(), "{p}");
        }
    }

    #[test]
    fn unsupported_operation_is_an_issue() {
        let r = validate(
            Provider::Rapyd,
            Operation::Block,
            &serde_json::json!({}),
            &Options::default(),
        )
        .unwrap_err();
        assert_eq!(r.issues()[0].code, Code::OperationUnsupported);
    }

    #[test]
    fn deep_json_text_is_answered_not_panicked() {
        let deep = "[".repeat(100_000);
        let r = validate_json(
            Provider::Rapyd,
            Operation::Create,
            &deep,
            &Options::default(),
        )
        .unwrap_err();
        assert!(matches!(
            r.issues()[0].code,
            Code::TooDeep | Code::JsonInvalid
        ));
    }
}
