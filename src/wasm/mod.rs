//! The npm package's surface: JSON text in, JSON text out (built for wasm32, and natively for
//! the unit tests).
//!
//! Everything the JavaScript API answers is decided here, in plain Rust that native tests
//! cover; `bindings` (compiled for `wasm32` only) merely moves values across the
//! wasm-bindgen boundary, and the hand-written wrapper in `npm/src/` adds the Standard Schema
//! object. Payloads and options cross the boundary as **JSON text** (`JSON.stringify` in
//! JavaScript, [`crate::validate_json`] here): `serde_json` is built with
//! `arbitrary_precision`, whose numbers a non-JSON serializer (serde-wasm-bindgen) would hand
//! to JavaScript as `{"$serde_json::private::Number": "…"}` objects, and text keeps key order
//! and big numbers exactly as the core sees them.
//!
//! Text is read and answers are written by [`crate::json_text`] (serde_json's exact behaviour
//! without its parser and serializer in the browser's `.wasm`). Answers are JSON text too:
//! [`validate`] gives `{"ok":true,"value":…,"warnings":[…]}` or
//! `{"ok":false,"issues":[…],"truncated":false}`; [`check`] gives a
//! [`crate::check::Verdict`], [`check_address`] a [`crate::check::AddressVerdict`], and
//! [`countries`] the country table. A caller's mistake that no payload can fix (an unknown provider
//! or field name, options that do not parse) is an `Err` with a message, which the bindings
//! throw as a JavaScript `TypeError`.

#[cfg(target_arch = "wasm32")]
pub mod bindings;
pub(crate) mod options;
#[cfg(test)]
mod typescript;
#[cfg(all(target_arch = "wasm32", feature = "unicode-compare"))]
pub mod unicode_compare;

use crate::check::{check_field, AddressVerdict, Field, Verdict};
use crate::fields::country;
use crate::issue::{Code, Issue};
use crate::json_text::WriteJson;
use crate::options::Options;
use crate::providers::{parse_json, validate_json, Operation, Provider};
use crate::text_out::fill;
use serde::Serialize;

/// The answer of [`validate`], as written for JavaScript (by [`WriteJson`]; the derive is its
/// specification, compared in `tests::answers_are_written_as_serde_writes_them`).
#[derive(Serialize)]
#[serde(untagged)]
enum ValidateOutput<'a> {
    Valid {
        ok: bool,
        value: &'a serde_json::Value,
        warnings: &'a [Issue],
    },
    Invalid {
        ok: bool,
        issues: &'a [Issue],
        truncated: bool,
    },
}

impl WriteJson for ValidateOutput<'_> {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        match self {
            ValidateOutput::Valid {
                ok,
                value,
                warnings,
            } => o
                .member("ok", ok)
                .member("value", *value)
                .member("warnings", *warnings),
            ValidateOutput::Invalid {
                ok,
                issues,
                truncated,
            } => o
                .member("ok", ok)
                .member("issues", *issues)
                .member("truncated", truncated),
        };
        o.end();
    }
}

/// Reads options given as JSON text; `None`, blank, `null` or `undefined` mean the defaults.
pub fn parse_options(json: Option<&str>) -> Result<Options, String> {
    match json.map(str::trim) {
        None | Some("") | Some("null") | Some("undefined") => Ok(Options::default()),
        Some(text) => options::read(text).map_err(|e| fill("invalid options: {}", &[&e])),
    }
}

/// serde_json's messages end with " at line 1 column 17", which means nothing to a caller who
/// passed an object.
fn strip_position(e: serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(at) => msg[..at].to_owned(),
        None => msg,
    }
}

/// An answer as JSON text, written by our own writer (no serde_json serializer in the
/// browser's modules).
fn to_json<T: WriteJson + ?Sized>(value: &T) -> String {
    crate::json_text::to_string(value)
}

/// Validates a payload given as JSON text for `provider`'s `operation` (snake_case names as in
/// [`Provider::ALL`] and [`Operation::ALL`]), with options as JSON text. Answers JSON text:
/// `{"ok":true,"value","warnings"}` or `{"ok":false,"issues","truncated"}`. An operation the
/// provider lacks is an `operation_unsupported` issue; an unknown name is an `Err`.
pub fn validate(
    provider: &str,
    operation: &str,
    payload_json: &str,
    options_json: Option<&str>,
) -> Result<String, String> {
    let (provider, operation, options) = check_args(provider, operation, options_json)?;
    Ok(validate_checked(
        provider,
        operation,
        payload_json,
        &options,
    ))
}

/// [`validate`] once the names and options are read (as [`check_args`] reads them): the
/// bindings check those first and do not parse the options twice.
pub fn validate_checked(
    provider: Provider,
    operation: Operation,
    payload_json: &str,
    options: &Options,
) -> String {
    answer_validated(validate_json(provider, operation, payload_json, options))
}

/// The JSON text of a validation's answer.
pub(super) fn answer_validated(
    result: Result<crate::rules::Normalized, crate::issue::Report>,
) -> String {
    to_json(&validate_output(&result))
}

/// A validation's answer as [`ValidateOutput`] borrows it.
fn validate_output(
    result: &Result<crate::rules::Normalized, crate::issue::Report>,
) -> ValidateOutput<'_> {
    match result {
        Ok(n) => ValidateOutput::Valid {
            ok: true,
            value: &n.value,
            warnings: &n.warnings,
        },
        Err(report) => ValidateOutput::Invalid {
            ok: false,
            issues: report.issues(),
            truncated: report.truncated(),
        },
    }
}

/// [`validate_checked`] of JSON text from which the JavaScript wrapper left out values JSON
/// cannot carry: `left_out` is JSON text, `[{"path": ["metadata", "n"], "received":
/// "bigint"}, …]` (`received`: `bigint`, `symbol`, `function` or `cycle`), each becoming an
/// `invalid_type` issue on its own path ([`left_out_issue`]) while the rest is validated. A
/// list that does not read so is an `Err` (the wrapper's bug, not the caller's).
pub fn validate_left_out(
    provider: Provider,
    operation: Operation,
    payload_json: &str,
    left_out: &str,
    options: &Options,
) -> Result<String, String> {
    let issues = read_left_out(left_out)?;
    Ok(answer_validated(crate::providers::validate_json_with(
        provider,
        operation,
        payload_json,
        options,
        issues,
    )))
}

/// The issues of a left-out list (see [`validate_left_out`]), each on its own path.
fn read_left_out(left_out: &str) -> Result<Vec<Issue>, String> {
    // Read as a `Value` and walked by hand: deriving `Deserialize` for the path (an untagged
    // enum of keys and indices) would link serde's buffering machinery into the `.wasm`.
    let bad = || "left-out list: not [{path, received}]".to_owned();
    let list = crate::json_text::parse(left_out).map_err(|_| bad())?;
    let mut issues = Vec::new();
    for item in list.as_array().ok_or_else(bad)? {
        let received = item["received"].as_str().ok_or_else(bad)?;
        let mut path = crate::issue::Path::root();
        for segment in item["path"].as_array().ok_or_else(bad)? {
            path = match (segment.as_str(), segment.as_u64()) {
                (Some(key), _) => path.key(key),
                (None, Some(index)) => path.index(usize::try_from(index).map_err(|_| bad())?),
                _ => return Err(bad()),
            };
        }
        issues.push(left_out_issue(received)?.at(&path));
    }
    Ok(issues)
}

/// The issues of a left-out list as JSON text (an array of issues), for the wrapper's other
/// functions taking an object (`checkAddress`, `toPayload`, `fromPayload`, `checklist`), which
/// merge them into their answers.
pub fn left_out_issues(left_out: &str) -> Result<String, String> {
    Ok(to_json(&read_left_out(left_out)?))
}

/// The `invalid_type` issue for a value JSON cannot carry, at the root (`received` one of
/// `bigint`, `symbol`, `function`, `cycle`; `expected` is `json`).
pub fn left_out_issue(received: &str) -> Result<Issue, String> {
    let message = match received {
        "bigint" => "A BigInt cannot be sent as JSON: give it as a string or a number",
        "symbol" => "A Symbol cannot be sent as JSON",
        "function" => "A function cannot be sent as JSON",
        "cycle" => "The value contains itself (a cycle), which JSON cannot hold",
        other => {
            let mut out = String::from("left-out list: unknown kind ");
            out.push_str(&crate::json_text::to_string(other));
            return Err(out);
        }
    };
    Ok(Issue::new(Code::InvalidType, message)
        .param("expected", "json")
        .param("received", received))
}

/// Reads the names and options [`validate`] takes, or says what is wrong with them.
pub fn check_args(
    provider: &str,
    operation: &str,
    options_json: Option<&str>,
) -> Result<(Provider, Operation, Options), String> {
    Ok((
        provider.parse()?,
        operation.parse()?,
        parse_options(options_json)?,
    ))
}

/// The `invalid_type` issue for a payload with no JSON form at all (in JavaScript:
/// `undefined`, a function, a `BigInt`, a cycle), `received` naming what it was.
pub fn unreadable(received: &str) -> Issue {
    Issue::new(Code::InvalidType, "Payload must be a JSON object")
        .param("expected", "object")
        .param("received", received)
}

/// The answer of [`validate`] for a payload refused before it could be read, by this one
/// issue (e.g. `too_deep` when JavaScript cannot even write it as JSON).
pub fn rejected_payload(issue: Issue, max_issues: usize) -> String {
    let issues = if max_issues == 0 { vec![] } else { vec![issue] };
    to_json(&ValidateOutput::Invalid {
        ok: false,
        issues: &issues,
        truncated: max_issues == 0,
    })
}

/// Checks one field value (`field` is `phone`, `email`, `country` or `postal`; see
/// [`crate::check::Field`]) and answers a [`Verdict`] as JSON text. `region` is the default
/// region for phones and the country for postal codes. `input` is `None` when the JavaScript
/// value was not a string.
pub fn check(
    field: &str,
    input: Option<&str>,
    region: Option<&str>,
    options_json: Option<&str>,
) -> Result<String, String> {
    let field: Field = field.parse()?;
    let options = parse_options(options_json)?;
    let verdict = match input {
        Some(input) => check_field(field, input, region, &options),
        None => Verdict::rejected(
            Issue::new(Code::InvalidType, "Value must be a string").param("expected", "string"),
        ),
    };
    Ok(to_json(&verdict))
}

/// What `formatPhoneAsYouType` answers: the text a phone field shows after a keystroke, the
/// region and E.164 once the number is valid, and any issue (the text comes back as typed).
#[derive(Serialize)]
struct AsYouTypeAnswer {
    formatted: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    e164: Option<String>,
    issues: Vec<Issue>,
}

impl WriteJson for AsYouTypeAnswer {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member("formatted", &self.formatted);
        if let Some(region) = &self.region {
            o.member("region", region);
        }
        if let Some(e164) = &self.e164 {
            o.member("e164", e164);
        }
        o.member("issues", &self.issues);
        o.end();
    }
}

/// [`crate::fields::phone::format_as_you_type`] as JSON text: `{"formatted", "region"?,
/// "e164"?, "issues"}`. An unknown region or (browser build) a country's data not loaded is an
/// issue, with the text as typed in `formatted`.
pub fn format_as_you_type(text: &str, region: Option<&str>) -> String {
    let answer = match crate::fields::phone::format_as_you_type(text, region) {
        Ok(a) => AsYouTypeAnswer {
            formatted: a.formatted,
            region: a.region,
            e164: a.e164,
            issues: Vec::new(),
        },
        Err(issue) => AsYouTypeAnswer {
            formatted: text.to_owned(),
            region: None,
            e164: None,
            issues: vec![issue],
        },
    };
    to_json(&answer)
}

/// What `exampleNumber` answers: the region's example number with its renderings, `null`
/// where the region has none of that type or on an issue.
#[derive(Serialize)]
struct ExampleAnswer {
    example: Option<crate::fields::phone::PhoneNumber>,
    issues: Vec<Issue>,
}

impl WriteJson for ExampleAnswer {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member(
            "example",
            &self.example.as_ref().map(crate::check::phone_details),
        )
        .member("issues", &self.issues);
        o.end();
    }
}

/// [`crate::fields::phone::example_number`] as JSON text: `{"example", "issues"}`, `example`
/// a [`crate::fields::phone::PhoneNumber`] or `null`. `kind` is `"mobile"` (also when `None`)
/// or `"fixed_line"`; any other name is an `Err`. An unknown region or (browser build) a
/// region whose data is not loaded is an issue.
pub fn example_number(region: &str, kind: Option<&str>) -> Result<String, String> {
    use crate::fields::phone::{self, ExampleType};
    let kind = match kind {
        None => ExampleType::Mobile,
        Some(name) => ExampleType::from_name(name)
            .ok_or_else(|| "type must be 'mobile' or 'fixed_line'".to_owned())?,
    };
    let answer = match phone::example_number(region, kind) {
        Ok(example) => ExampleAnswer {
            example,
            issues: Vec::new(),
        },
        Err(issue) => ExampleAnswer {
            example: None,
            issues: vec![issue],
        },
    };
    Ok(to_json(&answer))
}

/// What `addressFormat` answers: the country's layout, `null` on an issue.
#[derive(Serialize)]
struct FormatAnswer {
    format: Option<crate::fields::address::AddressFormat>,
    issues: Vec<Issue>,
}

impl WriteJson for FormatAnswer {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member("format", &self.format)
            .member("issues", &self.issues);
        o.end();
    }
}

/// [`crate::fields::address::format`] as JSON text: `{"format", "issues"}`. With `latin`,
/// `lines` are the country's Latin-script lines where it has them. An unknown country or
/// (browser build) a country whose data is not loaded is an issue.
pub fn address_format(country: &str, latin: bool) -> String {
    let answer = match crate::fields::address::format(country) {
        Ok(format) => FormatAnswer {
            format: Some(if latin {
                format.for_latin_script()
            } else {
                format
            }),
            issues: Vec::new(),
        },
        Err(issue) => FormatAnswer {
            format: None,
            issues: vec![issue],
        },
    };
    to_json(&answer)
}

/// Checks one address object given as JSON text (Rapyd's member names; see
/// [`crate::check::check_address`]), with options as JSON text. Answers an
/// [`AddressVerdict`] as JSON text: `{"valid","normalized","issues"}`. Text that is not JSON,
/// or is over the input limits, is a verdict with that one issue; bad options are an `Err`.
pub fn check_address(address_json: &str, options_json: Option<&str>) -> Result<String, String> {
    let options = parse_options(options_json)?;
    Ok(match parse_json(address_json, &options) {
        Ok(value) => to_json(&crate::check::check_address(&value, &options)),
        Err(report) => to_json(&AddressVerdict {
            valid: false,
            normalized: None,
            issues: report.into_issues(),
        }),
    })
}

/// The answer of [`check_address`] for an address refused before it could be read.
pub fn rejected_address(issue: Issue) -> String {
    to_json(&AddressVerdict {
        valid: false,
        normalized: None,
        issues: vec![issue],
    })
}

/// One provider as a form's picker lists it: its name, label and operations.
#[derive(Serialize)]
struct ProviderEntry {
    name: &'static str,
    label: &'static str,
    operations: Vec<&'static str>,
}

impl WriteJson for ProviderEntry {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member("name", self.name)
            .member("label", self.label)
            .member("operations", &self.operations);
        o.end();
    }
}

/// Every provider with its label and operations, as a JSON array, for a form's pickers.
pub fn providers() -> String {
    let list: Vec<ProviderEntry> = Provider::ALL
        .iter()
        .map(|p| ProviderEntry {
            name: p.as_str(),
            label: p.label(),
            operations: p.operations().iter().map(|(o, _)| o.as_str()).collect(),
        })
        .collect();
    to_json(&list)
}

/// The fields a form shows for `provider`'s `operation` ([`crate::providers::fields`]) as a
/// JSON array; `Err` (a `TypeError` in JavaScript) for an unknown name, bad options or an
/// operation the provider lacks.
pub fn fields(
    provider: &str,
    operation: &str,
    options_json: Option<&str>,
) -> Result<String, String> {
    let (provider, operation, options) = check_args(provider, operation, options_json)?;
    crate::providers::fields(provider, operation, &options)
        .map(|f| to_json(&f))
        .ok_or_else(|| {
            fill(
                "{} has no {} operation",
                &[provider.as_str(), operation.as_str()],
            )
        })
}

/// Every country of the table ([`country::all`]: ISO 3166-1 plus `XK`, sorted by alpha-2) as
/// a JSON array of [`country::Country`] objects, for a form's country list.
pub fn countries() -> String {
    let list: Vec<_> = country::all()
        .iter()
        .map(crate::check::country_details)
        .collect();
    to_json(&list)
}

/// Payloads that walk every field checker once (phones of two regions, emails, names with
/// combining marks, an address with an accented country name, identifiers, dates, JSON
/// objects), non-ASCII included: ASCII text takes fast paths that leave the Unicode code cold.
const WARM_UP_PAYLOADS: &[(Provider, Operation, &str)] = &[
    (
        Provider::Rapyd,
        Operation::Create,
        r#"{"name": "Zoe\u0308 Lovelace", "email": "Ada@Example.com", "phone_number": "+44 20 7946 0958",
            "addresses": [{"name": "Ada", "line_1": "10 Downing St", "city": "Kraków",
            "country": "Côte d’Ivoire", "zip": "SW1A 2AA"}], "metadata": {"a": 1}}"#,
    ),
    (
        Provider::Bloc,
        Operation::Create,
        r#"{"email": "ada@bücher.de", "phone_number": "0803 123 4567", "bvn": "01234567890",
            "first_name": "Ada", "last_name": "Obi", "customer_type": "personal"}"#,
    ),
    (
        Provider::Authvia,
        Operation::Create,
        r#"{"ref": "a1", "addresses": ["+1 650 253 0000", "ada@example.com"], "metadata": {"z": [1]}}"#,
    ),
    (
        Provider::Calypso,
        Operation::Create,
        r#"{"account": "0xaBaBaBaBaBaBaBaBaBaBaBaBaBaBaBaBaBaBaBaB", "timestamp": 1700000000000,
            "payload": {"email": "ada@gmial.com", "externalId": "ord-42"}}"#,
    ),
];

/// Runs every field checker once, so that one-off start-up costs (reading the phone
/// metadata, first use of the Unicode tables; in WASM also the engine compiling each function
/// on its first call) are paid at start-up instead of by the first value a user types.
pub fn warm_up() {
    let options = Options::default();
    for (provider, operation, payload) in WARM_UP_PAYLOADS {
        let _ = validate_json(*provider, *operation, payload, &options).map(|n| to_json(&n.value));
    }
}

/// Pays the start-up cost of the checks that read data file `name` (in the browser build,
/// once it is loaded; [`warm_up`] runs before any is): the region's example number read (and
/// formatted as typed, where the build has the form kit), its postal pattern compiled. Nothing
/// happens for a name without a region's data (`cc800`) or whose data is missing.
pub fn warm_up_data(name: &str) {
    use crate::fields::{address, phone};
    if let Ok(Some(n)) = phone::example_number(name, phone::ExampleType::Mobile) {
        let _ = phone::parse(&n.international, None);
        #[cfg(any(feature = "form-kit", not(target_arch = "wasm32")))]
        let _ = phone::format_as_you_type(&n.national, Some(name));
    }
    // Any text compiles the country's pattern; the answer does not matter.
    let _ = address::check_postal_code(name, "0");
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn parse(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

    /// Our writer's text for every answer type of the first module is `serde_json::to_string`
    /// of its `Serialize` impl: the answers to every provider vector and realistic payload
    /// (each provider's create), phone and email vectors through `check`, address vectors
    /// through `check_address`, and generated issues and verdicts.
    #[test]
    fn answers_are_written_as_serde_writes_them() {
        fn same<T: WriteJson + Serialize>(x: &T) {
            assert_eq!(to_json(x), serde_json::to_string(x).unwrap());
        }
        fn lines(file: &str) -> impl Iterator<Item = Value> {
            std::fs::read_to_string(format!(
                "{}/tests/vectors/{file}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap()
            .lines()
            .skip(1)
            .map(|l| serde_json::from_str(l).unwrap())
            .collect::<Vec<_>>()
            .into_iter()
        }
        let options = Options::default();
        let answer = |result: Result<crate::rules::Normalized, crate::issue::Report>| {
            same(&validate_output(&result))
        };
        let mut payloads = 0;
        for case in lines("providers.jsonl") {
            let (Some(p), Some(o)) = (case["provider"].as_str(), case["operation"].as_str()) else {
                continue;
            };
            let (p, o) = (p.parse().unwrap(), o.parse().unwrap());
            answer(crate::providers::validate(p, o, &case["input"], &options));
            payloads += 1;
        }
        for case in lines("realistic.jsonl").step_by(3) {
            for p in Provider::ALL {
                answer(crate::providers::validate(
                    *p,
                    Operation::Create,
                    &case["payload"],
                    &options,
                ));
            }
            payloads += 1;
        }
        let mut checks = 0;
        for case in lines("phone.jsonl").step_by(7) {
            let input = case["input"].as_str().unwrap();
            same(&check_field(
                Field::Phone,
                input,
                case["region"].as_str(),
                &options,
            ));
            checks += 1;
        }
        for case in lines("email.jsonl") {
            let input = case["input"].as_str().unwrap();
            same(&check_field(Field::Email, input, None, &options));
            same(&check_field(Field::Country, input, None, &options));
            checks += 1;
        }
        for case in lines("address.jsonl").step_by(3) {
            same(&crate::check::check_address(&case["input"], &options));
            if let Some(zip) = case["input"]["zip"].as_str() {
                same(&check_field(
                    Field::Postal,
                    zip,
                    case["country"].as_str(),
                    &options,
                ));
            }
            checks += 1;
        }
        assert!(payloads > 1000 && checks > 5000, "{payloads} {checks}");
        same(&AddressVerdict {
            valid: false,
            normalized: None,
            issues: vec![unreadable("undefined")],
        });
        same(&read_left_out(r#"[{"path": ["a", 0], "received": "cycle"}]"#).unwrap());
    }

    /// The form kit's answers likewise: every country's layout (both scripts) and example
    /// numbers, as-you-type answers, the provider list, every operation's form (default and
    /// non-default options) and the country list.
    #[test]
    fn kit_answers_are_written_as_serde_writes_them() {
        use crate::fields::{address, phone};
        fn same<T: WriteJson + Serialize>(x: &T) {
            assert_eq!(to_json(x), serde_json::to_string(x).unwrap());
        }
        let mut n = 0;
        for c in country::all() {
            for latin in [false, true] {
                let format = address::format(c.alpha2).ok().map(|f| {
                    if latin {
                        f.for_latin_script()
                    } else {
                        f
                    }
                });
                same(&FormatAnswer {
                    format,
                    issues: vec![],
                });
            }
            for kind in [phone::ExampleType::Mobile, phone::ExampleType::FixedLine] {
                if let Ok(example) = phone::example_number(c.alpha2, kind) {
                    same(&ExampleAnswer {
                        example,
                        issues: vec![],
                    });
                    n += 1;
                }
            }
        }
        assert!(n > 400, "{n}");
        same(&FormatAnswer {
            format: None,
            issues: vec![unreadable("x")],
        });
        for (text, region) in [("202456", "US"), ("(202) 456-1111", "US"), ("0803", "ZZ")] {
            let answer = match phone::format_as_you_type(text, Some(region)) {
                Ok(a) => AsYouTypeAnswer {
                    formatted: a.formatted,
                    region: a.region,
                    e164: a.e164,
                    issues: vec![],
                },
                Err(issue) => AsYouTypeAnswer {
                    formatted: text.into(),
                    region: None,
                    e164: None,
                    issues: vec![issue],
                },
            };
            same(&answer);
        }
        assert_eq!(
            providers(),
            serde_json::to_string(
                &Provider::ALL
                    .iter()
                    .map(|p| ProviderEntry {
                        name: p.as_str(),
                        label: p.label(),
                        operations: p.operations().iter().map(|(o, _)| o.as_str()).collect(),
                    })
                    .collect::<Vec<_>>()
            )
            .unwrap()
        );
        let lax: Options = serde_json::from_str(
            r#"{"unknown_fields": "keep", "address": {"check_postal_code": false}}"#,
        )
        .unwrap();
        for p in Provider::ALL {
            for (o, _) in p.operations() {
                for options in [&Options::default(), &lax] {
                    let form = crate::providers::fields(*p, *o, options).unwrap();
                    same(&form);
                }
            }
        }
        assert_eq!(countries(), serde_json::to_string(country::all()).unwrap());
    }

    mod generated {
        use super::*;
        use crate::issue::{Path, Severity};
        use crate::json_text::tests::{text, value};
        use proptest::prelude::*;

        fn issue() -> impl Strategy<Value = Issue> {
            let segment = prop_oneof![
                text().prop_map(|k| (Some(k), 0)),
                any::<usize>().prop_map(|i| (None, i)),
            ];
            (
                prop::collection::vec(segment, 0..4),
                prop::sample::select(Code::ALL.to_vec()),
                any::<bool>(),
                text(),
                prop::collection::vec((text(), value()), 0..3),
            )
                .prop_map(|(path, code, warning, message, params)| {
                    let mut at = Path::root();
                    for (key, index) in path {
                        at = match key {
                            Some(k) => at.key(&k),
                            None => at.index(index),
                        };
                    }
                    let mut issue = Issue::new(code, message);
                    if warning {
                        issue.severity = Severity::Warning;
                    }
                    for (k, v) in params {
                        issue = issue.param(&k, v);
                    }
                    issue.at(&at)
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn generated_answers_are_written_as_serde_writes_them(
                issues in prop::collection::vec(issue(), 0..4),
                v in value(),
                flags in any::<(bool, bool)>(),
                normalized in prop::option::of(text()),
                details in prop::collection::vec((text(), value()), 0..3),
            ) {
                let same = |a: String, b: String| assert_eq!(a, b);
                let valid = ValidateOutput::Valid { ok: true, value: &v, warnings: &issues };
                same(to_json(&valid), serde_json::to_string(&valid).unwrap());
                let invalid = ValidateOutput::Invalid { ok: false, issues: &issues, truncated: flags.0 };
                same(to_json(&invalid), serde_json::to_string(&invalid).unwrap());
                let verdict = Verdict {
                    valid: flags.1,
                    normalized,
                    issues: issues.clone(),
                    details: details.into_iter().collect(),
                };
                same(to_json(&verdict), serde_json::to_string(&verdict).unwrap());
                let address = AddressVerdict { valid: flags.0, normalized: Some(v.clone()), issues };
                same(to_json(&address), serde_json::to_string(&address).unwrap());
            }
        }
    }

    #[test]
    fn invalid_payload_lists_issues_and_truncation() {
        let out = parse(&validate("rapyd", "create", r#"{"email": "x"}"#, None).unwrap());
        assert_eq!(out["ok"], false);
        assert_eq!(out["truncated"], false);
        assert_eq!(out["issues"][0]["pointer"], "/name");
        assert!(out.get("value").is_none());
    }

    #[test]
    fn valid_payload_keeps_big_numbers_and_key_order() {
        let payload = r#"{"ref": "a1", "addresses": ["+16502530000"],
            "metadata": {"z": 1, "a": 123456789012345678901234567890}}"#;
        let out = validate("authvia", "create", payload, None).unwrap();
        assert!(
            out.contains(r#""metadata":{"z":1,"a":123456789012345678901234567890}"#),
            "{out}"
        );
        assert_eq!(parse(&out)["warnings"], serde_json::json!([]));
    }

    #[test]
    fn usage_errors_name_the_problem() {
        assert!(validate("rapyd", "delete", "{}", None)
            .unwrap_err()
            .contains("delete"));
        let e = validate("rapyd", "create", "{}", Some(r#"{"max_issues": "x"}"#)).unwrap_err();
        assert!(e.starts_with("invalid options: invalid type"), "{e}");
        assert!(!e.contains("line 1"), "{e}");
        assert!(check("fax", Some("1"), None, None).is_err());
    }

    #[test]
    fn unsupported_operation_is_an_issue_not_an_error() {
        let out = parse(&validate("rapyd", "block", "{}", None).unwrap());
        assert_eq!(out["issues"][0]["code"], "operation_unsupported");
    }

    #[test]
    fn left_out_values_are_issues_on_their_paths_and_the_rest_is_validated() {
        let left_out = r#"[{"path": ["metadata", "n"], "received": "bigint"},
            {"path": ["name"], "received": "cycle"}, {"path": ["metadata", "s"], "received": "symbol"}]"#;
        let out = parse(
            &validate_left_out(
                Provider::Rapyd,
                Operation::Create,
                r#"{"email": "x", "metadata": {"a": 1}}"#,
                left_out,
                &Options::default(),
            )
            .unwrap(),
        );
        assert_eq!(out["ok"], false);
        let found: Vec<(&str, &str)> = out["issues"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| (i["pointer"].as_str().unwrap(), i["code"].as_str().unwrap()))
            .collect();
        // `name` was left out: its `field_required` is superseded; `email` is still checked.
        assert_eq!(
            found,
            [
                ("/metadata/n", "invalid_type"),
                ("/name", "invalid_type"),
                ("/metadata/s", "invalid_type"),
                ("/email", "email_missing_at"),
            ]
        );
        assert_eq!(out["issues"][0]["params"]["received"], "bigint");
        assert_eq!(out["issues"][0]["params"]["expected"], "json");
        assert!(validate_left_out(
            Provider::Rapyd,
            Operation::Create,
            "{}",
            r#"[{"path": [], "received": "date"}]"#,
            &Options::default()
        )
        .is_err());
        assert!(left_out_issue("function").is_ok());
        for broken in [
            "{}",
            "[1]",
            r#"[{"path": [true], "received": "symbol"}]"#,
            r#"[{"path": ["a"]}]"#,
        ] {
            assert!(
                validate_left_out(
                    Provider::Rapyd,
                    Operation::Create,
                    "{}",
                    broken,
                    &Options::default()
                )
                .is_err(),
                "{broken}"
            );
        }
    }

    #[test]
    fn unpaired_surrogates_are_text_issues_and_the_rest_is_validated() {
        let out = parse(
            &validate(
                "rapyd",
                "create",
                r#"{"name": "Ada \ud83d Obi", "email": "x"}"#,
                None,
            )
            .unwrap(),
        );
        assert_eq!(out["issues"][0]["pointer"], "/name");
        assert_eq!(out["issues"][0]["code"], "text_unpaired_surrogate");
        assert_eq!(out["issues"][0]["params"]["codepoint"], "U+D83D");
        assert_eq!(out["issues"][1]["pointer"], "/email");
        // Alone, it still fails the payload.
        let out = parse(&validate("rapyd", "create", r#"{"name": "Ada \udc00"}"#, None).unwrap());
        assert_eq!(out["ok"], false);
        assert_eq!(out["issues"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn not_json_is_an_issue() {
        let out = parse(&validate("bloc", "create", "{", None).unwrap());
        assert_eq!(out["issues"][0]["code"], "json_invalid");
    }

    #[test]
    fn unreadable_payload_respects_max_issues() {
        let out = parse(&rejected_payload(unreadable("undefined"), 0));
        assert_eq!(out["issues"], serde_json::json!([]));
        assert_eq!(out["truncated"], true);
    }

    #[test]
    fn warm_up_payloads_are_valid() {
        let options = Options::default();
        for (provider, operation, payload) in WARM_UP_PAYLOADS {
            let out = validate_json(*provider, *operation, payload, &options);
            assert!(out.is_ok(), "{provider} {operation}: {out:?}");
        }
    }

    #[test]
    fn address_format_answers_the_layout_or_null_and_issues() {
        let jp = parse(&address_format("Japan", false));
        assert_eq!(jp["format"]["lines"][0], serde_json::json!(["postal_code"]));
        assert_eq!(jp["issues"], serde_json::json!([]));
        let latin = parse(&address_format("JP", true));
        assert_eq!(latin["format"]["lines"][0], serde_json::json!(["name"]));
        let none = parse(&address_format("Atlantis", false));
        assert_eq!(none["format"], Value::Null);
        assert_eq!(none["issues"][0]["code"], "country_unknown");
    }

    #[test]
    fn example_number_answers_the_number_or_null_and_issues() {
        let gb = parse(&example_number("GB", None).unwrap());
        assert_eq!(gb["example"]["e164"], "+447400123456");
        assert_eq!(gb["example"]["national"], "07400 123456");
        assert_eq!(gb["example"]["international"], "+44 7400 123456");
        assert_eq!(gb["example"]["type"], "mobile");
        assert_eq!(gb["issues"], serde_json::json!([]));
        let us = parse(&example_number("us", Some("fixed_line")).unwrap());
        assert_eq!(us["example"]["national"], "(201) 555-0123");
        assert_eq!(us["example"]["region"], "US");
        let ta = parse(&example_number("TA", Some("mobile")).unwrap());
        assert_eq!(ta["example"], serde_json::Value::Null);
        assert_eq!(ta["issues"], serde_json::json!([]));
        let bad = parse(&example_number("ZZ", None).unwrap());
        assert_eq!(bad["example"], serde_json::Value::Null);
        assert_eq!(bad["issues"][0]["code"], "region_unknown");
        assert!(example_number("GB", Some("pager")).is_err());
        assert!(example_number("GB", Some("MOBILE")).is_err());
    }

    #[test]
    fn format_as_you_type_answers_text_and_issues() {
        let out = parse(&format_as_you_type("202456", Some("US")));
        assert_eq!(out["formatted"], "202-456");
        assert_eq!(out["issues"], serde_json::json!([]));
        assert!(out.get("e164").is_none());
        let done = parse(&format_as_you_type("(202) 456-1111", Some("us")));
        assert_eq!(done["e164"], "+12024561111");
        assert_eq!(done["region"], "US");
        let bad = parse(&format_as_you_type("0803", Some("ZZ")));
        assert_eq!(bad["formatted"], "0803");
        assert_eq!(bad["issues"][0]["code"], "region_unknown");
    }

    #[test]
    fn check_answers_each_field() {
        let v = parse(&check("email", Some(" a@Example.com "), None, None).unwrap());
        assert_eq!(v["normalized"], "a@example.com");
        let v = parse(&check("email", Some("Ada@Bücher.DE"), None, None).unwrap());
        assert_eq!(
            (&v["normalized"], &v["address"], &v["ascii"]),
            (
                &"Ada@xn--bcher-kva.de".into(),
                &"Ada@bücher.de".into(),
                &"Ada@xn--bcher-kva.de".into()
            )
        );
        let unicode = Some(r#"{"email": {"domain_form": "unicode"}}"#);
        let v = parse(&check("email", Some("Ada@xn--bcher-kva.de"), None, unicode).unwrap());
        assert_eq!(v["normalized"], "Ada@bücher.de");
        assert!(check(
            "email",
            Some("a@b.de"),
            None,
            Some(r#"{"email": {"domain_form": "idn"}}"#)
        )
        .is_err());
        let v = parse(&check("country", Some("Ivory Coast"), None, None).unwrap());
        assert_eq!(v["alpha2"], "CI");
        let v = parse(&check("phone", Some("12"), Some("US"), None).unwrap());
        assert_eq!(v["valid"], false);
        assert_eq!(v["normalized"], Value::Null);
        let v = parse(&check("postal", Some("sw1a2aa"), Some("United Kingdom"), None).unwrap());
        assert_eq!(v["normalized"], "SW1A 2AA");
        assert_eq!(v["country"], "GB");
        let v = parse(&check("postal", Some("1234"), Some("GB"), None).unwrap());
        assert_eq!(v["issues"][0]["code"], "postal_code_invalid");
    }

    #[test]
    fn check_address_answers_a_verdict_for_any_text() {
        let v = parse(
            &check_address(
                r#"{"line_1": "350 Fifth Avenue", "city": "New York", "state": "NY", "zip": "90210", "country": "US"}"#,
                None,
            )
            .unwrap(),
        );
        assert_eq!(v["valid"], true);
        assert_eq!(v["issues"][0]["pointer"], "/zip");
        assert_eq!(v["issues"][0]["severity"], "warning");
        let v = parse(
            &check_address(
                r#"{"line_1": "350 Fifth Avenue", "city": "New York", "state": "NY", "zip": "90210", "country": "US"}"#,
                Some(r#"{"address": {"deliverable": true}}"#),
            )
            .unwrap(),
        );
        assert_eq!(v["valid"], false);
        assert_eq!(v["issues"][0]["pointer"], "/zip");
        let v = parse(&check_address("[1]", None).unwrap());
        assert_eq!(v["issues"][0]["code"], "invalid_type");
        let big = format!(r#"{{"name": "{}"}}"#, "a".repeat(100));
        let v = parse(&check_address(&big, Some(r#"{"max_input_bytes": 50}"#)).unwrap());
        assert_eq!(v["issues"][0]["code"], "payload_too_large");
        assert!(check_address("{}", Some(r#"{"max_issuess": 1}"#)).is_err());
    }

    // The examples the functions' docs held while the module was public.

    #[test]
    fn validate_answers_issues_and_refuses_unknown_names() {
        let out = validate("bloc", "archive", "{}", None).unwrap();
        assert!(out.starts_with(r#"{"ok":false"#));
        assert!(validate("paypal", "create", "{}", None)
            .unwrap_err()
            .contains("paypal"));
        let out = validate(
            "rapyd",
            "create",
            r#"{"name": " Ada ", "email": "ADA@EXAMPLE.COM"}"#,
            None,
        );
        let out = parse(&out.unwrap());
        assert_eq!(out["ok"], true);
        assert_eq!(out["value"]["email"], "ADA@example.com");
    }

    #[test]
    fn options_text_is_read_or_refused_by_name() {
        assert_eq!(
            parse_options(Some(r#"{"max_issues": 3}"#))
                .unwrap()
                .max_issues,
            3
        );
        assert_eq!(
            parse_options(Some("null")).unwrap(),
            parse_options(None).unwrap()
        );
        assert!(parse_options(Some(r#"{"max_isues": 3}"#))
            .unwrap_err()
            .contains("max_isues"));
    }

    #[test]
    fn validate_checked_answers_as_validate() {
        let out = validate_checked(
            Provider::Bloc,
            Operation::Archive,
            r#"{"id": "c1"}"#,
            &Options::default(),
        );
        assert!(out.starts_with(r#"{"ok":true"#));
    }

    #[test]
    fn check_args_reads_names_and_options() {
        let (p, o, options) = check_args("bloc", "create", Some(r#"{"max_depth": 8}"#)).unwrap();
        assert_eq!(
            (p, o, options.max_depth),
            (Provider::Bloc, Operation::Create, 8)
        );
        assert!(check_args("bloc", "craete", None).is_err());
    }

    #[test]
    fn refused_payloads_and_addresses_answer_one_issue() {
        assert_eq!(unreadable("undefined").params["received"], "undefined");
        let out = rejected_payload(Issue::new(Code::TooDeep, "JSON is nested too deeply"), 100);
        assert!(
            out.starts_with(r#"{"ok":false,"issues":[{"path":[],"pointer":"","code":"too_deep""#)
        );
        let out = rejected_address(unreadable("undefined"));
        assert!(out.starts_with(r#"{"valid":false,"normalized":null,"issues":[{"#));
    }

    #[test]
    fn check_answers_a_verdict() {
        let v = parse(&check("phone", Some("0803 123 4567"), Some("NG"), None).unwrap());
        assert_eq!(v["normalized"], "+2348031234567");
        let v = check("country", None, None, None).unwrap();
        assert!(v.contains(r#""code":"invalid_type""#));
    }

    #[test]
    fn check_address_answers_an_address_verdict() {
        let v = parse(
            &check_address(
                r#"{"line_1": "1 Main St", "city": "Ottawa", "state": "ontario", "zip": "k1a0b1", "country": "CA"}"#,
                None,
            )
            .unwrap(),
        );
        assert_eq!(v["normalized"]["zip"], "K1A 0B1");
        assert!(check_address("{", None).unwrap().contains("json_invalid"));
    }

    #[test]
    fn providers_lists_each_with_its_label_and_operations() {
        let list = parse(&providers());
        assert_eq!(
            list[2],
            serde_json::json!({"name": "rapyd", "label": "Rapyd", "operations": ["create", "update"]})
        );
    }

    #[test]
    fn fields_describes_a_form_or_refuses_a_missing_operation() {
        let form = parse(&fields("bloc", "create", None).unwrap());
        assert_eq!(form[2]["name"], "bvn");
        assert_eq!(form[2]["kind"], "digits");
        assert!(fields("bloc", "block", None).is_err());
    }

    #[test]
    fn countries_starts_with_andorra() {
        let list = parse(&countries());
        assert_eq!(list[0]["alpha2"], "AD");
        assert_eq!(list.as_array().unwrap().len(), 250);
    }

    #[test]
    fn left_out_issues_are_on_their_paths() {
        let issues = parse(
            &left_out_issues(r#"[{"path": ["address", "zip"], "received": "bigint"}, {"path": [], "received": "cycle"}]"#)
                .unwrap(),
        );
        assert_eq!(issues[0]["pointer"], "/address/zip");
        assert_eq!(issues[0]["params"]["received"], "bigint");
        assert_eq!(issues[1]["pointer"], "");
        assert!(left_out_issues(r#"[{"path": [true], "received": "bigint"}]"#).is_err());
        assert!(left_out_issues(r#"[{"path": [], "received": "date"}]"#).is_err());
    }

    #[test]
    fn warm_up_runs() {
        for name in ["US", "GB", "JP", "cc800", "ZZ", ""] {
            warm_up_data(name);
        }
        warm_up();
    }

    #[test]
    fn countries_lists_the_whole_table() {
        let list = parse(&countries());
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), country::all().len());
        assert!(list.iter().any(|c| c["alpha2"] == "XK"));
    }
}

/// The canonical customer's JSON-text functions (issue 9).
pub mod customer;
