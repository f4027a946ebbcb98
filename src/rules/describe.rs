//! Form descriptions of a rule table: the fields it shows ([`Field::label`]), in order, with
//! the control each needs. The kind of control follows from the field's [`Check`], so a form
//! and the rules cannot disagree on what a field holds.

use super::*;
use serde::Serialize;

/// The control a form uses for a field.
///
/// ```
/// use customer_validate::rules::FormKind;
/// assert_eq!(serde_json::to_value(FormKind::Contacts).unwrap(), "contacts");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
#[non_exhaustive]
pub enum FormKind {
    /// One line of text.
    Text,
    /// Several lines of text.
    Textarea,
    /// An email address.
    Email,
    /// A phone number.
    Phone,
    /// A country (code, name or alias).
    Country,
    /// A fixed number of digits.
    Digits,
    /// One of `options`.
    Select,
    /// A date.
    Date,
    /// A timestamp in milliseconds.
    Timestamp,
    /// A JSON object typed as text.
    Json,
    /// A postal code (checked against the address's country).
    Postal,
    /// A nested object: `fields`.
    Group,
    /// A postal address: one object of `fields` in a list.
    Address,
    /// An ordered list of phone numbers and email addresses.
    Contacts,
}

impl FormKind {
    /// The name serde writes (`rename_all = "snake_case"`).
    fn as_str(self) -> &'static str {
        match self {
            FormKind::Text => "text",
            FormKind::Textarea => "textarea",
            FormKind::Email => "email",
            FormKind::Phone => "phone",
            FormKind::Country => "country",
            FormKind::Digits => "digits",
            FormKind::Select => "select",
            FormKind::Date => "date",
            FormKind::Timestamp => "timestamp",
            FormKind::Json => "json",
            FormKind::Postal => "postal",
            FormKind::Group => "group",
            FormKind::Address => "address",
            FormKind::Contacts => "contacts",
        }
    }
}

/// One field of a form, as a provider operation's rule table describes it.
///
/// ```
/// use customer_validate::providers::{fields, Operation, Provider};
/// use customer_validate::Options;
/// let form = fields(Provider::Bloc, Operation::Create, &Options::default()).unwrap();
/// let bvn = form.iter().find(|f| f.name == "bvn").unwrap();
/// assert_eq!((bvn.label.as_str(), bvn.required), ("BVN", true));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[non_exhaustive]
pub struct FormField {
    /// JSON member name.
    pub name: String,
    /// Label, in English.
    pub label: String,
    /// The control.
    pub kind: FormKind,
    /// Whether the rule table requires it under the options (an at-least-one group across
    /// fields is not shown here; `validate` has the last word). A field the options do not
    /// let in is not listed at all.
    pub required: bool,
    /// Hint under the control.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub hint: Option<String>,
    /// HTML `autocomplete` token.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub autocomplete: Option<String>,
    /// The choices of a `select` (empty otherwise).
    pub options: Vec<String>,
    /// The members of a `group` or an `address` (empty otherwise).
    pub fields: Vec<FormField>,
}

/// The text of `FormField`'s `Serialize` derive, written without serde_json (the npm kit's
/// `fields`; a test compares both).
impl crate::json_text::WriteJson for FormField {
    fn write_json(&self, out: &mut String) {
        let mut o = crate::json_text::write::Object::new(out);
        o.member("name", &self.name)
            .member("label", &self.label)
            .member("kind", self.kind.as_str())
            .member("required", &self.required);
        if let Some(hint) = &self.hint {
            o.member("hint", hint);
        }
        if let Some(autocomplete) = &self.autocomplete {
            o.member("autocomplete", autocomplete);
        }
        o.member("options", &self.options)
            .member("fields", &self.fields);
        o.end();
    }
}

/// The labelled fields of `fields` that `options` let in, in order, described for a form.
pub(crate) fn describe(fields: &[Field], options: &Options) -> Vec<FormField> {
    describe_in(fields, None, options)
}

fn describe_in(fields: &[Field], postal: Option<&str>, o: &Options) -> Vec<FormField> {
    fields
        .iter()
        .filter_map(|f| {
            let form = f.form?;
            let required = match f.presence {
                Presence::Required => true,
                Presence::RequiredIf(when) => when(o),
                Presence::Optional => false,
                Presence::AllowedIf(when, _) if when(o) => false,
                Presence::AllowedIf(..) | Presence::Never(_) => return None,
            };
            let (kind, options, nested) = control(&f.check, o);
            let kind = if Some(f.name) == postal {
                FormKind::Postal
            } else {
                kind
            };
            Some(FormField {
                name: f.name.to_owned(),
                label: form.label.to_owned(),
                kind,
                required,
                hint: Some(form.hint).filter(|h| !h.is_empty()).map(str::to_owned),
                autocomplete: Some(form.autocomplete)
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned),
                options,
                fields: nested,
            })
        })
        .collect()
}

/// The control of a check, its choices and its nested fields.
fn control(check: &Check, o: &Options) -> (FormKind, Vec<String>, Vec<FormField>) {
    let none = || (Vec::new(), Vec::new());
    let (kind, (options, nested)) = match check {
        Check::Text { .. } => (FormKind::Textarea, none()),
        Check::Email { .. } => (FormKind::Email, none()),
        Check::Phone(_) => (FormKind::Phone, none()),
        Check::Country => (FormKind::Country, none()),
        Check::Digits { .. } => (FormKind::Digits, none()),
        Check::OneOf { canonical, .. } => (
            FormKind::Select,
            (
                canonical.iter().map(|s| (*s).to_owned()).collect(),
                Vec::new(),
            ),
        ),
        Check::DateDdMmYyyy => (FormKind::Date, none()),
        Check::TimestampMs { .. } => (FormKind::Timestamp, none()),
        Check::JsonObject | Check::StringMap { .. } => (FormKind::Json, none()),
        Check::Object(fields) => (FormKind::Group, (Vec::new(), describe(fields, o))),
        Check::Address { fields, names } => (
            FormKind::Group,
            (Vec::new(), describe_in(fields, Some(names.zip), o)),
        ),
        Check::List { item, .. } => match item {
            Check::Address { .. } => {
                let (_, _, nested) = control(item, o);
                (FormKind::Address, (Vec::new(), nested))
            }
            Check::EmailOrPhone { .. } => (FormKind::Contacts, none()),
            other => return control(other, o),
        },
        _ => (FormKind::Text, none()),
    };
    (kind, options, nested)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    const ADDRESS: &[Field] = &[
        Field::new(
            "line_1",
            Check::Line {
                max: Limit::Fixed(9),
            },
        )
        .label("Street")
        .required(),
        Field::new(
            "zip",
            Check::Line {
                max: Limit::Fixed(9),
            },
        )
        .label("Postal code"),
        Field::new(
            "secret",
            Check::Line {
                max: Limit::Fixed(9),
            },
        ),
    ];
    const FIELDS: &[Field] = &[
        Field::new(
            "name",
            Check::Name {
                max: Limit::Fixed(9),
            },
        )
        .label("Name")
        .hint("As on the card")
        .autocomplete("name")
        .required(),
        Field::new(
            "kind",
            Check::OneOf {
                canonical: &["A", "B"],
                allow_other: |_: &Options| false,
            },
        )
        .label("Kind"),
        Field::new(
            "addresses",
            Check::List {
                item: &Check::Address {
                    fields: ADDRESS,
                    names: &crate::fields::address::NAMES,
                },
                min: 0,
                max: |_: &Options| 1,
                unique: Unique::No,
            },
        )
        .label("Address"),
        Field::new("internal", Check::JsonObject),
    ];

    #[test]
    fn labelled_fields_only_with_kinds_from_their_checks() {
        let form = describe(FIELDS, &Options::default());
        let names: Vec<_> = form.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["name", "kind", "addresses"]);
        assert_eq!(
            (
                form[0].kind,
                form[0].required,
                form[0].hint.as_deref(),
                form[0].autocomplete.as_deref()
            ),
            (FormKind::Text, true, Some("As on the card"), Some("name"))
        );
        assert_eq!(
            (form[1].kind, form[1].options.clone()),
            (FormKind::Select, vec!["A".into(), "B".into()])
        );
        assert_eq!(form[2].kind, FormKind::Address);
        let members: Vec<_> = form[2]
            .fields
            .iter()
            .map(|f| (f.name.as_str(), f.kind))
            .collect();
        assert_eq!(
            members,
            [("line_1", FormKind::Text), ("zip", FormKind::Postal)]
        );
        let json = serde_json::to_value(&form[1]).unwrap();
        assert!(json.get("hint").is_none() && json.get("autocomplete").is_none());
        assert_eq!(json["fields"], serde_json::json!([]));
    }
}
