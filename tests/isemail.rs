//! The isemail test suite (Dominic Sayers, BSD-3-Clause; vendored in `tests/vectors/isemail/`
//! with its licence and provenance) against `fields::email::check` with default options.
//!
//! isemail grades an address by category, from ISEMAIL_VALID_CATEGORY through warnings
//! (DNSWARN, RFC5321, CFWS, DEPREC, RFC5322) to ISEMAIL_ERR. We accept only what a payment
//! provider can deliver to, so our expected verdict per category is:
//!
//! | category | expected |
//! |---|---|
//! | ISEMAIL_VALID_CATEGORY | valid |
//! | ISEMAIL_DNSWARN | valid (we do no DNS look-ups; the syntax is fine) |
//! | ISEMAIL_RFC5321 | invalid (quoted strings, IP literals and dotless domains are off by policy) |
//! | ISEMAIL_CFWS | invalid (comments and folding whitespace are not accepted) |
//! | ISEMAIL_DEPREC | invalid (obsolete syntax) |
//! | ISEMAIL_RFC5322 | invalid (valid only under RFC 5322's wider grammar or limits) |
//! | ISEMAIL_ERR | invalid, always |
//!
//! with the exceptions in `EXCEPTIONS`, each with its reason (also in EMAIL_DECISIONS.md).
//! A second pass turns `allow_quoted_local` and `allow_ip_literal` on: RFC 5321 quoted strings
//! and address literals must then be valid and nothing else may change (`POLICY_EXCEPTIONS`).
//! The suite is compiled into the test (`include_str!`): a missing file fails the build, it
//! can never be skipped.
//!
//! Run: `cargo test --test isemail -- --nocapture`

use customer_validate::fields::email;
use customer_validate::Options;
use std::collections::BTreeMap;

/// Where the suite lives, for messages.
const SUITE: &str = "tests/vectors/isemail/tests.xml";
/// The suite itself, part of the repository (see `tests/vectors/isemail/PROVENANCE.md`).
const SUITE_XML: &str = include_str!("vectors/isemail/tests.xml");

/// Tests whose verdict differs from their category's: (test id, our verdict, reason).
const EXCEPTIONS: &[(u32, bool, &str)] = &[
    (5, false, DOTLESS),
    // Whitespace, CR and LF only around the address: trimmed away, the rest is valid.
    (88, true, TRIMMED),
    (89, true, TRIMMED),
    (99, true, TRIMMED),
    (127, true, TRIMMED),
    (128, true, TRIMMED),
    (132, true, TRIMMED),
    (141, true, TRIMMED),
    (142, true, TRIMMED),
    (143, true, TRIMMED),
    (144, true, TRIMMED),
    (145, true, TRIMMED),
    (146, true, TRIMMED),
    (147, true, TRIMMED),
    (148, true, TRIMMED),
    (149, true, TRIMMED),
    (150, true, TRIMMED),
    (151, true, TRIMMED),
    (152, true, TRIMMED),
    (153, true, TRIMMED),
    (154, true, TRIMMED),
    (155, true, TRIMMED),
    (156, true, TRIMMED),
    (157, true, TRIMMED),
    (158, true, TRIMMED),
];

const DOTLESS: &str = "`test@io`: a domain without a dot is refused by `require_tld` (default on; \
    ICANN's 2013 resolution bars dotless names for new gTLDs), as email-validator does";
const TRIMMED: &str =
    "the checker trims surrounding Unicode whitespace (CR, LF, tab, space) as every \
    field does (providers.md §6); the suite grades raw RFC 5322 folding whitespace, and the \
    normalized value we return has none of it";

/// Extra exceptions when quoted local parts and IP literals are allowed (see
/// `isemail_suite_with_quotes_and_ip_literals_allowed`).
const POLICY_EXCEPTIONS: &[(u32, bool, &str)] = &[
    (
        43,
        false,
        "`\"\"@iana.org`: an empty local part, even quoted, is refused (as email-validator does)",
    ),
    (
        60,
        true,
        "66 octets before the @ as written, but `\\h` needs no escape: the minimally quoted \
        form we return (RFC 5321 §4.1.2 says to send that one) is 64 octets, within the limit",
    ),
    (
        71,
        true,
        "`[IPv6:1111:2222:3333:4444:5555:6666::8888]`: `::` standing for one zero group is \
        valid RFC 4291 text (RFC 5952 only recommends against it); we parse IPv6 with the \
        standard library and print the canonical form",
    ),
];

const CATEGORIES: &[(&str, bool)] = &[
    ("ISEMAIL_VALID_CATEGORY", true),
    ("ISEMAIL_DNSWARN", true),
    ("ISEMAIL_RFC5321", false),
    ("ISEMAIL_CFWS", false),
    ("ISEMAIL_DEPREC", false),
    ("ISEMAIL_RFC5322", false),
    ("ISEMAIL_ERR", false),
];

struct Case {
    id: u32,
    address: String,
    category: String,
    diagnosis: String,
}

fn load() -> Vec<Case> {
    let cases = parse(SUITE_XML);
    assert!(
        cases.len() >= 150,
        "only {} tests parsed from {SUITE}",
        cases.len()
    );
    cases
}

fn category_verdict(case: &Case) -> bool {
    CATEGORIES
        .iter()
        .find(|(c, _)| *c == case.category)
        .map(|(_, v)| *v)
        .unwrap_or_else(|| panic!("test {}: unknown category {}", case.id, case.category))
}

#[test]
fn isemail_suite() {
    let cases = load();
    run(
        "default options",
        &cases,
        &Options::default(),
        category_verdict,
        &[EXCEPTIONS],
    );
}

/// The same suite with `allow_quoted_local` and `allow_ip_literal` on: RFC 5321 quoted strings
/// and address literals become valid; everything else keeps its verdict.
#[test]
fn isemail_suite_with_quotes_and_ip_literals_allowed() {
    let cases = load();
    let mut options = Options::default();
    options.email.allow_quoted_local = true;
    options.email.allow_ip_literal = true;
    let expect = |case: &Case| {
        matches!(
            case.diagnosis.as_str(),
            "ISEMAIL_RFC5321_QUOTEDSTRING" | "ISEMAIL_RFC5321_ADDRESSLITERAL"
        ) || category_verdict(case)
    };
    run(
        "allow_quoted_local and allow_ip_literal on",
        &cases,
        &options,
        expect,
        &[EXCEPTIONS, POLICY_EXCEPTIONS],
    );
}

/// Checks every case against `expect` (overridden by the exceptions), prints one line per
/// test and the per-category table, and fails on any mismatch.
fn run(
    title: &str,
    cases: &[Case],
    options: &Options,
    expect: impl Fn(&Case) -> bool,
    exception_lists: &[&[(u32, bool, &str)]],
) {
    let exceptions: Vec<(u32, bool, &str)> = exception_lists
        .iter()
        .flat_map(|l| l.iter().copied())
        .collect();
    // category -> (accepted, rejected, verdicts the rule expects)
    let mut table: BTreeMap<&str, (usize, usize, Vec<bool>)> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in cases {
        let by_rule = expect(case);
        let exception = exceptions.iter().find(|(id, _, _)| *id == case.id);
        if let Some((id, v, _)) = exception {
            assert_ne!(
                *v, by_rule,
                "exception for test {id} restates the rule's verdict"
            );
        }
        let expected = exception.map_or(by_rule, |(_, v, _)| *v);
        let result = email::check(&case.address, options);
        let valid = result.is_ok();
        if let Ok(e) = &result {
            assert!(
                !e.address
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control())
                    || e.local.starts_with('"'),
                "test {}: whitespace or control kept in {:?}",
                case.id,
                e.address
            );
        }
        let entry = table.entry(case.category.as_str()).or_default();
        entry.2.push(by_rule);
        if valid {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
        let shown = match &result {
            Ok(e) => format!("valid {:?}", e.address),
            Err(i) => format!("invalid ({})", i.code),
        };
        println!(
            "{:>3} {:<22} {:<32} {} {} {:?}",
            case.id,
            case.category,
            case.diagnosis,
            if valid == expected { "ok  " } else { "FAIL" },
            if exception.is_some() {
                "exception"
            } else {
                "         "
            },
            case.address
        );
        if valid != expected {
            failures.push(format!(
                "test {} ({}, {}) {:?}: expected {}, got {shown}",
                case.id,
                case.category,
                case.diagnosis,
                case.address,
                if expected { "valid" } else { "invalid" }
            ));
        }
    }
    for (id, _, _) in &exceptions {
        assert!(
            cases.iter().any(|c| c.id == *id),
            "exception for test {id}, which is not in the suite"
        );
    }

    println!(
        "\nisemail verdicts, {title}:\n\n| category | expected | tests | we accept | we reject | exceptions |\n|---|---|---|---|---|---|"
    );
    for (category, _) in CATEGORIES {
        let (a, r, rule) = table.get(category).cloned().unwrap_or_default();
        let expected = if rule.iter().all(|v| *v) {
            "valid"
        } else if rule.iter().all(|v| !*v) {
            "invalid"
        } else {
            "by diagnosis"
        };
        let ids: Vec<String> = cases
            .iter()
            .filter(|c| c.category == *category && exceptions.iter().any(|e| e.0 == c.id))
            .map(|c| c.id.to_string())
            .collect();
        println!(
            "| {category} | {expected} | {} | {a} | {r} | {} |",
            a + r,
            if ids.is_empty() {
                "none".to_owned()
            } else {
                ids.join(", ")
            }
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A tiny reader for the suite's flat XML: comments skipped, each `<test id="N">` with its
/// `<address>` (possibly `<address/>`), `<category>` and `<diagnosis>`; entities decoded, and
/// the control pictures U+2400–U+241F turned back into the C0 controls they stand for (the
/// suite's note 1: XML cannot hold those characters).
fn parse(xml: &str) -> Vec<Case> {
    let mut text = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find("<!--") {
        text.push_str(&rest[..start]);
        let end = rest[start..].find("-->").expect("unterminated comment") + start + 3;
        rest = &rest[end..];
    }
    text.push_str(rest);

    let mut cases = Vec::new();
    for chunk in text.split("<test ").skip(1) {
        let body = chunk.split("</test>").next().expect("test body");
        let id = body
            .split('"')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("test id");
        let address = if body.contains("<address/>") {
            String::new()
        } else {
            decode(element(body, "address").expect("address"))
        };
        cases.push(Case {
            id,
            address,
            category: element(body, "category").expect("category").to_owned(),
            diagnosis: element(body, "diagnosis").expect("diagnosis").to_owned(),
        });
    }
    cases
}

fn element<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let start = body.find(&open)? + open.len();
    let end = body[start..].find(&format!("</{name}>"))? + start;
    Some(&body[start..end])
}

fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').expect("unterminated entity") + amp;
        let name = &rest[amp + 1..semi];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(hex) = name.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16)
                } else {
                    name.strip_prefix('#').expect("entity").parse()
                }
                .expect("numeric entity");
                char::from_u32(code).expect("entity code point")
            }
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out.chars()
        .map(|c| match c {
            '\u{2400}'..='\u{241F}' => char::from_u32(c as u32 - 0x2400).unwrap_or(c),
            c => c,
        })
        .collect()
}
