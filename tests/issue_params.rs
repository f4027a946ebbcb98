//! Every issue carries only the params its code declares (`Code::params`, meanings in
//! `issue::PARAMS`): the cases of every committed vector file that produce issues (providers,
//! canonical customers, addresses, phones, emails, realistic customers, hostile payloads) are
//! run, and each issue's param names must be among its code's, plus `provider` and
//! `provider_field`, which the canonical customer adds to any issue it moves. A translated
//! template can then rely on the names.

use customer_validate::check::{check_address, check_field, Field};
use customer_validate::customer::{Customer, RequestContext};
use customer_validate::issue::PARAMS;
use customer_validate::{validate, Issue, Operation, Options, Provider};
use serde_json::Value;
use std::collections::BTreeSet;

#[path = "support/data_files.rs"]
mod data_files;

const PROVIDERS: &str = include_str!("vectors/providers.jsonl");
const CUSTOMERS: &str = include_str!("vectors/customer.jsonl");
const ADDRESSES: &str = include_str!("vectors/address.jsonl");
const PHONES: &str = include_str!("vectors/phone.jsonl");
const EMAILS: &str = include_str!("vectors/email.jsonl");
const REALISTIC: &str = include_str!("vectors/realistic.jsonl");

fn cases(text: &str) -> impl Iterator<Item = Value> + '_ {
    text.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v.get("meta").is_none())
}

fn options_of(case: &Value) -> Options {
    case.get("options")
        .map(|o| serde_json::from_value(o.clone()).expect("options"))
        .unwrap_or_default()
}

#[derive(Default)]
struct Seen {
    issues: usize,
    codes: BTreeSet<&'static str>,
    wrong: Vec<String>,
}

impl Seen {
    fn check(&mut self, issues: &[Issue], at: &str) {
        for i in issues {
            self.issues += 1;
            self.codes.insert(i.code.as_str());
            for name in i.params.keys() {
                let declared = i.code.params().contains(&name.as_str())
                    || (["provider", "provider_field"].contains(&name.as_str()));
                if !declared {
                    self.wrong
                        .push(format!("{at}: {} carries undeclared `{name}`", i.code));
                }
            }
        }
    }
}

fn all(r: Result<customer_validate::rules::Normalized, customer_validate::Report>) -> Vec<Issue> {
    match r {
        Ok(n) => n.warnings,
        Err(report) => report.issues().to_vec(),
    }
}

#[test]
fn every_issue_carries_only_its_codes_params() {
    data_files::load_all();
    let mut seen = Seen::default();
    for c in cases(PROVIDERS) {
        let p: Provider = c["provider"].as_str().unwrap().parse().unwrap();
        let op: Operation = c["operation"].as_str().unwrap().parse().unwrap();
        seen.check(
            &all(validate(p, op, &c["input"], &options_of(&c))),
            "providers.jsonl",
        );
    }
    let ctx: RequestContext = serde_json::from_value(serde_json::json!({
        "account": format!("0x{}", "ab".repeat(20)), "timestamp_ms": 1_700_000_000_000_i64,
        "customer_id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"}))
    .unwrap();
    for c in cases(CUSTOMERS) {
        let p: Provider = c["provider"].as_str().unwrap().parse().unwrap();
        let op: Operation = c["operation"].as_str().unwrap().parse().unwrap();
        let o = options_of(&c);
        match Customer::parse(&c["customer"], &o) {
            Ok((customer, _)) => seen.check(
                &all(customer.to_payload_with(p, op, &ctx, &o)),
                "customer.jsonl",
            ),
            Err(r) => seen.check(r.issues(), "customer.jsonl"),
        }
    }
    let mut strict = Options::default();
    strict.address.deliverable = true;
    for c in cases(ADDRESSES) {
        for o in [&Options::default(), &strict] {
            seen.check(&check_address(&c["input"], o).issues, "address.jsonl");
        }
    }
    for c in cases(PHONES) {
        let input = c["input"].as_str().unwrap_or_default();
        let region = c["region"].as_str();
        seen.check(
            &check_field(Field::Phone, input, region, &Options::default()).issues,
            "phone.jsonl",
        );
    }
    for c in cases(EMAILS) {
        let input = c["input"].as_str().unwrap_or_default();
        seen.check(
            &check_field(Field::Email, input, None, &Options::default()).issues,
            "email.jsonl",
        );
    }
    for c in cases(REALISTIC) {
        let r = validate(
            Provider::Rapyd,
            Operation::Create,
            &c["payload"],
            &Options::default(),
        );
        seen.check(&all(r), "realistic.jsonl");
    }
    println!(
        "{} issues of {} codes checked",
        seen.issues,
        seen.codes.len()
    );
    assert!(seen.issues > 10_000, "{}", seen.issues);
    assert!(seen.codes.len() >= 40, "{:?}", seen.codes);
    assert!(
        seen.wrong.is_empty(),
        "{}",
        seen.wrong[..seen.wrong.len().min(30)].join("\n")
    );
}

#[test]
fn every_declared_param_has_one_meaning() {
    let names: Vec<&str> = PARAMS.iter().map(|(n, _)| *n).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(names, sorted, "PARAMS sorted, each name once");
    for (name, meaning) in PARAMS {
        assert!(!meaning.is_empty(), "{name}");
    }
}
