//! Email checking under the default and the permissive policy; output is a fixed point,
//! its warnings (typo, mixed scripts) are the same for the address, its normal form and its
//! ASCII form, and no warning shows the address.
#![no_main]
use customer_validate::fields::email;
use customer_validate::{Issue, Options};
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
            let ascii = email::check(&e.ascii, &options).expect("ASCII form re-checks");
            let codes = |w: &[Issue]| w.iter().map(|i| i.code).collect::<Vec<_>>();
            assert_eq!(codes(&again.warnings), codes(&e.warnings));
            assert_eq!(codes(&ascii.warnings), codes(&e.warnings));
            for w in &e.warnings {
                let shown = serde_json::to_string(w).expect("issue serializes");
                assert!(!shown.contains(&e.address) && !shown.contains(&e.ascii), "{shown}");
            }
        }
    }
});
