//! No issue echoes personal data: every case of the committed vector files (providers,
//! phone, email, address) and of the CLI samples in `examples/` is run, and no issue's
//! `message` nor any `params` value (errors and warnings) may contain a personal value of its
//! input: a full phone number (compared as digits, so `+234 803…` and `2348031…` both
//! count), a full email address, a BVN, a name, an address line.
//!
//! Minimum lengths, so a short value that is also an ordinary word or number does not trip
//! the check by coincidence: names and address lines of at least 4 characters (compared
//! case-sensitively, whitespace collapsed: "Ann" is in "cannot", "Obi" is a name), phone
//! numbers and BVNs of at least 7 digits (limits such as `max: 1048576` are 7 digits, but
//! no such limit equals a test number), email addresses of at least 4 characters (`@` alone
//! is in the messages).
//!
//! With feature `locales` (on with the default `cli`), each issue's message in every catalog
//! locale is checked too, and must render: a catalog template needing a param the issue lacks
//! fails here, over every vector.

use customer_validate::check::{check_address, check_field, Field};
use customer_validate::fields::email;
use customer_validate::{validate_json, Issue, Operation, Options, Provider};
use serde_json::Value;

const PROVIDERS: &str = include_str!("vectors/providers.jsonl");
const PHONES: &str = include_str!("vectors/phone.jsonl");
const EMAILS: &str = include_str!("vectors/email.jsonl");
const ADDRESSES: &str = include_str!("vectors/address.jsonl");

const MIN_TEXT_CHARS: usize = 4;
const MIN_DIGITS: usize = 7;

/// Personal values of one input, in the forms they are compared in.
#[derive(Default, Debug)]
struct Secrets {
    /// Names, address lines, email addresses: substrings to look for.
    text: Vec<String>,
    /// Phone numbers and BVNs: digit strings to look for among the digits of each text.
    digits: Vec<String>,
}

impl Secrets {
    fn text(&mut self, s: &str) {
        let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.chars().count() >= MIN_TEXT_CHARS {
            self.text.push(collapsed.clone());
            if collapsed.contains('@') {
                self.text.push(collapsed.to_lowercase());
            }
        }
    }

    fn digits(&mut self, s: &str) {
        let d = digits_of(s);
        if d.len() >= MIN_DIGITS {
            // The national significant number too: `+2348031234567` leaks as `8031234567`.
            self.digits.push(d);
        }
    }

    /// The personal values anywhere in a payload: by member name, at any depth.
    fn walk(&mut self, v: &Value, key: Option<&str>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    self.walk(v, Some(k));
                }
            }
            Value::Array(a) => {
                for v in a {
                    self.walk(v, key);
                }
            }
            Value::String(s) => match key {
                Some("phone_number" | "bvn") => self.digits(s),
                Some("email") => self.text(s),
                // Authvia contacts: an email, or a phone.
                Some("addresses" | "value") if s.contains('@') => self.text(s),
                Some("addresses" | "value") => self.digits(s),
                Some(
                    "name" | "first_name" | "last_name" | "line_1" | "line_2" | "line_3" | "street",
                ) => self.text(s),
                _ => {}
            },
            _ => {}
        }
    }
}

fn digits_of(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Every string an issue shows: its message (in every catalog locale too) and each params
/// value (numbers as text).
fn shown(issue: &Issue) -> Vec<String> {
    let mut out = vec![issue.message.clone()];
    #[cfg(feature = "locales")]
    for locale in customer_validate::locale::Locale::ALL {
        out.push(issue.message_in(*locale));
    }
    let mut stack: Vec<&Value> = issue.params.values().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Number(n) => out.push(n.to_string()),
            Value::Array(a) => stack.extend(a),
            Value::Object(m) => stack.extend(m.values()),
            _ => {}
        }
    }
    out
}

/// The first leak of `secrets` in `issues`, described.
fn leak(issues: &[Issue], secrets: &Secrets) -> Option<String> {
    for issue in issues {
        for s in shown(issue) {
            let d = digits_of(&s);
            if let Some(t) = secrets.text.iter().find(|t| s.contains(t.as_str())) {
                return Some(format!("{} shows {t:?} in {s:?}", issue.code));
            }
            if let Some(t) = secrets
                .digits
                .iter()
                .find(|t| d.contains(t.as_str()) || phone_tail_in(t, &d))
            {
                return Some(format!("{} shows {t:?} in {s:?}", issue.code));
            }
        }
    }
    None
}

/// True when the last `MIN_DIGITS` digits of a number or more appear (a national form of an
/// international number, or the reverse).
fn phone_tail_in(number: &str, shown_digits: &str) -> bool {
    number.len() > MIN_DIGITS && shown_digits.len() >= MIN_DIGITS && {
        let tail = &number[number.len() - MIN_DIGITS..];
        shown_digits.contains(tail)
    }
}

fn cases(text: &str) -> impl Iterator<Item = Value> + '_ {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Value>(l).expect("vector line is JSON"))
        .filter(|c| c.get("meta").is_none())
}

fn issues_of(
    r: &Result<customer_validate::rules::Normalized, customer_validate::Report>,
) -> Vec<Issue> {
    match r {
        Ok(n) => n.warnings.clone(),
        Err(r) => r.issues().to_vec(),
    }
}

fn options_of(case: &Value) -> Options {
    case.get("options")
        .map(|o| serde_json::from_value(o.clone()).expect("options"))
        .unwrap_or_default()
}

/// Cases run and leaks found, over one vector file.
#[derive(Default)]
struct Run {
    cases: usize,
    with_issues: usize,
    leaks: Vec<String>,
}

impl Run {
    fn case(&mut self, label: impl std::fmt::Display, issues: &[Issue], secrets: &Secrets) {
        self.cases += 1;
        self.with_issues += usize::from(!issues.is_empty());
        if let Some(l) = leak(issues, secrets) {
            self.leaks.push(format!("{label}: {l}"));
        }
        #[cfg(feature = "locales")]
        for issue in issues {
            for locale in customer_validate::locale::Locale::ALL {
                if locale.render(issue.code, &issue.params).is_none() {
                    self.leaks.push(format!(
                        "{label}: {} has no {} message for params {:?}",
                        issue.code,
                        locale.tag(),
                        issue.params
                    ));
                }
            }
        }
    }

    /// No leak, and enough cases (with issues) that the run meant something.
    fn assert_clean(self, min_cases: usize, min_with_issues: usize) {
        assert!(
            self.cases >= min_cases && self.with_issues >= min_with_issues,
            "{} cases, {} with issues",
            self.cases,
            self.with_issues
        );
        assert!(
            self.leaks.is_empty(),
            "{} leaks:\n{}",
            self.leaks.len(),
            self.leaks.join("\n")
        );
    }
}

fn email_secrets(input: &str) -> Secrets {
    let mut secrets = Secrets::default();
    if input.contains('@') {
        secrets.text(input.trim());
    }
    secrets
}

fn phone_secrets(input: &str) -> Secrets {
    let mut secrets = Secrets::default();
    secrets.digits(input);
    secrets
}

fn payload_secrets(v: &Value) -> Secrets {
    let mut secrets = Secrets::default();
    secrets.walk(v, None);
    secrets
}

#[test]
fn provider_vectors_never_echo_personal_values() {
    let mut run = Run::default();
    for case in cases(PROVIDERS) {
        let provider: Provider = case["provider"].as_str().unwrap().parse().unwrap();
        let operation: Operation = case["operation"].as_str().unwrap().parse().unwrap();
        let text = serde_json::to_string(&case["input"]).unwrap();
        let issues = issues_of(&validate_json(
            provider,
            operation,
            &text,
            &options_of(&case),
        ));
        run.case(&case["name"], &issues, &payload_secrets(&case["input"]));
    }
    run.assert_clean(100, 50);
}

#[test]
fn phone_vectors_never_echo_the_number() {
    let mut run = Run::default();
    let o = Options::default();
    for case in cases(PHONES) {
        let input = case["input"].as_str().unwrap();
        let v = check_field(Field::Phone, input, case["region"].as_str(), &o);
        run.case(format!("{input:?}"), &v.issues, &phone_secrets(input));
    }
    run.assert_clean(20_000, 4_000);
}

#[test]
fn email_vectors_never_echo_the_address() {
    let mut run = Run::default();
    let o = Options::default();
    for case in cases(EMAILS) {
        let input = case["input"].as_str().unwrap();
        let issues = match email::check(input, &o) {
            Ok(e) => e.warnings,
            Err(i) => vec![i],
        };
        run.case(format!("{input:?}"), &issues, &email_secrets(input));
    }
    run.assert_clean(2_000, 500);
}

#[test]
fn address_vectors_never_echo_names_or_lines() {
    let mut run = Run::default();
    let o = Options::default();
    for case in cases(ADDRESSES) {
        let verdict = check_address(&case["input"], &o);
        run.case(
            &case["input"],
            &verdict.issues,
            &payload_secrets(&case["input"]),
        );
    }
    run.assert_clean(5_000, 500);
}

/// The CLI's JSONL samples (`examples/*-create.jsonl`, `phones.jsonl`, `emails.jsonl`).
#[test]
fn cli_samples_never_echo_personal_values() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |name: &str| std::fs::read_to_string(format!("{root}/examples/{name}")).unwrap();
    let lines = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect()
    };
    let o = Options::default();
    let mut run = Run::default();
    for provider in [Provider::Rapyd, Provider::Bloc, Provider::Calypso] {
        for line in lines(&read(&format!("{provider}-create.jsonl"))) {
            let issues = issues_of(&validate_json(provider, Operation::Create, &line, &o));
            let v = serde_json::from_str::<Value>(&line).unwrap_or(Value::Null);
            run.case(&line, &issues, &payload_secrets(&v));
        }
    }
    for line in lines(&read("phones.jsonl")) {
        // `{"input", "region"}` or a bare string.
        let c: Value = serde_json::from_str(&line).unwrap();
        let input = c.as_str().or(c["input"].as_str()).unwrap();
        let v = check_field(Field::Phone, input, c["region"].as_str(), &o);
        run.case(&line, &v.issues, &phone_secrets(input));
    }
    for line in lines(&read("emails.jsonl")) {
        let input: String = serde_json::from_str(&line).unwrap();
        let v = check_field(Field::Email, &input, None, &o);
        run.case(&line, &v.issues, &email_secrets(&input));
    }
    run.assert_clean(20, 5);
}

/// The checker itself catches a leak (so the tests above could fail).
#[test]
fn the_leak_check_finds_planted_leaks() {
    let mut secrets = Secrets::default();
    secrets.walk(
        &serde_json::json!({"name": "Ada Lovelace", "phone_number": "+234 803 123 4567",
            "email": "Ada@Example.com", "addresses": [{"line_1": "1 Main St"}]}),
        None,
    );
    let planted = |msg: &str| {
        vec![Issue::new(
            customer_validate::Code::PhoneInvalid,
            msg.to_owned(),
        )]
    };
    for msg in [
        "bad Ada Lovelace",
        "bad +2348031234567",
        "bad 08031234567",
        "bad ada@example.com",
        "at 1 Main St",
    ] {
        assert!(leak(&planted(msg), &secrets).is_some(), "{msg}");
    }
    let param =
        vec![Issue::new(customer_validate::Code::PhoneInvalid, "x")
            .param("hint", vec!["803 123 4567"])];
    assert!(leak(&param, &secrets).is_some());
    assert_eq!(leak(&planted("Not a valid phone number"), &secrets), None);
}
