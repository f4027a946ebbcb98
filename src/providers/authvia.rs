//! Authvia: create (`POST /v3/accounts/{AVID}/customers`), update (`PATCH …/{ref}`), and one
//! row of the SFTP bulk CSV (`ref,address,address,metadata.name,appdata.note`).
//!
//! Open points and the defaults chosen (providers.md §4.6), switches in [`Options::authvia`]:
//! - `ref`: required, 1–`max_ref_chars` (128) URL-safe characters (`[A-Za-z0-9._~:@-]`),
//!   case kept.
//! - `addresses`: at least one, at most `max_addresses` (10); each an email (if it holds `@`)
//!   or a phone written E.164; order kept (the first is the default); a repeated address is
//!   a `duplicate_value` error, or with `drop_duplicate_addresses` left out with a
//!   `duplicate_value` warning (providers.md's "remove locally, keeping the first"). Written as `{"value": …}` objects
//!   by default (`address_shape`: `string` or `type_value` otherwise). The bulk row always
//!   uses plain strings, as the CSV does.
//! - `metadata` (visible to the customer) and `appdata` (merchant only) are JSON objects
//!   kept exactly, within [`Options::metadata`] limits.
//! - Update (PATCH) is partial; `addresses` is not accepted there (deprecated: use the
//!   address endpoints) and `ref` is the path key, not a body field.
//!
//! ```
//! use customer_validate::providers::{validate, Operation, Provider};
//! use customer_validate::Options;
//! use serde_json::json;
//! let out = validate(Provider::Authvia, Operation::Create,
//!     &json!({"ref": "cust-1", "addresses": ["+1 202-456-1111", "Ada@Example.com"]}),
//!     &Options::default()).unwrap();
//! assert_eq!(out.value["addresses"], json!([{"value": "+12024561111"}, {"value": "Ada@example.com"}]));
//! ```
//!
//! [`Options::authvia`]: crate::Options::authvia
//! [`Options::metadata`]: crate::Options::metadata

use super::Definition;
use super::Operation;
use crate::customer::mapping::{row, Table, Via};
use crate::customer::CustomerField as F;
use crate::options::Options;
use crate::rules::{
    Check, EmailOrPhoneForm, EmailOrPhoneMembers, Field, Limit, NotAllowed, OneOf, OperationSpec,
    Presence, Unique, Updates,
};
use serde::{Deserialize, Serialize};

const REF: Field = Field::new(
    "ref",
    Check::UrlSafeRef {
        max: Limit::From(|o: &Options| o.authvia.max_ref_chars),
        warn_unless_hex: None,
    },
)
.label("Customer reference");
/// An `addresses` item given or written as an object: `{"value": …}`, or
/// `{"type": "phone" | "email", "value": …}`.
const ADDRESS_MEMBERS: EmailOrPhoneMembers = EmailOrPhoneMembers {
    value: "value",
    kind: "type",
};

/// `addresses` with items written in `form`.
macro_rules! addresses {
    ($form:expr) => {
        Field::new(
            "addresses",
            Check::List {
                item: &Check::EmailOrPhone {
                    members: ADDRESS_MEMBERS,
                    form: $form,
                },
                min: 1,
                max: |o: &Options| o.authvia.max_addresses,
                unique: Unique::Item {
                    drop_repeats: |o: &Options| o.authvia.drop_duplicate_addresses,
                },
            },
        )
        .label("Contact addresses")
        .hint("Phone numbers and email addresses; the first is the default.")
    };
}
const ADDRESSES: Field = addresses!(|o: &Options| o.authvia.address_shape.form());
const METADATA: Field =
    Field::new("metadata", Check::JsonObject).label("Metadata (JSON, shown to the customer)");
const APPDATA: Field =
    Field::new("appdata", Check::JsonObject).label("App data (JSON, merchant only)");

/// CSV list columns: the SFTP layout has one `address` column per item of `addresses`
/// (repeated, in order; a single column makes a one-item list).
pub const CSV_ALIASES: &[(&str, &str)] = &[("address", "addresses")];

/// Authvia's operations.
pub const OPERATIONS: &[(Operation, OperationSpec)] = &[
    (
        Operation::Create,
        OperationSpec {
            fields: &[REF.required(), ADDRESSES.required(), METADATA, APPDATA],
            updates: Updates::Full,
            one_of: &[],
        },
    ),
    (
        Operation::Update,
        OperationSpec {
            fields: &[
                REF.presence(Presence::Never(NotAllowed::PathKey)),
                ADDRESSES.presence(Presence::Never(NotAllowed::OwnOperations)),
                METADATA,
                APPDATA,
            ],
            updates: Updates::Partial,
            one_of: &[OneOf {
                within: &[],
                fields: &["metadata", "appdata"],
                when: |_| true,
            }],
        },
    ),
    (
        Operation::BulkRow,
        OperationSpec {
            fields: &[
                REF.required(),
                addresses!(|_: &Options| EmailOrPhoneForm::Text).required(),
                METADATA,
                APPDATA,
            ],
            updates: Updates::Full,
            one_of: &[],
        },
    ),
];

// --- the canonical customer and the module's definition ---------------------------------

/// Authvia's payload from the canonical customer: `ref` from the external reference, the
/// phone then the email as `addresses`, metadata with the display name, notes as
/// `appdata.note` (never in the customer-visible `metadata`).
pub(crate) const MAPPING: Table = Table {
    within: &[],
    rows: &[
        row(&["ref"], Via::Copy(F::ExternalRef)),
        row(&["addresses"], Via::PhoneThenEmail(ADDRESS_MEMBERS)),
        row(&["metadata"], Via::Copy(F::Metadata)),
        row(&["metadata", "name"], Via::DisplayName),
        row(&["appdata", "note"], Via::Copy(F::Notes)),
    ],
    context: &[],
};

/// Everything this module declares, as [`Provider::definition`](super::Provider) hands it out.
pub(crate) const DEFINITION: Definition = Definition {
    label: "Authvia",
    operations: OPERATIONS,
    mapping: &MAPPING,
    csv_aliases: CSV_ALIASES,
};

// --- options ------------------------------------------------------------------------

impl AddressShape {
    /// The form the rules write an `addresses` item in.
    const fn form(self) -> EmailOrPhoneForm {
        match self {
            AddressShape::Value => EmailOrPhoneForm::Value,
            AddressShape::String => EmailOrPhoneForm::Text,
            AddressShape::TypeValue => EmailOrPhoneForm::KindAndValue,
        }
    }
}

/// How Authvia `addresses[]` items are written.
///
/// ```
/// use customer_validate::options::AddressShape;
/// assert_eq!(serde_json::to_value(AddressShape::TypeValue).unwrap(), "type_value");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum AddressShape {
    /// `{"value": "+1…"}`, the documented example. Default.
    #[default]
    Value,
    /// A bare string, as in the SFTP CSV.
    String,
    /// `{"type": "phone"|"email", "value": …}`, as some integrations send.
    TypeValue,
}

// How the npm package reads it from options JSON (src/wasm/options.rs).
crate::options::read_variants!(AddressShape {
    Value => "value",
    String => "string",
    TypeValue => "type_value",
});

/// Authvia's open points (providers.md §4.6).
///
/// ```
/// use customer_validate::options::{AuthviaOptions, AddressShape};
/// let o = AuthviaOptions::default();
/// assert_eq!(o.address_shape, AddressShape::Value);
/// assert_eq!(o.max_addresses, 10);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AuthviaOptions {
    /// Output shape of each address. Default `{"value": …}`.
    pub address_shape: AddressShape,
    /// Most addresses per customer. Default 10.
    pub max_addresses: usize,
    /// Longest `ref` (undocumented). Default 128.
    pub max_ref_chars: usize,
    /// A repeated address is left out (with a `duplicate_value` warning) instead of refused;
    /// the first occurrence stays, so the default address does not change. Default false.
    pub drop_duplicate_addresses: bool,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(AuthviaOptions {
    address_shape,
    max_addresses,
    max_ref_chars,
    drop_duplicate_addresses,
});

impl Default for AuthviaOptions {
    fn default() -> Self {
        AuthviaOptions {
            address_shape: AddressShape::Value,
            max_addresses: 10,
            max_ref_chars: 128,
            drop_duplicate_addresses: false,
        }
    }
}
