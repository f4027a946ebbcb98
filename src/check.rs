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

use crate::fields::{address, country, email, phone};
use crate::issue::{Code, Issue};
use crate::options::Options;
use crate::rules::{self, address_member, ADDRESS_LINE_MAX, ADDRESS_LOCALITY_MAX};
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
    /// [`email::check`]: `normalized` is the address as a provider gets it (domain in
    /// [`EmailPolicy::domain_form`], A-labels by default); the details keep both forms,
    /// `address` (Unicode domain, for display) and `ascii` (A-label domain).
    ///
    /// [`EmailPolicy::domain_form`]: crate::options::EmailPolicy::domain_form
    Email,
    /// [`country::lookup`]: normalized to ISO alpha-2.
    Country,
    /// [`address::check_postal_code`] in the country given as `region`.
    Postal,
    /// A whole address object ([`check_address`]); [`check_field`] refuses it (it takes
    /// one string).
    Address,
}

crate::names::names!(Field {
    Phone => "phone", Email => "email", Country => "country", Postal => "postal", Address => "address",
});

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

/// A checker's output as the members its `Serialize` impl writes, built by hand:
/// `serde_json::to_value` would link serde_json's number parser into the browser's `.wasm`
/// (with `arbitrary_precision` its map serializer reads numbers back from text).
/// `tests::details_are_what_serde_writes` compares both.
fn details<const N: usize>(members: [(&str, Value); N]) -> Map<String, Value> {
    members
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
}

pub(crate) fn phone_details(n: &phone::PhoneNumber) -> Map<String, Value> {
    details([
        ("e164", n.e164.as_str().into()),
        ("region", n.region.clone().into()),
        ("country_code", n.country_code.into()),
        (
            "type",
            n.number_type
                .libphonenumber_name()
                .to_ascii_lowercase()
                .into(),
        ),
        ("national", n.national.as_str().into()),
        ("international", n.international.as_str().into()),
        ("extension", n.extension.clone().into()),
    ])
}

/// The members of [`email::Email`] but its `warnings` (they are the verdict's issues).
fn email_details(e: &email::Email) -> Map<String, Value> {
    details([
        ("address", e.address.as_str().into()),
        ("ascii", e.ascii.as_str().into()),
        ("local", e.local.as_str().into()),
        ("domain", e.domain.as_str().into()),
        ("ascii_domain", e.ascii_domain.as_str().into()),
        ("smtputf8", e.smtputf8.into()),
    ])
}

pub(crate) fn country_details(c: &country::Country) -> Map<String, Value> {
    details([
        ("alpha2", c.alpha2.into()),
        ("alpha3", c.alpha3.into()),
        ("numeric", c.numeric.into()),
        ("name", c.name.into()),
        ("official_name", c.official_name.into()),
        ("common_name", c.common_name.into()),
        ("calling_code", c.calling_code().into()),
    ])
}

/// Runs one field checker. `region` is the default region for phones and the country
/// (code, name or alias) for postal codes; the other fields ignore it.
///
/// ```
/// use customer_validate::check::{check_field, Field};
/// use customer_validate::Options;
/// let v = check_field(Field::Email, " Ada@Example.COM ", None, &Options::default());
/// assert_eq!(v.normalized.as_deref(), Some("Ada@example.com"));
/// let v = check_field(Field::Email, "Ada@Bücher.DE", None, &Options::default());
/// assert_eq!(v.normalized.as_deref(), Some("Ada@xn--bcher-kva.de"));
/// assert_eq!(v.details["address"], "Ada@bücher.de");
/// ```
pub fn check_field(field: Field, input: &str, region: Option<&str>, options: &Options) -> Verdict {
    match field {
        Field::Phone => match phone::parse(input, region) {
            Ok(n) => Verdict {
                valid: true,
                normalized: Some(n.e164.clone()),
                issues: Vec::new(),
                details: phone_details(&n),
            },
            Err(issue) => Verdict::from_issue(issue),
        },
        Field::Email => match email::check(input, options) {
            Ok(mut e) => {
                let issues = std::mem::take(&mut e.warnings);
                Verdict {
                    valid: true,
                    normalized: Some(e.address_in(options.email.domain_form).to_owned()),
                    issues,
                    details: email_details(&e),
                }
            }
            Err(issue) => Verdict::from_issue(issue),
        },
        Field::Country => match country::lookup(input) {
            // The answer shows the names: a code alone needs them loaded too (`lazy-names`).
            Ok(_) if !country::has_names() => {
                Verdict::from_issue(crate::fields::data_not_loaded(country::NAMES_FILE))
            }
            Ok(c) => Verdict {
                valid: true,
                normalized: Some(c.alpha2.to_owned()),
                issues: Vec::new(),
                details: country_details(c),
            },
            Err(issue) => Verdict::from_issue(issue),
        },
        Field::Postal => {
            let Some(country) = region else {
                return Verdict::from_issue(
                    Issue::new(
                        Code::FieldRequired,
                        "A country is required to check a postal code",
                    )
                    .param("field", "country"),
                );
            };
            let alpha2 = country::lookup(country).map(|c| c.alpha2);
            match address::check_postal_code(country, input) {
                Ok(code) => {
                    let mut details = Map::new();
                    if let Ok(a2) = alpha2 {
                        details.insert("country".into(), a2.into());
                    }
                    Verdict {
                        valid: true,
                        normalized: Some(code),
                        issues: Vec::new(),
                        details,
                    }
                }
                Err(issue) => Verdict::from_issue(issue),
            }
        }
        Field::Address => Verdict::from_issue(
            Issue::new(
                Code::InvalidType,
                "An address is an object: use check_address",
            )
            .param("expected", "object"),
        ),
    }
}

/// The members of a standalone address, with Rapyd's names, all optional; the country's
/// rules decide what is required.
const ADDRESS_FIELDS: &[rules::Field] = &[
    rules::Field::new(
        "name",
        rules::Check::Name {
            max: ADDRESS_LINE_MAX,
        },
    ),
    address_member::line_1("line_1"),
    address_member::line_2("line_2"),
    address_member::city("city"),
    rules::Field::new(
        "district",
        rules::Check::Line {
            max: ADDRESS_LOCALITY_MAX,
        },
    ),
    address_member::state("state"),
    address_member::postal_code("zip"),
    address_member::country("country"),
];

const ADDRESS: rules::Check = rules::Check::Address {
    fields: ADDRESS_FIELDS,
    names: &address::NAMES,
};

/// The answer for one address object: `valid`, the `normalized` object, every issue.
///
/// ```
/// use customer_validate::check::check_address;
/// use customer_validate::Options;
/// let v = check_address(&serde_json::json!({"line_1": "1 Main St"}), &Options::default());
/// assert!(v.valid);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AddressVerdict {
    /// No error-severity issue.
    pub valid: bool,
    /// The normalized address object, when valid.
    pub normalized: Option<Value>,
    /// Every issue found, on the members' own paths.
    pub issues: Vec<Issue>,
}

/// Checks one address object with Rapyd's member names (`name`, `line_1`, `line_2`,
/// `city`, `district`, `state`, `zip`, `country`; others are `unknown_field` unless
/// [`Options::unknown_fields`] keeps them) against its country's rules
/// ([`address::check_with_names`]).
///
/// ```
/// use customer_validate::check::check_address;
/// use customer_validate::Options;
/// use serde_json::json;
/// let v = check_address(&json!({"line_1": "350 Fifth Avenue", "city": "New York",
///     "state": "new york", "zip": "10118", "country": "US"}), &Options::default());
/// assert_eq!(v.normalized.unwrap()["state"], "NY");
/// let v = check_address(&json!({"line_1": "350 Fifth Avenue", "city": "New York",
///     "state": "NY", "zip": "90210", "country": "US"}), &Options::default());
/// assert_eq!(v.issues[0].pointer(), "/zip");
/// assert_eq!(v.issues[0].code.as_str(), "postal_code_subdivision_mismatch");
/// ```
pub fn check_address(value: &Value, options: &Options) -> AddressVerdict {
    match rules::check(&ADDRESS, value, options) {
        Ok(n) => AddressVerdict {
            valid: true,
            normalized: Some(n.value),
            issues: n.warnings,
        },
        Err(report) => AddressVerdict {
            valid: false,
            normalized: None,
            issues: report.into_issues(),
        },
    }
}

/// The text of `Verdict`'s `Serialize` derive (`details` flattened after `issues`), written
/// without serde_json (the npm surface; tests compare both).
impl crate::json_text::WriteJson for Verdict {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member("valid", &self.valid)
            .member("normalized", &self.normalized)
            .member("issues", &self.issues);
        for (k, v) in &self.details {
            o.member(k, v);
        }
        o.end();
    }
}

/// The text of `AddressVerdict`'s `Serialize` derive, written without serde_json.
impl crate::json_text::WriteJson for AddressVerdict {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member("valid", &self.valid)
            .member("normalized", &self.normalized)
            .member("issues", &self.issues);
        o.end();
    }
}

/// The member table of [`check_address`] (for the npm package's generated `Address` type).
#[cfg(test)]
pub(crate) fn address_fields() -> &'static [rules::Field] {
    ADDRESS_FIELDS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-built details are `serde_json::to_value` of the checker's output, members in
    /// the same order (compared as text).
    #[test]
    fn details_are_what_serde_writes() {
        fn same(ours: Map<String, Value>, theirs: impl Serialize) {
            let mut theirs = serde_json::to_value(theirs).unwrap();
            theirs.as_object_mut().unwrap().remove("warnings");
            assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&theirs).unwrap()
            );
        }
        let o = Options::default();
        let mut n = 0;
        for (input, region) in [
            ("+4915123456789", None),
            ("0803 123 4567 ext. 12", Some("NG")),
            ("+1 800 555 0199", None),
            ("+80012345678", None),
            ("020 7946 0958", Some("GB")),
        ] {
            same(
                phone_details(&phone::parse(input, region).unwrap()),
                phone::parse(input, region).unwrap(),
            );
            n += 1;
        }
        for input in ["Ada@Bücher.DE", "ädä@example.com", "x@gmial.com"] {
            let e = email::check(input, &o).unwrap();
            same(email_details(&e), &e);
            n += 1;
        }
        for c in country::all() {
            same(country_details(c), c);
            n += 1;
        }
        assert!(n > 250);
    }

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
    fn email_verdict_sends_the_option_form_and_shows_both() {
        let mut o = Options::default();
        let v = check_field(Field::Email, " Zoë@BÜCHER.De ", None, &o);
        assert_eq!(v.normalized.as_deref(), Some("Zoë@xn--bcher-kva.de"));
        assert_eq!(v.details["address"], "Zoë@bücher.de");
        assert_eq!(v.details["ascii"], "Zoë@xn--bcher-kva.de");
        o.email.domain_form = crate::options::EmailDomainForm::Unicode;
        let u = check_field(Field::Email, "Zoë@XN--BCHER-KVA.DE", None, &o);
        assert_eq!(u.normalized.as_deref(), Some("Zoë@bücher.de"));
        assert_eq!(u.details, v.details);
    }

    #[test]
    fn postal_verdicts() {
        let o = Options::default();
        let v = check_field(Field::Postal, "k1a0b1", Some("Canada"), &o);
        assert_eq!(v.normalized.as_deref(), Some("K1A 0B1"));
        assert_eq!(v.details["country"], "CA");
        let v = check_field(Field::Postal, "K1A", Some("CA"), &o);
        assert_eq!(v.issues[0].code, Code::PostalCodeInvalid);
        let v = check_field(Field::Postal, "K1A 0B1", None, &o);
        assert_eq!(v.issues[0].code, Code::FieldRequired);
        let v = check_field(Field::Address, "x", None, &o);
        assert!(!v.valid);
    }

    #[test]
    fn address_verdicts_report_each_member() {
        let v = check_address(
            &serde_json::json!({"line_1": " ", "state": "Atlantis", "zip": 5, "country": "US", "fax": "1"}),
            &Options::default(),
        );
        let found: Vec<(String, &str)> = v
            .issues
            .iter()
            .map(|i| (i.pointer(), i.code.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("/zip".to_owned(), "invalid_type"),
                ("/fax".to_owned(), "unknown_field"),
                ("/state".to_owned(), "subdivision_unknown"),
                ("/line_1".to_owned(), "address_incomplete"),
                ("/city".to_owned(), "address_incomplete"),
            ]
        );
    }

    #[test]
    fn invalid_phone_has_one_issue_and_no_normalized() {
        let v = check_field(Field::Phone, "12", Some("US"), &Options::default());
        assert!(!v.valid);
        assert!(v.normalized.is_none());
        assert_eq!(v.issues.len(), 1);
    }
}
