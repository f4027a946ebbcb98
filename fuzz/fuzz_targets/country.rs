//! Country lookup on any string; a found country's codes and name find it again.
#![no_main]
use customer_validate::fields::country;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    if let Ok(c) = country::lookup(input) {
        for key in [c.alpha2, c.alpha3, c.name] {
            assert_eq!(country::lookup(key).map(|x| x.alpha2).ok(), Some(c.alpha2));
        }
    }
});
