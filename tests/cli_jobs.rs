//! `--jobs`: `validate`, `check` and `convert` on several threads give byte for byte the report,
//! the summary and the exit code of `--jobs 1`, in input order, on the bundled examples and
//! on generated files large enough to fill many batches, with every kind of bad line.

#[path = "support/cli.rs"]
#[allow(dead_code)] // `run`: these tests compare raw bytes
mod cli;
use cli::{run_raw, TempFile};

/// Runs `args` with `--jobs 1` and with each other count, and checks every run's output is
/// the same bytes; returns the `--jobs 1` run.
fn same_for_every_job_count(args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>, Vec<u8>) {
    let with = |jobs: &str| {
        let mut a = args.to_vec();
        a.extend(["--jobs", jobs]);
        run_raw(&a, stdin)
    };
    let one = with("1");
    for jobs in ["2", "4", "7"] {
        let many = with(jobs);
        assert_eq!(many.0, one.0, "exit code, --jobs {jobs}, {args:?}");
        assert!(
            many.1 == one.1,
            "report differs with --jobs {jobs}, {args:?}"
        );
        assert_eq!(
            String::from_utf8_lossy(&many.2),
            String::from_utf8_lossy(&one.2),
            "summary, --jobs {jobs}, {args:?}"
        );
    }
    // And without --jobs (all cores).
    let default = run_raw(args, stdin);
    assert_eq!(
        (default.0, &default.1),
        (one.0, &one.1),
        "default jobs, {args:?}"
    );
    one
}

/// The `line` of each report line, in the order written.
fn lines(report: &[u8]) -> Vec<u64> {
    String::from_utf8(report.to_vec())
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["line"].as_u64().unwrap()
        })
        .collect()
}

#[test]
fn the_bundled_examples_give_the_same_report() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    for (provider, operation, file) in [
        ("rapyd", "create", "rapyd-create.jsonl"),
        ("bloc", "create", "bloc-create.jsonl"),
        ("calypso", "create", "calypso-create.jsonl"),
        ("authvia", "bulk_row", "authvia-bulk.csv"),
    ] {
        let path = format!("{dir}/{file}");
        let (code, report, _) = same_for_every_job_count(
            &[
                "validate",
                "--provider",
                provider,
                "--operation",
                operation,
                &path,
            ],
            b"",
        );
        assert_eq!(code, 1, "{file} holds invalid records on purpose");
        let l = lines(&report);
        assert!(l.windows(2).all(|w| w[0] < w[1]), "{file}: input order");
    }
    for (field, file) in [
        ("phone", "phones.jsonl"),
        ("email", "emails.jsonl"),
        ("country", "countries.jsonl"),
    ] {
        let path = format!("{dir}/{file}");
        same_for_every_job_count(&["check", field, &path], b"");
    }
    let path = format!("{dir}/rapyd-create.jsonl");
    same_for_every_job_count(&["convert", "--from", "rapyd", "--to", "bloc", &path], b"");
}

/// 6,000 JSON Lines (many batches) mixing valid and invalid records, blank lines, invalid
/// JSON, bad UTF-8 and lines over the input limit, from a file and from standard input.
#[test]
fn a_large_mixed_json_lines_file_gives_the_same_report() {
    let mut input = Vec::new();
    for i in 0..6000u32 {
        match i % 11 {
            0 => input.extend_from_slice(b"\n"),
            1 => input.extend_from_slice(b"{not json\n"),
            2 => input.extend_from_slice(b"{\"name\": \"\xff\"}\n"),
            3 => {
                let long = "x".repeat(3000);
                input.extend_from_slice(format!("{{\"name\": \"{long}\"}}\n").as_bytes());
            }
            4 => input.extend_from_slice(
                format!("{{\"name\": \"N {i}\", \"email\": \"bad{i}\"}}\r\n").as_bytes(),
            ),
            _ => input.extend_from_slice(
                format!(
                    "{{\"name\": \"Ada Obi {i}\", \"email\": \"ada{i}@example.com\", \"phone_number\": \"+1202456{:04}\"}}\n",
                    i % 10_000
                )
                .as_bytes(),
            ),
        }
    }
    let args = [
        "validate",
        "--provider",
        "rapyd",
        "--operation",
        "create",
        "--options",
        r#"{"max_input_bytes": 2048}"#,
    ];
    let (code, report, summary) = same_for_every_job_count(&args, &input);
    assert_eq!(code, 1);
    let l = lines(&report);
    assert_eq!(
        l.len(),
        6000 - 6000 / 11 - 1,
        "every non-blank line answered"
    );
    assert!(l.windows(2).all(|w| w[0] < w[1]), "input order");
    let summary = String::from_utf8(summary).unwrap();
    for code in [
        "json_invalid",
        "encoding_invalid",
        "payload_too_large",
        "email_missing_at",
    ] {
        assert!(summary.contains(code), "{code} in {summary}");
    }
    let file = TempFile::new("mixed.jsonl", &input);
    let mut from_file = args.to_vec();
    from_file.push(file.path());
    let (_, report_from_file, _) = same_for_every_job_count(&from_file, b"");
    assert!(report_from_file == report);
}

/// 5,000 CSV rows with CRLF line ends, quoted line ends, blank rows, rows with the wrong
/// cell count, bad UTF-8 and invalid values.
#[test]
fn a_large_mixed_csv_file_gives_the_same_report() {
    let mut input = b"name;email;phone_number\r\n".to_vec();
    for i in 0..5000u32 {
        match i % 13 {
            0 => input.extend_from_slice(b";;\r\n"),
            1 => input.extend_from_slice(b"only;two\r\n"),
            2 => input.extend_from_slice(b"\xff;a@example.com;\r\n"),
            3 => input.extend_from_slice(
                format!("\"Zo\u{eb}\r\nBrown {i}\";zoe{i}@example.com;\r\n").as_bytes(),
            ),
            4 => input.extend_from_slice(format!("Bad {i};not-an-email;\r\n").as_bytes()),
            5 => input.extend_from_slice(b"\r\n"),
            _ => input.extend_from_slice(
                format!(
                    "\"Obi, Ada {i}\";ada{i}@example.com;+44 20 7946 {:04}\r\n",
                    i % 10_000
                )
                .as_bytes(),
            ),
        }
    }
    let file = TempFile::new("mixed.csv", &input);
    let (code, report, summary) = same_for_every_job_count(
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
    assert_eq!(code, 1);
    let l = lines(&report);
    assert!(l.windows(2).all(|w| w[0] < w[1]), "input order");
    assert_eq!(l.len(), 5000 - 2 * 385, "blank rows are skipped");
    let summary = String::from_utf8(summary).unwrap();
    assert!(summary.contains("CSV delimiter ';' detected"), "{summary}");
    for code in ["column_count", "encoding_invalid", "email_missing_at"] {
        assert!(summary.contains(code), "{code} in {summary}");
    }
}

#[test]
fn jobs_usage_errors_exit_2() {
    for (value, needle) in [
        ("0", "--jobs takes a number"),
        ("many", "--jobs takes a number"),
    ] {
        for cmd in [
            &["validate", "--provider", "rapyd", "--operation", "create"][..],
            &["check", "phone"][..],
            &["convert", "--to", "rapyd"][..],
        ] {
            let mut args = cmd.to_vec();
            args.extend(["--jobs", value]);
            let (code, _, stderr) = run_raw(&args, b"");
            assert_eq!(code, 2, "{args:?}");
            assert!(
                String::from_utf8_lossy(&stderr).contains(needle),
                "{args:?}"
            );
        }
    }
}

#[test]
fn messages_in_a_locale_are_the_same_on_every_core() {
    let mut input = Vec::new();
    for i in 0..3000u32 {
        let line = if i % 3 == 0 {
            format!("{{\"name\": \"Ada {i}\", \"email\": \"bad{i}@\"}}\n")
        } else {
            format!("{{\"name\": \"Ada {i}\"}}\n")
        };
        input.extend_from_slice(line.as_bytes());
    }
    let (code, out, _) = same_for_every_job_count(
        &[
            "validate",
            "--provider",
            "rapyd",
            "--operation",
            "create",
            "--locale",
            "fr",
        ],
        &input,
    );
    assert_eq!(code, 1);
    let text = String::from_utf8(out).unwrap();
    let first_bad = text.lines().next().unwrap();
    assert!(
        first_bad.contains("Saisissez le domaine après le @."),
        "{first_bad}"
    );
}

/// Lines longer than the reader's 256 KiB chunks: one within the input limit (the chunk
/// grows), one over it (read to its end, not kept), one exactly at the limit with a `\r`
/// (stripped, so it fits), and a last line without a line end.
#[test]
fn lines_longer_than_a_chunk_give_the_same_report() {
    let padded = |len: usize| {
        let mut line = br#"{"name": "Ada", "metadata": {"note": ""#.to_vec();
        line.resize(len - 3, b'x');
        line.extend_from_slice(b"\"}}");
        line
    };
    let mut input = b"{\"name\": \"Ada\", \"email\": \"a@example.com\"}\n".to_vec();
    input.extend_from_slice(&padded(300 * 1024));
    input.push(b'\n');
    input.extend_from_slice(&padded(2 * 1024 * 1024));
    input.extend_from_slice(b"\n\n");
    input.extend_from_slice(&padded(1024 * 1024));
    input.extend_from_slice(b"\r\n{\"name\": \"Bo\"}");
    let args = ["validate", "--provider", "rapyd", "--operation", "create"];
    let (_, report, _) = same_for_every_job_count(&args, &input);
    assert_eq!(lines(&report), [1, 2, 3, 5, 6]);
    let too_large: Vec<bool> = String::from_utf8(report)
        .unwrap()
        .lines()
        .map(|l| l.contains("payload_too_large"))
        .collect();
    assert_eq!(too_large, [false, false, true, false, false]);
}
