//! Property tests over the whole library surface (proptest, modest case counts so the file
//! runs in well under a minute in a debug `cargo test`):
//!
//! 1. Arbitrary JSON (nested objects and arrays, any Unicode including controls, bidi and
//!    NUL, big numbers, nesting up to ~45) through `validate` for every provider × operation
//!    never panics, and every issue points at a location that exists in the input or at a
//!    missing field's place (its parent exists and is an object). `validate_json` over the
//!    serialized input answers exactly as `validate` does.
//! 2. Plausible payloads per provider and operation (real-looking names, IDN emails, phones
//!    of many regions in many formats, countries by code/name/alias, dates, ids, free-form
//!    objects with big numbers; mixed with invalid values): when valid, the normalized value
//!    re-validates to itself, and `metadata` / `appdata` objects come out byte for byte.
//! 3. No issue (message or params, errors or warnings) contains a full personal value from
//!    the input: an email, a name, a phone number or its digits, a BVN.
//! 4. The field checkers on arbitrary strings never panic, and their normalized output is a
//!    fixed point (email address, phone E.164, country alpha-2, text name, ids, dates).
//!
//! Seeds are random per run (set `PROPTEST_RNG_SEED` to replay one, `PROPTEST_SCALE=20` for a
//! longer hunt); a failure prints the shrunk input. The inputs that found real bugs are kept
//! as plain regression tests next to the fixes (`src/rules.rs` unit tests and
//! `tests/vectors/providers.jsonl`).

// The checkers' house signature is `Result<_, Issue>` (see src/lib.rs).
#![allow(clippy::result_large_err)]

use customer_validate::fields::{country, date, email, ids, phone, text};
use customer_validate::issue::Segment;
use customer_validate::options::{AddressShape, PhoneOutput, UnknownFields};
use customer_validate::rules::{Normalized, Updates};
use customer_validate::{validate, validate_json, Issue, Operation, Options, Provider, Report};
use icu_normalizer::DecomposingNormalizerBorrowed;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::Union;
use serde_json::{Map, Value};

#[path = "support/proptest_config.rs"]
mod proptest_config;
use proptest_config::config;

// ---------------------------------------------------------------------------------------
// Helpers shared by the properties
// ---------------------------------------------------------------------------------------

/// The value at `path` in `v`, if there is one.
fn resolve<'v>(v: &'v Value, path: &[Segment]) -> Option<&'v Value> {
    path.iter().try_fold(v, |cur, seg| match (seg, cur) {
        (Segment::Key(k), Value::Object(m)) => m.get(k),
        (Segment::Index(i), Value::Array(a)) => a.get(*i),
        _ => None,
    })
}

/// True when an issue's path names a place in `input`: an existing value, or a missing key
/// of an existing object.
fn path_in_input(input: &Value, path: &[Segment]) -> bool {
    if resolve(input, path).is_some() {
        return true;
    }
    match path.split_last() {
        Some((Segment::Key(_), parent)) => matches!(resolve(input, parent), Some(Value::Object(_))),
        _ => false,
    }
}

/// Every issue of a result: warnings of a valid payload, or the report's issues.
fn issues_of(result: &Result<Normalized, Report>) -> Vec<Issue> {
    match result {
        Ok(n) => n.warnings.clone(),
        Err(r) => r.issues().to_vec(),
    }
}

/// Maps a provider's "clear" marker in normalized output back to the caller's `null`
/// (Rapyd update writes a requested clear as `""`; callers ask for it with `null`).
fn wire_to_input(provider: Provider, operation: Operation, v: &Value) -> Value {
    let clears =
        provider.spec(operation).map(|s| s.updates) == Some(Updates::PartialClearWithEmpty);
    match v {
        Value::Object(m) if clears => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), if v == "" { Value::Null } else { v.clone() }))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn all_operations() -> Vec<(Provider, Operation)> {
    Provider::ALL
        .iter()
        .flat_map(|p| p.operations().iter().map(move |(op, _)| (*p, *op)))
        .collect()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("test literal is JSON")
}

// ---------------------------------------------------------------------------------------
// Arbitrary JSON
// ---------------------------------------------------------------------------------------

/// Characters that have broken text handling somewhere: controls, NUL, bidi and zero-width
/// formatting, exotic whitespace, combining marks, case-mapping oddities, fullwidth and
/// Arabic-Indic digits, non-characters, astral code points, and the separators the checkers
/// look for.
const HOSTILE: &[char] = &[
    '\0',
    '\u{1}',
    '\u{1f}',
    '\u{7f}',
    '\u{85}',
    '\u{9c}',
    '\t',
    '\n',
    '\r',
    '\u{b}',
    ' ',
    '\u{a0}',
    '\u{2028}',
    '\u{3000}',
    '\u{202A}',
    '\u{202E}',
    '\u{2066}',
    '\u{2069}',
    '\u{200B}',
    '\u{200D}',
    '\u{FEFF}',
    '\u{061C}',
    '\u{301}',
    '\u{345}',
    '\u{5bf}',
    '@',
    '＠',
    '+',
    '＋',
    '.',
    '。',
    '-',
    '/',
    '~',
    '_',
    ':',
    ';',
    '"',
    '\\',
    '(',
    ')',
    '[',
    ']',
    '0',
    '1',
    '9',
    '０',
    '٣',
    'a',
    'Z',
    'x',
    'n',
    'é',
    'ß',
    'İ',
    'ı',
    'ﬁ',
    'ſ',
    'K',
    '例',
    'ا',
    'ー',
    '\u{E000}',
    '\u{FFFD}',
    '\u{FFFF}',
    '\u{10FFFF}',
    '\u{1F600}',
];

/// Names the providers' tables use, so random objects often reach real field checks.
const KEYS: &[&str] = &[
    "account",
    "timestamp",
    "payload",
    "email",
    "description",
    "externalId",
    "id",
    "customerId",
    "phone_number",
    "bvn",
    "first_name",
    "last_name",
    "customer_type",
    "address",
    "street",
    "city",
    "state",
    "country",
    "postal_code",
    "name",
    "addresses",
    "business_vat_id",
    "coupon",
    "ewallet",
    "invoice_prefix",
    "metadata",
    "payment_method",
    "default_payment_method",
    "birth_country",
    "date_of_birth",
    "nationality",
    "occupation",
    "line_1",
    "line_2",
    "line_3",
    "canton",
    "district",
    "zip",
    "ref",
    "appdata",
    "value",
    "type",
];

fn hostile_string(max_len: usize) -> BoxedStrategy<String> {
    prop::collection::vec(select(HOSTILE), 0..max_len)
        .prop_map(|v| v.into_iter().collect())
        .boxed()
}

/// Any string: arbitrary printable Unicode, hostile characters, plausible field values, and
/// occasional long runs (past the 4096-character and 1 KiB id limits).
fn wild_string() -> BoxedStrategy<String> {
    prop_oneof![
        3 => any::<String>(),
        4 => hostile_string(24),
        3 => plausible_string(),
        1 => (select(HOSTILE), 0usize..6000).prop_map(|(c, n)| std::iter::repeat_n(c, n).collect()),
    ]
    .boxed()
}

fn arb_number() -> BoxedStrategy<Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        // Big integers and decimals only `arbitrary_precision` keeps exactly.
        "-?[1-9][0-9]{17,60}(\\.[0-9]{1,12})?([eE][+-]?[0-9]{1,4})?"
            .prop_filter_map("JSON number", |s| serde_json::from_str(&s).ok()),
        (1_000_000_000i64..2_000_000_000_000).prop_map(Value::from),
    ]
    .boxed()
}

fn arb_key() -> BoxedStrategy<String> {
    prop_oneof![
        4 => select(KEYS).prop_map(String::from),
        1 => hostile_string(6),
        1 => any::<String>(),
    ]
    .boxed()
}

fn arb_json() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        arb_number(),
        wild_string().prop_map(Value::String),
    ];
    let tree = leaf.prop_recursive(8, 96, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((arb_key(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    });
    // Deep chains: a tree wrapped in up to 45 single-member objects or arrays (the default
    // depth limit is 32; metadata's is 5).
    let deep = (
        tree.clone(),
        prop::collection::vec(prop::option::of(select(KEYS)), 0..46),
    )
        .prop_map(|(v, wraps)| {
            wraps.into_iter().fold(v, |acc, w| match w {
                Some(k) => Value::Object(Map::from_iter([(k.to_owned(), acc)])),
                None => Value::Array(vec![acc]),
            })
        });
    prop_oneof![3 => tree, 1 => deep].boxed()
}

/// Every path in `v` (the root included), outermost first.
fn all_paths(v: &Value) -> Vec<Vec<Segment>> {
    let mut out = Vec::new();
    let mut stack = vec![(v, Vec::new())];
    while let Some((v, path)) = stack.pop() {
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    let mut p = path.clone();
                    p.push(Segment::Key(k.clone()));
                    stack.push((c, p));
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(Segment::Index(i));
                    stack.push((c, p));
                }
            }
            _ => {}
        }
        out.push(path);
    }
    out
}

fn replace_at(v: &mut Value, path: &[Segment], new: Value) {
    let mut cur = v;
    for seg in path {
        cur = match (seg, cur) {
            (Segment::Key(k), Value::Object(m)) => m.get_mut(k).expect("path from all_paths"),
            (Segment::Index(i), Value::Array(a)) => &mut a[*i],
            _ => unreachable!("path from all_paths"),
        };
    }
    *cur = new;
}

/// A plausible payload of any operation with one random place replaced by arbitrary JSON:
/// reaches the type and value checks deep inside real shapes.
fn mutated_payload() -> BoxedStrategy<Value> {
    (any_payload(), arb_json(), any::<prop::sample::Index>())
        .prop_map(|((_, _, mut payload), new, at)| {
            let paths = all_paths(&payload);
            let path = at.get(&paths).clone();
            replace_at(&mut payload, &path, new);
            payload
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------

fn arb_options() -> BoxedStrategy<Options> {
    (
        select(vec![
            None,
            None,
            Some("NG"),
            Some("US"),
            Some("GB"),
            Some("DE"),
            Some("IN"),
        ]),
        any::<[bool; 10]>(),
        select(vec![
            AddressShape::Value,
            AddressShape::String,
            AddressShape::TypeValue,
        ]),
    )
        .prop_map(|(region, b, shape)| {
            let mut o = Options::default();
            o.default_region = region.map(String::from);
            if b[0] && b[1] {
                o.unknown_fields = UnknownFields::Keep;
            }
            o.authvia.address_shape = shape;
            if b[2] && b[3] {
                o.bloc.phone_output = PhoneOutput::E164;
            }
            o.bloc.full_replace = b[3] && b[4];
            o.bloc.allow_other_customer_type = b[5];
            o.bloc.allow_address_on_update = b[6];
            o.calypso.require_reference = !(b[7] && b[0]);
            o.calypso.allow_external_id_on_update = b[8] && b[1];
            o.rapyd.strict_invoice_prefix = !(b[9] && b[2]);
            o.rapyd.allow_payment_method = b[9] && b[4];
            if b[8] && b[9] {
                o.now_ms = Some(1_700_000_000_000);
            }
            o
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------
// Plausible field values (valid ones, dressed in the ways people type them, and invalid
// ones). All people and numbers are made up; numbers follow each region's example plan.
// ---------------------------------------------------------------------------------------

const FIRST_NAMES: &[&str] = &[
    "Ada",
    "Chinedu",
    "Ngozi",
    "Oluwaseun",
    "Amaka",
    "Emeka",
    "Fúnmiláyọ̀",
    "Babajide",
    "José",
    "Zoë",
    "François",
    "Søren",
    "Łukasz",
    "Priya",
    "Aarav",
    "Mei",
    "Hiroshi",
    "Fatima",
    "Mohammed",
    "Ayşe",
    "Nguyễn Văn",
    "Иван",
    "Αλέξης",
    "Seán",
    "Siobhán",
    "D'Arcy",
    "Anne-Marie",
    "محمد",
    "李",
    "Wanjiru",
    "Thandiwe",
];
const LAST_NAMES: &[&str] = &[
    "Okafor",
    "Adeyemi",
    "Obi",
    "Eze",
    "Nwachukwu",
    "García Márquez",
    "Müller",
    "O'Brien",
    "Smith-Jones",
    "van der Berg",
    "Nakamura",
    "Singh",
    "Kowalski",
    "Đặng",
    "Ødegaard",
    "Rossi",
    "Dvořák",
    "Иванова",
    "Παπαδόπουλος",
    "王",
    "Kamau",
    "Dlamini",
    "Al-Sayed",
];

/// Ways people type the same text: padded, doubled spaces, decomposed accents, no-break
/// spaces, upper case, tabs.
fn dress(s: &str, how: u8) -> String {
    match how % 8 {
        0 | 1 => s.to_owned(),
        2 => format!("  {s}\t"),
        3 => s.replace(' ', "  "),
        4 => DecomposingNormalizerBorrowed::new_nfd()
            .normalize(s)
            .into_owned(),
        5 => s.replace(' ', "\u{a0}"),
        6 => s.to_uppercase(),
        _ => format!("\n{s} "),
    }
}

/// A name; `full` joins a first and a last name.
fn name_value(full: bool, first: bool) -> BoxedStrategy<Value> {
    let valid =
        (select(FIRST_NAMES), select(LAST_NAMES), any::<u8>()).prop_map(move |(f, l, how)| {
            let raw = if full {
                format!("{f} {l}")
            } else if first {
                f.to_owned()
            } else {
                l.to_owned()
            };
            Value::String(dress(&raw, how))
        });
    let invalid = prop_oneof![
        Just(json(r#""""#)),
        Just(json(r#""   ""#)),
        (
            select(FIRST_NAMES),
            select(vec![
                '\0', '\u{7}', '\u{202E}', '\u{200B}', '\u{85}', '\u{2066}'
            ])
        )
            .prop_map(|(n, c)| Value::String(format!("{n}{c}Okafor"))),
        Just(Value::String("Bartholomew ".repeat(30))),
        Just(json("42")),
        Just(Value::Null),
        Just(json(r#"["Ada"]"#)),
    ];
    prop_oneof![30 => valid, 1 => invalid].boxed()
}

const EMAIL_LOCALS: &[&str] = &[
    "ada",
    "ada.lovelace",
    "Chinedu.Okafor",
    "ngozi_e",
    "j+billing",
    "o'brien",
    "zoë",
    "用户",
    "δοκιμή",
    "user-42",
    "PostMaster",
];
const EMAIL_DOMAINS: &[&str] = &[
    "example.com",
    "Example.COM",
    "gmail.com",
    "yahoo.co.uk",
    "bücher.de",
    "例え.jp",
    "xn--bcher-kva.de",
    "mail.com.ng",
    "outlook.com",
    "gmial.com",
    "hotmal.con",
    "company.africa",
    "MÜNCHEN.de",
    "example.org",
    "ïnternational.example",
];
const BAD_EMAILS: &[&str] = &[
    "ada.example.com",
    "ada@",
    "@example.com",
    "ada@@example.com",
    "ada..x@example.com",
    "ada@example",
    "ada@example.test",
    "ada@localhost",
    "a b@example.com",
    "ada@exa_mple.com",
    "ada@-example.com",
    "ada@[192.0.2.1]",
    "\"ada\"@example.com",
    "ada＠example.com",
    "ada@example.com\u{202E}",
    "ada@xn--zz.com",
    "Ada Obi <ada@example.com>",
];

fn email_value() -> BoxedStrategy<Value> {
    let valid =
        (select(EMAIL_LOCALS), select(EMAIL_DOMAINS), any::<u8>()).prop_map(|(l, d, how)| {
            let s = format!("{l}@{d}");
            Value::String(if how % 3 == 0 { format!(" {s}\n") } else { s })
        });
    let invalid = prop_oneof![
        4 => select(BAD_EMAILS).prop_map(Value::from),
        1 => Just(Value::String(format!("{}@example.com", "x".repeat(65)))),
        1 => Just(json("7")),
        1 => Just(json(r#""""#)),
    ];
    prop_oneof![20 => valid, 2 => invalid].boxed()
}

/// Phones as people type them, by region (numbers after each region's published example).
const PHONES: &[(&str, &[&str])] = &[
    (
        "NG",
        &[
            "+234 802 123 4567",
            "2348021234567",
            "08021234567",
            "8021234567",
            "0803-123-4567",
            "(0803) 123 4567",
            "+234 (0) 803 123 4567",
            "00234 803 123 4567",
            "+2347031234567",
            "0905 123 4567",
            "0810 555 0123",
            "02033 12 3456",
            "0800 1759 1759",
            "0700 123 4567",
            "٠٨٠٣١٢٣٤٥٦٧",
        ],
    ),
    (
        "US",
        &[
            "+1 202-456-1111",
            "(202) 456-1111",
            "202.456.1111",
            "1-202-456-1111",
            "+12015550123",
            "tel:+1-202-456-1111",
            "+1 202 456 1111 ext. 42",
        ],
    ),
    (
        "GB",
        &[
            "+44 7400 123456",
            "07400 123456",
            "020 7183 8750",
            "+44 (0)20 7183 8750",
            "00 44 121 234 5678",
        ],
    ),
    (
        "DE",
        &[
            "+49 1512 3456789",
            "01512 3456789",
            "030 123456",
            "0049 30 1234567",
        ],
    ),
    (
        "FR",
        &["+33 6 12 34 56 78", "06 12 34 56 78", "01.23.45.67.89"],
    ),
    ("IN", &["+91 81234 56789", "081234 56789", "8123456789"]),
    ("BR", &["+55 11 96123-4567", "(11) 96123-4567"]),
    ("KE", &["+254 712 123456", "0712 123456"]),
    ("ZA", &["+27 71 123 4567", "071 123 4567"]),
    (
        "JP",
        &[
            "+81 90-1234-5678",
            "090-1234-5678",
            "＋８１ ９０ １２３４ ５６７８",
        ],
    ),
    ("AR", &["+54 9 11 2345-6789", "011 15-2345-6789"]),
    ("MX", &["+52 222 123 4567", "222 123 4567"]),
    ("SG", &["+65 8123 4567", "8123 4567"]),
    ("IT", &["+39 312 345 6789", "02 1234 5678"]),
];
const BAD_PHONES: &[&str] = &[
    "12345",
    "+1 555 0199 1",
    "+999 1234567",
    "call me maybe",
    "+49 151 234567890123456",
    "0803 123 456",
    "+234 803 123 45678",
    "+1 123 456 7890",
    "+",
    "00",
    "080312345678901234",
];

/// A phone string and the region it belongs to (for an address's `country`).
fn phone_typed(nigeria_weight: u32) -> BoxedStrategy<(&'static str, Value)> {
    let any_region = select(PHONES).prop_flat_map(|(region, numbers)| {
        select(numbers).prop_map(move |n| (region, Value::from(n)))
    });
    let nigeria = select(PHONES[0].1).prop_map(|n| ("NG", Value::from(n)));
    let invalid = prop_oneof![
        4 => select(BAD_PHONES).prop_map(|n| ("NG", Value::from(n))),
        1 => Just(("NG", json("8031234567"))),
    ];
    prop_oneof![nigeria_weight => nigeria, 4 => any_region, 1 => invalid].boxed()
}

fn phone_value(nigeria_weight: u32) -> BoxedStrategy<Value> {
    phone_typed(nigeria_weight).prop_map(|(_, v)| v).boxed()
}

/// Ways a region's country is written: code, lower-case code, alpha-3, numeric, name, alias.
fn country_forms(alpha2: &str) -> Vec<String> {
    let c = country::by_alpha2(alpha2).expect("table region");
    let mut v = vec![
        c.alpha2.to_owned(),
        c.alpha2.to_lowercase(),
        c.alpha3.to_owned(),
        c.name.to_owned(),
        format!(" {} ", c.name.to_uppercase()),
    ];
    if !c.numeric.is_empty() {
        v.push(c.numeric.trim_start_matches('0').to_owned());
    }
    v
}

const COUNTRY_EXTRA: &[&str] = &[
    "UK",
    "Ivory Coast",
    "Côte d'Ivoire",
    "XK",
    "Kosovo",
    "Turkey",
    "Türkiye",
    "BQ",
    "CW",
    "SS",
    "SX",
    "St. Lucia",
    "the Netherlands",
];
const BAD_COUNTRIES: &[&str] = &["Atlantis", "ZZ", "EU", "Korea", "U.S.S.R.", "N1geria", "🇳🇬"];

fn country_value_for(region: &'static str) -> BoxedStrategy<Value> {
    let forms = country_forms(region);
    prop_oneof![
        16 => select(forms).prop_map(Value::from),
        2 => select(COUNTRY_EXTRA).prop_map(Value::from),
        1 => select(BAD_COUNTRIES).prop_map(Value::from),
    ]
    .boxed()
}

fn country_value() -> BoxedStrategy<Value> {
    select(PHONES.iter().map(|(r, _)| *r).collect::<Vec<_>>())
        .prop_flat_map(country_value_for)
        .boxed()
}

fn date_value() -> BoxedStrategy<Value> {
    prop_oneof![
        16 => (1930u16..2010, 1u8..=12, 1u8..=28, any::<bool>()).prop_map(|(y, m, d, iso)| {
            Value::String(if iso { format!("{y:04}-{m:02}-{d:02}") } else { format!("{d:02}/{m:02}/{y:04}") })
        }),
        1 => select(vec!["2000-02-29", " 1970-01-01 ", "31/12/1999", "2035-01-01"]).prop_map(Value::from),
        2 => select(vec!["2023-02-29", "1990/02/28", "19900228", "31-12-1990", "1990-13-01", "0000-01-01", "12/31/1990", "yesterday", ""])
            .prop_map(Value::from),
    ]
    .boxed()
}

fn regex_value(re: &'static str) -> BoxedStrategy<Value> {
    re.prop_map(Value::String).boxed()
}

fn pick(values: &'static [&'static str]) -> BoxedStrategy<Value> {
    select(values).prop_map(Value::from).boxed()
}

fn uuid_value() -> BoxedStrategy<Value> {
    prop_oneof![
        16 => regex_value("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
        1 => pick(&[" 3F2504E0-4F89-11D3-9A0C-0305E82C3301 ", "123", "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "3f2504e0x4f89-11d3-9a0c-0305e82c3301", ""]),
    ]
    .boxed()
}

fn bvn_value() -> BoxedStrategy<Value> {
    prop_oneof![
        16 => regex_value("[0-9]{11}"),
        2 => pick(&["00000000000", "222 3333 4444"]),
        1 => regex_value("[0-9]{10}|[0-9]{12}|[0-9]{10}[a-z]|[0-9]{3}-[0-9]{4}-[0-9]{4}"),
        1 => Just(json("22233334444")),
    ]
    .boxed()
}

/// A free-form JSON object as callers send in `metadata` / `appdata`: any key order, Unicode,
/// big integers and decimals written in ways only `arbitrary_precision` keeps, nesting;
/// sometimes over the key, size or depth limits.
fn free_object() -> BoxedStrategy<Value> {
    let key = prop_oneof![
        select(vec![
            "z_last", "a_first", "crm_id", "name", "locale", "ünï", "", "tier", "order", "Note"
        ])
        .prop_map(String::from),
        "[a-z_]{1,12}",
    ];
    let scalar = prop_oneof![
        select(vec![
            "123456789012345678901234567890",
            "-98765432109876543210",
            "1.50",
            "1.0E+2",
            "-0",
            "0.1000000000000000055511151231257827",
            "18446744073709551616",
            "true",
            "null",
            "\"Lagos 🇳🇬\"",
            "\"a\\u0000b\"",
        ])
        .prop_map(json),
        any::<i64>().prop_map(Value::from),
        wild_string().prop_map(Value::String),
    ];
    let inner = scalar.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-z]{1,6}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    });
    let normal = prop::collection::vec((key, inner), 0..7)
        .prop_map(|kv| Value::Object(kv.into_iter().collect()));
    let too_many = Just(Value::Object(
        (0..51).map(|i| (format!("k{i}"), Value::from(i))).collect(),
    ));
    let too_deep = Just(json(r#"{"a":{"b":{"c":{"d":{"e":{"f":1}}}}}}"#));
    prop_oneof![
        40 => normal,
        1 => too_many,
        1 => too_deep,
        1 => Just(json("[]")),
        1 => Just(json(r#""note""#)),
    ]
    .boxed()
}

/// An Authvia contact address (phone or email), as a string or `{value}` / `{type,value}`.
fn contact_value(strings_only: bool) -> BoxedStrategy<Value> {
    let raw = prop_oneof![
        3 => phone_value(1),
        2 => email_value(),
    ];
    if strings_only {
        return raw
            .prop_filter("CSV cells are strings", Value::is_string)
            .boxed();
    }
    (raw, 0u8..10)
        .prop_map(|(v, shape)| match shape {
            0..=6 => v,
            7 | 8 => Value::Object(Map::from_iter([("value".to_owned(), v)])),
            _ => json(r#"{"type":"phone"}"#),
        })
        .boxed()
}

/// A list of contact addresses, sometimes with a repeated entry or empty.
fn contact_list(strings_only: bool) -> BoxedStrategy<Value> {
    (
        prop::collection::vec(contact_value(strings_only), 1..4),
        0u8..12,
    )
        .prop_map(|(mut items, twist)| {
            match twist {
                0 => items.push(items[0].clone()),
                1 => items.clear(),
                _ => {}
            }
            Value::Array(items)
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------
// Plausible payloads
// ---------------------------------------------------------------------------------------

/// One field: name, chance of being present, value strategy.
type F = (&'static str, f64, BoxedStrategy<Value>);

const UNKNOWN_KEYS: &[&str] = &["nickname", "phone", "customer_id", "Email", "middle_name"];

/// An object of `fields`, each present with its chance; with `nulls` a present value is
/// sometimes `null` (a clear request); sometimes an unknown field is added; member order
/// sometimes reversed.
fn object(fields: Vec<F>, nulls: bool) -> BoxedStrategy<Value> {
    let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
        .into_iter()
        .map(|(k, p, s)| {
            let s = if nulls {
                prop_oneof![9 => s, 1 => Just(Value::Null)].boxed()
            } else {
                s
            };
            prop::option::weighted(p, s.prop_map(move |v| (k.to_owned(), v))).boxed()
        })
        .collect();
    let unknown = prop::option::weighted(
        0.05,
        (select(UNKNOWN_KEYS), select(FIRST_NAMES))
            .prop_map(|(k, v)| (k.to_owned(), Value::from(v))),
    );
    (parts, unknown, any::<bool>())
        .prop_map(|(parts, unknown, reverse)| {
            let mut entries: Vec<(String, Value)> = parts.into_iter().flatten().collect();
            entries.extend(unknown);
            if reverse {
                entries.reverse();
            }
            Value::Object(entries.into_iter().collect())
        })
        .boxed()
}

fn calypso(op: Operation) -> BoxedStrategy<Value> {
    let inner = match op {
        Operation::Create => object(
            vec![
                ("email", 0.7, email_value()),
                ("description", 0.4, text_value()),
                ("externalId", 0.5, external_id_value()),
            ],
            false,
        ),
        Operation::Update => object(
            vec![
                ("id", 0.95, uuid_value()),
                ("email", 0.6, email_value()),
                ("description", 0.4, text_value()),
                ("externalId", 0.05, external_id_value()),
            ],
            false,
        ),
        _ => object(vec![("customerId", 0.95, uuid_value())], false),
    };
    object(
        vec![
            ("account", 0.95, account_value()),
            ("timestamp", 0.95, timestamp_value()),
            ("payload", 0.95, inner),
        ],
        false,
    )
}

fn text_value() -> BoxedStrategy<Value> {
    prop_oneof![
        16 => pick(&["VIP customer", "  Met at the Lagos fair\nprefers email ", "Pays quarterly\r\nNet 30", "Café owner, Zürich", "返金済み", "Line one\n\tindented"]),
        1 => pick(&["bad\u{0}text", "bidi \u{202E}trick", ""]),
        1 => Just(Value::String("long ".repeat(250))),
    ]
    .boxed()
}

fn external_id_value() -> BoxedStrategy<Value> {
    prop_oneof![
        16 => regex_value("ord-[0-9]{1,8}|CUST_[A-Z0-9]{6}| order #[0-9]{2} "),
        1 => pick(&["café", "tab\there", ""]),
    ]
    .boxed()
}

fn account_value() -> BoxedStrategy<Value> {
    prop_oneof![
        20 => regex_value("0x[0-9a-fA-F]{40}"),
        1 => regex_value("0x[0-9a-f]{39}|0X[0-9a-f]{40}|[0-9a-f]{42}| 0x[0-9a-f]{40} "),
    ]
    .boxed()
}

fn timestamp_value() -> BoxedStrategy<Value> {
    prop_oneof![
        16 => (1_699_999_900_000i64..1_700_000_100_000).prop_map(Value::from),
        3 => (1_600_000_000_000i64..1_800_000_000_000).prop_map(Value::from),
        1 => select(vec!["1700000000", "\"1700000000000\"", "1.7e12", "1700000000000.5", "-1", "17000000000000000000000"]).prop_map(json),
    ]
    .boxed()
}

fn customer_type_value() -> BoxedStrategy<Value> {
    prop_oneof![
        16 => pick(&["Personal", "personal", "PERSONAL", " Business ", "business"]),
        1 => pick(&["retail", "Corporate", "", "Personal\u{0}"]),
    ]
    .boxed()
}

fn bloc(op: Operation) -> BoxedStrategy<Value> {
    match op {
        Operation::Create => object(
            vec![
                ("email", 0.95, email_value()),
                ("phone_number", 0.95, phone_value(12)),
                ("bvn", 0.95, bvn_value()),
                ("first_name", 0.97, name_value(false, true)),
                ("last_name", 0.97, name_value(false, false)),
                ("customer_type", 0.95, customer_type_value()),
            ],
            false,
        ),
        Operation::Update => object(
            vec![
                ("email", 0.4, email_value()),
                ("phone_number", 0.4, phone_value(12)),
                ("first_name", 0.4, name_value(false, true)),
                ("last_name", 0.4, name_value(false, false)),
                ("customer_type", 0.3, customer_type_value()),
                ("bvn", 0.04, bvn_value()),
                (
                    "address",
                    0.05,
                    object(
                        vec![
                            ("street", 0.9, pick(&["12 Admiralty Way", " 3 Broad St "])),
                            ("city", 0.8, pick(&["Lekki", "Lagos", "Abuja"])),
                            ("state", 0.5, pick(&["Lagos", "FCT"])),
                            ("country", 0.7, pick(&["Nigeria", "NG"])),
                            ("postal_code", 0.5, pick(&["106104", "900001"])),
                        ],
                        false,
                    ),
                ),
            ],
            false,
        ),
        _ => object(
            vec![(
                "id",
                0.95,
                prop_oneof![
                    6 => regex_value("[0-9a-f]{24}"),
                    2 => pick(&["cust-42", "a/b", "", "64105f5d7f1b4b36103f870"]),
                ]
                .boxed(),
            )],
            false,
        ),
    }
}

/// A Rapyd address, its `country` and `phone_number` usually of the same region.
fn rapyd_address(nulls: bool) -> BoxedStrategy<Value> {
    phone_typed(2)
        .prop_flat_map(move |(region, phone)| {
            object(
                vec![
                    ("name", 0.95, name_value(true, false)),
                    (
                        "line_1",
                        0.95,
                        pick(&[
                            "12 Admiralty Way",
                            "Flat 3, 22 Baker Street",
                            "Hauptstraße 5",
                            "1-2-3 Shibuya",
                            "",
                        ]),
                    ),
                    ("line_2", 0.3, pick(&["Apt 4B", "c/o Ada", " "])),
                    (
                        "city",
                        0.7,
                        pick(&["Lagos", "London", "Berlin", "São Paulo", "Tokyo"]),
                    ),
                    ("state", 0.4, pick(&["LA", "Greater London", "SP"])),
                    ("country", 0.8, country_value_for(region)),
                    (
                        "zip",
                        0.6,
                        pick(&[
                            "SW1A 1AA",
                            "10115",
                            "100-0001",
                            "106104",
                            "1234567890123456789012",
                        ]),
                    ),
                    ("phone_number", 0.6, Just(phone).boxed()),
                    ("metadata", 0.3, free_object()),
                ],
                nulls,
            )
        })
        .boxed()
}

fn rapyd(op: Operation) -> BoxedStrategy<Value> {
    let update = op == Operation::Update;
    let p = |create: f64, upd: f64| if update { upd } else { create };
    let addresses = (prop::collection::vec(rapyd_address(update), 1..3), 0u8..8)
        .prop_map(|(mut items, twist)| {
            if twist == 0 {
                items.truncate(1);
                items.push(items[0].clone()); // same phone twice
            } else if twist > 2 {
                items.truncate(1);
            }
            Value::Array(items)
        })
        .boxed();
    object(
        vec![
            ("name", p(0.95, 0.3), name_value(true, false)),
            ("email", p(0.5, 0.3), email_value()),
            ("phone_number", p(0.5, 0.3), phone_value(2)),
            ("addresses", p(0.4, 0.2), addresses),
            ("business_vat_id", 0.1, pick(&["GB 123 456 789", "DE123456789", "nl-123.456", "VAT/123", "DE 12ß 456", "gb ﬁ 123", "NG ı 12"])),
            ("coupon", 0.1, pick(&["SUMMER-2024", " welcome10 "])),
            ("description", 0.2, text_value()),
            ("ewallet", 0.15, prop_oneof![5 => regex_value("ewallet_[0-9a-f]{32}"), 1 => pick(&["wallet_1", "ewallet_"])].boxed()),
            ("invoice_prefix", 0.15, prop_oneof![5 => regex_value("[A-Z0-9-]{1,12}"), 1 => pick(&["TOO-LONG-PREFIX-1", "ab cd"])].boxed()),
            ("metadata", 0.35, free_object()),
            ("payment_method", 0.03, Just(json(r#"{"type":"us_visa_card","fields":{"number":"4111111111111111"}}"#)).boxed()),
            ("default_payment_method", 0.1, prop_oneof![5 => regex_value("card_[0-9a-f]{32}|other_[0-9a-f]{8}"), 1 => pick(&["pm_123"])].boxed()),
            ("birth_country", 0.15, country_value()),
            ("date_of_birth", 0.15, date_value()),
            ("nationality", 0.15, country_value()),
            ("occupation", 0.15, pick(&["Software engineer", " Nurse ", "Chief Executive Officer of Something Big"])),
        ],
        update,
    )
}

fn authvia(op: Operation) -> BoxedStrategy<Value> {
    let reference = prop_oneof![
        16 => regex_value("cust-[0-9]{1,6}|c_[a-z0-9]{8}|[A-Z]{3}:[0-9]{4}|ada@merchant"),
        1 => pick(&["a b", "a/b", "ü", ""]),
        1 => Just(Value::String("r".repeat(129))),
    ]
    .boxed();
    match op {
        Operation::Create => object(
            vec![
                ("ref", 0.95, reference),
                ("addresses", 0.95, contact_list(false)),
                ("metadata", 0.4, free_object()),
                ("appdata", 0.4, free_object()),
            ],
            false,
        ),
        Operation::Update => object(
            vec![
                ("metadata", 0.6, free_object()),
                ("appdata", 0.6, free_object()),
                ("ref", 0.05, reference),
                ("addresses", 0.05, contact_list(false)),
            ],
            false,
        ),
        _ => object(
            vec![
                ("ref", 0.95, reference),
                ("addresses", 0.95, contact_list(true)),
                (
                    "metadata",
                    0.6,
                    object(vec![("name", 0.9, name_value(true, false))], false),
                ),
                (
                    "appdata",
                    0.4,
                    object(vec![("note", 0.9, text_value())], false),
                ),
            ],
            false,
        ),
    }
}

fn payload_for(provider: Provider, op: Operation) -> BoxedStrategy<Value> {
    match provider {
        Provider::Calypso => calypso(op),
        Provider::Bloc => bloc(op),
        Provider::Rapyd => rapyd(op),
        _ => authvia(op),
    }
}

/// A provider operation and a plausible payload for it.
fn any_payload() -> BoxedStrategy<(Provider, Operation, Value)> {
    Union::new(
        all_operations()
            .into_iter()
            .map(|(p, op)| payload_for(p, op).prop_map(move |v| (p, op, v)).boxed()),
    )
    .boxed()
}

/// Plausible strings of every kind (for the arbitrary-JSON and field-checker properties).
fn plausible_string() -> BoxedStrategy<String> {
    let all_phones: Vec<&str> = PHONES.iter().flat_map(|(_, n)| n.iter().copied()).collect();
    prop_oneof![
        select(all_phones).prop_map(String::from),
        select(BAD_PHONES).prop_map(String::from),
        select(BAD_EMAILS).prop_map(String::from),
        (select(EMAIL_LOCALS), select(EMAIL_DOMAINS)).prop_map(|(l, d)| format!("{l}@{d}")),
        (select(FIRST_NAMES), select(LAST_NAMES)).prop_map(|(f, l)| format!("{f} {l}")),
        select(COUNTRY_EXTRA).prop_map(String::from),
        "\\+[1-9][0-9]{6,14}",
        "0[0-9]{9,10}",
        "[0-9]{11}",
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]",
        "0x[0-9a-fA-F]{40}",
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------------
// Property 1: arbitrary JSON never panics; issue paths point into the input
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn arbitrary_json_never_panics_and_issue_paths_exist(
        input in prop_oneof![2 => arb_json(), 1 => mutated_payload()],
        options in arb_options(),
    ) {
        let text = serde_json::to_string(&input).expect("serializable");
        for (provider, op) in all_operations() {
            let result = validate(provider, op, &input, &options);
            for issue in issues_of(&result) {
                prop_assert!(
                    path_in_input(&input, issue.path.segments()),
                    "{provider} {op}: issue {} at {} is not in the input {}",
                    issue.code, issue.pointer(), text
                );
            }
            if text.len() <= options.max_input_bytes {
                let from_text = validate_json(provider, op, &text, &options);
                prop_assert_eq!(&from_text, &result, "{} {}: validate_json differs", provider, op);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Property 2 and 3: plausible payloads
// ---------------------------------------------------------------------------------------

/// Paths of every `metadata` / `appdata` object in the input.
fn free_object_paths(input: &Value) -> Vec<Vec<Segment>> {
    all_paths(input)
        .into_iter()
        .filter(|p| {
            matches!(p.last(), Some(Segment::Key(k)) if k == "metadata" || k == "appdata")
                && resolve(input, p).is_some_and(Value::is_object)
        })
        .collect()
}

/// Personal values in a payload: every string under a personal key, and the string items
/// of `addresses` (Authvia contacts), with the phone-like ones' digits.
fn personal_values(input: &Value) -> Vec<String> {
    const PERSONAL: &[&str] = &[
        "email",
        "phone_number",
        "bvn",
        "first_name",
        "last_name",
        "name",
        "value",
    ];
    let mut out = Vec::new();
    for path in all_paths(input) {
        let Some(Value::String(s)) = resolve(input, &path) else {
            continue;
        };
        let personal = match path.as_slice() {
            [.., Segment::Key(k)] => PERSONAL.contains(&k.as_str()),
            [.., Segment::Key(k), Segment::Index(_)] => k == "addresses",
            _ => false,
        };
        if !personal {
            continue;
        }
        let t = s.trim();
        if t.chars().filter(|c| c.is_alphanumeric()).count() >= 5 {
            out.push(t.to_owned());
        }
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        if digits.len() >= 7 {
            out.push(digits);
        }
    }
    out
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn plausible_payloads_normalize_idempotently_and_keep_free_objects(
        (provider, op, input) in any_payload(),
        options in arb_options(),
    ) {
        let result = validate(provider, op, &input, &options);
        let text = serde_json::to_string(&input).expect("serializable");

        // Property 3: no issue carries a full personal value.
        let personal = personal_values(&input);
        for issue in issues_of(&result) {
            let shown = format!(
                "{} {}",
                issue.message,
                serde_json::to_string(&issue.params).expect("serializable")
            );
            for value in &personal {
                prop_assert!(
                    !shown.contains(value.as_str()),
                    "{provider} {op}: issue {} at {} shows personal value {:?}: {shown}",
                    issue.code, issue.pointer(), value
                );
            }
        }

        let Ok(normalized) = result else { return Ok(()) };
        let out = &normalized.value;

        // Property 2a: the normalized payload re-validates, unchanged.
        let again_input = wire_to_input(provider, op, out);
        match validate(provider, op, &again_input, &options) {
            Ok(again) => prop_assert_eq!(
                serde_json::to_string(&again.value).expect("serializable"),
                serde_json::to_string(out).expect("serializable"),
                "{} {}: not idempotent for {}", provider, op, text
            ),
            Err(report) => prop_assert!(
                false,
                "{provider} {op}: normalized output {out} is refused: {:?} (input {text})",
                report.issues().iter().map(|i| format!("{} {}", i.pointer(), i.code)).collect::<Vec<_>>()
            ),
        }

        // Property 2c: phones are written as the provider documents them.
        for path in all_paths(out) {
            let is_phone = matches!(path.last(), Some(Segment::Key(k)) if k == "phone_number");
            let Some(Value::String(phone)) = resolve(out, &path).filter(|_| is_phone) else {
                continue;
            };
            if phone.is_empty() {
                continue; // Rapyd update's clear
            }
            let nigerian_local = provider == Provider::Bloc
                && options.bloc.phone_output == PhoneOutput::NationalNigeria;
            if nigerian_local {
                prop_assert!(
                    phone.len() == 11 && phone.starts_with('0') && phone.bytes().all(|b| b.is_ascii_digit()),
                    "{provider} {op}: phone {phone:?} is not ^0\\d{{10}}$ (input {text})"
                );
            } else {
                prop_assert!(is_e164(phone), "{provider} {op}: phone {phone:?} is not E.164");
            }
            if provider == Provider::Bloc && !nigerian_local {
                prop_assert!(phone.starts_with("+234") && phone.len() == 14, "{phone:?}");
            }
        }

        // Property 2d: ids are only compacted and upper-cased, never rewritten (Rapyd VAT ids).
        if let (Some(Value::String(vat_in)), Some(Value::String(vat_out))) =
            (input.get("business_vat_id"), out.get("business_vat_id"))
        {
            let expected: String = vat_in.chars().filter(|c| !c.is_whitespace()).collect();
            prop_assert_eq!(vat_out, &expected.to_ascii_uppercase(), "{} {}", provider, op);
        }

        // Property 2b: metadata / appdata come out byte for byte.
        for path in free_object_paths(&input) {
            let before = serde_json::to_string(resolve(&input, &path).expect("path")).expect("ser");
            let after = resolve(out, &path).map(|v| serde_json::to_string(v).expect("ser"));
            prop_assert_eq!(Some(&before), after.as_ref(), "{} {}: free-form object changed", provider, op);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Property 4: field checkers on arbitrary strings
// ---------------------------------------------------------------------------------------

fn checker_input() -> BoxedStrategy<String> {
    prop_oneof![
        2 => any::<String>(),
        2 => hostile_string(16),
        4 => plausible_string(),
        1 => (plausible_string(), hostile_string(3), any::<bool>())
            .prop_map(|(s, h, front)| if front { format!("{h}{s}") } else { format!("{s}{h}") }),
    ]
    .boxed()
}

fn is_e164(s: &str) -> bool {
    s.len() >= 3
        && s.len() <= 16
        && s.starts_with('+')
        && s[1..].bytes().all(|b| b.is_ascii_digit())
        && !s[1..].starts_with('0')
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn phone_e164_is_a_fixed_point(
        input in prop_oneof![3 => checker_input(), 2 => "\\+?[0-9 ()\\-.]{0,20}", 2 => "\\+[1-9][0-9]{6,14}"],
        region in select(vec![None, Some("NG"), Some("US"), Some("GB"), Some("DE"), Some("BR"), Some("AR"), Some("ng"), Some("XX"), Some("Nigeria"), Some("")]),
    ) {
        if let Ok(n) = phone::parse(&input, region) {
            prop_assert!(is_e164(&n.e164), "not E.164: {}", n.e164);
            let again = phone::parse(&n.e164, None);
            prop_assert!(again.is_ok(), "{} does not re-parse: {:?}", n.e164, again);
            let again = again.unwrap();
            prop_assert_eq!(&again.e164, &n.e164);
            prop_assert_eq!(&again.region, &n.region);
            prop_assert_eq!(phone::parse(&n.international, None).map(|p| p.e164), Ok(n.e164.clone()));
        }
    }

    #[test]
    fn email_address_is_a_fixed_point(
        input in prop_oneof![
            3 => checker_input(),
            2 => "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\\-]{1,20}@[a-z0-9.\\-]{1,20}\\.[a-z]{2,6}",
            2 => (select(EMAIL_LOCALS), hostile_string(3), select(EMAIL_DOMAINS)).prop_map(|(l, h, d)| format!("{l}{h}@{d}")),
            1 => (select(EMAIL_LOCALS), "[\\PC]{1,8}", select(vec!["com", "de", "jp", "africa"])).prop_map(|(l, d, t)| format!("{l}@{d}.{t}")),
        ],
        lowercase_local in any::<bool>(),
    ) {
        let mut o = Options::default();
        o.email.lowercase_local = lowercase_local;
        if let Ok(e) = email::check(&input, &o) {
            let again = email::check(&e.address, &o);
            prop_assert!(again.is_ok(), "{:?} does not re-check: {:?}", e.address, again);
            let again = again.unwrap();
            prop_assert_eq!(&again.address, &e.address);
            prop_assert_eq!(&again.ascii, &e.ascii);
            let from_ascii = email::check(&e.ascii, &o);
            prop_assert_eq!(from_ascii.map(|a| a.address), Ok(e.address.clone()));
        }
    }

    #[test]
    fn country_alpha2_is_a_fixed_point(
        input in prop_oneof![
            3 => checker_input(),
            2 => "[A-Za-z]{2,3}",
            1 => "[0-9]{1,3}",
            2 => select(country::all().to_vec()).prop_flat_map(|c| select(vec![c.name, c.alpha3, c.alpha2]))
                .prop_flat_map(|s| (Just(s), any::<u8>())).prop_map(|(s, how)| dress(s, how)),
        ],
    ) {
        if let Ok(c) = country::lookup(&input) {
            prop_assert_eq!(country::lookup(c.alpha2).map(|x| x.alpha2), Ok(c.alpha2));
            prop_assert_eq!(country::lookup(c.alpha3).map(|x| x.alpha2), Ok(c.alpha2));
            prop_assert_eq!(country::lookup(c.name).map(|x| x.alpha2), Ok(c.alpha2));
        }
    }

    #[test]
    fn text_name_and_description_are_fixed_points(input in checker_input(), max in 1usize..120) {
        let mut o = Options::default();
        o.text.max_name_chars = max;
        o.text.max_description_chars = max;
        if let Ok(n) = text::name(&input, &o) {
            prop_assert_eq!(text::name(&n, &o), Ok(n.clone()));
            prop_assert!(n.chars().count() <= max);
        }
        if let Ok(d) = text::description(&input, &o) {
            prop_assert_eq!(text::description(&d, &o), Ok(d.clone()));
        }
    }

    #[test]
    fn ids_are_fixed_points(
        input in prop_oneof![
            3 => checker_input(),
            2 => "(ewallet_|card_|other_|cus_)?[A-Za-z0-9_\\-]{0,20}",
            1 => "0x[0-9a-fA-F]{38,42}",
            1 => "[0-9 ]{9,14}",
        ],
        len in 1usize..48,
    ) {
        type Check = fn(&str) -> Result<String, Issue>;
        let checks: [(&str, Check); 6] = [
            ("uuid", ids::uuid),
            ("prefixed", |s| ids::prefixed(s, &["ewallet_", "card_", "other_"])),
            ("url_safe_ref", |s| ids::url_safe_ref(s, 24)),
            ("printable_ascii", |s| ids::printable_ascii(s, 40)),
            ("digits", |s| ids::digits(s, 11)),
            ("hex_0x", |s| ids::hex_0x(s, 40)),
        ];
        for (name, check) in checks {
            if let Ok(out) = check(&input) {
                prop_assert_eq!(check(&out), Ok(out.clone()), "{}", name);
            }
        }
        if let Ok(out) = ids::digits(&input, len) {
            prop_assert_eq!(out.len(), len);
        }
        let _ = ids::is_hex(&input, len);
    }

    #[test]
    fn dates_round_trip_both_forms(
        input in prop_oneof![
            3 => checker_input(),
            3 => "[0-9]{4}-[0-9]{2}-[0-9]{2}",
            2 => "[0-9]{2}/[0-9]{2}/[0-9]{4}",
            1 => "[0-9\\-/é٣]{10}",
        ],
    ) {
        if let Ok(d) = date::parse(&input) {
            prop_assert_eq!(date::parse(&d.iso()), Ok(d));
            prop_assert_eq!(date::parse(&d.dd_mm_yyyy()), Ok(d));
        }
    }
}
