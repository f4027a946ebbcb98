//! End-to-end tests of the CLI's files as people really have them: I/O errors that name the
//! file (exit 2), CSV saved with CRLF or CR line ends (each record's `line` is the physical
//! line where it starts), a UTF-8 byte order mark before JSON Lines or CSV, and CSV separated
//! by `;`, tab or `|`, detected from the header or given with `--delimiter`, and named in the
//! summary. Excel's exports in Germany or France put the three together.

use serde_json::Value;
use std::process::{Command, Stdio};

#[path = "support/cli.rs"]
mod cli;
use cli::{run, TempFile};

fn lines(records: &[Value]) -> Vec<u64> {
    records
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect()
}

fn codes(record: &Value) -> Vec<&str> {
    record["issues"]
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["code"].as_str()).collect())
        .unwrap_or_default()
}

fn validate_csv(bytes: &[u8], extra: &[&str]) -> cli::Run {
    let mut args = vec![
        "validate",
        "--provider",
        "rapyd",
        "--operation",
        "create",
        "--format",
        "csv",
    ];
    args.extend_from_slice(extra);
    run(&args, bytes)
}

/// Records on lines 2, 3 (two lines, a quoted line end inside), 6 (after a blank line 5) and 7
/// (invalid email), with `end` as every line end and `sep` between cells.
fn sample_csv(end: &str, sep: &str) -> Vec<u8> {
    [
        format!("name{sep}email{sep}phone_number"),
        format!("Ada Obi{sep}ada@example.com{sep}+12024561111"),
        format!("\"Zoë{end}Brown\"{sep}zoe@example.com{sep}"),
        String::new(),
        format!("Ngozi Eze{sep}ngozi@example.org{sep}"),
        format!("Bad Mail{sep}not-an-email{sep}"),
    ]
    .join(end)
    .into_bytes()
}

#[test]
fn crlf_cr_and_lf_csv_give_each_record_its_own_line() {
    for end in ["\n", "\r\n", "\r"] {
        let r = validate_csv(&sample_csv(end, ","), &[]);
        assert_eq!(lines(&r.records), [2, 3, 6, 7], "line end {end:?}");
        assert_eq!(r.records[0]["ok"], true, "{end:?}: {}", r.records[0]);
        // The record with a quoted line end is one record (the name's whitespace is then
        // normalized by the rules).
        assert_eq!(
            r.records[1]["normalized"]["name"], "Zoë Brown",
            "{end:?}: {}",
            r.records[1]
        );
        assert_eq!(codes(&r.records[3]), ["email_missing_at"], "{end:?}");
        assert_eq!(r.code, 1);
    }
}

#[test]
fn a_bom_before_json_lines_keeps_the_first_record() {
    let input = b"\xEF\xBB\xBF{\"name\": \"Ada Obi\", \"email\": \"ada@example.com\"}\r\n{\"name\": \"Zo\xC3\xAB\"}\r\n";
    let r = run(
        &["validate", "--provider", "rapyd", "--operation", "create"],
        input,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(lines(&r.records), [1, 2]);
    assert_eq!(r.records[0]["normalized"]["name"], "Ada Obi");
    // From a file too, and for `check` and `convert`.
    let file = TempFile::new("bom.jsonl", input);
    let r = run(
        &[
            "validate",
            "--provider",
            "rapyd",
            "--operation",
            "create",
            file.path(),
        ],
        b"",
    );
    assert_eq!((r.code, r.records.len()), (0, 2), "{}", r.stderr);
    let r = run(&["check", "email"], b"\xEF\xBB\xBF\"ada@example.com\"\n");
    assert_eq!(r.records[0]["valid"], true, "{:?}", r.records);
    let r = run(
        &["convert", "--to", "rapyd"],
        b"\xEF\xBB\xBF{\"full_name\": \"Ada Obi\", \"email\": \"ada@example.com\"}\n",
    );
    assert_eq!(r.records[0]["ok"], true, "{:?} {}", r.records, r.stderr);
}

#[test]
fn a_bom_before_a_csv_header_is_not_part_of_the_first_column() {
    let mut csv = b"\xEF\xBB\xBF".to_vec();
    csv.extend(sample_csv("\r\n", ","));
    let r = validate_csv(&csv, &[]);
    assert_eq!(lines(&r.records), [2, 3, 6, 7]);
    assert_eq!(r.records[0]["ok"], true, "{}", r.records[0]);
}

/// Excel's "CSV (separated by semicolons)" in Germany, France, the Netherlands…: `;`, CRLF and
/// (for "CSV UTF-8") a byte order mark, with a quoted comma inside a cell.
#[test]
fn excel_semicolon_exports_are_read_and_the_summary_says_so() {
    let export = "\u{feff}name;email;phone_number;metadata.note\r\n\
        \"Müller, Jürgen\";juergen@example.de;+49 30 901820;\"Zahlung: 30 Tage; Skonto 2,5 %\"\r\n\
        Élodie Dubois;elodie@example.fr;+33 1 42 68 53 00;\r\n\
        Hélène Martin;pas-un-email;;\r\n";
    let r = validate_csv(export.as_bytes(), &[]);
    assert_eq!(lines(&r.records), [2, 3, 4], "{}", r.stderr);
    assert_eq!(r.records[0]["ok"], true, "{}", r.records[0]);
    assert_eq!(r.records[0]["normalized"]["name"], "Müller, Jürgen");
    assert_eq!(
        r.records[0]["normalized"]["metadata"]["note"],
        "Zahlung: 30 Tage; Skonto 2,5 %"
    );
    assert_eq!(r.records[1]["ok"], true, "{}", r.records[1]);
    assert_eq!(codes(&r.records[2]), ["email_missing_at"]);
    assert_eq!(
        r.stderr.lines().next(),
        Some("3 records: 2 valid, 1 invalid (rapyd create, CSV delimiter ';' detected)")
    );
}

#[test]
fn tab_and_pipe_are_detected() {
    for (sep, name) in [("\t", "tab"), ("|", "'|'"), (",", "','"), (";", "';'")] {
        let r = validate_csv(&sample_csv("\n", sep), &[]);
        assert_eq!(lines(&r.records), [2, 3, 6, 7], "{name}");
        assert_eq!(r.records[0]["ok"], true, "{name}: {}", r.records[0]);
        assert!(
            r.stderr
                .lines()
                .next()
                .unwrap()
                .ends_with(&format!("CSV delimiter {name} detected)")),
            "{}",
            r.stderr
        );
    }
}

/// A header whose only comma is quoted and whose other separator is `;` is `;`-separated;
/// one with as many commas as semicolons is comma-separated; `--delimiter` overrides.
#[test]
fn ambiguous_headers_follow_the_rule_and_delimiter_overrides() {
    let quoted = "\"name\";email\r\n\"Obi, Ada\";ada@example.com\r\n";
    let r = validate_csv(quoted.as_bytes(), &[]);
    assert_eq!(
        r.records[0]["normalized"]["name"], "Obi, Ada",
        "{}",
        r.stderr
    );

    // One column named "name;x": the file says `,` (a tie at zero commas and one `;` is
    // not a tie), so with --delimiter ',' the whole line is the name.
    let one = "name;x\nAda;Obi\n";
    let r = validate_csv(one.as_bytes(), &["--delimiter", ","]);
    assert_eq!(
        codes(&r.records[0]),
        ["field_required", "unknown_field"],
        "{}",
        r.records[0]
    );
    assert!(r.stderr.contains("CSV delimiter ',' given"), "{}", r.stderr);

    let r = validate_csv(
        b"name\temail\nAda Obi\tada@example.com\n",
        &["--delimiter", "tab"],
    );
    assert_eq!(r.records[0]["ok"], true, "{}", r.records[0]);
    assert!(r.stderr.contains("CSV delimiter tab given"), "{}", r.stderr);
}

#[test]
fn delimiter_usage_errors_exit_2() {
    for (extra, needle) in [
        (
            vec!["--delimiter", "ab"],
            "--delimiter takes one ASCII character",
        ),
        (
            vec!["--delimiter", "\""],
            "--delimiter takes one ASCII character",
        ),
        (vec!["--delimiter"], "--delimiter needs a value"),
    ] {
        let r = validate_csv(b"name\n", &extra);
        assert_eq!(r.code, 2, "{extra:?}");
        assert!(r.stderr.contains(needle), "{extra:?}: {}", r.stderr);
    }
    let r = run(
        &[
            "validate",
            "--provider",
            "rapyd",
            "--operation",
            "create",
            "--delimiter",
            ";",
        ],
        b"{}\n",
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--delimiter is for CSV input"),
        "{}",
        r.stderr
    );
}

#[test]
fn io_errors_name_the_file_and_exit_2() {
    let missing = std::env::temp_dir().join("customer-validate-no-such-file.csv");
    let missing = missing.to_str().unwrap();
    let dir = std::env::temp_dir();
    let dir = dir.to_str().unwrap();
    for args in [
        vec![
            "validate",
            "--provider",
            "rapyd",
            "--operation",
            "create",
            missing,
        ],
        vec!["check", "phone", missing],
        vec!["convert", "--to", "rapyd", missing],
        vec!["format-as-you-type", missing],
    ] {
        let r = run(&args, b"");
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(
            r.stderr.trim_end(),
            format!("customer-validate: cannot read '{missing}': No such file or directory (os error 2)"),
            "{args:?}"
        );
        assert!(r.records.is_empty());
    }
    // Opening a directory works; reading it does not.
    let r = run(
        &[
            "validate",
            "--provider",
            "rapyd",
            "--operation",
            "create",
            dir,
        ],
        b"",
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr.trim_end(),
        format!("customer-validate: cannot read '{dir}': Is a directory (os error 21)")
    );
}

/// A report that cannot be written says so, and exits 2.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_names_standard_output() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let file = TempFile::new(
        "full.jsonl",
        "{\"name\": \"Ada\"}\n".repeat(2000).as_bytes(),
    );
    for jobs in ["1", "2"] {
        let out = Command::new(env!("CARGO_BIN_EXE_customer-validate"))
            .args([
                "validate",
                "--provider",
                "rapyd",
                "--operation",
                "create",
                "--jobs",
                jobs,
                file.path(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::from(full.try_clone().unwrap()))
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).trim_end(),
            "customer-validate: cannot write standard output: No space left on device (os error 28)"
        );
    }
}
