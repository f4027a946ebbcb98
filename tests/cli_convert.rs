//! End-to-end tests of `customer-validate convert`: canonical customers (or a provider's
//! payloads with `--from`) in as JSON Lines, one report line per record out (`line`, `ok`,
//! `normalized` or `issues` on canonical fields), the summary on standard error, exit codes
//! 0 (all converted), 1 (some not), 2 (usage error).

use customer_validate::customer::requirements;
use customer_validate::{Operation, Provider};
use serde_json::{json, Value};

#[path = "support/cli.rs"]
mod cli;
use cli::Run;

/// `customer-validate convert ARGS` with `stdin` as its input.
fn run(args: &[&str], stdin: &str) -> Run {
    let args: Vec<&str> = std::iter::once("convert")
        .chain(args.iter().copied())
        .collect();
    cli::run(&args, stdin.as_bytes())
}

fn pointers(record: &Value) -> Vec<&str> {
    record["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["pointer"].as_str().expect("pointer"))
        .collect()
}

const ADA: &str = r#"{"full_name": "Ada Obi", "email": "Ada@Example.com", "phone": "+234 803 123 4567", "national_id": {"scheme": "bvn", "value": "01234567890"}, "kind": "personal", "external_ref": "cust-1"}"#;

#[test]
fn canonical_to_bloc_one_line_per_record() {
    let input = format!("{ADA}\n\n{{\"full_name\": \"Cher\"}}\nnot json\n");
    let r = run(&["--to", "bloc"], &input);
    assert_eq!(r.code, 1);
    assert_eq!(r.records.len(), 3, "the blank line is skipped");
    assert_eq!(r.records[0]["line"], 1);
    assert_eq!(
        r.records[0]["normalized"],
        json!({"email": "Ada@example.com", "phone_number": "08031234567", "bvn": "01234567890",
            "first_name": "Ada", "last_name": "Obi", "customer_type": "Personal"})
    );
    assert_eq!(r.records[1]["line"], 3);
    assert_eq!(
        pointers(&r.records[1]),
        ["/email", "/phone", "/national_id", "/family_name", "/kind"]
    );
    assert_eq!(
        r.records[1]["issues"][2]["params"]["provider_field"],
        "/bvn"
    );
    assert_eq!(r.records[2]["issues"][0]["code"], "json_invalid");
    assert!(r
        .stderr
        .contains("3 records: 1 valid, 2 invalid (customer -> bloc create)"));
    assert!(r.stderr.contains("field_required"));
}

#[test]
fn all_valid_exits_zero_for_each_provider() {
    let account = format!("0x{}", "ab".repeat(20));
    // Every provider, the request context given to those that need one.
    for provider in Provider::ALL {
        let to = provider.as_str();
        let needs = requirements(*provider, Operation::Create).context;
        let mut args = vec!["--to", to];
        if !needs.is_empty() {
            args.extend(["--account", &account, "--timestamp", "1700000000000"]);
        }
        let r = run(&args, &format!("{ADA}\n"));
        assert_eq!(r.code, 0, "{to}: {:?}", r.records);
        assert_eq!(r.records[0]["ok"], true);
    }
    let r = run(
        &[
            "--to",
            "calypso",
            "--account",
            &account,
            "--timestamp",
            "1700000000000",
        ],
        &format!("{ADA}\n"),
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        r.records[0]["normalized"],
        json!({"account": account, "timestamp": 1_700_000_000_000_i64,
            "payload": {"email": "Ada@example.com", "externalId": "cust-1"}})
    );
}

#[test]
fn calypso_without_account_names_the_context_input() {
    let r = run(&["--to", "calypso"], &format!("{ADA}\n"));
    assert_eq!(r.code, 1);
    // The timestamp defaults to now; the account must be given.
    assert_eq!(pointers(&r.records[0]), ["/context/account"]);
}

#[test]
fn update_operation_and_customer_id() {
    let account = format!("0x{}", "ab".repeat(20));
    let id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    let r = run(
        &[
            "--to",
            "calypso",
            "--operation",
            "update",
            "--account",
            &account,
            "--customer-id",
            id,
        ],
        "{\"email\": \"a@example.com\", \"external_ref\": \"x\"}\n",
    );
    assert_eq!(r.code, 0, "{:?}", r.records);
    assert_eq!(
        r.records[0]["normalized"]["payload"],
        json!({"id": id, "email": "a@example.com"})
    );
}

#[test]
fn from_one_provider_to_another() {
    let authvia = r#"{"ref": "c-1", "addresses": [{"value": "+12024561111"}, "a@example.com"], "metadata": {"name": "Ada Obi"}}"#;
    let r = run(
        &["--from", "authvia", "--to", "rapyd"],
        &format!("{authvia}\n"),
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        r.records[0]["normalized"],
        json!({"name": "Ada Obi", "email": "a@example.com", "phone_number": "+12024561111",
            "metadata": {"external_ref": "c-1"}})
    );
}

#[test]
fn from_alone_writes_the_canonical_customer() {
    let bloc = r#"{"id": "64105f5d7f1b4b36103f870e", "full_name": "erati mas", "first_name": "mas", "last_name": "erati", "phone_number": "08031234567", "kyc_tier": "0"}"#;
    let r = run(&["--from", "bloc"], &format!("{bloc}\n[1]\n"));
    assert_eq!(r.code, 1);
    assert_eq!(
        r.records[0]["normalized"],
        json!({"given_name": "mas", "family_name": "erati", "phone": "+2348031234567",
            "provider_data": {"bloc": {"id": "64105f5d7f1b4b36103f870e", "kyc_tier": "0"}}})
    );
    assert_eq!(r.records[1]["issues"][0]["code"], "invalid_type");
    assert!(r.stderr.contains("(bloc -> customer)"));
}

#[test]
fn usage_errors_exit_two() {
    for args in [
        &[][..],
        &["--to", "nowhere"][..],
        &["--to", "bloc", "--operation", "block"][..],
        &["--to", "calypso", "--timestamp", "soon"][..],
        &["--to", "bloc", "--bogus"][..],
    ] {
        let r = run(args, "");
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stderr.contains("usage:"), "{args:?}");
    }
    let r = run(&["--to", "bloc", "/nonexistent/file.jsonl"], "");
    assert_eq!(r.code, 2);
}
