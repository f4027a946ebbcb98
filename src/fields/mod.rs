//! Provider-agnostic field checkers. Each returns the normalized value or an [`Issue`]
//! at the root path; callers re-root it with [`Issue::at`].
//!
//! ```
//! use customer_validate::fields::text;
//! use customer_validate::Options;
//! assert_eq!(text::name("  Ada   Lovelace ", &Options::default()).unwrap(), "Ada Lovelace");
//! ```
//!
//! [`Issue`]: crate::issue::Issue
//! [`Issue::at`]: crate::issue::Issue::at

pub mod address;
pub mod country;
pub mod date;
pub mod email;
mod fixed_buf;
pub mod ids;
pub mod phone;
mod sorted_vec;
pub mod text;
pub(crate) mod unicode;
