//! The public API, listed: every `pub` item, field and re-export of the library's sources
//! (not `pub(crate)`, not test modules), one line each as `file: signature`, compared with the
//! committed `tests/public-api.txt`. A change to the public API that was not meant fails here;
//! one that was meant is committed with the listing:
//!
//! ```text
//! UPDATE_API=1 cargo test --test public_api
//! ```
//!
//! The listing reads source text (the first line of each item), so it catches items and
//! fields added, removed, renamed or re-typed on their first line; variants of public enums
//! follow their enum's docs (`#[non_exhaustive]` where variants will be added).
//! Items built for `wasm32` only (`#[cfg(target_arch = "wasm32")]`: the npm package's
//! surface, public there for its wasm-bindgen tests) are not the Rust API and are left out.

use std::fmt::Write;
use std::path::{Path, PathBuf};

const LISTING: &str = "tests/public-api.txt";

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // The CLI is a binary, not API; `wasm` is the npm package's surface, crate-private
            // natively and public on wasm32 only (src/lib.rs).
            if p.file_name().is_some_and(|n| n == "bin" || n == "wasm") {
                continue;
            }
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The public signature lines of one source file.
fn public_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    // Inside the attributes and comments above an item built for wasm32 only.
    let mut wasm_only = false;
    while let Some(line) = lines.next() {
        let t = line.trim();
        // Test modules close the file in this crate's layout: nothing public follows.
        if t == "#[cfg(test)]" && lines.peek().is_some_and(|n| n.trim().starts_with("mod ")) {
            break;
        }
        if t == "#[cfg(target_arch = \"wasm32\")]" {
            wasm_only = true;
            continue;
        }
        if wasm_only {
            // Its other attributes and comments, then the item's line.
            wasm_only = t.starts_with("#[") || t.starts_with("//");
            continue;
        }
        // `names!` gives a public enum `as_str`, `ALL`, `FromStr` and `Display`.
        if let Some(rest) = t.strip_prefix("crate::names::names!(") {
            let ty = rest.split([' ', '{']).next().unwrap_or_default();
            out.push(format!("names!({ty}): as_str, ALL, FromStr, Display"));
            continue;
        }
        if !t.starts_with("pub ") {
            continue;
        }
        let end = t.find(" {").or_else(|| t.find(" = ")).unwrap_or(t.len());
        let sig = t[..end].trim_end_matches([';', ',']).trim();
        out.push(sig.to_owned());
    }
    out
}

fn listing(root: &Path) -> String {
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut out = String::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("source is UTF-8");
        let name = f
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        for sig in public_lines(&text) {
            let _ = writeln!(out, "{name}: {sig}");
        }
    }
    out
}

#[test]
fn public_api_is_the_committed_listing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = listing(root);
    let path = root.join(LISTING);
    if std::env::var_os("UPDATE_API").is_some() {
        std::fs::write(&path, &fresh).expect("listing written");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        let old: Vec<&str> = committed.lines().collect();
        let new: Vec<&str> = fresh.lines().collect();
        let gone: Vec<&&str> = old.iter().filter(|l| !new.contains(l)).collect();
        let added: Vec<&&str> = new.iter().filter(|l| !old.contains(l)).collect();
        panic!(
            "the public API changed; if meant, run `UPDATE_API=1 cargo test --test public_api` \
             and commit {LISTING}\nremoved: {gone:#?}\nadded: {added:#?}"
        );
    }
}

#[test]
fn wasm32_only_items_are_left_out() {
    let text = "#[cfg(target_arch = \"wasm32\")]\n#[doc(hidden)]\npub mod wasm;\n\
                #[cfg(not(target_arch = \"wasm32\"))]\nmod wasm;\npub fn kept() {}\n";
    assert_eq!(public_lines(text), ["pub fn kept()"]);
}

#[test]
fn the_listing_reads_signatures() {
    let text = "pub fn a(x: u8) -> u8 {\n    pub(crate) fn b() {}\n    pub name: String,\n}\n\
                pub const C: usize = 3;\n#[cfg(test)]\nmod tests {\n    pub fn hidden() {}\n}\n";
    assert_eq!(
        public_lines(text),
        [
            "pub fn a(x: u8) -> u8",
            "pub name: String",
            "pub const C: usize"
        ]
    );
}
