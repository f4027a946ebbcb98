//! [`Options`] read by hand from JSON text for the npm package, with serde's messages.
//!
//! The serde derives stay for Rust callers; in the browser module they cost ~12 KB gzipped
//! (one visitor per struct and enum, monomorphized over serde_json's text deserializer), so
//! the npm surface reads the text into a [`Value`] (with [`crate::json_text`], the reader it
//! uses for payloads) and walks it here: each options struct and enum declares its reader
//! beside itself (`options::read_options!`, `options::read_variants!`; a provider's in its
//! own module). Every answer and every message is the one `serde_json::from_str::<Options>`
//! gives for the same text, the position suffix removed (`tests::same_as_serde` compares both
//! over generated texts), with one wording difference: a non-integer number where an integer
//! belongs is named as its JSON text (`` floating point `1e+3` ``; serde_json prints the parsed
//! float, `1000.0`, and says `number out of range` past `f64`), so the browser module links
//! no float parser or printer; and a string is quoted as JSON writes it (serde uses Rust's
//! `{:?}`, which differs for control characters other than `\n`, `\r`, `\t` and for
//! unprintable ones: `\u0001` where serde writes `\u{1}`), so it links no `Debug` tables. And three exceptions no JavaScript caller can reach (the
//! bindings pass `JSON.stringify`'s output): text that is not JSON is refused with its syntax
//! error even where serde would first find a type error, a key given twice is read as its
//! last value (serde: `duplicate field`), and options nested more than 127 levels deep are
//! refused by the parser's recursion limit.

use crate::options::Options;
use crate::text_out::{dec, fill, int};
use serde_json::Value;

type Read<T> = Result<T, String>;

/// Reads options from JSON text as `serde_json::from_str::<Options>` does; an `Err` is serde's
/// message without its " at line … column …" suffix (a float where an integer belongs is
/// named as written: [`float_type`]).
pub(super) fn read(text: &str) -> Read<Options> {
    let value = crate::json_text::parse(text).map_err(|e| e.message().to_owned())?;
    Options::read_value(&value)
}

/// What serde_json names a value of the wrong type (`Unexpected` as serde_json prints it):
/// numbers are `integer` when they fit `u64` or `i64`, else just `number`.
#[inline(never)]
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(true) => "boolean `true`".into(),
        Value::Bool(false) => "boolean `false`".into(),
        Value::Number(n) => crate::json_text::read::unexpected_number(n.as_str()),
        Value::String(s) => {
            let mut out = String::from("string ");
            out.push_str(&crate::json_text::to_string(s));
            out
        }
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

#[inline(never)]
fn invalid_type(v: &Value, expected: &str) -> String {
    fill("invalid type: {}, expected {}", &[&unexpected(v), expected])
}

/// A JSON number as serde_json's deserializer reads it for an integer: `u64`, a negative
/// `i64`, or else what serde_json reads as an `f64` (decimals, exponents, integers past 64
/// bits, `-0`), kept as its text: no option takes one, and naming it as written spares the
/// browser module a float parser and printer.
enum Num<'a> {
    U(u64),
    I(i64),
    F(&'a str),
}

#[inline(never)]
fn number<'a>(v: &'a Value, expected: &str) -> Read<Num<'a>> {
    let Value::Number(n) = v else {
        return Err(invalid_type(v, expected));
    };
    let t = n.as_str();
    let digits = t.trim_start_matches('-');
    if !digits.contains(['.', 'e', 'E']) {
        if let Ok(sig) = digits.parse::<u64>() {
            if digits.len() == t.len() {
                return Ok(Num::U(sig));
            }
            // serde_json: negative values that do not fit (and `-0`) become floats.
            let neg = (sig as i64).wrapping_neg();
            if neg < 0 {
                return Ok(Num::I(neg));
            }
        }
    }
    Ok(Num::F(t))
}

/// serde's message for a float where an integer belongs, but with the number as the JSON
/// text has it (`1e+3`, where serde_json would print the parsed `1000.0`, and where it says
/// `number out of range` for `1e400`).
#[inline(never)]
fn float_type(text: &str, expected: &str) -> String {
    fill(
        "invalid type: floating point `{}`, expected {}",
        &[text, expected],
    )
}

/// serde's message for an integer its type cannot hold.
#[inline(never)]
fn out_of_range(n: &str, expected: &str) -> String {
    fill("invalid value: integer `{}`, expected {}", &[n, expected])
}

#[inline(never)]
fn usize_(v: &Value) -> Read<usize> {
    match number(v, "usize")? {
        Num::U(u) => usize::try_from(u).map_err(|_| out_of_range(&dec(u), "usize")),
        Num::I(i) => Err(out_of_range(&int(i), "usize")),
        Num::F(f) => Err(float_type(f, "usize")),
    }
}

#[inline(never)]
fn i64_(v: &Value) -> Read<i64> {
    match number(v, "i64")? {
        Num::U(u) => i64::try_from(u).map_err(|_| out_of_range(&dec(u), "i64")),
        Num::I(i) => Ok(i),
        Num::F(f) => Err(float_type(f, "i64")),
    }
}

#[inline(never)]
fn bool_(v: &Value) -> Read<bool> {
    v.as_bool().ok_or_else(|| invalid_type(v, "a boolean"))
}

#[inline(never)]
fn opt_string(v: &Value) -> Read<Option<String>> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err(invalid_type(v, "a string")),
    }
}

#[inline(never)]
fn opt_i64(v: &Value) -> Read<Option<i64>> {
    match v {
        Value::Null => Ok(None),
        _ => i64_(v).map(Some),
    }
}

/// serde's list of names: `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``.
#[inline(never)]
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| fill("`{}`", &[n])).collect();
    match quoted.as_slice() {
        [a] => a.clone(),
        [a, b] => fill("{} or {}", &[a, b]),
        _ => fill("one of {}", &[&quoted.join(", ")]),
    }
}

/// A unit-only enum by its snake_case `names`, answering the index of the one named: a
/// string, or serde_json's `{"name": null}` form.
#[inline(never)]
pub(crate) fn variant(v: &Value, names: &[&str]) -> Read<usize> {
    let pick = |name: &str| {
        names
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| fill("unknown variant `{}`, expected {}", &[name, &one_of(names)]))
    };
    match v {
        Value::String(s) => pick(s),
        Value::Object(m) => match m.iter().next() {
            Some((name, unit)) => {
                let i = pick(name)?;
                if !unit.is_null() {
                    return Err(invalid_type(unit, "unit"));
                }
                if m.len() > 1 {
                    return Err("expected value".into());
                }
                Ok(i)
            }
            None => Err("expected value".into()),
        },
        _ => Err("expected value".into()),
    }
}

/// A `#[serde(default, deny_unknown_fields)]` struct: an object by member names, or serde's
/// array form (members in declaration order, missing ones default, extra ones refused).
#[inline(never)]
pub(crate) fn fields(
    v: &Value,
    ty: &str,
    names: &[&str],
    set: &mut dyn FnMut(usize, &Value) -> Read<()>,
) -> Read<()> {
    match v {
        Value::Object(m) => {
            for (key, value) in m {
                let i = names.iter().position(|n| n == key).ok_or_else(|| {
                    fill("unknown field `{}`, expected {}", &[key, &one_of(names)])
                })?;
                set(i, value)?;
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate().take(names.len()) {
                set(i, value)?;
            }
            if items.len() > names.len() {
                return Err("trailing characters".into());
            }
            Ok(())
        }
        _ => Err(invalid_type(v, &fill("struct {}", &[ty]))),
    }
}

/// A value read from options JSON as serde reads it into the member's type.
pub(crate) trait ReadValue: Sized {
    /// The value `v` stands for, or serde's message (without its position).
    fn read_value(v: &Value) -> Read<Self>;

    /// Reads `v` into `self`, which holds the type's default: as [`ReadValue::read_value`],
    /// but an options struct reads its members in place (`read_options!`), which spares the
    /// browser module a copy of every nested struct (docs/decisions.md, "Build and size").
    fn read_into(&mut self, v: &Value) -> Read<()> {
        *self = Self::read_value(v)?;
        Ok(())
    }
}

impl ReadValue for bool {
    fn read_value(v: &Value) -> Read<Self> {
        bool_(v)
    }
}

impl ReadValue for usize {
    fn read_value(v: &Value) -> Read<Self> {
        usize_(v)
    }
}

impl ReadValue for i64 {
    fn read_value(v: &Value) -> Read<Self> {
        i64_(v)
    }
}

impl ReadValue for Option<String> {
    fn read_value(v: &Value) -> Read<Self> {
        opt_string(v)
    }
}

impl ReadValue for Option<i64> {
    fn read_value(v: &Value) -> Read<Self> {
        opt_i64(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde(text: &str) -> Read<Options> {
        serde_json::from_str(text).map_err(crate::wasm::strip_position)
    }

    /// JSON values of every kind and the number edge cases serde_json reads apart: the sign
    /// of zero, the ends of `u64`, `i64` and wasm32's `usize`, decimals, exponents, out of
    /// range, variant names and serde's `{"variant": null}` form.
    const VALUES: &[&str] = &[
        "null",
        "true",
        "false",
        "0",
        "7",
        "-1",
        "-0",
        "1.5",
        "-1.5",
        "1.0",
        "1e3",
        "1E+2",
        "2e-3",
        "-0.0",
        "1e400",
        "-1e400",
        "1e-400",
        "4294967295",
        "4294967296",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678901234567890",
        "1234567890123456789012.5e-3",
        "1.7976931348623157e308",
        "5e-324",
        "0.30000000000000004",
        "\"x\"",
        "\"a\\\"b\\n\u{e9}\"",
        "\"\"",
        "\"ascii\"",
        "\"unicode\"",
        "\"keep\"",
        "\"reject\"",
        "\"e164\"",
        "\"national_nigeria\"",
        "\"value\"",
        "\"type_value\"",
        "\"string\"",
        "[]",
        "[1]",
        "[true, false]",
        "{}",
        "{\"ascii\": null}",
        "{\"unicode\": 1}",
        "{\"keep\": null}",
        "{\"ascii\": null, \"x\": 1}",
        "{\"nope\": null}",
        "{\"e164\": []}",
        "{\"value\": null}",
    ];

    #[test]
    fn a_string_is_quoted_as_json_writes_it() {
        let message = read("\"a\\u0001\\u200b\"").err();
        assert_eq!(
            message.as_deref(),
            Some("invalid type: string \"a\\u0001\u{200b}\", expected struct Options")
        );
    }

    /// Our message names a float where an integer belongs as its JSON text (serde_json prints
    /// the parsed `f64`, or refuses one out of range): the same error otherwise.
    fn same_error_but_the_float(ours: &str, theirs: &str) -> bool {
        let float = "invalid type: floating point `";
        let expected = |m: &str| m.split_once("`, expected ").map(|(_, e)| e.to_owned());
        ours.starts_with(float)
            && (theirs == "number out of range"
                || (theirs.starts_with(float) && expected(ours) == expected(theirs)))
    }

    #[test]
    fn same_as_serde() {
        let defaults = serde_json::to_value(Options::default()).unwrap();
        let mut texts: Vec<String> = VALUES.iter().map(|v| v.to_string()).collect();
        texts.extend(
            [
                "{}",
                "[]",
                "[1]",
                "[1, 2, 3, 4, 5, {}, [], null]",
                "{\"nope\": 1}",
                "{\"max_depth\": 3, \"nope\": 1}",
                "{\"nope\": 1, \"max_depth\": \"x\"}",
            ]
            .map(String::from),
        );
        let all: Vec<&str> = defaults
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        texts.push(format!("[{}]", vec!["null"; all.len()].join(", ")));
        texts.push(format!("[{}]", vec!["{}"; all.len() + 1].join(", ")));
        for (key, default) in defaults.as_object().unwrap() {
            texts.push(format!("{{\"{key}_\": 1}}"));
            for v in VALUES {
                texts.push(format!("{{\"{key}\": {v}}}"));
                // A second member after it (a key twice is outside the comparison).
                let next = if key == "max_depth" {
                    "max_issues"
                } else {
                    "max_depth"
                };
                texts.push(format!("{{\"{key}\": {v}, \"{next}\": 1}}"));
            }
            if let Some(inner) = default.as_object() {
                let n = inner.len();
                texts.push(format!("{{\"{key}\": {{\"nope\": 1}}}}"));
                texts.push(format!(
                    "{{\"{key}\": [{}]}}",
                    vec!["true"; n + 1].join(", ")
                ));
                for (member, _) in inner {
                    for v in VALUES {
                        texts.push(format!("{{\"{key}\": {{\"{member}\": {v}}}}}"));
                    }
                }
                for v in VALUES {
                    for at in 0..n {
                        let mut items = vec!["null"; at];
                        items.push(v);
                        texts.push(format!("{{\"{key}\": [{}]}}", items.join(", ")));
                    }
                }
            }
        }
        let (mut errors, mut floats) = (0, 0);
        for text in &texts {
            let (ours, theirs) = (read(text), serde(text));
            match (&ours, &theirs) {
                (Err(a), Err(b)) if a != b => {
                    assert!(same_error_but_the_float(a, b), "{text}: {a} / {b}");
                    floats += 1;
                }
                _ => assert_eq!(ours, theirs, "{text}"),
            }
            errors += usize::from(theirs.is_err());
        }
        assert!(
            texts.len() > 3000 && errors > 2000 && floats > 100,
            "{} {errors} {floats}",
            texts.len()
        );
        let e = read(r#"{"max_depth": 1e3}"#).unwrap_err();
        assert_eq!(e, "invalid type: floating point `1e+3`, expected usize");
        let e = read(r#"{"max_depth": 1.5}"#).unwrap_err();
        assert_eq!(e, serde(r#"{"max_depth": 1.5}"#).unwrap_err());
    }

    #[test]
    fn unknown_names_are_listed_as_serde_lists_them() {
        let e = read(r#"{"email": {"domain_form": "idn"}}"#).unwrap_err();
        assert_eq!(e, "unknown variant `idn`, expected `ascii` or `unicode`");
        let e = read(r#"{"stripe": {"phone": true}}"#).unwrap_err();
        assert_eq!(e, "unknown field `phone`, expected `phone_as_typed`");
        let e = read(r#"{"authvia": {"address_shape": "x"}}"#).unwrap_err();
        assert!(
            e.ends_with("expected one of `value`, `string`, `type_value`"),
            "{e}"
        );
    }
}
