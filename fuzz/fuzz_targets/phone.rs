//! Phone parsing with an arbitrary default region; a valid number's E.164 re-parses to itself.
//! Formatting as you type answers any text, and reads its own answer back to the same answer.
#![no_main]
use customer_validate::fields::phone;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let region = std::str::from_utf8(&data[..2]).ok();
    let Ok(input) = std::str::from_utf8(&data[2..]) else { return };
    if let Ok(shown) = phone::format_as_you_type(input, region) {
        let again = phone::format_as_you_type(&shown.formatted, region).expect("answers again");
        assert_eq!(again.formatted, shown.formatted);
    }
    if let Ok(n) = phone::parse(input, region) {
        let again = phone::parse(&n.e164, None).expect("E.164 output re-parses");
        assert_eq!(again.e164, n.e164);
    }
});
