//! The canonical customer and its conversions: hand-written cases from
//! `tests/vectors/customer.jsonl` (canonical input → exact provider payload, or the exact
//! `[pointer, code]` issues on canonical fields, and `warnings` when given; what is read
//! back from the payload, and its re-export; a case may set `options`), and properties over
//! generated customers:
//! every `to_payload` output re-validates to itself, `from_payload(to_payload(c))` keeps
//! every field the provider carries and invents none, and any customer JSON converts
//! without panicking, with issues only on canonical paths.

use customer_validate::customer::{requirements, Customer, CustomerField, RequestContext};
use customer_validate::{validate, Operation, Options, Provider};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Map, Value};

const CASES: &str = include_str!("vectors/customer.jsonl");

fn context() -> RequestContext {
    serde_json::from_value(json!({"account": format!("0x{}", "aB".repeat(20)),
        "timestamp_ms": 1_700_000_000_000_i64, "customer_id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"}))
    .expect("context")
}

fn pairs(issues: &[customer_validate::Issue]) -> Vec<Value> {
    issues
        .iter()
        .map(|i| json!([i.pointer(), i.code.as_str()]))
        .collect()
}

#[test]
fn vectors() {
    data_files::load_all();
    let mut checked = 0;
    for (n, line) in CASES.lines().enumerate().skip(1) {
        let case: Value = serde_json::from_str(line).expect("case is JSON");
        let name = &case["name"];
        let provider: Provider = case["provider"].as_str().unwrap().parse().unwrap();
        let operation: Operation = case["operation"].as_str().unwrap().parse().unwrap();
        // A case may set options (`"options": {...}`, as Options' JSON).
        let o: Options = case
            .get("options")
            .map(|v| serde_json::from_value(v.clone()).expect("options"))
            .unwrap_or_default();
        let customer = match Customer::parse(&case["customer"], &o) {
            Ok((c, _)) => c,
            Err(r) => {
                assert_eq!(
                    Value::Array(pairs(r.issues())),
                    case["expect"]["issues"],
                    "line {} {name}: canonical issues",
                    n + 1
                );
                checked += 1;
                continue;
            }
        };
        let got = customer.to_payload_with(provider, operation, &context(), &o);
        match (&got, case["expect"].get("ok")) {
            (Ok(out), Some(expected)) => {
                assert_eq!(&out.value, expected, "line {} {name}", n + 1);
                if let Some(warnings) = case["expect"].get("warnings") {
                    assert_eq!(
                        &Value::Array(pairs(&out.warnings)),
                        warnings,
                        "line {} {name}: warnings",
                        n + 1
                    );
                }
                let again = validate(provider, operation, &out.value, &o).expect("re-validates");
                assert_eq!(again.value, out.value, "line {} {name}: idempotent", n + 1);
            }
            (Err(r), None) => assert_eq!(
                Value::Array(pairs(r.issues())),
                case["expect"]["issues"],
                "line {} {name}",
                n + 1
            ),
            (got, _) => panic!("line {} {name}: got {got:?}", n + 1),
        }
        if let Some(back) = case["expect"].get("back") {
            let out = got.expect("a case with `back` converts");
            let c = Customer::from_payload(provider, &out.value).expect("reads back");
            assert_eq!(
                &serde_json::to_value(&c).unwrap(),
                back,
                "line {} {name}: back",
                n + 1
            );
            // What was read back converts to the same payload again.
            let again = c.to_payload_with(provider, operation, &context(), &o);
            assert_eq!(
                again.map(|a| a.value).ok().as_ref(),
                Some(&out.value),
                "line {} {name}: re-export of back",
                n + 1
            );
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} cases");
}

/// An IDN email reaches every provider in the form `email.domain_form` asks for (A-labels
/// by default), the payload re-validates to itself, and reading it back gives a customer
/// whose re-export is the same payload.
#[test]
fn idn_email_domain_form_round_trips_through_every_provider() {
    data_files::load_all();
    use customer_validate::options::EmailDomainForm;
    let input = json!({"given_name": "Ada", "family_name": "Obi", "email": " Ada@BÜCHER.De ",
        "phone": "+2348031234567", "national_id": {"scheme": "bvn", "value": "01234567890"},
        "kind": "personal", "external_ref": "cust-1"});
    assert_eq!(Options::default().email.domain_form, EmailDomainForm::Ascii);
    for (form, want) in [
        (EmailDomainForm::Ascii, "Ada@xn--bcher-kva.de"),
        (EmailDomainForm::Unicode, "Ada@bücher.de"),
    ] {
        let mut o = Options::default();
        o.email.domain_form = form;
        let (c, _) = Customer::parse(&input, &o).expect("valid customer");
        assert_eq!(c.email.as_deref(), Some(want), "{form:?}: canonical");
        for &provider in Provider::ALL {
            let out = c
                .to_payload_with(provider, Operation::Create, &context(), &o)
                .unwrap_or_else(|r| panic!("{provider} {form:?}: {:?}", r.issues()));
            let again =
                validate(provider, Operation::Create, &out.value, &o).expect("re-validates");
            assert_eq!(again.value, out.value, "{provider} {form:?}: idempotent");
            let back = Customer::from_payload(provider, &out.value).expect("reads back");
            assert_eq!(
                back.email.as_deref(),
                Some(want),
                "{provider} {form:?}: read back"
            );
            let re = back
                .to_payload_with(provider, Operation::Create, &context(), &o)
                .expect("re-exports");
            assert_eq!(re.value, out.value, "{provider} {form:?}: re-export");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Generated customers
// ---------------------------------------------------------------------------------------

const GIVEN: &[&str] = &[
    "Ada",
    "Chinedu",
    "Mary Ann",
    "José",
    "Zoë",
    "Ngozi",
    "  Ifeoma ",
];
const FAMILY: &[&str] = &["Obi", "Okafor", "Smith", "García", "Núñez", "Adé-Bọ́lá"];
const PHONES: &[&str] = &[
    "+234 803 123 4567",
    "+2347031234567",
    "+234 802 123 4567",
    "+234 (0) 803 123 4567",
    "+234 905 123 4567",
    "+234 810 555 0123",
];
const EMAILS: &[&str] = &[
    "ada@example.com",
    "C.Obi@Example.COM",
    "x+tag@mail.example.org",
    "zoë@example.ng",
    "Ada@Bücher.DE",
    "obi@XN--MNCHEN-3YA.de",
];
const REFS: &[&str] = &["cust-1", "A.b_c~9", "user:42@shop", "0001"];
const NOTES: &[&str] = &[
    "VIP",
    "  prefers SMS  ",
    "line one\nline two",
    "Ödön's note",
];

fn address() -> BoxedStrategy<Value> {
    select(vec![
        json!({"line_1": "1 Rue de Rivoli", "city": "Paris", "postal_code": "75 001", "country": "France"}),
        json!({"line_1": "Unter den Linden 1", "city": "Berlin", "postal_code": "10117", "country": "de"}),
        json!({"line_1": " 10  Downing St ", "city": "London", "postal_code": "sw1a2aa", "country": "GB"}),
        json!({"line_1": "1600 Pennsylvania Ave NW", "line_2": "West Wing", "city": "Washington",
            "state": "District of Columbia", "postal_code": "20500", "country": "US"}),
        json!({"line_1": "1 Main St", "city": "Springfield", "state": "IL", "postal_code": "62701",
            "country": "United States"}),
    ])
    .boxed()
}

fn metadata() -> BoxedStrategy<Value> {
    prop::collection::btree_map(
        select(vec!["tier", "source", "tags", "score"]),
        prop_oneof![
            any::<u8>().prop_map(Value::from),
            select(vec!["web", "shop", "ünïcode"]).prop_map(Value::from),
            Just(json!({"nested": [1, 2, {"deep": true}]})),
        ],
        1..4,
    )
    .prop_map(|m| {
        Value::Object(
            m.into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect::<Map<_, _>>(),
        )
    })
    .boxed()
}

fn date() -> BoxedStrategy<Value> {
    (1930u16..2006, 1u8..13, 1u8..29, any::<bool>())
        .prop_map(|(y, m, d, iso)| {
            Value::from(if iso {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{d:02}/{m:02}/{y:04}")
            })
        })
        .boxed()
}

/// A customer every provider's create accepts: names (parts, whole or both), a Nigerian
/// phone and a BVN (Bloc), a reference (Authvia), plus any of the optional fields.
fn complete_customer() -> BoxedStrategy<Value> {
    (
        (select(GIVEN), select(FAMILY), 0u8..3),
        select(PHONES),
        select(EMAILS),
        select(REFS),
        "[0-9]{11}",
        select(vec!["personal", "Business"]),
        (
            prop::option::of(address()),
            prop::option::of(date()),
            prop::option::of(select(vec!["NG", "france", "Germany", "gb"])),
            prop::option::of(metadata()),
            prop::option::of(select(NOTES)),
        ),
    )
        .prop_map(
            |((given, family, form), phone, email, r, bvn, kind, (addr, dob, nat, meta, notes))| {
                let mut c = Map::new();
                if form != 1 {
                    c.insert("given_name".into(), given.into());
                    c.insert("family_name".into(), family.into());
                }
                if form != 0 {
                    c.insert(
                        "full_name".into(),
                        format!("{} {}", given.trim(), family).into(),
                    );
                }
                c.insert("email".into(), email.into());
                c.insert("phone".into(), phone.into());
                if let Some(a) = addr {
                    c.insert("address".into(), a);
                }
                c.insert("external_ref".into(), r.into());
                c.insert("national_id".into(), json!({"scheme": "bvn", "value": bvn}));
                c.insert("kind".into(), kind.into());
                for (k, v) in [
                    ("date_of_birth", dob),
                    ("nationality", nat.map(Value::from)),
                    ("metadata", meta),
                    ("notes", notes.map(Value::from)),
                ] {
                    if let Some(v) = v {
                        c.insert(k.into(), v);
                    }
                }
                Value::Object(c)
            },
        )
        .boxed()
}

/// Any customer JSON: the complete ones with members dropped, blanked or replaced by odd
/// values, and unknown members.
fn any_customer() -> BoxedStrategy<Value> {
    let odd = prop_oneof![
        Just(Value::Null),
        Just(json!("")),
        Just(json!(42)),
        Just(json!(["x"])),
        Just(json!({"scheme": "ssn", "value": "1"})),
        Just(json!("Cher")),
        Just(json!("+1 202-456-1111")),
        Just(json!("bad ref with spaces")),
        ".{0,12}".prop_map(Value::from),
    ];
    (
        complete_customer(),
        prop::collection::vec((0usize..16, 0u8..3, odd), 0..5),
    )
        .prop_map(|(c, edits)| {
            let Value::Object(mut m) = c else {
                unreachable!()
            };
            for (i, how, v) in edits {
                let key = CustomerField::ALL
                    .get(i)
                    .map_or("nick".to_owned(), |f| f.as_str().to_owned());
                match how {
                    0 => {
                        m.remove(&key);
                    }
                    _ => {
                        m.insert(key, v);
                    }
                }
            }
            Value::Object(m)
        })
        .boxed()
}

/// Provider payload-like JSON: member names of every table (and others), scalar values
/// made unique where they are not shaped for a conversion, so a value can only vanish if
/// `from_payload` dropped it.
fn payload_like() -> BoxedStrategy<Value> {
    const KEYS: &[&str] = &[
        "email",
        "phone_number",
        "bvn",
        "first_name",
        "last_name",
        "customer_type",
        "full_name",
        "name",
        "addresses",
        "business_vat_id",
        "description",
        "metadata",
        "external_ref",
        "date_of_birth",
        "nationality",
        "ref",
        "appdata",
        "note",
        "payload",
        "externalId",
        "account",
        "timestamp",
        "id",
        "value",
        "type",
        "line_1",
        "zip",
        "x",
    ];
    let leaf = prop_oneof![
        Just(json!("s")),
        Just(json!(7)),
        Just(json!(true)),
        Just(json!(null)),
        Just(json!("+12024561111")),
        Just(json!("a@example.com")),
        Just(json!("1990-01-02")),
        Just(json!("phone")),
        Just(json!("Personal")),
        Just(json!({"type": "s", "value": "a@example.com"})),
        Just(json!({"type": "s", "value": "+12024561111"})),
        Just(json!({"type": "email", "value": "s"})),
        Just(json!({"name": "s", "line_1": "s", "zip": "s", "id": "s"})),
        Just(json!(["+12024561111", "a@example.com", "s", {"value": "s"}])),
        Just(json!([{"type": "s", "value": "a@example.com"}, {"type": "phone", "value": "s"}])),
    ];
    let tree = leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((select(KEYS), inner), 0..6).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    });
    let top = prop_oneof![3 => select(vec!["addresses", "metadata", "appdata", "payload"]), 5 => select(KEYS)];
    prop::collection::vec((top, tree), 0..8)
        .prop_map(|kv| {
            let mut obj = Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
            uniquify(&mut obj, &mut 0);
            obj
        })
        .boxed()
}

/// Makes every plain `"s"` leaf unique (`"s#1"`, `"s#2"`…).
fn uniquify(v: &mut Value, n: &mut usize) {
    match v {
        Value::String(s) if s == "s" => {
            *n += 1;
            s.push_str(&format!("#{n}"));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| uniquify(x, n)),
        Value::Object(m) => m.values_mut().for_each(|x| uniquify(x, n)),
        _ => {}
    }
}

/// Scalar leaves, as JSON text.
fn leaves(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| leaves(x, out)),
        Value::Object(m) => m.values().for_each(|x| leaves(x, out)),
        other => out.push(other.to_string()),
    }
}

#[path = "support/proptest_config.rs"]
mod proptest_config;
use proptest_config::config;

#[path = "support/data_files.rs"]
mod data_files;

/// The value of one canonical field, compared as the provider carries it.
fn carried(c: &Customer, f: CustomerField, provider: Provider) -> Value {
    use CustomerField as F;
    match f {
        // Bloc carries the two parts, the others one name.
        F::GivenName | F::FamilyName | F::FullName if provider == Provider::Bloc => {
            json!(c.name_parts())
        }
        F::GivenName | F::FamilyName | F::FullName => json!(c.display_name()),
        // Stripe's metadata holds strings: other values travel as their JSON text.
        F::Metadata if provider == Provider::Stripe => match &c.metadata {
            Some(m) => Value::Object(
                m.iter()
                    .map(|(k, v)| {
                        let text = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                        (k.clone(), Value::String(text))
                    })
                    .collect(),
            ),
            None => Value::Null,
        },
        other => serde_json::to_value(c).unwrap()[other.as_str()].clone(),
    }
}

/// The national id scheme a provider carries.
fn carries_id(c: &Customer, provider: Provider) -> bool {
    let scheme = c.national_id.as_ref().map(|id| id.scheme.as_str());
    matches!(
        (provider, scheme),
        (Provider::Bloc, Some("bvn")) | (Provider::Rapyd, Some("vat"))
    )
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn complete_customers_convert_everywhere_and_round_trip(input in complete_customer()) {
        data_files::load_all();
        let o = Options::default();
        let (c, _) = Customer::parse(&input, &o).expect("complete customers are valid");
        for &provider in Provider::ALL {
            for op in [Operation::Create, Operation::Update] {
                let out = c.to_payload_with(provider, op, &context(), &o);
                let out = match out {
                    Ok(out) => out,
                    // An update carrying nothing (Authvia without metadata, notes or name)
                    // is refused by the provider; every create must convert.
                    Err(r) => {
                        prop_assert!(op == Operation::Update, "{provider} {op}: {:?}", r.issues());
                        continue;
                    }
                };
                let again = validate(provider, op, &out.value, &o);
                prop_assert!(again.is_ok(), "{provider} {op} re-validates: {:?}", again.err());
                prop_assert_eq!(&again.unwrap().value, &out.value);
                if op != Operation::Create {
                    continue;
                }
                let back = Customer::from_payload(provider, &out.value).expect("reads back");
                let back = back.validate(&o).expect("what was read back is valid");
                let carries = requirements(provider, op).carries();
                for &f in CustomerField::ALL {
                    let (want, got) = (carried(&c, f, provider), carried(&back, f, provider));
                    if f == CustomerField::NationalId {
                        if carries_id(&c, provider) {
                            prop_assert_eq!(got, want, "{} {}", provider, f);
                        } else {
                            prop_assert_eq!(got, Value::Null, "{} {}", provider, f);
                        }
                    } else if carries.contains(&f) {
                        prop_assert_eq!(got, want, "{} {} kept", provider, f);
                    } else {
                        prop_assert_eq!(got, json!(null), "{} {} not invented", provider, f);
                    }
                }
            }
        }
    }

    /// `from_payload` never panics and never loses a value: every unique scalar of the
    /// input is in the customer (mapped, or in `provider_data`). Only values shaped for a
    /// conversion may change form (phone to E.164, dates to ISO, `Personal` to `personal`,
    /// a contact's agreeing `type`); `null`, numbers and booleans may repeat elsewhere.
    #[test]
    fn from_payload_keeps_every_value(input in payload_like()) {
        data_files::load_all();
        for &provider in Provider::ALL {
            let c = Customer::from_payload(provider, &input).expect("objects are read");
            let out = serde_json::to_value(&c).unwrap();
            let (mut have, mut want) = (Vec::new(), Vec::new());
            leaves(&out, &mut have);
            leaves(&input, &mut want);
            for w in want.iter().filter(|w| w.starts_with("\"s#")) {
                prop_assert!(have.contains(w), "{provider}: {w} lost from {input} -> {out}");
            }
            let unique: Vec<&String> = want.iter().filter(|w| w.starts_with("\"s#")).collect();
            let kept = have.iter().filter(|h| h.starts_with("\"s#")).count();
            // Nothing is duplicated either (a value is taken, not copied).
            prop_assert_eq!(kept, unique.len(), "{}: {} -> {}", provider, input, out);
        }
    }

    #[test]
    fn any_customer_converts_without_panic_with_issues_on_canonical_fields(input in any_customer()) {
        data_files::load_all();
        let o = Options::default();
        let Ok((c, _)) = Customer::parse(&input, &o) else { return Ok(()) };
        let canonical: Vec<&str> = CustomerField::ALL.iter().map(|f| f.as_str()).collect();
        for &provider in Provider::ALL {
            for op in [Operation::Create, Operation::Update] {
                match c.to_payload_with(provider, op, &context(), &o) {
                    Ok(out) => {
                        let again = validate(provider, op, &out.value, &o);
                        prop_assert!(again.is_ok(), "{provider} {op}: {:?}", again.err());
                        prop_assert_eq!(&again.unwrap().value, &out.value);
                    }
                    Err(r) => {
                        prop_assert!(!r.issues().is_empty());
                        for i in r.issues() {
                            let first = i.path.segments().first().and_then(|s| match s {
                                customer_validate::issue::Segment::Key(k) => Some(k.as_str()),
                                _ => None,
                            });
                            prop_assert!(
                                first.is_some_and(|k| canonical.contains(&k)),
                                "{provider} {op}: issue off the canonical fields: {i}"
                            );
                        }
                    }
                }
                // The checklist agrees with the conversion.
                let ready = c.to_payload_with(provider, op, &context(), &o).is_ok();
                if ready {
                    prop_assert!(c.missing(provider, op, &o).is_empty());
                }
            }
        }
    }
}
