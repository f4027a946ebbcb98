//! The message catalogs (`locales/*.ftl`, feature `locales`): complete for every code in
//! every locale, the same placeholders and `reason` variants as English, no silent English,
//! the shared render/negotiation vectors (`tests/vectors/locales.jsonl`, also run by the npm
//! package's renderer), and the generated npm locale modules up to date
//! (`UPDATE_LOCALES=1 cargo test --test locales` rewrites them).
#![cfg(feature = "locales")]

use customer_validate::issue::{Code, Issue};
use customer_validate::locale::Locale;
use customer_validate::rules::NotAllowed;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

const VECTORS: &str = include_str!("vectors/locales.jsonl");

fn vectors() -> impl Iterator<Item = Value> {
    VECTORS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Value>(l).expect("vector line is JSON"))
        .filter(|v| v.get("comment").is_none())
}

#[test]
fn every_catalog_parses_and_has_exactly_the_codes() {
    let codes: BTreeSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        if let Some(e) = locale.catalog_error() {
            problems.push(format!("locales/{}.ftl: {e}", locale.tag()));
            continue;
        }
        for code in Code::ALL {
            if locale.template(*code).is_none() {
                problems.push(format!(
                    "locales/{}.ftl has no message for {code}",
                    locale.tag()
                ));
            }
        }
        let json = locale.catalog_json();
        for id in json["messages"].as_object().unwrap().keys() {
            if !codes.contains(id.as_str()) {
                problems.push(format!(
                    "locales/{}.ftl: {id} is not an issue code",
                    locale.tag()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_uses_only_declared_params_and_translations_use_the_same() {
    let mut problems = Vec::new();
    for code in Code::ALL {
        let Some(en) = Locale::En.params(*code) else {
            continue; // reported by every_catalog_parses_and_has_exactly_the_codes
        };
        for p in &en {
            if !code.params().contains(&p.as_str()) {
                problems.push(format!(
                    "en {code}: {{{p}}} is not a declared param of the code"
                ));
            }
        }
        for locale in &Locale::ALL[1..] {
            if let Some(params) = locale.params(*code) {
                if params != en {
                    problems.push(format!(
                        "{} {code}: params {params:?}, English has {en:?}",
                        locale.tag()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_reason_english_tells_apart_is_translated() {
    let mut problems = Vec::new();
    for code in Code::ALL {
        let en = Locale::En.variant_keys(*code, "reason");
        for locale in &Locale::ALL[1..] {
            let keys = locale.variant_keys(*code, "reason");
            if keys != en {
                problems.push(format!(
                    "{} {code}: reasons {keys:?}, English has {en:?}",
                    locale.tag()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every reason the crate's field checkers give for these codes has its own English text.
#[test]
fn english_has_a_variant_for_every_reason_emitted() {
    let source = [
        include_str!("../src/fields/email.rs"),
        include_str!("../src/fields/phone.rs"),
    ]
    .join("\n");
    // `local_issue("dot", …`, `domain_issue(\n "idna", …`, `.param("reason", "not_a_number")`,
    // `let reason = … "whitespace"`: the string literals right after these openings.
    let mut emitted: Vec<(Code, String)> = Vec::new();
    for (opening, code) in [
        ("local_issue(", Code::EmailLocalInvalid),
        ("domain_issue(", Code::EmailDomainInvalid),
        (".param(\"reason\",", Code::PhoneInvalid),
    ] {
        for (at, _) in source.match_indices(opening) {
            let rest = source[at + opening.len()..].trim_start();
            if let Some(lit) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) {
                emitted.push((code, lit.to_owned()));
            }
        }
    }
    for (code, reasons) in [
        (
            Code::EmailLocalInvalid,
            ["whitespace", "character"].as_slice(),
        ),
        (
            Code::EmailDomainInvalid,
            &["underscore", "whitespace", "character"],
        ),
    ] {
        for r in reasons {
            assert!(source.contains(&format!("\"{r}\"")), "{r}");
            emitted.push((code, (*r).to_owned()));
        }
    }
    for r in NotAllowed::ALL {
        emitted.push((Code::FieldNotAllowed, r.key().to_owned()));
    }
    assert!(emitted.len() >= 20, "found only {emitted:?}");
    let missing: Vec<String> = emitted
        .iter()
        .filter(|(code, reason)| {
            reason != "character" && !Locale::En.variant_keys(*code, "reason").contains(reason)
        })
        .map(|(code, reason)| format!("{code}: [{reason}]"))
        .collect();
    assert!(missing.is_empty(), "no English variant for {missing:?}");
}

/// Every `field_not_allowed` reason has its own sentence in every locale: not the `*[other]`
/// default, not another reason's, and not the English one.
#[test]
fn every_field_not_allowed_reason_has_its_own_text_in_every_locale() {
    let mut problems = Vec::new();
    let render = |locale: Locale, reason: &str| {
        let mut params = Map::new();
        params.insert("reason".into(), reason.into());
        locale
            .render(Code::FieldNotAllowed, &params)
            .unwrap_or_default()
    };
    for locale in Locale::ALL {
        let other = render(*locale, "\u{1}no such reason");
        let mut seen = BTreeSet::new();
        for r in NotAllowed::ALL {
            let text = render(*locale, r.key());
            let english = render(Locale::En, r.key());
            if text.is_empty() || text == other {
                problems.push(format!(
                    "locales/{}.ftl field_not_allowed: no [{}] variant",
                    locale.tag(),
                    r.key()
                ));
            } else if !seen.insert(text.clone()) {
                problems.push(format!(
                    "locales/{}.ftl field_not_allowed: [{}] repeats another reason's text",
                    locale.tag(),
                    r.key()
                ));
            } else if *locale != Locale::En && text == english {
                problems.push(format!(
                    "locales/{}.ftl field_not_allowed: [{}] is the English text",
                    locale.tag(),
                    r.key()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Sample params for a code: every declared param, numbers where a number is meant.
fn sample_params(code: Code) -> Map<String, Value> {
    code.params()
        .iter()
        .map(|p| {
            let v: Value = match *p {
                "max" | "min" | "length" | "received_length" | "line" | "column"
                | "first_index" | "max_skew_ms" => 7.into(),
                "allowed" | "fields" | "any_of" | "operations" | "prefixes" | "scripts" => {
                    serde_json::json!(["a", "b"])
                }
                _ => "X".into(),
            };
            (p.to_string(), v)
        })
        .collect()
}

#[test]
fn no_locale_silently_falls_back_to_english() {
    let sentinel = "\u{1}english fallback";
    let mut problems = Vec::new();
    for code in Code::ALL {
        let params = sample_params(*code);
        let english = Locale::En.render(*code, &params);
        for locale in Locale::ALL {
            let mut issue = Issue::new(*code, sentinel);
            issue.params = params.clone();
            let text = issue.message_in(*locale);
            if text == sentinel {
                problems.push(format!(
                    "{} {code}: fell back to the issue's message",
                    locale.tag()
                ));
            } else if *locale != Locale::En && Some(&text) == english.as_ref() {
                problems.push(format!(
                    "{} {code}: the English text {text:?}",
                    locale.tag()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn shared_vectors() {
    let mut n = 0;
    for v in vectors() {
        n += 1;
        if let Some(tag) = v.get("negotiate") {
            let got = Locale::negotiate(tag.as_str().unwrap());
            assert_eq!(got.tag(), v["expected"], "negotiate {tag}");
            continue;
        }
        let locale = Locale::negotiate(v["locale"].as_str().unwrap());
        let code: Code = serde_json::from_value(v["code"].clone()).unwrap();
        let params = v["params"].as_object().unwrap();
        let got = locale.render(code, params);
        assert_eq!(got.as_deref(), v["expected"].as_str(), "{v}");
        // Through an issue: no message means the issue keeps its own.
        let mut issue = Issue::new(code, "own message");
        issue.params = params.clone();
        let expected = v["expected"].as_str().unwrap_or("own message");
        assert_eq!(issue.message_in(locale), expected);
    }
    assert!(n > 50);
}

#[test]
fn negotiation_never_panics_on_odd_input() {
    for tag in [
        "\u{0}",
        "-_-",
        ",,,",
        ";q=1",
        "zh-",
        "zh-hant-hans",
        &"a".repeat(100_000),
        &"en,".repeat(10_000),
        "ar\u{200F}",
        "ΕΛ",
        "i-klingon",
        "x-private",
        "en-x-private",
    ] {
        let _ = Locale::negotiate(tag);
    }
    assert_eq!(Locale::negotiate("en-x-private"), Locale::En);
}

/// The text of the npm module for one locale.
fn module_text(locale: Locale) -> String {
    let json = serde_json::to_string(&locale.catalog_json()).unwrap();
    format!(
        "// Generated from locales/{tag}.ftl by `UPDATE_LOCALES=1 cargo test --test locales`;\n\
         // do not edit. The issue messages in {tag}, rendered by `localize` from\n\
         // `customer-validate/locales` (docs/decisions.md, \"Message catalogs\").\n\
         export default {json};\n",
        tag = locale.tag()
    )
}

#[test]
fn npm_locale_modules_are_up_to_date() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("npm/src/locales");
    let update = std::env::var_os("UPDATE_LOCALES").is_some();
    let mut stale = Vec::new();
    for locale in Locale::ALL {
        let path = dir.join(format!("{}.js", locale.tag()));
        let want = module_text(*locale);
        if update {
            std::fs::write(&path, &want).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    // The list of tags the JavaScript side negotiates among.
    let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
    let tags_path = dir.join("tags.js");
    let want = format!(
        "// Generated by `UPDATE_LOCALES=1 cargo test --test locales`; do not edit.\n\
         // Every locale with a catalog (locales/*.ftl), English first.\n\
         export const TAGS = {};\n",
        serde_json::to_string(&tags).unwrap()
    );
    if update {
        std::fs::write(&tags_path, &want).unwrap();
    } else if std::fs::read_to_string(&tags_path).ok().as_deref() != Some(want.as_str()) {
        stale.push(tags_path.display().to_string());
    }
    assert!(
        stale.is_empty(),
        "stale: {stale:?}; run `UPDATE_LOCALES=1 cargo test --test locales`"
    );
}
