//! The `host-unicode` build against ICU4X, in one build (feature `unicode-compare`, wasm32),
//! run by `wasm-bindgen-test` in Node and in headless Chromium (`scripts/test`):
//!
//! - every Unicode scalar value: General_Category, Alphabetic and numeric, the two canonical combining class tests,
//!   NFC and NFD, lower and upper case (and the final sigma rule in context), and the email checker's whole answer for the character in a domain label
//!   and in a local part (UTS-46 and IDNA 2008 through the host's `URL` parser), plus labels
//!   mixing bidi classes and the A-labels of the accepted domains read back;
//! - every input of the vector suites (phone, email, isemail, country, address, providers,
//!   customer, realistic): the same answer from both sources, whatever it is (the native
//!   suites check the answers themselves).
//!
//! Where the host's Unicode data and ICU4X's differ, the differing code points are printed
//! and must be in the lists below (docs/decisions.md, "Unicode from the JavaScript host").
//! Native builds and other feature sets skip this file.
#![cfg(all(target_arch = "wasm32", feature = "unicode-compare"))]

use customer_validate::fields::{country, email, phone};
use customer_validate::wasm::unicode_compare as uc;
use customer_validate::{validate, Customer, Operation, Options, Provider};
use serde_json::{json, Value};
use std::fmt::Debug;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

/// The answers of `f` from ICU4X and from the host.
fn both<T>(f: impl Fn() -> T) -> (T, T) {
    uc::use_icu(true);
    let icu = f();
    uc::use_icu(false);
    let host = f();
    (icu, host)
}

/// Records `what` in `diffs` when ICU4X and the host answer `f` differently.
fn same<T: PartialEq + Debug>(diffs: &mut Vec<String>, what: &str, f: impl Fn() -> T) {
    let (icu, host) = both(f);
    if icu != host {
        diffs.push(format!("{what}: ICU4X {icu:?}, host {host:?}"));
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(f: &js_sys::Function, ms: i32);
}

/// Calls `f` on every scalar value, letting the page's event loop run every 4,096 code
/// points: Chromium's driver gives up on a page that does not answer for ~20 s.
async fn every_scalar(mut f: impl FnMut(char)) {
    for block in 0..(0x110000 / 0x1000) {
        for c in (block * 0x1000..(block + 1) * 0x1000).filter_map(char::from_u32) {
            f(c);
        }
        tick().await;
    }
}

/// Lets the page's event loop run (a `setTimeout` of 0).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| set_timeout(&resolve, 0));
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("setTimeout");
}

fn u(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// The differences, consecutive code points that differ alike in one line
/// (`U+18FF1..U+18FF9: …`).
fn ranges(diffs: &[(char, String)]) -> Vec<String> {
    let mut out: Vec<(char, char, &str)> = Vec::new();
    for (c, what) in diffs {
        match out.last_mut() {
            Some((_, last, w)) if *w == what && (*c as u32).abs_diff(*last as u32) <= 1 => {
                *last = *c
            }
            _ => out.push((*c, *c, what)),
        }
    }
    out.into_iter()
        .map(|(first, last, what)| match first == last {
            true => format!("{} {what}", u(first)),
            false => format!("{}..{} {what}", u(first), u(last)),
        })
        .collect()
}

/// Prints the differences of a sweep and fails unless each is `allowed` (by the text it
/// starts with).
fn report(name: &str, diffs: &[String], allowed: &[&str]) {
    console_log!("{name}: {} differences", diffs.len());
    for d in diffs.iter().take(300) {
        console_log!("  {d}");
    }
    let unexpected: Vec<&String> = diffs
        .iter()
        .filter(|d| !allowed.iter().any(|a| d.starts_with(a)))
        .take(50)
        .collect();
    assert!(
        unexpected.is_empty(),
        "{name}: unexpected differences (first 50): {unexpected:#?}"
    );
}

/// Whether the host has no character at `c` (its Unicode is older than ICU4X's).
fn unassigned_in_host(c: char) -> bool {
    uc::use_icu(false);
    uc::general_category(c) == uc::GeneralCategory::Unassigned
}

/// Prints the differences of a sweep over code points: those at code points the host does
/// not have yet (its Unicode is older), then the others, which fail the test unless
/// `allowed` says so.
fn report_sweep(name: &str, diffs: &[(char, String)], allowed: impl Fn(&str) -> bool) {
    let (newer, other): (Vec<_>, Vec<_>) = diffs
        .iter()
        .cloned()
        .partition(|(c, _)| unassigned_in_host(*c));
    let count = |d: &[(char, String)]| {
        d.iter()
            .map(|(c, _)| c)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    };
    console_log!(
        "{name}: {} differences at {} code points unassigned in the host's Unicode, {} at {} others",
        newer.len(),
        count(&newer),
        other.len(),
        count(&other)
    );
    for d in ranges(&newer).iter().take(40) {
        console_log!("  {d}");
    }
    let other = ranges(&other);
    console_log!("{name}, at assigned code points:");
    for d in other.iter().take(400) {
        console_log!("  {d}");
    }
    let unexpected: Vec<&String> = other.iter().filter(|d| !allowed(d)).take(50).collect();
    assert!(
        unexpected.is_empty(),
        "{name}: unexpected differences (first 50): {unexpected:#?}"
    );
}

/// Differences a host with an older UTS-46 table may make: refusing a character ICU4X
/// accepts, or refusing alike with other params (a code point named or not). Never accepting
/// what ICU4X refuses, never another normalized address.
fn host_stricter(diff: &str) -> bool {
    diff.contains(": ICU4X valid, host email_")
        || (diff.contains(": ICU4X email_") && diff.contains(", host email_"))
        || diff.contains("\"idna\", answers differ")
}

/// Records `c` with what differs when ICU4X and the host answer `f` differently.
fn same_at<T: PartialEq + Debug>(
    diffs: &mut Vec<(char, String)>,
    c: char,
    what: &str,
    f: impl Fn() -> T,
) {
    let (icu, host) = both(f);
    if icu != host {
        diffs.push((c, format!("{what}: ICU4X {icu:?}, host {host:?}")));
    }
}

#[wasm_bindgen_test]
async fn general_category_of_every_scalar_value() {
    let mut diffs = Vec::new();
    every_scalar(|c| same_at(&mut diffs, c, "", || uc::general_category(c))).await;
    report_sweep("General_Category", &diffs, |_| false);
}

#[wasm_bindgen_test]
async fn alphabetic_and_numeric_of_every_scalar_value() {
    let mut diffs = Vec::new();
    every_scalar(|c| {
        same_at(&mut diffs, c, "Alphabetic", || uc::is_alphabetic(c));
        same_at(&mut diffs, c, "numeric", || uc::is_numeric(c));
    })
    .await;
    report_sweep("Alphabetic and numeric", &diffs, |_| false);
}

#[wasm_bindgen_test]
async fn combining_classes_of_every_scalar_value() {
    let mut diffs = Vec::new();
    every_scalar(|c| {
        same_at(&mut diffs, c, "non-starter", || uc::is_non_starter(c));
        same_at(&mut diffs, c, "virama", || uc::is_virama(c));
    })
    .await;
    // Class 0, decomposing to a non-starter first: no NFC or NFD text holds them.
    report_sweep("canonical combining class", &diffs, |d| {
        [
            "U+0F73 non-starter",
            "U+0F75 non-starter",
            "U+0F81 non-starter",
        ]
        .iter()
        .any(|a| d.starts_with(a))
    });
}

#[wasm_bindgen_test]
async fn case_mapping_of_every_scalar_value() {
    let mut diffs = Vec::new();
    every_scalar(|c| {
        let s = c.to_string();
        same_at(&mut diffs, c, "lower", || uc::char_to_lowercase(c));
        same_at(&mut diffs, c, "upper", || uc::char_to_uppercase(c));
        same_at(&mut diffs, c, "lower of the string", || {
            uc::to_lowercase(&s)
        });
        same_at(&mut diffs, c, "upper of the string", || {
            uc::to_uppercase(&s)
        });
        // After a cased letter, a capital sigma ends the word here or not, with `c` between
        // (case-ignorable or not) or after it.
        for t in [format!("A{c}Σ"), format!("AΣ{c}"), format!("AΣ{c}B")] {
            same_at(&mut diffs, c, &format!("lower of {t:?}"), || {
                uc::to_lowercase(&t)
            });
        }
    })
    .await;
    // The ICU4X side is `core`'s mapping: a character alone never takes the final form.
    uc::use_icu(true);
    assert_eq!(uc::char_to_lowercase('Σ'), "σ");
    assert_eq!(uc::to_lowercase("ΌΣΟΣ ΣΑΣ"), "όσος σας");
    assert_eq!(uc::to_uppercase("straße"), "STRASSE");
    report_sweep("case mapping", &diffs, |_| false);
}

#[wasm_bindgen_test]
async fn normal_forms_of_every_scalar_value_and_marks_on_bases() {
    let mut diffs = Vec::new();
    let mut marks = Vec::new();
    every_scalar(|c| {
        let s = c.to_string();
        same_at(&mut diffs, c, "NFC", || uc::nfc(&s));
        same_at(&mut diffs, c, "NFD", || uc::nfd(&s));
        uc::use_icu(true);
        if uc::is_non_starter(c) {
            marks.push(c);
        }
    })
    .await;
    // Every non-starter on bases that compose with many marks, and pairs of marks reordered.
    for m in &marks {
        for base in ['a', 'e', 'o', 'A', 'α', 'ω', 'и', 'ㄱ', 'क', 'ა'] {
            let s = format!("{base}{m}");
            same_at(&mut diffs, *m, &format!("after {base} NFC"), || uc::nfc(&s));
            let s = format!("{base}{m}\u{301}\u{323}");
            same_at(&mut diffs, *m, &format!("{base}, in a run NFC"), || {
                uc::nfc(&s)
            });
            same_at(&mut diffs, *m, &format!("{base}, in a run NFD"), || {
                uc::nfd(&s)
            });
        }
    }
    report_sweep("NFC and NFD", &diffs, |_| false);
}

fn email_answer(input: &str, options: &Options) -> Result<email::Email, String> {
    email::check(input, options).map_err(|e| format!("{e:?}"))
}

/// An email answer in brief: `valid`, or the code and reason (no code point, so that
/// neighbouring characters differing alike merge into one range).
fn brief(answer: &Result<email::Email, customer_validate::Issue>) -> String {
    match answer {
        Ok(_) => "valid".into(),
        Err(e) => format!(
            "{} {}",
            e.code.as_str(),
            e.params.get("reason").unwrap_or(&Value::Null)
        ),
    }
}

#[wasm_bindgen_test]
async fn email_answers_for_every_scalar_value() {
    let o = Options::default();
    let mut diffs = Vec::new();
    let mut a_labels = Vec::new();
    every_scalar(|c| {
        if c.is_ascii() {
            return;
        }
        for (what, input) in [
            ("label", format!("a@{c}.com")),
            ("inside a label", format!("a@x{c}y.com")),
            ("local part", format!("x{c}@example.com")),
        ] {
            let (icu, host) = both(|| email::check(&input, &o));
            if let Ok(e) = &icu {
                if e.ascii_domain.contains("xn--") {
                    a_labels.push((c, format!("a@{}", e.ascii_domain.to_uppercase())));
                }
            }
            if icu != host {
                let (i, h) = (brief(&icu), brief(&host));
                let what = match i == h {
                    true => format!("{what}: {i}, answers differ"),
                    false => format!("{what}: ICU4X {i}, host {h}"),
                };
                diffs.push((c, what));
            }
        }
    })
    .await;
    report_sweep("email, one scalar value", &diffs, host_stricter);
    // The A-labels of the accepted domains, read back (punycode decoded and validated).
    let mut diffs = Vec::new();
    for (i, (c, input)) in a_labels.iter().enumerate() {
        if i % 4096 == 0 {
            tick().await;
        }
        let (icu, host) = both(|| email::check(input, &o));
        if icu != host {
            let (i, h) = (brief(&icu), brief(&host));
            diffs.push((*c, format!("A-label: ICU4X {i}, host {h}")));
        }
    }
    report_sweep("email, A-labels of accepted domains", &diffs, host_stricter);
}

#[wasm_bindgen_test]
async fn email_answers_for_every_scalar_value_punycode_encoded() {
    // Any character, valid in a domain or not, encoded as an A-label: the host's checks of
    // decoded labels (NFC, disallowed and mapped characters, a leading mark) against idna's.
    let o = Options::default();
    let mut diffs = Vec::new();
    every_scalar(|c| {
        if c.is_ascii() {
            return;
        }
        for (what, label) in [("after x", format!("x{c}")), ("alone", c.to_string())] {
            let Some(encoded) = idna::punycode::encode_str(&label) else {
                continue;
            };
            let input = format!("a@xn--{encoded}.com");
            let (icu, host) = both(|| email::check(&input, &o));
            if icu != host {
                let (i, h) = (brief(&icu), brief(&host));
                diffs.push((c, format!("{what}: ICU4X {i}, host {h}")));
            }
        }
    })
    .await;
    report_sweep(
        "email, one scalar value as an A-label",
        &diffs,
        host_stricter,
    );
}

#[wasm_bindgen_test]
fn email_domains_mixing_bidi_classes() {
    // Latin, European and Arabic-Indic digits, Hebrew and Arabic letters, a Hebrew point, a
    // hyphen, an Arabic letter the bidi rule treats as AL, the two joiners after a virama.
    let alphabet = [
        'a', '1', '\u{660}', '\u{6F1}', 'א', 'ب', '\u{5B0}', '-', 'ک', 'क',
    ];
    let o = Options::default();
    let mut diffs = Vec::new();
    let mut labels = vec![String::new()];
    for _ in 0..3 {
        labels = labels
            .iter()
            .flat_map(|l| alphabet.iter().map(move |c| format!("{l}{c}")))
            .collect();
        for label in &labels {
            for input in [format!("a@{label}.com"), format!("a@{label}.אב")] {
                same(&mut diffs, &input, || email_answer(&input, &o));
            }
        }
    }
    report("email, bidi labels", &diffs, &[]);
}

// ------------------------------------------------------------------------------ vector suites

fn cases(text: &str) -> impl Iterator<Item = Value> + '_ {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON line"))
        .filter(|v| v.get("meta").is_none())
}

fn options_of(case: &Value) -> Options {
    case.get("options")
        .map(|v| serde_json::from_value(v.clone()).expect("options"))
        .unwrap_or_default()
}

fn validated(provider: Provider, operation: Operation, payload: &Value, o: &Options) -> String {
    format!("{:?}", validate(provider, operation, payload, o))
}

#[wasm_bindgen_test]
fn phone_vectors() {
    let mut diffs = Vec::new();
    for case in cases(include_str!("vectors/phone.jsonl")) {
        let input = case["input"].as_str().expect("input");
        let region = case["region"].as_str();
        same(&mut diffs, input, || {
            format!("{:?}", phone::parse(input, region))
        });
    }
    report("phone vectors", &diffs, &[]);
}

#[wasm_bindgen_test]
fn email_vectors() {
    let mut diffs = Vec::new();
    let mut relaxed = Options::default();
    relaxed.email.allow_quoted_local = true;
    relaxed.email.allow_ip_literal = true;
    relaxed.email.lowercase_local = true;
    let decomposition = include_str!("vectors/email_decomposition.jsonl");
    for case in cases(include_str!("vectors/email.jsonl")).chain(cases(decomposition)) {
        let input = case["input"].as_str().expect("input");
        for o in [&Options::default(), &relaxed] {
            same(&mut diffs, input, || email_answer(input, o));
        }
    }
    report("email vectors", &diffs, &[]);
}

#[wasm_bindgen_test]
fn isemail_suite() {
    let xml = include_str!("vectors/isemail/tests.xml");
    let mut relaxed = Options::default();
    relaxed.email.allow_quoted_local = true;
    relaxed.email.allow_ip_literal = true;
    let mut diffs = Vec::new();
    let mut count = 0;
    for chunk in xml.split("<address>").skip(1) {
        let raw = chunk.split("</address>").next().expect("address");
        let input: String = raw
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
            .chars()
            .map(|c| match c {
                '\u{2400}'..='\u{241F}' => char::from_u32(c as u32 - 0x2400).unwrap_or(c),
                c => c,
            })
            .collect();
        count += 1;
        for o in [&Options::default(), &relaxed] {
            same(&mut diffs, &input, || email_answer(&input, o));
        }
    }
    assert!(count > 150, "{count} addresses read");
    report("isemail suite", &diffs, &[]);
}

#[wasm_bindgen_test]
fn country_vectors() {
    let mut diffs = Vec::new();
    for case in cases(include_str!("vectors/country.jsonl")) {
        let input = case["input"].as_str().expect("input");
        same(&mut diffs, input, || {
            format!("{:?}", country::lookup(input))
        });
    }
    report("country vectors", &diffs, &[]);
}

#[wasm_bindgen_test]
fn address_vectors() {
    let mut deliverable = Options::default();
    deliverable.address.deliverable = true;
    let mut diffs = Vec::new();
    for case in cases(include_str!("vectors/address.jsonl")) {
        let input = &case["input"];
        for o in [&Options::default(), &deliverable] {
            same(&mut diffs, &input.to_string(), || {
                format!("{:?}", customer_validate::check::check_address(input, o))
            });
        }
    }
    report("address vectors", &diffs, &[]);
}

#[wasm_bindgen_test]
fn provider_vectors() {
    let mut diffs = Vec::new();
    for case in cases(include_str!("vectors/providers.jsonl")) {
        let provider: Provider = case["provider"].as_str().unwrap().parse().unwrap();
        let operation: Operation = case["operation"].as_str().unwrap().parse().unwrap();
        let o = options_of(&case);
        same(&mut diffs, &case["name"].to_string(), || {
            validated(provider, operation, &case["input"], &o)
        });
    }
    report("provider vectors", &diffs, &[]);
}

#[wasm_bindgen_test]
fn customer_vectors() {
    let context: customer_validate::customer::RequestContext = serde_json::from_value(json!({
        "account": format!("0x{}", "aB".repeat(20)),
        "timestamp_ms": 1_700_000_000_000_i64,
        "customer_id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    }))
    .expect("context");
    let mut diffs = Vec::new();
    for case in cases(include_str!("vectors/customer.jsonl")) {
        let provider: Provider = case["provider"].as_str().unwrap().parse().unwrap();
        let operation: Operation = case["operation"].as_str().unwrap().parse().unwrap();
        let o = options_of(&case);
        same(&mut diffs, &case["name"].to_string(), || {
            let customer = Customer::parse(&case["customer"], &o).map(|(c, _)| c);
            let payload = customer
                .as_ref()
                .map(|c| c.to_payload_with(provider, operation, &context, &o));
            let back = match &payload {
                Ok(Ok(out)) => Some(format!(
                    "{:?}",
                    Customer::from_payload(provider, &out.value)
                )),
                _ => None,
            };
            format!("{payload:?} {back:?}")
        });
    }
    report("customer vectors", &diffs, &[]);
}

#[wasm_bindgen_test]
fn realistic_vectors() {
    let o = Options::default();
    let mut diffs = Vec::new();
    for case in cases(include_str!("vectors/realistic.jsonl")) {
        same(&mut diffs, &case["payload"].to_string(), || {
            validated(Provider::Rapyd, Operation::Create, &case["payload"], &o)
        });
    }
    report("realistic vectors", &diffs, &[]);
}
