//! `customer-validate validate`: whole payloads per provider operation, over JSON Lines or CSV.

use crate::options_arg::OptionArgs;
use crate::progress::Progress;
use crate::{open_input, parse_flags, Usage};
use customer_validate::lines::{BoundedLines, Line};
use customer_validate::rows::{row_to_json, Columns};
use customer_validate::{validate, Code, Issue, Operation, Options, Provider, Report};
use serde_json::Map;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Jsonl,
    Csv,
}

struct Args {
    provider: Provider,
    operation: Operation,
    format: Format,
    file: Option<String>,
    options: Options,
}

fn parse_args(args: &[String]) -> Result<Args, Usage> {
    let mut provider = None;
    let mut operation = None;
    let mut format = None;
    let mut options = OptionArgs::default();
    let file = parse_flags(args, |arg, v| {
        match arg {
            "--provider" => provider = Some(v.value("--provider")?.parse::<Provider>()?),
            "--operation" => operation = Some(v.value("--operation")?.parse::<Operation>()?),
            "--format" => {
                format = Some(match v.value("--format")?.as_str() {
                    "jsonl" => Format::Jsonl,
                    "csv" => Format::Csv,
                    other => return Err(format!("unknown format '{other}' (jsonl or csv)").into()),
                })
            }
            "--options" => options.set_json(v.value("--options")?)?,
            "--region" => options.region = Some(v.value("--region")?),
            "--keep-unknown" => options.keep_unknown = true,
            "--deliverable" => options.deliverable = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    let options = options.build()?;
    let provider = provider.ok_or("--provider is required")?;
    let operation = operation.ok_or("--operation is required")?;
    if provider.spec(operation).is_none() {
        return Err(format!("{provider} has no {operation} operation").into());
    }
    let format = format.unwrap_or(match &file {
        Some(f) if f.to_ascii_lowercase().ends_with(".csv") => Format::Csv,
        _ => Format::Jsonl,
    });
    Ok(Args {
        provider,
        operation,
        format,
        file,
        options,
    })
}

/// Runs the command; `Ok(true)` when every record was valid.
pub(crate) fn main(args: &[String]) -> Result<io::Result<bool>, Usage> {
    let args = parse_args(args)?;
    Ok(run(&args))
}

/// Counts for the summary on standard error.
#[derive(Default)]
struct Summary {
    records: u64,
    valid: u64,
    by_code: BTreeMap<&'static str, u64>,
}

/// The report writer shared by `validate` and `convert`: one JSON line per record, counts
/// for the summary.
pub(crate) struct Output<W: Write> {
    out: W,
    summary: Summary,
}

impl<W: Write> Output<W> {
    pub(crate) fn new(out: W) -> Self {
        Output {
            out,
            summary: Summary::default(),
        }
    }

    /// Flushes the report and writes the summary (`label` names what was run) to standard
    /// error; true when every record was valid.
    pub(crate) fn finish(mut self, label: &str) -> io::Result<bool> {
        self.out.flush()?;
        let s = &self.summary;
        eprintln!(
            "{} records: {} valid, {} invalid ({label})",
            s.records,
            s.valid,
            s.records - s.valid,
        );
        for (code, n) in &s.by_code {
            eprintln!("  {n:>8}  {code}");
        }
        Ok(s.valid == s.records)
    }

    pub(crate) fn record(
        &mut self,
        line: u64,
        result: Result<customer_validate::rules::Normalized, Report>,
    ) -> io::Result<()> {
        self.summary.records += 1;
        let mut rec = Map::new();
        rec.insert("line".into(), line.into());
        match result {
            Ok(n) => {
                self.summary.valid += 1;
                rec.insert("ok".into(), true.into());
                rec.insert("normalized".into(), n.value);
                if !n.warnings.is_empty() {
                    for w in &n.warnings {
                        *self.summary.by_code.entry(w.code.as_str()).or_default() += 1;
                    }
                    rec.insert(
                        "warnings".into(),
                        serde_json::to_value(&n.warnings).unwrap_or_default(),
                    );
                }
            }
            Err(report) => {
                rec.insert("ok".into(), false.into());
                for i in report.issues() {
                    *self.summary.by_code.entry(i.code.as_str()).or_default() += 1;
                }
                if report.truncated() {
                    rec.insert("truncated".into(), true.into());
                }
                rec.insert(
                    "issues".into(),
                    serde_json::to_value(report.issues()).unwrap_or_default(),
                );
            }
        }
        crate::locale_arg::localize(&mut rec);
        serde_json::to_writer(&mut self.out, &rec)?;
        self.out.write_all(b"\n")
    }

    fn rejected(&mut self, line: u64, issue: Issue, limit: usize) -> io::Result<()> {
        let mut report = Report::with_limit(limit);
        report.push(issue);
        self.record(line, Err(report))
    }
}

fn run(args: &Args) -> io::Result<bool> {
    let (reader, total) = open_input(args.file.as_deref())?;
    let stdout = io::stdout();
    let mut output = Output::new(BufWriter::with_capacity(64 * 1024, stdout.lock()));
    let progress = Progress::new(total);
    match args.format {
        Format::Jsonl => run_jsonl(reader, &args.options, &mut output, &progress, |text| {
            customer_validate::validate_json(args.provider, args.operation, text, &args.options)
        })?,
        Format::Csv => run_csv(reader, args, &mut output, &progress)?,
    }
    progress.finish();
    output.finish(&format!("{} {}", args.provider, args.operation))
}

/// Streams JSON Lines: each non-blank line (bounded by `max_input_bytes`, UTF-8) goes to
/// `each`, whose answer is one report line; unreadable lines are reported as such.
pub(crate) fn run_jsonl(
    reader: Box<dyn io::BufRead>,
    o: &Options,
    output: &mut Output<impl Write>,
    progress: &Progress,
    mut each: impl FnMut(&str) -> Result<customer_validate::rules::Normalized, Report>,
) -> io::Result<()> {
    let mut lines = BoundedLines::new(reader, o.max_input_bytes);
    let mut line_no = 0u64;
    while let Some(line) = lines.next_line()? {
        line_no += 1;
        progress.update(lines.bytes_read(), line_no);
        let bytes = match line {
            Line::Bytes(b) if b.iter().all(u8::is_ascii_whitespace) => continue,
            Line::Bytes(b) => b,
            Line::TooLong { .. } => {
                let issue =
                    Issue::new(Code::PayloadTooLarge, "Line is larger than the input limit")
                        .param("max", o.max_input_bytes);
                output.rejected(line_no, issue, o.max_issues)?;
                continue;
            }
        };
        let Ok(text) = std::str::from_utf8(&bytes) else {
            output.rejected(
                line_no,
                Issue::new(Code::EncodingInvalid, "Line is not valid UTF-8"),
                o.max_issues,
            )?;
            continue;
        };
        output.record(line_no, each(text))?;
    }
    Ok(())
}

fn run_csv(
    reader: Box<dyn io::BufRead>,
    args: &Args,
    output: &mut Output<impl Write>,
    progress: &Progress,
) -> io::Result<()> {
    let o = &args.options;
    let mut csv = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(reader);
    let mut record = csv::ByteRecord::new();
    let mut columns: Option<Columns> = None;
    loop {
        let more = match csv.read_byte_record(&mut record) {
            Ok(more) => more,
            Err(e) => match e.kind() {
                csv::ErrorKind::Io(_) => return Err(io::Error::other(e.to_string())),
                _ => {
                    let line = e.position().map_or(0, |p| p.line());
                    output.rejected(
                        line,
                        Issue::new(Code::CsvInvalid, "Row is not valid CSV"),
                        o.max_issues,
                    )?;
                    continue;
                }
            },
        };
        if !more {
            break;
        }
        let line = record.position().map_or(0, |p| p.line());
        progress.update(record.position().map_or(0, |p| p.byte()), line);
        let cells: Result<Vec<&str>, _> = record.iter().map(std::str::from_utf8).collect();
        let Ok(cells) = cells else {
            output.rejected(
                line,
                Issue::new(Code::EncodingInvalid, "Row is not valid UTF-8"),
                o.max_issues,
            )?;
            continue;
        };
        let Some(cols) = &columns else {
            match Columns::new(&cells, args.provider.csv_aliases()) {
                Ok(c) => columns = Some(c),
                Err(issue) => {
                    // Without a header no row can be read: report it and stop.
                    output.rejected(line, issue, o.max_issues)?;
                    return Ok(());
                }
            }
            continue;
        };
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match row_to_json(cols, &cells) {
            Ok(value) => {
                let result = validate(args.provider, args.operation, &value, o);
                output.record(line, result)?;
            }
            Err(issue) => output.rejected(line, issue, o.max_issues)?,
        }
    }
    Ok(())
}
