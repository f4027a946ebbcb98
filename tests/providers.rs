//! Provider rules, driven by `tests/vectors/providers.jsonl`: one line per documented rule,
//! default and option. Valid payloads must normalize to the exact expected JSON (key order
//! included, as it is what gets signed); invalid ones must give exactly the listed
//! `[pointer, code]` issues, in order. Every normalized output must re-validate to itself.

use customer_validate::rules::Updates;
use customer_validate::{validate, Operation, Options, Provider};
use serde_json::Value;

#[path = "support/data_files.rs"]
mod data_files;

/// Maps a provider's "clear" marker in normalized output back to the caller's `null`.
fn wire_to_input(provider: Provider, operation: Operation, v: &Value) -> Value {
    let clears =
        provider.spec(operation).map(|s| s.updates) == Some(Updates::PartialClearWithEmpty);
    match v {
        Value::Object(m) if clears => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), if v == "" { Value::Null } else { v.clone() }))
                .collect(),
        ),
        other => other.clone(),
    }
}

const CASES: &str = include_str!("vectors/providers.jsonl");

fn pairs(issues: &[customer_validate::Issue]) -> Vec<(String, String)> {
    issues
        .iter()
        .map(|i| (i.pointer(), i.code.as_str().to_owned()))
        .collect()
}

fn expected_pairs(v: &Value) -> Vec<(String, String)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_owned(),
                p[1].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn provider_rules() {
    data_files::load_all();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines().skip(1) {
        let case: Value = serde_json::from_str(line).unwrap();
        let name = case["name"].as_str().unwrap();
        let provider: Provider = case["provider"].as_str().unwrap().parse().unwrap();
        let operation: Operation = case["operation"].as_str().unwrap().parse().unwrap();
        let options: Options = match case.get("options") {
            Some(o) => serde_json::from_value(o.clone()).unwrap(),
            None => Options::default(),
        };
        count += 1;
        let got = validate(provider, operation, &case["input"], &options);
        let expect = &case["expect"];
        let label = format!("{provider} {operation} «{name}»");
        match (got, expect.get("ok")) {
            (Ok(n), Some(want)) => {
                if serde_json::to_string(&n.value).unwrap() != serde_json::to_string(want).unwrap()
                {
                    failures.push(format!("{label}: got {}\n   want {}", n.value, want));
                    continue;
                }
                let want_w = expect
                    .get("warnings")
                    .map(expected_pairs)
                    .unwrap_or_default();
                if pairs(&n.warnings) != want_w {
                    failures.push(format!(
                        "{label}: warnings {:?}, want {want_w:?}",
                        pairs(&n.warnings)
                    ));
                }
                // `warning_params`, when given: the params each warning must carry.
                let want_params = expect.get("warning_params").and_then(Value::as_array);
                for (i, want) in want_params.into_iter().flatten().enumerate() {
                    let got = n.warnings.get(i).map(|w| &w.params);
                    for (k, v) in want.as_object().unwrap() {
                        if got.and_then(|p| p.get(k)) != Some(v) {
                            failures
                                .push(format!("{label}: warning {i} params {got:?}, want {want}"));
                        }
                    }
                }
                // Idempotent: the normalized payload re-validates, unchanged, with no errors.
                // (Rapyd's wire "" means "clear", which callers express as null.)
                let again_input = wire_to_input(provider, operation, &n.value);
                match validate(provider, operation, &again_input, &options).map(|a| {
                    (
                        wire_to_input(provider, operation, &a.value) == again_input,
                        a,
                    )
                }) {
                    Ok((true, _)) => {}
                    other => failures.push(format!("{label}: not idempotent: {other:?}")),
                }
            }
            (Err(report), None) => {
                let want = expected_pairs(&expect["issues"]);
                let got = pairs(report.issues());
                let got_errors: Vec<_> = report
                    .issues()
                    .iter()
                    .filter(|i| i.is_error())
                    .map(|i| (i.pointer(), i.code.as_str().to_owned()))
                    .collect();
                if got_errors != want {
                    failures.push(format!("{label}: issues {got:?}, want {want:?}"));
                }
                // `issue_params`, when given: the params each error must carry (same order).
                let errors: Vec<_> = report.issues().iter().filter(|i| i.is_error()).collect();
                let want_params = expect.get("issue_params").and_then(Value::as_array);
                for (i, want) in want_params.into_iter().flatten().enumerate() {
                    let got = errors.get(i).map(|e| &e.params);
                    for (k, v) in want.as_object().unwrap() {
                        if got.and_then(|p| p.get(k)) != Some(v) {
                            failures
                                .push(format!("{label}: issue {i} params {got:?}, want {want}"));
                        }
                    }
                }
                for issue in report.issues() {
                    let text = serde_json::to_string(issue).unwrap();
                    for personal in ["4111111111111111", "4155559993", "0123456789", "Jane@"] {
                        assert!(
                            !text.contains(personal),
                            "{label}: issue echoes personal data: {text}"
                        );
                    }
                }
            }
            (Ok(n), None) => failures.push(format!("{label}: expected issues, got ok {}", n.value)),
            (Err(r), Some(_)) => {
                failures.push(format!("{label}: expected ok, got {:?}", pairs(r.issues())))
            }
        }
    }
    println!("provider rule cases: {count}, failures: {}", failures.len());
    assert!(count >= 90);
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The one place the providers are pinned by name and label. Every other test (here, in
/// `tests/wasm.rs`, the npm package's and the demo's) takes the list from `Provider::ALL` or
/// npm `providers()`, so adding a provider changes this assertion and no other.
#[test]
fn the_providers_are_these_five() {
    let listed: Vec<(&str, &str)> = Provider::ALL
        .iter()
        .map(|p| (p.as_str(), p.label()))
        .collect();
    assert_eq!(
        listed,
        [
            ("calypso", "Calypso"),
            ("bloc", "Bloc"),
            ("rapyd", "Rapyd"),
            ("authvia", "Authvia"),
            ("stripe", "Stripe")
        ]
    );
}
