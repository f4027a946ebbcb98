//! Realistic customers (issue 14, "never block a customer the provider accepts"), driven by
//! `tests/vectors/realistic.jsonl`: Rapyd create payloads built by `scripts/gen_realistic.py`
//! from Faker's per-country data and the ways customers write states, with no input from
//! our own rules or tables (`tests/vectors/realistic.PROVENANCE.md`). Each line is labelled
//! with what Rapyd's documented rules say.
//!
//! - No record labelled `accepts: true` may be rejected (warnings are fine).
//! - Every record labelled `accepts: false` must be rejected, with an error on the field of
//!   its flaw.
//!
//! On failure the message groups the rejections by code and path, country, state form and
//! postal-code form, lists the state strings behind each code and up to 20 examples. Phones
//! and emails only ever appear redacted, names never. `REALISTIC_FAILURES=FILE` also writes
//! that summary to FILE (on success too).

use customer_validate::redact::{redact, Kind};
use customer_validate::{validate, Issue, Operation, Options, Provider};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

#[path = "support/data_files.rs"]
mod data_files;

const CASES: &str = include_str!("vectors/realistic.jsonl");
const MAX_EXAMPLES: usize = 20;
const MAX_VALUES: usize = 6;

/// One labelled line.
struct Case {
    line: usize,
    payload: Value,
    accepts: bool,
    flaw: Option<String>,
    country: String,
    state_form: String,
    zip_form: String,
}

fn cases() -> Vec<Case> {
    CASES
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let v: Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
            let text = |k: &str| v[k].as_str().unwrap_or("").to_owned();
            Case {
                line: i + 1,
                payload: v["payload"].clone(),
                accepts: v["accepts"].as_bool().expect("accepts is a boolean"),
                flaw: v["flaw"].as_str().map(str::to_owned),
                country: text("country"),
                state_form: text("state_form"),
                zip_form: text("zip_form"),
            }
        })
        .collect()
}

/// The pointer an error must sit on for each flaw of a refused record.
fn flaw_pointer(flaw: &str) -> &'static str {
    match flaw {
        "missing_line_1" => "/addresses/0/line_1",
        "invalid_phone" => "/phone_number",
        "invalid_email" => "/email",
        "unknown_country" => "/addresses/0/country",
        other => panic!("unknown flaw {other}"),
    }
}

/// The input value at `pointer`, fit to print: phones and emails redacted, names masked,
/// everything else (state, city, zip, country, address lines) as written.
fn shown(payload: &Value, pointer: &str) -> String {
    let Some(v) = payload.pointer(pointer) else {
        return "(absent)".to_owned();
    };
    let Some(s) = v.as_str() else {
        return v.to_string();
    };
    let last = pointer.rsplit('/').next().unwrap_or("");
    match last {
        "phone_number" => redact(Kind::Phone, s),
        "email" => redact(Kind::Email, s),
        "name" | "line_1" | "line_2" | "line_3" => redact(Kind::Name, s),
        _ => quote(s),
    }
}

/// `s` in double quotes, readable in any script: only quotes, backslashes and control
/// characters are escaped (`{:?}` would also escape combining marks, as in Thai).
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn address_field<'a>(payload: &'a Value, key: &str) -> Option<&'a str> {
    payload.pointer(&format!("/addresses/0/{key}"))?.as_str()
}

/// Counts of `key`, most frequent first, as "key n, key n".
fn ranked(counts: &BTreeMap<String, usize>) -> String {
    let mut v: Vec<_> = counts.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Default)]
struct Group {
    records: usize,
    countries: BTreeMap<String, usize>,
    /// Up to `MAX_VALUES` distinct values per country.
    values: BTreeMap<String, BTreeSet<String>>,
}

/// The grouped summary of valid records rejected.
fn summary(rejected: &[(&Case, Vec<Issue>)], accepted_total: usize) -> String {
    let mut out = String::new();
    let n = rejected.len();
    let _ = writeln!(
        out,
        "valid records rejected: {n} of {accepted_total} ({:.1} %)",
        100.0 * n as f64 / accepted_total.max(1) as f64
    );
    let mut by_code: BTreeMap<(String, String), Group> = BTreeMap::new();
    let mut by_country: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_form: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_zip_form: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_codes: BTreeMap<String, usize> = BTreeMap::new();
    for (case, issues) in rejected {
        *by_country.entry(case.country.clone()).or_default() += 1;
        *by_form.entry(case.state_form.clone()).or_default() += 1;
        *by_zip_form.entry(case.zip_form.clone()).or_default() += 1;
        let mut set: Vec<String> = issues.iter().map(|i| i.code.as_str().to_owned()).collect();
        set.sort();
        set.dedup();
        *by_codes.entry(set.join(" + ")).or_default() += 1;
        for issue in issues {
            let pointer = issue.pointer();
            let g = by_code
                .entry((issue.code.as_str().to_owned(), pointer.clone()))
                .or_default();
            g.records += 1;
            *g.countries.entry(case.country.clone()).or_default() += 1;
            let values = g.values.entry(case.country.clone()).or_default();
            if values.len() < MAX_VALUES {
                let state = address_field(&case.payload, "state");
                values.insert(match issue.code.as_str() {
                    // A postal code against its state: show both.
                    "postal_code_subdivision_mismatch" => format!(
                        "{} in {}",
                        shown(&case.payload, &pointer),
                        state.map_or("(absent)".to_owned(), quote)
                    ),
                    _ => shown(&case.payload, &pointer),
                });
            }
        }
    }
    let _ = writeln!(out, "\nby code and path (records; countries; values seen):");
    let mut groups: Vec<_> = by_code.iter().collect();
    groups.sort_by(|a, b| b.1.records.cmp(&a.1.records).then(a.0.cmp(b.0)));
    for ((code, pointer), g) in groups {
        let _ = writeln!(out, "  {code} at {pointer}: {}", g.records);
        let _ = writeln!(out, "    countries: {}", ranked(&g.countries));
        for (country, values) in &g.values {
            let values: Vec<_> = values
                .iter()
                .map(String::as_str)
                .filter(|v| *v != "(absent)")
                .collect();
            if values.is_empty() {
                continue;
            }
            let _ = writeln!(out, "    {country}: {}", values.join(", "));
        }
    }
    let _ = writeln!(out, "\nby issue codes of the record: {}", ranked(&by_codes));
    let _ = writeln!(out, "by country: {}", ranked(&by_country));
    let _ = writeln!(out, "by state form: {}", ranked(&by_form));
    let _ = writeln!(out, "by zip form: {}", ranked(&by_zip_form));
    let _ = writeln!(out, "\nexamples (first {MAX_EXAMPLES}):");
    for (case, issues) in rejected.iter().take(MAX_EXAMPLES) {
        let found: Vec<String> = issues
            .iter()
            .map(|i| format!("{} {}", i.pointer(), i.code.as_str()))
            .collect();
        let field = |k: &str| address_field(&case.payload, k).map_or("-".to_owned(), quote);
        let _ = writeln!(
            out,
            "  line {} {} [{}] state={} city={} zip={} ({}) country={} -> {}",
            case.line,
            case.country,
            case.state_form,
            field("state"),
            field("city"),
            field("zip"),
            case.zip_form,
            field("country"),
            found.join(", ")
        );
    }
    out
}

/// Rejected valid records per value of `key` (a state form, a country) against all valid
/// records with that value, highest share first: "key rejected/valid, ...".
fn rates(
    title: &str,
    all: &[Case],
    rejected: &[(&Case, Vec<Issue>)],
    key: impl Fn(&Case) -> &str,
) -> String {
    let mut total: BTreeMap<&str, usize> = BTreeMap::new();
    let mut bad: BTreeMap<&str, usize> = BTreeMap::new();
    for c in all.iter().filter(|c| c.accepts) {
        *total.entry(key(c)).or_default() += 1;
    }
    for (c, _) in rejected {
        *bad.entry(key(c)).or_default() += 1;
    }
    let mut rows: Vec<_> = total
        .iter()
        .map(|(k, t)| (*k, bad.get(k).copied().unwrap_or(0), *t))
        .collect();
    // b1/t1 > b2/t2 without division.
    rows.sort_by(|a, b| (b.1 * a.2).cmp(&(a.1 * b.2)).then(a.0.cmp(b.0)));
    let cells: Vec<String> = rows
        .iter()
        .map(|(k, b, t)| format!("{k} {b}/{t}"))
        .collect();
    format!("rejected per {title}: {}\n", cells.join(", "))
}

#[test]
fn realistic_rapyd_customers() {
    data_files::load_all();
    let all = cases();
    assert!(all.len() >= 1000, "only {} records", all.len());
    let options = Options::default();
    let mut rejected: Vec<(&Case, Vec<Issue>)> = Vec::new();
    let mut missed: Vec<String> = Vec::new();
    let mut warnings: BTreeMap<String, usize> = BTreeMap::new();
    let accepted_total = all.iter().filter(|c| c.accepts).count();
    for case in &all {
        let got = validate(Provider::Rapyd, Operation::Create, &case.payload, &options);
        match (case.accepts, got) {
            (true, Ok(n)) => {
                for w in &n.warnings {
                    *warnings
                        .entry(format!("{} at {}", w.code.as_str(), w.pointer()))
                        .or_default() += 1;
                }
            }
            (true, Err(report)) => {
                let errors = report.issues().iter().filter(|i| i.is_error()).cloned();
                rejected.push((case, errors.collect()));
            }
            (false, Ok(_)) => missed.push(format!(
                "line {} {}: accepted despite {}",
                case.line,
                case.country,
                case.flaw.as_deref().unwrap_or("?")
            )),
            (false, Err(report)) => {
                let flaw = case
                    .flaw
                    .as_deref()
                    .expect("a refused record names its flaw");
                let want = flaw_pointer(flaw);
                if !report
                    .issues()
                    .iter()
                    .any(|i| i.is_error() && i.pointer() == want)
                {
                    let found: Vec<String> = report
                        .issues()
                        .iter()
                        .map(|i| format!("{} {}", i.pointer(), i.code.as_str()))
                        .collect();
                    missed.push(format!(
                        "line {} {}: {flaw} ({}) rejected, but not at {want}: {}",
                        case.line,
                        case.country,
                        shown(&case.payload, want),
                        found.join(", ")
                    ));
                }
            }
        }
    }
    let mut report = summary(&rejected, accepted_total);
    report.push('\n');
    report.push_str(&rates("state form", &all, &rejected, |c| &c.state_form));
    report.push_str(&rates("zip form", &all, &rejected, |c| &c.zip_form));
    report.push_str(&rates("country", &all, &rejected, |c| &c.country));
    let refused_total = all.len() - accepted_total;
    let _ = writeln!(
        report,
        "\nrecords labelled refused: {refused_total}; not caught (or not on the flaw's field): {}",
        missed.len()
    );
    for m in missed.iter().take(MAX_EXAMPLES) {
        let _ = writeln!(report, "  {m}");
    }
    let _ = writeln!(
        report,
        "\nwarnings on accepted records: {}",
        ranked(&warnings)
    );
    if let Ok(path) = std::env::var("REALISTIC_FAILURES") {
        std::fs::write(&path, &report).unwrap_or_else(|e| panic!("writing {path}: {e}"));
    }
    assert!(
        rejected.is_empty() && missed.is_empty(),
        "{} of {} records, by Rapyd's documented rules:\n{report}",
        rejected.len() + missed.len(),
        all.len()
    );
    eprintln!("{report}");
}
