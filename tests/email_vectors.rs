//! Agreement of `fields::email::check` (default options) with Python `email-validator` 2.4.0
//! on `tests/vectors/email.jsonl` (see `tests/vectors/email.PROVENANCE.md`).
//!
//! A case agrees when both call it valid and our `address` equals its `normalized` (and our
//! `ascii` equals its `ascii_email` when it has one), or when both call it invalid. Every
//! disagreement is printed; each must be one of `KNOWN_DIFFERENCES` (justified in
//! EMAIL_DECISIONS.md), so a regression or a new difference fails the test.
//!
//! Run: `cargo test --test email_vectors -- --nocapture`

use customer_validate::fields::email;
use customer_validate::Options;
use serde_json::Value;

/// How many cases may disagree: exactly the deliberate differences of `known_differences`.
const KNOWN_DIFFERENCE_COUNT: usize = 18;

/// The inputs on which we deliberately differ (EMAIL_DECISIONS.md, "Differences").
fn known_differences() -> Vec<String> {
    let mut known: Vec<String> = [
        // 1. We trim surrounding Unicode whitespace (the reference refuses it).
        "user@example.com\n",
        " user@example.com",
        "user@example.com ",
        "  user@example.com\t",
        "\u{a0}user@example.com",
        "\tuser@example.com",
        "\u{85}user@example.com",
        " s.cohen@example.\u{307f}\u{3093}\u{306a}",
    ]
    .map(String::from)
    .to_vec();
    // 2. We enforce the 64-octet local-part limit (the reference only does in strict mode).
    for local in [
        "x".repeat(65),
        format!("{}y", "x".repeat(64)),
        format!("{}yy", "x".repeat(64)),
        "x".repeat(70),
        "x".repeat(100),
    ] {
        known.push(format!("{local}@example.com"));
    }
    // 3. We refuse invisible characters that are not format characters (here the combining
    // grapheme joiner): the reference keeps it in the local part, IDNA drops it from the domain.
    known.push("us\u{34f}er@example.com".into());
    known.push("user@exa\u{34f}mple.com".into());
    // 4. We refuse a local part holding a character whose decomposition is one the local part
    // forbids: the full-width `＠` is `@` once normalized (NFKC), the reference keeps it.
    known.push("a\u{ff20}khan@ti\u{1ebf}ngvi\u{1ec7}t.vn".into());
    known.push("f-a\u{ff20}i&a.garcia67@\u{e5}re.se".into());
    known.push("\u{ff20}.silva@ti\u{1ebf}ngvi\u{1ec7}t.vn".into());
    known
}

const MIN_AGREEMENT: f64 = 0.99;

#[test]
fn agrees_with_email_validator() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/email.jsonl");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut lines = text.lines();
    let meta: Value = serde_json::from_str(lines.next().expect("meta line")).expect("meta json");
    let declared = meta["meta"]["count"].as_u64().expect("meta.count") as usize;
    assert_eq!(meta["meta"]["reference_version"], "2.4.0");

    let options = Options::default();
    let mut total = 0usize;
    let mut disagreements: Vec<(String, String)> = Vec::new();
    for line in lines {
        let case: Value = serde_json::from_str(line).expect("case json");
        let input = case["input"].as_str().expect("input");
        total += 1;
        let ours = email::check(input, &options);
        let verdict = match (&ours, case["valid"].as_bool().expect("valid")) {
            (Ok(e), true) => {
                let want = case["normalized"].as_str().unwrap_or_default();
                let ascii_ok = case["ascii_email"]
                    .as_str()
                    .is_none_or(|want_ascii| e.ascii == want_ascii);
                if e.address == want && ascii_ok {
                    None
                } else {
                    Some(format!(
                        "both valid, normalized differs: ours {:?} / {:?}, reference {:?} / {}",
                        e.address, e.ascii, want, case["ascii_email"]
                    ))
                }
            }
            (Err(_), false) => None,
            (Ok(e), false) => Some(format!(
                "we accept as {:?}, reference rejects: {}",
                e.address, case["error"]
            )),
            (Err(issue), true) => Some(format!(
                "we reject ({}: {}), reference accepts as {}",
                issue.code, issue.message, case["normalized"]
            )),
        };
        if let Some(why) = verdict {
            disagreements.push((input.to_owned(), why));
        }
    }
    assert_eq!(
        total, declared,
        "meta.count does not match the number of cases"
    );

    let agreement = (total - disagreements.len()) as f64 / total as f64;
    let known = known_differences();
    assert_eq!(known.len(), KNOWN_DIFFERENCE_COUNT);
    println!(
        "email-validator 2.4.0 agreement (validity and normalized value): {}/{} = {:.2}% \
         ({} disagreements, {} known differences)",
        total - disagreements.len(),
        total,
        agreement * 100.0,
        disagreements.len(),
        KNOWN_DIFFERENCE_COUNT
    );
    let mut unexpected = Vec::new();
    for (input, why) in &disagreements {
        let is_known = known.contains(input);
        let tag = if is_known { "known" } else { "NEW  " };
        println!("  {tag} {}: {why}", escape(input));
        if !is_known {
            unexpected.push(escape(input));
        }
    }
    assert!(
        agreement >= MIN_AGREEMENT,
        "agreement {:.2}% is below {:.0}%",
        agreement * 100.0,
        MIN_AGREEMENT * 100.0
    );
    assert!(
        disagreements.len() <= KNOWN_DIFFERENCE_COUNT,
        "{} disagreements, more than the {KNOWN_DIFFERENCE_COUNT} known differences",
        disagreements.len()
    );
    assert!(
        unexpected.is_empty(),
        "disagreements that are not known differences: {unexpected:?}"
    );
}

/// `tests/vectors/email_decomposition.jsonl` (hand-written, issue 20): a local part holding a
/// character whose decomposition is one the local part forbids (`≮` is `<` + U+0338) is
/// `email_local_invalid` naming that character; one decomposing to allowed ones is accepted.
#[test]
fn refuses_characters_decomposing_to_forbidden_ones() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/email_decomposition.jsonl"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut count = 0;
    for line in text.lines().skip(1) {
        let case: Value = serde_json::from_str(line).expect("case json");
        let input = case["input"].as_str().expect("input");
        let got = email::check(input, &Options::default());
        if case["valid"] == true {
            assert!(got.is_ok(), "{}: {got:?}", escape(input));
        } else {
            let issue = got.expect_err(input);
            assert_eq!(issue.code.as_str(), case["code"], "{}", escape(input));
            assert_eq!(
                issue.params["codepoint"],
                case["codepoint"],
                "{}",
                escape(input)
            );
        }
        count += 1;
    }
    assert!(count >= 10, "{count} cases");
}

/// Printable ASCII as is, everything else as a Rust `\u{..}` escape (controls and odd spaces
/// stay visible and the line can be pasted into `known_differences`).
fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            _ => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    format!("\"{out}\"")
}
