//! Shared by the criterion benches: where the inputs come from.
//!
//! The benches read `target/bench-data/` (written by `scripts/gen_bench_data.py`, which
//! `scripts/bench` runs first) and fall back to the committed samples in `examples/`, so
//! `cargo bench` and `cargo test --all-targets` work on a fresh clone too.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Up to `max` non-blank lines of the provider's create file, and where they came from.
pub fn create_lines(provider: &str, max: usize) -> (Vec<String>, String) {
    let candidates = [
        root().join(format!("target/bench-data/{provider}-create.jsonl")),
        root().join(format!("examples/{provider}-create.jsonl")),
    ];
    for path in candidates {
        if let Ok(text) = std::fs::read_to_string(&path) {
            let lines: Vec<String> = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .take(max)
                .map(str::to_owned)
                .collect();
            if !lines.is_empty() {
                return (lines, path.display().to_string());
            }
        }
    }
    (Vec::new(), String::from("(none)"))
}
