//! The rule tables' types: what a provider module declares for each operation (fields,
//! presence, the [`Check`] of each, update semantics, at-least-one groups).

use super::*;

/// When a field must, may or must not be present.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Presence {
    /// Must be present and non-blank.
    Required,
    /// May be absent.
    Optional,
    /// Required when the predicate on [`Options`] holds, optional otherwise.
    RequiredIf(fn(&Options) -> bool),
    /// Accepted only when the predicate holds; otherwise `field_not_allowed` with the reason.
    AllowedIf(fn(&Options) -> bool, NotAllowed),
    /// Never accepted here (`field_not_allowed` with the reason).
    Never(NotAllowed),
}

/// Declares [`NotAllowed`] from one table: variant, key, English text.
macro_rules! not_allowed {
    ($($(#[$doc:meta])* $variant:ident => $key:literal, $text:literal;)*) => {
        /// Why a field is not accepted here: the `reason` param of `field_not_allowed`, a
        /// short stable key a message catalog selects on (`{ $reason -> [immutable] … }`),
        /// with the English the issue's `message` ends with.
        ///
        /// ```
        /// use customer_validate::rules::NotAllowed;
        /// assert_eq!(NotAllowed::Immutable.key(), "immutable");
        /// assert_eq!(NotAllowed::Immutable.text(), "it cannot be changed after create");
        /// assert!(NotAllowed::ALL.contains(&NotAllowed::UseToken));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum NotAllowed {
            $($(#[$doc])* $variant,)*
        }

        impl NotAllowed {
            /// Every reason, in declaration order.
            pub const ALL: &'static [NotAllowed] = &[$(NotAllowed::$variant),*];

            /// The stable key sent as `params.reason` (snake_case).
            pub const fn key(self) -> &'static str {
                match self {
                    $(NotAllowed::$variant => $key,)*
                }
            }

            /// The reason in English, as the issue's `message` gives it.
            pub const fn text(self) -> &'static str {
                match self {
                    $(NotAllowed::$variant => $text,)*
                }
            }
        }
    };
}

not_allowed! {
    /// Set once at create; an update cannot change it (Bloc's `bvn`, Calypso's `externalId`).
    Immutable => "immutable", "it cannot be changed after create";
    /// Not among the fields the provider documents for this operation (Bloc's `address` on
    /// update); an option accepts it.
    NotDocumented => "not_documented", "the provider does not document it for this operation";
    /// The customer's key in the request path, not a body field (Authvia's `ref` on update).
    PathKey => "path_key", "it identifies the customer in the request path, not in the body";
    /// Changed through the provider's own operations for it (Authvia's `addresses`, which
    /// a PATCH cannot change: the customer address operations do).
    OwnOperations => "own_operations", "the provider changes it through its own operations";
    /// Raw payment data that must not pass through this payload; send the provider's token
    /// instead (Rapyd's `payment_method`).
    UseToken => "use_token", "raw payment data must not pass through here; send a token";
}

/// How a phone field is written in the output.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum PhoneForm {
    /// E.164 with `+`. National numbers are read in the region given by the sibling field
    /// named here (e.g. an address's `country`), else [`Options::default_region`].
    E164 {
        /// Sibling field holding the country to read national numbers in.
        region_from: Option<&'static str>,
    },
    /// E.164 as [`PhoneForm::E164`] (national numbers in [`Options::default_region`]),
    /// unless `as_typed` holds under the options: then the text as typed, one line of at most
    /// `max` characters, for a provider whose phone field is free text (Stripe).
    E164OrText {
        /// Keep the text as typed instead, under these options.
        as_typed: fn(&Options) -> bool,
        /// Longest text kept as typed, in characters.
        max: usize,
    },
    /// E.164 as [`PhoneForm::E164`] (national numbers in [`Options::default_region`]), with
    /// the extension, when the input had one, kept as RFC 3966 writes it:
    /// `+12024561111;ext=42` (the canonical customer's phone).
    E164WithExtension,
    /// A number of one country only (`phone_wrong_region` otherwise), read in that country,
    /// whose national number has exactly `national_digits` digits (`pattern_mismatch`
    /// otherwise), written as `output` says: E.164, or national digits with the trunk
    /// prefix (Bloc: `NG`, 10 digits, `08031234567`).
    National {
        /// ISO alpha-2 of the only country accepted.
        region: &'static str,
        /// Digits of the national significant number the provider's form holds.
        national_digits: usize,
        /// The output form, from the options.
        output: fn(&Options) -> NumberForm,
    },
}

/// How a [`PhoneForm::National`] rule writes a valid number.
///
/// ```
/// use customer_validate::rules::NumberForm;
/// assert_ne!(NumberForm::E164, NumberForm::NationalDigits);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberForm {
    /// `+` and the international digits.
    E164,
    /// The national number's digits, national prefix included (`08031234567`).
    NationalDigits,
}

/// What a list's items must not repeat.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Unique {
    /// Items may repeat.
    No,
    /// Whole normalized items must differ; when `drop_repeats` holds, a repeat is left out
    /// of the output with a warning instead (the first occurrence, and so the order of the
    /// rest, is kept).
    Item {
        /// Drop repeats (warning) rather than refuse them (error), under these options.
        drop_repeats: fn(&Options) -> bool,
    },
    /// This field of each (object) item must differ when present.
    Field(&'static str),
}

/// A length limit: one the provider documents, or one it leaves open (providers.md's \[I\]
/// defaults), which is read from [`Options`] so a caller can change it.
///
/// ```
/// use customer_validate::rules::Limit;
/// use customer_validate::Options;
/// let mut o = Options::default();
/// assert_eq!(Limit::Fixed(35).get(&o), 35);
/// let name = Limit::From(|o: &Options| o.rapyd.max_name_chars);
/// o.rapyd.max_name_chars = 80;
/// assert_eq!(name.get(&o), 80);
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Limit {
    /// Not meant to change: stated by the provider (Rapyd's `email` ≤ 512, `occupation`
    /// ≤ 35), or a bound on a value with a length of its own (an id, a coupon code).
    Fixed(usize),
    /// Not stated by the provider: our default, configurable in [`Options`].
    From(fn(&Options) -> usize),
}

/// An address's street lines ([`crate::options::AddressPolicy::max_line_chars`]), shared by
/// every address shape.
pub const ADDRESS_LINE_MAX: Limit = Limit::From(|o: &Options| o.address.max_line_chars);
/// An address's city, district and state
/// ([`crate::options::AddressPolicy::max_locality_chars`]).
pub const ADDRESS_LOCALITY_MAX: Limit = Limit::From(|o: &Options| o.address.max_locality_chars);
/// A postal code as typed ([`crate::options::AddressPolicy::max_postal_code_chars`]).
pub const POSTAL_CODE_MAX: Limit = Limit::From(|o: &Options| o.address.max_postal_code_chars);

/// A customer's `email` field, labelled for forms, with the provider's limit: every provider
/// names it `email` and checks it with [`Check::Email`].
///
/// ```
/// use customer_validate::rules::{email_field, Limit};
/// let f = email_field(Limit::Fixed(512));
/// assert_eq!((f.name, f.form.unwrap().autocomplete), ("email", "email"));
/// ```
pub const fn email_field(max: Limit) -> Field {
    Field::new("email", Check::Email { max })
        .label("Email")
        .autocomplete("email")
}

/// The members every postal address has, under the shared address limits and labelled for
/// forms, named as each provider names them: one declaration of each rule for every address
/// shape (Rapyd's `line_1`, Stripe's `line1`, Bloc's `street`, the canonical customer's).
///
/// ```
/// use customer_validate::rules::address_member;
/// let f = address_member::postal_code("zip");
/// assert_eq!((f.name, f.form.unwrap().autocomplete), ("zip", "postal-code"));
/// ```
pub mod address_member {
    use super::{Check, Field, ADDRESS_LINE_MAX, ADDRESS_LOCALITY_MAX, POSTAL_CODE_MAX};

    /// The first street line.
    pub const fn line_1(name: &'static str) -> Field {
        Field::new(
            name,
            Check::Line {
                max: ADDRESS_LINE_MAX,
            },
        )
        .label("Address line 1")
        .autocomplete("address-line1")
    }

    /// The second street line.
    pub const fn line_2(name: &'static str) -> Field {
        Field::new(
            name,
            Check::Line {
                max: ADDRESS_LINE_MAX,
            },
        )
        .label("Address line 2")
        .autocomplete("address-line2")
    }

    /// The city or post town.
    pub const fn city(name: &'static str) -> Field {
        Field::new(
            name,
            Check::Line {
                max: ADDRESS_LOCALITY_MAX,
            },
        )
        .label("City")
        .autocomplete("address-level2")
    }

    /// The district, suburb or neighbourhood (Google's dependent locality).
    pub const fn district(name: &'static str) -> Field {
        Field::new(
            name,
            Check::Line {
                max: ADDRESS_LOCALITY_MAX,
            },
        )
        .label("District")
        .autocomplete("address-level3")
    }

    /// The sorting code (France's CEDEX and the like), as typed.
    pub const fn sorting_code(name: &'static str) -> Field {
        Field::new(
            name,
            Check::Line {
                max: POSTAL_CODE_MAX,
            },
        )
        .label("Sorting code")
        .autocomplete("off")
    }

    /// The state, province or other first-level subdivision.
    pub const fn state(name: &'static str) -> Field {
        Field::new(
            name,
            Check::Line {
                max: ADDRESS_LOCALITY_MAX,
            },
        )
        .label("State / region")
        .autocomplete("address-level1")
    }

    /// The country as an ISO alpha-2 code (read from a code, name or alias).
    pub const fn country(name: &'static str) -> Field {
        Field::new(name, Check::Country)
            .label("Country")
            .autocomplete("country-name")
    }

    /// The postal code, as typed (the country's rules check it in the address).
    pub const fn postal_code(name: &'static str) -> Field {
        Field::new(
            name,
            Check::Line {
                max: POSTAL_CODE_MAX,
            },
        )
        .label("Postal code")
        .autocomplete("postal-code")
    }
}

impl Limit {
    /// The limit under these options.
    ///
    /// ```
    /// use customer_validate::rules::Limit;
    /// assert_eq!(Limit::Fixed(20).get(&customer_validate::Options::default()), 20);
    /// ```
    pub fn get(self, options: &Options) -> usize {
        match self {
            Limit::Fixed(n) => n,
            Limit::From(f) => f(options),
        }
    }
}

/// A field checker and its output form.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Check {
    /// [`text::name`] with at most `max` characters.
    Name {
        /// Longest name, in characters.
        max: Limit,
    },
    /// A person's name: [`Check::Name`], and no digits unless `allow_digits` holds
    /// ([`text::has_digits`]).
    PersonName {
        /// Longest name, in characters.
        max: Limit,
        /// Whether digits are accepted under these options.
        allow_digits: fn(&Options) -> bool,
    },
    /// Free text ([`text::clean`], line breaks kept) of at most `max` characters.
    Text {
        /// Longest text, in characters.
        max: Limit,
    },
    /// Free text on one line (whitespace collapsed) of at most `max` characters.
    Line {
        /// Longest line, in characters.
        max: Limit,
    },
    /// [`email::check`], written with its domain in [`EmailPolicy::domain_form`] (A-labels
    /// by default), at most `max` characters in that form.
    ///
    /// [`EmailPolicy::domain_form`]: crate::options::EmailPolicy::domain_form
    Email {
        /// Longest address as written, in characters.
        max: Limit,
    },
    /// [`phone::parse`], written as the form says.
    Phone(PhoneForm),
    /// [`country::lookup`], written as ISO alpha-2.
    Country,
    /// [`ids::uuid`].
    Uuid,
    /// [`ids::prefixed`].
    Prefixed(&'static [&'static str]),
    /// [`ids::url_safe_ref`]; `warn_unless_hex` adds a warning when the value is not that many
    /// hex digits (a soft id-format check).
    UrlSafeRef {
        /// Longest ref.
        max: Limit,
        /// Expected hex length, checked as a warning only.
        warn_unless_hex: Option<usize>,
    },
    /// [`ids::printable_ascii`].
    PrintableAscii {
        /// Longest value.
        max: Limit,
    },
    /// [`ids::digits`]: exactly `len` digits, kept as a string.
    Digits {
        /// Number of digits.
        len: usize,
    },
    /// [`ids::hex_0x`].
    Hex0x {
        /// Number of hex digits after `0x`.
        len: usize,
    },
    /// Letters, digits and spaces, spaces removed and upper-cased, at most `max` (VAT ids).
    CompactUpper {
        /// Longest value after compaction.
        max: Limit,
    },
    /// One of `canonical`, matched case-insensitively and written canonically; other values
    /// are kept as given when `allow_other` holds.
    OneOf {
        /// Accepted values, as written in the output.
        canonical: &'static [&'static str],
        /// Accept (and keep) any other non-blank value.
        allow_other: fn(&Options) -> bool,
    },
    /// A value matching `test` (after trimming), described by `pattern` in issues; when
    /// `enforce` is false only the length limit `max` applies.
    Pattern {
        /// The predicate.
        test: fn(&str) -> bool,
        /// Human/regex description for `params.pattern`.
        pattern: &'static str,
        /// Whether the pattern applies under these options.
        enforce: fn(&Options) -> bool,
        /// Longest value when the pattern is not enforced.
        max: Limit,
    },
    /// [`date::parse`], written `DD/MM/YYYY`; with a clock, not in the future.
    DateDdMmYyyy,
    /// An integer count of milliseconds since 1970; with a clock, within the allowed skew.
    TimestampMs {
        /// Largest allowed distance to [`Options::now_ms`].
        max_skew_ms: fn(&Options) -> i64,
    },
    /// A JSON object kept exactly (key order, unicode, big numbers), within
    /// [`Options::metadata`] limits.
    JsonObject,
    /// A map of strings (Stripe's `metadata`): at most `max_keys` keys of at most
    /// `max_key_chars` characters, each value a string of at most `max_value_chars`
    /// characters (`""` allowed: it unsets a key on update). Kept exactly.
    StringMap {
        /// Most keys.
        max_keys: usize,
        /// Longest key, in characters.
        max_key_chars: usize,
        /// Longest value, in characters.
        max_value_chars: usize,
    },
    /// An integer: a JSON number without a fraction, or a string of ASCII digits with an
    /// optional sign (as a CSV cell holds it), written as a number, within `min..=max`.
    Integer {
        /// Smallest value.
        min: i64,
        /// Largest value.
        max: i64,
    },
    /// A nested object with its own fields.
    Object(&'static [Field]),
    /// A postal address: its `fields` checked as [`Check::Object`] does, then the country's
    /// address rules ([`address::check_with_names`], under [`Options::address`]) on the
    /// members `names` maps: required fields per country, postal code normalized and
    /// matched, state resolved to its subdivision key. A member whose own check already
    /// failed gets no second issue.
    Address {
        /// The object's fields, in output order.
        fields: &'static [Field],
        /// Which members hold the street, city, district, state, postal code and country.
        names: &'static address::FieldNames,
    },
    /// A list of items.
    List {
        /// The item check.
        item: &'static Check,
        /// Fewest items.
        min: usize,
        /// Most items under these options.
        max: fn(&Options) -> usize,
        /// What must not repeat.
        unique: Unique,
    },
    /// An email address or a phone number in one value: an email if it holds `@` (written as
    /// [`Check::Email`] writes one), else a phone written E.164 (national numbers read in
    /// [`Options::default_region`]). Accepts a string, or an object holding it in
    /// `members.value` (other members are not read); written as `form` says under the
    /// options.
    EmailOrPhone {
        /// The member names of the object form.
        members: EmailOrPhoneMembers,
        /// The output form under these options.
        form: fn(&Options) -> EmailOrPhoneForm,
    },
}

/// The member names of a [`Check::EmailOrPhone`] value given or written as an object.
///
/// ```
/// use customer_validate::rules::EmailOrPhoneMembers;
/// let m = EmailOrPhoneMembers { value: "value", kind: "type" };
/// assert_eq!((m.value, m.kind), ("value", "type"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmailOrPhoneMembers {
    /// The member holding the address or number.
    pub value: &'static str,
    /// The member saying which it is (`"email"` or `"phone"`), in
    /// [`EmailOrPhoneForm::KindAndValue`].
    pub kind: &'static str,
}

/// How a [`Check::EmailOrPhone`] value is written.
///
/// ```
/// use customer_validate::rules::EmailOrPhoneForm;
/// assert_ne!(EmailOrPhoneForm::Text, EmailOrPhoneForm::Value);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EmailOrPhoneForm {
    /// The normalized string itself: `"+12024561111"`.
    Text,
    /// An object with the string in the value member: `{"value": "+12024561111"}`.
    Value,
    /// An object with the kind member (`"email"` or `"phone"`), then the value member:
    /// `{"type": "phone", "value": "+12024561111"}`.
    KindAndValue,
}

/// One field of an object: name, presence and check.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// JSON member name.
    pub name: &'static str,
    /// When it must be present.
    pub presence: Presence,
    /// How it is checked and written.
    pub check: Check,
    /// How a form shows it ([`crate::providers::fields`]); `None`: not on a form, and always
    /// in a build without forms ([`FORMS`]).
    pub form: Option<Form>,
}

/// Whether this build keeps the fields' [`Form`]s (labels, hints, `autocomplete` tokens): all
/// builds but a wasm32 one without feature `form-kit`, the npm package's first browser module,
/// which has no form bindings and so reads none of them: there [`Field::label`] keeps nothing,
/// and [`crate::providers::fields`] lists no field. Their text is 0.45 KB gzipped of that
/// module (docs/decisions.md, "Build and size").
///
/// ```
/// assert!(customer_validate::rules::FORMS || cfg!(target_arch = "wasm32"));
/// ```
pub const FORMS: bool = cfg!(any(not(target_arch = "wasm32"), feature = "form-kit"));

/// How a form shows a field: its label, a hint under it, and the HTML `autocomplete` token
/// (empty when none). The control's kind follows from the field's [`Check`].
///
/// ```
/// use customer_validate::rules::{Check, Field, Limit};
/// const EMAIL: Field = Field::new("email", Check::Email { max: Limit::Fixed(254) })
///     .label("Email")
///     .autocomplete("email");
/// let form = EMAIL.form.unwrap();
/// assert_eq!((form.label, form.autocomplete, form.hint), ("Email", "email", ""));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Form {
    /// The label, in English.
    pub label: &'static str,
    /// A hint shown under the control (empty when none).
    pub hint: &'static str,
    /// The HTML `autocomplete` token (empty when none).
    pub autocomplete: &'static str,
}

impl Field {
    /// An optional field.
    pub const fn new(name: &'static str, check: Check) -> Self {
        Field {
            name,
            presence: Presence::Optional,
            check,
            form: None,
        }
    }

    /// The same field, shown on forms with this label (a build without forms keeps none:
    /// [`FORMS`]).
    pub const fn label(mut self, label: &'static str) -> Self {
        if !FORMS {
            return self;
        }
        self.form = Some(match self.form {
            Some(f) => Form { label, ..f },
            None => Form {
                label,
                hint: "",
                autocomplete: "",
            },
        });
        self
    }

    /// The same field with a hint under its control (after [`Field::label`]).
    pub const fn hint(mut self, hint: &'static str) -> Self {
        if let Some(f) = self.form {
            self.form = Some(Form { hint, ..f });
        }
        self
    }

    /// The same field with an HTML `autocomplete` token (after [`Field::label`]).
    pub const fn autocomplete(mut self, autocomplete: &'static str) -> Self {
        if let Some(f) = self.form {
            self.form = Some(Form { autocomplete, ..f });
        }
        self
    }

    /// The same field, required.
    pub const fn required(self) -> Self {
        self.presence(Presence::Required)
    }

    /// The same field with another presence.
    pub const fn presence(mut self, presence: Presence) -> Self {
        self.presence = presence;
        self
    }
}

/// How an operation treats absent and empty fields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub enum Updates {
    /// Create-like: blank optional strings are dropped (they carry nothing).
    Full,
    /// Partial update: absent means unchanged; `""` is refused (`value_empty`).
    Partial,
    /// Partial update where `null` asks to clear a field, written as `""` (Rapyd).
    PartialClearWithEmpty,
}

/// A rule across fields: at least one of these must be present, when the predicate holds.
#[derive(Clone, Copy, Debug)]
pub struct OneOf {
    /// Path of the object holding the fields (`&[]` for the top level, `&["payload"]` inside
    /// an envelope).
    pub within: &'static [&'static str],
    /// Candidate fields.
    pub fields: &'static [&'static str],
    /// Whether the rule applies under these options.
    pub when: fn(&Options) -> bool,
}

/// Everything one provider operation accepts.
#[derive(Clone, Copy, Debug)]
pub struct OperationSpec {
    /// The top-level fields, in output order.
    pub fields: &'static [Field],
    /// Absent/empty/clear semantics.
    pub updates: Updates,
    /// At-least-one rules on the top-level fields.
    pub one_of: &'static [OneOf],
}

#[cfg(test)]
mod tests {
    use super::NotAllowed;

    #[test]
    fn forms_are_kept_where_the_build_has_them() {
        use super::{Check, Field, FORMS};
        let f = Field::new(
            "email",
            Check::Email {
                max: super::Limit::Fixed(254),
            },
        )
        .label("Email")
        .hint("We send the receipt here")
        .autocomplete("email");
        assert_eq!(f.form.is_some(), FORMS);
        if let Some(form) = f.form {
            assert_eq!(
                (form.label, form.hint, form.autocomplete),
                ("Email", "We send the receipt here", "email")
            );
        }
        const { assert!(FORMS != cfg!(all(target_arch = "wasm32", not(feature = "form-kit")))) };
    }

    #[test]
    fn reason_keys_are_unique_snake_case_and_documented_in_params() {
        let doc = crate::issue::PARAMS
            .iter()
            .find(|(name, _)| *name == "reason")
            .map(|(_, doc)| *doc)
            .unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for r in NotAllowed::ALL {
            let k = r.key();
            assert!(seen.insert(k), "{k} twice");
            assert!(
                !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{k} is not snake_case"
            );
            assert!(
                doc.contains(&format!("`{k}`")),
                "issue::PARAMS does not list {k}"
            );
            assert!(!r.text().is_empty() && !r.text().ends_with('.'), "{k}");
        }
    }

    #[test]
    fn a_refused_field_carries_the_key_and_the_english_reason() {
        use crate::rules::{apply, Check, Field, Limit, OperationSpec, Presence, Updates};
        const FIELDS: &[Field] = &[
            Field::new(
                "name",
                Check::Name {
                    max: Limit::Fixed(10),
                },
            ),
            Field::new(
                "bvn",
                Check::Name {
                    max: Limit::Fixed(10),
                },
            )
            .presence(Presence::Never(NotAllowed::Immutable)),
        ];
        const SPEC: OperationSpec = OperationSpec {
            fields: FIELDS,
            updates: Updates::Full,
            one_of: &[],
        };
        let payload = serde_json::json!({"name": "Ada", "bvn": "1"});
        let report = apply(&SPEC, &payload, &crate::Options::default()).unwrap_err();
        let issue = &report.issues()[0];
        assert_eq!(issue.code.as_str(), "field_not_allowed");
        assert_eq!(issue.params["reason"], "immutable");
        assert_eq!(
            issue.message,
            "This field is not accepted here: it cannot be changed after create"
        );
    }
}
