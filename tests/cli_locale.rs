//! End-to-end tests of `--locale L` (on `validate`, `check`, `convert`) and of
//! `customer-validate messages [--locale L]`.

#[path = "support/cli.rs"]
mod cli;
use cli::run;
use customer_validate::issue::Code;

fn messages(run: &cli::Run) -> Vec<String> {
    run.records
        .iter()
        .flat_map(|r| r["issues"].as_array().cloned().unwrap_or_default())
        .map(|i| i["message"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn validate_check_and_convert_speak_the_locale() {
    let v = run(
        &[
            "validate",
            "--provider",
            "bloc",
            "--operation",
            "create",
            "--locale",
            "fr-CA",
        ],
        b"{}\n",
    );
    assert_eq!(v.code, 1, "{}", v.stderr);
    assert!(
        messages(&v)
            .iter()
            .all(|m| m == "Ce champ est obligatoire."),
        "{:?}",
        messages(&v)
    );

    let c = run(&["check", "email", "--locale=de"], b"\"a@b_c.com\"\n");
    assert_eq!(
        messages(&c),
        ["Ein Domainname darf keinen Unterstrich (_) enthalten."]
    );

    let c = run(&["convert", "--locale", "ar", "--to", "bloc"], b"{}\n");
    assert!(!messages(&c).is_empty());
    assert!(
        messages(&c).iter().all(|m| m == "هذا الحقل مطلوب."),
        "{:?}",
        messages(&c)
    );

    // A refused field's reason picks its sentence; without --locale, the English detail.
    let bvn = b"{\"email\":\"a@example.com\",\"bvn\":\"01234567890\"}\n";
    let args = ["validate", "--provider", "bloc", "--operation", "update"];
    let v = run(&[&args[..], &["--locale", "de"]].concat(), bvn);
    assert_eq!(
        messages(&v),
        ["Dieses Feld kann nach dem Anlegen des Kunden nicht mehr geändert werden."]
    );
    assert_eq!(v.records[0]["issues"][0]["params"]["reason"], "immutable");
    let v = run(&args, bvn);
    assert_eq!(
        messages(&v),
        ["This field is not accepted here: it cannot be changed after create"]
    );

    // Without --locale: the library's English detail, as before.
    let v = run(
        &["validate", "--provider", "bloc", "--operation", "create"],
        b"{}\n",
    );
    assert!(messages(&v).iter().all(|m| m == "This field is required"));
}

#[test]
fn an_unknown_locale_is_english_and_a_missing_value_is_a_usage_error() {
    let c = run(&["check", "phone", "--locale", "xx-!!"], b"\"+1 555\"\n");
    assert_eq!(messages(&c), ["This phone number is too short."]);
    let bad = run(&["check", "phone", "--locale"], b"");
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--locale needs a value"));
}

#[test]
fn messages_lists_every_code_with_its_template() {
    let en = run(&["messages"], b"");
    assert_eq!(en.code, 0, "{}", en.stderr);
    let codes: Vec<&str> = en
        .records
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    let all: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    // One line per code, then one per named case of it (below).
    let mut firsts = codes.clone();
    firsts.dedup();
    assert_eq!(firsts, all);
    let too_long = |r: &cli::Run| {
        r.records.iter().find(|r| r["code"] == "too_long").unwrap()["message"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(too_long(&en), "Too long: at most {max} characters.");
    let pl = run(&["messages", "--locale", "pl-PL"], b"");
    assert_eq!(too_long(&pl), "Za długie: maksymalnie {max} znaków.");
    assert!(pl.records.iter().all(|r| r["message"].is_string()));
    assert_eq!(run(&["messages", "extra"], b"").code, 2);
}

/// A message whose text depends on a named case (`reason`, `unit`) lists the default on the
/// code's line, then one line per case, the same cases in every locale.
#[test]
fn messages_list_each_reason_of_a_code_on_its_own_line() {
    let lines = |locale: &str| {
        let r = run(&["messages", "--locale", locale], b"");
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.records
    };
    let of = |records: &[serde_json::Value], code: &str| -> Vec<(String, String)> {
        records
            .iter()
            .filter(|r| r["code"] == code)
            .map(|r| {
                let case = r
                    .as_object()
                    .unwrap()
                    .iter()
                    .find(|(k, _)| *k != "code" && *k != "message")
                    .map(|(k, v)| format!("{k}={}", v.as_str().unwrap()))
                    .unwrap_or_default();
                (case, r["message"].as_str().unwrap().to_owned())
            })
            .collect()
    };
    let en = lines("en");
    let refused = of(&en, "field_not_allowed");
    let cases: Vec<&str> = refused.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        cases,
        [
            "",
            "reason=immutable",
            "reason=not_documented",
            "reason=path_key",
            "reason=own_operations",
            "reason=use_token"
        ]
    );
    assert_eq!(refused[0].1, "This field cannot be sent here.");
    assert_eq!(
        refused[1].1,
        "This field cannot be changed after the customer is created."
    );
    let de = lines("de");
    let refused_de = of(&de, "field_not_allowed");
    assert_eq!(
        refused_de
            .iter()
            .map(|(c, _)| c.as_str())
            .collect::<Vec<_>>(),
        cases
    );
    assert_eq!(
        refused_de[1].1,
        "Dieses Feld kann nach dem Anlegen des Kunden nicht mehr geändert werden."
    );
    // Each case has its own text, in every locale.
    for locale in ["en", "de", "ar", "ja"] {
        let records = lines(locale);
        let texts: std::collections::BTreeSet<String> = of(&records, "field_not_allowed")
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(texts.len(), 6, "{locale}");
        assert_eq!(records.len(), en.len(), "{locale}");
    }
    // Other codes that select on a reason or a unit; a plural form is not a case.
    assert_eq!(
        of(&en, "phone_invalid")[1],
        (
            "reason=not_a_number".into(),
            "This is not a phone number.".into()
        )
    );
    assert_eq!(
        of(&en, "too_long"),
        [
            ("".into(), "Too long: at most {max} characters.".into()),
            ("unit=bytes".into(), "Too long: at most {max} bytes.".into())
        ]
    );
    assert_eq!(of(&en, "field_required").len(), 1);
}
