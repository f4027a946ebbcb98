//! Huge inputs through `validate` and `validate_json`: the exact issue (pointer, code, limit)
//! each one gets, for every provider where the field exists. Times are recorded by
//! `benches/limits.rs`, never asserted here.
//!
//! - a 10 MB phone string → `too_long` at the phone's place (`max_string_chars`);
//! - a 100,000-element address list → `too_many_items` at `/addresses` (`max_array_len`);
//! - 10,000-deep nesting → `too_deep` at the first level past `max_depth` (a value), or at
//!   the root (JSON text: the parser's own nesting limit answers first);
//! - a 10 MB payload → `payload_too_large` (`max_input_bytes`, JSON text only);
//! - a `metadata` / `appdata` object of 100,000 keys → `too_many_items` (`metadata.max_keys`).

mod limits_inputs;

use customer_validate::issue::Segment;
use customer_validate::rules::Normalized;
use customer_validate::{validate, validate_json, Operation, Options, Path, Provider, Report};
use limits_inputs::*;
use serde_json::Value;

const MB10: usize = 10 * 1024 * 1024;

fn pointer(segments: &[Segment]) -> String {
    segments
        .iter()
        .fold(Path::root(), |p, s| match s {
            Segment::Key(k) => p.key(k),
            Segment::Index(i) => p.index(*i),
        })
        .pointer()
}

/// `(pointer, code, params.max)` of every issue.
fn found(result: &Result<Normalized, Report>) -> Vec<(String, String, Option<u64>)> {
    let issues = match result {
        Ok(n) => n.warnings.clone(),
        Err(r) => r.issues().to_vec(),
    };
    issues
        .iter()
        .map(|i| {
            (
                i.pointer(),
                i.code.as_str().to_owned(),
                i.params.get("max").and_then(Value::as_u64),
            )
        })
        .collect()
}

fn one(pointer: &str, code: &str, max: usize) -> Vec<(String, String, Option<u64>)> {
    vec![(pointer.to_owned(), code.to_owned(), Some(max as u64))]
}

fn create(provider: Provider, payload: &Value, options: &Options) -> Result<Normalized, Report> {
    validate(provider, Operation::Create, payload, options)
}

fn create_json(provider: Provider, text: &str, options: &Options) -> Result<Normalized, Report> {
    validate_json(provider, Operation::Create, text, options)
}

fn text_of(v: &Value) -> String {
    serde_json::to_string(v).unwrap()
}

/// Options whose input limit lets `bytes` of JSON text through to the parser.
fn roomy(bytes: usize) -> Options {
    let mut o = Options::default();
    o.max_input_bytes = bytes;
    o
}

#[test]
fn the_bases_are_valid() {
    for &p in Provider::ALL {
        let r = create(p, &base(p), &Options::default());
        assert!(r.is_ok(), "{p}: {:?}", found(&r));
    }
}

/// Plants `huge(provider)` at every place of every provider and asserts the one issue
/// (`code`, `max`) there through `validate`, `payload_too_large` at the root through
/// `validate_json`, and the first issue again through `validate_json` with room for the text.
/// Returns the number of places.
fn assert_at_every_place(
    places: fn(Provider) -> Vec<Vec<Segment>>,
    huge: impl Fn(Provider) -> Value,
    code: &str,
    max: usize,
) -> usize {
    let o = Options::default();
    let mut n = 0;
    for &p in Provider::ALL {
        for place in places(p) {
            n += 1;
            let at = pointer(&place);
            let payload = plant(base(p), &place, huge(p));
            let want = one(&at, code, max);
            assert_eq!(found(&create(p, &payload, &o)), want, "{p} {at}");
            let text = text_of(&payload);
            assert!(text.len() > o.max_input_bytes, "{p}: {} bytes", text.len());
            assert_eq!(
                found(&create_json(p, &text, &o)),
                one("", "payload_too_large", o.max_input_bytes),
                "{p} {at} (JSON text)"
            );
            assert_eq!(
                found(&create_json(p, &text, &roomy(2 * MB10))),
                want,
                "{p} {at} (JSON text under a raised input limit)"
            );
        }
    }
    n
}

#[test]
fn ten_megabyte_phone_string() {
    let max = Options::default().max_string_chars;
    let n = assert_at_every_place(phone_places, |_| long_phone(MB10), "too_long", max);
    // Bloc's phone_number; Rapyd's phone_number and an address's; an Authvia contact.
    assert_eq!(n, 4);
}

#[test]
fn hundred_thousand_addresses() {
    let max = Options::default().max_array_len;
    let huge = |p| many_addresses(p, 100_000);
    assert_eq!(
        assert_at_every_place(address_list_places, huge, "too_many_items", max),
        2
    );
}

#[test]
fn hundred_thousand_metadata_keys() {
    let max = Options::default().metadata.max_keys;
    let huge = |_| many_keys(100_000);
    // Rapyd's metadata and an address's; Authvia's metadata and appdata.
    assert_eq!(
        assert_at_every_place(object_places, huge, "too_many_items", max),
        4
    );
}

/// With every list limit raised, the 100,000 items are all checked: the report keeps
/// `max_issues` of the 100,000 errors and says it was truncated. (The duplicate check is a
/// hash lookup, so this stays linear.)
#[test]
fn hundred_thousand_addresses_under_raised_limits_truncate_the_report() {
    let mut o = Options::default();
    o.max_array_len = 200_000;
    o.authvia.max_addresses = 200_000;
    let bad = Value::Array(vec![Value::String("no-domain@".into()); 100_000]);
    let payload = plant(base(Provider::Authvia), &path(&["addresses"]), bad);
    let report = create(Provider::Authvia, &payload, &o).unwrap_err();
    assert_eq!(report.issues().len(), o.max_issues);
    assert!(report.truncated());
    assert_eq!(report.issues()[99].pointer(), "/addresses/99");
    assert_eq!(report.issues()[99].code.as_str(), "email_domain_invalid");
    // 100,000 distinct valid ones: all kept, in order.
    let good: Vec<Value> = (0..100_000)
        .map(|i| Value::String(format!("c{i}@example.com")))
        .collect();
    let payload = plant(
        base(Provider::Authvia),
        &path(&["addresses"]),
        Value::Array(good),
    );
    let out = create(Provider::Authvia, &payload, &o).unwrap();
    assert_eq!(
        out.value["addresses"].as_array().map(Vec::len),
        Some(100_000)
    );
    assert_eq!(
        out.value["addresses"][99_999]["value"],
        "c99999@example.com"
    );
}

#[test]
fn ten_thousand_deep_nesting() {
    let o = Options::default();
    for &p in Provider::ALL {
        let place = nest_place(p);
        // The walk reports the first value past max_depth: the place, then zeros.
        let mut first_too_deep = place.clone();
        first_too_deep.resize(o.max_depth + 1, Segment::Index(0));
        let at = pointer(&first_too_deep);
        let payload = plant(base(p), &place, deep_array(10_000));
        assert_eq!(
            found(&create(p, &payload, &o)),
            one(&at, "too_deep", o.max_depth),
            "{p}"
        );
        dismantle(payload);
        // As text, serde_json's recursion limit (128) refuses it while parsing, before any
        // value exists: the issue is at the root.
        let marker = plant(base(p), &place, Value::String("__DEEP__".into()));
        let text = text_of(&marker).replace("\"__DEEP__\"", &deep_array_text(10_000));
        assert_eq!(
            found(&create_json(p, &text, &o)),
            one("", "too_deep", o.max_depth),
            "{p} (JSON text)"
        );
        // Under the parser's limit, the text gets the same issue as the value.
        let text = text_of(&marker).replace("\"__DEEP__\"", &deep_array_text(100));
        assert_eq!(
            found(&create_json(p, &text, &o)),
            one(&at, "too_deep", o.max_depth),
            "{p} (100-deep JSON text)"
        );
    }
    // Raw text that is nothing but nesting (up to the 1 MiB input limit).
    for depth in [10_000, 500_000] {
        let text = deep_array_text(depth);
        assert_eq!(
            found(&create_json(Provider::Rapyd, &text, &o)),
            one("", "too_deep", o.max_depth),
            "{depth} deep"
        );
        let open_only = "[".repeat(depth);
        assert_eq!(
            found(&create_json(Provider::Rapyd, &open_only, &o)),
            one("", "too_deep", o.max_depth),
            "{depth} unclosed"
        );
    }
}

/// How `max_depth` meets serde_json's recursion limit: JSON text parses up to 127 nested
/// levels below the root value; deeper text is `too_deep` at the root whatever `max_depth`
/// says, and the issue's `max` is the smaller of the two limits.
#[test]
fn parser_depth_limit_meets_max_depth() {
    let mut o = Options::default();
    o.max_depth = 1_000;
    o.max_array_len = 10;
    // 127 arrays around a 0 parse; the walk finds nothing wrong (the root is not an object).
    let r = create_json(Provider::Rapyd, &deep_array_text(127), &o);
    assert_eq!(found(&r)[0].1, "invalid_type");
    let r = create_json(Provider::Rapyd, &deep_array_text(128), &o);
    assert_eq!(found(&r), one("", "too_deep", 127));
    // With a max_depth below the parser's, the parser refusal names max_depth.
    let r = create_json(Provider::Rapyd, &deep_array_text(128), &Options::default());
    assert_eq!(found(&r), one("", "too_deep", 32));
}

/// A caller that raises `max_depth` far past the default still gets an answer, not a stack
/// overflow: the walk is iterative and `metadata` checks its own depth before serializing.
#[test]
fn raised_max_depth_does_not_recurse_on_the_input() {
    let mut o = Options::default();
    o.max_depth = 20_000;
    let payload = plant(
        base(Provider::Rapyd),
        &path(&["metadata"]),
        deep_object(10_000),
    );
    assert_eq!(
        found(&create(Provider::Rapyd, &payload, &o)),
        one("/metadata", "too_deep", o.metadata.max_depth)
    );
    dismantle(payload);
}

#[test]
fn ten_megabyte_payload_over_the_input_limit() {
    let o = Options::default();
    for &p in Provider::ALL {
        let payload = plant(base(p), &path(&["note"]), Value::String("x".repeat(MB10)));
        let text = text_of(&payload);
        assert_eq!(
            found(&create_json(p, &text, &o)),
            one("", "payload_too_large", o.max_input_bytes),
            "{p}"
        );
    }
    // The limit is in bytes of text, inclusive.
    let base_text = text_of(&base(Provider::Rapyd));
    let pad = o.max_input_bytes - base_text.len();
    let exactly = format!("{}{}", " ".repeat(pad), base_text);
    assert_eq!(exactly.len(), o.max_input_bytes);
    assert!(create_json(Provider::Rapyd, &exactly, &o).is_ok());
    let over = format!(" {exactly}");
    assert_eq!(
        found(&create_json(Provider::Rapyd, &over, &o)),
        one("", "payload_too_large", o.max_input_bytes)
    );
}
