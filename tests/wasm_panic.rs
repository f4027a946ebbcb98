//! The panic hook of the npm package: a Rust panic reaches JavaScript as a clear `Error`, not
//! a bare `RuntimeError: unreachable`. Its own test binary, because a panic leaves the
//! instance unusable (by design the JavaScript wrapper refuses calls after one).
#![cfg(target_arch = "wasm32")]

use customer_validate::wasm::bindings::install_panic_hook;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen(inline_js = "export function message_of_call(f) {
    try { f(); return 'returned normally'; } catch (e) { return String(e instanceof Error ? e.message : e); }
}")]
extern "C" {
    fn message_of_call(f: &JsValue) -> String;
}

#[wasm_bindgen_test]
fn a_panic_becomes_an_error_with_its_message() {
    install_panic_hook();
    let index = std::hint::black_box(7usize);
    let f = Closure::once_into_js(move || {
        let empty: Vec<u8> = Vec::new();
        std::hint::black_box(empty[index]);
    });
    let message = message_of_call(&f);
    assert!(
        message.starts_with("customer-validate: internal error (Rust panic: "),
        "{message}"
    );
    assert!(message.contains("index out of bounds"), "{message}");
    assert!(message.contains("tests/wasm_panic.rs"), "{message}");
}
