//! End-to-end tests of `customer-validate validate`: JSON Lines and CSV in, one JSON report
//! line per record out (`line`, `ok`, `normalized` or `issues`), the summary (counts per code)
//! on standard error, and exit codes 0 (all valid), 1 (some invalid), 2 (usage or I/O error).
//! The committed sample files in `examples/` are run too, against `examples/expected.json`
//! (written by `scripts/gen_examples.py` with the code each invalid record must produce).

use serde_json::Value;
use std::collections::BTreeMap;

#[path = "support/cli.rs"]
mod cli;
use cli::{run, TempFile};

fn codes(record: &Value) -> Vec<&str> {
    record["issues"]
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["code"].as_str()).collect())
        .unwrap_or_default()
}

/// The summary's per-code counts (`  <count>  <code>` lines after the first).
fn summary_counts(stderr: &str) -> BTreeMap<String, u64> {
    stderr
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let n = parts.next()?.parse().ok()?;
            Some((parts.next()?.to_owned(), n))
        })
        .collect()
}

const BLOC_OK_1: &str = r#"{"email": " Ada@Example.COM ", "phone_number": "+234 803 123 4567", "bvn": "012 3456 7890", "first_name": " Ada ", "last_name": "Obi", "customer_type": "personal"}"#;
const BLOC_OK_2: &str = r#"{"email": "ngozi@example.org", "phone_number": "0905 123 4567", "bvn": "22233334444", "first_name": "Ngozi", "last_name": "Eze", "customer_type": "Business"}"#;

#[test]
fn all_valid_file_exits_0_with_normalized_records() {
    let file = TempFile::new(
        "all-valid.jsonl",
        format!("{BLOC_OK_1}\n{BLOC_OK_2}\n").as_bytes(),
    );
    let r = run(
        &[
            "validate",
            "--provider",
            "bloc",
            "--operation",
            "create",
            file.path(),
        ],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.records.len(), 2);
    assert_eq!(r.records[0]["line"], 1);
    assert_eq!(r.records[0]["ok"], true);
    assert_eq!(
        r.records[0]["normalized"],
        serde_json::json!({"email": "Ada@example.com", "phone_number": "08031234567",
            "bvn": "01234567890", "first_name": "Ada", "last_name": "Obi",
            "customer_type": "Personal"})
    );
    assert!(r.records[0].get("issues").is_none());
    assert_eq!(r.records[1]["line"], 2);
    assert_eq!(r.records[1]["normalized"]["phone_number"], "09051234567");
    assert_eq!(
        r.stderr.lines().next(),
        Some("2 records: 2 valid, 0 invalid (bloc create)")
    );
}

#[test]
fn some_invalid_exits_1_and_the_summary_counts_codes() {
    let input = format!(
        "{BLOC_OK_1}\n{}\n{}\n",
        r#"{"email": "x", "phone_number": "+44 20 7946 0123", "bvn": "0123456789", "first_name": "A", "last_name": "B", "customer_type": "personal"}"#,
        r#"{"email": "a@example.com", "phone_number": "08031234567", "bvn": 1, "first_name": "A", "customer_type": "personal", "nick": "x"}"#,
    );
    let file = TempFile::new("some-invalid.jsonl", input.as_bytes());
    let r = run(
        &[
            "validate",
            "--provider",
            "bloc",
            "--operation",
            "create",
            file.path(),
        ],
        b"",
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.records.len(), 3);
    assert_eq!(r.records[0]["ok"], true);
    assert_eq!(r.records[1]["ok"], false);
    assert!(r.records[1].get("normalized").is_none());
    assert_eq!(
        codes(&r.records[1]),
        ["email_missing_at", "phone_wrong_region", "digits_length"]
    );
    assert_eq!(
        r.records[1]["issues"][1]["pointer"], "/phone_number",
        "issues carry their field's pointer"
    );
    assert_eq!(
        codes(&r.records[2]),
        ["invalid_type", "field_required", "unknown_field"]
    );
    assert_eq!(
        r.stderr.lines().next(),
        Some("3 records: 1 valid, 2 invalid (bloc create)")
    );
    let counts = summary_counts(&r.stderr);
    let want: BTreeMap<String, u64> = [
        ("digits_length", 1),
        ("email_missing_at", 1),
        ("field_required", 1),
        ("invalid_type", 1),
        ("phone_wrong_region", 1),
        ("unknown_field", 1),
    ]
    .into_iter()
    .map(|(c, n)| (c.to_owned(), n))
    .collect();
    assert_eq!(counts, want, "{}", r.stderr);
    // The report never echoes the personal values it refused.
    let report = serde_json::to_string(&r.records[1]["issues"]).unwrap();
    assert!(!report.contains("0123456789") && !report.contains("7946"));
}

#[test]
fn usage_errors_exit_2() {
    let file = TempFile::new("usage.jsonl", format!("{BLOC_OK_1}\n").as_bytes());
    for (args, needle) in [
        (
            vec!["validate", "--provider", "paypal", "--operation", "create"],
            "unknown provider",
        ),
        (
            vec!["validate", "--provider", "bloc", file.path()],
            "--operation is required",
        ),
        (
            vec!["validate", "--operation", "create", file.path()],
            "--provider is required",
        ),
        (
            vec!["validate", "--provider", "rapyd", "--operation", "block"],
            "rapyd has no block operation",
        ),
        (
            vec!["validate", "--provider", "bloc", "--operation", "delete"],
            "unknown operation",
        ),
        (
            vec![
                "validate",
                "--provider",
                "bloc",
                "--operation",
                "create",
                "--bogus",
            ],
            "unknown option",
        ),
    ] {
        let r = run(&args, b"");
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(needle), "{args:?}: {}", r.stderr);
        assert!(r.records.is_empty(), "{args:?}");
    }
    let r = run(
        &[
            "validate",
            "--provider",
            "bloc",
            "--operation",
            "create",
            "/nonexistent/customers.jsonl",
        ],
        b"",
    );
    assert_eq!(r.code, 2);
    assert!(r.records.is_empty());
    assert!(r.stderr.starts_with("customer-validate:"), "{}", r.stderr);
}

#[test]
fn bad_lines_are_reported_per_line_and_the_run_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(BLOC_OK_1.as_bytes());
    input.extend_from_slice(b"\n{\"email\": \"a@example.com\", \n"); // malformed JSON
    input.extend_from_slice(b"{\"first_name\": \"\xff\xfe\"}\n"); // invalid UTF-8
    input.extend_from_slice(b"\n"); // blank: skipped, still counted as a line
    input.extend_from_slice(b"[1, 2]\n"); // JSON, but not an object
    input.extend_from_slice(BLOC_OK_2.as_bytes()); // last line without a newline
    let r = run(
        &[
            "validate",
            "--provider",
            "bloc",
            "--operation",
            "create",
            "-",
        ],
        &input,
    );
    assert_eq!(r.code, 1);
    let lines: Vec<(u64, bool, Vec<&str>)> = r
        .records
        .iter()
        .map(|v| (v["line"].as_u64().unwrap(), v["ok"] == true, codes(v)))
        .collect();
    assert_eq!(
        lines,
        [
            (1, true, vec![]),
            (2, false, vec!["json_invalid"]),
            (3, false, vec!["encoding_invalid"]),
            (5, false, vec!["invalid_type"]),
            (6, true, vec![]),
        ]
    );
    assert!(r.records[1]["issues"][0]["params"]["column"].is_u64());
    assert_eq!(
        r.stderr.lines().next(),
        Some("5 records: 2 valid, 3 invalid (bloc create)")
    );
}

#[test]
fn stdin_with_dash_and_without_a_file() {
    let input = format!("{BLOC_OK_2}\n");
    for args in [
        vec![
            "validate",
            "--provider",
            "bloc",
            "--operation",
            "create",
            "-",
        ],
        vec!["validate", "--provider", "bloc", "--operation", "create"],
    ] {
        let r = run(&args, input.as_bytes());
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(r.records.len(), 1);
        assert_eq!(r.records[0]["normalized"]["email"], "ngozi@example.org");
    }
    // CSV from standard input needs --format.
    let csv = "ref,address\ncust-1,+1 202-456-1111\n";
    let r = run(
        &[
            "validate",
            "--provider",
            "authvia",
            "--operation",
            "bulk_row",
            "--format",
            "csv",
            "-",
        ],
        csv.as_bytes(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.records[0]["normalized"],
        serde_json::json!({"ref": "cust-1", "addresses": ["+12024561111"]})
    );
}

#[test]
fn authvia_csv_layout_with_repeated_address_columns() {
    let csv = "\u{feff}ref,address,address,metadata.name,appdata.note\n\
        cust-1,+1 202-456-1111,Ada@Example.com,Ada Obi,VIP\n\
        cust-2,ada@example.com,,\"Obi, Ada\",\"Net 30, pays by ACH\"\n\
        cust-3,+1 202-456-1111,+12024561111,Ada Obi,\n\
        cust-4,+1 202-456-1111\n\
        ,,,,\n\
        cust 5,+44 20 7946 0123,,Zoë Brown,\n";
    let file = TempFile::new("authvia.csv", csv.as_bytes());
    let r = run(
        &[
            "validate",
            "--provider",
            "authvia",
            "--operation",
            "bulk_row",
            file.path(),
        ],
        b"",
    );
    assert_eq!(r.code, 1);
    let summary: Vec<(u64, bool)> = r
        .records
        .iter()
        .map(|v| (v["line"].as_u64().unwrap(), v["ok"] == true))
        .collect();
    // Line 6 is all empty cells: skipped, as a blank line.
    assert_eq!(
        summary,
        [(2, true), (3, true), (4, false), (5, false), (7, false)]
    );
    // The addresses keep their column order: the first is the default.
    assert_eq!(
        serde_json::to_string(&r.records[0]["normalized"]).unwrap(),
        r#"{"ref":"cust-1","addresses":["+12024561111","Ada@example.com"],"metadata":{"name":"Ada Obi"},"appdata":{"note":"VIP"}}"#
    );
    assert_eq!(
        r.records[1]["normalized"],
        serde_json::json!({"ref": "cust-2", "addresses": ["ada@example.com"],
            "metadata": {"name": "Obi, Ada"}, "appdata": {"note": "Net 30, pays by ACH"}})
    );
    assert_eq!(codes(&r.records[2]), ["duplicate_value"]);
    assert_eq!(r.records[2]["issues"][0]["pointer"], "/addresses/1");
    assert_eq!(r.records[2]["issues"][0]["params"]["first_index"], 0);
    assert_eq!(codes(&r.records[3]), ["column_count"]);
    assert_eq!(r.records[3]["issues"][0]["params"]["expected"], 5);
    assert_eq!(r.records[3]["issues"][0]["params"]["received"], 2);
    assert_eq!(codes(&r.records[4]), ["id_invalid"]);
    assert_eq!(r.records[4]["issues"][0]["pointer"], "/ref");
    assert_eq!(
        r.stderr.lines().next(),
        Some("5 records: 2 valid, 3 invalid (authvia bulk_row, CSV delimiter ',' detected)")
    );
}

/// Each committed sample file gives exactly the intended valid and invalid records, and each
/// invalid record the issue code it was written to produce.
#[test]
fn committed_examples_give_the_intended_results() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/expected.json")).expect("examples/expected.json"),
    )
    .expect("expected.json is JSON");
    let files = expected.as_object().expect("an object of files");
    assert_eq!(files.len(), 4);
    for (name, want) in files {
        let path = format!("{dir}/{name}");
        let r = run(
            &[
                "validate",
                "--provider",
                want["provider"].as_str().unwrap(),
                "--operation",
                want["operation"].as_str().unwrap(),
                &path,
            ],
            b"",
        );
        let records = want["records"].as_u64().unwrap();
        let valid = want["valid"].as_u64().unwrap();
        let invalid = want["invalid"].as_object().unwrap();
        assert_eq!(
            r.code, 1,
            "{name}: the samples hold invalid records on purpose"
        );
        assert_eq!(r.records.len() as u64, records, "{name}");
        assert_eq!(
            r.stderr.lines().next().unwrap(),
            format!(
                "{records} records: {valid} valid, {} invalid ({} {}{})",
                records - valid,
                want["provider"].as_str().unwrap(),
                want["operation"].as_str().unwrap(),
                if name.ends_with(".csv") {
                    ", CSV delimiter ',' detected"
                } else {
                    ""
                }
            ),
            "{name}"
        );
        for rec in &r.records {
            let line = rec["line"].as_u64().unwrap().to_string();
            match invalid.get(&line) {
                None => assert_eq!(rec["ok"], true, "{name} line {line}: {rec}"),
                Some(code) => {
                    assert_eq!(rec["ok"], false, "{name} line {line} should be invalid");
                    assert!(
                        codes(rec).contains(&code.as_str().unwrap()),
                        "{name} line {line}: want {code}, got {:?}",
                        codes(rec)
                    );
                }
            }
        }
        assert_eq!(
            r.records.iter().filter(|v| v["ok"] == true).count() as u64,
            valid,
            "{name}"
        );
    }
}
