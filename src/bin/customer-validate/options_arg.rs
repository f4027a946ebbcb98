//! `--options JSON|@FILE`: the library's `Options` as JSON (the same shape the npm package
//! takes), given inline or read from a file, with the commands' own flags (`--region`,
//! `--keep-unknown`, `--deliverable`) applied on top, whatever their order.
//!
//! A mistake in the options is a usage error (exit 2) whose message names the key by its
//! path (`authvia.drop_duplicate_addresses`) and never repeats the value given for it.

use crate::Usage;
use customer_validate::options::UnknownFields;
use customer_validate::Options;
use serde_json::{Map, Value};
use std::io::Read;

/// The largest options file read (an options object is a few hundred bytes; this stops a
/// data file passed by mistake from being read whole).
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// What a command was told about its options: `--options` and the flags that set a switch.
#[derive(Default)]
pub(crate) struct OptionArgs {
    /// The `--options` argument as given: JSON text, or `@path`.
    pub(crate) json: Option<String>,
    /// `--region XX`: `default_region`.
    pub(crate) region: Option<String>,
    /// `--keep-unknown`: `unknown_fields: "keep"`.
    pub(crate) keep_unknown: bool,
    /// `--deliverable`: `address.deliverable: true`.
    pub(crate) deliverable: bool,
}

impl OptionArgs {
    /// Records `--options VALUE`; given twice is a usage error.
    pub(crate) fn set_json(&mut self, value: String) -> Result<(), Usage> {
        if self.json.replace(value).is_some() {
            return Err("--options is given twice".into());
        }
        Ok(())
    }

    /// The options: `--options` (or the defaults), then the flags on top of it.
    pub(crate) fn build(self) -> Result<Options, Usage> {
        let mut options = match &self.json {
            Some(arg) => parse_arg(arg)?,
            None => Options::default(),
        };
        if let Some(region) = self.region {
            options.default_region = Some(region);
        }
        if self.keep_unknown {
            options.unknown_fields = UnknownFields::Keep;
        }
        if self.deliverable {
            options.address.deliverable = true;
        }
        Ok(options)
    }
}

/// `--options`' value: inline JSON, or `@path` for a file holding it.
fn parse_arg(arg: &str) -> Result<Options, Usage> {
    match arg.strip_prefix('@') {
        Some(path) => {
            let text = read_file(path)
                .map_err(|e| Usage(format!("--options: cannot read '{path}': {e}")))?;
            parse(&text).map_err(|e| Usage(format!("--options @{path}: {e}")))
        }
        None => parse(arg).map_err(|e| Usage(format!("--options: {e}"))),
    }
}

fn read_file(path: &str) -> std::io::Result<String> {
    let mut text = String::new();
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_string(&mut text)?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::Error::other(format!(
            "larger than {MAX_FILE_BYTES} bytes; an options file holds one JSON object"
        )));
    }
    Ok(text)
}

/// Reads `Options` from JSON text, or says what is wrong with it without quoting any value.
fn parse(text: &str) -> Result<Options, String> {
    // serde_json's syntax errors say where (line, column) but quote nothing of the input.
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(map) = &value else {
        return Err(format!(
            "expected a JSON object such as {{\"authvia\": {{\"drop_duplicate_addresses\": true}}}}, got {}",
            kind(&value)
        ));
    };
    // From the text, not the value, so a key given twice is refused too.
    serde_json::from_str::<Options>(text).map_err(|e| match locate(map) {
        Some((path, leaf, err)) => describe(&path, leaf, &err),
        None if e.to_string().starts_with("duplicate field") => strip_position(&e),
        None => "invalid options".to_owned(),
    })
}

/// The first key whose value `Options` refuses, descending into nested policies (`email`,
/// `authvia`…): its path, its value and serde's error for it alone.
fn locate(root: &Map<String, Value>) -> Option<(Vec<String>, &Value, serde_json::Error)> {
    for (key, value) in root {
        let mut path = vec![key.clone()];
        let Err(mut err) = options_at(&path, value) else {
            continue;
        };
        let mut leaf = value;
        'descend: while let Value::Object(children) = leaf {
            // Only a key that takes an object (a nested policy) is looked into; anything
            // else (an unknown key, an enum…) is refused as a whole.
            if options_at(&path, &Value::Object(Map::new())).is_err() {
                break;
            }
            for (child, v) in children {
                path.push(child.clone());
                if let Err(e) = options_at(&path, v) {
                    leaf = v;
                    err = e;
                    continue 'descend;
                }
                path.pop();
            }
            break;
        }
        return Some((path, leaf, err));
    }
    None
}

/// `Options` from `{"a": {"b": leaf}}` for `path` `[a, b]`. Read back from text, as the
/// whole argument is, so the errors are the same (an out-of-range number is "invalid
/// value: integer, expected usize", not the bare "invalid number" a `Value` gives).
fn options_at(path: &[String], leaf: &Value) -> Result<Options, serde_json::Error> {
    let mut value = leaf.clone();
    for key in path.iter().rev() {
        let mut map = Map::new();
        map.insert(key.clone(), value);
        value = Value::Object(map);
    }
    serde_json::from_str(&value.to_string())
}

/// The message for the key at `path`: serde's own words for what was expected, the JSON kind
/// of what was given, never the value itself.
fn describe(path: &[String], leaf: &Value, err: &serde_json::Error) -> String {
    let key = path
        .iter()
        .map(|k| k.escape_debug().to_string())
        .collect::<Vec<_>>()
        .join(".");
    let msg = strip_position(err);
    // What serde expected comes last and is written from our types, never from the input.
    let expected = msg
        .rfind(", expected ")
        .map(|at| msg[at + ", expected ".len()..].to_owned());
    let expected = expected.map(|e| match e.as_str() {
        "usize" | "u64" | "u32" | "u16" | "u8" => "a non-negative integer".to_owned(),
        "i64" | "i32" => "an integer".to_owned(),
        _ if e.starts_with("struct ") => "an object".to_owned(),
        _ => e,
    });
    match expected {
        Some(expected) if msg.starts_with("unknown field") => {
            format!("unknown key `{key}`, expected {expected}")
        }
        Some(expected) if msg.starts_with("unknown variant") => {
            format!("`{key}`: unknown value, expected {expected}")
        }
        Some(expected) if msg.starts_with("invalid type") => {
            format!("`{key}`: expected {expected}, got {}", kind(leaf))
        }
        Some(expected) => format!("`{key}`: invalid value, expected {expected}"),
        None => format!("`{key}`: invalid value"),
    }
}

/// serde_json's messages end with " at line 1 column 17" when read from text.
fn strip_position(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(at) => msg[..at].to_owned(),
        None => msg,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_switches_and_defaults() {
        let o =
            parse(r#"{"authvia": {"drop_duplicate_addresses": true}, "max_issues": 3}"#).unwrap();
        assert!(o.authvia.drop_duplicate_addresses);
        assert_eq!(o.max_issues, 3);
        assert_eq!(o.max_depth, Options::default().max_depth);
    }

    #[test]
    fn messages_name_the_key_and_never_the_value() {
        let cases = [
            (
                r#"{"max_isues": 3}"#,
                "unknown key `max_isues`, expected one of",
            ),
            (
                r#"{"authvia": {"drop_dupes": true}}"#,
                "unknown key `authvia.drop_dupes`, expected one of `address_shape`",
            ),
            (
                r#"{"bloc": {"allow_digits_in_names": "Ada Obi 0803"}}"#,
                "`bloc.allow_digits_in_names`: expected a boolean, got a string",
            ),
            (
                r#"{"email": {"domain_form": "Ada Obi 0803"}}"#,
                "`email.domain_form`: unknown value, expected `ascii` or `unicode`",
            ),
            (
                r#"{"default_region": 803}"#,
                "`default_region`: expected a string, got a number",
            ),
            (
                r#"{"max_issues": -803}"#,
                "`max_issues`: invalid value, expected a non-negative integer",
            ),
            (
                r#"{"max_issues": 8.03}"#,
                "`max_issues`: expected a non-negative integer, got a number",
            ),
            (
                r#"{"now_ms": "0803"}"#,
                "`now_ms`: expected an integer, got a string",
            ),
            (
                r#"{"authvia": "Ada Obi 0803"}"#,
                "`authvia`: expected an object, got a string",
            ),
            (r#"{"nope": {"x": 1}}"#, "unknown key `nope`, expected"),
            ("[\"Ada Obi 0803\"]", "expected a JSON object"),
            ("{\"a\": \"Ada Obi 0803\"", "not valid JSON"),
            (
                r#"{"max_issues": 1, "max_issues": 2}"#,
                "duplicate field `max_issues`",
            ),
        ];
        for (text, want) in cases {
            let msg = parse(text).unwrap_err();
            assert!(msg.starts_with(want), "{text}: {msg}");
            assert!(
                !msg.contains("Ada") && !msg.contains("803"),
                "{text}: {msg}"
            );
        }
    }
}
