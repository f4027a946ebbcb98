//! Generates `npm/types.d.ts`, the TypeScript types of everything the npm package takes and
//! returns, from the Rust types: the unions from [`Code::ALL`], [`Provider::ALL`],
//! [`Operation::ALL`] and each provider's operation table; the options and the field checkers'
//! outputs through `ts-rs` (a test-only dependency), doc comments included. The few shapes
//! whose serialization is written by hand in Rust (an [`Issue`], the answers of
//! [`super::validate`] and [`crate::check::Verdict`]) are written here from one field list
//! each, and a test checks each list against what Rust really serializes.
//!
//! `generated_types_are_current` fails when `npm/types.d.ts` differs from what this module
//! generates; `UPDATE_TYPES=1 cargo test --lib wasm::typescript` rewrites it.

use crate::customer::{
    Checklist, Customer, CustomerField, CustomerKind, IdScheme, NationalId, Need, PostalAddress,
    RequestContext, Requirements,
};
use crate::fields::country::CountryJson;
use crate::fields::email::Email;
use crate::fields::phone::{NumberType, PhoneNumber};
use crate::issue::Code;
use crate::options::{
    AddressPolicy, AddressShape, AuthviaOptions, BlocOptions, CalypsoOptions, EmailDomainForm,
    EmailPolicy, MetadataPolicy, Options, PhoneOutput, RapydOptions, StripeOptions, TextPolicy,
    UnknownFields,
};
use crate::providers::{Operation, Provider};
use crate::rules::{Check, Field, FormField, FormKind, Presence};
use std::fmt::Write;
use ts_rs::{Config, TS};

/// Where the generated file lives, relative to the crate root.
const OUT: &str = "npm/types.d.ts";

/// `(name, TypeScript type, doc)` of each member of a serialized [`crate::Issue`], in order.
const ISSUE_FIELDS: &[(&str, &str, &str)] = &[
    ("path", "PathSegment[]", "Where the problem is: object keys and array indices, outermost first (`[]` for the payload itself)."),
    ("pointer", "string", "The same place as an RFC 6901 JSON pointer (`\"/addresses/0/zip\"`, `\"\"` for the root)."),
    ("code", "Code", "Stable snake_case code; use it as the translation key."),
    ("severity", "Severity", "`\"error\"` rejects the value; `\"warning\"` is advice (e.g. a likely typo) and never does."),
    ("message", "string", "English text, safe to log and show: it never contains the personal value itself."),
    ("params", "{ [key: string]: JsonValue }", "What a translated message template needs (`max`, `expected`, `suggestion`...)."),
];

/// Members of `validate`'s answer for a valid payload.
const VALID_FIELDS: &[(&str, &str, &str)] = &[
    ("ok", "true", "The payload is valid."),
    (
        "value",
        "T",
        "The normalized payload: the exact JSON the provider should receive.",
    ),
    (
        "warnings",
        "Issue[]",
        "Warning-severity issues (never block).",
    ),
];

/// Members of `validate`'s answer for an invalid payload.
const INVALID_FIELDS: &[(&str, &str, &str)] = &[
    ("ok", "false", "The payload is not valid."),
    (
        "issues",
        "Issue[]",
        "Every issue found, in payload order, at most `options.max_issues`.",
    ),
    (
        "truncated",
        "boolean",
        "True when more issues were found than `options.max_issues` keeps.",
    ),
];

/// Members every one-field verdict has (the checker's own outputs are added when valid).
const VERDICT_FIELDS: &[(&str, &str, &str)] = &[
    ("valid", "boolean", "No error-severity issue."),
    (
        "normalized",
        "string | null",
        "The value to store or send, when valid.",
    ),
    (
        "issues",
        "Issue[]",
        "Every issue: the reason when invalid, warnings when valid.",
    ),
];

/// Members a valid postal-code verdict adds to [`VERDICT_FIELDS`].
const POSTAL_FIELDS: &[(&str, &str, &str)] = &[(
    "country",
    "string",
    "ISO 3166-1 alpha-2 code of the country the code was checked against.",
)];

/// Members of an address verdict ([`crate::check::AddressVerdict`]), apart from the
/// `normalized` object (typed per outcome in `AddressResult`).
const ADDRESS_VERDICT_FIELDS: &[(&str, &str, &str)] = &[
    ("valid", "boolean", "No error-severity issue."),
    (
        "issues",
        "Issue[]",
        "Every issue on its member's path (`[\"zip\"]`): the reasons when invalid, warnings when valid.",
    ),
];

fn literal_union<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(|s| format!("\"{s}\"")).collect();
    items.join(" | ")
}

fn object(fields: &[(&str, &str, &str)], indent: &str) -> String {
    let mut out = String::from("{\n");
    for (name, ty, doc) in fields {
        let _ = writeln!(out, "{indent}  /** {doc} */\n{indent}  {name}: {ty};");
    }
    out.push_str(indent);
    out.push('}');
    out
}

/// The TypeScript type of what `check` writes into a normalized payload.
fn output_type(check: &Check, indent: &str) -> String {
    match check {
        Check::Name { .. }
        | Check::PersonName { .. }
        | Check::Text { .. }
        | Check::Line { .. }
        | Check::Email { .. }
        | Check::Phone(_)
        | Check::Country
        | Check::Uuid
        | Check::Prefixed(_)
        | Check::UrlSafeRef { .. }
        | Check::PrintableAscii { .. }
        | Check::Digits { .. }
        | Check::Hex0x { .. }
        | Check::CompactUpper { .. }
        | Check::Pattern { .. }
        | Check::DateDdMmYyyy => "string".to_owned(),
        // Other values are kept as given when an option allows them.
        Check::OneOf { canonical, .. } => format!(
            "{} | (string & {{}})",
            literal_union(canonical.iter().copied())
        ),
        Check::TimestampMs { .. } | Check::Integer { .. } => "number".to_owned(),
        Check::JsonObject => "JsonObject".to_owned(),
        Check::StringMap { .. } => "{ [key: string]: string }".to_owned(),
        Check::Object(fields) | Check::Address { fields, .. } => object_type(fields, indent),
        Check::List { item, .. } => format!("Array<{}>", output_type(item, indent)),
        Check::EmailOrPhone { members, .. } => format!(
            "string | {{ {value}: string }} | {{ {kind}: \"phone\" | \"email\"; {value}: string }}",
            value = members.value,
            kind = members.kind
        ),
    }
}

/// The normalized object a field table produces: required fields always there, the others
/// when given; fields a table never accepts are left out.
fn object_type(fields: &[Field], indent: &str) -> String {
    let inner = format!("{indent}  ");
    let mut out = String::from("{\n");
    for f in fields {
        let optional = match f.presence {
            Presence::Required => "",
            Presence::Never(_) => continue,
            Presence::Optional | Presence::RequiredIf(_) | Presence::AllowedIf(..) => "?",
        };
        let _ = writeln!(
            out,
            "{inner}{}{optional}: {};",
            f.name,
            output_type(&f.check, &inner)
        );
    }
    out.push_str(indent);
    out.push('}');
    out
}

/// A `ts-rs` declaration, exported, with its doc comment minus the Rust examples, laid out
/// one member per line.
fn decl<T: TS>(cfg: &Config) -> String {
    let mut out = String::new();
    let mut in_code = false;
    let docs = T::docs().unwrap_or_default();
    let mut doc_lines: Vec<&str> = Vec::new();
    for line in docs.lines() {
        if line.trim_start().trim_start_matches('*').trim() == "```" {
            in_code = !in_code;
        } else if !in_code {
            doc_lines.push(line.trim_end());
        }
    }
    // Drop the blank ` *` lines a removed example leaves before the closing ` */`.
    while doc_lines.len() > 2 && doc_lines[doc_lines.len() - 2] == " *" {
        doc_lines.remove(doc_lines.len() - 2);
    }
    for line in doc_lines {
        let _ = writeln!(out, "{line}");
    }
    let body = T::decl(cfg);
    let lines: Vec<&str> = body.lines().map(str::trim_end).collect();
    for (i, line) in lines.iter().enumerate() {
        match (i, line.strip_suffix(" };")) {
            (0, _) => {
                let _ = writeln!(out, "export {line}");
            }
            (_, Some(last)) => {
                let _ = writeln!(out, "  {last}\n}};");
            }
            _ => {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

/// The whole generated file.
pub(crate) fn generate() -> String {
    let cfg = Config::new().with_large_int("number");
    let mut out = String::new();
    out.push_str(
        "// Generated from the Rust types by src/wasm/typescript.rs: do not edit.\n\
         // Regenerate with `UPDATE_TYPES=1 cargo test --lib wasm::typescript`.\n\n",
    );

    let _ = writeln!(
        out,
        "/** A payment provider. */\nexport type Provider = {};\n",
        literal_union(Provider::ALL.iter().map(|p| p.as_str()))
    );
    let _ = writeln!(
        out,
        "/** A customer operation (not every provider has every one: see `ProviderOperations`). */\n\
         export type Operation = {};\n",
        literal_union(Operation::ALL.iter().map(|o| o.as_str()))
    );
    out.push_str(
        "/** The operations each provider has; any other answers `operation_unsupported`. */\n\
         export interface ProviderOperations {\n",
    );
    for p in Provider::ALL {
        let ops = literal_union(p.operations().iter().map(|(o, _)| o.as_str()));
        let _ = writeln!(out, "  {}: {ops};", p.as_str());
    }
    out.push_str("}\n\n");
    out.push_str(
        "/** The operations of provider `P`. */\n\
         export type OperationOf<P extends Provider> = ProviderOperations[P];\n\n",
    );
    out.push_str(
        "/** The normalized payload of each provider operation (`value` of a valid answer), from \
         the rule tables. Fields kept by `unknown_fields: \"keep\"` are not listed. */\n\
         export interface Payloads {\n",
    );
    for p in Provider::ALL {
        let _ = writeln!(out, "  {}: {{", p.as_str());
        for (op, spec) in p.operations() {
            let _ = writeln!(
                out,
                "    {}: {};",
                op.as_str(),
                object_type(spec.fields, "    ")
            );
        }
        out.push_str("  };\n");
    }
    out.push_str(
        "}\n\n\
         /** The normalized payload of `P`'s operation `O`. */\n\
         export type PayloadOf<P extends Provider, O extends Operation> = O extends keyof Payloads[P] ? Payloads[P][O] : JsonObject;\n\n\
         /** What a form may hold for an output type: the same shape, every member optional, \
         numbers also as text. */\n\
         export type InputOf<T> = T extends string ? string : T extends number ? number | string : \
         T extends Array<infer U> ? Array<InputOf<U>> : T extends object ? { [K in keyof T]?: InputOf<T[K]> } : unknown;\n\n\
         /** The payload a form or a caller builds for `P`'s operation `O`. */\n\
         export type PayloadInputOf<P extends Provider, O extends Operation> = InputOf<PayloadOf<P, O>> & { [key: string]: unknown };\n\n",
    );
    let _ = writeln!(
        out,
        "/** Every stable issue code (a translation key). New codes may be added in minor \
         releases: keep a default branch when switching on one. */\nexport type Code =\n  | {};\n",
        Code::ALL
            .iter()
            .map(|c| format!("\"{}\"", c.as_str()))
            .collect::<Vec<_>>()
            .join("\n  | ")
    );
    // Each code's params, declared beside the code (`Code::params`), and each param's one
    // meaning (`issue::PARAMS`): what a message template can interpolate.
    out.push_str("/** Every issue param name; each has one meaning across codes. */\nexport interface IssueParamMeanings {\n");
    for (name, meaning) in crate::issue::PARAMS {
        let _ = writeln!(out, "  /** {meaning} */\n  {name}: string;");
    }
    out.push_str("}\n\n/** An issue param name. */\nexport type IssueParamName = keyof IssueParamMeanings;\n\n");
    out.push_str(
        "/** The params each code's issues may carry (plus `provider` and `provider_field` on \
         the canonical customer's issues). */\nexport interface CodeParams {\n",
    );
    for c in Code::ALL {
        let names = if c.params().is_empty() {
            "never".to_owned()
        } else {
            literal_union(c.params().iter().copied())
        };
        let _ = writeln!(out, "  {}: {names};", c.as_str());
    }
    out.push_str("}\n\n");
    out.push_str(
        "/** Errors reject a value; warnings are advice. */\n\
         export type Severity = \"error\" | \"warning\";\n\n\
         /** One step of an issue path: an object key or an array index. */\n\
         export type PathSegment = string | number;\n\n\
         /** Any JSON value. */\n\
         export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };\n\n\
         /** A JSON object. */\n\
         export type JsonObject = { [key: string]: JsonValue };\n\n",
    );
    let _ = writeln!(
        out,
        "/** One problem found in the input. It is also a Standard Schema issue (`message`, `path`). */\n\
         export interface Issue {}\n",
        object(ISSUE_FIELDS, "")
    );
    let _ = writeln!(
        out,
        "/** The answer of `validate`: the normalized payload, or every issue. */\n\
         export type ValidateResult<T = JsonObject> =\n  | {}\n  | {};\n",
        object(VALID_FIELDS, "  "),
        object(INVALID_FIELDS, "  ")
    );

    out.push_str(&decl::<Options>(&cfg));
    out.push('\n');
    for d in [
        decl::<EmailPolicy>(&cfg),
        decl::<EmailDomainForm>(&cfg),
        decl::<TextPolicy>(&cfg),
        decl::<UnknownFields>(&cfg),
        decl::<MetadataPolicy>(&cfg),
        decl::<AddressPolicy>(&cfg),
        decl::<CalypsoOptions>(&cfg),
        decl::<PhoneOutput>(&cfg),
        decl::<BlocOptions>(&cfg),
        decl::<RapydOptions>(&cfg),
        decl::<AddressShape>(&cfg),
        decl::<AuthviaOptions>(&cfg),
        decl::<StripeOptions>(&cfg),
    ] {
        out.push_str(&d);
        out.push('\n');
    }
    out.push_str(
        "/** `T` with every member optional, nested objects too. */\n\
         export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };\n\n\
         /** Options as callers pass them: any subset of `ResolvedOptions`; the rest keep their defaults. */\n\
         export type Options = DeepPartial<ResolvedOptions>;\n\n",
    );

    for d in [
        decl::<PhoneNumber>(&cfg),
        decl::<NumberType>(&cfg),
        decl::<Email>(&cfg),
        decl::<CountryJson>(&cfg),
    ] {
        out.push_str(&d);
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "/** What every one-field check answers. */\nexport interface Verdict {}\n",
        object(VERDICT_FIELDS, "")
    );
    out.push_str(
        "/** A one-field check's answer: when valid, the checker's outputs `T` are there too. */\n\
         export type CheckResult<T> =\n  \
         | (Verdict & { valid: true; normalized: string } & T)\n  \
         | (Verdict & { valid: false; normalized: null });\n\n\
         /** The answer of `checkPhone`. */\n\
         export type PhoneResult = CheckResult<PhoneNumber>;\n\n\
         /** The answer of `checkEmail` (its warnings are in `issues`). `normalized` is the address \
         as providers get it, the domain in `options.email.domain_form` (A-labels by default); \
         `address` has the Unicode domain (for display), `ascii` the A-label one. */\n\
         export type EmailResult = CheckResult<Omit<Email, \"warnings\">>;\n\n\
         /** The answer of `lookupCountry`. */\n\
         export type CountryResult = CheckResult<Country>;\n\n",
    );
    let _ = writeln!(
        out,
        "/** The answer of `checkPostalCode`. */\nexport type PostalCodeResult = CheckResult<{}>;\n",
        object(POSTAL_FIELDS, "")
    );
    let _ = writeln!(
        out,
        "/** A normalized address (`checkAddress`), with Rapyd's member names; the country's \
         rules decide which are required. */\nexport type Address = {};\n",
        object_type(crate::check::address_fields(), "")
    );
    let _ = writeln!(
        out,
        "/** What every address check answers. */\nexport interface AddressVerdict {}\n\n\
         /** The answer of `checkAddress`: the normalized address when valid. */\n\
         export type AddressResult =\n  \
         | (AddressVerdict & {{ valid: true; normalized: Address }})\n  \
         | (AddressVerdict & {{ valid: false; normalized: null }});",
        object(ADDRESS_VERDICT_FIELDS, "")
    );
    for d in [
        decl::<Customer>(&cfg),
        decl::<PostalAddress>(&cfg),
        decl::<NationalId>(&cfg),
        decl::<IdScheme>(&cfg),
        decl::<CustomerKind>(&cfg),
        decl::<CustomerField>(&cfg),
        decl::<RequestContext>(&cfg),
        decl::<Need>(&cfg),
        decl::<Requirements>(&cfg),
        decl::<Checklist>(&cfg),
        decl::<FormKind>(&cfg),
        decl::<FormField>(&cfg),
        decl::<crate::fields::address::AddressFormat>(&cfg),
        decl::<crate::fields::address::AddressField>(&cfg),
        decl::<crate::fields::address::Labels>(&cfg),
        decl::<crate::fields::address::StateLabel>(&cfg),
        decl::<crate::fields::address::PostalCodeLabel>(&cfg),
        decl::<crate::fields::address::CityLabel>(&cfg),
        decl::<crate::fields::address::DistrictLabel>(&cfg),
        decl::<crate::fields::address::Subdivision>(&cfg),
    ] {
        out.push('\n');
        out.push_str(&d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check_field, Field};
    use crate::issue::{Issue, Path};
    use serde_json::Value;

    fn keys(v: &Value) -> Vec<String> {
        v.as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    }

    fn names(fields: &[(&str, &str, &str)]) -> Vec<String> {
        fields.iter().map(|(n, _, _)| n.to_string()).collect()
    }

    #[test]
    fn generated_types_are_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(OUT);
        let fresh = generate();
        if std::env::var_os("UPDATE_TYPES").is_some() {
            std::fs::write(&path, &fresh).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{OUT} is stale (the Rust types changed): run \
             `UPDATE_TYPES=1 cargo test --lib wasm::typescript` and commit it"
        );
    }

    #[test]
    fn hand_listed_shapes_match_what_rust_serializes() {
        let issue = Issue::new(Code::TooLong, "x").at(&Path::root().key("a"));
        assert_eq!(
            keys(&serde_json::to_value(&issue).unwrap()),
            names(ISSUE_FIELDS)
        );

        let valid = super::super::validate("bloc", "archive", r#"{"id":"x"}"#, None).unwrap();
        let valid: Value = serde_json::from_str(&valid).unwrap();
        let invalid = super::super::validate("bloc", "archive", "{}", None).unwrap();
        let invalid: Value = serde_json::from_str(&invalid).unwrap();
        let (v, i) = if valid["ok"] == true {
            (valid, invalid)
        } else {
            (invalid, valid)
        };
        assert_eq!(keys(&v), names(VALID_FIELDS));
        assert_eq!(keys(&i), names(INVALID_FIELDS));

        let o = Options::default();
        let bad = serde_json::to_value(check_field(Field::Phone, "1", Some("US"), &o)).unwrap();
        assert_eq!(keys(&bad), names(VERDICT_FIELDS));
        // A valid verdict is the base members plus exactly the checker's own output.
        let cases = [
            (
                Field::Phone,
                "+16502530000",
                keys(
                    &serde_json::to_value(
                        crate::fields::phone::parse("+16502530000", None).unwrap(),
                    )
                    .unwrap(),
                ),
            ),
            (
                Field::Country,
                "DE",
                keys(&serde_json::to_value(crate::fields::country::lookup("DE").unwrap()).unwrap()),
            ),
            (Field::Email, "a@example.com", {
                let e = crate::fields::email::check("a@example.com", &o).unwrap();
                let mut k = keys(&serde_json::to_value(e).unwrap());
                k.retain(|k| k != "warnings");
                k
            }),
        ];
        let postal = serde_json::to_value(check_field(Field::Postal, "10118", Some("US"), &o));
        let mut expected = names(VERDICT_FIELDS);
        expected.extend(names(POSTAL_FIELDS));
        assert_eq!(keys(&postal.unwrap()), expected);
        for address in [
            serde_json::json!({"line_1": "1 Main St"}),
            serde_json::json!({"zip": 1}),
        ] {
            let v = serde_json::to_value(crate::check::check_address(&address, &o)).unwrap();
            let mut expected = names(ADDRESS_VERDICT_FIELDS);
            expected.insert(1, "normalized".to_owned());
            assert_eq!(keys(&v), expected, "{address}");
        }
        for (field, input, extra) in cases {
            let good = serde_json::to_value(check_field(field, input, None, &o)).unwrap();
            let mut expected = names(VERDICT_FIELDS);
            expected.extend(extra);
            assert_eq!(keys(&good), expected, "{field:?}");
        }
    }

    #[test]
    fn every_code_provider_and_operation_is_in_the_file() {
        let text = generate();
        for c in Code::ALL {
            assert!(text.contains(&format!("\"{}\"", c.as_str())), "{c}");
        }
        for p in Provider::ALL {
            assert!(text.contains(&format!("  {}: ", p.as_str())), "{p}");
        }
    }
}
