//! # customer-validate
//!
//! Validates and normalizes the customer payloads merchants send to payment providers
//! (Calypso, Bloc, Rapyd, Authvia) before they are sent. One pure-Rust core used as a crate,
//! from the browser through WASM, and from the command line.
//!
//! This release holds the foundation: the [issue model](issue), [`Options`], and the field
//! checkers in [`fields`] (phone, email, country, address, text).
//!
//! ```
//! use customer_validate::fields::text;
//! use customer_validate::Options;
//! assert_eq!(text::name(" Ada  Lovelace ", &Options::default()).unwrap(), "Ada Lovelace");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// `Result<T, Issue>` is the house signature of every checker; an `Issue` (≈128 bytes) only
// moves on the error path, so boxing it would cost more than it saves.
#![allow(clippy::result_large_err)]

pub mod check;
pub mod customer;
pub mod fields;
pub mod issue;
pub mod lines;
pub mod options;
pub mod providers;
pub mod redact;
pub mod rows;
pub mod rules;
pub mod wasm;

#[cfg(test)]
mod test_rng;

pub use customer::Customer;
pub use issue::{Code, Issue, Path, Report, Severity};
pub use options::Options;
pub use providers::{validate, validate_json, Operation, Provider};

/// The README's Rust example, compiled and run as a doctest so it cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
