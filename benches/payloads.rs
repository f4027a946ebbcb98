//! Whole payloads per provider: `validate_json` (parse, validate, normalize) on each
//! provider's create records in turn, one record per iteration. Inputs: see `common/mod.rs`.
//!
//! `cargo bench --bench payloads` (scripts/bench runs it with short timings).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use customer_validate::{validate_json, Operation, Options, Provider};
use std::hint::black_box;
use std::time::Duration;

mod common;

/// Used when no data file is there (Authvia has no JSONL sample in `examples/`).
const AUTHVIA_FALLBACK: &str = r#"{"ref": "cust-00001", "addresses": [{"value": "+1 415-555-0132"}, {"value": "Ada@Example.com"}], "metadata": {"name": "Ada Obi"}}"#;

fn payloads(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("create");
    group.throughput(Throughput::Elements(1));
    for provider in [
        Provider::Rapyd,
        Provider::Bloc,
        Provider::Calypso,
        Provider::Authvia,
    ] {
        let (mut lines, _from) = common::create_lines(provider.as_str(), 5_000);
        if lines.is_empty() {
            lines.push(AUTHVIA_FALLBACK.to_owned());
        }
        let mut i = 0;
        group.bench_function(provider.as_str(), |b| {
            b.iter(|| {
                let line = &lines[i % lines.len()];
                i += 1;
                black_box(validate_json(
                    provider,
                    Operation::Create,
                    black_box(line),
                    &options,
                ))
            })
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500))
        .sample_size(20)
}

criterion_group! { name = benches; config = config(); targets = payloads }
criterion_main!(benches);
