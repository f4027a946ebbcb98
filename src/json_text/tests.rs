//! Differential tests: our reader and writer against serde_json on hand-picked edge cases,
//! generated values written with random whitespace and escapes, and mutated or garbage text.

use super::{parse, to_string};
use proptest::prelude::*;
use serde_json::{Map, Number, Value};

/// Both read `text` to the same value (same key order and number text), or both refuse it
/// with the same message, line and column.
fn same_as_serde(text: &str) {
    let ours = parse(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "{text:?}");
            // `Map`'s equality ignores order; the text does not.
            assert_eq!(
                serde_json::to_string(a).unwrap(),
                serde_json::to_string(b).unwrap(),
                "{text:?}"
            );
        }
        (Err(a), Err(b)) => {
            assert_eq!(a.to_string(), b.to_string(), "{text:?}");
            assert_eq!((a.line(), a.column()), (b.line(), b.column()), "{text:?}");
            assert_eq!(
                a.is_too_deep(),
                b.to_string().contains("recursion limit"),
                "{text:?}"
            );
        }
        _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
    if let Ok(v) = theirs {
        assert_eq!(
            to_string(&v),
            serde_json::to_string(&v).unwrap(),
            "{text:?}"
        );
    }
}

#[test]
fn edge_cases_read_as_serde_json_reads_them() {
    let cases = [
        "",
        " ",
        "\n",
        "null",
        " null ",
        "nul",
        "nulx",
        "n",
        "true",
        "tru",
        "false",
        "fals",
        "True",
        "NaN",
        "Infinity",
        "-Infinity",
        "nan",
        "undefined",
        "0",
        "-0",
        "-0.0",
        "00",
        "01",
        "-01",
        "1.",
        "1.e5",
        ".5",
        "-.5",
        "-",
        "+1",
        "1e",
        "1E",
        "1e+",
        "1e-",
        "1E5",
        "1e5",
        "1e+5",
        "1e-5",
        "1.0",
        "1.50",
        "1e400",
        "-1e400",
        "1e-400",
        "1.5e308",
        "123456789012345678901234567890",
        "-123456789012345678901234567890",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1 2",
        "1,",
        "[1,]",
        "[1 2]",
        "[,1]",
        "[",
        "]",
        "[1",
        "[1,",
        "{}",
        "{",
        "}",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "{\"a\":1 \"b\":2}",
        "{a:1}",
        "{1:1}",
        "{\"a\":1,,}",
        "{,}",
        "{\"a\":1}x",
        "{\"a\":1}}",
        "[]]",
        "[][]",
        "\"\"",
        "\"",
        "\"abc",
        "\"a\\\"b\"",
        "\"\\u0000\"",
        "\"\\u001f\"",
        "\"\\u00e9\"",
        "\"\\u00E9\"",
        "\"\\uD83D\\uDE00\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud83d\"",
        "\"\\ude00\"",
        "\"\\ud83dx\"",
        "\"\\ud83d\\x\"",
        "\"\\ud83d\\u0041\"",
        "\"\\ud83d\\ud83d\"",
        "\"\\ud83d\\",
        "\"\\ud83d\\u",
        "\"\\ud83d\\ude0",
        "\"\\u12\"",
        "\"\\u12",
        "\"\\u12G4\"",
        "\"\\x\"",
        "\"\\'\"",
        "\"\\/\"",
        "\"\\",
        "\"\\b\\f\\n\\r\\t\"",
        "\"\u{0}\"",
        "\"a\tb\"",
        "\"a\nb\"",
        "\"\u{1f}\"",
        "\"\u{7f}\"",
        "\"\u{2028}\u{2029}\"",
        "\"é😀\"",
        "\u{feff}{}",
        "{}\u{feff}",
        "\u{feff}\"a\"",
        "\"\u{feff}\"",
        "\u{a0}1",
        "1\u{a0}",
        "\r\n\t 1 \r\n\t",
        "{\"a\":1,\"b\":2,\"a\":3}",
        "{\"b\":1,\"a\":2,\"b\":{\"c\":1}}",
        "{\"\":1,\"\":2}",
        "{\"a\\u0062\":1,\"ab\":2}",
        "{\"$serde_json::private::Number\":\"1.5\"}",
        "{\"$serde_json::private::Number\":\"1E5\"}",
        "{\"$serde_json::private::Number\":\"-0\"}",
        "{\"$serde_json::private::Number\":\"\"}",
        "{\"$serde_json::private::Number\":\"x\"}",
        "{\"$serde_json::private::Number\":\"1.\"}",
        "{\"$serde_json::private::Number\":\" 1\"}",
        "{\"$serde_json::private::Number\":\"1 \"}",
        "{\"$serde_json::private::Number\":\"01\"}",
        "{\"$serde_json::private::Number\":\"1e\"}",
        "{\"$serde_json::private::Number\":\"-\"}",
        "{\"$serde_json::private::Number\":1}",
        "{\"$serde_json::private::Number\":-1}",
        "{\"$serde_json::private::Number\":1.5}",
        "{\"$serde_json::private::Number\":-0}",
        "{\"$serde_json::private::Number\":99999999999999999999}",
        "{\"$serde_json::private::Number\":null}",
        "{\"$serde_json::private::Number\":nul}",
        "{\"$serde_json::private::Number\":true}",
        "{\"$serde_json::private::Number\":false}",
        "{\"$serde_json::private::Number\":[1]}",
        "{\"$serde_json::private::Number\":{}}",
        "{\"$serde_json::private::Number\":x}",
        "{\"$serde_json::private::Number\":}",
        "{\"$serde_json::private::Number\":",
        "{\"$serde_json::private::Number\"",
        "{\"$serde_json::private::Number\":\"1\",\"a\":2}",
        "{\"$serde_json::private::Number\":\"1\" x}",
        "{\"$serde_json::private::Number\":\"1\"",
        "{\"$serde_json::private::Number\":\"1\" }",
        "{\"$serde_json::private::Num\\u0062er\":\"2\"}",
        "{\"a\":1,\"$serde_json::private::Number\":\"2\"}",
        "[{\"$serde_json::private::Number\":\"3\"}]",
        "{\"$serde_json::private::Number\":\"\\u0031\"}",
        "{\"$serde_json::private::Number\":\"1\\n2\"}",
        "[1,\n2,\n  x]",
        "{\n\"a\":\n\n  tru }",
        "\n\n\"abc\n",
        "[\"a\",\n\"b\\q\"]",
    ];
    for text in cases {
        same_as_serde(text);
    }
}

#[test]
fn nesting_is_refused_where_serde_json_refuses_it() {
    for depth in [1, 126, 127, 128, 129, 1000, 100_000] {
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        let mixed: String = (0..depth)
            .map(|i| if i % 2 == 0 { "[" } else { "{\"k\":" })
            .collect();
        for text in [
            arrays.clone(),
            objects,
            "[".repeat(depth),
            mixed,
            format!(" \n{}", &arrays),
        ] {
            same_as_serde(&text);
        }
    }
    assert!(parse(&"[".repeat(128)).unwrap_err().is_too_deep());
    assert!(parse(&format!("{}{}", "[".repeat(127), "]".repeat(127))).is_ok());
}

/// `Number::from_string_unchecked` (doc-hidden, pinned by Cargo.lock) must keep storing the
/// text as given, which is what serde_json's own parser stores with `arbitrary_precision`.
#[test]
fn numbers_keep_the_text_serde_json_keeps() {
    for (text, kept) in [
        ("1.0", "1.0"),
        ("-0", "-0"),
        ("1E5", "1e+5"),
        ("1e-5", "1e-5"),
        ("1e400", "1e+400"),
        (
            "123456789012345678901234567890",
            "123456789012345678901234567890",
        ),
    ] {
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(theirs.as_number().unwrap().as_str(), kept);
        let ours = Number::from_string_unchecked(kept.to_owned());
        assert_eq!(Value::Number(ours.clone()), theirs);
        assert_eq!(serde_json::to_string(&ours).unwrap(), kept);
        assert_eq!(parse(text).unwrap(), theirs);
    }
}

#[test]
fn strings_are_escaped_as_serde_json_escapes_them() {
    let all: String = (0u32..0x300)
        .chain([0x2028, 0x2029, 0xfeff, 0xfffd, 0x1f600, 0x10ffff])
        .filter_map(char::from_u32)
        .collect();
    for s in [all.as_str(), "", "\"", "\\", "a\u{7f}b", "\u{0}"] {
        let v = Value::String(s.to_owned());
        assert_eq!(to_string(&v), serde_json::to_string(&v).unwrap());
    }
}

fn number_text() -> impl Strategy<Value = String> {
    "-?(0|[1-9][0-9]{0,24})(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,3})?"
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-c]{0,2}",
        1 => any::<String>(),
        1 => Just("$serde_json::private::Number".to_owned()),
    ]
}

pub(crate) fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z \"\\\\/]{0,6}",
        2 => any::<String>(),
        1 => "[\u{0}-\u{1f}\u{7f}\u{2028}\u{2029}\u{feff}é😀]{0,4}",
    ]
}

pub(crate) fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number_text().prop_map(|t| serde_json::from_str(&t).unwrap()),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| {
                let mut map = Map::new();
                for (k, v) in kv {
                    map.insert(k, v);
                }
                Value::Object(map)
            }),
        ]
    })
}

/// Writes `v` as JSON text with whitespace and escapes chosen by `noise`, and members as
/// given (a key may repeat: `dupes` adds a member again with another value).
fn noisy(v: &Value, noise: &mut impl Iterator<Item = u8>, out: &mut String) {
    ws(out, noise);
    match v {
        Value::String(s) => noisy_string(s, noise, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                noisy(item, noise, out);
            }
            ws(out, noise);
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                ws(out, noise);
                noisy_string(k, noise, out);
                ws(out, noise);
                out.push(':');
                if noise.next().unwrap_or(1).is_multiple_of(5) {
                    // The same key twice: serde_json keeps the first place and the last value.
                    noisy(&Value::Array(vec![]), noise, out);
                    out.push(',');
                    noisy_string(k, noise, out);
                    out.push(':');
                }
                noisy(item, noise, out);
            }
            ws(out, noise);
            out.push('}');
        }
        Value::Number(n) => {
            // Any spelling serde_json stores as this text (`e+5` ← `E5`, `e+5`, `e5`).
            let t = n.as_str();
            let t = match noise.next().unwrap_or(0) % 3 {
                0 => t.replace("e+", "E"),
                1 => t.replace("e+", "e"),
                _ => t.to_owned(),
            };
            out.push_str(&t);
        }
        other => out.push_str(&serde_json::to_string(other).unwrap()),
    }
    ws(out, noise);
}

/// Whitespace, or none, as `noise` says.
fn ws(out: &mut String, noise: &mut impl Iterator<Item = u8>) {
    let n = noise.next().unwrap_or(0);
    if n.is_multiple_of(3) {
        for _ in 0..(n % 7) / 3 + 1 {
            out.push([' ', '\n', '\t', '\r'][usize::from(noise.next().unwrap_or(0) % 4)]);
        }
    }
}

fn noisy_string(s: &str, noise: &mut impl Iterator<Item = u8>, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        let n = noise.next().unwrap_or(0);
        match c {
            '"' | '\\' | '\u{0}'..='\u{1f}' if n.is_multiple_of(2) => {
                let mut units = [0; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04X}"));
                }
            }
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\u{0}'..='\u{1f}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            '/' if n.is_multiple_of(2) => out.push_str("\\/"),
            c if n.is_multiple_of(4) => {
                let mut units = [0; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// One edit of `text` at a character boundary: a byte JSON cares about inserted, a character
/// removed or replaced, or the text cut.
fn mutate(text: &str, at: usize, kind: u8, with: char) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = if chars.is_empty() {
        0
    } else {
        at % (chars.len() + 1)
    };
    let mut out: Vec<char> = chars.clone();
    match kind % 4 {
        0 => out.insert(at, with),
        1 if at < out.len() => {
            out.remove(at);
        }
        2 if at < out.len() => out[at] = with,
        _ => out.truncate(at),
    }
    out.into_iter().collect()
}

fn special() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        '"', '\\', '[', ']', '{', '}', ':', ',', ' ', '\n', '0', '1', '-', '+', '.', 'e', 'E', 'u',
        'd', 'n', 't', 'f', '\u{0}', '\u{1f}', 'é', '\u{feff}',
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_values_read_and_write_as_serde_json(v in value(), noise in prop::collection::vec(any::<u8>(), 0..64)) {
        let mut text = String::new();
        noisy(&v, &mut noise.iter().copied().cycle(), &mut text);
        same_as_serde(&text);
        prop_assert_eq!(to_string(&v), serde_json::to_string(&v).unwrap());
        same_as_serde(&to_string(&v));
    }

    #[test]
    fn mutated_text_reads_as_serde_json(
        v in value(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), special()), 1..4),
    ) {
        let mut text = serde_json::to_string(&v).unwrap();
        for (at, kind, with) in edits {
            text = mutate(&text, at, kind, with);
        }
        same_as_serde(&text);
    }

    #[test]
    fn garbage_reads_as_serde_json(
        text in "[\\[\\]{}:,\"\\\\ \n\tnulltrefas0-9eE+.\\-ud8D\u{0}é]{0,24}",
    ) {
        same_as_serde(&text);
    }

    #[test]
    fn any_text_reads_as_serde_json(text in any::<String>()) {
        same_as_serde(&text);
    }
}
