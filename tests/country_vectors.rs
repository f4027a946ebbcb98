//! Runs the reference vectors written by `scripts/gen_countries.py` (from pycountry) and
//! requires 100% agreement with `country::lookup`.

use customer_validate::fields::country;
use customer_validate::Code;
use serde_json::Value;

const VECTORS: &str = include_str!("vectors/country.jsonl");

#[test]
fn all_reference_vectors_agree() {
    let mut lines = VECTORS.lines();
    let meta: Value = serde_json::from_str(lines.next().expect("meta line")).unwrap();
    let meta = &meta["meta"];
    assert_eq!(meta["reference"], "pycountry");
    assert_eq!(meta["version"], "26.2.16");
    let declared = meta["count"].as_u64().expect("count") as usize;

    let mut total = 0;
    let mut failures = Vec::new();
    for line in lines {
        let case: Value = serde_json::from_str(line).unwrap();
        let input = case["input"].as_str().expect("input");
        let expected = case["expected"].as_str();
        let got = country::lookup(input);
        let agrees = match (&got, expected) {
            (Ok(c), Some(e)) => c.alpha2 == e,
            (Err(issue), None) => issue.code == Code::CountryUnknown,
            _ => false,
        };
        if !agrees {
            failures.push(format!(
                "{} {:?}: expected {:?}, got {:?}",
                case["kind"],
                input,
                expected,
                got.map(|c| c.alpha2).map_err(|i| i.code)
            ));
        }
        total += 1;
    }
    println!(
        "country vectors: {}/{} agree with pycountry {}",
        total - failures.len(),
        total,
        meta["version"]
    );
    assert_eq!(total, declared, "vector count differs from meta.count");
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn table_has_249_iso_entries_plus_kosovo() {
    let all = country::all();
    assert_eq!(all.len(), 250);
    let xk = country::by_alpha2("XK").unwrap();
    assert_eq!((xk.alpha3, xk.numeric, xk.name), ("XKX", "", "Kosovo"));
    assert_eq!(all.iter().filter(|c| c.numeric.is_empty()).count(), 1);
}

#[test]
fn names_are_current_as_of_pycountry_26_2_16() {
    let name = |code| country::by_alpha2(code).unwrap().name;
    assert_eq!(name("SZ"), "Eswatini");
    assert_eq!(name("TR"), "Türkiye");
    assert_eq!(name("CZ"), "Czechia");
    assert_eq!(name("MK"), "North Macedonia");
    assert_eq!(name("CV"), "Cabo Verde");
    assert_eq!(name("GB"), "United Kingdom");
    assert_eq!(name("KR"), "Korea, Republic of");
    let tr = country::by_alpha2("TR").unwrap();
    assert_eq!(tr.official_name, Some("Republic of Türkiye"));
    let kr = country::by_alpha2("KR").unwrap();
    assert_eq!(kr.common_name, Some("South Korea"));
    let cz = country::by_alpha2("CZ").unwrap();
    assert_eq!(cz.official_name, Some("Czech Republic"));
}

/// Every country's `calling_code` is `phonenumbers` 9.0.43's `country_code_for_region`
/// (`tests/vectors/calling_codes.jsonl`, written by `scripts/gen_phone_metadata.py` for every
/// two-letter code): digits, or none where libphonenumber has no region.
#[test]
fn calling_codes_agree_with_libphonenumber() {
    let mut lines = include_str!("vectors/calling_codes.jsonl").lines();
    let meta: Value = serde_json::from_str(lines.next().expect("meta line")).unwrap();
    assert_eq!(meta["meta"]["reference"], "phonenumbers");
    assert_eq!(meta["meta"]["version"], "9.0.43");
    let mut expected = std::collections::HashMap::new();
    for line in lines {
        let case: Value = serde_json::from_str(line).unwrap();
        let region = case["region"].as_str().expect("region").to_owned();
        expected.insert(region, case["calling_code"].as_str().map(str::to_owned));
    }
    assert_eq!(expected.len(), 26 * 26);
    let mut with_code = 0;
    for c in country::all() {
        let want = expected.get(c.alpha2).expect("every alpha-2 is a vector");
        assert_eq!(c.calling_code(), want.as_deref(), "{}", c.alpha2);
        let json = serde_json::to_value(c).unwrap();
        assert_eq!(
            json["calling_code"].as_str(),
            want.as_deref(),
            "{}",
            c.alpha2
        );
        with_code += usize::from(want.is_some());
    }
    // Every region libphonenumber has is a country of the table, but for AC and TA.
    let regions = expected.values().filter(|v| v.is_some()).count();
    assert_eq!((with_code, regions), (243, 245));
}
