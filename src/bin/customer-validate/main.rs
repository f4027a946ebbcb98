//! `customer-validate`: the command-line surface. Thin over the library: it parses
//! arguments, streams records in, and writes one JSON line per record out.
//!
//! ```text
//! customer-validate validate --provider P --operation O [--format jsonl|csv] [--delimiter D] [--jobs N] [--options JSON|@FILE] [FILE|-]
//! customer-validate check phone|email|country [--region XX] [--jobs N] [--options JSON|@FILE] [FILE|-]
//! customer-validate check postal --country XX [FILE|-]
//! customer-validate check address [--deliverable] [--options JSON|@FILE] [FILE|-]
//! customer-validate convert --to P [--from P] [--operation create|update] [--jobs N] [--options JSON|@FILE] [FILE|-]
//! customer-validate format-as-you-type [--region XX] [--options JSON|@FILE] [FILE|-]
//! customer-validate address-format CC [CC...]
//! customer-validate messages [--locale L]
//! ```
//! `validate`, `check` and `convert` also take `--locale L`.
//! Exit codes: 0 every record valid, 1 some record invalid, 2 usage or I/O error (the message
//! names the file). `validate`, `check` and `convert` run on every core (`pipeline`), the
//! report in input order.
#![forbid(unsafe_code)]

/// mimalloc rather than the system's malloc: on glibc, one thread's `--jobs 1` runs about 15 %
/// fewer instructions, and the worker threads lose their extra cost in glibc's per-thread
/// arenas (decisions.md, "Every core").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod check_cmd;
mod chunks;
mod convert_cmd;
mod format_cmd;
mod input;
mod layout_cmd;
mod locale_arg;
mod options_arg;
mod pipeline;
mod progress;
mod validate_cmd;

use std::io;
use std::process::ExitCode;

/// [`USAGE`] with the provider and operation names the library lists.
fn usage() -> String {
    fn names<T: std::fmt::Display>(all: &[T]) -> String {
        all.iter().map(T::to_string).collect::<Vec<_>>().join(", ")
    }
    USAGE
        .replace("{providers}", &names(customer_validate::Provider::ALL))
        .replace("{operations}", &names(customer_validate::Operation::ALL))
}

const USAGE: &str = "\
usage:
  customer-validate validate --provider P --operation O [--format jsonl|csv] [--delimiter D]
                             [--keep-unknown] [--region XX] [--deliverable] [--jobs N]
                             [--options JSON|@FILE] [FILE|-]
  customer-validate check <phone|email|country> [--region XX] [--jobs N]
                          [--options JSON|@FILE] [FILE|-]
  customer-validate check postal --country XX [--jobs N] [--options JSON|@FILE] [FILE|-]
  customer-validate check address [--deliverable] [--jobs N] [--options JSON|@FILE] [FILE|-]
  customer-validate convert [--to P] [--from P] [--operation create|update] [--region XX]
                            [--deliverable] [--account 0x.. --timestamp MS]
                            [--customer-id ID] [--jobs N] [--options JSON|@FILE] [FILE|-]
  customer-validate format-as-you-type [--region XX] [--options JSON|@FILE] [FILE|-]
  customer-validate address-format CC [CC...]
  customer-validate messages [--locale L]

--locale L (validate, check, convert): each issue's message in language L, a BCP 47 tag
  (en, es, pt-BR, fr, de, it, nl, pl, tr, ja, zh-CN, ar; fr-CA reads as fr, pt as pt-BR,
  anything else as en). Without it, messages are the library's English detail.

messages: one JSON line per issue code, {\"code\", \"message\"}: the message template users
  see in --locale L (default en), {param} where an issue's params.param goes; where the
  text depends on a named case (params.reason, params.unit), that line is the default and
  one line per case follows, e.g. {\"code\", \"reason\": \"immutable\", \"message\"}.

validate: checks each record (a JSON object per line, or a CSV row whose dotted column
  names are paths, e.g. metadata.name; Authvia's repeated `address` columns become
  `addresses` in order) against the provider operation's rules. Writes one JSON line per
  record to standard output: {\"line\", \"ok\", \"normalized\"} or {\"line\", \"ok\": false,
  \"issues\"}; a summary with counts per issue code goes to standard error, with a progress
  bar when standard error is a terminal. `line` is the physical line where the record starts
  (LF, CRLF or CR line ends); a leading UTF-8 byte order mark is skipped.

--delimiter D: the CSV delimiter, one ASCII character or `tab`. Without it, the header's most
  frequent of `,` `;` tab `|` outside quotes (a tie: the earlier in that list; none: `,`);
  the summary names the one used.

--jobs N: worker threads for validate, check and convert (default: the cores available);
  the report is in input order and the same whatever N. --jobs 1 runs on one thread.
  providers: {providers}
  operations: {operations}

check: reads JSON Lines (a JSON string, or {\"input\": \"...\", \"region\": \"NG\"}; for postal
  codes {\"input\": \"...\", \"country\": \"GB\"}) and writes one verdict per line:
  {\"line\", \"valid\", \"normalized\", \"issues\", ...extras}. `check address` reads one address
  object per line with Rapyd's member names (name, line_1, line_2, city, district, state,
  zip, country), checks it against its country's rules, and reports issues on those names.

--deliverable: what an address's country rules find (a postal code out of format or out of
  the state's range, a state that is none of the country's, a field a complete address of
  the country has) is an error; without it those are warnings and the record stays valid,
  since no provider refuses a customer for them.

--options JSON|@FILE: the library's Options as a JSON object (the shape the npm package
  takes), inline or read from FILE: the limits (max_issues, max_input_bytes...), email, text,
  address and metadata policies, unknown_fields, default_region, now_ms and every provider's
  switches, e.g. '{\"authvia\": {\"drop_duplicate_addresses\": true}}' or
  '{\"address\": {\"deliverable\": true}}'. Keys left out keep their defaults; an unknown key
  or a value of the wrong type is a usage error naming the key. --region, --keep-unknown and
  --deliverable are applied on top of --options wherever they stand: the flag wins. For
  `check phone`, a line's region comes first, then --region, then default_region.

convert: reads canonical customers (JSON Lines; with --from P, P's payloads or response
  objects, read into canonical customers) and writes P's payload for each (--to P):
  {\"line\", \"ok\", \"normalized\"} or {\"line\", \"ok\": false, \"issues\"}, issues on the
  canonical fields to fill. Without --to it writes the canonical customer. Calypso's
  envelope takes --account and --timestamp (default: now); its update --customer-id.

format-as-you-type: reads phone field texts as `check phone` does (a JSON string, or
  {\"input\": \"...\", \"region\": \"GB\"}) and writes what the field should show as the
  number is typed, libphonenumber's as-you-type formatting: {\"line\", \"formatted\"}, with
  \"region\" and \"e164\" once the digits are a valid number, or {\"line\", \"issues\"}.

address-format: writes each country's address layout (code, name or alias), one JSON line
  per country: {\"country\", \"lines\", \"latin_lines\", \"required\", \"uppercase\", \"labels\":
  {\"state\", \"postal_code\", \"city\", \"district\"}, \"has_postal_code\",
  \"postal_code_examples\", \"postal_code_prefix\", \"subdivisions\": [{\"key\", \"name\",
  \"latin_name\"}]}, from Google's address data; an unknown country gets {\"country\",
  \"issues\"}.

Exit code: 0 all valid, 1 some invalid (format-as-you-type: some line with an issue;
address-format: some unknown country), 2 usage or I/O error.";

/// A usage error (exit 2); an empty message means `--help` (exit 0).
pub(crate) struct Usage(pub String);

impl<T: Into<String>> From<T> for Usage {
    fn from(s: T) -> Self {
        Usage(s.into())
    }
}

/// The values after an option (`--to P`), for [`parse_flags`]'s callback.
pub(crate) struct Values<'a, 'b>(&'a mut std::slice::Iter<'b, String>);

impl Values<'_, '_> {
    /// The option's value, or the usage error naming it.
    pub(crate) fn value(&mut self, name: &str) -> Result<String, Usage> {
        self.0
            .next()
            .cloned()
            .ok_or_else(|| Usage(format!("{name} needs a value")))
    }
}

/// The commands' shared argument loop: each `--option` goes to `flag` (true when it knew
/// it), `-h`/`--help` asks for usage, anything else starting with `-` (but `-`) is unknown,
/// and at most one FILE is returned.
pub(crate) fn parse_flags(
    args: &[String],
    mut flag: impl FnMut(&str, &mut Values) -> Result<bool, Usage>,
) -> Result<Option<String>, Usage> {
    let mut file = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg.starts_with("--") && arg != "--help" && flag(arg, &mut Values(&mut it))? {
            continue;
        }
        match arg.as_str() {
            "-h" | "--help" => return Err(Usage(String::new())),
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option '{s}'").into())
            }
            s if file.is_none() => file = Some(s.to_owned()),
            s => return Err(format!("unexpected argument '{s}'").into()),
        }
    }
    Ok(file)
}

/// The loop of the one-line-in, one-line-out commands (`check`, `format-as-you-type`): reads
/// FILE (or standard input) as bounded lines, skips blank ones, and writes for each other
/// line `{"line": N, …}` with the members `answer` gives (on `jobs` threads, in input order)
/// and whether it was fine. `Ok(true)` when every line was. Read in [`chunks`] like
/// `validate`'s JSON Lines.
pub(crate) fn answer_lines(
    file: Option<&str>,
    max_line_bytes: usize,
    jobs: usize,
    answer: impl Fn(chunks::Text<'_>) -> (serde_json::Map<String, serde_json::Value>, bool) + Sync,
) -> io::Result<bool> {
    use std::io::Write;
    let input = input::open(file)?;
    let mut chunks = chunks::LineChunks::new(input.reader, max_line_bytes, chunks::CHUNK_BYTES);
    let mut out = input::stdout();
    let mut all_ok = true;
    // Written chunks' buffers (input, report), to be filled again.
    let spare = std::cell::RefCell::new(Vec::<(Vec<u8>, Vec<u8>)>::new());
    let next = || -> io::Result<_> {
        let (buf, report) = spare.borrow_mut().pop().unwrap_or_default();
        Ok(chunks.next_chunk(buf)?.map(|c| (c, report)))
    };
    let work = |(chunk, mut report): (chunks::Chunk, Vec<u8>)| {
        let mut ok = true;
        for (line_no, text) in chunk.lines(max_line_bytes) {
            let (fields, fine) = answer(text);
            ok &= fine;
            let mut record = serde_json::Map::new();
            record.insert("line".into(), line_no.into());
            record.extend(fields);
            locale_arg::localize(&mut record);
            // Writing to a vector cannot fail, and a `Map` always serializes.
            let _ = serde_json::to_writer(&mut report, &record);
            report.push(b'\n');
        }
        (chunk.bytes, report, ok)
    };
    pipeline::run_ordered(jobs, next, work, |(buf, mut report, ok)| {
        all_ok &= ok;
        out.write_all(&report)?;
        report.clear();
        spare.borrow_mut().push((buf, report));
        Ok(())
    })?;
    out.flush()?;
    Ok(all_ok)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("validate") => locale_arg::take(&args[1..]).and_then(|a| validate_cmd::main(&a)),
        Some("check") => locale_arg::take(&args[1..]).and_then(|a| check_cmd::main(&a)),
        Some("convert") => locale_arg::take(&args[1..]).and_then(|a| convert_cmd::main(&a)),
        Some("messages") => locale_arg::messages(&args[1..]),
        Some("format-as-you-type") => format_cmd::main(&args[1..]),
        Some("address-format") => layout_cmd::main(&args[1..]),
        Some("-h" | "--help") | None => Err(Usage(String::new())),
        Some(other) => Err(Usage(format!("unknown command '{other}'"))),
    };
    match result {
        Ok(Ok(true)) => ExitCode::SUCCESS,
        Ok(Ok(false)) => ExitCode::from(1),
        Ok(Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("customer-validate: {e}");
            ExitCode::from(2)
        }
        Err(Usage(msg)) if msg.is_empty() => {
            println!("{}", usage());
            ExitCode::SUCCESS
        }
        Err(Usage(msg)) => {
            eprintln!("customer-validate: {msg}\n\n{}", usage());
            ExitCode::from(2)
        }
    }
}
