//! `customer-validate address-format CC [CC...]`: one JSON line per country, the layout the
//! library answers (itself checked against Google's data by `tests/address_formats.rs`), or
//! the issue for an unknown country, without stopping at it.

use serde_json::Value;

#[path = "support/cli.rs"]
mod cli;

#[test]
fn one_line_per_country_in_the_order_named() {
    let r = cli::run(&["address-format", "US", "japan", "ZZ", "ie"], b"");
    assert_eq!(r.code, 1, "an unknown country makes the exit code 1");
    let countries: Vec<&str> = r
        .records
        .iter()
        .map(|v| v["country"].as_str().unwrap())
        .collect();
    assert_eq!(countries, ["US", "JP", "ZZ", "IE"]);
    let us = &r.records[0];
    assert_eq!(
        us["lines"][3],
        serde_json::json!(["city", "state", "postal_code"])
    );
    assert_eq!(us["labels"]["postal_code"], "zip");
    assert_eq!(us["subdivisions"][4]["name"], "Arkansas");
    let jp = &r.records[1];
    assert_eq!(jp["labels"]["state"], "prefecture");
    assert_eq!(jp["latin_lines"][0], serde_json::json!(["name"]));
    assert_eq!(r.records[2]["issues"][0]["code"], "country_unknown");
    let ie = &r.records[3];
    assert_eq!(ie["labels"]["postal_code"], "eircode");
    assert_eq!(ie["labels"]["district"], "townland");
    assert_eq!(ie["postal_code_prefix"], Value::Null);
}

#[test]
fn every_member_the_issue_names_is_there() {
    let r = cli::run(&["address-format", "GB"], b"");
    assert_eq!(r.code, 0);
    let keys: Vec<&String> = r.records[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "country",
            "lines",
            "latin_lines",
            "required",
            "uppercase",
            "labels",
            "has_postal_code",
            "postal_code_examples",
            "postal_code_prefix",
            "subdivisions"
        ]
    );
}

#[test]
fn no_country_is_a_usage_error() {
    let r = cli::run(&["address-format"], b"");
    assert_eq!(r.code, 2);
    assert!(r
        .stderr
        .contains("address-format needs at least one country"));
    let r = cli::run(&["address-format", "--bogus"], b"");
    assert_eq!(r.code, 2);
}
