//! `customer-validate validate`: whole payloads per provider operation, over JSON Lines or CSV.

use crate::chunks::{self, Chunk, LineChunks, Text};
use crate::options_arg::OptionArgs;
use crate::progress::Progress;
use crate::{input, parse_flags, pipeline, Usage};
use customer_validate::csv_file::{row_payload, CsvRow, CsvRows};
use customer_validate::{validate, Code, Issue, Operation, Options, Provider, Report};
use serde_json::Map;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{self, Write};

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
    delimiter: Option<u8>,
    jobs: usize,
}

fn parse_args(args: &[String]) -> Result<Args, Usage> {
    let mut provider = None;
    let mut operation = None;
    let mut format = None;
    let mut options = OptionArgs::default();
    let mut delimiter = None;
    let mut jobs = pipeline::default_jobs();
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
            "--delimiter" => delimiter = Some(input::parse_delimiter(&v.value("--delimiter")?)?),
            "--jobs" => jobs = pipeline::parse_jobs(&v.value("--jobs")?)?,
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
    if delimiter.is_some() && format != Format::Csv {
        return Err("--delimiter is for CSV input (--format csv or a .csv file)".into());
    }
    Ok(Args {
        provider,
        operation,
        format,
        file,
        options,
        delimiter,
        jobs,
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

impl Summary {
    /// Adds `other`'s counts, and empties it.
    fn take_from(&mut self, other: &mut Summary) {
        self.records += other.records;
        self.valid += other.valid;
        for (code, n) in std::mem::take(&mut other.by_code) {
            *self.by_code.entry(code).or_default() += n;
        }
        (other.records, other.valid) = (0, 0);
    }
}

/// The report lines of consecutive records (each with its `\n`), one after the other in one
/// buffer, and what the summary counts of them. Made on any thread; [`Output`] writes them in
/// input order, then the same buffer is filled again.
#[derive(Default)]
pub(crate) struct Rendered {
    bytes: Vec<u8>,
    summary: Summary,
}

/// Appends the report line of record `line` to `out`: `{"line", "ok": true, "normalized",
/// "warnings"?}` or `{"line", "ok": false, "truncated"?, "issues"}`.
pub(crate) fn render(
    out: &mut Rendered,
    line: u64,
    result: Result<customer_validate::rules::Normalized, Report>,
) {
    let mut rec = Map::new();
    rec.insert("line".into(), line.into());
    let summary = &mut out.summary;
    summary.records += 1;
    let mut count = |code: Code| *summary.by_code.entry(code.as_str()).or_default() += 1;
    match result {
        Ok(n) => {
            rec.insert("ok".into(), true.into());
            rec.insert("normalized".into(), n.value);
            n.warnings.iter().for_each(|w| count(w.code));
            if !n.warnings.is_empty() {
                rec.insert(
                    "warnings".into(),
                    serde_json::to_value(&n.warnings).unwrap_or_default(),
                );
            }
            summary.valid += 1;
        }
        Err(report) => {
            rec.insert("ok".into(), false.into());
            report.issues().iter().for_each(|i| count(i.code));
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
    // Writing to a vector cannot fail, and a `Map` always serializes.
    let _ = serde_json::to_writer(&mut out.bytes, &rec);
    out.bytes.push(b'\n');
}

/// Appends the report line of a record refused before the rules saw it.
pub(crate) fn rejected(out: &mut Rendered, line: u64, issue: Issue, limit: usize) {
    let mut report = Report::with_limit(limit);
    report.push(issue);
    render(out, line, Err(report));
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

    /// Writes the records' lines and counts them; `r` is left empty, to be filled again.
    pub(crate) fn write(&mut self, r: &mut Rendered) -> io::Result<()> {
        self.summary.take_from(&mut r.summary);
        let written = self.out.write_all(&r.bytes);
        r.bytes.clear();
        written
    }
}

fn run(args: &Args) -> io::Result<bool> {
    let input = input::open(args.file.as_deref())?;
    let mut output = Output::new(input::stdout());
    let progress = Progress::new(input.len);
    let mut label = format!("{} {}", args.provider, args.operation);
    match args.format {
        Format::Jsonl => run_jsonl(
            input.reader,
            &args.options,
            args.jobs,
            &mut output,
            &progress,
            |text| {
                customer_validate::validate_json(args.provider, args.operation, text, &args.options)
            },
        )?,
        Format::Csv => {
            let (delimiter, reader, how) = match args.delimiter {
                Some(d) => (d, input.reader, "given"),
                None => {
                    let (d, reader) = input::detect_delimiter(input.reader)?;
                    (d, reader, "detected")
                }
            };
            label += &format!(", CSV delimiter {} {how}", input::delimiter_name(delimiter));
            run_csv(reader, delimiter, args, &mut output, &progress)?;
        }
    }
    progress.finish();
    output.finish(&label)
}

/// Streams JSON Lines: each non-blank line (bounded by `max_input_bytes`, UTF-8) goes to
/// `each` (on `jobs` threads), whose answer is one report line; unreadable lines are
/// reported as such. Lines are numbered from 1 and reported in input order. The input is read
/// in [`chunks`] of whole lines that the workers split, and each chunk's report lines go
/// into one buffer; both buffers are used again once the report lines are written.
pub(crate) fn run_jsonl(
    reader: Box<dyn io::BufRead>,
    o: &Options,
    jobs: usize,
    output: &mut Output<impl Write>,
    progress: &Progress,
    each: impl Fn(&str) -> Result<customer_validate::rules::Normalized, Report> + Sync,
) -> io::Result<()> {
    let mut chunks = LineChunks::new(reader, o.max_input_bytes, chunks::CHUNK_BYTES);
    // Written batches' buffers (at most a window's worth: as many as were in flight).
    let spare = RefCell::new(Vec::<(Vec<u8>, Rendered)>::new());
    let next = || -> io::Result<_> {
        let (buf, out) = spare.borrow_mut().pop().unwrap_or_default();
        let chunk = chunks.next_chunk(buf)?;
        progress.show(chunks.bytes_read(), chunks.lines_read());
        Ok(chunk.map(|c| (c, out)))
    };
    let work = |(chunk, mut out): (Chunk, Rendered)| {
        for (line_no, text) in chunk.lines(o.max_input_bytes) {
            let bytes = match text {
                Text::Bytes(b) => b,
                Text::TooLong { .. } => {
                    let issue =
                        Issue::new(Code::PayloadTooLarge, "Line is larger than the input limit")
                            .param("max", o.max_input_bytes);
                    rejected(&mut out, line_no, issue, o.max_issues);
                    continue;
                }
            };
            match std::str::from_utf8(bytes) {
                Ok(text) => render(&mut out, line_no, each(text)),
                Err(_) => rejected(
                    &mut out,
                    line_no,
                    Issue::new(Code::EncodingInvalid, "Line is not valid UTF-8"),
                    o.max_issues,
                ),
            }
        }
        (chunk.bytes, out)
    };
    pipeline::run_ordered(jobs, next, work, |(buf, mut out)| {
        output.write(&mut out)?;
        spare.borrow_mut().push((buf, out));
        Ok(())
    })
}

/// Rows read by [`CsvRows`], each with its record, on their way to a worker.
type CsvBatch = Vec<(CsvRow, csv::ByteRecord)>;

/// Streams CSV ([`CsvRows`]: the header row, the first that is valid UTF-8, gives the columns;
/// each record's `line` is the physical line where it starts, whatever the line ends); each
/// later non-blank row is validated as the payload it makes, on `args.jobs` threads. The rows
/// are parsed on the reading thread (a quoted field may hold line ends) into batches whose
/// records, like the report buffers, are used again once written.
fn run_csv(
    reader: Box<dyn io::BufRead>,
    delimiter: u8,
    args: &Args,
    output: &mut Output<impl Write>,
    progress: &Progress,
) -> io::Result<()> {
    let o = &args.options;
    let mut rows = CsvRows::new(reader, delimiter, args.provider);
    // The header, on this thread: nothing else is in flight yet, so the order is kept.
    let mut record = csv::ByteRecord::new();
    let mut out = Rendered::default();
    let first = loop {
        match rows.next_row(&mut record)? {
            None => return Ok(()),
            Some(CsvRow::Refused { line, issue }) => {
                rejected(&mut out, line, issue, o.max_issues);
                output.write(&mut out)?;
            }
            Some(CsvRow::Record { line }) => break line,
        }
    };
    let Some(columns) = rows.columns().cloned() else {
        return Ok(());
    };
    // Written batches' item vectors, records and report buffers, to be filled again.
    let spare_items = RefCell::new(Vec::<CsvBatch>::new());
    let spare_records = RefCell::new(Vec::<csv::ByteRecord>::new());
    let spare_out = RefCell::new(Vec::<Rendered>::new());
    let mut first = Some((CsvRow::Record { line: first }, record));
    let next_item = || -> io::Result<Option<((CsvRow, csv::ByteRecord), usize)>> {
        if let Some(item) = first.take() {
            let size = item.1.as_slice().len();
            return Ok(Some((item, size)));
        }
        let mut record = spare_records.borrow_mut().pop().unwrap_or_default();
        let row = rows.next_row(&mut record)?;
        if let Some(CsvRow::Record { line }) = &row {
            progress.update(rows.bytes_read(), *line);
        }
        Ok(row.map(|row| {
            let size = record.as_slice().len();
            ((row, record), size)
        }))
    };
    let mut next_batch = pipeline::batches(next_item, || {
        spare_items.borrow_mut().pop().unwrap_or_default()
    });
    let next = || -> io::Result<Option<(CsvBatch, Rendered)>> {
        let out = spare_out.borrow_mut().pop().unwrap_or_default();
        Ok(next_batch()?.map(|items| (items, out)))
    };
    let work = |(items, mut out): (CsvBatch, Rendered)| {
        for (row, record) in &items {
            match row {
                CsvRow::Refused { line, issue } => {
                    rejected(&mut out, *line, issue.clone(), o.max_issues);
                }
                CsvRow::Record { line } => match row_payload(&columns, record) {
                    None => {}
                    Some(Ok(value)) => render(
                        &mut out,
                        *line,
                        validate(args.provider, args.operation, &value, o),
                    ),
                    Some(Err(issue)) => rejected(&mut out, *line, issue, o.max_issues),
                },
            }
        }
        (items, out)
    };
    pipeline::run_ordered(args.jobs, next, work, |(mut items, mut out)| {
        output.write(&mut out)?;
        spare_out.borrow_mut().push(out);
        spare_records
            .borrow_mut()
            .extend(items.drain(..).map(|(_, record)| record));
        spare_items.borrow_mut().push(items);
        Ok(())
    })
}
