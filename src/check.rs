//! One-field checks with a uniform verdict, shared by the CLI (`customer-validate check …`)
//! and the WASM bindings, so both answer exactly alike.
//!
//! ```
//! use customer_validate::check::{check_field, Field};
//! use customer_validate::Options;
//! let v = check_field(Field::Phone, "0803 123 4567", Some("NG"), &Options::default());
//! assert!(v.valid);
//! assert_eq!(v.normalized.as_deref(), Some("+2348031234567"));
//! assert_eq!(v.details["region"], "NG");
//! ```

use crate::fields::{country, email, phone};
use crate::issue::Issue;
use crate::options::Options;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Which field checker to run.
///
/// ```
/// use customer_validate::check::Field;
/// assert_eq!("email".parse::<Field>(), Ok(Field::Email));
/// assert!("fax".parse::<Field>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Field {
    /// [`phone::parse`]: normalized to E.164.
    Phone,
    /// [`email::check`]: normalized address (Unicode domain).
    Email,
    /// [`country::lookup`]: normalized to ISO alpha-2.
    Country,
}

impl std::str::FromStr for Field {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "phone" => Ok(Field::Phone),
            "email" => Ok(Field::Email),
            "country" => Ok(Field::Country),
            other => Err(format!(
                "unknown field '{other}' (expected phone, email or country)"
            )),
        }
    }
}

/// The answer for one value: `valid`, the `normalized` form, every issue (warnings included),
/// and the checker's extra outputs flattened in (`e164`, `region`, `type`… for phones).
///
/// ```
/// use customer_validate::check::{check_field, Field};
/// use customer_validate::Options;
/// let v = check_field(Field::Country, "nowhere", None, &Options::default());
/// assert!(!v.valid);
/// assert_eq!(v.issues[0].code.as_str(), "country_unknown");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// No error-severity issue.
    pub valid: bool,
    /// The value the provider should receive, when valid.
    pub normalized: Option<String>,
    /// Every issue found.
    pub issues: Vec<Issue>,
    /// Checker-specific outputs.
    #[serde(flatten)]
    pub details: Map<String, Value>,
}

impl Verdict {
    fn from_issue(issue: Issue) -> Self {
        Verdict {
            valid: false,
            normalized: None,
            issues: vec![issue],
            details: Map::new(),
        }
    }

    /// A verdict for input that never reached a checker (bad JSON, bad encoding, too long).
    ///
    /// ```
    /// use customer_validate::check::Verdict;
    /// use customer_validate::{Code, Issue};
    /// let v = Verdict::rejected(Issue::new(Code::JsonInvalid, "Line is not JSON"));
    /// assert!(!v.valid);
    /// ```
    pub fn rejected(issue: Issue) -> Self {
        Verdict::from_issue(issue)
    }
}

fn details_of<T: Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// Runs one field checker. `region` is the default region for phones and is ignored by the
/// other fields.
///
/// ```
/// use customer_validate::check::{check_field, Field};
/// use customer_validate::Options;
/// let v = check_field(Field::Email, " Ada@Example.COM ", None, &Options::default());
/// assert_eq!(v.normalized.as_deref(), Some("Ada@example.com"));
/// ```
pub fn check_field(field: Field, input: &str, region: Option<&str>, options: &Options) -> Verdict {
    match field {
        Field::Phone => match phone::parse(input, region) {
            Ok(n) => Verdict {
                valid: true,
                normalized: Some(n.e164.clone()),
                issues: Vec::new(),
                details: details_of(&n),
            },
            Err(issue) => Verdict::from_issue(issue),
        },
        Field::Email => match email::check(input, options) {
            Ok(mut e) => {
                let issues = std::mem::take(&mut e.warnings);
                let mut details = details_of(&e);
                details.remove("warnings");
                Verdict {
                    valid: true,
                    normalized: Some(e.address.clone()),
                    issues,
                    details,
                }
            }
            Err(issue) => Verdict::from_issue(issue),
        },
        Field::Country => match country::lookup(input) {
            Ok(c) => Verdict {
                valid: true,
                normalized: Some(c.alpha2.to_owned()),
                issues: Vec::new(),
                details: details_of(&c),
            },
            Err(issue) => Verdict::from_issue(issue),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_verdict_carries_extras() {
        let v = check_field(
            Field::Phone,
            "+4915123456789",
            Some("US"),
            &Options::default(),
        );
        assert!(v.valid);
        assert_eq!(v.details["e164"], "+4915123456789");
        assert_eq!(v.details["type"], "mobile");
    }

    #[test]
    fn invalid_phone_has_one_issue_and_no_normalized() {
        let v = check_field(Field::Phone, "12", Some("US"), &Options::default());
        assert!(!v.valid);
        assert!(v.normalized.is_none());
        assert_eq!(v.issues.len(), 1);
    }
}
