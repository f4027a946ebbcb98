//! The canonical customer: one record a merchant collects once, turned into every provider's
//! payload ([`Customer::to_payload`]), read back from any provider's payload or response
//! ([`Customer::from_payload`]), and asked what each provider still needs
//! ([`requirements`], [`Customer::missing`], [`Customer::checklist`]).
//!
//! The canonical fields are checked by the same [`Check`]s the provider tables use (one
//! canonical rule table, [`CANONICAL`], run by [`rules::apply`]); the conversion to a
//! provider is a declarative table per provider (`mapping.rs`: provider path ↔ canonical
//! field), and its output is whatever the provider's own [`validate`] returns for it.
//!
//! ```
//! use customer_validate::customer::Customer;
//! use customer_validate::{Operation, Options, Provider};
//! use serde_json::json;
//! let customer: Customer = serde_json::from_value(json!({
//!     "full_name": "Ada Obi", "email": "Ada@Example.com", "phone": "+234 803 123 4567",
//!     "national_id": {"scheme": "bvn", "value": "01234567890"}, "kind": "personal",
//! })).unwrap();
//! let out = customer.to_payload(Provider::Bloc, Operation::Create, &Options::default()).unwrap();
//! assert_eq!(out.value, json!({"email": "Ada@example.com", "phone_number": "08031234567",
//!     "bvn": "01234567890", "first_name": "Ada", "last_name": "Obi", "customer_type": "Personal"}));
//! ```
//!
//! [`validate`]: crate::providers::validate

pub(crate) mod mapping;
mod read;
mod requirements;

pub use mapping::RequestContext;
pub use requirements::{requirements, requirements_with, Checklist, Need, Requirements};

use crate::fields::address::FieldNames;
use crate::fields::date;
use crate::issue::{Code, Issue, Path, Report};
use crate::options::{Options, UnknownFields};
use crate::rules::{
    self, address_member, Check, Field, Limit, OperationSpec, PhoneForm, Presence, Updates,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

// One list of the canonical fields: `customer_fields!` (below) declares the struct and, from
// the same entries, `CustomerField`, the canonical rule table's fields and the hand reader.
self::customer_fields! {
    /// A canonical customer. Every field is optional here; what a provider operation needs is
    /// [`requirements`]. JSON members are the snake_case field names; absent fields are left
    /// out.
    ///
    /// Names: give `given_name` and `family_name` when you have them; `full_name` (as the
    /// customer writes it, given name first) is used where a provider wants one name, and is
    /// split for Bloc only when neither part is given ([`Customer::name_parts`]).
    ///
    /// ```
    /// use customer_validate::customer::{Customer, CustomerKind};
    /// let mut c = Customer::default();
    /// c.email = Some("ada@example.com".into());
    /// c.kind = Some(CustomerKind::Business);
    /// assert_eq!(serde_json::to_value(&c).unwrap(),
    ///     serde_json::json!({"email": "ada@example.com", "kind": "business"}));
    /// ```
    #[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
    #[serde(default, deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Customer {
        // Each canonical field: its `CustomerField` variant and its `Check` in the canonical
        // rule table, then the member. A limit is the loosest of the providers carrying the
        // field, read from the same `Options` switches (names 255 by default, email 254, the
        // SMTP limit); a provider with a tighter rule reports it on the canonical field during
        // `Customer::to_payload`.
        #[field(GivenName, Check::Name { max: NAME_MAX })]
        /// Given (first) name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub given_name: Option<String>,
        #[field(FamilyName, Check::Name { max: NAME_MAX })]
        /// Family (last) name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub family_name: Option<String>,
        #[field(FullName, Check::Name { max: NAME_MAX })]
        /// The whole name as written, or a business name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub full_name: Option<String>,
        #[field(Email, Check::Email {
            max: Limit::From(|o: &Options| o.calypso.max_email_chars.max(o.bloc.max_email_chars)),
        })]
        /// Email address; normalized as providers get it, the domain in the form
        /// `options.email.domain_form` says (ASCII A-labels by default: `ada@xn--bcher-kva.de`
        /// for `ada@bücher.de`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        #[field(Phone, Check::Phone(PhoneForm::E164WithExtension))]
        /// Phone number; normalized to E.164 (national numbers read in
        /// [`Options::default_region`]), an extension kept as RFC 3966 writes it
        /// (`+12024561111;ext=42`; a provider's E.164 field then warns `phone_extension_dropped`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        #[field(Address, Check::Address { fields: ADDRESS_FIELDS, names: &ADDRESS_NAMES })]
        /// Postal address.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub address: Option<PostalAddress>,
        #[field(ExternalRef, Check::PrintableAscii {
            max: Limit::From(|o: &Options| o.calypso.max_external_id_chars.max(o.authvia.max_ref_chars)),
        })]
        /// The merchant's own reference for the customer (Authvia `ref`, Calypso `externalId`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub external_ref: Option<String>,
        #[field(NationalId, Check::Object(NATIONAL_ID_FIELDS))]
        /// A national identifier and its scheme.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub national_id: Option<NationalId>,
        #[field(Kind, Check::OneOf { canonical: KINDS, allow_other: |_| false })]
        /// Personal or business customer.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub kind: Option<CustomerKind>,
        #[field(DateOfBirth, Check::DateDdMmYyyy)]
        /// Date of birth, `YYYY-MM-DD` (also read as `DD/MM/YYYY`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub date_of_birth: Option<String>,
        #[field(Nationality, Check::Country)]
        /// Nationality, ISO 3166-1 alpha-2 (also read as a country name or alias).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub nationality: Option<String>,
        #[field(Metadata, Check::JsonObject)]
        /// Free-form data about the customer. Providers may show it to the customer (Authvia).
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(test, ts(type = "JsonObject", optional))]
        pub metadata: Option<Map<String, Value>>,
        #[field(Notes, Check::Text {
            max: Limit::From(|o: &Options| o.calypso.max_description_chars.max(o.rapyd.max_description_chars)),
        })]
        /// Private notes, never shown to the customer (Authvia `appdata.note`, Calypso and
        /// Rapyd `description`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub notes: Option<String>,
        // Not a `CustomerField`: checked apart (see `canonical_map`), as what a provider sent,
        // bounded by the input limits rather than the metadata policy.
        #[not_a_field(Check::JsonObject)]
        /// What [`Customer::from_payload`] read from a provider and the canonical model has no
        /// place for (ids, timestamps, statuses…), per provider name, at the paths it was read
        /// from. Kept so nothing is lost; never sent to any provider.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(test, ts(type = "{ [provider: string]: JsonValue }", optional))]
        pub provider_data: Option<Map<String, Value>>,
    }
}

/// A postal address (Stripe-like member names).
///
/// ```
/// use customer_validate::customer::PostalAddress;
/// let a: PostalAddress = serde_json::from_value(serde_json::json!(
///     {"line_1": "1 Main St", "city": "Springfield", "country": "US"})).unwrap();
/// assert_eq!(a.postal_code, None);
/// ```
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct PostalAddress {
    /// Street and number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line_1: Option<String>,
    /// Further street line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line_2: Option<String>,
    /// City or post town.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// District, suburb or neighbourhood, where the country's addresses have one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// State or province (written as its subdivision key when the country lists them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code, in the country's format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Sorting code (France's CEDEX and the like), where the country's addresses have one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sorting_code: Option<String>,
    /// Country, ISO 3166-1 alpha-2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A national identifier.
///
/// ```
/// use customer_validate::customer::{IdScheme, NationalId};
/// let id = NationalId { scheme: IdScheme::Bvn, value: "01234567890".into() };
/// assert_eq!(serde_json::to_value(&id).unwrap(),
///     serde_json::json!({"scheme": "bvn", "value": "01234567890"}));
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalId {
    /// Which identifier this is.
    pub scheme: IdScheme,
    /// The identifier, kept as a string (leading zeros matter).
    pub value: String,
}

/// Kinds of national identifier.
///
/// ```
/// use customer_validate::customer::IdScheme;
/// assert_eq!(IdScheme::Bvn.as_str(), "bvn");
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IdScheme {
    /// Nigerian Bank Verification Number: 11 digits (Bloc `bvn`).
    Bvn,
    /// Nigerian National Identification Number: 11 digits.
    Nin,
    /// A business VAT / tax id (Rapyd `business_vat_id`).
    Vat,
}

crate::names::names!(IdScheme { Bvn => "bvn", Nin => "nin", Vat => "vat" });

/// The names of [`IdScheme`], for the canonical `national_id.scheme` check.
const ID_SCHEMES: &[&str] = &[
    IdScheme::Bvn.as_str(),
    IdScheme::Nin.as_str(),
    IdScheme::Vat.as_str(),
];

impl IdScheme {
    /// The check the value gets: the same [`Check`] the provider carrying it uses (Bloc's
    /// `bvn`, Rapyd's `business_vat_id`).
    ///
    /// ```
    /// use customer_validate::customer::IdScheme;
    /// use customer_validate::rules::Check;
    /// assert!(matches!(IdScheme::Bvn.check(), Check::Digits { len: 11 }));
    /// ```
    pub fn check(self) -> Check {
        match self {
            IdScheme::Bvn | IdScheme::Nin => Check::Digits { len: 11 },
            IdScheme::Vat => Check::CompactUpper {
                max: Limit::From(|o: &Options| o.rapyd.max_vat_id_chars),
            },
        }
    }
}

/// Personal or business customer.
///
/// ```
/// use customer_validate::customer::CustomerKind;
/// assert_eq!(serde_json::to_value(CustomerKind::Personal).unwrap(), "personal");
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CustomerKind {
    /// A person.
    Personal,
    /// A business.
    Business,
}

crate::names::names!(CustomerKind { Personal => "personal", Business => "business" });

/// The names of [`CustomerKind`], for the canonical `kind` check.
const KINDS: &[&str] = &[
    CustomerKind::Personal.as_str(),
    CustomerKind::Business.as_str(),
];

/// Declares [`Customer`] and everything that follows its list of canonical fields, from that
/// one list (the invocation above): the struct; [`CustomerField`], one variant per member
/// marked `#[field(Variant, check)]`, named as the member (serde's snake_case of the variant
/// must agree: `serde_and_names_agree`); the canonical rule table's fields
/// (`CANONICAL_FIELDS`, the checks in declaration order, then the `#[not_a_field(check)]`
/// member); the members' names in declaration order (`MEMBERS`, serde's array form) and the
/// hand reader's dispatch (`Customer::read_member`). Adding a canonical field is one member
/// here plus its rows in the providers' mappings.
macro_rules! customer_fields {
    (
        // (Written so that no line starts with `pub`: tests/public_api.rs reads the
        // invocation's lines, not these.)
        $(#[$meta:meta])* pub struct Customer {
            $(
                #[field($variant:ident, $check:expr)]
                $(#[$field_meta:meta])* pub $field:ident: $ty:ty,
            )*
            #[not_a_field($kept_check:expr)]
            $(#[$kept_meta:meta])* pub $kept:ident: $kept_ty:ty,
        }
    ) => {
        $(#[$meta])* pub struct Customer {
            $($(#[$field_meta])* pub $field: $ty,)*
            $(#[$kept_meta])* pub $kept: $kept_ty,
        }

        /// One field of [`Customer`], as named in JSON and in issue paths.
        ///
        /// ```
        /// use customer_validate::customer::CustomerField;
        /// assert_eq!(CustomerField::NationalId.as_str(), "national_id");
        /// assert_eq!("external_ref".parse::<CustomerField>(), Ok(CustomerField::ExternalRef));
        /// ```
        #[cfg_attr(test, derive(ts_rs::TS))]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum CustomerField {
            $(#[doc = concat!("[`Customer::", stringify!($field), "`].")] $variant,)*
        }

        crate::names::names!(CustomerField { $($variant => stringify!($field)),* });

        /// The canonical fields, in [`CustomerField`] order, then the member kept apart.
        const CANONICAL_FIELDS: &[Field] = &[
            $(Field::new(stringify!($field), $check),)*
            Field::new(stringify!($kept), $kept_check).presence(Presence::Optional),
        ];

        /// [`Customer`]'s members in declaration order (serde's array form follows it).
        const MEMBERS: &[&str] = &[$(stringify!($field),)* stringify!($kept)];

        impl Customer {
            /// Sets member `i` of [`MEMBERS`] from its JSON value, as serde would read it.
            fn read_member(&mut self, i: usize, value: Value) -> Result<(), read::Mismatch> {
                match CustomerField::ALL.get(i) {
                    $(Some(CustomerField::$variant) => self.$field = read::Member::read(value)?,)*
                    None => self.$kept = read::Member::read(value)?,
                }
                Ok(())
            }
        }
    };
}
use customer_fields;

/// The canonical address's member names for the country address rules.
const ADDRESS_NAMES: FieldNames = FieldNames {
    zip: "postal_code",
    ..crate::fields::address::NAMES
};

const ADDRESS_FIELDS: &[Field] = &[
    address_member::line_1("line_1"),
    address_member::line_2("line_2"),
    address_member::city("city"),
    address_member::district("district"),
    address_member::state("state"),
    address_member::postal_code("postal_code"),
    address_member::sorting_code("sorting_code"),
    address_member::country("country"),
];

const NATIONAL_ID_FIELDS: &[Field] = &[
    Field::new(
        "scheme",
        Check::OneOf {
            canonical: ID_SCHEMES,
            allow_other: |_| false,
        },
    )
    .required(),
    Field::new(
        "value",
        Check::Line {
            max: Limit::Fixed(64),
        },
    )
    .required(),
];

/// The longest name any provider carrying one accepts (Bloc's parts, Rapyd's whole name).
const NAME_MAX: Limit =
    Limit::From(|o: &Options| o.bloc.max_name_chars.max(o.rapyd.max_name_chars));

/// The canonical customer's rule table, run by [`rules::apply`] like a provider's.
///
/// ```
/// use customer_validate::customer::CANONICAL;
/// assert_eq!(CANONICAL.fields[0].name, "given_name");
/// ```
pub const CANONICAL: OperationSpec = OperationSpec {
    fields: CANONICAL_FIELDS,
    updates: Updates::Full,
    one_of: &[],
};

/// A serde failure after the rules passed (not expected); its message can quote input, so
/// it is not passed on.
fn serde_issue() -> Issue {
    Issue::new(
        Code::InvalidType,
        "Customer does not have the expected shape",
    )
}

impl Customer {
    /// Reads a canonical customer from JSON, checking and normalizing every field: the
    /// customer and any warnings, or every issue, each on its canonical path. Unknown
    /// members are `unknown_field` whatever [`Options::unknown_fields`] says (a kept member
    /// would have no place in [`Customer`]).
    ///
    /// ```
    /// use customer_validate::customer::Customer;
    /// use customer_validate::Options;
    /// use serde_json::json;
    /// let (c, _) = Customer::parse(&json!({"date_of_birth": "31/12/1990", "nationality": "nigeria"}),
    ///     &Options::default()).unwrap();
    /// assert_eq!(c.date_of_birth.as_deref(), Some("1990-12-31"));
    /// assert_eq!(c.nationality.as_deref(), Some("NG"));
    /// let report = Customer::parse(&json!({"phone": "12", "nick": "x"}), &Options::default()).unwrap_err();
    /// let found: Vec<_> = report.issues().iter().map(|i| i.pointer()).collect();
    /// assert_eq!(found, ["/phone", "/nick"]);
    /// ```
    pub fn parse(value: &Value, options: &Options) -> Result<(Customer, Vec<Issue>), Report> {
        let (map, warnings) = canonical_map(value, options)?;
        match read::customer(Value::Object(map)) {
            Ok(c) => Ok((c, warnings)),
            Err(_) => {
                let mut report = Report::with_limit(options.max_issues);
                report.push(serde_issue());
                Err(report)
            }
        }
    }

    /// This customer checked and normalized ([`Customer::parse`] of its JSON), warnings
    /// left out.
    ///
    /// ```
    /// use customer_validate::customer::Customer;
    /// use customer_validate::Options;
    /// let mut c = Customer::default();
    /// c.full_name = Some("  Ada   Obi ".into());
    /// assert_eq!(c.validate(&Options::default()).unwrap().full_name.as_deref(), Some("Ada Obi"));
    /// c.email = Some("not an email".into());
    /// let report = c.validate(&Options::default()).unwrap_err();
    /// assert_eq!(report.issues()[0].pointer(), "/email");
    /// ```
    pub fn validate(&self, options: &Options) -> Result<Customer, Report> {
        Customer::parse(&self.to_value(options)?, options).map(|(c, _)| c)
    }

    fn to_value(&self, options: &Options) -> Result<Value, Report> {
        serde_json::to_value(self).map_err(|_| {
            let mut report = Report::with_limit(options.max_issues);
            report.push(serde_issue());
            report
        })
    }

    /// The given and family names a provider with two name fields (Bloc) gets: the explicit
    /// `given_name` / `family_name` when either is set; otherwise `full_name` split at its
    /// last space (`"Mary Ann Smith"` → `"Mary Ann"`, `"Smith"`), a single word being a
    /// given name only. Call it on a validated customer (whitespace already collapsed).
    ///
    /// ```
    /// use customer_validate::customer::Customer;
    /// let mut c = Customer::default();
    /// c.full_name = Some("Mary Ann Smith".into());
    /// assert_eq!(c.name_parts(), (Some("Mary Ann"), Some("Smith")));
    /// c.full_name = Some("Cher".into());
    /// assert_eq!(c.name_parts(), (Some("Cher"), None));
    /// ```
    pub fn name_parts(&self) -> (Option<&str>, Option<&str>) {
        name_parts(
            self.given_name.as_deref(),
            self.family_name.as_deref(),
            self.full_name.as_deref(),
        )
    }

    /// The one name a provider with a single name field (Rapyd `name`, Authvia
    /// `metadata.name`) gets: `full_name`, else the given and family names joined by a
    /// space.
    ///
    /// ```
    /// use customer_validate::customer::Customer;
    /// let mut c = Customer::default();
    /// c.given_name = Some("Ada".into());
    /// c.family_name = Some("Obi".into());
    /// assert_eq!(c.display_name().as_deref(), Some("Ada Obi"));
    /// ```
    pub fn display_name(&self) -> Option<String> {
        display_name(
            self.given_name.as_deref(),
            self.family_name.as_deref(),
            self.full_name.as_deref(),
        )
    }
}

/// See [`Customer::name_parts`].
fn name_parts<'a>(
    given: Option<&'a str>,
    family: Option<&'a str>,
    full: Option<&'a str>,
) -> (Option<&'a str>, Option<&'a str>) {
    if given.is_some() || family.is_some() {
        return (given, family);
    }
    match full {
        Some(full) => match full.trim().rsplit_once(' ') {
            Some((g, f)) => (Some(g.trim_end()), Some(f)),
            None => (Some(full.trim()), None),
        },
        None => (None, None),
    }
}

/// See [`Customer::display_name`].
fn display_name(given: Option<&str>, family: Option<&str>, full: Option<&str>) -> Option<String> {
    if let Some(full) = full {
        return Some(full.to_owned());
    }
    match (given, family) {
        (Some(g), Some(f)) => Some(crate::text_out::fill("{} {}", &[g, f])),
        (Some(one), None) | (None, Some(one)) => Some(one.to_owned()),
        (None, None) => None,
    }
}

/// Runs [`CANONICAL`] over `value`, then the national id's scheme check, then writes the
/// date of birth back in ISO form: the normalized JSON object and its warnings.
fn canonical_map(
    value: &Value,
    options: &Options,
) -> Result<(Map<String, Value>, Vec<Issue>), Report> {
    let strict;
    let o = if options.unknown_fields == UnknownFields::Reject {
        options
    } else {
        let mut copy = options.clone();
        copy.unknown_fields = UnknownFields::Reject;
        strict = copy;
        &strict
    };
    // `provider_data` holds what a provider answered (a Rapyd address's metadata can nest
    // deeper than the metadata policy allows); it is never sent, so it is held to the
    // input limits only.
    let mut value = value.clone();
    let provider_data = value
        .as_object_mut()
        .and_then(|m| m.shift_remove("provider_data"));
    let normalized = rules::apply(&CANONICAL, &value, o)?;
    let mut warnings = normalized.warnings;
    let Value::Object(mut map) = normalized.value else {
        // `apply` only succeeds on objects; answered rather than assumed.
        let mut report = Report::with_limit(options.max_issues);
        report.push(Issue::new(Code::InvalidType, "Expected object"));
        return Err(report);
    };
    if let Some(Value::Object(id)) = map.get_mut("national_id") {
        let scheme = id.get("scheme").and_then(Value::as_str);
        let check = IdScheme::ALL
            .iter()
            .find(|s| Some(s.as_str()) == scheme)
            .map(|s| s.check());
        if let (Some(check), Some(raw)) = (check, id.get("value")) {
            match rules::check(&check, raw, o) {
                Ok(n) => {
                    warnings.extend(n.warnings);
                    id.insert("value".into(), n.value);
                }
                Err(report) => {
                    let at = Path::root().key("national_id").key("value");
                    let mut out = Report::with_limit(options.max_issues);
                    out.extend(report.into_issues().into_iter().map(|i| i.at(&at)));
                    return Err(out);
                }
            }
        }
    }
    if let Some(data) = provider_data {
        let mut relaxed = o.clone();
        relaxed.metadata.max_keys = o.max_array_len;
        relaxed.metadata.max_bytes = o.max_input_bytes;
        relaxed.metadata.max_depth = o.max_depth;
        match rules::check(&Check::JsonObject, &data, &relaxed) {
            Ok(n) => {
                map.insert("provider_data".into(), n.value);
            }
            Err(report) => {
                let at = Path::root().key("provider_data");
                let mut out = Report::with_limit(options.max_issues);
                out.extend(report.into_issues().into_iter().map(|i| i.at(&at)));
                return Err(out);
            }
        }
    }
    if let Some(Value::String(d)) = map.get_mut("date_of_birth") {
        // `Check::DateDdMmYyyy` (the rule Rapyd uses, future dates refused with a clock)
        // accepted it; the canonical form is ISO.
        if let Ok(parsed) = date::parse(d) {
            *d = parsed.iso();
        }
    }
    Ok((map, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn field_names_follow_the_table_and_serde() {
        for (i, f) in CustomerField::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i);
            assert_eq!(serde_json::to_value(f).unwrap(), f.as_str());
        }
        for s in IdScheme::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        for (k, name) in [CustomerKind::Personal, CustomerKind::Business]
            .iter()
            .zip(KINDS)
        {
            assert_eq!(serde_json::to_value(k).unwrap(), *name);
        }
    }

    #[test]
    fn the_canonical_phone_keeps_its_extension() {
        let (c, warnings) = Customer::parse(
            &json!({"phone": "+1 (202) 456-1111 ext. 42"}),
            &Options::default(),
        )
        .unwrap();
        assert_eq!(c.phone.as_deref(), Some("+12024561111;ext=42"));
        assert!(warnings.is_empty(), "{warnings:?}");
        let (c, _) =
            Customer::parse(&json!({"phone": "+12024561111"}), &Options::default()).unwrap();
        assert_eq!(c.phone.as_deref(), Some("+12024561111"));
    }

    #[test]
    fn every_serialized_member_is_in_the_table() {
        let c: Customer = serde_json::from_value(json!({
            "given_name": "a", "family_name": "b", "full_name": "a b", "email": "a@b.c",
            "phone": "+1", "address": {"line_1": "x"}, "external_ref": "r",
            "national_id": {"scheme": "bvn", "value": "1"}, "kind": "personal",
            "date_of_birth": "2000-01-01", "nationality": "NG", "metadata": {}, "notes": "n",
            "provider_data": {}
        }))
        .unwrap();
        let v = serde_json::to_value(&c).unwrap();
        let names: Vec<_> = CANONICAL.fields.iter().map(|f| f.name).collect();
        let keys: Vec<_> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, names);
    }

    #[test]
    fn national_id_value_is_checked_by_its_scheme() {
        let o = Options::default();
        let r = Customer::parse(
            &json!({"national_id": {"scheme": "bvn", "value": "123"}}),
            &o,
        )
        .unwrap_err();
        assert_eq!(r.issues()[0].pointer(), "/national_id/value");
        assert_eq!(r.issues()[0].code, Code::DigitsLength);
        let (c, _) = Customer::parse(
            &json!({"national_id": {"scheme": "VAT", "value": "de 123 456"}}),
            &o,
        )
        .unwrap();
        assert_eq!(c.national_id.unwrap().value, "DE123456");
        let r = Customer::parse(&json!({"national_id": {"scheme": "ssn", "value": "1"}}), &o)
            .unwrap_err();
        assert_eq!(r.issues()[0].pointer(), "/national_id/scheme");
    }

    #[test]
    fn provider_data_is_held_to_the_input_limits_not_the_metadata_policy() {
        let o = Options::default();
        let deep = json!({"rapyd": {"addresses": [{"metadata": {"a": {"b": {"c": 1}}}}]}});
        let (c, _) = Customer::parse(&json!({"provider_data": deep}), &o).unwrap();
        assert_eq!(c.provider_data.unwrap(), *deep.as_object().unwrap());
        assert!(Customer::parse(&json!({"metadata": deep}), &o).is_err());
        let r = Customer::parse(&json!({"provider_data": [1]}), &o).unwrap_err();
        assert_eq!(r.issues()[0].pointer(), "/provider_data");
    }

    #[test]
    fn unknown_members_are_reported_even_when_options_keep_them() {
        let o = Options {
            unknown_fields: UnknownFields::Keep,
            ..Options::default()
        };
        let r = Customer::parse(&json!({"nick": "x"}), &o).unwrap_err();
        assert_eq!(r.issues()[0].code, Code::UnknownField);
    }

    #[test]
    fn name_split_is_at_the_last_space() {
        assert_eq!(
            name_parts(None, None, Some("Ada Obi")),
            (Some("Ada"), Some("Obi"))
        );
        assert_eq!(
            name_parts(Some("Ada"), None, Some("Ada Obi")),
            (Some("Ada"), None)
        );
        assert_eq!(name_parts(None, None, None), (None, None));
        assert_eq!(
            display_name(None, Some("Obi"), None).as_deref(),
            Some("Obi")
        );
    }
}
