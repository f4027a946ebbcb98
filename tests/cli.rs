//! The `customer-validate check` command: JSON Lines in, one verdict per line out, exit codes,
//! and hostile input (invalid UTF-8, NUL, huge lines) answered line by line.

use serde_json::Value;

#[path = "support/cli.rs"]
mod cli;

/// The shared runner's answer as (exit code, report lines, standard error).
fn run(args: &[&str], stdin: &[u8]) -> (i32, Vec<Value>, String) {
    let r = cli::run(args, stdin);
    (r.code, r.records, r.stderr)
}

#[test]
fn phone_lines_get_verdicts_with_extras() {
    let input = b"{\"input\": \"0803 123 4567\", \"region\": \"NG\"}\n\"+4915123456789\"\n";
    let (code, out, _) = run(&["check", "phone", "--region", "US"], input);
    assert_eq!(code, 0);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["line"], 1);
    assert_eq!(out[0]["valid"], true);
    assert_eq!(out[0]["normalized"], "+2348031234567");
    assert_eq!(out[0]["region"], "NG");
    assert_eq!(out[0]["type"], "mobile");
    assert_eq!(out[1]["e164"], "+4915123456789");
    assert_eq!(out[1]["issues"], serde_json::json!([]));
}

#[test]
fn invalid_values_exit_1_and_never_echo_the_number() {
    let (code, out, _) = run(&["check", "phone"], b"\"+1 555 0199 1\"\n\"030 1234567\"\n");
    assert_eq!(code, 1);
    assert_eq!(out[0]["issues"][0]["code"], "phone_too_short");
    assert_eq!(out[1]["issues"][0]["code"], "phone_region_required");
    let text = serde_json::to_string(&out).unwrap();
    assert!(!text.contains("0199"));
    assert!(!text.contains("1234567"));
}

#[test]
fn bad_lines_are_reported_and_the_stream_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(b"\xff\xfe\n");
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"42\n");
    input.extend_from_slice(b"\"\\u0000\"\n");
    input.extend_from_slice(&vec![b'7'; 3 * 1024 * 1024]);
    input.extend_from_slice(b"\n\n\"DE\"");
    let (code, out, _) = run(&["check", "country"], &input);
    assert_eq!(code, 1);
    let codes: Vec<&str> = out
        .iter()
        .map(|v| v["issues"][0]["code"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(
        codes,
        [
            "encoding_invalid",
            "json_invalid",
            "invalid_type",
            "country_unknown",
            "too_long",
            "-"
        ]
    );
    // blank line 6 is skipped but counted
    assert_eq!(out[5]["line"], 7);
    assert_eq!(out[5]["normalized"], "DE");
}

#[test]
fn email_and_country_fields() {
    let (code, out, _) = run(&["check", "email"], b"\" Ada@Example.COM \"\n");
    assert_eq!(code, 0);
    assert_eq!(out[0]["normalized"], "Ada@example.com");
    // An IDN domain: `normalized` as providers get it (A-labels), both forms beside it.
    let (code, out, _) = run(&["check", "email"], "\"Ada@BÜCHER.de\"\n".as_bytes());
    assert_eq!(code, 0);
    assert_eq!(out[0]["normalized"], "Ada@xn--bcher-kva.de");
    assert_eq!(out[0]["address"], "Ada@bücher.de");
    assert_eq!(out[0]["ascii"], "Ada@xn--bcher-kva.de");
    let (code, out, _) = run(&["check", "country"], b"\"Ivory Coast\"\n\"GB\"\n\"AQ\"\n");
    assert_eq!(code, 0);
    assert_eq!(out[0]["normalized"], "CI");
    assert_eq!(out[0]["calling_code"], "225");
    assert_eq!(out[1]["calling_code"], "44");
    assert_eq!(out[2]["calling_code"], Value::Null);
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = run(&["check", "fax"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("unknown field"));
    let (code, _, _) = run(&["check", "phone", "--bogus"], b"");
    assert_eq!(code, 2);
    let (code, _, err) = run(&["check", "phone", "/nonexistent/file.jsonl"], b"");
    assert_eq!(code, 2);
    assert!(!err.is_empty());
}

#[test]
fn usage_names_every_provider_and_operation() {
    let (code, _, err) = run(&["bogus"], b"");
    assert_eq!(code, 2);
    let line = |label: &str| {
        err.lines()
            .find_map(|l| l.trim().strip_prefix(label).map(str::to_owned))
            .unwrap_or_default()
    };
    let names = |all: Vec<String>| all.join(", ");
    use customer_validate::{Operation, Provider};
    assert_eq!(
        line("providers: "),
        names(Provider::ALL.iter().map(|p| p.to_string()).collect())
    );
    assert_eq!(
        line("operations: "),
        names(Operation::ALL.iter().map(|o| o.to_string()).collect())
    );
}

#[test]
fn reads_a_file_argument() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/phones.jsonl");
    let (code, out, _) = run(&["check", "phone", path], b"");
    assert_eq!(code, 1, "the sample holds invalid numbers on purpose");
    assert!(out.len() >= 10);
    assert_eq!(out[2]["normalized"], "+4915123456789");
}

#[test]
fn address_objects_get_verdicts_on_their_own_members() {
    let input = concat!(
        "{\"name\": \"Ada\", \"line_1\": \" 350 Fifth Avenue \", \"city\": \"New York\", ",
        "\"state\": \"new york\", \"zip\": \"10118\", \"country\": \"us\"}\n",
        "{\"line_1\": \"1 Main St\", \"state\": \"Atlantis\", \"zip\": \"1234\", \"country\": \"US\"}\n",
        "\"10 Downing Street\"\n",
    );
    // By default the country's rules warn: the second address is valid, kept as typed.
    let (code, out, _) = run(&["check", "address"], input.as_bytes());
    assert_eq!(code, 1, "the third line is no address");
    assert_eq!(out[1]["valid"], true);
    assert_eq!(out[1]["normalized"]["zip"], "1234");
    let warned: Vec<(&str, &str)> = out[1]["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["code"].as_str().unwrap(), i["severity"].as_str().unwrap()))
        .collect();
    assert_eq!(
        warned,
        [
            ("subdivision_unknown", "warning"),
            ("postal_code_invalid", "warning"),
            ("address_incomplete", "warning"),
        ]
    );
    // --deliverable makes them errors.
    let (code, out, _) = run(&["check", "address", "--deliverable"], input.as_bytes());
    assert_eq!(code, 1);
    assert_eq!(out.len(), 3);
    assert_eq!(out[0]["valid"], true);
    assert_eq!(
        out[0]["normalized"],
        serde_json::json!({"name": "Ada", "line_1": "350 Fifth Avenue", "city": "New York",
            "state": "NY", "zip": "10118", "country": "US"})
    );
    let issues: Vec<(&str, &str)> = out[1]["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["pointer"].as_str().unwrap(), i["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        issues,
        [
            ("/state", "subdivision_unknown"),
            ("/zip", "postal_code_invalid"),
            ("/city", "field_required"),
        ]
    );
    assert_eq!(out[1]["issues"][1]["params"]["example"], "95014");
    assert_eq!(out[2]["issues"][0]["code"], "invalid_type");
    let (code, out, _) = run(
        &["check", "address"],
        b"{\"line_1\": \"Unter den Linden 77\", \"city\": \"Berlin\", \"zip\": \"10117\", \"country\": \"DE\"}\n",
    );
    assert_eq!(code, 0);
    assert_eq!(out[0]["normalized"]["zip"], "10117");
}

#[test]
fn postal_codes_with_a_country() {
    let input = b"\"sw1a1aa\"\n{\"input\": \"k1a0b1\", \"country\": \"Canada\"}\n\"SW1A\"\n";
    let (code, out, _) = run(&["check", "postal", "--country", "GB"], input);
    assert_eq!(code, 1);
    assert_eq!(out[0]["normalized"], "SW1A 1AA");
    assert_eq!(out[0]["country"], "GB");
    assert_eq!(out[1]["normalized"], "K1A 0B1");
    assert_eq!(out[2]["issues"][0]["code"], "postal_code_invalid");
    assert_eq!(out[2]["issues"][0]["params"]["country"], "GB");
    let (code, out, _) = run(&["check", "postal"], b"\"10115\"\n");
    assert_eq!(code, 1);
    assert_eq!(out[0]["issues"][0]["code"], "field_required");
    let (code, _, _) = run(&["check", "postal", "--country"], b"");
    assert_eq!(code, 2);
}
