//! Each field checker on its own: phones (national, international, mixed regions), emails
//! (ASCII, IDN), countries (code, name, alias), names, postal codes and whole addresses.
//! Mixed-region phones come from the Rapyd data (see `common/mod.rs`); the rest are fixed inputs.
//!
//! `cargo bench --bench fields` (scripts/bench runs it with short timings).
// The checkers' house signature is `Result<T, Issue>` (see src/lib.rs).
#![allow(clippy::result_large_err)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use customer_validate::fields::address::{self, Address};
use customer_validate::fields::{country, email, phone, text};
use customer_validate::Options;
use std::hint::black_box;
use std::time::Duration;

mod common;

/// Cycles through `items`, one per iteration.
fn cycle<T, R>(b: &mut criterion::Bencher<'_>, items: &[T], mut f: impl FnMut(&T) -> R) {
    let mut i = 0;
    b.iter(|| {
        let item = &items[i % items.len()];
        i += 1;
        black_box(f(black_box(item)))
    });
}

/// (number as typed, the address country) of every address phone in the Rapyd data.
fn address_phones() -> Vec<(String, String)> {
    let (lines, _) = common::create_lines("rapyd", 20_000);
    let mut out = Vec::new();
    for line in lines {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(a) = v["addresses"].get(0) else {
            continue;
        };
        if let (Some(p), Some(c)) = (a["phone_number"].as_str(), a["country"].as_str()) {
            if let Ok(c) = country::lookup(c) {
                out.push((p.to_owned(), c.alpha2.to_owned()));
            }
        }
    }
    out
}

fn phones(c: &mut Criterion) {
    let mut g = c.benchmark_group("phone");
    g.throughput(Throughput::Elements(1));
    let national = [
        ("0803 123 4567", "NG"),
        ("(415) 555-0132", "US"),
        ("030 1234567", "DE"),
    ];
    let international = [
        ("+234 803 123 4567", "US"),
        ("+1 415-555-0132", "US"),
        ("+49 30 1234567", "US"),
    ];
    g.bench_function("national", |b| {
        cycle(b, &national, |(n, r)| phone::parse(n, Some(r)))
    });
    g.bench_function("international", |b| {
        cycle(b, &international, |(n, r)| phone::parse(n, Some(r)))
    });
    let mixed = address_phones();
    if !mixed.is_empty() {
        g.bench_function("mixed_regions", |b| {
            cycle(b, &mixed, |(n, r)| phone::parse(n, Some(r.as_str())))
        });
    }
    g.finish();
}

fn emails(c: &mut Criterion) {
    let o = Options::default();
    let mut g = c.benchmark_group("email");
    g.throughput(Throughput::Elements(1));
    let ascii = [
        "ada.obi@example.com",
        " Jane.Doe@Example.ORG ",
        "x+tag@mail.example.net",
    ];
    let idn = [
        "jürgen@münchen.example.com",
        "hanako@例え.example.jp",
        "zoë@köln.example.org",
    ];
    g.bench_function("ascii", |b| cycle(b, &ascii, |e| email::check(e, &o)));
    g.bench_function("idn", |b| cycle(b, &idn, |e| email::check(e, &o)));
    g.finish();
}

fn countries(c: &mut Criterion) {
    let mut g = c.benchmark_group("country");
    g.throughput(Throughput::Elements(1));
    for (kind, inputs) in [
        ("code", ["NG", "de", "USA"]),
        ("name", ["Nigeria", "Germany", "Côte d’Ivoire"]),
        ("alias", ["UK", "Ivory Coast", "South Korea"]),
    ] {
        g.bench_with_input(BenchmarkId::from_parameter(kind), &inputs, |b, inputs| {
            cycle(b, inputs, |s| country::lookup(s))
        });
    }
    g.finish();
}

fn names_and_addresses(c: &mut Criterion) {
    let o = Options::default();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Elements(1));
    let names = [
        "  Ada   Lovelace ",
        "Chloé Bouchard",
        "佐藤 花子",
        "Siobhán O'Connor",
    ];
    g.bench_function("name", |b| cycle(b, &names, |n| text::name(n, &o)));
    g.finish();

    let mut g = c.benchmark_group("address");
    g.throughput(Throughput::Elements(1));
    let postal = [
        ("GB", "sw1a1aa"),
        ("US", "94105-1234"),
        ("JP", "1500012"),
        ("NL", "1012 ab"),
    ];
    g.bench_function("postal_code", |b| {
        cycle(b, &postal, |(c, z)| address::check_postal_code(c, z))
    });
    let addresses = [
        Address {
            line_1: Some("123 Main St"),
            city: Some("San Francisco"),
            state: Some("california"),
            zip: Some("94105"),
            country: Some("us"),
            ..Address::default()
        },
        Address {
            line_1: Some("10 Downing St"),
            city: Some("London"),
            zip: Some("sw1a2aa"),
            country: Some("United Kingdom"),
            ..Address::default()
        },
        Address {
            line_1: Some("Shibuya 1-2-3"),
            city: Some("Shibuya-ku"),
            state: Some("Tokyo"),
            zip: Some("150-0002"),
            country: Some("JP"),
            ..Address::default()
        },
    ];
    g.bench_function("whole", |b| cycle(b, &addresses, |a| address::check(a, &o)));
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500))
        .sample_size(20)
}

criterion_group! {
    name = benches;
    config = config();
    targets = phones, emails, countries, names_and_addresses
}
criterion_main!(benches);
