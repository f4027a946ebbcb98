//! # customer-validate
//!
//! Validates and normalizes the customer payloads merchants send to payment providers
//! (Calypso, Bloc, Rapyd, Authvia) *before* they are sent, and reports every problem at once
//! as an [`Issue`]: path and JSON pointer, a stable [`Code`], a [`Severity`] (warnings never
//! block), an English message that never repeats the value, and params. One pure-Rust core,
//! used as this crate, as an npm package (WebAssembly) and as the `customer-validate` CLI.
//!
//! - [`validate`] / [`validate_json`]: a [`Provider`] [`Operation`]'s payload in; out, the
//!   exact JSON to send (E.164 phones, ISO country codes, A-label email domains, postal codes
//!   and states in the country's form) or a [`Report`] of every issue.
//! - [`Customer`]: a canonical customer collected once, turned into each provider's payload
//!   (`to_payload`), read back from one (`from_payload`), with what each provider still needs
//!   (`requirements`, `checklist`).
//! - [`fields`]: the field checkers on their own (phone, email, country, postal code and
//!   address, text, dates, ids).
//! - [`Options`]: limits, field policies, and each provider's open points as switches.
//!
//! ```
//! use customer_validate::{validate, Operation, Options, Provider};
//! use serde_json::json;
//!
//! let payload = json!({"name": " Ada  Lovelace ", "phone_number": "+1 (415) 555-9993"});
//! let out = validate(Provider::Rapyd, Operation::Create, &payload, &Options::default()).unwrap();
//! assert_eq!(out.value["name"], "Ada Lovelace");
//! assert_eq!(out.value["phone_number"], "+14155559993");
//!
//! let report = validate(Provider::Bloc, Operation::Create, &json!({}), &Options::default())
//!     .unwrap_err();
//! assert!(report.has_errors());
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// `Result<T, Issue>` is the house signature of every checker; an `Issue` (≈128 bytes) only
// moves on the error path, so boxing it would cost more than it saves.
#![allow(clippy::result_large_err)]

pub mod check;
/// CSV files as the CLI reads them (feature `csv-input`, in `cli`).
#[cfg(feature = "csv-input")]
pub mod csv_file;
pub mod customer;
pub mod data;
pub mod fields;
mod int;
pub mod issue;
mod json_text;
/// Bounded line reading (feature `cli`): the lines the CLI's chunked reader gives too.
#[cfg(feature = "cli")]
pub mod lines;
#[cfg(feature = "locales")]
pub mod locale;
mod names;
pub mod options;
pub mod providers;
pub mod redact;
/// The CLI's CSV rows as JSON objects (feature `csv-input`, in `cli`).
#[cfg(feature = "csv-input")]
pub mod rows;
pub mod rules;
mod surrogates;
mod text_out;
// The npm package's surface (JSON text in and out): not part of the Rust API (Rust callers
// use `validate`, `validate_json` and the types). Built for wasm32, public there but hidden
// from the docs, because tests/wasm.rs and tests/wasm_panic.rs call its bindings; natively
// only for the unit tests, which cover everything but the bindings.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
#[cfg(all(not(target_arch = "wasm32"), any(test, feature = "json-api")))]
mod wasm;
// The same JSON-text surface for native callers that speak JSON (the Python package,
// python/): feature `json-api`.
#[cfg(feature = "json-api")]
pub mod json;

#[cfg(test)]
mod test_rng;

/// The browser builds' allocator (feature `small-allocator`, wasm32 only): talc, a binned
/// free-list allocator that reuses freed memory like std's dlmalloc, in a fraction of its code.
#[cfg(all(target_arch = "wasm32", feature = "small-allocator"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use customer::Customer;
pub use issue::{Code, Issue, Path, Report, Severity};
pub use options::Options;
pub use providers::{validate, validate_json, Operation, Provider};

/// The README's Rust example, compiled and run as a doctest so it cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
