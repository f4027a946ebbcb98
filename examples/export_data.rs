//! Writes the browser package's country data files: `DIR/<name>.bin` for every name of
//! `customer_validate::data::names()` (`US.bin`, `cc800.bin`…), from the data this build
//! embeds. A build with the `lazy-data` feature loads them with `data::load`. The data's
//! sources and licences are in `src/fields/phone_data.PROVENANCE.md` and
//! `src/fields/address_data.PROVENANCE.md`.
//!
//! ```sh
//! cargo run --example export_data -- target/data-files
//! ```

#[cfg(not(feature = "lazy-data"))]
fn main() -> std::io::Result<()> {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: export_data DIR");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    let (mut count, mut bytes) = (0, 0);
    for (name, file) in customer_validate::data::files() {
        std::fs::write(dir.join(format!("{name}.bin")), &file)?;
        count += 1;
        bytes += file.len();
    }
    eprintln!("{count} files, {bytes} bytes, in {}", dir.display());
    Ok(())
}

#[cfg(feature = "lazy-data")]
fn main() {
    eprintln!("export_data writes the embedded data: build it without the lazy-data feature");
    std::process::exit(2);
}
