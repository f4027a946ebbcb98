//! JSON text at the npm boundary, read and written by our own small code.
//!
//! [`read::parse`] reads text into a [`serde_json::Value`] exactly as
//! `serde_json::from_str::<Value>` does with this crate's features (`preserve_order`,
//! `arbitrary_precision`): the same values (key order, number text), the same refusals with
//! the same message, line and column. [`write::WriteJson`] writes a value, and each answer the
//! npm surface gives (issues, verdicts, validation answers), byte for byte as
//! `serde_json::to_string` of its `Serialize` impl does. `Value` stays the data type and the
//! `Serialize` derives stay the native API and the specification (tests compare both ways);
//! what this saves is serde_json's text parser, its serializer's monomorphizations and its
//! float tables in the browser's `.wasm` (docs/decisions.md, "JSON text at the boundary").

pub(crate) mod read;
pub(crate) mod write;

pub(crate) use read::parse;
pub(crate) use write::{to_string, WriteJson};

#[cfg(test)]
pub(crate) mod tests;
