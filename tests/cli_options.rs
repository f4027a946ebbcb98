//! `--options JSON|@FILE` on `validate`, `check` and `convert`: the library's `Options` as
//! JSON reach the commands (a switch changes a verdict), from a file too; the flags
//! `--region`, `--keep-unknown` and `--deliverable` win over `--options` in either order; a
//! mistake is exit code 2 with a message naming the key and never the value.

use serde_json::{json, Value};

#[path = "support/cli.rs"]
mod cli;
use cli::run;

/// Authvia create whose third address repeats the first (after normalization).
const AUTHVIA_DUP: &str =
    r#"{"ref": "cust-1", "addresses": ["+1 202-456-1111", "ada@example.com", "+12024561111"]}"#;
/// A New York address with a Beverly Hills ZIP code: a warning, or an error when deliverable.
const NY_90210: &str = r#"{"line_1": "350 Fifth Avenue", "city": "New York", "state": "NY", "zip": "90210", "country": "US"}"#;
/// A canonical customer, for `convert`.
const ADA: &str = r#"{"full_name": "Ada Obi", "email": "ada@example.com", "phone": "+234 803 123 4567", "national_id": {"scheme": "bvn", "value": "01234567890"}, "kind": "personal"}"#;

const DROP_DUPS: &str = r#"{"authvia": {"drop_duplicate_addresses": true}}"#;

/// Writes `text` to a file of this test run's own and answers its path.
fn options_file(name: &str, text: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-options-{}-{name}", std::process::id()));
    std::fs::write(&path, text).expect("options file written");
    path.to_str().expect("UTF-8 path").to_owned()
}

fn codes(record: &Value, key: &str) -> Vec<String> {
    record[key]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|i| format!("{}:{}", i["code"].as_str().unwrap(), i["severity"]))
                .collect()
        })
        .unwrap_or_default()
}

fn validate_authvia(extra: &[&str]) -> cli::Run {
    let mut args = vec!["validate", "--provider", "authvia", "--operation", "create"];
    args.extend_from_slice(extra);
    run(&args, AUTHVIA_DUP.as_bytes())
}

#[test]
fn a_provider_switch_through_options_changes_the_verdict() {
    let plain = validate_authvia(&[]);
    assert_eq!(plain.code, 1, "{}", plain.stderr);
    assert_eq!(
        codes(&plain.records[0], "issues"),
        ["duplicate_value:\"error\""]
    );

    let dropped = validate_authvia(&["--options", DROP_DUPS]);
    assert_eq!(dropped.code, 0, "{}", dropped.stderr);
    assert_eq!(dropped.records[0]["ok"], true);
    assert_eq!(
        dropped.records[0]["normalized"]["addresses"],
        json!([{"value": "+12024561111"}, {"value": "ada@example.com"}])
    );
    assert_eq!(
        codes(&dropped.records[0], "warnings"),
        ["duplicate_value:\"warning\""]
    );
}

#[test]
fn an_address_policy_through_options_changes_a_check() {
    let plain = run(&["check", "address"], NY_90210.as_bytes());
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert_eq!(
        codes(&plain.records[0], "issues"),
        ["postal_code_subdivision_mismatch:\"warning\""]
    );
    let strict = run(
        &[
            "check",
            "address",
            "--options",
            r#"{"address": {"deliverable": true}}"#,
        ],
        NY_90210.as_bytes(),
    );
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert_eq!(strict.records[0]["valid"], false);
    assert_eq!(
        codes(&strict.records[0], "issues"),
        ["postal_code_subdivision_mismatch:\"error\""]
    );
}

#[test]
fn convert_takes_options() {
    let plain = run(&["convert", "--to", "bloc"], ADA.as_bytes());
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert_eq!(
        plain.records[0]["normalized"]["phone_number"],
        "08031234567"
    );
    let e164 = run(
        &[
            "convert",
            "--options",
            r#"{"bloc": {"phone_output": "e164"}}"#,
            "--to",
            "bloc",
        ],
        ADA.as_bytes(),
    );
    assert_eq!(e164.code, 0, "{}", e164.stderr);
    assert_eq!(
        e164.records[0]["normalized"]["phone_number"],
        "+2348031234567"
    );
}

#[test]
fn options_from_a_file() {
    let path = options_file("drop.json", &format!("{DROP_DUPS}\n"));
    let r = validate_authvia(&["--options", &format!("@{path}")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.records[0]["ok"], true);
}

#[test]
fn a_missing_options_file_is_named_and_exits_2() {
    let path = options_file("gone.json", "{}");
    std::fs::remove_file(&path).unwrap();
    for command in [
        &["validate", "--provider", "authvia", "--operation", "create"][..],
        &["check", "email"],
        &["convert", "--to", "rapyd"],
    ] {
        let arg = format!("@{path}");
        let args: Vec<&str> = command.iter().copied().chain(["--options", &arg]).collect();
        let r = run(&args, AUTHVIA_DUP.as_bytes());
        assert_eq!(r.code, 2, "{command:?}: {}", r.stderr);
        assert!(r.records.is_empty(), "{command:?}: nothing is validated");
        let first = r.stderr.lines().next().unwrap_or_default();
        assert!(
            first.contains(&format!("cannot read '{path}'")),
            "{command:?}: {first}"
        );
    }
}

#[test]
fn an_unknown_key_exits_2_naming_it() {
    for (options, key) in [
        (
            r#"{"authvia": {"drop_dupes": true}}"#,
            "`authvia.drop_dupes`",
        ),
        (r#"{"max_isues": 5}"#, "`max_isues`"),
        (r#"{"paypal": {}}"#, "`paypal`"),
    ] {
        for command in [
            &["validate", "--provider", "authvia", "--operation", "create"][..],
            &["check", "phone"],
            &["convert", "--to", "authvia"],
        ] {
            let args: Vec<&str> = command
                .iter()
                .copied()
                .chain(["--options", options])
                .collect();
            let r = run(&args, AUTHVIA_DUP.as_bytes());
            assert_eq!(r.code, 2, "{command:?} {options}: {}", r.stderr);
            assert!(r.records.is_empty());
            let first = r.stderr.lines().next().unwrap_or_default();
            assert!(
                first.starts_with(&format!("customer-validate: --options: unknown key {key}")),
                "{command:?} {options}: {first}"
            );
        }
    }
}

#[test]
fn a_wrong_type_exits_2_naming_the_key_and_not_the_value() {
    // A value that looks like personal data (a name and a phone number) must not be echoed.
    let value = r#""Ada Obi +234 803 123 4567""#;
    for (options, want) in [
        (
            format!(r#"{{"bloc": {{"allow_digits_in_names": {value}}}}}"#),
            "`bloc.allow_digits_in_names`: expected a boolean, got a string",
        ),
        (
            format!(r#"{{"max_issues": {value}}}"#),
            "`max_issues`: expected a non-negative integer, got a string",
        ),
        (
            format!(r#"{{"email": {{"domain_form": {value}}}}}"#),
            "`email.domain_form`: unknown value, expected `ascii` or `unicode`",
        ),
    ] {
        let inline = run(&["check", "email", "--options", &options], b"");
        let path = options_file("wrong-type.json", &options);
        let arg = format!("@{path}");
        let from_file = run(&["check", "email", "--options", &arg], b"");
        for (r, prefix) in [
            (inline, "--options: ".to_owned()),
            (from_file, format!("--options {arg}: ")),
        ] {
            assert_eq!(r.code, 2, "{options}: {}", r.stderr);
            let first = r.stderr.lines().next().unwrap_or_default();
            assert_eq!(first, format!("customer-validate: {prefix}{want}"));
            assert!(
                !r.stderr.contains("Ada") && !r.stderr.contains("803"),
                "{}",
                r.stderr
            );
        }
    }
}

#[test]
fn not_an_object_or_not_json_exits_2() {
    for options in ["", "[]", "true", "{\"max_issues\": ", "@"] {
        let r = run(&["check", "email", "--options", options], b"");
        assert_eq!(r.code, 2, "{options:?}: {}", r.stderr);
    }
    let twice = run(
        &["check", "email", "--options", "{}", "--options", "{}"],
        b"",
    );
    assert_eq!(twice.code, 2);
    assert!(twice.stderr.contains("--options is given twice"));
    let no_value = run(&["check", "email", "--options"], b"");
    assert_eq!(no_value.code, 2);
}

#[test]
fn flags_win_over_options_whatever_the_order() {
    let rapyd = |args: &[&str], payload: &str| {
        let mut all = vec!["validate", "--provider", "rapyd", "--operation", "create"];
        all.extend_from_slice(args);
        run(&all, payload.as_bytes())
    };
    let phone = r#"{"name": "Ada Obi", "phone_number": "0803 123 4567"}"#;
    let us = r#"{"default_region": "US"}"#;
    for args in [
        ["--region", "NG", "--options", us],
        ["--options", us, "--region", "NG"],
    ] {
        let r = rapyd(&args, phone);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(
            r.records[0]["normalized"]["phone_number"], "+2348031234567",
            "{args:?}"
        );
    }
    // Without the flag the options' region is used, and 0803 123 4567 is no US number.
    let r = rapyd(&["--options", us], phone);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.records[0]["issues"][0]["pointer"], "/phone_number");

    let extra = r#"{"name": "Ada Obi", "nickname": "Ada"}"#;
    let reject = r#"{"unknown_fields": "reject"}"#;
    for args in [
        ["--keep-unknown", "--options", reject],
        ["--options", reject, "--keep-unknown"],
    ] {
        let r = rapyd(&args, extra);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(r.records[0]["normalized"]["nickname"], "Ada");
    }

    let lax = r#"{"address": {"deliverable": false}}"#;
    for args in [
        ["--deliverable", "--options", lax],
        ["--options", lax, "--deliverable"],
    ] {
        let mut all = vec!["check", "address"];
        all.extend_from_slice(&args);
        let r = run(&all, NY_90210.as_bytes());
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
    }
}

#[test]
fn check_phone_takes_default_region_from_options_after_the_line_and_region() {
    let ng = r#"{"default_region": "NG"}"#;
    // Valid in NG, too long for a US number: which region was used shows in the verdict.
    let input = "\"0803 123 4567\"\n{\"input\": \"0803 123 4567\", \"region\": \"US\"}\n";
    let r = run(&["check", "phone", "--options", ng], input.as_bytes());
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.records[0]["normalized"], "+2348031234567");
    assert_eq!(r.records[0]["region"], "NG");
    assert_eq!(
        r.records[1]["valid"], false,
        "the line's region comes first"
    );
    let r = run(
        &["check", "phone", "--options", ng, "--region", "US"],
        b"\"0803 123 4567\"\n",
    );
    assert_eq!(
        r.records[0]["valid"], false,
        "--region wins over default_region"
    );
    let r = run(&["check", "phone"], b"\"0803 123 4567\"\n");
    assert_eq!(
        r.records[0]["issues"][0]["code"], "phone_region_required",
        "no region at all without the options"
    );
}
