//! Unicode safety, decided per field (the table in `docs/security.md`, "Unicode"), tested per
//! row: every string field of every provider gets each hostile character planted inside an
//! otherwise valid value, and must answer as its kind's column says: refused with the exact
//! code at the field's pointer, collapsed to a space, stripped from the output, or kept
//! exactly. Plus: joiners kept where a script needs them, and the mixed-script email domain
//! warning on every email field.

mod limits_inputs;

use customer_validate::issue::Segment;
use customer_validate::rules::Normalized;
use customer_validate::{validate, Operation, Options, Provider, Report};
use limits_inputs::{base, path, plant};
use serde_json::{json, Value};

/// How a field kind answers a character.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Answer {
    /// Refused with this code at the field.
    Refuse(&'static str),
    /// Refused with the field's own "invalid" code (ids: `id_invalid`, `digits_invalid`…).
    Invalid,
    /// Accepted, the character kept in the output.
    Keep,
    /// Accepted, the character (whitespace) collapsed into one space.
    Space,
    /// Accepted, the character gone from the output (the output is a code or E.164).
    Strip,
}
use Answer::*;

/// The kinds of string field, one column each of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Names and one-line text (address lines, city, coupon, occupation): `text::name`/`Line`.
    Line,
    /// Descriptions: `text::description` (line breaks kept).
    Text,
    /// The part of an email before the `@`.
    EmailLocal,
    /// The part of an email after the `@`.
    EmailDomain,
    /// Phone numbers (written E.164 or Nigerian national).
    Phone,
    /// Ids and references of ASCII characters (uuid, hex, BVN, refs, prefixed ids).
    Id,
    /// `business_vat_id`: whitespace removed, then ASCII letters and digits.
    Compact,
    /// Countries (written ISO alpha-2).
    Country,
    /// `date_of_birth`.
    Date,
    /// Free-form JSON objects (`metadata`, `appdata`): keys and values kept exactly.
    Json,
}

const TEXT_CONTROL: Answer = Refuse("text_control_character");
const TEXT_INVISIBLE: Answer = Refuse("text_bidi_control");
const LOCAL: Answer = Refuse("email_local_invalid");
const DOMAIN: Answer = Refuse("email_domain_invalid");
const COUNTRY: Answer = Refuse("country_unknown");
const DATE: Answer = Refuse("date_invalid");
const PHONE: Answer = Refuse("phone_invalid");

/// The decision table: one row per character class, one answer per [`Kind`] in the order
/// Line, Text, EmailLocal, EmailDomain, Phone, Id, Compact, Country, Date, Json.
#[rustfmt::skip]
const TABLE: &[(&str, char, [Answer; 10])] = &[
    // C0 and C1 controls, DEL
    ("NUL",        '\u{0}',     [TEXT_CONTROL, TEXT_CONTROL, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("BEL",        '\u{7}',     [TEXT_CONTROL, TEXT_CONTROL, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("ESC",        '\u{1B}',    [TEXT_CONTROL, TEXT_CONTROL, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("DEL",        '\u{7F}',    [TEXT_CONTROL, TEXT_CONTROL, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("C1 CSI",     '\u{9B}',    [TEXT_CONTROL, TEXT_CONTROL, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    // whitespace controls and line separators
    ("TAB",        '\t',        [Space, Keep,         LOCAL, DOMAIN, PHONE, Invalid, Strip, Strip, DATE, Keep]),
    ("LF",         '\n',        [Space, Keep,         LOCAL, DOMAIN, PHONE, Invalid, Strip, Strip, DATE, Keep]),
    ("VT",         '\u{B}',     [Space, TEXT_CONTROL, LOCAL, DOMAIN, PHONE, Invalid, Strip, Strip, DATE, Keep]),
    ("NEL",        '\u{85}',    [Space, TEXT_CONTROL, LOCAL, DOMAIN, PHONE, Invalid, Strip, Strip, DATE, Keep]),
    ("LINE SEP",   '\u{2028}',  [Space, TEXT_CONTROL, LOCAL, DOMAIN, PHONE, Invalid, Strip, Strip, DATE, Keep]),
    // bidi embeddings, overrides, isolates, marks
    ("RLO",        '\u{202E}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("LRE",        '\u{202A}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("RLI",        '\u{2067}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("PDI",        '\u{2069}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("RLM",        '\u{200F}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("ALM",        '\u{61C}',   [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    // zero-width and other invisible characters
    ("ZWSP",       '\u{200B}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, Strip, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("ZWNJ",       '\u{200C}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("ZWJ",        '\u{200D}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("WORD JOINER",'\u{2060}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, Strip, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("BOM",        '\u{FEFF}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("SOFT HYPHEN",'\u{AD}',    [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, Strip, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("MVS",        '\u{180E}',  [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("TAG A",      '\u{E0041}', [TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    ("HANGUL FILLER",'\u{3164}',[TEXT_INVISIBLE, TEXT_INVISIBLE, LOCAL, DOMAIN, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
    // kept where text is: the emoji presentation selector
    ("VS16",       '\u{FE0F}',  [Keep, Keep, Keep, Strip, PHONE, Invalid, Invalid, COUNTRY, DATE, Keep]),
];

fn column(kind: Kind) -> usize {
    match kind {
        Kind::Line => 0,
        Kind::Text => 1,
        Kind::EmailLocal => 2,
        Kind::EmailDomain => 3,
        Kind::Phone => 4,
        Kind::Id => 5,
        Kind::Compact => 6,
        Kind::Country => 7,
        Kind::Date => 8,
        Kind::Json => 9,
    }
}

/// One string field: where it is, its kind, a value with `{}` where the character goes (valid
/// with `fill` there), the field's own invalid code (for [`Answer::Invalid`]), the operation
/// and any option.
struct FieldCase {
    provider: Provider,
    operation: Operation,
    at: &'static [&'static str],
    kind: Kind,
    template: &'static str,
    fill: &'static str,
    invalid: &'static str,
    options: fn(&mut Options),
}

fn no_options(_: &mut Options) {}

const fn field(
    provider: Provider,
    at: &'static [&'static str],
    kind: Kind,
    template: &'static str,
    invalid: &'static str,
) -> FieldCase {
    FieldCase {
        provider,
        operation: Operation::Create,
        at,
        kind,
        template,
        fill: "",
        invalid,
        options: no_options,
    }
}

use Kind::*;
use Provider::{Authvia, Bloc, Calypso, Rapyd};

/// Every string field of every provider (create unless said otherwise).
const FIELDS: &[FieldCase] = &[
    // Calypso
    // Fixed-length ids: the character replaces one (an insertion would be `too_long`).
    FieldCase {
        fill: "a",
        ..field(
            Calypso,
            &["account"],
            Id,
            "0xabababababab{}bababababababababababababab",
            "id_invalid",
        )
    },
    field(
        Calypso,
        &["payload", "email"],
        EmailLocal,
        "ad{}a@example.com",
        "",
    ),
    field(
        Calypso,
        &["payload", "email"],
        EmailDomain,
        "ada@exa{}mple.com",
        "",
    ),
    field(
        Calypso,
        &["payload", "description"],
        Text,
        "VIP {}customer",
        "",
    ),
    field(
        Calypso,
        &["payload", "externalId"],
        Id,
        "ord{}-42",
        "id_invalid",
    ),
    FieldCase {
        operation: Operation::Update,
        fill: "3",
        ..field(
            Calypso,
            &["payload", "id"],
            Id,
            "3f2504e0-4f89-11d3-9a0c-0305e82c{}301",
            "id_invalid",
        )
    },
    FieldCase {
        operation: Operation::Block,
        fill: "3",
        ..field(
            Calypso,
            &["payload", "customerId"],
            Id,
            "3f2504e0-4f89-11d3-9a0c-0305e82c{}301",
            "id_invalid",
        )
    },
    // Bloc
    field(Bloc, &["email"], EmailLocal, "ad{}a@example.com", ""),
    field(Bloc, &["email"], EmailDomain, "ada@exa{}mple.com", ""),
    field(Bloc, &["phone_number"], Phone, "+234 803{}123 4567", ""),
    field(Bloc, &["bvn"], Id, "012345{}67890", "digits_invalid"),
    field(Bloc, &["first_name"], Line, "A{}da", ""),
    field(Bloc, &["last_name"], Line, "O{}bi", ""),
    field(
        Bloc,
        &["customer_type"],
        Id,
        "Pers{}onal",
        "value_not_allowed",
    ),
    FieldCase {
        options: |o| o.bloc.allow_other_customer_type = true,
        ..field(Bloc, &["customer_type"], Line, "Sole {}trader", "")
    },
    FieldCase {
        operation: Operation::Update,
        options: |o| o.bloc.allow_address_on_update = true,
        ..field(Bloc, &["address", "street"], Line, "1 Main {}St", "")
    },
    FieldCase {
        operation: Operation::Archive,
        ..field(
            Bloc,
            &["id"],
            Id,
            "64105f5d7f1b{}4b36103f870e",
            "id_invalid",
        )
    },
    // Rapyd
    field(Rapyd, &["name"], Line, "Ada {}Lovelace", ""),
    field(Rapyd, &["email"], EmailLocal, "ad{}a@example.com", ""),
    field(Rapyd, &["email"], EmailDomain, "ada@exa{}mple.com", ""),
    field(Rapyd, &["phone_number"], Phone, "+1 202{}456 1111", ""),
    field(
        Rapyd,
        &["addresses", "0", "name"],
        Line,
        "Ada {}Lovelace",
        "",
    ),
    field(
        Rapyd,
        &["addresses", "0", "line_1"],
        Line,
        "1 Main {}St",
        "",
    ),
    field(Rapyd, &["addresses", "0", "line_2"], Line, "Apt {}4", ""),
    field(
        Rapyd,
        &["addresses", "0", "city"],
        Line,
        "Spring{}field",
        "",
    ),
    field(
        Rapyd,
        &["addresses", "0", "district"],
        Line,
        "Sangamon {}County",
        "",
    ),
    field(
        Rapyd,
        &["addresses", "0", "country"],
        Country,
        "Uni{}ted States",
        "",
    ),
    field(
        Rapyd,
        &["addresses", "0", "phone_number"],
        Phone,
        "+1 202{}456 1111",
        "",
    ),
    field(
        Rapyd,
        &["business_vat_id"],
        Compact,
        "GB 123{}456789",
        "pattern_mismatch",
    ),
    field(Rapyd, &["coupon"], Line, "SPRING{}10", ""),
    field(Rapyd, &["description"], Text, "VIP {}customer", ""),
    field(Rapyd, &["ewallet"], Id, "ewallet_1a2b{}3c", "id_invalid"),
    field(
        Rapyd,
        &["invoice_prefix"],
        Id,
        "INV{}-1",
        "pattern_mismatch",
    ),
    field(
        Rapyd,
        &["default_payment_method"],
        Id,
        "card_1a2b{}3c",
        "id_invalid",
    ),
    field(Rapyd, &["birth_country"], Country, "Fra{}nce", ""),
    field(Rapyd, &["nationality"], Country, "Fra{}nce", ""),
    field(Rapyd, &["date_of_birth"], Date, "01/02/19{}90", ""),
    field(Rapyd, &["occupation"], Line, "Soft{}ware engineer", ""),
    field(Rapyd, &["metadata", "note"], Json, "a{}b", ""),
    field(
        Rapyd,
        &["addresses", "0", "metadata", "note"],
        Json,
        "a{}b",
        "",
    ),
    // Authvia
    field(Authvia, &["ref"], Id, "cust{}-1", "id_invalid"),
    field(
        Authvia,
        &["addresses", "0"],
        EmailLocal,
        "ad{}a@example.com",
        "",
    ),
    field(
        Authvia,
        &["addresses", "0"],
        EmailDomain,
        "ada@exa{}mple.com",
        "",
    ),
    field(Authvia, &["addresses", "1"], Phone, "+1 202{}456 1111", ""),
    field(Authvia, &["metadata", "note"], Json, "a{}b", ""),
    field(Authvia, &["appdata", "note"], Json, "a{}b", ""),
];

/// The valid payload the field lives in (create bases, or the update/archive/block ones).
fn payload_for(case: &FieldCase) -> Value {
    match (case.provider, case.operation) {
        (_, Operation::Create) => {
            let mut b = base(case.provider);
            if case.provider == Authvia {
                b["addresses"] = json!(["ada@example.com", "+12024561111"]);
            }
            b
        }
        (Calypso, Operation::Update) => json!({"account": base(Calypso)["account"],
            "timestamp": 1_700_000_000_000i64, "payload": {"id": ""}}),
        (Calypso, _) => json!({"account": base(Calypso)["account"],
            "timestamp": 1_700_000_000_000i64, "payload": {"customerId": ""}}),
        (Bloc, Operation::Update) => json!({"address": {"street": ""}}),
        (Bloc, _) => json!({"id": ""}),
        _ => json!({}),
    }
}

fn run(case: &FieldCase, value: &str) -> (Result<Normalized, Report>, String) {
    let mut options = Options::default();
    (case.options)(&mut options);
    let at = path(case.at);
    let payload = plant(payload_for(case), &at, Value::String(value.to_owned()));
    let result = validate(case.provider, case.operation, &payload, &options);
    (result, pointer(&at))
}

fn pointer(at: &[Segment]) -> String {
    at.iter()
        .map(|s| match s {
            Segment::Key(k) => format!("/{k}"),
            Segment::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// The output value at the field's place (Authvia contacts are `{"value": …}` objects).
fn output_at<'v>(out: &'v Value, case: &FieldCase) -> &'v Value {
    let mut v = out;
    for part in case.at {
        v = match part.parse::<usize>() {
            Ok(i) => &v[i],
            Err(_) => &v[*part],
        };
    }
    if case.provider == Authvia && case.at[0] == "addresses" {
        &v["value"]
    } else {
        v
    }
}

fn issues(result: &Result<Normalized, Report>) -> Vec<(String, String)> {
    match result {
        Ok(n) => n.warnings.iter(),
        Err(r) => r.issues().iter(),
    }
    .map(|i| (i.pointer(), i.code.as_str().to_owned()))
    .collect()
}

#[test]
fn the_templates_are_valid_without_the_character() {
    for case in FIELDS {
        let (result, at) = run(case, &case.template.replace("{}", case.fill));
        assert!(
            result.is_ok(),
            "{} {} {at}: {:?}",
            case.provider,
            case.operation,
            issues(&result)
        );
    }
}

#[test]
fn every_field_answers_every_character_as_the_table_says() {
    let mut failures = Vec::new();
    let mut rows = 0;
    for case in FIELDS {
        let (clean, _) = run(case, &case.template.replace("{}", case.fill));
        let clean = clean.expect("template valid");
        for (label, c, answers) in TABLE {
            rows += 1;
            let answer = answers[column(case.kind)];
            let value = case.template.replace("{}", &c.to_string());
            let (result, at) = run(case, &value);
            let got = issues(&result);
            let ok = match answer {
                Refuse(code) => got == [(at.clone(), code.to_owned())],
                Invalid => got == [(at.clone(), case.invalid.to_owned())],
                Keep | Space | Strip => match &result {
                    Ok(out) if out.warnings.is_empty() => {
                        let written = output_at(&out.value, case);
                        let want = match answer {
                            Keep => value.clone(),
                            Space => case
                                .template
                                .replace("{}", " ")
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" "),
                            _ => output_at(&clean.value, case)
                                .as_str()
                                .unwrap_or_default()
                                .to_owned(),
                        };
                        written == &Value::String(want)
                    }
                    _ => false,
                },
            };
            if !ok {
                failures.push(format!(
                    "{} {} {at} ({:?}) {label} U+{:04X}: want {answer:?}, got {:?} / {:?}",
                    case.provider,
                    case.operation,
                    case.kind,
                    *c as u32,
                    got,
                    result
                        .as_ref()
                        .ok()
                        .map(|o| output_at(&o.value, case).clone())
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {rows} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Metadata is kept byte for byte: hostile characters in its keys too.
#[test]
fn metadata_keys_keep_every_character() {
    for (label, c, _) in TABLE {
        let key = format!("k{c}");
        let meta = json!({ key.clone(): format!("v{c}") });
        for (provider, place) in [(Rapyd, "metadata"), (Authvia, "appdata")] {
            let payload = plant(base(provider), &path(&[place]), meta.clone());
            let out = validate(provider, Operation::Create, &payload, &Options::default())
                .unwrap_or_else(|r| panic!("{label}: {:?}", r.issues()));
            assert_eq!(out.value[place], meta, "{provider} {label}");
            let text = serde_json::to_string(&out.value[place]).unwrap();
            assert_eq!(text, serde_json::to_string(&meta).unwrap());
        }
    }
}

/// Joiners stay where a script needs them, in every text field kind.
#[test]
fn joiners_in_context_are_kept() {
    let kept = [
        "علی\u{200C}اکبر",               // Persian: ZWNJ between Arabic letters
        "क्\u{200D}ष",                    // Devanagari: ZWJ after a virama
        "ক্\u{200C}ষ",                    // Bengali: ZWNJ after a virama
        "👩\u{200D}💻",                  // emoji ZWJ sequence
        "👨\u{200D}❤\u{FE0F}\u{200D}👨", // with a presentation selector inside
    ];
    let refused = [
        "a\u{200C}b",
        "a\u{200D}b",
        "\u{200C}علی",
        "علی\u{200C}",
        "👩\u{200D}a",
        "a\u{200D}💻",
        "ی\u{200C}a",
    ];
    for case in FIELDS.iter().filter(|c| matches!(c.kind, Line | Text)) {
        for s in kept {
            let value = case.template.replace("{}", &format!(" {s} "));
            let (result, at) = run(case, &value);
            let out = result.unwrap_or_else(|r| panic!("{at} {s:?}: {:?}", r.issues()));
            assert!(
                output_at(&out.value, case).as_str().unwrap().contains(s),
                "{at} {s:?}"
            );
        }
        for s in refused {
            let value = case.template.replace("{}", &format!(" {s} "));
            let (result, at) = run(case, &value);
            assert_eq!(
                issues(&result),
                [(at.clone(), "text_bidi_control".to_owned())],
                "{at} {s:?}"
            );
        }
    }
}

/// A domain label mixing Latin, Greek, Cyrillic or Armenian letters is a warning on every
/// email field: the address stays valid, normalized, and the warning names the scripts and
/// the first letter of the second, never the address.
#[test]
fn mixed_script_email_domains_warn_on_every_email_field() {
    let cases = [
        (
            "ada@p\u{430}ypal.com",
            Some(("Latin", "Cyrillic", "U+0430")),
        ),
        ("ada@\u{3B1}pple.com", Some(("Greek", "Latin", "U+0070"))),
        (
            "ada@g\u{585}\u{585}gle.com",
            Some(("Latin", "Armenian", "U+0585")),
        ),
        (
            "ada@example.c\u{43E}m",
            Some(("Latin", "Cyrillic", "U+043E")),
        ),
        (
            "ada@\u{440}\u{430}\u{443}\u{440}\u{430}l.com",
            Some(("Cyrillic", "Latin", "U+006C")),
        ),
        (
            "ada@PAYP\u{410}L.COM",
            Some(("Latin", "Cyrillic", "U+0430")),
        ),
        (
            "ada@xn--pypal-4ve.com",
            Some(("Latin", "Cyrillic", "U+0430")),
        ),
        ("ada@bücher.de", None),
        ("ada@пример.com", None),
        ("ada@\u{440}\u{430}\u{443}\u{440}\u{430}\u{4CF}.com", None), // whole-script: not detected
        ("ada@例え.jp", None),
        ("ada@ελλάδα.gr", None),
        ("ada@mañana.es", None),
    ];
    for case in FIELDS.iter().filter(|c| c.kind == EmailDomain) {
        let (result, at) = run(case, "ada@example.com");
        assert!(result.is_ok(), "{at}");
        for (address, want) in cases {
            let (result, at) = run(case, address);
            let out = result.unwrap_or_else(|r| panic!("{at} {address}: {:?}", r.issues()));
            let warnings: Vec<_> = out
                .warnings
                .iter()
                .filter(|w| w.code.as_str() == "email_domain_mixed_script")
                .collect();
            match want {
                None => assert!(warnings.is_empty(), "{at} {address}: {warnings:?}"),
                Some((a, b, cp)) => {
                    assert_eq!(warnings.len(), 1, "{at} {address}: {:?}", out.warnings);
                    let w = warnings[0];
                    assert_eq!(w.pointer(), at, "{address}");
                    assert!(!w.is_error());
                    assert_eq!(w.params["scripts"], json!([a, b]), "{address}");
                    assert_eq!(w.params["codepoint"], cp, "{address}");
                    let text = serde_json::to_string(w).unwrap();
                    let domain = address.split('@').nth(1).unwrap();
                    assert!(!text.contains("ada@") && !text.contains(domain), "{text}");
                }
            }
        }
    }
}
