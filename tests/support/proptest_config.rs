//! The proptest configuration shared by the property suites.

use proptest::test_runner::Config as ProptestConfig;

/// `cases` per property, times `PROPTEST_SCALE` when set (for longer local hunts).
pub fn config(cases: u32) -> ProptestConfig {
    let scale = std::env::var("PROPTEST_SCALE")
        .ok()
        .and_then(|s| s.parse::<u32>().ok())
        .unwrap_or(1);
    ProptestConfig {
        cases: cases.saturating_mul(scale),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}
