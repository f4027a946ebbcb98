//! `customer-validate`: the command-line surface. Thin over the library: it parses
//! arguments, streams JSON Lines in, and writes one JSON verdict per line out.
//!
//! ```text
//! customer-validate check phone|email|country [--region XX] [FILE]
//! ```
//! Exit codes: 0 every value valid, 1 some value invalid, 2 usage or I/O error.
#![forbid(unsafe_code)]

use customer_validate::check::{check_field, Field, Verdict};
use customer_validate::lines::{BoundedLines, Line};
use customer_validate::{Code, Issue, Options};
use serde_json::Value;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: customer-validate check <phone|email|country> [--region XX] [FILE]

Reads JSON Lines from FILE (or standard input): each line is a JSON string, or an
object {\"input\": \"...\", \"region\": \"NG\"} (region: default region for phones,
overriding --region). Writes one JSON verdict per line:
{\"line\": N, \"valid\": bool, \"normalized\": ..., \"issues\": [...], ...}.
Exit code: 0 all valid, 1 some invalid, 2 usage or I/O error.";

struct CheckArgs {
    field: Field,
    region: Option<String>,
    file: Option<String>,
}

fn parse_args(args: &[String]) -> Result<CheckArgs, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("check") => {}
        Some("-h" | "--help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command '{other}'")),
    }
    let field = it
        .next()
        .ok_or("check needs a field: phone, email or country")?
        .parse::<Field>()?;
    let mut region = None;
    let mut file = None;
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--region" => region = Some(it.next().ok_or("--region needs a value")?.clone()),
            s if s.starts_with("--region=") => region = Some(s["--region=".len()..].to_owned()),
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option '{s}'")),
            s if file.is_none() => file = Some(s.to_owned()),
            s => return Err(format!("unexpected argument '{s}'")),
        }
    }
    Ok(CheckArgs {
        field,
        region,
        file: file.filter(|f| f != "-"),
    })
}

/// Turns one input line into a verdict.
fn verdict_for_line(line: Line, args: &CheckArgs, options: &Options) -> Verdict {
    let bytes = match line {
        Line::TooLong { bytes } => {
            return Verdict::rejected(
                Issue::new(Code::TooLong, "Line is longer than the input limit")
                    .param("max", options.max_input_bytes)
                    .param("bytes", bytes),
            )
        }
        Line::Bytes(b) => b,
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Verdict::rejected(Issue::new(
            Code::EncodingInvalid,
            "Line is not valid UTF-8",
        ));
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) => {
            return Verdict::rejected(Issue::new(Code::JsonInvalid, "Line is not valid JSON"))
        }
    };
    let (input, region) = match &value {
        Value::String(s) => (s.as_str(), args.region.as_deref()),
        Value::Object(map) => {
            let Some(Value::String(input)) = map.get("input") else {
                return Verdict::rejected(Issue::new(
                    Code::InvalidType,
                    "Expected a string or an object with a string \"input\"",
                ));
            };
            let region = match map.get("region") {
                Some(Value::String(r)) => Some(r.as_str()),
                Some(Value::Null) | None => args.region.as_deref(),
                Some(_) => {
                    return Verdict::rejected(Issue::new(
                        Code::InvalidType,
                        "\"region\" must be a string",
                    ))
                }
            };
            (input.as_str(), region)
        }
        _ => {
            return Verdict::rejected(Issue::new(
                Code::InvalidType,
                "Expected a string or an object with a string \"input\"",
            ))
        }
    };
    check_field(args.field, input, region, options)
}

fn run(args: &CheckArgs) -> io::Result<bool> {
    let options = Options::default();
    let reader: Box<dyn BufRead> = match &args.file {
        Some(path) => Box::new(BufReader::with_capacity(
            64 * 1024,
            std::fs::File::open(path)?,
        )),
        None => Box::new(BufReader::with_capacity(64 * 1024, io::stdin().lock())),
    };
    let mut lines = BoundedLines::new(reader, options.max_input_bytes);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut all_valid = true;
    let mut line_no = 0u64;
    while let Some(line) = lines.next_line()? {
        line_no += 1;
        if matches!(&line, Line::Bytes(b) if b.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let verdict = verdict_for_line(line, args, &options);
        all_valid &= verdict.valid;
        let mut record = serde_json::Map::new();
        record.insert("line".into(), line_no.into());
        if let Ok(Value::Object(v)) = serde_json::to_value(&verdict) {
            record.extend(v);
        }
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(all_valid)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let parsed = match parse_args(&args) {
        Ok(a) => a,
        Err(msg) => {
            if msg.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("customer-validate: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&parsed) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("customer-validate: {e}");
            ExitCode::from(2)
        }
    }
}
