//! The country data files for the suites that also run with the `lazy-data` feature: there,
//! [`load_all`] loads every file from the directory `scripts/test` fills with
//! `cargo run --example export_data -- target/data-files` (or `$CUSTOMER_VALIDATE_DATA_DIR`),
//! so the same assertions run on loaded data as on embedded data. Without the feature it
//! does nothing.

/// The directory of exported data files.
#[cfg(feature = "lazy-data")]
fn dir() -> std::path::PathBuf {
    std::env::var_os("CUSTOMER_VALIDATE_DATA_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/data-files")
        })
}

/// The bytes of the exported data file `name`.
#[cfg(feature = "lazy-data")]
#[allow(dead_code)] // not every suite reads single files
pub fn read(name: &str) -> Vec<u8> {
    let path = dir().join(format!("{name}.bin"));
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; export the files first: \
             cargo run --example export_data -- target/data-files",
            path.display()
        )
    })
}

/// Loads every data file once per test binary (a no-op without `lazy-data`).
#[cfg(feature = "lazy-data")]
#[allow(dead_code)] // the lazy_data suite loads files one by one
pub fn load_all() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for name in customer_validate::data::names() {
            customer_validate::data::load(&name, &read(&name)).unwrap_or_else(|e| panic!("{e}"));
        }
    });
}

/// Loads every data file once per test binary (a no-op without `lazy-data`).
#[cfg(not(feature = "lazy-data"))]
pub fn load_all() {}
