//! Command-line tool (being written).
fn main() {}
