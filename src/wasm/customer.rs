//! The canonical customer for the npm package (`toPayload`, `fromPayload`, `requirements`,
//! `checklist`): JSON text in, JSON text out, like [`super::validate`], so the wasm-bindgen
//! exports stay as thin as the others. Answers are `{"ok":true,"value","warnings"}` or
//! `{"ok":false,"issues","truncated"}`; a caller's mistake no payload can fix (an unknown
//! name, options or a context that do not parse) is an `Err` with a message.

use super::{answer_validated, check_args, parse_options, strip_position, to_json};
use crate::customer::{requirements_with, Customer, RequestContext};
use crate::providers::{parse_json, Operation, Provider};
use crate::rules::Normalized;

/// Reads a [`RequestContext`] given as JSON text; `None`, blank, `null` or `undefined` mean none.
fn parse_context(json: Option<&str>) -> Result<RequestContext, String> {
    match json.map(str::trim) {
        None | Some("") | Some("null") | Some("undefined") => Ok(RequestContext::default()),
        Some(text) => serde_json::from_str(text)
            .map_err(|e| format!("invalid context: {}", strip_position(e))),
    }
}

/// `provider`'s `operation` payload for a canonical customer given as JSON text
/// ([`Customer::to_payload_with`]), with the [`RequestContext`] (Calypso's envelope) and options as JSON text.
pub fn to_payload(
    customer_json: &str,
    provider: &str,
    operation: &str,
    context_json: Option<&str>,
    options_json: Option<&str>,
) -> Result<String, String> {
    let (provider, operation, options) = check_args(provider, operation, options_json)?;
    let context = parse_context(context_json)?;
    let result = parse_json(customer_json, &options)
        .and_then(|v| Customer::parse(&v, &options))
        .and_then(|(c, _)| c.to_payload_with(provider, operation, &context, &options));
    Ok(answer_validated(result))
}

/// The canonical customer read from `provider`'s payload or response object given as JSON
/// text ([`Customer::from_payload`]), checked and normalized ([`Customer::parse`]).
pub fn from_payload(
    provider: &str,
    payload_json: &str,
    options_json: Option<&str>,
) -> Result<String, String> {
    let provider: Provider = provider.parse()?;
    let options = parse_options(options_json)?;
    let result = parse_json(payload_json, &options)
        .and_then(|v| Customer::from_payload(provider, &v))
        .and_then(|c| {
            let value = serde_json::to_value(&c).unwrap_or_default();
            Customer::parse(&value, &options)
        })
        .map(|(c, warnings)| Normalized {
            value: serde_json::to_value(&c).unwrap_or_default(),
            warnings,
        });
    Ok(answer_validated(result))
}

/// What `provider`'s `operation` needs and can carry ([`requirements_with`]), as JSON
/// text.
pub fn requirements(
    provider: &str,
    operation: &str,
    options_json: Option<&str>,
) -> Result<String, String> {
    let (provider, operation, options) = check_args(provider, operation, options_json)?;
    Ok(to_json(&requirements_with(provider, operation, &options)))
}

/// Every provider's checklist for a canonical customer given as JSON text
/// ([`Customer::checklist`]): `{"ok":true,"value":[{provider, missing, ready}…]}`, or the
/// customer's own issues.
pub fn checklist(
    customer_json: &str,
    operation: &str,
    options_json: Option<&str>,
) -> Result<String, String> {
    let operation: Operation = operation.parse()?;
    let options = parse_options(options_json)?;
    let result = parse_json(customer_json, &options)
        .and_then(|v| Customer::parse(&v, &options))
        .map(|(c, warnings)| Normalized {
            value: serde_json::to_value(c.checklist(operation, &options)).unwrap_or_default(),
            warnings,
        });
    Ok(answer_validated(result))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn parse(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

    /// `requirements` is written as `serde_json::to_string` writes `Requirements`, for every
    /// operation under the default options and with every switch the options text can set.
    #[test]
    fn requirements_are_written_as_serde_writes_them() {
        let lax = r#"{"unknown_fields": "keep", "address": {"check_postal_code": false}}"#;
        let mut n = 0;
        for p in Provider::ALL {
            for (o, _) in p.operations() {
                for options in [None, Some(lax)] {
                    let parsed = parse_options(options).unwrap();
                    let expected = serde_json::to_string(&requirements_with(*p, *o, &parsed));
                    let ours = requirements(p.as_str(), o.as_str(), options).unwrap();
                    assert_eq!(ours, expected.unwrap(), "{p} {o}");
                    n += 1;
                }
            }
        }
        assert!(n >= 16, "{n}");
    }

    // The examples the functions' docs held while the module was public.

    #[test]
    fn to_payload_answers_the_provider_payload() {
        let out = to_payload(r#"{"full_name": "Ada Obi"}"#, "rapyd", "create", None, None).unwrap();
        assert_eq!(
            out,
            r#"{"ok":true,"value":{"name":"Ada Obi"},"warnings":[]}"#
        );
        let out = to_payload(
            r#"{"email": "a@example.com"}"#,
            "calypso",
            "create",
            Some(
                r#"{"account": "0xabababababababababababababababababababab", "timestamp_ms": 1700000000000}"#,
            ),
            None,
        );
        let out: serde_json::Value = serde_json::from_str(&out.unwrap()).unwrap();
        assert_eq!(out["value"]["payload"]["email"], "a@example.com");
        assert!(
            to_payload("{}", "bloc", "create", Some(r#"{"acount": "x"}"#), None)
                .unwrap_err()
                .contains("acount")
        );
    }

    #[test]
    fn from_payload_drops_blocs_redundant_full_name() {
        let out = from_payload(
            "bloc",
            r#"{"first_name": "mas", "last_name": "erati", "full_name": "erati mas"}"#,
            None,
        );
        let out: serde_json::Value = serde_json::from_str(&out.unwrap()).unwrap();
        assert_eq!(
            out["value"],
            serde_json::json!({"given_name": "mas", "family_name": "erati"})
        );
    }

    #[test]
    fn requirements_answers_or_refuses_a_name() {
        let out: serde_json::Value =
            serde_json::from_str(&requirements("authvia", "create", None).unwrap()).unwrap();
        assert_eq!(
            out["required"][0]["any_of"],
            serde_json::json!(["external_ref"])
        );
        assert!(requirements("authvia", "creat", None).is_err());
    }

    #[test]
    fn checklist_answers_per_provider() {
        let out: serde_json::Value = serde_json::from_str(
            &checklist(r#"{"email": "a@example.com"}"#, "create", None).unwrap(),
        )
        .unwrap();
        assert_eq!(out["value"][0]["provider"], "calypso");
        assert_eq!(out["value"][0]["ready"], true);
    }

    #[test]
    fn to_payload_answers_issues_on_canonical_fields() {
        let out = parse(
            &to_payload(
                r#"{"email": "a@example.com"}"#,
                "authvia",
                "create",
                None,
                None,
            )
            .unwrap(),
        );
        assert_eq!(out["ok"], false);
        assert_eq!(out["issues"][0]["pointer"], "/external_ref");
        let out = parse(&to_payload("{", "bloc", "create", None, None).unwrap());
        assert_eq!(out["issues"][0]["code"], "json_invalid");
        let out = parse(&to_payload(r#"{"nick": 1}"#, "bloc", "create", None, None).unwrap());
        assert_eq!(out["issues"][0]["code"], "unknown_field");
        assert!(to_payload("{}", "paypal", "create", None, None).is_err());
        assert!(to_payload("{}", "bloc", "create", None, Some(r#"{"max_isues": 1}"#)).is_err());
    }

    #[test]
    fn from_payload_keeps_what_has_no_place() {
        let out = parse(&from_payload("rapyd", r#"{"id": "cus_1", "name": "Ada"}"#, None).unwrap());
        assert_eq!(
            out["value"],
            json!({"full_name": "Ada", "provider_data": {"rapyd": {"id": "cus_1"}}})
        );
        let out = parse(&from_payload("rapyd", "[1]", None).unwrap());
        assert_eq!(out["issues"][0]["code"], "invalid_type");
        let out = parse(&from_payload("bloc", r#"{"email": "a@"}"#, None).unwrap());
        assert_eq!(out["issues"][0]["pointer"], "/email");
        assert!(from_payload("paypal", "{}", None).is_err());
    }

    #[test]
    fn checklist_and_requirements_answer_every_provider() {
        let out = parse(&checklist("{}", "create", None).unwrap());
        let providers: Vec<&str> = out["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["provider"].as_str().unwrap())
            .collect();
        let every: Vec<&str> = crate::Provider::ALL.iter().map(|p| p.as_str()).collect();
        assert_eq!(providers, every);
        let out = parse(&requirements("calypso", "update", None).unwrap());
        assert_eq!(
            out["context"],
            json!(["account", "timestamp_ms", "customer_id"])
        );
        assert!(checklist("{}", "block", None).is_ok());
    }
}
