//! Issue messages in the customer's language (feature `locales`): one template per issue
//! code and locale, from the Project Fluent catalogs in `locales/*.ftl`, the single source
//! the npm locale modules are generated from too (docs/decisions.md, "Message catalogs").
//!
//! The catalogs hold the text a form shows a customer; [`Issue::message`] stays the
//! developer-facing English detail (logs, the CLI's default output).
//!
//! ```
//! use customer_validate::issue::{Code, Issue};
//! use customer_validate::locale::Locale;
//!
//! let issue = Issue::new(Code::TooLong, "Text is too long").param("max", 3);
//! assert_eq!(issue.message_in(Locale::negotiate("fr-CA")), "Trop long : 3 caractères au maximum.");
//! assert_eq!(issue.message_in(Locale::Pl), "Za długie: maksymalnie 3 znaki.");
//! assert_eq!(Locale::negotiate("no such tag!"), Locale::En);
//! ```

mod fluent;
mod plural;

use crate::issue::{Code, Issue, Report};
use fluent::{Part, Resource};
use plural::PluralRules;
use serde_json::{Map, Value};
use std::sync::OnceLock;

/// Declares [`Locale`] with its tag and catalog file, from one list.
macro_rules! locales {
    ($($(#[$attr:meta])* $variant:ident => $tag:literal,)*) => {
        /// A locale with a message catalog. [`Locale::negotiate`] picks one for any BCP 47 tag.
        ///
        /// ```
        /// use customer_validate::locale::Locale;
        /// assert_eq!(Locale::PtBr.tag(), "pt-BR");
        /// assert_eq!(Locale::ALL.len(), 12);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        #[non_exhaustive]
        pub enum Locale {
            $($(#[$attr])* $variant,)*
        }

        impl Locale {
            /// Every locale with a catalog, English first.
            pub const ALL: &'static [Locale] = &[$(Locale::$variant,)*];

            /// The BCP 47 tag, as the catalog file and the npm module are named
            /// (`locales/pt-BR.ftl`, `customer-validate/locales/pt-BR`).
            ///
            /// ```
            /// use customer_validate::locale::Locale;
            /// assert_eq!(Locale::ZhCn.tag(), "zh-CN");
            /// ```
            pub fn tag(self) -> &'static str {
                match self {
                    $(Locale::$variant => $tag,)*
                }
            }

            /// The catalog's Fluent source (`locales/<tag>.ftl`, compiled in).
            ///
            /// ```
            /// use customer_validate::locale::Locale;
            /// assert!(Locale::De.source().contains("field_required = "));
            /// ```
            pub fn source(self) -> &'static str {
                match self {
                    $(Locale::$variant => include_str!(concat!("../../locales/", $tag, ".ftl")),)*
                }
            }
        }
    };
}

locales! {
    /// English.
    #[default]
    En => "en",
    /// Spanish.
    Es => "es",
    /// Brazilian Portuguese (also for `pt` and `pt-PT`).
    PtBr => "pt-BR",
    /// French.
    Fr => "fr",
    /// German.
    De => "de",
    /// Italian.
    It => "it",
    /// Dutch.
    Nl => "nl",
    /// Polish.
    Pl => "pl",
    /// Turkish.
    Tr => "tr",
    /// Japanese.
    Ja => "ja",
    /// Simplified Chinese (also for `zh`, `zh-Hans`, `zh-SG`).
    ZhCn => "zh-CN",
    /// Arabic.
    Ar => "ar",
}

impl Locale {
    /// The best catalog for a BCP 47 language tag, or for an `Accept-Language` style list
    /// (`"fr-CA,fr;q=0.9,en;q=0.8"`: the first entry with a catalog, in the order given).
    /// A tag matches by its language (`fr-CA` → `fr`); `pt` → `pt-BR`; `zh` with no script
    /// or `Hans`, or a region other than TW/HK/MO → `zh-CN`. Anything else (unknown,
    /// malformed, empty, Traditional Chinese) is English. Never panics.
    ///
    /// ```
    /// use customer_validate::locale::Locale;
    /// assert_eq!(Locale::negotiate("pt"), Locale::PtBr);
    /// assert_eq!(Locale::negotiate("zh-Hans-CN"), Locale::ZhCn);
    /// assert_eq!(Locale::negotiate("FR_ca"), Locale::Fr);
    /// assert_eq!(Locale::negotiate("xx, de-AT;q=0.5"), Locale::De);
    /// assert_eq!(Locale::negotiate("zh-TW"), Locale::En);
    /// assert_eq!(Locale::negotiate("💥"), Locale::En);
    /// ```
    pub fn negotiate(tags: &str) -> Locale {
        tags.split(',')
            .take(32)
            .find_map(|entry| Locale::matching(entry.split(';').next().unwrap_or("")))
            .unwrap_or(Locale::En)
    }

    /// The catalog for one well-formed tag, if any.
    fn matching(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if tag.is_empty() || tag.len() > 64 {
            return None;
        }
        let subtags: Vec<String> = tag
            .split(['-', '_'])
            .map(|s| s.to_ascii_lowercase())
            .collect();
        if subtags
            .iter()
            .any(|s| s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            return None;
        }
        let language = subtags[0].as_str();
        if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return None;
        }
        let rest = &subtags[1..];
        let has = |s: &str| rest.iter().any(|t| t == s);
        Some(match language {
            "en" => Locale::En,
            "es" => Locale::Es,
            "pt" => Locale::PtBr,
            "fr" => Locale::Fr,
            "de" => Locale::De,
            "it" => Locale::It,
            "nl" => Locale::Nl,
            "pl" => Locale::Pl,
            "tr" => Locale::Tr,
            "ja" => Locale::Ja,
            "ar" => Locale::Ar,
            "zh" if has("hant") || (!has("hans") && (has("tw") || has("hk") || has("mo"))) => {
                return None
            }
            "zh" => Locale::ZhCn,
            _ => return None,
        })
    }

    fn catalog(self) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; 12] = [const { OnceLock::new() }; 12];
        let index = Locale::ALL.iter().position(|l| *l == self).unwrap_or(0);
        CATALOGS[index].get_or_init(|| Catalog::load(self))
    }

    /// The template of `code` as shown to users, `{param}` for each placeholder (the
    /// default variant where the text depends on a number or a reason); `None` when the
    /// catalog has no message for the code.
    ///
    /// ```
    /// use customer_validate::{issue::Code, locale::Locale};
    /// assert_eq!(Locale::En.template(Code::TooLong).unwrap(), "Too long: at most {max} characters.");
    /// assert_eq!(Locale::De.template(Code::EmailDomainSuspect).unwrap(), "Meinten Sie {suggestion}?");
    /// ```
    pub fn template(self, code: Code) -> Option<String> {
        self.catalog()
            .resource
            .get(code.as_str())
            .map(fluent::template)
    }

    /// The message for `code` with `params` in this locale, or `None` when the catalog has
    /// no message for the code or a placeholder's param is missing.
    ///
    /// ```
    /// use customer_validate::{issue::Code, locale::Locale};
    /// let params = serde_json::json!({"max": 2}).as_object().unwrap().clone();
    /// assert_eq!(Locale::Ar.render(Code::TooLong, &params).unwrap(), "النص طويل جدًا: الحد الأقصى حرفان.");
    /// assert_eq!(Locale::Ar.render(Code::DigitsLength, &params), None);
    /// ```
    pub fn render(self, code: Code, params: &Map<String, Value>) -> Option<String> {
        let catalog = self.catalog();
        let pattern = catalog.resource.get(code.as_str())?;
        fluent::render(pattern, params, catalog.rules, &catalog.separator).ok()
    }

    /// For each `selector` value `code`'s message in this locale has its own text for (the
    /// default variant left out: [`Locale::template`] shows it), the value and the template
    /// with it chosen, in file order.
    ///
    /// ```
    /// use customer_validate::{issue::Code, locale::Locale};
    /// let reasons = Locale::En.variant_templates(Code::PhoneInvalid, "reason");
    /// assert_eq!(reasons[0], ("not_a_number".to_owned(), "This is not a phone number.".to_owned()));
    /// assert_eq!(reasons.len(), 2);
    /// ```
    pub fn variant_templates(self, code: Code, selector: &str) -> Vec<(String, String)> {
        self.catalog()
            .resource
            .get(code.as_str())
            .map(|p| fluent::variant_templates(p, selector))
            .unwrap_or_default()
    }

    /// The names of the params `code`'s message in this locale uses (placeholders and
    /// selectors), sorted; `None` when the catalog has no message for the code.
    ///
    /// ```
    /// use customer_validate::{issue::Code, locale::Locale};
    /// assert_eq!(Locale::Fr.params(Code::DigitsLength).unwrap(), ["length", "received_length"]);
    /// ```
    pub fn params(self, code: Code) -> Option<Vec<String>> {
        self.catalog()
            .resource
            .get(code.as_str())
            .map(fluent::params)
    }

    /// The variant keys of each select on `selector` in `code`'s message, in file order
    /// (e.g. the `reason`s a message tells apart), empty when it has none.
    ///
    /// ```
    /// use customer_validate::{issue::Code, locale::Locale};
    /// let keys = Locale::Es.variant_keys(Code::PhoneInvalid, "reason");
    /// assert_eq!(keys, ["not_a_number", "invalid_phone_context", "other"]);
    /// ```
    pub fn variant_keys(self, code: Code, selector: &str) -> Vec<String> {
        fn walk(pattern: &[Part], selector: &str, out: &mut Vec<String>) {
            for part in pattern {
                if let Part::Select { var, variants, .. } = part {
                    for (key, p) in variants {
                        if var == selector && !out.contains(key) {
                            out.push(key.clone());
                        }
                        walk(p, selector, out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        if let Some(p) = self.catalog().resource.get(code.as_str()) {
            walk(p, selector, &mut out);
        }
        out
    }

    /// The catalog as JSON, the form the npm locale modules carry (`npm/src/locales/`):
    /// `{"tag", "separator", "messages": {code: pattern}}`, each pattern a string or an
    /// array of text, `{"v": param}` and `{"s": selector, "k": {key: pattern}, "d": default}`.
    ///
    /// ```
    /// use customer_validate::locale::Locale;
    /// let json = Locale::Ja.catalog_json();
    /// assert_eq!(json["messages"]["field_required"], "この項目は必須です。");
    /// assert_eq!(json["separator"], "、");
    /// ```
    pub fn catalog_json(self) -> Value {
        let catalog = self.catalog();
        let messages: Map<String, Value> = catalog
            .resource
            .entries
            .iter()
            .filter(|(id, _)| !id.starts_with('-'))
            .map(|(id, p)| (id.clone(), fluent::to_json(p)))
            .collect();
        serde_json::json!({
            "tag": self.tag(),
            "separator": catalog.separator,
            "messages": messages,
        })
    }

    /// Parse problems in the catalog source (none in a released build; tests check).
    ///
    /// ```
    /// use customer_validate::locale::Locale;
    /// assert_eq!(Locale::Nl.catalog_error(), None);
    /// ```
    pub fn catalog_error(self) -> Option<String> {
        self.catalog().error.clone()
    }
}

/// One parsed catalog.
struct Catalog {
    resource: Resource,
    rules: PluralRules,
    separator: String,
    error: Option<String>,
}

impl Catalog {
    fn load(locale: Locale) -> Catalog {
        let (resource, error) = match fluent::parse(locale.source()) {
            Ok(r) => (r, None),
            // A catalog that does not parse is empty: every message falls back (never a
            // panic); `Locale::catalog_error` and the tests say why.
            Err(e) => (Resource::default(), Some(e)),
        };
        let separator = resource
            .get("-list-separator")
            .map(fluent::template)
            .unwrap_or_else(|| ", ".to_owned());
        Catalog {
            resource,
            rules: PluralRules::for_tag(locale.tag()),
            separator,
            error,
        }
    }
}

impl Issue {
    /// This issue's message in `locale`, from its catalog with the issue's params; the
    /// English [`Issue::message`] when the catalog has no message for the code or a param
    /// it needs is missing (tests keep both from happening for the codes and params the
    /// crate emits).
    ///
    /// ```
    /// use customer_validate::issue::{Code, Issue};
    /// use customer_validate::locale::Locale;
    /// let issue = Issue::new(Code::FieldRequired, "This field is required");
    /// assert_eq!(issue.message_in(Locale::Ja), "この項目は必須です。");
    /// assert_eq!(issue.message_in(Locale::En), "This field is required.");
    /// ```
    pub fn message_in(&self, locale: Locale) -> String {
        locale
            .render(self.code, &self.params)
            .unwrap_or_else(|| self.message.clone())
    }
}

impl Report {
    /// Replaces every kept issue's message by its message in `locale`
    /// ([`Issue::message_in`]).
    ///
    /// ```
    /// use customer_validate::{validate, Operation, Options, Provider};
    /// use customer_validate::locale::Locale;
    /// let mut report = validate(Provider::Bloc, Operation::Create, &serde_json::json!({}), &Options::default())
    ///     .unwrap_err();
    /// report.localize(Locale::Es);
    /// assert!(report.issues().iter().any(|i| i.message == "Este campo es obligatorio."));
    /// ```
    pub fn localize(&mut self, locale: Locale) {
        for issue in self.issues_mut() {
            issue.message = issue.message_in(locale);
        }
    }
}
