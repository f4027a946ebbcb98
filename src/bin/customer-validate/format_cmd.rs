//! `customer-validate format-as-you-type`: what a phone field shows while a number is typed,
//! one JSON line in, one out.

use crate::check_cmd::parse_line;
use crate::options_arg::OptionArgs;
use crate::{open_input, parse_flags, Usage};
use customer_validate::fields::phone;
use customer_validate::lines::{BoundedLines, Line};
use customer_validate::{Code, Issue, Options};
use serde_json::{json, Value};
use std::io::{self, BufWriter, Write};

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
fn answer(line: Line, options: &Options) -> Result<Value, Box<Issue>> {
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
    let (reader, _) = open_input(args.file.as_deref())?;
    let mut lines = BoundedLines::new(reader, options.max_input_bytes);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut all_ok = true;
    let mut line_no = 0u64;
    while let Some(line) = lines.next_line()? {
        line_no += 1;
        if matches!(&line, Line::Bytes(b) if b.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let mut record = serde_json::Map::new();
        record.insert("line".into(), line_no.into());
        match answer(line, options) {
            Ok(Value::Object(fields)) => record.extend(fields),
            Ok(_) => {}
            Err(issue) => {
                all_ok = false;
                record.insert("issues".into(), json!([*issue]));
            }
        }
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(all_ok)
}
