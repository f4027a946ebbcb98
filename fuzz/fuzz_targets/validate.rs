//! Every provider operation over arbitrary JSON text (first byte picks the operation and a
//! few options), then the normalized output must re-validate to itself.
#![no_main]
use customer_validate::options::UnknownFields;
use customer_validate::{validate, validate_json, Options, Provider};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let ops: Vec<_> = Provider::ALL
        .iter()
        .flat_map(|p| p.operations().iter().map(move |(o, _)| (*p, *o)))
        .collect();
    let (provider, operation) = ops[sel as usize % ops.len()];
    let mut options = Options::default();
    if sel & 0x80 != 0 {
        options.unknown_fields = UnknownFields::Keep;
        options.default_region = Some("NG".into());
        options.now_ms = Some(1_700_000_000_000);
    }
    if let Ok(n) = validate_json(provider, operation, text, &options) {
        // Rapyd's and Stripe's updates write a clear (the caller's null) as "", which they
        // refuse as input (docs/decisions.md, "Provider rules"): map it back to null first.
        let again_input = match (&n.value, operation.as_str()) {
            (serde_json::Value::Object(m), "update")
                if matches!(provider, Provider::Rapyd | Provider::Stripe) =>
            {
                serde_json::Value::Object(
                    m.iter()
                        .map(|(k, v)| (k.clone(), if v == "" { serde_json::Value::Null } else { v.clone() }))
                        .collect(),
                )
            }
            (v, _) => v.clone(),
        };
        let again = validate(provider, operation, &again_input, &options)
            .unwrap_or_else(|r| panic!("normalized output does not re-validate: {:?}", r.issues()));
        let _ = again;
    }
});
