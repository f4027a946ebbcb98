//! Limits and policies, with safe defaults. Every limit exceeded becomes an issue, never a
//! panic or a hang.
//!
//! ```
//! use customer_validate::Options;
//! use customer_validate::options::EmailDomainForm;
//! let mut options = Options::default();
//! options.email.allow_special_use_domains = true;
//! options.email.domain_form = EmailDomainForm::Unicode;
//! assert_eq!(options.max_input_bytes, 1024 * 1024);
//! ```

/// Declares how the npm package reads a `#[serde(default, deny_unknown_fields)]` options
/// struct from options JSON (its `ReadValue`, `src/wasm/options.rs`), beside the struct, so each
/// provider's options stay in its own module: the members in declaration order.
/// `wasm::options::tests::same_as_serde` holds every answer and message to serde's.
macro_rules! read_options {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        #[cfg(any(test, target_arch = "wasm32", feature = "json-api"))]
        impl $crate::wasm::options::ReadValue for $ty {
            fn read_value(v: &serde_json::Value) -> Result<Self, String> {
                let mut o = Self::default();
                o.read_into(v)?;
                Ok(o)
            }

            // Members read in place: a nested struct (`email`, `bloc`…) is not built aside
            // and moved in (every default of a nested member is its type's `default()`, as
            // serde starts from).
            fn read_into(&mut self, v: &serde_json::Value) -> Result<(), String> {
                const NAMES: &[&str] = &[$(stringify!($field)),*];
                $crate::wasm::options::fields(v, stringify!($ty), NAMES, &mut |i, v| {
                    let mut at = 0;
                    $(
                        if i == at {
                            return $crate::wasm::options::ReadValue::read_into(&mut self.$field, v);
                        }
                        at += 1;
                    )*
                    let _ = at;
                    Ok(())
                })
            }
        }
    };
}
pub(crate) use read_options;

/// Declares how the npm package reads a unit-only `#[serde(rename_all = "snake_case")]` enum
/// from options JSON, beside the enum: each variant with its serde name.
macro_rules! read_variants {
    ($ty:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        #[cfg(any(test, target_arch = "wasm32", feature = "json-api"))]
        impl $crate::wasm::options::ReadValue for $ty {
            fn read_value(v: &serde_json::Value) -> Result<Self, String> {
                const ALL: &[($ty, &str)] = &[$(($ty::$variant, $name)),*];
                const NAMES: &[&str] = &[$($name),*];
                let i = $crate::wasm::options::variant(v, NAMES)?;
                ALL.get(i)
                    .map(|(x, _)| *x)
                    .ok_or_else(|| "expected value".to_owned())
            }
        }
    };
}
pub(crate) use read_variants;

use serde::{Deserialize, Serialize};

// Each provider's own switches live in its module (a provider is one file); they are
// re-exported here so every option has one path, `customer_validate::options::*`.
pub use crate::providers::authvia::{AddressShape, AuthviaOptions};
pub use crate::providers::bloc::{BlocOptions, PhoneOutput};
pub use crate::providers::calypso::CalypsoOptions;
pub use crate::providers::rapyd::RapydOptions;
pub use crate::providers::stripe::StripeOptions;

/// Default cap on the number of issues a [`crate::issue::Report`] keeps.
pub const DEFAULT_MAX_ISSUES: usize = 100;

/// Everything configurable, grouped by concern. `#[non_exhaustive]`: build it with
/// `Options::default()` and set fields.
///
/// ```
/// use customer_validate::Options;
/// let o: Options = serde_json::from_str(r#"{"max_issues": 5}"#).unwrap();
/// assert_eq!(o.max_issues, 5);
/// assert_eq!(o.max_depth, 32);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "ResolvedOptions"))]
pub struct Options {
    /// Largest payload (or CLI line) accepted, in bytes. Default 1 MiB.
    pub max_input_bytes: usize,
    /// Deepest JSON nesting accepted. Default 32.
    pub max_depth: usize,
    /// Longest free-text string accepted, in Unicode scalar values. Default 4096.
    pub max_string_chars: usize,
    /// Longest array accepted. Default 1000.
    pub max_array_len: usize,
    /// Most issues returned; past it the report says `truncated`. Default 100.
    pub max_issues: usize,
    /// Email policies.
    pub email: EmailPolicy,
    /// Text (names and other free text) policies.
    pub text: TextPolicy,
    /// How strictly postal addresses are checked against their country's rules.
    pub address: AddressPolicy,
    /// What to do with fields a provider operation does not define. Default: report them.
    pub unknown_fields: UnknownFields,
    /// Default region (ISO alpha-2) for phone numbers typed without `+`; `None` requires `+`.
    pub default_region: Option<String>,
    /// The current time in Unix milliseconds, when the caller wants time checks (Calypso's
    /// timestamp skew, dates of birth in the future). `None`: no clock, no such checks.
    pub now_ms: Option<i64>,
    /// Limits on free-form JSON objects (`metadata`, `appdata`).
    pub metadata: MetadataPolicy,
    /// Calypso switches.
    pub calypso: CalypsoOptions,
    /// Bloc switches.
    pub bloc: BlocOptions,
    /// Rapyd switches.
    pub rapyd: RapydOptions,
    /// Authvia switches.
    pub authvia: AuthviaOptions,
    /// Stripe switches.
    pub stripe: StripeOptions,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(Options {
    max_input_bytes,
    max_depth,
    max_string_chars,
    max_array_len,
    max_issues,
    email,
    text,
    address,
    unknown_fields,
    default_region,
    now_ms,
    metadata,
    calypso,
    bloc,
    rapyd,
    authvia,
    stripe,
});

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_bytes: 1024 * 1024,
            max_depth: 32,
            max_string_chars: 4096,
            max_array_len: 1000,
            max_issues: DEFAULT_MAX_ISSUES,
            email: EmailPolicy::default(),
            text: TextPolicy::default(),
            address: AddressPolicy::default(),
            unknown_fields: UnknownFields::Reject,
            default_region: None,
            now_ms: None,
            metadata: MetadataPolicy::default(),
            calypso: CalypsoOptions::default(),
            bloc: BlocOptions::default(),
            rapyd: RapydOptions::default(),
            authvia: AuthviaOptions::default(),
            stripe: StripeOptions::default(),
        }
    }
}

/// What the email checker accepts. The defaults match Python `email-validator` with
/// deliverability checks off.
///
/// ```
/// use customer_validate::options::{EmailDomainForm, EmailPolicy};
/// let p = EmailPolicy::default();
/// assert!(!p.allow_quoted_local && !p.allow_ip_literal && !p.allow_special_use_domains);
/// assert!(p.allow_smtputf8);
/// assert_eq!(p.domain_form, EmailDomainForm::Ascii);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EmailPolicy {
    /// Accept `"john doe"@example.com`. Default false.
    pub allow_quoted_local: bool,
    /// Accept `user@[192.0.2.1]`. Default false.
    pub allow_ip_literal: bool,
    /// Accept special-use and reserved domains (`.test`, `.localhost`, `.invalid`, `.local`…). Default false.
    pub allow_special_use_domains: bool,
    /// Accept non-ASCII local parts (SMTPUTF8). Default true.
    pub allow_smtputf8: bool,
    /// Require a dot in the domain (a TLD alone is refused). Default true.
    pub require_tld: bool,
    /// Lower-case the local part too (providers treat it case-sensitively by the RFC). Default false.
    pub lowercase_local: bool,
    /// The form of the domain in provider payloads, the canonical customer and a check's
    /// `normalized`: the ASCII A-label (`xn--…`, default) or the Unicode form. The local part
    /// is the same in both.
    pub domain_form: EmailDomainForm,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(EmailPolicy {
    allow_quoted_local,
    allow_ip_literal,
    allow_special_use_domains,
    allow_smtputf8,
    require_tld,
    lowercase_local,
    domain_form,
});

impl Default for EmailPolicy {
    fn default() -> Self {
        EmailPolicy {
            allow_quoted_local: false,
            allow_ip_literal: false,
            allow_special_use_domains: false,
            allow_smtputf8: true,
            require_tld: true,
            lowercase_local: false,
            domain_form: EmailDomainForm::Ascii,
        }
    }
}

/// The form an email's domain is written in where an address is sent or stored
/// ([`EmailPolicy::domain_form`]). The email check itself always answers both forms: its
/// `address` (Unicode domain) and `ascii` (A-label domain).
///
/// ```
/// use customer_validate::fields::email;
/// use customer_validate::options::EmailDomainForm;
/// use customer_validate::Options;
/// let e = email::check("Ada@Bücher.DE", &Options::default()).unwrap();
/// assert_eq!(e.address_in(EmailDomainForm::Ascii), "Ada@xn--bcher-kva.de");
/// assert_eq!(e.address_in(EmailDomainForm::Unicode), "Ada@bücher.de");
/// assert_eq!(serde_json::to_value(EmailDomainForm::Unicode).unwrap(), "unicode");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum EmailDomainForm {
    /// IDNA 2008 A-labels (punycode), `ada@xn--bcher-kva.de`: the wire form, accepted by mail
    /// systems without SMTPUTF8 and by providers' own validators. Default.
    #[default]
    Ascii,
    /// Unicode U-labels, `ada@bücher.de`, as people read the domain.
    Unicode,
}

// How the npm package reads it from options JSON (src/wasm/options.rs).
crate::options::read_variants!(EmailDomainForm {
    Ascii => "ascii",
    Unicode => "unicode",
});

/// How free text is cleaned.
///
/// ```
/// use customer_validate::options::TextPolicy;
/// assert_eq!(TextPolicy::default().max_name_chars, 100);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TextPolicy {
    /// Longest name (first, last, full), in Unicode scalar values after normalization. Default 100.
    pub max_name_chars: usize,
    /// Longest description-like text. Default 1000.
    pub max_description_chars: usize,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(TextPolicy {
    max_name_chars,
    max_description_chars,
});

impl Default for TextPolicy {
    fn default() -> Self {
        TextPolicy {
            max_name_chars: 100,
            max_description_chars: 1000,
        }
    }
}

/// How strictly an address is checked against its country's rules
/// ([`crate::fields::address`]).
///
/// What those rules find (a postal code out of the country's format or the state's range, a
/// state that is none of the country's, a field a complete address of the country has) is a
/// **warning** by default: no provider refuses a customer for it, and the value is kept as
/// typed. [`AddressPolicy::deliverable`] makes them errors, for forms that want a deliverable
/// address. The three `check_*`/`require_*` switches turn a rule off altogether.
///
/// ```
/// use customer_validate::options::AddressPolicy;
/// let p = AddressPolicy::default();
/// assert!(p.check_postal_code && p.require_country_fields && p.check_subdivision);
/// assert!(!p.deliverable);
/// let lax: AddressPolicy = serde_json::from_str(r#"{"check_postal_code": false}"#).unwrap();
/// assert!(!lax.check_postal_code && lax.require_country_fields);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct AddressPolicy {
    /// Check the postal code against the country's format and the state's postal prefix
    /// (`postal_code_invalid`, `postal_code_subdivision_mismatch`); off: a code that does
    /// not match is kept as typed (trimmed), without an issue. Default true.
    pub check_postal_code: bool,
    /// Check that the fields a complete address of the country has (street, city, state,
    /// postal code, per country) are present and non-blank (`address_incomplete`, or
    /// `field_required` when [`AddressPolicy::deliverable`]). Default true.
    pub require_country_fields: bool,
    /// Check that a state is one of the country's subdivisions when the country lists them
    /// (`subdivision_unknown`); off: an unknown one is kept as typed. Default true.
    pub check_subdivision: bool,
    /// The address must be deliverable by the country's rules: what the checks above find
    /// is an error, not a warning. Default false (a provider refuses none of it).
    pub deliverable: bool,
    /// Longest street line (`line_1`, `street`…), in characters. Default 255 (no provider
    /// states one).
    pub max_line_chars: usize,
    /// Longest city, state, district or canton. Default 100.
    pub max_locality_chars: usize,
    /// Longest postal code as typed. Default 20.
    pub max_postal_code_chars: usize,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(AddressPolicy {
    check_postal_code,
    require_country_fields,
    check_subdivision,
    deliverable,
    max_line_chars,
    max_locality_chars,
    max_postal_code_chars,
});

impl Default for AddressPolicy {
    fn default() -> Self {
        AddressPolicy {
            check_postal_code: true,
            require_country_fields: true,
            check_subdivision: true,
            deliverable: false,
            max_line_chars: 255,
            max_locality_chars: 100,
            max_postal_code_chars: 20,
        }
    }
}

/// What happens to a field the provider operation does not define.
///
/// ```
/// use customer_validate::options::UnknownFields;
/// assert_eq!(serde_json::to_value(UnknownFields::Keep).unwrap(), "keep");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum UnknownFields {
    /// Report an `unknown_field` error (the payload is refused, nothing is silently dropped).
    #[default]
    Reject,
    /// Keep the field unchanged in the output, after the known fields.
    Keep,
}

// How the npm package reads it from options JSON (src/wasm/options.rs).
crate::options::read_variants!(UnknownFields {
    Reject => "reject",
    Keep => "keep",
});

/// Limits on free-form JSON objects such as `metadata` and `appdata`.
///
/// ```
/// use customer_validate::options::MetadataPolicy;
/// assert_eq!(MetadataPolicy::default().max_keys, 50);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MetadataPolicy {
    /// Most top-level keys. Default 50.
    pub max_keys: usize,
    /// Largest serialized size in bytes. Default 16 KiB.
    pub max_bytes: usize,
    /// Deepest nesting inside the object. Default 5.
    pub max_depth: usize,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(MetadataPolicy {
    max_keys,
    max_bytes,
    max_depth,
});

impl Default for MetadataPolicy {
    fn default() -> Self {
        MetadataPolicy {
            max_keys: 50,
            max_bytes: 16 * 1024,
            max_depth: 5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_option_is_rejected() {
        assert!(serde_json::from_str::<Options>(r#"{"max_isues": 5}"#).is_err());
    }

    #[test]
    fn partial_nested_policy_keeps_other_defaults() {
        let o: Options = serde_json::from_str(r#"{"email": {"allow_ip_literal": true}}"#).unwrap();
        assert!(o.email.allow_ip_literal);
        assert!(o.email.allow_smtputf8);
        assert_eq!(o.email.domain_form, EmailDomainForm::Ascii);
    }

    #[test]
    fn email_domain_form_is_read_by_name_only() {
        let o: Options = serde_json::from_str(r#"{"email": {"domain_form": "unicode"}}"#).unwrap();
        assert_eq!(o.email.domain_form, EmailDomainForm::Unicode);
        assert!(!o.email.lowercase_local);
        for bad in [r#""punycode""#, r#""ASCII""#, "true", "null"] {
            let text = format!(r#"{{"email": {{"domain_form": {bad}}}}}"#);
            assert!(serde_json::from_str::<Options>(&text).is_err(), "{bad}");
        }
        let round = serde_json::to_value(Options::default()).unwrap();
        assert_eq!(round["email"]["domain_form"], "ascii");
    }
}
