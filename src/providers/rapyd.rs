//! Rapyd: `POST /v1/customers` (create) and `POST /v1/customers/{id}` (update).
//!
//! Open points and the defaults chosen (providers.md §3.6), switches in [`Options::rapyd`]:
//! - `name` required on create; `email` ≤ 512 (Rapyd's SDK docs) and `occupation` ≤ 35
//!   (its AFT docs) are fixed. The limits Rapyd leaves open are our defaults, each a switch:
//!   `name` ≤ 255 and `description` ≤ 1000 ([`Options::rapyd`]), `business_vat_id` ≤ 50,
//!   address lines ≤ 255, city/state ≤ 100 and `zip` ≤ 20 ([`Options::address`]). `phone_number` and every address's
//!   `phone_number` written E.164 with `+`. An address phone typed without `+` is read in
//!   that address's `country`, other national numbers in [`Options::default_region`].
//! - `addresses[]`: `name` and `line_1` required (Create Address requires both); `country`
//!   ISO alpha-2 from the current list; at most `max_addresses_on_create` (1) on create;
//!   the same phone twice in one request is `duplicate_value`. With a `country`, the
//!   country's address rules apply ([`Check::Address`] with [`address::NAMES`] names, under
//!   [`Options::address`]): its required fields (e.g. a US address needs `city`, `state`
//!   and `zip`), `zip` in the country's format and within the state's range, `state`
//!   written as its subdivision key (`"California"` → `"CA"`).
//! - `invoice_prefix`: 1–12 of `[A-Za-z0-9-]` unless `strict_invoice_prefix` is off.
//! - `ewallet` starts `ewallet_`; `default_payment_method` starts `card_` or `other_`.
//! - AFT fields on create and update: `date_of_birth` read as `YYYY-MM-DD` and written
//!   `DD/MM/YYYY`, `nationality` / `birth_country` ISO alpha-2, `occupation` ≤ 35.
//! - `metadata` is a JSON object kept exactly, within [`Options::metadata`] limits.
//! - `payment_method` (raw card data) is refused unless `allow_payment_method`.
//! - Update: absent means unchanged; `null` asks to clear a field and is written as Rapyd's
//!   `""`; a `""` in the input is refused (`value_empty`), so nothing is cleared by accident.
//!
//! ```
//! use customer_validate::providers::{validate, Operation, Provider};
//! use customer_validate::Options;
//! use serde_json::json;
//! let out = validate(Provider::Rapyd, Operation::Update, &json!({"description": null}),
//!     &Options::default()).unwrap();
//! assert_eq!(out.value, json!({"description": ""}));
//! ```
//!
//! [`Options::rapyd`]: crate::Options::rapyd
//! [`Options::default_region`]: crate::Options::default_region
//! [`Options::metadata`]: crate::Options::metadata
//! [`Options::address`]: crate::Options::address

use super::Definition;
use super::Operation;
use crate::customer::mapping::{row, AddressMapping, Table, Via};
use crate::customer::{CustomerField as F, IdScheme};
use crate::fields::address;
use crate::options::Options;
use crate::rules::{
    address_member, email_field, Check, Field, Limit, NotAllowed, OperationSpec, PhoneForm,
    Presence, Unique, Updates, ADDRESS_LINE_MAX, ADDRESS_LOCALITY_MAX,
};
use serde::{Deserialize, Serialize};

const NAME_MAX: Limit = Limit::From(|o: &Options| o.rapyd.max_name_chars);

const ADDRESS: &[Field] = &[
    Field::new("name", Check::Name { max: NAME_MAX })
        .label("Name on the address")
        .autocomplete("name")
        .required(),
    address_member::line_1("line_1").required(),
    address_member::line_2("line_2"),
    Field::new(
        "line_3",
        Check::Line {
            max: ADDRESS_LINE_MAX,
        },
    ),
    address_member::city("city"),
    address_member::state("state"),
    Field::new(
        "canton",
        Check::Line {
            max: ADDRESS_LOCALITY_MAX,
        },
    ),
    address_member::district("district"),
    address_member::country("country"),
    address_member::postal_code("zip"),
    Field::new(
        "phone_number",
        Check::Phone(PhoneForm::E164 {
            region_from: Some("country"),
        }),
    ),
    Field::new("metadata", Check::JsonObject),
];

fn is_invoice_prefix(s: &str) -> bool {
    (1..=12).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

const NAME: Field = Field::new("name", Check::Name { max: NAME_MAX })
    .label("Full name")
    .autocomplete("name");

/// The fields shared by create and update, after `name` and before `addresses`' limits.
macro_rules! customer_fields {
    ($name:expr, $max_addresses:expr) => {
        &[
            $name,
            email_field(Limit::Fixed(512)),
            Field::new(
                "phone_number",
                Check::Phone(PhoneForm::E164 { region_from: None }),
            )
            .label("Phone number")
            .autocomplete("tel"),
            Field::new(
                "addresses",
                Check::List {
                    item: &Check::Address {
                        fields: ADDRESS,
                        names: &address::NAMES,
                    },
                    min: 0,
                    max: $max_addresses,
                    unique: Unique::Field("phone_number"),
                },
            )
            .label("Address"),
            Field::new(
                "business_vat_id",
                Check::CompactUpper {
                    max: Limit::From(|o: &Options| o.rapyd.max_vat_id_chars),
                },
            ),
            Field::new(
                "coupon",
                Check::Line {
                    max: Limit::Fixed(255),
                },
            ),
            Field::new(
                "description",
                Check::Text {
                    max: Limit::From(|o: &Options| o.rapyd.max_description_chars),
                },
            )
            .label("Description"),
            Field::new("ewallet", Check::Prefixed(&["ewallet_"])),
            Field::new(
                "invoice_prefix",
                Check::Pattern {
                    test: is_invoice_prefix,
                    pattern: "^[A-Za-z0-9-]{1,12}$",
                    enforce: |o: &Options| o.rapyd.strict_invoice_prefix,
                    max: Limit::Fixed(255),
                },
            ),
            Field::new("metadata", Check::JsonObject),
            Field::new("payment_method", Check::JsonObject).presence(Presence::AllowedIf(
                |o: &Options| o.rapyd.allow_payment_method,
                NotAllowed::UseToken,
            )),
            Field::new(
                "default_payment_method",
                Check::Prefixed(&["card_", "other_"]),
            ),
            Field::new("birth_country", Check::Country),
            Field::new("date_of_birth", Check::DateDdMmYyyy),
            Field::new("nationality", Check::Country),
            Field::new(
                "occupation",
                Check::Line {
                    max: Limit::Fixed(35),
                },
            ),
        ]
    };
}

/// Rapyd's operations.
pub const OPERATIONS: &[(Operation, OperationSpec)] = &[
    (
        Operation::Create,
        OperationSpec {
            fields: customer_fields!(NAME.required(), |o: &Options| o
                .rapyd
                .max_addresses_on_create),
            updates: Updates::Full,
            one_of: &[],
        },
    ),
    (
        Operation::Update,
        OperationSpec {
            fields: customer_fields!(NAME, |o: &Options| o.max_array_len),
            updates: Updates::PartialClearWithEmpty,
            one_of: &[],
        },
    ),
];

// --- the canonical customer and the module's definition ---------------------------------

/// The canonical address as `addresses[0]`, named with the customer's display name.
const ADDRESS_MAPPING: AddressMapping = AddressMapping {
    members: &[
        ("line_1", "line_1"),
        ("line_2", "line_2"),
        ("city", "city"),
        ("state", "state"),
        ("district", "district"),
        ("zip", "postal_code"),
        ("country", "country"),
    ],
    name: Some("name"),
    in_list: true,
};

/// Rapyd's payload from the canonical customer: the display name, email, phone, the postal
/// address as `addresses[0]`, a VAT id as `business_vat_id`, notes as `description`,
/// metadata with the external reference as `metadata.external_ref`, AFT date of birth and
/// nationality.
pub(crate) const MAPPING: Table = Table {
    within: &[],
    rows: &[
        row(&["name"], Via::DisplayName),
        row(&["email"], Via::Copy(F::Email)),
        row(&["phone_number"], Via::Phone { region: None }),
        row(&["addresses"], Via::Address(&ADDRESS_MAPPING)),
        row(&["business_vat_id"], Via::NationalId(IdScheme::Vat)),
        row(&["description"], Via::Copy(F::Notes)),
        row(&["metadata"], Via::Copy(F::Metadata)),
        row(&["metadata", "external_ref"], Via::Copy(F::ExternalRef)),
        row(&["date_of_birth"], Via::Date),
        row(&["nationality"], Via::Copy(F::Nationality)),
    ],
    context: &[],
};

/// Everything this module declares, as [`Provider::definition`](super::Provider) hands it out.
pub(crate) const DEFINITION: Definition = Definition {
    label: "Rapyd",
    operations: OPERATIONS,
    mapping: &MAPPING,
    csv_aliases: &[],
};

// --- options ------------------------------------------------------------------------

/// Rapyd's open points (providers.md §3.6).
///
/// ```
/// use customer_validate::options::RapydOptions;
/// let o = RapydOptions::default();
/// assert_eq!(o.max_addresses_on_create, 1);
/// assert!(o.strict_invoice_prefix && !o.allow_payment_method);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RapydOptions {
    /// Most addresses on create (Rapyd says: the primary address on create, more by update). Default 1.
    pub max_addresses_on_create: usize,
    /// `invoice_prefix` must be 1–12 of `[A-Za-z0-9-]`; off: any text ≤ 255. Default true.
    pub strict_invoice_prefix: bool,
    /// Accept a `payment_method` object (raw card data should not pass through here). Default false.
    pub allow_payment_method: bool,
    /// Longest `name`, of the customer and of an address (undocumented). Default 255.
    pub max_name_chars: usize,
    /// Longest `description` (undocumented). Default 1000.
    pub max_description_chars: usize,
    /// Longest `business_vat_id`, spaces removed (undocumented). Default 50.
    pub max_vat_id_chars: usize,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(RapydOptions {
    max_addresses_on_create,
    strict_invoice_prefix,
    allow_payment_method,
    max_name_chars,
    max_description_chars,
    max_vat_id_chars,
});

impl Default for RapydOptions {
    fn default() -> Self {
        RapydOptions {
            max_addresses_on_create: 1,
            strict_invoice_prefix: true,
            allow_payment_method: false,
            max_name_chars: 255,
            max_description_chars: 1000,
            max_vat_id_chars: 50,
        }
    }
}
