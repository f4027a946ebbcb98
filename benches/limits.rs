//! Time of each huge input of `tests/limits.rs` (same inputs: `tests/limits_inputs/`), at
//! two sizes ten times apart, so `docs/security.md` can show the answer is linear in the
//! input (strings, lists, object keys) or bounded by a limit whatever the input (nesting,
//! payload bytes).
//!
//! `cargo bench --bench limits` (about a minute).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use customer_validate::{validate, validate_json, Operation, Options, Provider};
use serde_json::Value;
use std::hint::black_box;
use std::time::Duration;

#[path = "../tests/limits_inputs/mod.rs"]
mod inputs;
use inputs::*;

const MB: usize = 1024 * 1024;

fn bench_value(c: &mut Criterion, group: &str, sizes: &[(&str, Value)], options: &Options) {
    let mut g = c.benchmark_group(group);
    for (label, payload) in sizes {
        g.bench_with_input(BenchmarkId::new("validate", label), payload, |b, p| {
            b.iter(|| black_box(validate(Provider::Rapyd, Operation::Create, p, options)))
        });
    }
    g.finish();
}

fn bench_text(c: &mut Criterion, group: &str, sizes: &[(&str, String)], options: &Options) {
    let mut g = c.benchmark_group(group);
    for (label, text) in sizes {
        g.bench_with_input(BenchmarkId::new("validate_json", label), text, |b, t| {
            b.iter(|| {
                black_box(validate_json(
                    Provider::Rapyd,
                    Operation::Create,
                    t,
                    options,
                ))
            })
        });
    }
    g.finish();
}

fn limits(c: &mut Criterion) {
    let defaults = Options::default();
    let mut roomy = Options::default();
    roomy.max_input_bytes = 64 * MB;
    let rapyd = || base(Provider::Rapyd);
    let text = |v: &Value| serde_json::to_string(v).unwrap();

    // A phone string: `too_long` after one pass over it.
    let phone = |bytes| plant(rapyd(), &path(&["phone_number"]), long_phone(bytes));
    let phones = [("1MB", phone(MB)), ("10MB", phone(10 * MB))];
    bench_value(c, "phone_string", &phones, &defaults);
    let phone_texts = phones.each_ref().map(|(l, v)| (*l, text(v)));
    bench_text(c, "phone_string", &phone_texts, &roomy);

    // An address list: `too_many_items` (the walk does not descend into it).
    let list = |n| {
        plant(
            rapyd(),
            &path(&["addresses"]),
            many_addresses(Provider::Rapyd, n),
        )
    };
    let lists = [("10k", list(10_000)), ("100k", list(100_000))];
    bench_value(c, "addresses", &lists, &defaults);
    let list_texts = lists.each_ref().map(|(l, v)| (*l, text(v)));
    bench_text(c, "addresses", &list_texts, &roomy);

    // Metadata keys: `too_many_items` (counted, not read).
    let keys = |n| plant(rapyd(), &path(&["metadata"]), many_keys(n));
    let objects = [("10k", keys(10_000)), ("100k", keys(100_000))];
    bench_value(c, "metadata_keys", &objects, &defaults);
    let object_texts = objects.each_ref().map(|(l, v)| (*l, text(v)));
    bench_text(c, "metadata_keys", &object_texts, &roomy);

    // Nesting: the walk stops at max_depth, the parser at its recursion limit.
    let deep = |n| plant(rapyd(), &path(&["metadata"]), deep_array(n));
    let deeps = [("1k", deep(1_000)), ("10k", deep(10_000))];
    bench_value(c, "nesting", &deeps, &defaults);
    let deep_texts = [
        ("1k", deep_array_text(1_000)),
        ("10k", deep_array_text(10_000)),
    ];
    bench_text(c, "nesting", &deep_texts, &defaults);
    let [(_, a), (_, b)] = deeps;
    dismantle(a);
    dismantle(b);

    // Payload bytes: refused by length before parsing.
    let big = |bytes| text(&plant(rapyd(), &path(&["note"]), long_phone(bytes)));
    let bigs = [("1MB", big(MB)), ("10MB", big(10 * MB))];
    bench_text(c, "payload_too_large", &bigs, &defaults);
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = limits
}
criterion_main!(benches);
