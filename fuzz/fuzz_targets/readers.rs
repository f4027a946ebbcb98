//! The streaming readers: bounded lines over any bytes, and CSV header/row mapping.
#![no_main]
use customer_validate::lines::{BoundedLines, Line};
use customer_validate::rows::{row_to_json, Columns};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&limit, rest)) = data.split_first() else { return };
    let mut lines = BoundedLines::new(std::io::BufReader::with_capacity(7, rest), limit as usize);
    let mut cells: Vec<String> = Vec::new();
    while let Ok(Some(line)) = lines.next_line() {
        match line {
            Line::Bytes(b) => {
                assert!(b.len() <= limit as usize);
                cells.push(String::from_utf8_lossy(&b).into_owned());
            }
            Line::TooLong { bytes } => assert!(bytes > limit as usize),
        }
    }
    // Treat the first half of the lines as a header and the rest as one row.
    let half = cells.len() / 2;
    if let Ok(columns) = Columns::new(&cells[..half], &[("address", "addresses")]) {
        let _ = row_to_json(&columns, &cells[half..]);
    }
});
