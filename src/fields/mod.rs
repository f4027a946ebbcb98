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
pub(crate) mod codec;
pub mod country;
pub mod date;
pub mod email;
mod fixed_buf;
pub mod ids;
pub mod phone;
mod sorted_vec;
pub mod text;

/// The [`Code::DataNotLoaded`](crate::issue::Code::DataNotLoaded) issue for a check that needs
/// the data file `file` (feature `lazy-data`; see [`crate::data`]).
pub(crate) fn data_not_loaded(file: &str) -> crate::issue::Issue {
    crate::issue::Issue::new(
        crate::issue::Code::DataNotLoaded,
        crate::text_out::fill(
            "The data for {} is not loaded: load it with init({{ countries: ['{}'] }}), or use validateAsync",
            &[file, file],
        ),
    )
    .param("file", file)
}
pub(crate) mod unicode;
