//! Compares `fields::email::check` (default options) with a JSONL file of reference answers
//! (`{"input", "valid", "normalized", "ascii_email"}` per line, as written by
//! `scripts/gen_email_fuzz.py` or `scripts/gen_email_vectors.py`) and prints the agreement and
//! the first disagreements. Exploratory: the committed, asserted comparison is
//! `tests/email_vectors.rs`.
//!
//! `cargo run --release --example email_compare -- FILE.jsonl [MAX_SHOWN]`

use customer_validate::fields::email;
use customer_validate::Options;
use serde_json::Value;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: email_compare FILE.jsonl [MAX_SHOWN]");
        std::process::exit(2);
    };
    let max_shown: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(50);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let options = Options::default();
    let (mut total, mut differ) = (0usize, 0usize);
    for line in text.lines() {
        let Ok(case) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let (Some(input), Some(valid)) = (case["input"].as_str(), case["valid"].as_bool()) else {
            continue; // the meta line
        };
        total += 1;
        let ours = email::check(input, &options);
        let agree = match &ours {
            Ok(e) => {
                valid
                    && case["normalized"].as_str() == Some(e.address.as_str())
                    && case["ascii_email"].as_str().is_none_or(|a| a == e.ascii)
            }
            Err(_) => !valid,
        };
        if !agree {
            differ += 1;
            if differ <= max_shown {
                let ours = match &ours {
                    Ok(e) => format!("valid {:?}", e.address),
                    Err(i) => format!("invalid {} {}", i.code, Value::Object(i.params.clone())),
                };
                println!(
                    "{input:?}: ours {ours}; reference {} {}",
                    case["normalized"], case["error"]
                );
            }
        }
    }
    println!(
        "agreement {}/{total} = {:.3}% ({differ} disagreements)",
        total - differ,
        if total == 0 {
            0.0
        } else {
            (total - differ) as f64 * 100.0 / total as f64
        }
    );
}
