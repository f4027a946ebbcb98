//! `customer-validate format-as-you-type`: field texts in (JSON Lines, as `check phone`
//! reads them), what the field should show out, one JSON line each; the line's region, then
//! `--region`, then the options' `default_region`; issues for lines it cannot answer; hostile
//! lines answered without stopping the stream.

use serde_json::{json, Value};

#[path = "support/cli.rs"]
mod cli;

fn run(args: &[&str], stdin: &[u8]) -> (i32, Vec<Value>, String) {
    let r = cli::run(args, stdin);
    (r.code, r.records, r.stderr)
}

#[test]
fn each_line_gets_what_the_field_shows() {
    let input = concat!(
        "\"202456\"\n",
        "{\"input\": \"02071838\", \"region\": \"GB\"}\n",
        "{\"input\": \"+44 20 7183\", \"region\": null}\n",
        "\n",
        "\"(202) 456-1111\"\n",
        "\"20245611112\"\n",
    );
    let (code, out, _) = run(&["format-as-you-type", "--region", "US"], input.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(
        out,
        [
            json!({"line": 1, "formatted": "202-456"}),
            json!({"line": 2, "formatted": "020 7183 8"}),
            json!({"line": 3, "formatted": "+44 20 7183"}),
            // Complete and valid: its region and E.164 too.
            json!({"line": 5, "formatted": "(202) 456-1111", "region": "US",
                   "e164": "+12024561111"}),
            // One digit more than any format takes: the digits as typed.
            json!({"line": 6, "formatted": "20245611112"}),
        ]
    );
}

#[test]
fn the_region_comes_from_the_line_then_the_flag_then_the_options() {
    let input = b"\"0803123\"\n{\"input\": \"0803123\", \"region\": \"GB\"}\n";
    let (_, out, _) = run(
        &[
            "format-as-you-type",
            "--options",
            r#"{"default_region": "NG"}"#,
        ],
        input,
    );
    assert_eq!(out[0]["formatted"], "0803 123");
    assert_eq!(out[1]["formatted"], "0803 123");
    let (_, out, _) = run(
        &[
            "format-as-you-type",
            "--options",
            r#"{"default_region": "US"}"#,
            "--region",
            "NG",
        ],
        input,
    );
    assert_eq!(out[0]["formatted"], "0803 123");
    // No region at all: national digits are shown as typed.
    let (code, out, _) = run(&["format-as-you-type"], b"\"0301234567\"\n");
    assert_eq!((code, &out[0]["formatted"]), (0, &json!("0301234567")));
}

#[test]
fn lines_it_cannot_answer_get_issues_and_exit_1() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"input\": \"0803\", \"region\": \"Nigeria\"}\n");
    input.extend_from_slice(b"\xff\xfe\n");
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"42\n");
    input.extend_from_slice(&vec![b'7'; 3 * 1024 * 1024]);
    input.extend_from_slice(b"\n\"1-800-FLOWERS\"\n");
    let long = format!("\"{}\"\n", "9".repeat(10_000));
    input.extend_from_slice(long.as_bytes());
    input.extend_from_slice("\"\u{200F}+44 20\"\n".as_bytes());
    let (code, out, _) = run(&["format-as-you-type", "--region", "US"], &input);
    assert_eq!(code, 1);
    let codes: Vec<&str> = out
        .iter()
        .map(|v| v["issues"][0]["code"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(
        codes,
        [
            "region_unknown",
            "encoding_invalid",
            "json_invalid",
            "invalid_type",
            "too_long",
            "-",
            "-",
            "-"
        ]
    );
    // Text libphonenumber does not format comes back unchanged.
    assert_eq!(out[5]["formatted"], "1-800-FLOWERS");
    assert_eq!(out[6]["formatted"].as_str().map(str::len), Some(10_000));
    assert_eq!(out[7]["formatted"], "\u{200F}+44 20");
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = run(&["format-as-you-type", "--bogus"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("unknown option"));
    // The usage names the command.
    assert!(err.contains("customer-validate format-as-you-type [--region XX]"));
    let (code, _, _) = run(&["format-as-you-type", "--region"], b"");
    assert_eq!(code, 2);
    let (code, _, err) = run(&["format-as-you-type", "/nonexistent/file.jsonl"], b"");
    assert_eq!(code, 2);
    assert!(!err.is_empty());
}
