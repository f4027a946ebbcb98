//! Bloc (Nigeria): `POST /v1/customers`, `PUT /v1/customers/{id}`, archive and unarchive.
//!
//! Open points and the defaults chosen (providers.md §2.7), each an [`Options::bloc`] switch:
//! - `phone_number` is written in Nigerian local form `0XXXXXXXXXX` (every Bloc example uses
//!   it) from `+234…`, `234…`, bare 10-digit or local input, and must be a valid Nigerian
//!   number with 10 national digits (toll-free `0800…` numbers of 11–14 are
//!   `pattern_mismatch`); `phone_output: e164` sends `+234…` instead.
//! - `bvn` is exactly 11 ASCII digits, kept as a string (leading zeros matter). All-zero
//!   sandbox BVNs are accepted. `bvn` on update is `field_not_allowed`.
//! - `first_name` / `last_name`: ≤ `max_name_chars` (100), and no digits
//!   (`name_has_digits`) unless `allow_digits_in_names`: the names go to BVN/KYC checks.
//!   `email` ≤ `max_email_chars` (254).
//! - `customer_type` is case-insensitive with canonical `Personal` / `Business`;
//!   `allow_other_customer_type` keeps other values (e.g. `retail`, seen in swagger examples).
//! - Update is partial (only changed fields, at least one); `full_replace` requires all five.
//!   `address` on update only with `allow_address_on_update`.
//! - Archive/unarchive have no documented endpoint: the payload is `{ "id" }` only, URL-safe,
//!   with a warning when it is not a 24-hex id.
//!
//! ```
//! use customer_validate::providers::{validate, Operation, Provider};
//! use customer_validate::Options;
//! use serde_json::json;
//! let r = validate(Provider::Bloc, Operation::Update, &json!({"bvn": "01234567890"}), &Options::default());
//! assert_eq!(r.unwrap_err().issues()[0].code.as_str(), "field_not_allowed");
//! ```
//!
//! [`Options::bloc`]: crate::Options::bloc

use super::Definition;
use super::Operation;
use crate::customer::mapping::{row, Table, Via};
use crate::customer::{CustomerField as F, IdScheme};
use crate::options::Options;
use crate::rules::{
    address_member, email_field, Check, Field, Limit, NotAllowed, NumberForm, OneOf, OperationSpec,
    PhoneForm, Presence, Updates, ADDRESS_LOCALITY_MAX,
};
use serde::{Deserialize, Serialize};

const EMAIL: Field = email_field(Limit::From(|o: &Options| o.bloc.max_email_chars));
/// Bloc takes Nigerian numbers only, written `0` + 10 digits unless `phone_output` says E.164.
const PHONE: Field = Field::new(
    "phone_number",
    Check::Phone(PhoneForm::National {
        region: "NG",
        national_digits: 10,
        output: |o: &Options| o.bloc.phone_output.form(),
    }),
)
.label("Phone number")
.hint("A Nigerian number; sent as 0XXXXXXXXXX.")
.autocomplete("tel");
const BVN: Field = Field::new("bvn", Check::Digits { len: 11 })
    .label("BVN")
    .hint("Bank Verification Number: 11 digits.");
const PERSON_NAME: Check = Check::PersonName {
    max: Limit::From(|o: &Options| o.bloc.max_name_chars),
    allow_digits: |o: &Options| o.bloc.allow_digits_in_names,
};
const FIRST_NAME: Field = Field::new("first_name", PERSON_NAME)
    .label("First name")
    .autocomplete("given-name");
const LAST_NAME: Field = Field::new("last_name", PERSON_NAME)
    .label("Last name")
    .autocomplete("family-name");
const CUSTOMER_TYPE: Field = Field::new(
    "customer_type",
    Check::OneOf {
        canonical: &["Personal", "Business"],
        allow_other: |o: &Options| o.bloc.allow_other_customer_type,
    },
)
.label("Customer type");
const ADDRESS_FIELDS: &[Field] = &[
    address_member::line_1("street").label("Street"),
    address_member::city("city"),
    address_member::state("state"),
    // Bloc's documented examples send the country's name ("Nigeria"), not a code.
    Field::new(
        "country",
        Check::Line {
            max: ADDRESS_LOCALITY_MAX,
        },
    )
    .label("Country")
    .autocomplete("country-name"),
    address_member::postal_code("postal_code"),
];
const ID: Field = Field::new(
    "id",
    Check::UrlSafeRef {
        max: Limit::Fixed(64),
        warn_unless_hex: Some(24),
    },
)
.label("Customer id")
.required();

fn full_replace(o: &Options) -> bool {
    o.bloc.full_replace
}

const UPDATE_PRESENCE: Presence = Presence::RequiredIf(full_replace);

/// Bloc's operations.
pub const OPERATIONS: &[(Operation, OperationSpec)] = &[
    (
        Operation::Create,
        OperationSpec {
            fields: &[
                EMAIL.required(),
                PHONE.required(),
                BVN.required(),
                FIRST_NAME.required(),
                LAST_NAME.required(),
                CUSTOMER_TYPE.required(),
            ],
            updates: Updates::Full,
            one_of: &[],
        },
    ),
    (
        Operation::Update,
        OperationSpec {
            fields: &[
                EMAIL.presence(UPDATE_PRESENCE),
                PHONE.presence(UPDATE_PRESENCE),
                FIRST_NAME.presence(UPDATE_PRESENCE),
                LAST_NAME.presence(UPDATE_PRESENCE),
                CUSTOMER_TYPE.presence(UPDATE_PRESENCE),
                BVN.presence(Presence::Never(NotAllowed::Immutable)),
                Field::new("address", Check::Object(ADDRESS_FIELDS))
                    .label("Address")
                    .presence(Presence::AllowedIf(
                        |o: &Options| o.bloc.allow_address_on_update,
                        NotAllowed::NotDocumented,
                    )),
            ],
            updates: Updates::Partial,
            one_of: &[OneOf {
                within: &[],
                fields: &[
                    "email",
                    "phone_number",
                    "first_name",
                    "last_name",
                    "customer_type",
                    "address",
                ],
                when: |_| true,
            }],
        },
    ),
    (
        Operation::Archive,
        OperationSpec {
            fields: &[ID],
            updates: Updates::Full,
            one_of: &[],
        },
    ),
    (
        Operation::Unarchive,
        OperationSpec {
            fields: &[ID],
            updates: Updates::Full,
            one_of: &[],
        },
    ),
];

// --- the canonical customer and the module's definition ---------------------------------

/// Bloc's payload from the canonical customer: email, the phone read and written in Nigeria,
/// the BVN, given and family names, `customer_type` from `kind`; the response's `full_name`
/// is read back only.
pub(crate) const MAPPING: Table = Table {
    within: &[],
    rows: &[
        row(&["email"], Via::Copy(F::Email)),
        row(&["phone_number"], Via::Phone { region: Some("NG") }),
        row(&["bvn"], Via::NationalId(IdScheme::Bvn)),
        row(&["first_name"], Via::GivenName),
        row(&["last_name"], Via::FamilyName),
        row(&["customer_type"], Via::Kind),
        row(&["full_name"], Via::FamilyFirstName),
    ],
    context: &[],
};

/// Everything this module declares, as [`Provider::definition`](super::Provider) hands it out.
pub(crate) const DEFINITION: Definition = Definition {
    label: "Bloc",
    operations: OPERATIONS,
    mapping: &MAPPING,
    csv_aliases: &[],
};

// --- options ------------------------------------------------------------------------

/// How a phone number is written in the provider's payload.
///
/// ```
/// use customer_validate::options::PhoneOutput;
/// assert_eq!(serde_json::to_value(PhoneOutput::NationalNigeria).unwrap(), "national_nigeria");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum PhoneOutput {
    /// `+` and digits.
    E164,
    /// Nigerian local `0XXXXXXXXXX` (Bloc's documented form).
    NationalNigeria,
}

impl PhoneOutput {
    /// How the phone rule writes the number for this choice.
    ///
    /// ```
    /// use customer_validate::options::PhoneOutput;
    /// use customer_validate::rules::NumberForm;
    /// assert_eq!(PhoneOutput::NationalNigeria.form(), NumberForm::NationalDigits);
    /// ```
    pub fn form(self) -> NumberForm {
        match self {
            PhoneOutput::E164 => NumberForm::E164,
            PhoneOutput::NationalNigeria => NumberForm::NationalDigits,
        }
    }
}

// How the npm package reads it from options JSON (src/wasm/options.rs).
crate::options::read_variants!(PhoneOutput {
    E164 => "e164",
    NationalNigeria => "national_nigeria",
});

/// Bloc's open points (providers.md §2.7).
///
/// ```
/// use customer_validate::options::{BlocOptions, PhoneOutput};
/// let o = BlocOptions::default();
/// assert_eq!(o.phone_output, PhoneOutput::NationalNigeria);
/// assert!(!o.full_replace && !o.allow_address_on_update && !o.allow_other_customer_type);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct BlocOptions {
    /// Output form of `phone_number`. Default Nigerian local.
    pub phone_output: PhoneOutput,
    /// Update sends all five fields (each required) instead of only the changed ones. Default false.
    pub full_replace: bool,
    /// Accept `address` on update (seen in third-party code only). Default false.
    pub allow_address_on_update: bool,
    /// Accept `customer_type` values other than Personal/Business, kept as given. Default false.
    pub allow_other_customer_type: bool,
    /// Accept digits in `first_name` / `last_name` (a BVN record holds a person's name, so
    /// digits are most likely a typo). Default false.
    pub allow_digits_in_names: bool,
    /// Longest `first_name` / `last_name` (undocumented). Default 100.
    pub max_name_chars: usize,
    /// Longest `email` (undocumented). Default 254, the SMTP limit.
    pub max_email_chars: usize,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(BlocOptions {
    phone_output,
    full_replace,
    allow_address_on_update,
    allow_other_customer_type,
    allow_digits_in_names,
    max_name_chars,
    max_email_chars,
});

impl Default for BlocOptions {
    fn default() -> Self {
        BlocOptions {
            phone_output: PhoneOutput::NationalNigeria,
            full_replace: false,
            allow_address_on_update: false,
            allow_other_customer_type: false,
            allow_digits_in_names: false,
            max_name_chars: 100,
            max_email_chars: 254,
        }
    }
}
