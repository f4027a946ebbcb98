//! Text cleaning, identifiers and dates on any string; each normal form is a fixed point.
#![no_main]
use customer_validate::fields::{date, ids, text};
use customer_validate::Options;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let o = Options::default();
    if let Ok(n) = text::name(input, &o) {
        assert_eq!(text::name(&n, &o).as_deref(), Ok(n.as_str()));
    }
    if let Ok(d) = text::description(input, &o) {
        assert_eq!(text::description(&d, &o).as_deref(), Ok(d.as_str()));
    }
    if let Ok(d) = date::parse(input) {
        assert_eq!(date::parse(&d.dd_mm_yyyy()), Ok(d));
    }
    let _ = ids::uuid(input).map(|u| assert_eq!(ids::uuid(&u).as_deref(), Ok(u.as_str())));
    let _ = ids::digits(input, 11);
    let _ = ids::prefixed(input, &["cus_", "ewallet_"]);
    let _ = ids::url_safe_ref(input, 128);
    let _ = ids::printable_ascii(input, 255);
    let _ = ids::hex_0x(input, 40);
});
