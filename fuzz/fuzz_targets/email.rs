//! Email checking under the default and the permissive policy; output is a fixed point.
#![no_main]
use customer_validate::fields::email;
use customer_validate::Options;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let mut permissive = Options::default();
    permissive.email.allow_quoted_local = true;
    permissive.email.allow_ip_literal = true;
    permissive.email.allow_special_use_domains = true;
    for options in [Options::default(), permissive] {
        if let Ok(e) = email::check(input, &options) {
            let again = email::check(&e.address, &options).expect("normalized address re-checks");
            assert_eq!(again.address, e.address);
            assert!(email::check(&e.ascii, &options).is_ok(), "ASCII form re-checks");
        }
    }
});
