//! What each provider operation needs from the canonical customer, derived from the
//! mapping tables and the provider's own presence and at-least-one rules.

use super::mapping::{full_path, presence, table};
use super::{Customer, CustomerField};
use crate::issue::Code;
use crate::options::Options;
use crate::providers::{Operation, Provider};
use serde::Serialize;
use serde_json::Value;

/// One thing a provider operation needs: any one of `any_of` fills it.
///
/// ```
/// use customer_validate::customer::{requirements, CustomerField};
/// use customer_validate::{Operation, Provider};
/// let r = requirements(Provider::Bloc, Operation::Create);
/// let last = r.required.iter().find(|n| n.provider_fields == ["/last_name"]).unwrap();
/// assert_eq!(last.any_of, [CustomerField::FamilyName, CustomerField::FullName]);
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Need {
    /// Canonical fields, any of which fills the need (the first is the usual one).
    pub any_of: Vec<CustomerField>,
    /// The provider fields (JSON pointers) the need is about.
    pub provider_fields: Vec<String>,
}

/// The canonical fields one provider operation needs and can carry.
///
/// ```
/// use customer_validate::customer::{requirements, CustomerField};
/// use customer_validate::{Operation, Provider};
/// let r = requirements(Provider::Authvia, Operation::Create);
/// assert_eq!(r.required[0].any_of, [CustomerField::ExternalRef]);
/// assert_eq!(r.required[1].any_of, [CustomerField::Phone, CustomerField::Email]);
/// assert!(r.optional.contains(&CustomerField::Notes));
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Requirements {
    /// The provider.
    #[cfg_attr(test, ts(type = "Provider"))]
    pub provider: Provider,
    /// The operation.
    #[cfg_attr(test, ts(type = "Operation"))]
    pub operation: Operation,
    /// What must be filled, each need by any one of its fields.
    pub required: Vec<Need>,
    /// Fields the operation carries when given but does not need (not in any need).
    pub optional: Vec<CustomerField>,
    /// [`RequestContext`](super::RequestContext) members the operation needs (`account`, `timestamp_ms`, `customer_id`).
    #[cfg_attr(test, ts(type = "Array<keyof CustomerContext>"))]
    pub context: Vec<&'static str>,
}

/// The text of `Need`'s `Serialize` derive, written without serde_json (the npm package's
/// `requirements`; a test compares both).
impl crate::json_text::WriteJson for Need {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member("any_of", &self.any_of)
            .member("provider_fields", &self.provider_fields);
        o.end();
    }
}

/// The text of `Requirements`' `Serialize` derive, written without serde_json.
impl crate::json_text::WriteJson for Requirements {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member("provider", &self.provider)
            .member("operation", &self.operation)
            .member("required", &self.required)
            .member("optional", &self.optional)
            .member("context", &self.context);
        o.end();
    }
}

impl Requirements {
    /// Every canonical field the operation carries (required or optional), in
    /// [`CustomerField`] order.
    ///
    /// ```
    /// use customer_validate::customer::{requirements, CustomerField};
    /// use customer_validate::{Operation, Provider};
    /// let r = requirements(Provider::Calypso, Operation::Create);
    /// assert_eq!(r.carries(), [CustomerField::Email, CustomerField::ExternalRef, CustomerField::Notes]);
    /// ```
    pub fn carries(&self) -> Vec<CustomerField> {
        let mut all: Vec<CustomerField> = self
            .required
            .iter()
            .flat_map(|n| n.any_of.iter().copied())
            .chain(self.optional.iter().copied())
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// [`requirements_with`] under the default [`Options`].
///
/// ```
/// use customer_validate::customer::requirements;
/// use customer_validate::{Operation, Provider};
/// assert_eq!(requirements(Provider::Calypso, Operation::Create).context, ["account", "timestamp_ms"]);
/// ```
pub fn requirements(provider: Provider, operation: Operation) -> Requirements {
    requirements_with(provider, operation, &Options::default())
}

/// The canonical fields `provider`'s `operation` needs and can carry under `options`
/// (some needs depend on options, e.g. Bloc's `full_replace`). Derived from the same
/// mapping rows [`Customer::to_payload`] uses and the operation's own rule table, so it
/// cannot drift from what the conversion reports. An operation the provider lacks, or
/// one that carries no customer field (block, archive), needs and carries nothing.
///
/// ```
/// use customer_validate::customer::{requirements_with, CustomerField};
/// use customer_validate::{Operation, Options, Provider};
/// let mut o = Options::default();
/// o.calypso.require_reference = false;
/// let r = requirements_with(Provider::Calypso, Operation::Create, &o);
/// assert!(r.required.is_empty());
/// assert!(r.optional.contains(&CustomerField::Email));
/// ```
pub fn requirements_with(
    provider: Provider,
    operation: Operation,
    options: &Options,
) -> Requirements {
    let mut req = Requirements {
        provider,
        operation,
        required: Vec::new(),
        optional: Vec::new(),
        context: Vec::new(),
    };
    let Some(spec) = provider.spec(operation) else {
        return req;
    };
    let table = table(provider);
    let mut carried = Vec::new();
    let pointer = |path: &[&str]| -> String { path.iter().flat_map(|s| ["/", s]).collect() };
    for r in table.rows {
        if r.via.sources().is_empty() {
            continue;
        }
        let at = full_path(table, r.path);
        match presence(spec, &at, options) {
            None => {}
            Some(true) => req.required.push(Need {
                any_of: r.via.sources().to_vec(),
                provider_fields: vec![pointer(&at)],
            }),
            Some(false) => carried.extend_from_slice(r.via.sources()),
        }
    }
    for rule in spec.one_of.iter().filter(|rule| (rule.when)(options)) {
        let mut need = Need {
            any_of: Vec::new(),
            provider_fields: Vec::new(),
        };
        for name in rule.fields {
            let at: Vec<&str> = rule.within.iter().copied().chain([*name]).collect();
            let sources = table
                .rows
                .iter()
                .filter(|r| full_path(table, r.path).starts_with(&at))
                .flat_map(|r| r.via.sources().iter().copied());
            for f in sources {
                if !need.any_of.contains(&f) {
                    need.any_of.push(f);
                }
            }
            need.provider_fields.push(pointer(&at));
        }
        if !need.any_of.is_empty() {
            req.required.push(need);
        }
    }
    for (at, field) in table.context {
        if presence(spec, at, options) == Some(true) {
            req.context.push(field.as_str());
        }
    }
    let needed: Vec<CustomerField> = req
        .required
        .iter()
        .flat_map(|n| n.any_of.iter().copied())
        .collect();
    carried.sort();
    carried.dedup();
    carried.retain(|f| !needed.contains(f));
    req.optional = carried;
    req
}

/// What one provider still needs from a customer ([`Customer::checklist`]).
///
/// ```
/// use customer_validate::customer::Customer;
/// use customer_validate::{Operation, Options, Provider};
/// let list = Customer::default().checklist(Operation::Create, &Options::default());
/// let rapyd = list.iter().find(|c| c.provider == Provider::Rapyd).unwrap();
/// assert!(!rapyd.ready);
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Checklist {
    /// The provider.
    #[cfg_attr(test, ts(type = "Provider"))]
    pub provider: Provider,
    /// What is missing ([`Customer::missing`]).
    pub missing: Vec<Need>,
    /// True when the payload converts with no issue (context inputs aside).
    pub ready: bool,
}

impl Customer {
    /// What this customer still lacks for `provider`'s `operation`: the missing-field
    /// issues of [`Customer::to_payload`] (`field_required`, `too_few_items`,
    /// `one_of_required` on canonical fields; [`RequestContext`](super::RequestContext) inputs left out), as needs. The
    /// conversion decides, so a single-word `full_name` shows Bloc's missing family name.
    /// Invalid values are not "missing": they are [`Customer::validate`]'s issues.
    ///
    /// ```
    /// use customer_validate::customer::{Customer, CustomerField};
    /// use customer_validate::{Operation, Options, Provider};
    /// let mut c = Customer::default();
    /// c.external_ref = Some("cust-1".into());
    /// let missing = c.missing(Provider::Authvia, Operation::Create, &Options::default());
    /// assert_eq!(missing.len(), 1);
    /// assert_eq!(missing[0].any_of, [CustomerField::Phone, CustomerField::Email]);
    /// ```
    pub fn missing(
        &self,
        provider: Provider,
        operation: Operation,
        options: &Options,
    ) -> Vec<Need> {
        self.missing_and_ready(provider, operation, options).0
    }

    fn missing_and_ready(
        &self,
        provider: Provider,
        operation: Operation,
        options: &Options,
    ) -> (Vec<Need>, bool) {
        let Err(report) = self.to_payload(provider, operation, options) else {
            return (Vec::new(), true);
        };
        let mut needs: Vec<Need> = Vec::new();
        let mut other = false;
        for issue in report.issues() {
            let top = issue.path.segments().first();
            let on_context = matches!(top, Some(crate::issue::Segment::Key(k)) if k == "context");
            let missing = matches!(
                issue.code,
                Code::FieldRequired | Code::TooFewItems | Code::OneOfRequired
            );
            if on_context && issue.code == Code::FieldRequired {
                continue;
            }
            if !missing || on_context {
                other = true;
                continue;
            }
            let any_of: Vec<CustomerField> = issue
                .params
                .get("any_of")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .filter_map(|s| s.parse().ok())
                        .collect()
                })
                .unwrap_or_default();
            let any_of = if any_of.is_empty() {
                match top {
                    Some(crate::issue::Segment::Key(k)) => k.parse().ok().into_iter().collect(),
                    _ => Vec::new(),
                }
            } else {
                any_of
            };
            let provider_field = issue
                .params
                .get("provider_field")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            if let Some(n) = needs.iter_mut().find(|n| n.any_of == any_of) {
                if !n.provider_fields.contains(&provider_field) {
                    n.provider_fields.push(provider_field);
                }
            } else {
                needs.push(Need {
                    any_of,
                    provider_fields: vec![provider_field],
                });
            }
        }
        let ready = needs.is_empty() && !other;
        (needs, ready)
    }

    /// [`Customer::missing`] for every provider that has `operation`, in [`Provider::ALL`]
    /// order: the per-provider checklist of a form that serves them all.
    ///
    /// ```
    /// use customer_validate::customer::Customer;
    /// use customer_validate::{Operation, Options, Provider};
    /// let mut c = Customer::default();
    /// c.email = Some("ada@example.com".into());
    /// let list = c.checklist(Operation::Create, &Options::default());
    /// let calypso = list.iter().find(|c| c.provider == Provider::Calypso).unwrap();
    /// assert!(calypso.ready && calypso.missing.is_empty());
    /// ```
    pub fn checklist(&self, operation: Operation, options: &Options) -> Vec<Checklist> {
        Provider::ALL
            .iter()
            .filter(|p| p.spec(operation).is_some())
            .map(|&provider| {
                let (missing, ready) = self.missing_and_ready(provider, operation, options);
                Checklist {
                    provider,
                    missing,
                    ready,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CustomerField as F;

    fn any(r: &Requirements) -> Vec<Vec<CustomerField>> {
        r.required.iter().map(|n| n.any_of.clone()).collect()
    }

    #[test]
    fn bloc_create_needs_all_six() {
        let r = requirements(Provider::Bloc, Operation::Create);
        assert_eq!(
            any(&r),
            [
                vec![F::Email],
                vec![F::Phone],
                vec![F::NationalId],
                vec![F::GivenName, F::FullName],
                vec![F::FamilyName, F::FullName],
                vec![F::Kind],
            ]
        );
        assert!(r.optional.is_empty());
    }

    #[test]
    fn bloc_update_is_partial_without_bvn_unless_full_replace() {
        let r = requirements(Provider::Bloc, Operation::Update);
        assert!(!r.carries().contains(&F::NationalId));
        assert_eq!(r.required.len(), 1, "the at-least-one rule");
        let mut o = Options::default();
        o.bloc.full_replace = true;
        let r = requirements_with(Provider::Bloc, Operation::Update, &o);
        assert_eq!(r.required.len(), 6);
    }

    #[test]
    fn rapyd_create_needs_a_name() {
        let r = requirements(Provider::Rapyd, Operation::Create);
        assert_eq!(any(&r), [vec![F::FullName, F::GivenName, F::FamilyName]]);
        for f in [
            F::Email,
            F::Phone,
            F::Address,
            F::ExternalRef,
            F::NationalId,
            F::DateOfBirth,
            F::Nationality,
            F::Metadata,
            F::Notes,
        ] {
            assert!(r.optional.contains(&f), "{f}");
        }
    }

    #[test]
    fn calypso_update_needs_the_customer_id() {
        let r = requirements(Provider::Calypso, Operation::Update);
        assert_eq!(r.context, ["account", "timestamp_ms", "customer_id"]);
        assert!(!r.carries().contains(&F::ExternalRef));
    }

    #[test]
    fn block_carries_nothing() {
        let r = requirements(Provider::Calypso, Operation::Block);
        assert!(r.carries().is_empty());
        assert!(requirements(Provider::Rapyd, Operation::Block)
            .context
            .is_empty());
    }

    #[test]
    fn checklist_names_what_each_provider_lacks() {
        let c: Customer = serde_json::from_value(serde_json::json!({"full_name": "Cher",
            "email": "cher@example.com"}))
        .unwrap();
        let list = c.checklist(Operation::Create, &Options::default());
        let of = |p: Provider| -> Vec<Vec<CustomerField>> {
            list.iter()
                .find(|c| c.provider == p)
                .unwrap()
                .missing
                .iter()
                .map(|n| n.any_of.clone())
                .collect()
        };
        assert_eq!(
            of(Provider::Bloc),
            [
                vec![F::Phone],
                vec![F::NationalId],
                vec![F::FamilyName, F::FullName],
                vec![F::Kind]
            ]
        );
        assert!(of(Provider::Rapyd).is_empty());
        assert_eq!(of(Provider::Authvia), [vec![F::ExternalRef]]);
        assert!(of(Provider::Calypso).is_empty());
    }
}
