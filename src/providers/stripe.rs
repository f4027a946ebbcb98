//! Stripe: `POST /v1/customers` (create) and `POST /v1/customers/{id}` (update), from
//! providers.md §5.
//!
//! Every body parameter is optional. What the docs state is fixed: `email` ≤ 512, `name`
//! ≤ 256, `business_name` / `individual_name` ≤ 150, `phone` ≤ 20, `description` ≤ 5,000,
//! `invoice_prefix` 3–12 upper-case letters or digits, `metadata` a map of strings (≤ 50 keys,
//! keys ≤ 40 characters, values ≤ 500), `tax_exempt` one of `none` / `exempt` / `reverse`,
//! `tax_id_data` items `{type, value}`, `balance` and `next_invoice_sequence` integers.
//! - `address` and `shipping.address` (`line1`, `line2`, `city`, `state`, `postal_code`,
//!   `country`) are checked against the country's address rules like every provider's
//!   ([`Check::Address`], under [`Options::address`]); `shipping` needs `name` and `address`.
//! - `phone` is free text at Stripe. We write it E.164 (read in [`Options::default_region`]
//!   when typed without `+`), as for Rapyd and Authvia, so it can be dialled and matched;
//!   [`StripeOptions::phone_as_typed`] keeps it as typed instead (≤ 20 characters).
//! - Update: absent means unchanged; `null` asks to clear a field and is written as Stripe's
//!   `""`; a `""` in the input is refused (`value_empty`), so nothing is cleared by accident.
//!   In `metadata`, a `""` value unsets that key, as Stripe documents.
//!
//! ```
//! use customer_validate::providers::{validate, Operation, Provider};
//! use customer_validate::Options;
//! use serde_json::json;
//! let out = validate(Provider::Stripe, Operation::Create, &json!({
//!     "name": "Ada Lovelace", "phone": "+44 20 7946 0958", "invoice_prefix": "ADA01",
//!     "address": {"line1": "10 Downing St", "city": "London", "postal_code": "sw1a2aa", "country": "gb"},
//! }), &Options::default()).unwrap();
//! assert_eq!(out.value["phone"], "+442079460958");
//! assert_eq!(out.value["address"]["postal_code"], "SW1A 2AA");
//! let update = validate(Provider::Stripe, Operation::Update, &json!({"description": null}),
//!     &Options::default()).unwrap();
//! assert_eq!(update.value, json!({"description": ""}));
//! ```
//!
//! [`Options::address`]: crate::Options::address
//! [`Options::default_region`]: crate::Options::default_region

use super::{Definition, Operation};
use crate::customer::mapping::{row, AddressMapping, Table, Via};
use crate::customer::CustomerField as F;
use crate::fields::address::{self, FieldNames};
use crate::options::Options;
use crate::rules::{
    address_member, email_field, Check, Field, Limit, OperationSpec, PhoneForm, Presence, Unique,
    Updates,
};
use serde::{Deserialize, Serialize};

/// Stripe's address member names, for the country's address rules.
const NAMES: FieldNames = FieldNames {
    line_1: "line1",
    zip: "postal_code",
    ..address::NAMES
};

const ADDRESS_FIELDS: &[Field] = &[
    address_member::line_1("line1"),
    address_member::line_2("line2"),
    address_member::city("city"),
    address_member::state("state"),
    address_member::country("country"),
    address_member::postal_code("postal_code"),
];

const ADDRESS: Check = Check::Address {
    fields: ADDRESS_FIELDS,
    names: &NAMES,
};

const PHONE: Check = Check::Phone(PhoneForm::E164OrText {
    as_typed: |o: &Options| o.stripe.phone_as_typed,
    max: 20,
});

const SHIPPING: &[Field] = &[
    Field::new("address", ADDRESS).label("Address").required(),
    Field::new(
        "name",
        Check::Name {
            max: Limit::Fixed(256),
        },
    )
    .label("Recipient")
    .autocomplete("shipping name")
    .required(),
    Field::new("phone", PHONE)
        .label("Phone number")
        .autocomplete("shipping tel"),
];

const TAX_ID: &[Field] = &[
    Field::new(
        "type",
        Check::Line {
            max: Limit::Fixed(32),
        },
    )
    .required(),
    Field::new(
        "value",
        Check::CompactUpper {
            max: Limit::Fixed(64),
        },
    )
    .required(),
];

fn is_invoice_prefix(s: &str) -> bool {
    (3..=12).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

const FIELDS: &[Field] = &[
    Field::new(
        "name",
        Check::Name {
            max: Limit::Fixed(256),
        },
    )
    .label("Full or business name")
    .autocomplete("name"),
    email_field(Limit::Fixed(512)),
    Field::new("phone", PHONE)
        .label("Phone number")
        .autocomplete("tel"),
    Field::new("address", ADDRESS).label("Billing address"),
    Field::new("shipping", Check::Object(SHIPPING)).label("Shipping"),
    Field::new(
        "description",
        Check::Text {
            max: Limit::Fixed(5000),
        },
    )
    .label("Description"),
    Field::new(
        "business_name",
        Check::Name {
            max: Limit::Fixed(150),
        },
    ),
    Field::new(
        "individual_name",
        Check::Name {
            max: Limit::Fixed(150),
        },
    ),
    Field::new(
        "metadata",
        Check::StringMap {
            max_keys: 50,
            max_key_chars: 40,
            max_value_chars: 500,
        },
    ),
    Field::new(
        "invoice_prefix",
        Check::Pattern {
            test: is_invoice_prefix,
            pattern: "^[A-Z0-9]{3,12}$",
            enforce: |_: &Options| true,
            max: Limit::Fixed(12),
        },
    ),
    Field::new(
        "balance",
        Check::Integer {
            min: i64::MIN,
            max: i64::MAX,
        },
    ),
    Field::new(
        "next_invoice_sequence",
        Check::Integer {
            min: 1,
            max: i64::MAX,
        },
    ),
    Field::new(
        "preferred_locales",
        Check::List {
            item: &Check::Line {
                max: Limit::Fixed(35),
            },
            min: 0,
            max: |o: &Options| o.max_array_len,
            unique: Unique::No,
        },
    ),
    Field::new(
        "tax_exempt",
        Check::OneOf {
            canonical: &["none", "exempt", "reverse"],
            allow_other: |_: &Options| false,
        },
    ),
    Field::new(
        "tax_id_data",
        Check::List {
            item: &Check::Object(TAX_ID),
            min: 0,
            max: |o: &Options| o.max_array_len,
            unique: Unique::No,
        },
    ),
    Field::new("tax", Check::JsonObject),
    Field::new("invoice_settings", Check::JsonObject),
    Field::new("cash_balance", Check::JsonObject),
    Field::new("payment_method", Check::Prefixed(&["pm_", "card_", "src_"])),
    Field::new("source", Check::Prefixed(&["src_", "tok_", "card_", "ba_"])),
    Field::new("test_clock", Check::Prefixed(&["clock_"])),
];

/// Stripe's operations.
pub const OPERATIONS: &[(Operation, OperationSpec)] = &[
    (
        Operation::Create,
        OperationSpec {
            fields: FIELDS,
            updates: Updates::Full,
            one_of: &[],
        },
    ),
    (
        Operation::Update,
        OperationSpec {
            fields: FIELDS,
            updates: Updates::PartialClearWithEmpty,
            one_of: &[],
        },
    ),
];

// --- the canonical customer and the module's definition ---------------------------------

/// The canonical address as Stripe's `address` object.
const ADDRESS_MAPPING: AddressMapping = AddressMapping {
    members: &[
        ("line1", "line_1"),
        ("line2", "line_2"),
        ("city", "city"),
        ("state", "state"),
        ("postal_code", "postal_code"),
        ("country", "country"),
    ],
    name: None,
    in_list: false,
};

/// Stripe's payload from the canonical customer: the display name, email, phone, the postal
/// address as `address`, notes as `description`, metadata as strings (a value that is not a
/// string as its JSON text: Stripe's metadata holds strings only) with the external
/// reference as `metadata.external_ref`.
pub(crate) const MAPPING: Table = Table {
    within: &[],
    rows: &[
        row(&["name"], Via::DisplayName),
        row(&["email"], Via::Copy(F::Email)),
        row(&["phone"], Via::Phone { region: None }),
        row(&["address"], Via::Address(&ADDRESS_MAPPING)),
        row(&["description"], Via::Copy(F::Notes)),
        row(&["metadata"], Via::StringMetadata),
        row(&["metadata", "external_ref"], Via::Copy(F::ExternalRef)),
    ],
    context: &[],
};

/// Everything this module declares, as [`Provider::definition`](super::Provider) hands it out.
pub(crate) const DEFINITION: Definition = Definition {
    label: "Stripe",
    operations: OPERATIONS,
    mapping: &MAPPING,
    csv_aliases: &[],
};

// --- options ------------------------------------------------------------------------

/// Stripe's open points (providers.md §5).
///
/// ```
/// use customer_validate::options::StripeOptions;
/// assert!(!StripeOptions::default().phone_as_typed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct StripeOptions {
    /// Keep `phone` as typed (Stripe takes free text of at most 20 characters) instead of
    /// writing it E.164. Default false.
    pub phone_as_typed: bool,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(StripeOptions { phone_as_typed });

/// Presence of every field: all optional (Stripe documents no required body parameter).
const _ALL_OPTIONAL: () = {
    let mut i = 0;
    while i < FIELDS.len() {
        assert!(matches!(FIELDS[i].presence, Presence::Optional));
        i += 1;
    }
};
