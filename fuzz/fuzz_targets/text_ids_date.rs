//! Text cleaning, identifiers and dates on any string; each normal form is a fixed point,
//! and cleaned text holds no control character (but `\n`, `\r`, `\t` in descriptions) and
//! no invisible-format character outside a joiner context (docs/security.md, "Unicode").
#![no_main]
use customer_validate::fields::{date, ids, text};
use customer_validate::Options;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let o = Options::default();
    if let Ok(n) = text::name(input, &o) {
        assert_eq!(text::name(&n, &o).as_deref(), Ok(n.as_str()));
        assert!(!n.chars().any(|c| c.is_control()), "control in a name");
        assert_clean(&n);
    }
    if let Ok(d) = text::description(input, &o) {
        assert_eq!(text::description(&d, &o).as_deref(), Ok(d.as_str()));
        let ok_control = |c: char| !c.is_control() || matches!(c, '\n' | '\r' | '\t');
        assert!(d.chars().all(ok_control), "control in a description");
        assert_clean(&d);
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

/// Every invisible-format character left is a joiner in context.
fn assert_clean(s: &str) {
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if text::is_invisible_format(c) {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            assert!(text::joiner_in_context(prev, c, next), "U+{:04X} kept", c as u32);
        }
    }
}
