//! Limits and policies, with safe defaults. Every limit exceeded becomes an issue, never a
//! panic or a hang.
//!
//! ```
//! use customer_validate::Options;
//! let mut options = Options::default();
//! options.email.allow_special_use_domains = true;
//! assert_eq!(options.max_input_bytes, 1024 * 1024);
//! ```

use serde::{Deserialize, Serialize};

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
}

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
        }
    }
}

/// What the email checker accepts. The defaults match Python `email-validator` with
/// deliverability checks off.
///
/// ```
/// use customer_validate::options::EmailPolicy;
/// let p = EmailPolicy::default();
/// assert!(!p.allow_quoted_local && !p.allow_ip_literal && !p.allow_special_use_domains);
/// assert!(p.allow_smtputf8);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
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
}

impl Default for EmailPolicy {
    fn default() -> Self {
        EmailPolicy {
            allow_quoted_local: false,
            allow_ip_literal: false,
            allow_special_use_domains: false,
            allow_smtputf8: true,
            require_tld: true,
            lowercase_local: false,
        }
    }
}

/// How free text is cleaned.
///
/// ```
/// use customer_validate::options::TextPolicy;
/// assert_eq!(TextPolicy::default().max_name_chars, 100);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct TextPolicy {
    /// Longest name (first, last, full), in Unicode scalar values after normalization. Default 100.
    pub max_name_chars: usize,
    /// Longest description-like text. Default 1000.
    pub max_description_chars: usize,
}

impl Default for TextPolicy {
    fn default() -> Self {
        TextPolicy {
            max_name_chars: 100,
            max_description_chars: 1000,
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
    }
}
