//! The wasm-bindgen exports, run by `wasm-bindgen-test` in Node and in headless Chromium
//! (`scripts/test-pkg`; `WASM_BINDGEN_USE_BROWSER=1` picks the browser). Native builds skip
//! this file.
#![cfg(target_arch = "wasm32")]

use customer_validate::wasm::bindings::{
    raw_check, raw_check_address, raw_check_args, raw_checklist, raw_countries, raw_from_payload,
    raw_requirements, raw_to_payload, raw_validate, raw_warm_up,
};
use customer_validate::Provider;
use js_sys::{Array, BigInt, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn text(v: &JsValue) -> String {
    JSON::stringify(v).unwrap().as_string().unwrap()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn s(x: &str) -> JsValue {
    JsValue::from_str(x)
}

fn is_type_error(e: &JsValue) -> bool {
    e.is_instance_of::<js_sys::TypeError>()
}

#[wasm_bindgen_test]
fn valid_payload_is_normalized_in_key_order() {
    let payload = js(
        r#"{"email": "Ada@Example.com", "phone_number": "+234 803 123 4567",
        "bvn": "01234567890", "first_name": "Ada", "last_name": "Obi", "customer_type": "personal"}"#,
    );
    let out = raw_validate(&s("bloc"), &s("create"), &payload, &JsValue::UNDEFINED).unwrap();
    assert_eq!(
        text(&out),
        r#"{"ok":true,"value":{"email":"Ada@example.com","phone_number":"08031234567","bvn":"01234567890","first_name":"Ada","last_name":"Obi","customer_type":"Personal"},"warnings":[]}"#
    );
}

#[wasm_bindgen_test]
fn invalid_payload_lists_every_issue_with_paths() {
    let out = raw_validate(
        &s("rapyd"),
        &s("create"),
        &js(r#"{"email": "x"}"#),
        &JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get(&out, "ok"), JsValue::FALSE);
    let issues: Array = get(&out, "issues").dyn_into().unwrap();
    let pointers: Vec<String> = issues
        .iter()
        .map(|i| get(&i, "pointer").as_string().unwrap())
        .collect();
    assert_eq!(pointers, ["/name", "/email"]);
    let path: Array = get(&issues.get(0), "path").dyn_into().unwrap();
    assert_eq!(path.get(0), s("name"));
}

#[wasm_bindgen_test]
fn options_are_a_plain_object() {
    let options = js(r#"{"max_issues": 1}"#);
    let out = raw_validate(
        &s("rapyd"),
        &s("create"),
        &js(r#"{"email": "x"}"#),
        &options,
    )
    .unwrap();
    assert_eq!(Array::from(&get(&out, "issues")).length(), 1);
    assert_eq!(get(&out, "truncated"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn values_without_json_form_are_issues_not_traps() {
    let cyclic = Object::new();
    Reflect::set(&cyclic, &s("self"), &cyclic).unwrap();
    let with_bigint = Object::new();
    Reflect::set(&with_bigint, &s("n"), &BigInt::from(1u64).into()).unwrap();
    for (value, received) in [
        (JsValue::UNDEFINED, "undefined"),
        (JsValue::from(js_sys::Function::new_no_args("")), "function"),
        (BigInt::from(7u64).into(), "bigint"),
        (
            cyclic.into(),
            "object that is not JSON (a cycle or a BigInt inside)",
        ),
        (
            with_bigint.into(),
            "object that is not JSON (a cycle or a BigInt inside)",
        ),
    ] {
        let out = raw_validate(&s("rapyd"), &s("create"), &value, &JsValue::UNDEFINED).unwrap();
        let issue = Array::from(&get(&out, "issues")).get(0);
        assert_eq!(get(&issue, "code"), s("invalid_type"));
        assert_eq!(get(&get(&issue, "params"), "received"), s(received));
    }
    // Too deep for JSON.stringify itself (a RangeError in Node): `too_deep`; an engine that
    // writes it anyway gives text over the input limit.
    let deep = js_sys::Function::new_no_args(
        "let v = {}; for (let i = 0; i < 1e6; i++) v = { a: v }; return v;",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let out = raw_validate(&s("rapyd"), &s("create"), &deep, &JsValue::UNDEFINED).unwrap();
    let code = get(&Array::from(&get(&out, "issues")).get(0), "code");
    assert!(
        code == s("too_deep") || code == s("payload_too_large"),
        "{code:?}"
    );
    // Scalars and arrays have a JSON form: the core answers for them.
    for value in [
        JsValue::NULL,
        JsValue::from(3.5),
        s("text"),
        Array::new().into(),
    ] {
        let out = raw_validate(&s("calypso"), &s("create"), &value, &JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&out, "ok"), JsValue::FALSE);
    }
}

#[wasm_bindgen_test]
fn a_callers_mistake_is_a_type_error() {
    let p = js("{}");
    let u = JsValue::UNDEFINED;
    for (provider, operation, options) in [
        (s("paypal"), s("create"), u.clone()),
        (s("rapyd"), s("delete"), u.clone()),
        (JsValue::from(1), s("create"), u.clone()),
        (s("rapyd"), s("create"), js(r#"{"max_isues": 1}"#)),
        (s("rapyd"), s("create"), s("not an object")),
    ] {
        let e = raw_validate(&provider, &operation, &p, &options).unwrap_err();
        assert!(is_type_error(&e), "{e:?}");
        let e = raw_check_args(&provider, &operation, &options).unwrap_err();
        assert!(is_type_error(&e), "{e:?}");
    }
    assert!(raw_check_args(&s("rapyd"), &s("block"), &u).is_ok());
    let out = raw_validate(&s("rapyd"), &s("block"), &p, &u).unwrap();
    let issue = Array::from(&get(&out, "issues")).get(0);
    assert_eq!(get(&issue, "code"), s("operation_unsupported"));
}

#[wasm_bindgen_test]
fn field_checks() {
    let u = JsValue::UNDEFINED;
    raw_warm_up();
    let phone = raw_check(&s("phone"), &s("0803 123 4567"), &s("NG"), &u).unwrap();
    assert_eq!(get(&phone, "normalized"), s("+2348031234567"));
    assert_eq!(get(&phone, "type"), s("mobile"));
    let email = raw_check(&s("email"), &s(" Ada@Bücher.DE "), &u, &u).unwrap();
    assert_eq!(get(&email, "normalized"), s("Ada@xn--bcher-kva.de"));
    assert_eq!(get(&email, "address"), s("Ada@bücher.de"));
    assert_eq!(get(&email, "ascii"), s("Ada@xn--bcher-kva.de"));
    let unicode = js(r#"{"email": {"domain_form": "unicode"}}"#);
    let email = raw_check(&s("email"), &s("Ada@xn--bcher-kva.de"), &u, &unicode).unwrap();
    assert_eq!(get(&email, "normalized"), s("Ada@bücher.de"));
    let quoted = raw_check(
        &s("email"),
        &s("\"a b\"@example.com"),
        &u,
        &js(r#"{"email": {"allow_quoted_local": true}}"#),
    )
    .unwrap();
    assert_eq!(get(&quoted, "valid"), JsValue::TRUE);
    let country = raw_check(&s("country"), &s("Ivory Coast"), &u, &u).unwrap();
    assert_eq!(get(&country, "alpha2"), s("CI"));
    let not_text = raw_check(&s("country"), &JsValue::from(42), &u, &u).unwrap();
    assert_eq!(get(&not_text, "valid"), JsValue::FALSE);
    assert!(is_type_error(
        &raw_check(&s("fax"), &s("1"), &u, &u).unwrap_err()
    ));
    assert!(is_type_error(
        &raw_check(&s("phone"), &s("1"), &JsValue::from(1), &u).unwrap_err()
    ));
}

#[wasm_bindgen_test]
fn postal_codes() {
    let u = JsValue::UNDEFINED;
    let ok = raw_check(&s("postal"), &s("k1a0b1"), &s("Canada"), &u).unwrap();
    assert_eq!(
        text(&ok),
        r#"{"valid":true,"normalized":"K1A 0B1","issues":[],"country":"CA"}"#
    );
    let bad = raw_check(&s("postal"), &s("1234"), &s("US"), &u).unwrap();
    let issue = Array::from(&get(&bad, "issues")).get(0);
    assert_eq!(get(&issue, "code"), s("postal_code_invalid"));
    let no_country = raw_check(&s("postal"), &s("10118"), &u, &u).unwrap();
    let issue = Array::from(&get(&no_country, "issues")).get(0);
    assert_eq!(get(&issue, "code"), s("field_required"));
    let e = raw_check(&s("postal"), &s("10118"), &JsValue::from(840), &u).unwrap_err();
    assert!(is_type_error(&e));
    assert!(text(&get(&e, "message")).contains("country must be a string"));
}

#[wasm_bindgen_test]
fn addresses() {
    let u = JsValue::UNDEFINED;
    let ok = raw_check_address(
        &js(r#"{"line_1": "350 Fifth Avenue", "city": "New York", "state": "new york", "zip": "10118", "country": "US"}"#),
        &u,
    )
    .unwrap();
    assert_eq!(
        text(&ok),
        r#"{"valid":true,"normalized":{"line_1":"350 Fifth Avenue","city":"New York","state":"NY","zip":"10118","country":"US"},"issues":[]}"#
    );
    let suspect = r#"{"line_1": "350 Fifth Avenue", "city": "New York", "state": "NY", "zip": "90210", "country": "US"}"#;
    // The country's rules warn by default...
    let warned = raw_check_address(&js(suspect), &u).unwrap();
    assert_eq!(get(&warned, "valid"), JsValue::TRUE);
    let issue = Array::from(&get(&warned, "issues")).get(0);
    assert_eq!(get(&issue, "severity"), s("warning"));
    // ...and refuse when a deliverable address is asked for.
    let bad =
        raw_check_address(&js(suspect), &js(r#"{"address": {"deliverable": true}}"#)).unwrap();
    assert_eq!(get(&bad, "valid"), JsValue::FALSE);
    assert_eq!(get(&bad, "normalized"), JsValue::NULL);
    let issue = Array::from(&get(&bad, "issues")).get(0);
    assert_eq!(get(&issue, "pointer"), s("/zip"));
    // No JSON form: an `invalid_type` verdict, not a trap or a throw.
    let none = raw_check_address(&u, &u).unwrap();
    let issue = Array::from(&get(&none, "issues")).get(0);
    assert_eq!(get(&get(&issue, "params"), "received"), s("undefined"));
    let e = raw_check_address(&js("{}"), &js(r#"{"max_isues": 1}"#)).unwrap_err();
    assert!(is_type_error(&e));
}

#[wasm_bindgen_test]
fn country_list() {
    let list = Array::from(&raw_countries().unwrap());
    assert_eq!(list.length(), 250);
    assert_eq!(get(&list.get(0), "alpha2"), s("AD"));
    assert_eq!(get(&list.get(0), "name"), s("Andorra"));
}

#[wasm_bindgen_test]
fn lone_surrogates_and_huge_strings_do_not_trap() {
    let lone = JSON::parse(r#"{"name": "\ud800", "email": "a@example.com"}"#).unwrap();
    let out = raw_validate(&s("rapyd"), &s("create"), &lone, &JsValue::UNDEFINED).unwrap();
    assert!(get(&out, "ok").is_truthy() || get(&out, "issues").is_truthy());
    let huge = Object::new();
    Reflect::set(&huge, &s("name"), &s(&"x".repeat(2 * 1024 * 1024))).unwrap();
    let out = raw_validate(&s("rapyd"), &s("create"), &huge, &JsValue::UNDEFINED).unwrap();
    let issue = Array::from(&get(&out, "issues")).get(0);
    assert_eq!(get(&issue, "code"), s("payload_too_large"));
}

#[wasm_bindgen_test]
fn canonical_customer_exports() {
    let u = &JsValue::UNDEFINED;
    let customer = js(r#"{"full_name": "Ada Obi", "email": "Ada@Example.com"}"#);
    let out = raw_to_payload(&s("rapyd"), &s("create"), &customer, u, u).unwrap();
    assert_eq!(
        text(&out),
        r#"{"ok":true,"value":{"name":"Ada Obi","email":"Ada@example.com"},"warnings":[]}"#
    );
    // Calypso's envelope comes from the context object.
    let context = js(
        r#"{"account": "0xabababababababababababababababababababab", "timestamp_ms": 1700000000000}"#,
    );
    let out = raw_to_payload(&s("calypso"), &s("create"), &customer, &context, u).unwrap();
    assert_eq!(
        text(&get(&get(&out, "value"), "payload")),
        r#"{"email":"Ada@example.com"}"#
    );
    // What a provider lacks is an issue on the canonical field.
    let out = raw_to_payload(&s("authvia"), &s("create"), &customer, u, u).unwrap();
    let issues: Array = get(&out, "issues").dyn_into().unwrap();
    assert_eq!(get(&issues.get(0), "pointer"), s("/external_ref"));
    // A value with no JSON form is an issue; wrong argument types are TypeErrors.
    let out = raw_to_payload(&s("bloc"), &s("create"), &BigInt::from(1).into(), u, u).unwrap();
    assert_eq!(get(&out, "ok"), JsValue::FALSE);
    for bad in [
        raw_to_payload(&s("bloc"), &s("create"), &customer, &s("acct"), u),
        raw_to_payload(
            &s("bloc"),
            &s("create"),
            &customer,
            &js(r#"{"acount": "x"}"#),
            u,
        ),
        raw_to_payload(&JsValue::from(1), &s("create"), &customer, u, u),
        raw_from_payload(&s("paypal"), &customer, u),
        raw_requirements(&s("bloc"), &s("craete"), u),
        raw_checklist(&customer, &JsValue::NULL, u),
        raw_checklist(&customer, &s("create"), &s("x")),
    ] {
        assert!(is_type_error(&bad.unwrap_err()));
    }

    let out = raw_from_payload(
        &s("bloc"),
        &js(r#"{"first_name": "Ada", "last_name": "Obi"}"#),
        u,
    )
    .unwrap();
    assert_eq!(
        text(&get(&out, "value")),
        r#"{"given_name":"Ada","family_name":"Obi"}"#
    );
    let out = raw_requirements(&s("authvia"), &s("create"), u).unwrap();
    let required: Array = get(&out, "required").dyn_into().unwrap();
    assert_eq!(
        text(&get(&required.get(0), "any_of")),
        r#"["external_ref"]"#
    );
    let out = raw_checklist(&customer, &s("create"), u).unwrap();
    let list: Array = get(&out, "value").dyn_into().unwrap();
    let ready: Vec<(String, String)> = list
        .iter()
        .map(|c| {
            (
                get(&c, "provider").as_string().unwrap(),
                text(&get(&c, "ready")),
            )
        })
        .collect();
    // One entry per provider, in `Provider::ALL` order (the names are pinned in
    // tests/providers.rs), then what this customer gives each known one.
    let names: Vec<&str> = Provider::ALL.iter().map(|p| p.as_str()).collect();
    let listed: Vec<&str> = ready.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(listed, names);
    for (provider, expected) in [
        ("calypso", "true"),
        ("bloc", "false"),
        ("rapyd", "true"),
        ("authvia", "false"),
        ("stripe", "true"),
    ] {
        let got = ready
            .iter()
            .find(|(p, _)| p == provider)
            .map(|(_, r)| r.as_str());
        assert_eq!(got, Some(expected), "{provider}");
    }
}

/// A form validates on every keystroke: the allocator (talc with `small-allocator`, as in the
/// browser builds; dlmalloc otherwise) must reuse what each call frees, so after a warm-up
/// the linear memory stops growing. Valid and invalid answers, a large payload and field
/// checks are mixed so that blocks of many sizes are freed and taken again.
#[wasm_bindgen_test]
fn repeated_calls_reuse_memory() {
    let u = &JsValue::UNDEFINED;
    let small = js(
        r#"{"name": "Zoë Lovelace", "email": "Ada@Example.com", "phone_number": "+44 20 7946 0958",
        "addresses": [{"name": "Ada", "line_1": "10 Downing St", "city": "London", "country": "GB", "zip": "SW1A 2AA"}]}"#,
    );
    let bad = js(r#"{"email": "x", "phone_number": "12", "addresses": [{"country": "Narnia"}]}"#);
    let items: Vec<String> = (0..500).map(|i| format!(r#""+1650253{i:04}""#)).collect();
    let large = js(&format!(
        r#"{{"ref": "a1", "addresses": [{}], "metadata": {{"note": "{}"}}}}"#,
        items.join(","),
        "x".repeat(3000)
    ));
    let round = |n: usize| {
        for i in 0..n {
            let (provider, payload) = match i % 8 {
                0 => ("authvia", &large),
                1 | 2 | 3 => ("rapyd", &bad),
                _ => ("rapyd", &small),
            };
            let out = raw_validate(&s(provider), &s("create"), payload, u).unwrap();
            assert!(get(&out, "ok").as_bool().is_some());
            raw_check(&s("email"), &s("zoë@bücher.de"), u, u).unwrap();
        }
    };
    round(400);
    let pages = core::arch::wasm32::memory_size(0);
    round(4000);
    assert_eq!(core::arch::wasm32::memory_size(0), pages);
}
