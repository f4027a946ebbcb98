//! The canonical ↔ provider tables (providers.md §8) and the two directions over them.
//!
//! Each provider is one [`Table`]: rows of (provider path, [`Via`]), where `Via` names the
//! canonical field(s) a row is made from and how. [`Customer::to_payload`] builds the
//! payload from the rows the provider operation accepts (a row whose path the operation's
//! rule table lacks or refuses is skipped, so the operation's own table decides), runs the
//! provider's [`validate`] on it and moves every issue onto the canonical field it came
//! from. [`Customer::from_payload`] reads the same rows backwards; [`super::requirements`]
//! derives what is required from the same rows and the provider's presence rules.

use super::{display_name, name_parts, Customer, CustomerField, IdScheme};
use crate::fields::{date, phone};
use crate::issue::{Code, Issue, Path, Report, Segment};
use crate::options::Options;
use crate::providers::{validate, Operation, Provider};
use crate::rules::{Check, EmailOrPhoneMembers, Field, Normalized, OperationSpec, Presence};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// What a provider request needs beside the customer: the merchant's account at the
/// provider, the time of the request and, on update, the provider's id of the customer. Not
/// the customer's (it is the merchant's and the request's), so not in [`Customer`]. A
/// provider's mapping says which it needs and where each goes (Calypso: its envelope's
/// `account` and `timestamp`, update's `payload.id`); issues about them are on
/// `context/<member>`.
///
/// ```
/// use customer_validate::customer::{RequestContext, Customer};
/// use customer_validate::{Operation, Options, Provider};
/// let mut c = Customer::default();
/// c.email = Some("ada@example.com".into());
/// let ctx = RequestContext::default()
///     .with_account(format!("0x{}", "ab".repeat(20)))
///     .with_timestamp_ms(1_700_000_000_000);
/// let out = c.to_payload_with(Provider::Calypso, Operation::Create, &ctx, &Options::default()).unwrap();
/// assert_eq!(out.value["payload"], serde_json::json!({"email": "ada@example.com"}));
/// let report = c.to_payload(Provider::Calypso, Operation::Create, &Options::default()).unwrap_err();
/// let paths: Vec<_> = report.issues().iter().map(|i| i.pointer()).collect();
/// assert_eq!(paths, ["/context/account", "/context/timestamp_ms"]);
/// ```
#[cfg_attr(
    test,
    derive(ts_rs::TS),
    ts(rename = "CustomerContext", optional_fields)
)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct RequestContext {
    /// The merchant's account at the provider, in the provider's form (Calypso: `0x` + 40 hex
    /// digits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Request time, Unix milliseconds; [`Options::now_ms`] when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_ms: Option<i64>,
    /// The provider's id of the customer, for updates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
}

impl RequestContext {
    /// The same context with the merchant's `account` at the provider.
    ///
    /// ```
    /// use customer_validate::customer::RequestContext;
    /// assert_eq!(RequestContext::default().with_account("0x00").account.as_deref(), Some("0x00"));
    /// ```
    pub fn with_account(mut self, account: impl Into<String>) -> Self {
        self.account = Some(account.into());
        self
    }

    /// The same context with the request time (Unix milliseconds).
    ///
    /// ```
    /// use customer_validate::customer::RequestContext;
    /// assert_eq!(RequestContext::default().with_timestamp_ms(1).timestamp_ms, Some(1));
    /// ```
    pub fn with_timestamp_ms(mut self, timestamp_ms: i64) -> Self {
        self.timestamp_ms = Some(timestamp_ms);
        self
    }

    /// The same context with the provider's id of the customer (for updates).
    ///
    /// ```
    /// use customer_validate::customer::RequestContext;
    /// assert_eq!(RequestContext::default().with_customer_id("u").customer_id.as_deref(), Some("u"));
    /// ```
    pub fn with_customer_id(mut self, id: impl Into<String>) -> Self {
        self.customer_id = Some(id.into());
        self
    }
}

/// One [`RequestContext`] member, as a provider's mapping places it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContextMember {
    Account,
    TimestampMs,
    CustomerId,
}

impl ContextMember {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ContextMember::Account => "account",
            ContextMember::TimestampMs => "timestamp_ms",
            ContextMember::CustomerId => "customer_id",
        }
    }
}

/// How one provider value is made from the canonical customer (and read back).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Via {
    /// The canonical member as is (the provider's check normalizes it).
    Copy(CustomerField),
    /// A phone; read back in `region` when not E.164 (Bloc's local `0…` form).
    Phone { region: Option<&'static str> },
    /// The date of birth: sent ISO (the provider writes its own form), read back to ISO.
    Date,
    /// The given name of [`Customer::name_parts`].
    GivenName,
    /// The family name of [`Customer::name_parts`].
    FamilyName,
    /// [`Customer::display_name`].
    DisplayName,
    /// Bloc's response `full_name` (`"{last} {first}"`): read only, dropped when it is the
    /// given and family names read, kept in `provider_data` otherwise.
    FamilyFirstName,
    /// `kind` as `Personal` / `Business`.
    Kind,
    /// `national_id.value` when its scheme is this one.
    NationalId(IdScheme),
    /// A list of the phone, then the email, each a string (the provider's check writes it in
    /// its own form); read back from strings or objects with these members (Authvia's
    /// `addresses`).
    PhoneThenEmail(EmailOrPhoneMembers),
    /// The metadata as a map of strings (Stripe's): a string member as it is, any other
    /// value as its JSON text (`0` → `"0"`, `{"a":1}` → `"{\"a\":1}"`); read back as strings.
    StringMetadata,
    /// The postal address, its members renamed as the mapping says (Rapyd's `addresses[0]`
    /// named with the display name; Stripe's `address` object).
    Address(&'static AddressMapping),
}

/// How a provider writes the canonical postal address.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AddressMapping {
    /// Provider member ↔ canonical member (`zip` ↔ `postal_code`).
    pub(crate) members: &'static [(&'static str, &'static str)],
    /// The member that carries the customer's display name, if any (Rapyd's `name`).
    pub(crate) name: Option<&'static str>,
    /// Written as the one item of a list (Rapyd's `addresses`), not as an object.
    pub(crate) in_list: bool,
}

impl Via {
    /// The canonical fields this row can be made from; the first is the one named when none
    /// is there.
    pub(crate) fn sources(self) -> &'static [CustomerField] {
        use CustomerField as F;
        match self {
            // The one field, as a slice of `CustomerField::ALL` (declaration order).
            Via::Copy(f) => std::slice::from_ref(&F::ALL[f as usize]),
            Via::Phone { .. } => &[F::Phone],
            Via::Date => &[F::DateOfBirth],
            Via::GivenName => &[F::GivenName, F::FullName],
            Via::FamilyName => &[F::FamilyName, F::FullName],
            Via::DisplayName => &[F::FullName, F::GivenName, F::FamilyName],
            Via::FamilyFirstName => &[],
            Via::Kind => &[F::Kind],
            Via::NationalId(_) => &[F::NationalId],
            Via::PhoneThenEmail(_) => &[F::Phone, F::Email],
            Via::Address(_) => &[F::Address],
            Via::StringMetadata => &[F::Metadata],
        }
    }

    /// Rows that only read responses.
    fn writes(self) -> bool {
        !matches!(self, Via::FamilyFirstName)
    }
}

/// One row: a provider path (inside the table's `within` object) and how it is made.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Row {
    pub(crate) path: &'static [&'static str],
    pub(crate) via: Via,
}

pub(crate) const fn row(path: &'static [&'static str], via: Via) -> Row {
    Row { path, via }
}

/// A provider's mapping: rows inside the `within` object, and the [`RequestContext`] members at
/// paths from the root.
pub(crate) struct Table {
    pub(crate) within: &'static [&'static str],
    pub(crate) rows: &'static [Row],
    pub(crate) context: &'static [(&'static [&'static str], ContextMember)],
}

use CustomerField as F;

/// The provider's mapping table (declared in its module, `crate::providers::*`).
pub(crate) fn table(provider: Provider) -> &'static Table {
    provider.definition().mapping
}

/// `within` + `path`.
pub(crate) fn full_path(table: &Table, path: &[&'static str]) -> Vec<&'static str> {
    table.within.iter().chain(path).copied().collect()
}

/// Whether the operation accepts `path` under `options`, and if so whether it is
/// required: `None` when its table has no such field (or refuses it), `Some(required)`
/// otherwise. A path below a free-form object (`metadata.name`) takes the object's
/// presence; a field is required only when every field on the way is.
pub(crate) fn presence(spec: &OperationSpec, path: &[&str], options: &Options) -> Option<bool> {
    let mut fields: &[Field] = spec.fields;
    let mut required = true;
    for (depth, seg) in path.iter().enumerate() {
        let field = fields.iter().find(|f| f.name == *seg)?;
        required &= match field.presence {
            Presence::Required => true,
            Presence::RequiredIf(p) => p(options),
            Presence::Optional => false,
            Presence::AllowedIf(p, _) if p(options) => false,
            Presence::AllowedIf(..) | Presence::Never(_) => return None,
        };
        match field.check {
            Check::Object(inner) => fields = inner,
            Check::JsonObject | Check::StringMap { .. } => {
                return Some(required && depth + 1 == path.len())
            }
            _ if depth + 1 < path.len() => return None,
            _ => {}
        }
    }
    Some(required)
}

/// Where a provider path's issues go: the canonical path, and whether the rest of the
/// provider path is kept below it (free-form objects).
struct Origin {
    provider: Vec<Segment>,
    canonical: Path,
    keep_rest: bool,
    sources: &'static [CustomerField],
}

fn seg_path(path: &[&str]) -> Vec<Segment> {
    path.iter().map(|s| Segment::Key((*s).to_owned())).collect()
}

fn to_path(segs: &[Segment]) -> Path {
    segs.iter().fold(Path::root(), |p, s| match s {
        Segment::Key(k) => p.key(k),
        Segment::Index(i) => p.index(*i),
    })
}

fn field_path(f: CustomerField) -> Path {
    Path::root().key(f.as_str())
}

fn get_str(c: &Map<String, Value>, f: CustomerField) -> Option<&str> {
    c.get(f.as_str()).and_then(Value::as_str)
}

/// Builds one row's value from the normalized canonical map; pushes the origins of its
/// issues.
fn build(
    via: Via,
    at: &[&'static str],
    c: &Map<String, Value>,
    origins: &mut Vec<Origin>,
) -> Option<Value> {
    let base = seg_path(at);
    let mut origin = |canonical: Path, keep_rest: bool| {
        origins.push(Origin {
            provider: base.clone(),
            canonical,
            keep_rest,
            sources: via.sources(),
        })
    };
    let (given, family, full) = (
        get_str(c, F::GivenName),
        get_str(c, F::FamilyName),
        get_str(c, F::FullName),
    );
    let name_origin = |part: CustomerField, got: bool| {
        if given.is_some() || family.is_some() || full.is_none() || !got {
            field_path(part)
        } else {
            field_path(F::FullName)
        }
    };
    match via {
        Via::Copy(f) => {
            origin(field_path(f), f == F::Metadata);
            c.get(f.as_str()).cloned()
        }
        Via::StringMetadata => {
            origin(field_path(F::Metadata), true);
            match c.get(F::Metadata.as_str()) {
                Some(Value::Object(m)) => Some(Value::Object(
                    m.iter()
                        .map(|(k, v)| {
                            let text = match v {
                                Value::String(s) => s.clone(),
                                other => other.to_string(),
                            };
                            (k.clone(), Value::String(text))
                        })
                        .collect(),
                )),
                other => other.cloned(),
            }
        }
        Via::Phone { .. } => {
            origin(field_path(F::Phone), false);
            c.get(F::Phone.as_str()).cloned()
        }
        Via::Date => {
            origin(field_path(F::DateOfBirth), false);
            c.get(F::DateOfBirth.as_str()).cloned()
        }
        Via::GivenName => {
            let value = name_parts(given, family, full).0;
            origin(name_origin(F::GivenName, value.is_some()), false);
            value.map(Value::from)
        }
        Via::FamilyName => {
            let value = name_parts(given, family, full).1;
            origin(name_origin(F::FamilyName, value.is_some()), false);
            value.map(Value::from)
        }
        Via::DisplayName => {
            let from = if full.is_some() {
                F::FullName
            } else if given.is_some() {
                F::GivenName
            } else if family.is_some() {
                F::FamilyName
            } else {
                F::FullName
            };
            origin(field_path(from), false);
            display_name(given, family, full).map(Value::from)
        }
        Via::FamilyFirstName => None,
        Via::Kind => {
            origin(field_path(F::Kind), false);
            match c.get(F::Kind.as_str()).and_then(Value::as_str) {
                Some("personal") => Some("Personal".into()),
                Some("business") => Some("Business".into()),
                _ => None,
            }
        }
        Via::NationalId(scheme) => {
            let id = c.get(F::NationalId.as_str());
            let value = id
                .filter(|id| id.get("scheme").and_then(Value::as_str) == Some(scheme.as_str()))
                .and_then(|id| id.get("value"))
                .cloned();
            let at = if value.is_some() {
                field_path(F::NationalId).key("value")
            } else {
                field_path(F::NationalId)
            };
            origin(at, false);
            value
        }
        Via::PhoneThenEmail(_) => {
            origin(field_path(F::Phone), false);
            let mut items = Vec::new();
            for f in [F::Phone, F::Email] {
                if let Some(v) = c.get(f.as_str()) {
                    origins.push(Origin {
                        provider: base
                            .iter()
                            .cloned()
                            .chain([Segment::Index(items.len())])
                            .collect(),
                        canonical: field_path(f),
                        keep_rest: false,
                        sources: via.sources(),
                    });
                    items.push(v.clone());
                }
            }
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Via::Address(mapping) => {
            origin(field_path(F::Address), false);
            let Some(Value::Object(a)) = c.get(F::Address.as_str()) else {
                return None;
            };
            let item: Vec<Segment> = if mapping.in_list {
                base.iter().cloned().chain([Segment::Index(0)]).collect()
            } else {
                base.to_vec()
            };
            let name = display_name(given, family, full);
            let name_from = if full.is_some() || (given.is_none() && family.is_none()) {
                F::FullName
            } else if given.is_some() {
                F::GivenName
            } else {
                F::FamilyName
            };
            let mut out = Map::new();
            let mut member = |rapyd: &str, canonical: Path, value: Option<Value>| {
                let mut provider = item.clone();
                provider.push(Segment::Key(rapyd.to_owned()));
                origins.push(Origin {
                    provider,
                    canonical,
                    keep_rest: false,
                    sources: via.sources(),
                });
                if let Some(v) = value {
                    out.insert(rapyd.to_owned(), v);
                }
            };
            if let Some(member_name) = mapping.name {
                member(member_name, field_path(name_from), name.map(Value::from));
            }
            for (provider_member, canonical) in mapping.members {
                member(
                    provider_member,
                    field_path(F::Address).key(canonical),
                    a.get(*canonical).cloned(),
                );
            }
            if mapping.in_list {
                origins.push(Origin {
                    provider: item,
                    canonical: field_path(F::Address),
                    keep_rest: false,
                    sources: via.sources(),
                });
                Some(Value::Array(vec![Value::Object(out)]))
            } else {
                Some(Value::Object(out))
            }
        }
    }
}

/// Puts `value` at `path` in `out`, creating objects on the way; a different value already
/// there (a canonical field and a free-form object member mapped to the same place) is
/// `value_conflict`, reported on `canonical`.
fn insert_at(
    out: &mut Map<String, Value>,
    path: &[&str],
    value: Value,
    canonical: &Path,
    report: &mut Report,
) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut obj = out;
    for p in parents {
        let slot = obj
            .entry((*p).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(inner) = slot else {
            report.push(conflict(path).at(canonical));
            return;
        };
        obj = inner;
    }
    match obj.get(*last) {
        Some(existing) if *existing != value => report.push(conflict(path).at(canonical)),
        _ => {
            obj.insert((*last).to_owned(), value);
        }
    }
}

fn conflict(path: &[&str]) -> Issue {
    Issue::new(
        Code::ValueConflict,
        "Another field already puts a different value where this one goes",
    )
    .param("provider_field", to_path(&seg_path(path)).pointer())
}

/// The issue moved onto the canonical path its provider path came from.
fn repath(mut issue: Issue, origins: &[Origin], provider: Provider) -> Issue {
    let segs = issue.path.segments().to_vec();
    let best = origins
        .iter()
        .filter(|o| segs.starts_with(&o.provider))
        .max_by_key(|o| o.provider.len());
    let provider_pointer = issue.pointer();
    if let Some(o) = best {
        let mut path = o.canonical.clone();
        if o.keep_rest {
            path = to_path(&segs[o.provider.len()..]).under(&path);
        }
        issue.path = path;
        if matches!(issue.code, Code::FieldRequired | Code::TooFewItems)
            && segs.len() == o.provider.len()
        {
            let any: Vec<&str> = o.sources.iter().map(|f| f.as_str()).collect();
            issue = issue.param("any_of", any);
        }
    }
    if issue.code == Code::OneOfRequired {
        let within = &segs[..segs.len().saturating_sub(1)];
        let names: Vec<String> = issue
            .params
            .get("fields")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let mut canonical: Vec<&str> = Vec::new();
        for name in names {
            let mut p = within.to_vec();
            p.push(Segment::Key(name));
            for o in origins.iter().filter(|o| o.provider.starts_with(&p)) {
                for f in o.sources {
                    if !canonical.contains(&f.as_str()) {
                        canonical.push(f.as_str());
                    }
                }
            }
        }
        issue = issue.param("any_of", canonical);
    }
    issue
        .param("provider", provider.as_str())
        .param("provider_field", provider_pointer)
}

impl Customer {
    /// [`Customer::to_payload_with`] with an empty [`RequestContext`] (enough for every provider
    /// but Calypso, whose envelope needs an account and a time).
    ///
    /// ```
    /// use customer_validate::customer::Customer;
    /// use customer_validate::{Operation, Options, Provider};
    /// use serde_json::json;
    /// let c: Customer = serde_json::from_value(json!({"email": "ada@example.com",
    ///     "phone": "+1 202-456-1111", "notes": "prefers SMS"})).unwrap();
    /// let report = c.to_payload(Provider::Authvia, Operation::Create, &Options::default()).unwrap_err();
    /// // Authvia's `ref` is missing: the issue names the canonical field to fill.
    /// assert_eq!(report.issues()[0].pointer(), "/external_ref");
    /// assert_eq!(report.issues()[0].params["provider_field"], "/ref");
    /// ```
    pub fn to_payload(
        &self,
        provider: Provider,
        operation: Operation,
        options: &Options,
    ) -> Result<Normalized, Report> {
        self.to_payload_with(provider, operation, &RequestContext::default(), options)
    }

    /// The payload `provider`'s `operation` should receive for this customer: exactly what
    /// [`validate`] returns for the payload its mapping table builds (normalized, with its
    /// warnings), or every issue. Issues on the canonical fields come first (the customer
    /// is checked as [`Customer::validate`] does); the provider's issues follow, each moved
    /// to the canonical field the provider field came from (`params.provider_field` keeps
    /// the provider's pointer, `params.any_of` lists the fields that can fill a missing one).
    /// An update sends every mapped field the customer has.
    ///
    /// ```
    /// use customer_validate::customer::Customer;
    /// use customer_validate::{Operation, Options, Provider};
    /// use serde_json::json;
    /// let c: Customer = serde_json::from_value(json!({"given_name": "Ada", "family_name": "Obi",
    ///     "email": "ada@example.com", "kind": "personal", "phone": "+2348031234567"})).unwrap();
    /// let report = c.to_payload(Provider::Bloc, Operation::Create, &Options::default()).unwrap_err();
    /// let found: Vec<_> = report.issues().iter().map(|i| (i.pointer(), i.code.as_str())).collect();
    /// assert_eq!(found, [("/national_id".to_owned(), "field_required")]);
    /// ```
    pub fn to_payload_with(
        &self,
        provider: Provider,
        operation: Operation,
        context: &RequestContext,
        options: &Options,
    ) -> Result<Normalized, Report> {
        let value = self.to_value(options)?;
        let (canonical, _) = super::canonical_map(&value, options)?;
        let Some(spec) = provider.spec(operation) else {
            // The provider's own answer (`operation_unsupported`).
            return validate(provider, operation, &Value::Null, options);
        };
        let table = table(provider);
        let mut out = Map::new();
        let mut origins = Vec::new();
        let mut report = Report::with_limit(options.max_issues);
        if !table.within.is_empty() {
            insert_at(
                &mut out,
                table.within,
                Value::Object(Map::new()),
                &Path::root(),
                &mut report,
            );
        }
        for r in table.rows.iter().filter(|r| r.via.writes()) {
            let at = full_path(table, r.path);
            if presence(spec, &at, options).is_none() {
                continue;
            }
            let before = origins.len();
            if let Some(v) = build(r.via, &at, &canonical, &mut origins) {
                let canonical_at = origins
                    .get(before)
                    .map_or_else(Path::root, |o| o.canonical.clone());
                insert_at(&mut out, &at, v, &canonical_at, &mut report);
            }
        }
        for (at, field) in table.context {
            if presence(spec, at, options).is_none() {
                continue;
            }
            let value = match field {
                ContextMember::Account => context.account.clone().map(Value::from),
                ContextMember::TimestampMs => {
                    context.timestamp_ms.or(options.now_ms).map(Value::from)
                }
                ContextMember::CustomerId => context.customer_id.clone().map(Value::from),
            };
            let canonical_at = Path::root().key("context").key(field.as_str());
            origins.push(Origin {
                provider: seg_path(at),
                canonical: canonical_at.clone(),
                keep_rest: false,
                sources: &[],
            });
            if let Some(v) = value {
                insert_at(&mut out, at, v, &canonical_at, &mut report);
            }
        }
        let result = validate(provider, operation, &Value::Object(out), options);
        let provider_issues = match result {
            Ok(n) if !report.has_errors() => {
                return Ok(Normalized {
                    value: n.value,
                    warnings: n
                        .warnings
                        .into_iter()
                        .map(|w| repath(w, &origins, provider))
                        .collect(),
                })
            }
            Ok(n) => n.warnings,
            Err(r) => r.into_issues(),
        };
        let mut seen: Vec<(String, Code)> = report
            .issues()
            .iter()
            .map(|i| (i.pointer(), i.code))
            .collect();
        for issue in provider_issues {
            let issue = repath(issue, &origins, provider);
            let key = (issue.pointer(), issue.code);
            if !seen.contains(&key) {
                seen.push(key);
                report.push(issue);
            }
        }
        Err(report)
    }

    /// Reads a customer from `provider`'s create payload or its response object (the
    /// `data` object of Bloc's and Rapyd's response envelopes; Calypso's envelope or its
    /// bare payload or response). Values are taken as given, except where the provider's
    /// form differs from the canonical one: Bloc's local phone is read as Nigerian and
    /// written E.164, dates go back to ISO, `customer_type` back to `kind`. Everything the
    /// table does not map (ids, statuses, timestamps, a `customer_type` that is not
    /// personal or business, extra contacts…) stays in `provider_data.<provider>` at the
    /// path it was read from, so nothing is lost. Run [`Customer::validate`] on the result
    /// to check and normalize it. Only a payload that is not an object is an error.
    ///
    /// ```
    /// use customer_validate::customer::Customer;
    /// use customer_validate::Provider;
    /// use serde_json::json;
    /// let c = Customer::from_payload(Provider::Bloc, &json!({"id": "64105f5d7f1b4b36103f870e",
    ///     "full_name": "erati mas", "first_name": "mas", "last_name": "erati",
    ///     "phone_number": "08031234567", "customer_type": "retail"})).unwrap();
    /// assert_eq!((c.given_name.as_deref(), c.family_name.as_deref()), (Some("mas"), Some("erati")));
    /// assert_eq!(c.phone.as_deref(), Some("+2348031234567"));
    /// assert_eq!(c.provider_data.unwrap()["bloc"],
    ///     json!({"id": "64105f5d7f1b4b36103f870e", "customer_type": "retail"}));
    /// ```
    pub fn from_payload(provider: Provider, payload: &Value) -> Result<Customer, Report> {
        let Value::Object(input) = payload else {
            let mut report = Report::default();
            report
                .push(Issue::new(Code::InvalidType, "Expected object").param("expected", "object"));
            return Err(report);
        };
        let table = table(provider);
        let mut rest = input.clone();
        let mut c = Map::new();
        // The object the rows are read in: the `within` object when the input has it (an
        // envelope), else the input itself (a bare payload or a response). Tables nest
        // at most one level.
        let within = table.within.first().copied();
        let mut envelope = match within {
            Some(key) if matches!(rest.get(key), Some(Value::Object(_))) => {
                match rest.shift_remove(key) {
                    Some(Value::Object(m)) => Some(m),
                    _ => None,
                }
            }
            _ => None,
        };
        {
            let obj: &mut Map<String, Value> = match envelope.as_mut() {
                Some(m) => m,
                None => &mut rest,
            };
            // Nested rows first, so `metadata.name` is taken before `metadata` is copied.
            let mut rows: Vec<&Row> = table.rows.iter().collect();
            rows.sort_by_key(|r| std::cmp::Reverse(r.path.len()));
            for r in rows {
                read_back(r, obj, &mut c);
            }
        }
        if let (Some(key), Some(m)) = (within, envelope) {
            if !m.is_empty() {
                rest.insert(key.to_owned(), Value::Object(m));
            }
        }
        if !rest.is_empty() {
            let mut data = Map::new();
            data.insert(provider.as_str().to_owned(), Value::Object(rest));
            c.insert("provider_data".into(), Value::Object(data));
        }
        // Ordered as the canonical table, so the JSON reads the same whatever the provider.
        let ordered: Map<String, Value> = super::CANONICAL
            .fields
            .iter()
            .filter_map(|f| c.shift_remove(f.name).map(|v| (f.name.to_owned(), v)))
            .collect();
        super::read::customer(Value::Object(ordered)).map_err(|_| {
            let mut report = Report::default();
            report.push(Issue::new(
                Code::InvalidType,
                "Payload values do not have the expected types",
            ));
            report
        })
    }
}

/// Takes the value at `path` out of `obj` when `keep` accepts it, removing objects the
/// removal empties.
fn take(
    obj: &mut Map<String, Value>,
    path: &[&str],
    keep: impl FnOnce(&Value) -> bool,
) -> Option<Value> {
    let (first, more) = path.split_first()?;
    if more.is_empty() {
        if obj.get(*first).is_some_and(keep) {
            return obj.shift_remove(*first);
        }
        return None;
    }
    let Some(Value::Object(inner)) = obj.get_mut(*first) else {
        return None;
    };
    let got = take(inner, more, keep);
    if got.is_some() && inner.is_empty() {
        obj.shift_remove(*first);
    }
    got
}

fn set(c: &mut Map<String, Value>, f: CustomerField, v: impl Into<Value>) {
    c.insert(f.as_str().to_owned(), v.into());
}

/// Reads one row back from `obj` (taking what it maps) into the canonical map `c`.
fn read_back(r: &Row, obj: &mut Map<String, Value>, c: &mut Map<String, Value>) {
    let is_str = |v: &Value| v.is_string();
    match r.via {
        Via::Copy(f) => {
            let ok = |v: &Value| match f {
                F::Metadata => v.is_object(),
                _ => v.is_string(),
            };
            if let Some(v) = take(obj, r.path, ok) {
                set(c, f, v);
            }
        }
        Via::StringMetadata => {
            if let Some(v) = take(obj, r.path, Value::is_object) {
                set(c, F::Metadata, v);
            }
        }
        Via::Phone { region } => {
            if let Some(Value::String(s)) = take(obj, r.path, is_str) {
                let e164 = phone::parse_valid(&s, region).map(|n| n.e164).unwrap_or(s);
                set(c, F::Phone, e164);
            }
        }
        Via::Date => {
            if let Some(Value::String(s)) = take(obj, r.path, is_str) {
                let iso = date::parse(&s).map(|d| d.iso()).unwrap_or(s);
                set(c, F::DateOfBirth, iso);
            }
        }
        Via::GivenName => {
            if let Some(v) = take(obj, r.path, is_str) {
                set(c, F::GivenName, v);
            }
        }
        Via::FamilyName => {
            if let Some(v) = take(obj, r.path, is_str) {
                set(c, F::FamilyName, v);
            }
        }
        Via::DisplayName => {
            if let Some(v) = take(obj, r.path, is_str) {
                set(c, F::FullName, v);
            }
        }
        Via::FamilyFirstName => {
            let expected = match (get_str(c, F::FamilyName), get_str(c, F::GivenName)) {
                (Some(l), Some(f)) => Some(crate::text_out::fill("{} {}", &[l, f])),
                _ => None,
            };
            let _ = take(obj, r.path, |v| {
                expected.is_some() && v.as_str().map(str::trim) == expected.as_deref()
            });
        }
        Via::Kind => {
            let kind = |v: &Value| -> Option<&'static str> {
                let s = v.as_str()?.trim();
                ["personal", "business"]
                    .into_iter()
                    .find(|k| k.eq_ignore_ascii_case(s))
            };
            if let Some(v) = take(obj, r.path, |v| kind(v).is_some()) {
                if let Some(k) = kind(&v) {
                    set(c, F::Kind, k);
                }
            }
        }
        Via::NationalId(scheme) => {
            if let Some(v) = take(obj, r.path, is_str) {
                set(
                    c,
                    F::NationalId,
                    serde_json::json!({"scheme": scheme.as_str(), "value": v}),
                );
            }
        }
        Via::PhoneThenEmail(members) => {
            let Some(Value::Array(items)) = take(obj, r.path, Value::is_array) else {
                return;
            };
            let mut left = Vec::new();
            for item in items {
                let s = match &item {
                    Value::String(s) => Some(s.clone()),
                    Value::Object(m)
                        if m.keys().all(|k| k == members.value || k == members.kind) =>
                    {
                        m.get(members.value)
                            .and_then(Value::as_str)
                            .map(str::to_owned)
                    }
                    _ => None,
                };
                let field = s
                    .as_ref()
                    .map(|s| if s.contains('@') { F::Email } else { F::Phone });
                // A `type` is dropped only when it says what the value already says.
                let type_agrees = match (item.get(members.kind), field) {
                    (None, _) => true,
                    (Some(t), Some(F::Email)) => t == "email",
                    (Some(t), Some(_)) => t == "phone",
                    (Some(_), None) => false,
                };
                match (s, field.filter(|_| type_agrees)) {
                    (Some(s), Some(f)) if !c.contains_key(f.as_str()) => set(c, f, s),
                    _ => left.push(item),
                }
            }
            if !left.is_empty() {
                put(obj, r.path, Value::Array(left));
            }
        }
        Via::Address(mapping) => {
            // The address members of one object; the name member is dropped only when it is
            // the full name read (anything else stays in provider_data).
            let read = |from: &mut Map<String, Value>, c: &mut Map<String, Value>| {
                let mut address = Map::new();
                for (provider_member, canonical) in mapping.members {
                    if let Some(v) = take(from, &[provider_member], is_str) {
                        address.insert((*canonical).to_owned(), v);
                    }
                }
                if let Some(member_name) = mapping.name {
                    let full = get_str(c, F::FullName).map(str::to_owned);
                    let _ = take(from, &[member_name], |v| {
                        full.is_some() && v.as_str() == full.as_deref()
                    });
                }
                if !address.is_empty() {
                    set(c, F::Address, Value::Object(address));
                }
            };
            if mapping.in_list {
                let Some(Value::Array(mut items)) = take(obj, r.path, Value::is_array) else {
                    return;
                };
                if let Some(Value::Object(first)) = items.first_mut() {
                    read(first, c);
                }
                if items.len() == 1 && items[0].as_object().is_some_and(Map::is_empty) {
                    items.clear();
                }
                if !items.is_empty() {
                    put(obj, r.path, Value::Array(items));
                }
            } else {
                let Some(Value::Object(mut object)) = take(obj, r.path, Value::is_object) else {
                    return;
                };
                read(&mut object, c);
                if !object.is_empty() {
                    put(obj, r.path, Value::Object(object));
                }
            }
        }
    }
}

/// Puts `value` back at `path` (for what a row could not use).
fn put(obj: &mut Map<String, Value>, path: &[&str], value: Value) {
    let mut report = Report::default();
    insert_at(obj, path, value, &Path::root(), &mut report);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn customer(v: Value) -> Customer {
        serde_json::from_value(v).unwrap()
    }

    fn found(r: &Report) -> Vec<(String, &'static str)> {
        r.issues()
            .iter()
            .map(|i| (i.pointer(), i.code.as_str()))
            .collect()
    }

    #[test]
    fn every_row_names_a_field_its_operation_has() {
        for p in Provider::ALL {
            let t = table(*p);
            for r in t.rows.iter().filter(|r| r.via.writes()) {
                let at = full_path(t, r.path);
                let ok = [Operation::Create, Operation::Update]
                    .iter()
                    .filter_map(|op| p.spec(*op))
                    .any(|s| presence(s, &at, &Options::default()).is_some());
                assert!(ok, "{p} {at:?}");
            }
        }
    }

    #[test]
    fn bloc_single_word_name_asks_for_the_family_name() {
        let c = customer(json!({"full_name": "Cher", "email": "c@example.com",
            "phone": "+2348031234567", "kind": "personal",
            "national_id": {"scheme": "bvn", "value": "01234567890"}}));
        let r = c
            .to_payload(Provider::Bloc, Operation::Create, &Options::default())
            .unwrap_err();
        assert_eq!(found(&r), [("/family_name".to_owned(), "field_required")]);
        assert_eq!(r.issues()[0].params["provider_field"], "/last_name");
        assert_eq!(
            r.issues()[0].params["any_of"],
            json!(["family_name", "full_name"])
        );
    }

    #[test]
    fn bloc_issue_on_a_split_name_is_on_full_name() {
        let long = "x".repeat(120);
        let c = customer(json!({"full_name": format!("Ada {long}")}));
        let r = c
            .to_payload(Provider::Bloc, Operation::Create, &Options::default())
            .unwrap_err();
        let on_full: Vec<_> = r
            .issues()
            .iter()
            .filter(|i| i.params["provider_field"] == "/last_name")
            .map(|i| (i.pointer(), i.code.as_str()))
            .collect();
        assert_eq!(on_full, [("/full_name".to_owned(), "too_long")]);
    }

    #[test]
    fn bloc_needs_a_bvn_not_another_scheme() {
        let c = customer(json!({"national_id": {"scheme": "nin", "value": "01234567890"}}));
        let r = c
            .to_payload(Provider::Bloc, Operation::Create, &Options::default())
            .unwrap_err();
        assert!(found(&r).contains(&("/national_id".to_owned(), "field_required")));
    }

    #[test]
    fn bloc_update_leaves_the_bvn_out() {
        let c = customer(json!({"email": "a@example.com",
            "national_id": {"scheme": "bvn", "value": "01234567890"}}));
        let out = c
            .to_payload(Provider::Bloc, Operation::Update, &Options::default())
            .unwrap();
        assert_eq!(out.value, json!({"email": "a@example.com"}));
    }

    #[test]
    fn phone_not_nigerian_for_bloc_is_on_phone() {
        let c = customer(json!({"phone": "+12024561111"}));
        let r = c
            .to_payload(Provider::Bloc, Operation::Update, &Options::default())
            .unwrap_err();
        assert_eq!(found(&r), [("/phone".to_owned(), "phone_wrong_region")]);
    }

    #[test]
    fn rapyd_address_issues_are_on_the_canonical_address() {
        let c = customer(json!({"full_name": "Ada Obi",
            "address": {"line_1": "1 Main St", "country": "US", "postal_code": "9021"}}));
        // By default the country's rules only warn...
        let ok = c
            .to_payload(Provider::Rapyd, Operation::Create, &Options::default())
            .unwrap();
        let warned: Vec<_> = ok.warnings.iter().map(|i| i.pointer()).collect();
        assert!(
            warned.contains(&"/address/postal_code".to_owned()),
            "{warned:?}"
        );
        // ...and fail when the caller wants a deliverable address.
        let mut strict = Options::default();
        strict.address.deliverable = true;
        let r = c
            .to_payload(Provider::Rapyd, Operation::Create, &strict)
            .unwrap_err();
        // The canonical check finds them first, on the canonical names.
        let paths: Vec<_> = r.issues().iter().map(|i| i.pointer()).collect();
        assert!(
            paths.iter().all(|p| p.starts_with("/address/")),
            "{paths:?}"
        );
        assert!(paths.contains(&"/address/postal_code".to_owned()));
    }

    #[test]
    fn rapyd_address_without_a_name_is_on_full_name() {
        let c = customer(
            json!({"address": {"line_1": "1 Rue de Rivoli", "city": "Paris",
            "postal_code": "75001", "country": "FR"}}),
        );
        let r = c
            .to_payload(Provider::Rapyd, Operation::Create, &Options::default())
            .unwrap_err();
        // `/name` and `/addresses/0/name` are one missing canonical field.
        assert_eq!(found(&r), [("/full_name".to_owned(), "field_required")]);
    }

    #[test]
    fn rapyd_payload_carries_address_ref_and_birth_date() {
        let c = customer(json!({"given_name": "Ada", "family_name": "Obi",
            "external_ref": "c-1", "date_of_birth": "1990-12-31", "metadata": {"tier": 2},
            "address": {"line_1": "1 Rue de Rivoli", "city": "Paris", "postal_code": "75001",
                "country": "FR"}, "notes": "vip"}));
        let out = c
            .to_payload(Provider::Rapyd, Operation::Create, &Options::default())
            .unwrap();
        assert_eq!(
            out.value,
            json!({"name": "Ada Obi", "addresses": [{"name": "Ada Obi", "line_1": "1 Rue de Rivoli",
                "city": "Paris", "country": "FR", "zip": "75001"}], "description": "vip",
                "metadata": {"tier": 2, "external_ref": "c-1"}, "date_of_birth": "31/12/1990"})
        );
        let back = Customer::from_payload(Provider::Rapyd, &out.value).unwrap();
        assert_eq!(back.full_name.as_deref(), Some("Ada Obi"));
        assert_eq!(back.external_ref.as_deref(), Some("c-1"));
        assert_eq!(back.date_of_birth.as_deref(), Some("1990-12-31"));
        assert_eq!(back.metadata, c.metadata);
        assert_eq!(
            back.address,
            c.validate(&Options::default()).unwrap().address
        );
        assert_eq!(back.provider_data, None);
    }

    #[test]
    fn metadata_member_conflict_is_reported() {
        let c = customer(json!({"external_ref": "a", "full_name": "Ada",
            "metadata": {"external_ref": "b"}}));
        let r = c
            .to_payload(Provider::Rapyd, Operation::Create, &Options::default())
            .unwrap_err();
        assert_eq!(found(&r), [("/external_ref".to_owned(), "value_conflict")]);
    }

    #[test]
    fn authvia_contacts_are_phone_then_email() {
        let c = customer(json!({"external_ref": "c-1", "email": "ada@example.com",
            "phone": "+12024561111", "full_name": "Ada Obi", "notes": "n"}));
        let out = c
            .to_payload(Provider::Authvia, Operation::Create, &Options::default())
            .unwrap();
        assert_eq!(
            out.value,
            json!({"ref": "c-1", "addresses": [{"value": "+12024561111"}, {"value": "ada@example.com"}],
                "metadata": {"name": "Ada Obi"}, "appdata": {"note": "n"}})
        );
        let r = customer(json!({"external_ref": "bad ref"}))
            .to_payload(Provider::Authvia, Operation::Create, &Options::default())
            .unwrap_err();
        assert_eq!(
            found(&r),
            [
                ("/external_ref".to_owned(), "id_invalid"),
                ("/phone".to_owned(), "field_required")
            ]
        );
        assert_eq!(r.issues()[1].params["any_of"], json!(["phone", "email"]));
    }

    #[test]
    fn authvia_update_needs_metadata_or_notes() {
        let r = customer(json!({"external_ref": "c-1"}))
            .to_payload(Provider::Authvia, Operation::Update, &Options::default())
            .unwrap_err();
        assert_eq!(found(&r), [("/metadata".to_owned(), "one_of_required")]);
        assert_eq!(
            r.issues()[0].params["any_of"],
            json!([
                "metadata",
                "full_name",
                "given_name",
                "family_name",
                "notes"
            ])
        );
    }

    #[test]
    fn calypso_reference_rule_names_canonical_fields() {
        let ctx = RequestContext {
            account: Some(format!("0x{}", "ab".repeat(20))),
            timestamp_ms: Some(1_700_000_000_000),
            customer_id: None,
        };
        let r = customer(json!({"notes": "x"}))
            .to_payload_with(
                Provider::Calypso,
                Operation::Create,
                &ctx,
                &Options::default(),
            )
            .unwrap_err();
        assert_eq!(found(&r), [("/email".to_owned(), "one_of_required")]);
        assert_eq!(
            r.issues()[0].params["any_of"],
            json!(["email", "external_ref"])
        );
        let r = customer(json!({"email": "a@example.com"}))
            .to_payload_with(
                Provider::Calypso,
                Operation::Update,
                &ctx,
                &Options::default(),
            )
            .unwrap_err();
        assert_eq!(
            found(&r),
            [("/context/customer_id".to_owned(), "field_required")]
        );
    }

    #[test]
    fn calypso_envelope_reads_back_into_provider_data() {
        let body = json!({"account": "0x00", "timestamp": 1, "payload": {"email": "a@example.com",
            "externalId": "x", "id": "u"}});
        let c = Customer::from_payload(Provider::Calypso, &body).unwrap();
        assert_eq!(c.external_ref.as_deref(), Some("x"));
        assert_eq!(
            c.provider_data.unwrap()["calypso"],
            json!({"account": "0x00", "timestamp": 1, "payload": {"id": "u"}})
        );
        let response = json!({"id": "u", "email": "a@example.com", "description": "d",
            "externalId": "x", "blocked": false});
        let c = Customer::from_payload(Provider::Calypso, &response).unwrap();
        assert_eq!(c.notes.as_deref(), Some("d"));
        assert_eq!(
            c.provider_data.unwrap()["calypso"],
            json!({"id": "u", "blocked": false})
        );
    }

    #[test]
    fn authvia_reads_strings_and_objects_and_keeps_extra_contacts() {
        let c = Customer::from_payload(
            Provider::Authvia,
            &json!({"ref": "r", "addresses": ["+12024561111", {"value": "a@example.com"},
                {"type": "phone", "value": "+12024561112"}], "appdata": {"note": "n", "k": 1}}),
        )
        .unwrap();
        assert_eq!(c.phone.as_deref(), Some("+12024561111"));
        assert_eq!(c.email.as_deref(), Some("a@example.com"));
        assert_eq!(c.notes.as_deref(), Some("n"));
        assert_eq!(
            c.provider_data.unwrap()["authvia"],
            json!({"addresses": [{"type": "phone", "value": "+12024561112"}], "appdata": {"k": 1}})
        );
        // A `type` that disagrees with the value is not dropped: the item stays as read.
        let item = json!({"type": "postal", "value": "a@example.com"});
        let c = Customer::from_payload(Provider::Authvia, &json!({"addresses": [item.clone()]}))
            .unwrap();
        assert_eq!(c.email, None);
        assert_eq!(
            c.provider_data.unwrap()["authvia"]["addresses"],
            json!([item])
        );
    }

    #[test]
    fn bloc_full_name_that_is_not_last_first_is_kept() {
        let c = Customer::from_payload(
            Provider::Bloc,
            &json!({"first_name": "mas", "last_name": "erati", "full_name": "someone else"}),
        )
        .unwrap();
        assert_eq!(
            c.provider_data.unwrap()["bloc"],
            json!({"full_name": "someone else"})
        );
    }

    #[test]
    fn rapyd_response_address_ids_are_kept() {
        let c = Customer::from_payload(
            Provider::Rapyd,
            &json!({"id": "cus_1", "name": "Ada Obi", "addresses": [{"id": "address_1",
                "name": "Ada Obi", "line_1": "1 Main St", "zip": "10001"}, {"line_1": "2"}]}),
        )
        .unwrap();
        assert_eq!(c.address.unwrap().postal_code.as_deref(), Some("10001"));
        assert_eq!(
            c.provider_data.unwrap()["rapyd"],
            json!({"id": "cus_1", "addresses": [{"id": "address_1"}, {"line_1": "2"}]})
        );
    }

    #[test]
    fn not_an_object_is_an_issue() {
        let r = Customer::from_payload(Provider::Rapyd, &json!([1])).unwrap_err();
        assert_eq!(r.issues()[0].code, Code::InvalidType);
    }
}
