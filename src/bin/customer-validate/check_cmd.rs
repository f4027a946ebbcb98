//! `customer-validate check <field>`: one field (or one address object) per JSON line.

use crate::chunks::Text;
use crate::options_arg::OptionArgs;
use crate::{answer_lines, pipeline, Usage};
use customer_validate::check::{check_address, check_field, Field, Verdict};
use customer_validate::{Code, Issue, Options};
use serde_json::Value;
use std::io;

struct Args {
    field: Field,
    region: Option<String>,
    file: Option<String>,
    options: Options,
    jobs: usize,
}

fn parse_args(args: &[String]) -> Result<Args, Usage> {
    let mut it = args.iter();
    let field = it
        .next()
        .ok_or("check needs a field: phone, email, country, postal or address")?
        .parse::<Field>()?;
    let mut region = None;
    let mut file = None;
    let mut options = OptionArgs::default();
    let mut jobs = pipeline::default_jobs();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--options" => options.set_json(it.next().ok_or("--options needs a value")?.clone())?,
            "--region" => region = Some(it.next().ok_or("--region needs a value")?.clone()),
            "--country" => region = Some(it.next().ok_or("--country needs a value")?.clone()),
            "--deliverable" => options.deliverable = true,
            "--jobs" => jobs = pipeline::parse_jobs(it.next().ok_or("--jobs needs a value")?)?,
            "-h" | "--help" => return Err(Usage(String::new())),
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option '{s}'").into())
            }
            s if file.is_none() => file = Some(s.to_owned()),
            s => return Err(format!("unexpected argument '{s}'").into()),
        }
    }
    let options = options.build()?;
    // A phone's default region: the line's, else --region, else the options' default_region.
    if field == Field::Phone && region.is_none() {
        region.clone_from(&options.default_region);
    }
    Ok(Args {
        field,
        region,
        file,
        options,
        jobs,
    })
}

/// Turns one input line into a verdict, as a JSON object.
fn verdict_for_line(line: Text<'_>, args: &Args, options: &Options) -> Value {
    let verdict = match parse_line(line, options) {
        Ok(value) if args.field == Field::Address => {
            return serde_json::to_value(check_address(&value, options)).unwrap_or_default();
        }
        Ok(value) => field_verdict(&value, args, options),
        Err(issue) => Verdict::rejected(*issue),
    };
    serde_json::to_value(verdict).unwrap_or_default()
}

/// The JSON value of one line, or the issue refusing it.
pub(crate) fn parse_line(line: Text<'_>, options: &Options) -> Result<Value, Box<Issue>> {
    let bytes = match line {
        Text::TooLong { bytes } => {
            return Err(Box::new(
                Issue::new(Code::TooLong, "Line is longer than the input limit")
                    .param("max", options.max_input_bytes)
                    .param("unit", "bytes")
                    .param("received_length", bytes),
            ))
        }
        Text::Bytes(b) => b,
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(Box::new(Issue::new(
            Code::EncodingInvalid,
            "Line is not valid UTF-8",
        )));
    };
    serde_json::from_str(text)
        .map_err(|_| Box::new(Issue::new(Code::JsonInvalid, "Line is not valid JSON")))
}

/// One string field: a JSON string, or `{"input", "region"}` (`"country"` for postal codes).
fn field_verdict(value: &Value, args: &Args, options: &Options) -> Verdict {
    let shape = || {
        Verdict::rejected(
            Issue::new(
                Code::InvalidType,
                "Expected a string or an object with a string \"input\"",
            )
            .param("expected", "string or object"),
        )
    };
    let region_key = if args.field == Field::Postal {
        "country"
    } else {
        "region"
    };
    let (input, region) = match value {
        Value::String(s) => (s.as_str(), args.region.as_deref()),
        Value::Object(map) => {
            let Some(Value::String(input)) = map.get("input") else {
                return shape();
            };
            let region = match map.get(region_key) {
                Some(Value::String(r)) => Some(r.as_str()),
                Some(Value::Null) | None => args.region.as_deref(),
                Some(_) => return shape(),
            };
            (input.as_str(), region)
        }
        _ => return shape(),
    };
    check_field(args.field, input, region, options)
}

/// Runs the command; `Ok(true)` when every value was valid.
pub(crate) fn main(args: &[String]) -> Result<io::Result<bool>, Usage> {
    let args = parse_args(args)?;
    Ok(run(&args))
}

fn run(args: &Args) -> io::Result<bool> {
    let options = &args.options;
    answer_lines(
        args.file.as_deref(),
        options.max_input_bytes,
        args.jobs,
        |line| {
            let verdict = verdict_for_line(line, args, options);
            let valid = verdict["valid"] == true;
            match verdict {
                Value::Object(fields) => (fields, valid),
                _ => (serde_json::Map::new(), valid),
            }
        },
    )
}
