//! [`Options`] read by hand from JSON text for the npm package, with serde's messages.
//!
//! The serde derives stay for Rust callers; in the browser module they cost ~12 KB gzipped
//! (one visitor per struct and enum, monomorphized over serde_json's text deserializer), so
//! the npm surface reads the text into a [`Value`] (the parser it links for payloads anyway)
//! and walks it here. Every answer and every message is the one
//! `serde_json::from_str::<Options>` gives for the same text, the position suffix removed
//! (`tests::same_as_serde` compares both over generated texts), with three exceptions no
//! JavaScript caller can reach (the bindings pass `JSON.stringify`'s output): text that is
//! not JSON is refused with its syntax error even where serde would first find a type error,
//! a key given twice is read as its last value (serde: `duplicate field`), and options nested
//! more than 127 levels deep are refused by the parser's recursion limit.

use crate::options::{
    AddressPolicy, AddressShape, AuthviaOptions, BlocOptions, CalypsoOptions, EmailDomainForm,
    EmailPolicy, MetadataPolicy, Options, PhoneOutput, RapydOptions, StripeOptions, TextPolicy,
    UnknownFields,
};
use serde_json::Value;

type Read<T> = Result<T, String>;

/// Reads options from JSON text as `serde_json::from_str::<Options>` does; an `Err` is serde's
/// message without its " at line … column …" suffix.
pub(super) fn read(text: &str) -> Read<Options> {
    let value: Value = serde_json::from_str(text).map_err(super::strip_position)?;
    options(&value)
}

/// What serde_json names a value of the wrong type (`Unexpected` as serde_json prints it):
/// numbers are `integer` when they fit `u64` or `i64`, else just `number`.
#[inline(never)]
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => {
            let t = n.as_str();
            let int = if t.starts_with('-') {
                (t != "-0").then(|| t.parse::<i64>().ok().map(|i| i.to_string()))
            } else {
                Some(t.parse::<u64>().ok().map(|u| u.to_string()))
            };
            int.flatten()
                .map_or_else(|| "number".into(), |i| format!("integer `{i}`"))
        }
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

#[inline(never)]
fn invalid_type(v: &Value, expected: &str) -> String {
    format!("invalid type: {}, expected {expected}", unexpected(v))
}

/// A JSON number as serde_json's deserializer reads it for an integer: `u64`, a negative
/// `i64`, or else an `f64` (decimals, exponents, integers past 64 bits, `-0`).
enum Num {
    U(u64),
    I(i64),
    F(f64),
}

#[inline(never)]
fn number(v: &Value, expected: &str) -> Read<Num> {
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
            return Ok(if neg >= 0 {
                Num::F(-(sig as f64))
            } else {
                Num::I(neg)
            });
        }
    }
    // serde_json's own float reading (not always correctly rounded), for the same value.
    serde_json::from_str::<f64>(t)
        .map(Num::F)
        .map_err(super::strip_position)
}

#[inline(never)]
fn float_type(f: f64, expected: &str) -> String {
    let shown = serde_json::Number::from_f64(f).map_or_else(String::new, |n| n.to_string());
    format!("invalid type: floating point `{shown}`, expected {expected}")
}

#[inline(never)]
fn usize_(v: &Value) -> Read<usize> {
    match number(v, "usize")? {
        Num::U(u) => {
            usize::try_from(u).map_err(|_| format!("invalid value: integer `{u}`, expected usize"))
        }
        Num::I(i) => Err(format!("invalid value: integer `{i}`, expected usize")),
        Num::F(f) => Err(float_type(f, "usize")),
    }
}

#[inline(never)]
fn i64_(v: &Value) -> Read<i64> {
    match number(v, "i64")? {
        Num::U(u) => {
            i64::try_from(u).map_err(|_| format!("invalid value: integer `{u}`, expected i64"))
        }
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
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [a] => a.clone(),
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

/// A unit-only enum by its snake_case `names`, answering the index of the one named: a
/// string, or serde_json's `{"name": null}` form.
#[inline(never)]
fn variant(v: &Value, names: &[&str]) -> Read<usize> {
    let pick = |name: &str| {
        names
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| format!("unknown variant `{name}`, expected {}", one_of(names)))
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
fn fields(
    v: &Value,
    ty: &str,
    names: &[&str],
    set: &mut dyn FnMut(usize, &Value) -> Read<()>,
) -> Read<()> {
    match v {
        Value::Object(m) => {
            for (key, value) in m {
                let i = names
                    .iter()
                    .position(|n| n == key)
                    .ok_or_else(|| format!("unknown field `{key}`, expected {}", one_of(names)))?;
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
        _ => Err(invalid_type(v, &format!("struct {ty}"))),
    }
}

fn options(v: &Value) -> Read<Options> {
    let mut o = Options::default();
    const NAMES: &[&str] = &[
        "max_input_bytes",
        "max_depth",
        "max_string_chars",
        "max_array_len",
        "max_issues",
        "email",
        "text",
        "address",
        "unknown_fields",
        "default_region",
        "now_ms",
        "metadata",
        "calypso",
        "bloc",
        "rapyd",
        "authvia",
        "stripe",
    ];
    fields(v, "Options", NAMES, &mut |i, v| {
        match i {
            0 => o.max_input_bytes = usize_(v)?,
            1 => o.max_depth = usize_(v)?,
            2 => o.max_string_chars = usize_(v)?,
            3 => o.max_array_len = usize_(v)?,
            4 => o.max_issues = usize_(v)?,
            5 => o.email = email(v)?,
            6 => o.text = text(v)?,
            7 => o.address = address(v)?,
            8 => {
                o.unknown_fields = match variant(v, &["reject", "keep"])? {
                    0 => UnknownFields::Reject,
                    _ => UnknownFields::Keep,
                }
            }
            9 => o.default_region = opt_string(v)?,
            10 => o.now_ms = opt_i64(v)?,
            11 => o.metadata = metadata(v)?,
            12 => o.calypso = calypso(v)?,
            13 => o.bloc = bloc(v)?,
            14 => o.rapyd = rapyd(v)?,
            15 => o.authvia = authvia(v)?,
            _ => o.stripe = stripe(v)?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn email(v: &Value) -> Read<EmailPolicy> {
    let mut o = EmailPolicy::default();
    const NAMES: &[&str] = &[
        "allow_quoted_local",
        "allow_ip_literal",
        "allow_special_use_domains",
        "allow_smtputf8",
        "require_tld",
        "lowercase_local",
        "domain_form",
    ];
    fields(v, "EmailPolicy", NAMES, &mut |i, v| {
        match i {
            0 => o.allow_quoted_local = bool_(v)?,
            1 => o.allow_ip_literal = bool_(v)?,
            2 => o.allow_special_use_domains = bool_(v)?,
            3 => o.allow_smtputf8 = bool_(v)?,
            4 => o.require_tld = bool_(v)?,
            5 => o.lowercase_local = bool_(v)?,
            _ => {
                o.domain_form = match variant(v, &["ascii", "unicode"])? {
                    0 => EmailDomainForm::Ascii,
                    _ => EmailDomainForm::Unicode,
                }
            }
        }
        Ok(())
    })?;
    Ok(o)
}

fn text(v: &Value) -> Read<TextPolicy> {
    let mut o = TextPolicy::default();
    const NAMES: &[&str] = &["max_name_chars", "max_description_chars"];
    fields(v, "TextPolicy", NAMES, &mut |i, v| {
        match i {
            0 => o.max_name_chars = usize_(v)?,
            _ => o.max_description_chars = usize_(v)?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn address(v: &Value) -> Read<AddressPolicy> {
    let mut o = AddressPolicy::default();
    const NAMES: &[&str] = &[
        "check_postal_code",
        "require_country_fields",
        "check_subdivision",
        "deliverable",
        "max_line_chars",
        "max_locality_chars",
        "max_postal_code_chars",
    ];
    fields(v, "AddressPolicy", NAMES, &mut |i, v| {
        match i {
            0 => o.check_postal_code = bool_(v)?,
            1 => o.require_country_fields = bool_(v)?,
            2 => o.check_subdivision = bool_(v)?,
            3 => o.deliverable = bool_(v)?,
            4 => o.max_line_chars = usize_(v)?,
            5 => o.max_locality_chars = usize_(v)?,
            _ => o.max_postal_code_chars = usize_(v)?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn metadata(v: &Value) -> Read<MetadataPolicy> {
    let mut o = MetadataPolicy::default();
    const NAMES: &[&str] = &["max_keys", "max_bytes", "max_depth"];
    fields(v, "MetadataPolicy", NAMES, &mut |i, v| {
        match i {
            0 => o.max_keys = usize_(v)?,
            1 => o.max_bytes = usize_(v)?,
            _ => o.max_depth = usize_(v)?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn calypso(v: &Value) -> Read<CalypsoOptions> {
    let mut o = CalypsoOptions::default();
    const NAMES: &[&str] = &[
        "require_reference",
        "allow_external_id_on_update",
        "max_skew_ms",
        "max_email_chars",
        "max_description_chars",
        "max_external_id_chars",
    ];
    fields(v, "CalypsoOptions", NAMES, &mut |i, v| {
        match i {
            0 => o.require_reference = bool_(v)?,
            1 => o.allow_external_id_on_update = bool_(v)?,
            2 => o.max_skew_ms = i64_(v)?,
            3 => o.max_email_chars = usize_(v)?,
            4 => o.max_description_chars = usize_(v)?,
            _ => o.max_external_id_chars = usize_(v)?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn bloc(v: &Value) -> Read<BlocOptions> {
    let mut o = BlocOptions::default();
    const NAMES: &[&str] = &[
        "phone_output",
        "full_replace",
        "allow_address_on_update",
        "allow_other_customer_type",
        "allow_digits_in_names",
        "max_name_chars",
        "max_email_chars",
    ];
    fields(v, "BlocOptions", NAMES, &mut |i, v| {
        match i {
            0 => {
                o.phone_output = match variant(v, &["e164", "national_nigeria"])? {
                    0 => PhoneOutput::E164,
                    _ => PhoneOutput::NationalNigeria,
                }
            }
            1 => o.full_replace = bool_(v)?,
            2 => o.allow_address_on_update = bool_(v)?,
            3 => o.allow_other_customer_type = bool_(v)?,
            4 => o.allow_digits_in_names = bool_(v)?,
            5 => o.max_name_chars = usize_(v)?,
            _ => o.max_email_chars = usize_(v)?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn rapyd(v: &Value) -> Read<RapydOptions> {
    let mut o = RapydOptions::default();
    const NAMES: &[&str] = &[
        "max_addresses_on_create",
        "strict_invoice_prefix",
        "allow_payment_method",
        "max_name_chars",
        "max_description_chars",
        "max_vat_id_chars",
    ];
    fields(v, "RapydOptions", NAMES, &mut |i, v| {
        match i {
            0 => o.max_addresses_on_create = usize_(v)?,
            1 => o.strict_invoice_prefix = bool_(v)?,
            2 => o.allow_payment_method = bool_(v)?,
            3 => o.max_name_chars = usize_(v)?,
            4 => o.max_description_chars = usize_(v)?,
            _ => o.max_vat_id_chars = usize_(v)?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn authvia(v: &Value) -> Read<AuthviaOptions> {
    let mut o = AuthviaOptions::default();
    const NAMES: &[&str] = &[
        "address_shape",
        "max_addresses",
        "max_ref_chars",
        "drop_duplicate_addresses",
    ];
    fields(v, "AuthviaOptions", NAMES, &mut |i, v| {
        match i {
            0 => {
                o.address_shape = match variant(v, &["value", "string", "type_value"])? {
                    0 => AddressShape::Value,
                    1 => AddressShape::String,
                    _ => AddressShape::TypeValue,
                }
            }
            1 => o.max_addresses = usize_(v)?,
            2 => o.max_ref_chars = usize_(v)?,
            _ => o.drop_duplicate_addresses = bool_(v)?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn stripe(v: &Value) -> Read<StripeOptions> {
    let mut o = StripeOptions::default();
    fields(v, "StripeOptions", &["phone_as_typed"], &mut |_, v| {
        o.phone_as_typed = bool_(v)?;
        Ok(())
    })?;
    Ok(o)
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
        let mut errors = 0;
        for text in &texts {
            let (ours, theirs) = (read(text), serde(text));
            assert_eq!(ours, theirs, "{text}");
            errors += usize::from(theirs.is_err());
        }
        assert!(
            texts.len() > 3000 && errors > 2000,
            "{} {errors}",
            texts.len()
        );
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
