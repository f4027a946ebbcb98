//! Calypso (customer purses): create, update, block and unblock, each inside the signed
//! envelope `{ "account", "timestamp", "payload" }`.
//!
//! - `account` matches `^0x[0-9a-fA-F]{40}$` (newer OpenAPI), case kept.
//! - `timestamp` is Unix milliseconds; a value below 10^12 is refused as seconds; with a
//!   clock in [`Options::now_ms`] it must be within `calypso.max_skew_ms` (3 minutes, the
//!   server's own window, error `011`).
//! - Create: `email` (≤ 254), `description` (≤ 1000), `externalId` (printable ASCII ≤ 255):
//!   none of these limits is documented, so each is a switch (`calypso.max_email_chars`,
//!   `max_description_chars`, `max_external_id_chars`);
//!   none is documented as required, and by default at least one of `email` / `externalId`
//!   is (`calypso.require_reference`), so the customer can be reconciled.
//! - Update: `id` (UUID) required, `email`, `description`; `externalId` is treated as
//!   immutable unless `calypso.allow_external_id_on_update`.
//! - Block / unblock: `customerId` (UUID).
//! - Empty strings on update are refused: omit a field to leave it unchanged.
//!
//! ```
//! use customer_validate::providers::{validate, Operation, Provider};
//! use customer_validate::Options;
//! use serde_json::json;
//! let account = format!("0x{}", "ab".repeat(20));
//! let body = json!({"account": account, "timestamp": 1_700_000_000_000_i64,
//!     "payload": {"customerId": "3F2504E0-4F89-11D3-9A0C-0305E82C3301"}});
//! let out = validate(Provider::Calypso, Operation::Block, &body, &Options::default()).unwrap();
//! assert_eq!(out.value["payload"]["customerId"], "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
//! ```
//!
//! [`Options::now_ms`]: crate::Options::now_ms

use super::Definition;
use super::Operation;
use crate::customer::mapping::{row, ContextMember, Table, Via};
use crate::customer::CustomerField as F;
use crate::options::Options;
use crate::rules::{
    email_field, Check, Field, Limit, NotAllowed, OneOf, OperationSpec, Presence, Updates,
};
use serde::{Deserialize, Serialize};

const ACCOUNT: Field = Field::new("account", Check::Hex0x { len: 40 })
    .label("Merchant account (0x…)")
    .hint("0x followed by 40 hex digits.")
    .required();
const TIMESTAMP: Field = Field::new(
    "timestamp",
    Check::TimestampMs {
        max_skew_ms: |o: &Options| o.calypso.max_skew_ms,
    },
)
.label("Timestamp (Unix ms)")
.required();
const EMAIL: Field = email_field(Limit::From(|o: &Options| o.calypso.max_email_chars));
const DESCRIPTION: Field = Field::new(
    "description",
    Check::Text {
        max: Limit::From(|o: &Options| o.calypso.max_description_chars),
    },
)
.label("Description");
const EXTERNAL_ID: Field = Field::new(
    "externalId",
    Check::PrintableAscii {
        max: Limit::From(|o: &Options| o.calypso.max_external_id_chars),
    },
)
.label("Your customer reference (externalId)");

const CREATE: &[Field] = &[EMAIL, DESCRIPTION, EXTERNAL_ID];
const UPDATE: &[Field] = &[
    Field::new("id", Check::Uuid)
        .label("Customer id (UUID)")
        .required(),
    EMAIL,
    DESCRIPTION,
    EXTERNAL_ID.presence(Presence::AllowedIf(
        |o: &Options| o.calypso.allow_external_id_on_update,
        NotAllowed::Immutable,
    )),
];
const BLOCK: &[Field] = &[Field::new("customerId", Check::Uuid)
    .label("Customer id (UUID)")
    .required()];

/// The envelope around one operation's payload table.
macro_rules! envelope {
    ($payload:expr, $updates:expr, $one_of:expr) => {
        OperationSpec {
            fields: &[
                ACCOUNT,
                TIMESTAMP,
                Field::new("payload", Check::Object($payload))
                    .label("Customer")
                    .required(),
            ],
            updates: $updates,
            one_of: $one_of,
        }
    };
}

/// Calypso's operations.
pub const OPERATIONS: &[(Operation, OperationSpec)] = &[
    (
        Operation::Create,
        envelope!(
            CREATE,
            Updates::Full,
            &[OneOf {
                within: &["payload"],
                fields: &["email", "externalId"],
                when: |o: &Options| o.calypso.require_reference,
            }]
        ),
    ),
    (Operation::Update, envelope!(UPDATE, Updates::Partial, &[])),
    (Operation::Block, envelope!(BLOCK, Updates::Full, &[])),
    (Operation::Unblock, envelope!(BLOCK, Updates::Full, &[])),
];

// --- the canonical customer and the module's definition ---------------------------------

/// Calypso's payload from the canonical customer: email, notes as `description`, the external
/// reference as `externalId`, inside the envelope whose `account`, `timestamp` and update `id`
/// come from the [`RequestContext`](crate::customer::RequestContext): the merchant account
/// (`0x` + 40 hex digits), the request time in ms, and the customer's UUID.
pub(crate) const MAPPING: Table = Table {
    within: &["payload"],
    rows: &[
        row(&["email"], Via::Copy(F::Email)),
        row(&["description"], Via::Copy(F::Notes)),
        row(&["externalId"], Via::Copy(F::ExternalRef)),
    ],
    context: &[
        (&["account"], ContextMember::Account),
        (&["timestamp"], ContextMember::TimestampMs),
        (&["payload", "id"], ContextMember::CustomerId),
    ],
};

/// Everything this module declares, as [`Provider::definition`](super::Provider) hands it out.
pub(crate) const DEFINITION: Definition = Definition {
    label: "Calypso",
    operations: OPERATIONS,
    mapping: &MAPPING,
    csv_aliases: &[],
};

// --- options ------------------------------------------------------------------------

/// Calypso's open points (providers.md §1.6).
///
/// ```
/// use customer_validate::options::CalypsoOptions;
/// let o = CalypsoOptions::default();
/// assert!(o.require_reference && !o.allow_external_id_on_update);
/// assert_eq!(o.max_skew_ms, 180_000);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CalypsoOptions {
    /// Create needs at least one of `email` / `externalId`, so the customer can be reconciled. Default true.
    pub require_reference: bool,
    /// Accept `externalId` on update (undocumented; treated as immutable). Default false.
    pub allow_external_id_on_update: bool,
    /// Largest allowed distance between `timestamp` and [`Options::now_ms`]. Default 3 minutes.
    pub max_skew_ms: i64,
    /// Longest `email` (undocumented). Default 254, the SMTP limit.
    pub max_email_chars: usize,
    /// Longest `description` (undocumented). Default 1000.
    pub max_description_chars: usize,
    /// Longest `externalId` (undocumented). Default 255.
    pub max_external_id_chars: usize,
}

// How the npm package reads it from options JSON (src/wasm/options.rs), member by member.
crate::options::read_options!(CalypsoOptions {
    require_reference,
    allow_external_id_on_update,
    max_skew_ms,
    max_email_chars,
    max_description_chars,
    max_external_id_chars,
});

impl Default for CalypsoOptions {
    fn default() -> Self {
        CalypsoOptions {
            require_reference: true,
            allow_external_id_on_update: false,
            max_skew_ms: 180_000,
            max_email_chars: 254,
            max_description_chars: 1000,
            max_external_id_chars: 255,
        }
    }
}
