//! `customer-validate format-as-you-type`: what a phone field shows while a number is typed,
//! one JSON line in, one out.

use crate::check_cmd::parse_line;
use crate::chunks::Text;
use crate::options_arg::OptionArgs;
use crate::{answer_lines, parse_flags, Usage};
use customer_validate::fields::phone;
use customer_validate::{Code, Issue, Options};
use serde_json::{json, Value};
use std::io;

struct Args {
    file: Option<String>,
    options: Options,
}

fn parse_args(args: &[String]) -> Result<Args, Usage> {
    let mut options = OptionArgs::default();
    let file = parse_flags(args, |flag, values| {
        match flag {
            "--region" => options.region = Some(values.value(flag)?),
            "--options" => options.set_json(values.value(flag)?)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Args {
        file,
        options: options.build()?,
    })
}

/// The text and default region of one line (a JSON string, or `{"input", "region"}`), or
/// the issue refusing it.
fn text_and_region(
    value: &Value,
    default: Option<&str>,
) -> Result<(String, Option<String>), Box<Issue>> {
    let shape = || {
        Box::new(
            Issue::new(
                Code::InvalidType,
                "Expected a string or an object with a string \"input\"",
            )
            .param("expected", "string or object"),
        )
    };
    match value {
        Value::String(s) => Ok((s.clone(), default.map(str::to_owned))),
        Value::Object(map) => {
            let Some(Value::String(input)) = map.get("input") else {
                return Err(shape());
            };
            let region = match map.get("region") {
                Some(Value::String(r)) => Some(r.clone()),
                Some(Value::Null) | None => default.map(str::to_owned),
                Some(_) => return Err(shape()),
            };
            Ok((input.clone(), region))
        }
        _ => Err(shape()),
    }
}

/// The answer for one line: `formatted` (with `region` and `e164` once the number is valid),
/// or `issues`.
fn answer(line: Text<'_>, options: &Options) -> Result<Value, Box<Issue>> {
    let value = parse_line(line, options)?;
    let (text, region) = text_and_region(&value, options.default_region.as_deref())?;
    let shown = phone::format_as_you_type(&text, region.as_deref()).map_err(Box::new)?;
    Ok(serde_json::to_value(shown).unwrap_or_default())
}

/// Runs the command; `Ok(true)` when every line got an answer without an issue.
pub(crate) fn main(args: &[String]) -> Result<io::Result<bool>, Usage> {
    let args = parse_args(args)?;
    Ok(run(&args))
}

fn run(args: &Args) -> io::Result<bool> {
    let options = &args.options;
    answer_lines(
        args.file.as_deref(),
        options.max_input_bytes,
        1,
        |line| match answer(line, options) {
            Ok(Value::Object(fields)) => (fields, true),
            Ok(_) => (serde_json::Map::new(), true),
            Err(issue) => {
                let mut fields = serde_json::Map::new();
                fields.insert("issues".into(), json!([*issue]));
                (fields, false)
            }
        },
    )
}
