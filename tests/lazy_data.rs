//! The browser build's data loading (feature `lazy-data`; empty without it): before a
//! country's data file is loaded, every check that needs it answers `data_not_loaded` with
//! `params.file` on the field's path (never "invalid"); after, the embedded build's answers;
//! a garbage, truncated, foreign or misnamed file is refused with a `DataError` and leaves
//! nothing registered. The files come from `cargo run --example export_data --
//! target/data-files` (`scripts/test` runs it first); the vector suites
//! (`phone_vectors`, `address_vectors`, `providers`, `customer`…) run on all of them loaded.
#![cfg(feature = "lazy-data")]

use customer_validate::check::{check_address, check_field, Field};
use customer_validate::data::{self, DataErrorKind};
use customer_validate::fields::{address, country, phone};
use customer_validate::{validate, Code, Issue, Operation, Options, Provider};
use serde_json::json;

#[path = "support/data_files.rs"]
mod data_files;

/// The file a `data_not_loaded` issue names (and that it is one).
fn file_of(issue: &Issue) -> String {
    assert_eq!(issue.code, Code::DataNotLoaded, "{issue:?}");
    assert!(issue.is_error());
    assert_eq!(issue.params.len(), 1);
    issue.params["file"]
        .as_str()
        .expect("params.file")
        .to_owned()
}

fn pointers_and_files(issues: &[Issue]) -> Vec<(String, String)> {
    issues.iter().map(|i| (i.pointer(), file_of(i))).collect()
}

/// Files this test loads; the other test uses others, so the two can run at once.
#[test]
fn checks_need_their_file_and_answer_as_embedded_once_it_is_loaded() {
    let o = Options::default();
    for name in ["US", "CA", "NG", "GB", "DE", "JP", "cc800"] {
        assert!(!data::is_loaded(name), "{name}");
    }
    // Phones: the default region's file, or the calling code's (its main region's).
    for (input, region, file) in [
        ("0803 123 4567", Some("ng"), "NG"),
        ("+44 20 7183 8750", None, "GB"),
        ("+1 202-456-1111", None, "US"),
        ("+1 416 555 0123", None, "US"),
        ("+800 1234 5678", None, "cc800"),
        ("030 1234567", Some("DE"), "DE"),
    ] {
        let err = phone::parse(input, region).unwrap_err();
        assert_eq!(file_of(&err), file, "{input:?} {region:?}");
        let v = check_field(Field::Phone, input, region, &o);
        assert!(!v.valid);
        assert_eq!(file_of(&v.issues[0]), file);
    }
    // Formatting as you type: a national number needs its region's file, a `+` number its
    // calling code's once the code is typed; what shows no digit or only the first of `+CC`
    // needs none.
    for (text, region, file) in [
        ("0803", Some("NG"), "NG"),
        ("+44 20", None, "GB"),
        ("+1 2", Some("JP"), "US"),
        ("00 1", Some("DE"), "DE"),
    ] {
        let err = phone::format_as_you_type(text, region).unwrap_err();
        assert_eq!(file_of(&err), file, "{text:?} {region:?}");
    }
    for (text, region) in [("", Some("DE")), ("+", Some("DE")), ("+4", None)] {
        let shown = phone::format_as_you_type(text, region).unwrap();
        assert_eq!(shown.formatted, text);
    }
    // Example numbers need the region's file; calling codes need none.
    for (region, file) in [("ng", "NG"), ("GB", "GB"), ("CA", "CA")] {
        let err = phone::example_number(region, phone::ExampleType::Mobile).unwrap_err();
        assert_eq!(file_of(&err), file, "{region}");
    }
    let cc = |code| country::by_alpha2(code).and_then(|c| c.calling_code());
    assert_eq!(
        (cc("GB"), cc("US"), cc("AQ")),
        (Some("44"), Some("1"), None)
    );
    // What needs no country's data answers as before.
    let unknown_cc = phone::parse("+999 1234567", None).unwrap_err().code;
    assert_eq!(unknown_cc, Code::PhoneCountryCodeInvalid);
    let unknown_region = phone::parse("123", Some("ZZ")).unwrap_err().code;
    assert_eq!(unknown_region, Code::RegionUnknown);
    let no_region = phone::parse("030 1234567", None).unwrap_err().code;
    assert_eq!(no_region, Code::PhoneRegionRequired);
    // A country name: unknown, or with `lazy-names` (the first browser module) not known
    // until the names' own file is loaded.
    let narnia = address::check_postal_code("Narnia", "1").unwrap_err();
    if cfg!(feature = "lazy-names") {
        assert_eq!(file_of(&narnia), "countries");
    } else {
        assert_eq!(narnia.code, Code::CountryUnknown);
    }
    // Addresses: postal codes, subdivisions, whole addresses (on the `country` member).
    let v = check_field(Field::Postal, "75008", Some("FR"), &o);
    assert_eq!(file_of(&v.issues[0]), "FR");
    assert_eq!(
        file_of(&address::subdivision("JP", "Tokyo").unwrap_err()),
        "JP"
    );
    assert_eq!(
        file_of(&address::subdivision_key("CAN", "Quebec").unwrap_err()),
        "CA"
    );
    let a = json!({"line_1": "1 Main St", "city": "Mountain View", "state": "CA",
        "zip": "94043", "country": "us"});
    let v = check_address(&a, &o);
    assert!(!v.valid);
    assert_eq!(
        pointers_and_files(&v.issues),
        [("/country".into(), "US".into())]
    );
    // An address whose country's rules nothing needs (no state, no postal code, the
    // complete-address rule off) needs no file.
    let mut relaxed = Options::default();
    relaxed.address.require_country_fields = false;
    assert!(check_address(&json!({"line_1": "1 Main St", "country": "DE"}), &relaxed).valid);
    // A provider payload: each field that needs a file says which.
    let payload = json!({"name": "Jane Doe", "phone_number": "+1 415 555 9993",
        "addresses": [{"name": "Jane Doe", "line_1": "Unter den Linden 1", "city": "Berlin",
                       "zip": "10117", "country": "DE"}]});
    let report = validate(Provider::Rapyd, Operation::Create, &payload, &o).unwrap_err();
    assert_eq!(
        pointers_and_files(report.issues()),
        [
            ("/phone_number".into(), "US".into()),
            ("/addresses/0/country".into(), "DE".into())
        ]
    );

    // Loaded: the embedded build's answers. US carries the whole +1 set, not CA's address.
    for name in ["US", "DE", "NG", "US"] {
        data::load(name, &data_files::read(name)).unwrap();
    }
    assert!(data::is_loaded("US") && data::is_loaded("DE") && !data::is_loaded("CA"));
    let out = validate(Provider::Rapyd, Operation::Create, &payload, &o).unwrap();
    assert_eq!(out.value["phone_number"], "+14155559993");
    assert_eq!(out.value["addresses"][0]["zip"], "10117");
    let n = phone::parse("+1 416 555 0123", None);
    assert_eq!(n.map(|n| n.region), Ok(Some("CA".to_owned())));
    assert_eq!(
        phone::parse("0803 123 4567", Some("ng")).unwrap().e164,
        "+2348031234567"
    );
    let example = phone::example_number("NG", phone::ExampleType::Mobile);
    assert_eq!(example.unwrap().unwrap().e164, "+2348021234567");
    // Guernsey's file is not loaded; the United States' file carries Canada's phone data.
    let ca = phone::example_number("CA", phone::ExampleType::FixedLine);
    assert_eq!(ca.unwrap().unwrap().region.as_deref(), Some("CA"));
    let gb = phone::example_number("GB", phone::ExampleType::FixedLine).unwrap_err();
    assert_eq!(file_of(&gb), "GB");
    let shown = |text: &str, region: Option<&str>| {
        phone::format_as_you_type(text, region)
            .map(|s| s.formatted)
            .map_err(Box::new)
    };
    assert_eq!(shown("0803123", Some("NG")), Ok("0803 123".to_owned()));
    assert_eq!(shown("030123456", Some("DE")), Ok("030 123456".to_owned()));
    assert_eq!(shown("+4930", Some("US")), Ok("+49 30".to_owned()));
    // `+1` typed in a region whose file is not loaded: the +1 file is what it needs.
    assert_eq!(shown("+1202456", Some("GB")), Ok("+1 202-456".to_owned()));
    assert_eq!(file_of(&shown("00 1 202", Some("GB")).unwrap_err()), "GB");
    assert_eq!(file_of(&shown("+44 20", Some("US")).unwrap_err()), "GB");
    let v = check_address(&a, &o);
    assert!(v.valid, "{:?}", v.issues);
    assert_eq!(v.normalized.unwrap()["state"], "CA");
    assert_eq!(
        file_of(&address::subdivision_key("CA", "Quebec").unwrap_err()),
        "CA"
    );
    // A number written with its calling code needs no default region: read in a region whose
    // file is not loaded, it answers as embedded; one written with the region's international
    // prefix still needs the region's file.
    assert_eq!(
        phone::parse("+1 202-456-1111", Some("GB")).map(|n| n.e164),
        Ok("+12024561111".to_owned())
    );
    assert_eq!(
        file_of(&phone::parse("00 1 202-456-1111", Some("GB")).unwrap_err()),
        "GB"
    );
    data::load("CA", &data_files::read("CA")).unwrap();
    assert_eq!(address::subdivision_key("CA", "Quebec"), Ok("QC"));
}

/// Refused files: a `DataError` naming the file, and nothing registered.
#[test]
fn garbage_truncated_foreign_and_misnamed_files_are_refused() {
    let good = data_files::read("BR");
    let mut foreign = good.clone();
    foreign[5] ^= 0xFF; // the fingerprint
    let mut corrupt = good.clone();
    let last = corrupt.len() - 1;
    corrupt[last] ^= 1;
    let cases: Vec<(&str, Vec<u8>, DataErrorKind)> = vec![
        ("BR", Vec::new(), DataErrorKind::NotADataFile),
        (
            "BR",
            b"<!doctype html><title>404</title>".to_vec(),
            DataErrorKind::NotADataFile,
        ),
        (
            "BR",
            good[..good.len() / 2].to_vec(),
            DataErrorKind::Corrupt,
        ),
        ("BR", good[..19].to_vec(), DataErrorKind::Name),
        ("BR", foreign, DataErrorKind::Fingerprint),
        ("BR", corrupt, DataErrorKind::Corrupt),
        ("IN", good.clone(), DataErrorKind::Name),
        ("br", good.clone(), DataErrorKind::UnknownFile),
        ("../BR", good.clone(), DataErrorKind::UnknownFile),
    ];
    for (name, bytes, kind) in cases {
        let err = data::load(name, &bytes).unwrap_err();
        assert_eq!((err.file(), err.kind()), (name, kind), "{err}");
        assert!(err.to_string().contains(&format!("{name:?}")), "{err}");
    }
    let mut next = 0x2545_F491_4F6C_DD1D_u64;
    for _ in 0..500 {
        next ^= next << 13;
        next ^= next >> 7;
        next ^= next << 17;
        let mut bytes = good.clone();
        let i = next as usize % bytes.len();
        bytes[i] = bytes[i].wrapping_add((next >> 32) as u8 | 1);
        assert!(data::load("BR", &bytes).is_err(), "byte {i}");
    }
    assert!(!data::is_loaded("BR") && !data::is_loaded("IN"));
    let err = phone::parse("+55 11 96123 4567", None).unwrap_err();
    assert_eq!(file_of(&err), "BR");
    data::load("BR", &good).unwrap();
    assert!(data::is_loaded("BR"));
    assert_eq!(
        phone::parse("+55 11 96123 4567", None).unwrap().e164,
        "+5511961234567"
    );
}
