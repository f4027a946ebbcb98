//! The npm package's surface as JSON text in and out, for native callers that speak JSON
//! (feature `json-api`; the Python package in `python/` is one). Every answer is the JSON text
//! the npm package parses, written by the same code (`src/wasm/`), so no surface shapes an
//! answer of its own:
//!
//! - [`validate`]: `{"ok":true,"value","warnings"}` or `{"ok":false,"issues","truncated"}`;
//! - [`check`]: a [`crate::check::Verdict`] (`{"valid","normalized","issues",…}`);
//! - [`check_address`]: a [`crate::check::AddressVerdict`];
//! - [`to_payload`], [`from_payload`], [`checklist`]: the shape of [`validate`];
//!   [`requirements`]: `{"required","optional"}`.
//!
//! A caller's mistake no payload can fix (an unknown provider, operation or field name,
//! options or a context that do not parse) is an `Err` with a message; bad data never is.
//!
//! ```
//! use customer_validate::json;
//!
//! let out = json::validate("rapyd", "create", r#"{"name": " Ada "}"#, None).unwrap();
//! assert!(out.starts_with(r#"{"ok":true,"value":{"name":"Ada"}"#));
//! let out = json::validate("rapyd", "create", "not json", None).unwrap();
//! assert!(out.starts_with(r#"{"ok":false,"issues":[{"#));
//! assert!(json::validate("rapid", "create", "{}", None).is_err());
//! assert!(json::validate("rapyd", "create", "{}", Some(r#"{"max_issues": "x"}"#)).is_err());
//! ```

pub use crate::wasm::customer::{checklist, from_payload, requirements, to_payload};
pub use crate::wasm::warm_up_data;
pub use crate::wasm::{address_format, left_out_issue, left_out_issues, validate_left_out};
pub use crate::wasm::{check, check_address, check_args, countries, example_number, fields};
pub use crate::wasm::{format_as_you_type, parse_options, providers, rejected_address};
pub use crate::wasm::{rejected_payload, unreadable, validate, validate_checked, warm_up};
