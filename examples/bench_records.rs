//! Records per second of `validate_json` over a JSON Lines file held in memory, one thread:
//! the native side of `scripts/bench` (docs/bench.md), timed the same way as the Python
//! peer's `bench/peers/python/bench_peer.py` (parse each line from text, validate, build the
//! normalized value; no output written inside the timed loop).
//!
//! ```text
//! cargo run --release --example bench_records -- FILE [--provider rapyd] [--operation create]
//!     [--runs 7] [--warmup 1] [--verdicts OUT.jsonl] [--options JSON]
//! ```
//! Prints one JSON object: records, valid, each run's seconds, the median and records/s.
//! `--verdicts` writes `{"ok", "normalized"|"issues"}` per line from the warm-up pass.

use customer_validate::{validate_json, Operation, Options, Provider};
use std::io::Write;
use std::time::Instant;

struct Args {
    file: String,
    provider: Provider,
    operation: Operation,
    runs: usize,
    warmup: usize,
    verdicts: Option<String>,
    options: Options,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        file: String::new(),
        provider: Provider::Rapyd,
        operation: Operation::Create,
        runs: 7,
        warmup: 1,
        verdicts: None,
        options: Options::default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--provider" => args.provider = value()?.parse()?,
            "--operation" => args.operation = value()?.parse()?,
            "--runs" => args.runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--warmup" => args.warmup = value()?.parse().map_err(|e| format!("--warmup: {e}"))?,
            "--verdicts" => args.verdicts = Some(value()?),
            "--options" => {
                args.options =
                    serde_json::from_str(&value()?).map_err(|e| format!("--options: {e}"))?
            }
            s if args.file.is_empty() && !s.starts_with("--") => args.file = s.to_owned(),
            s => return Err(format!("unexpected argument '{s}'")),
        }
    }
    if args.file.is_empty() || args.runs == 0 {
        return Err(
            "usage: bench_records FILE [--provider P] [--operation O] [--runs N] \
                    [--warmup N] [--verdicts OUT] [--options JSON]"
                .into(),
        );
    }
    Ok(args)
}

/// One pass over every line; returns the number of valid records.
fn pass(args: &Args, lines: &[&str], options: &Options, mut out: Option<&mut dyn Write>) -> usize {
    let mut valid = 0;
    for line in lines {
        let result = validate_json(args.provider, args.operation, line, options);
        valid += usize::from(result.is_ok());
        if let Some(w) = out.as_deref_mut() {
            let v = match result {
                Ok(n) => serde_json::json!({"ok": true, "normalized": n.value}),
                Err(r) => serde_json::json!({"ok": false, "issues": r.issues()}),
            };
            let _ = writeln!(w, "{v}");
        }
        std::hint::black_box(());
    }
    valid
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let text = std::fs::read_to_string(&args.file).unwrap_or_else(|e| {
        eprintln!("{}: {e}", args.file);
        std::process::exit(2);
    });
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let options = args.options.clone();

    let mut valid = 0;
    for i in 0..args.warmup.max(1) {
        let mut file = match (&args.verdicts, i) {
            (Some(path), 0) => Some(std::io::BufWriter::new(
                std::fs::File::create(path).unwrap_or_else(|e| {
                    eprintln!("{path}: {e}");
                    std::process::exit(2);
                }),
            )),
            _ => None,
        };
        valid = pass(
            &args,
            &lines,
            &options,
            file.as_mut().map(|f| f as &mut dyn Write),
        );
        if let Some(mut f) = file {
            let _ = f.flush();
        }
    }
    let mut secs: Vec<f64> = (0..args.runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(pass(&args, &lines, &options, None));
            start.elapsed().as_secs_f64()
        })
        .collect();
    let runs = secs.clone();
    secs.sort_by(f64::total_cmp);
    let median = if secs.len() % 2 == 1 {
        secs[secs.len() / 2]
    } else {
        (secs[secs.len() / 2 - 1] + secs[secs.len() / 2]) / 2.0
    };
    println!(
        "{}",
        serde_json::json!({
            "impl": "customer_validate (native)",
            "provider": args.provider, "operation": args.operation,
            "records": lines.len(), "valid": valid,
            "runs_s": runs, "median_s": median,
            "records_per_s": lines.len() as f64 / median,
        })
    );
}
