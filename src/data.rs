//! Country data files: the per-country part of the phone metadata and of the address rules,
//! one file per country, so a browser downloads only the countries a form needs.
//!
//! A build **without** the `lazy-data` feature (the default: the crate, the CLI, the Node
//! package) embeds every country's data; [`load`] there only checks a file and [`files`]
//! writes them all (`examples/export_data.rs`). A build **with** `lazy-data` (the browser
//! package) carries only the small indexes (regions, calling codes, the country table): a
//! check that needs a country's data before its file is loaded answers
//! [`Code::DataNotLoaded`](crate::Code::DataNotLoaded) with `params.file`, never "invalid".
//!
//! Files are named by ISO alpha-2 code (`US`) and hold that country's address rules and the
//! phone metadata of every region of its calling code (`US` and `CA` each carry the whole +1
//! set); non-geographic calling codes have their own files (`cc800`…), and `idna` holds the
//! two character properties the browser build's email domain rules read and its host lacks
//! (Bidi_Class, Joining_Type: `fields::unicode::props`). Each starts with a
//! header (magic, [`FORMAT_VERSION`], [`FINGERPRINT`] of the whole data set, a checksum of the
//! body and the file's name), so a file from another build or another name is refused. The
//! data's sources are in `src/fields/*_data.PROVENANCE.md`.
//!
//! ```
//! use customer_validate::data;
//! assert_eq!(data::file_for_country("us"), Some("US"));
//! assert_eq!(data::file_for_calling_code(44).as_deref(), Some("GB"));
//! // Without `lazy-data` everything is embedded: every file counts as loaded.
//! assert!(data::is_loaded("US") && data::is_loaded("cc800") && !data::is_loaded("ZZ"));
//! let err = data::load("US", b"not a data file").unwrap_err();
//! assert_eq!(err.to_string(), "data file \"US\": not a customer-validate data file");
//! ```

use crate::fields::codec::Reader;
use crate::fields::unicode::props;
use crate::fields::{address, country, phone};
use std::fmt;

/// The first bytes of every data file.
const MAGIC: &[u8; 4] = b"CVDF";

/// The version of the file layout this build reads and writes.
///
/// ```
/// assert_eq!(customer_validate::data::FORMAT_VERSION, 4);
/// ```
pub const FORMAT_VERSION: u8 = 4;

/// FNV-1a 64 of every file's name and body (the whole data set, in name order): files carry
/// it, and a build refuses files of another data set. A unit test recomputes it from the
/// embedded data and names the new value when the data or the layout changes.
///
/// ```
/// assert_ne!(customer_validate::data::FINGERPRINT, 0);
/// ```
pub const FINGERPRINT: u64 = 0xbd05_823f_21ac_5837;

/// Whether this build loads data at run time (the `lazy-data` feature) rather than embedding
/// it.
///
/// ```
/// assert_eq!(customer_validate::data::LAZY, cfg!(feature = "lazy-data"));
/// ```
pub const LAZY: bool = cfg!(feature = "lazy-data");

/// Header bytes before the name: magic, version, fingerprint, body checksum.
const HEADER: usize = 4 + 1 + 8 + 4;

/// Why [`load`] refused a file.
///
/// ```
/// use customer_validate::data::{load, DataErrorKind};
/// let err = load("cc800", &[]).unwrap_err();
/// assert_eq!((err.file(), err.kind()), ("cc800", DataErrorKind::NotADataFile));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    file: String,
    kind: DataErrorKind,
}

/// What is wrong with a refused file.
///
/// ```
/// use customer_validate::data::DataErrorKind;
/// assert_ne!(DataErrorKind::Corrupt, DataErrorKind::Fingerprint);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DataErrorKind {
    /// No such file: the name is not one of [`names`].
    UnknownFile,
    /// Not a data file (no magic, or shorter than a header).
    NotADataFile,
    /// Written in another [`FORMAT_VERSION`].
    Version,
    /// Of another data set (another build's [`FINGERPRINT`]).
    Fingerprint,
    /// The header names another file.
    Name,
    /// Truncated or corrupt: the checksum or the contents do not hold.
    Corrupt,
}

impl DataError {
    fn new(file: &str, kind: DataErrorKind) -> Self {
        // A caller's name may be anything: keep the message short.
        let file = file.chars().take(32).collect();
        DataError { file, kind }
    }

    /// The file name given to [`load`] (at most 32 characters of it).
    ///
    /// ```
    /// let err = customer_validate::data::load("XX", b"").unwrap_err();
    /// assert_eq!(err.file(), "XX");
    /// ```
    pub fn file(&self) -> &str {
        &self.file
    }

    /// What is wrong.
    ///
    /// ```
    /// use customer_validate::data::{load, DataErrorKind};
    /// assert_eq!(load("XX", b"").unwrap_err().kind(), DataErrorKind::UnknownFile);
    /// ```
    pub fn kind(&self) -> DataErrorKind {
        self.kind
    }
}

impl DataError {
    /// The error's text, as `Display` writes it (without `core::fmt`, for the browser module).
    pub(crate) fn text(&self) -> String {
        let what = match self.kind {
            DataErrorKind::UnknownFile => "no such data file",
            DataErrorKind::NotADataFile => "not a customer-validate data file",
            DataErrorKind::Version => "written in another format version",
            DataErrorKind::Fingerprint => "of another build's data set (fingerprint differs)",
            DataErrorKind::Name => "holds another file's data",
            DataErrorKind::Corrupt => "truncated or corrupt",
        };
        let mut out = String::from("data file ");
        // Quoted as JSON writes it: Rust's `{:?}` would link `Debug`'s escaping tables into
        // the browser module (docs/decisions.md, "The browser modules' compiler").
        out.push_str(&crate::json_text::to_string(self.file.as_str()));
        out.push_str(": ");
        out.push_str(what);
        out
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl std::error::Error for DataError {}

/// The name of every data file, sorted (`AD`, `AE`, … `ZW`, `cc800`, … `cc979`, `idna`).
///
/// ```
/// let names = customer_validate::data::names();
/// assert!(names.iter().any(|n| n == "US") && names.iter().any(|n| n == "cc979"));
/// ```
pub fn names() -> Vec<String> {
    let mut out: Vec<String> = address::store::countries().map(str::to_owned).collect();
    out.extend(phone::store::files().into_iter().map(|(name, _)| name));
    out.push(props::FILE.to_owned());
    out.push(country::NAMES_FILE.to_owned());
    out.sort_unstable();
    out.dedup();
    out
}

/// The data file of a country or phone region (ISO alpha-2, any case), if it has one.
///
/// ```
/// use customer_validate::data::file_for_country;
/// assert_eq!(file_for_country("de"), Some("DE"));
/// assert_eq!(file_for_country("AC"), Some("AC")); // Ascension: phone data only
/// assert_eq!(file_for_country("Germany"), None); // a code, not a name
/// ```
pub fn file_for_country(code: &str) -> Option<&'static str> {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let upper = code.to_ascii_uppercase();
    let with_rules = address::store::countries().find(|c| *c == upper);
    with_rules.or_else(|| phone::store::region_file(&upper))
}

/// The data file holding a country calling code's phone metadata: its main region's (`GB`
/// for 44, `US` for 1) or `cc800` for a non-geographic code; `None` for an unknown code.
///
/// ```
/// use customer_validate::data::file_for_calling_code;
/// assert_eq!(file_for_calling_code(1).as_deref(), Some("US"));
/// assert_eq!(file_for_calling_code(800).as_deref(), Some("cc800"));
/// assert_eq!(file_for_calling_code(999), None);
/// ```
pub fn file_for_calling_code(cc: u32) -> Option<String> {
    phone::store::file_for_cc(cc)
}

/// Whether `name` is a data file: a country with address rules, a phone file, or `idna`.
fn exists(name: &str) -> bool {
    has_rules(name)
        || phone::store::slots_for(name).is_some()
        || name == props::FILE
        || name == country::NAMES_FILE
}

fn has_rules(name: &str) -> bool {
    address::store::countries().any(|c| c == name)
}

/// FNV-1a 32 of a file's body (its checksum in the header).
fn checksum(body: &[u8]) -> u32 {
    body.iter().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

/// A file checked in full, ready to publish (builds with embedded data only check it).
#[cfg_attr(not(feature = "lazy-data"), allow(dead_code))]
enum Decoded {
    /// A country's or a calling code's file.
    Country {
        /// Where the name is in the file.
        name: (usize, usize),
        /// Where the address rules are, if the file has them.
        rules: Option<(usize, usize)>,
        phone: phone::store::Part,
    },
    /// The `idna` file: Bidi_Class and Joining_Type.
    Props(props::Props),
    /// The `countries` file: the country table with its names (kept by `lazy-names` builds,
    /// checked by the others, which embed them).
    #[cfg_attr(not(feature = "lazy-names"), allow(dead_code))]
    Names(country::NamesFile),
}

/// Checks the header and decodes the whole of a file named `name`.
fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, DataError> {
    let fail = |kind| Err(DataError::new(name, kind));
    if !exists(name) {
        return fail(DataErrorKind::UnknownFile);
    }
    let header = match bytes.get(..HEADER) {
        Some(h) if h.starts_with(MAGIC) => h,
        _ => return fail(DataErrorKind::NotADataFile),
    };
    let word = |at: usize, n: usize| {
        header.get(at..at + n).map_or(0, |b| {
            b.iter().rev().fold(0u64, |v, x| v << 8 | u64::from(*x))
        })
    };
    if header.get(4) != Some(&FORMAT_VERSION) {
        return fail(DataErrorKind::Version);
    }
    if word(5, 8) != FINGERPRINT {
        return fail(DataErrorKind::Fingerprint);
    }
    let mut r = Reader::new(bytes, HEADER);
    let name_span = r
        .span()
        .filter(|(a, b)| bytes.get(*a..*b) == Some(name.as_bytes()));
    let Some(name_span) = name_span else {
        return fail(DataErrorKind::Name);
    };
    let body = bytes.get(r.pos..).unwrap_or_default();
    if word(13, 4) != u64::from(checksum(body)) {
        return fail(DataErrorKind::Corrupt);
    }
    let corrupt = || DataError::new(name, DataErrorKind::Corrupt);
    if name == props::FILE {
        return match props::Props::decode(&mut r) {
            Some(props) if r.at_end() => Ok(Decoded::Props(props)),
            _ => Err(corrupt()),
        };
    }
    if name == country::NAMES_FILE {
        return match country::decode_names(&mut r, bytes) {
            Some(names) if r.at_end() => Ok(Decoded::Names(names)),
            _ => Err(corrupt()),
        };
    }
    let rules = r.str_span().ok_or_else(corrupt)?;
    let rules = (rules.1 > rules.0).then_some(rules);
    let rules_ok = match rules.and_then(|(a, b)| bytes.get(a..b)) {
        Some(text) => std::str::from_utf8(text).is_ok_and(address::store::valid),
        None => !has_rules(name),
    };
    if !rules_ok || rules.is_some() != has_rules(name) {
        return Err(corrupt());
    }
    let slots = phone::store::slots_for(name).unwrap_or_default();
    let phone = phone::store::decode(&mut r, bytes, slots).ok_or_else(corrupt)?;
    if !r.at_end() {
        return Err(corrupt());
    }
    Ok(Decoded::Country {
        name: name_span,
        rules,
        phone,
    })
}

/// Registers the data file `name` (as [`names`] lists it) whose contents are `bytes`.
///
/// The whole file is checked (header, fingerprint, checksum, every table) before anything
/// is registered, so a refused file leaves nothing behind; loading a file twice, or two files
/// that share data (`US` and `CA`), is harmless. Without the `lazy-data` feature the data is
/// embedded: the file is checked the same way and nothing else happens. Never panics.
///
/// ```
/// use customer_validate::data::{self, DataErrorKind};
/// # #[cfg(not(feature = "lazy-data"))] {
/// let (name, bytes) = data::files().find(|(name, _)| name == "GB").unwrap();
/// assert_eq!(data::load(&name, &bytes), Ok(()));
/// assert_eq!(data::load("FR", &bytes).unwrap_err().kind(), DataErrorKind::Name);
/// assert_eq!(data::load("GB", &bytes[..40]).unwrap_err().kind(), DataErrorKind::Corrupt);
/// # }
/// ```
pub fn load(name: &str, bytes: &[u8]) -> Result<(), DataError> {
    let decoded = decode(name, bytes)?;
    #[cfg(feature = "lazy-data")]
    publish(name, bytes, decoded);
    #[cfg(not(feature = "lazy-data"))]
    let _ = decoded;
    Ok(())
}

/// Whether the data file `name` is available: loaded (with `lazy-data`), or a known file
/// (without it, where everything is embedded).
///
/// ```
/// use customer_validate::data::is_loaded;
/// assert_eq!(is_loaded("DE"), !cfg!(feature = "lazy-data"));
/// assert!(!is_loaded("de"));
/// ```
#[cfg(not(feature = "lazy-data"))]
pub fn is_loaded(name: &str) -> bool {
    exists(name)
}

/// Whether the data file `name` was loaded.
#[cfg(feature = "lazy-data")]
pub fn is_loaded(name: &str) -> bool {
    loaded::names()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .iter()
        .any(|n| n == name)
}

#[cfg(feature = "lazy-data")]
mod loaded {
    use std::sync::Mutex;

    /// The names of the files loaded so far; its lock also serializes publications.
    pub(super) fn names() -> &'static Mutex<Vec<String>> {
        static NAMES: Mutex<Vec<String>> = Mutex::new(Vec::new());
        &NAMES
    }
}

/// Publishes a decoded file: its bytes are kept for the life of the process (the tables point
/// into them; once per file name, so bounded by the number of files).
#[cfg(feature = "lazy-data")]
fn publish(name: &str, bytes: &[u8], decoded: Decoded) {
    let mut names = loaded::names()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if names.iter().any(|n| n == name) {
        return;
    }
    match decoded {
        Decoded::Country {
            name: name_span,
            rules,
            phone,
        } => {
            let buf: &'static [u8] = Box::leak(bytes.to_vec().into_boxed_slice());
            phone::store::publish(phone, buf);
            if let Some(rules) = rules {
                let text = crate::fields::codec::str_at(buf, rules);
                address::store::publish(crate::fields::codec::str_at(buf, name_span), text);
            }
        }
        Decoded::Props(p) => props::publish(p),
        #[cfg(feature = "lazy-names")]
        Decoded::Names(n) => {
            country::publish_names(n, Box::leak(bytes.to_vec().into_boxed_slice()));
        }
        // The names are embedded: the file was checked, nothing to keep.
        #[cfg(not(feature = "lazy-names"))]
        Decoded::Names(_) => {}
    }
    names.push(name.to_owned());
}

// --- writing files (from the embedded data) ----------------------------------------------

/// The body of file `name` (address rules, then the phone part), from the embedded data.
#[cfg(any(test, not(feature = "lazy-data")))]
fn body(name: &str) -> Option<Vec<u8>> {
    let mut w = crate::fields::codec::Writer::default();
    if name == props::FILE {
        props::encode(&mut w);
        return Some(w.out);
    }
    if name == country::NAMES_FILE {
        country::encode_names(&mut w);
        return Some(w.out);
    }
    let rules = address::store::text(name);
    let slots = phone::store::slots_for(name);
    if rules.is_none() && slots.is_none() {
        return None;
    }
    w.str(rules.as_deref().unwrap_or(""));
    phone::store::encode(slots.unwrap_or_default(), &mut w);
    Some(w.out)
}

/// File `name` with its header, as [`files`] writes it.
#[cfg(any(test, not(feature = "lazy-data")))]
fn file(name: &str, fingerprint: u64) -> Option<Vec<u8>> {
    Some(with_header(name, &body(name)?, fingerprint))
}

/// `body` behind the header of file `name`: magic, version, `fingerprint`, the body's
/// checksum, the name.
#[cfg(any(test, not(feature = "lazy-data")))]
fn with_header(name: &str, body: &[u8], fingerprint: u64) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(FORMAT_VERSION);
    out.extend_from_slice(&fingerprint.to_le_bytes());
    out.extend_from_slice(&checksum(body).to_le_bytes());
    let mut w = crate::fields::codec::Writer { out };
    w.str(name);
    w.out.extend_from_slice(body);
    w.out
}

/// The fingerprint of the embedded data ([`FINGERPRINT`] when the constant is current).
#[cfg(test)]
fn fingerprint() -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325_u64;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for name in names() {
        let body = body(&name).unwrap_or_default();
        eat(name.as_bytes());
        eat(&[0]);
        eat(&u32::try_from(body.len()).unwrap_or(u32::MAX).to_le_bytes());
        eat(&body);
    }
    h
}

/// Every data file of the browser package, `(name, bytes)` in [`names`] order, from the
/// embedded data (only in builds without `lazy-data`). `examples/export_data.rs` writes them
/// as `<name>.bin`.
///
/// ```
/// let files: Vec<_> = customer_validate::data::files().collect();
/// assert_eq!(files.len(), customer_validate::data::names().len());
/// assert!(files.iter().all(|(name, bytes)| customer_validate::data::load(name, bytes).is_ok()));
/// ```
#[cfg(not(feature = "lazy-data"))]
pub fn files() -> impl Iterator<Item = (String, Vec<u8>)> {
    names()
        .into_iter()
        .filter_map(|name| Some((file(&name, FINGERPRINT)?, name)))
        .map(|(bytes, name)| (name, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::country;

    fn all_files() -> Vec<(String, Vec<u8>)> {
        names()
            .into_iter()
            .map(|n| {
                let f = file(&n, FINGERPRINT).expect("every name has a file");
                (n, f)
            })
            .collect()
    }

    #[test]
    fn fingerprint_is_current() {
        let now = fingerprint();
        assert_eq!(
            now, FINGERPRINT,
            "the data or the file layout changed: set data::FINGERPRINT to {now:#018x}"
        );
    }

    #[test]
    fn one_file_per_country_and_non_geographic_calling_code() {
        let names = names();
        // 250 countries with address rules, AC and TA (phone only), 9 calling codes, the
        // country names, idna.
        assert_eq!(names.len(), 250 + 2 + 9 + 2);
        assert!(names.iter().any(|n| n == country::NAMES_FILE));
        assert_eq!(names.last().map(String::as_str), Some(props::FILE));
        // Every country of the country table has rules (what `lazy-data` builds assume).
        let countries: Vec<&str> = address::store::countries().collect();
        let table: Vec<&str> = country::all().iter().map(|c| c.alpha2).collect();
        assert_eq!(countries, table);
        assert!(names.iter().all(|n| exists(n)));
        assert!(!exists("ZZ") && !exists("us") && !exists("") && !exists("cc1"));
        assert_eq!(file_for_country("ta"), Some("TA"));
        assert_eq!(file_for_country("XK"), Some("XK"));
        assert_eq!(file_for_country("ZZ"), None);
        assert_eq!(file_for_country("é"), None);
    }

    #[test]
    fn every_file_loads_and_its_body_decodes() {
        for (name, bytes) in all_files() {
            let d = decode(&name, &bytes).unwrap_or_else(|e| panic!("{e}"));
            let rules = match d {
                Decoded::Country { rules, .. } => rules.is_some(),
                Decoded::Props(_) => {
                    assert_eq!(name, props::FILE);
                    false
                }
                Decoded::Names(_) => {
                    assert_eq!(name, country::NAMES_FILE);
                    false
                }
            };
            assert_eq!(rules, has_rules(&name), "{name}");
            // With `lazy-data`, the tests below decide what is loaded.
            if !LAZY {
                assert_eq!(load(&name, &bytes), Ok(()), "{name}");
            }
        }
    }

    fn kind(name: &str, bytes: &[u8]) -> Option<DataErrorKind> {
        load(name, bytes).err().map(|e| e.kind())
    }

    #[test]
    fn foreign_truncated_and_corrupt_files_are_refused() {
        // TA and XK: nothing else in this module's tests loads them, so `is_loaded` says
        // whether a refused file left anything behind (with `lazy-data`).
        for name in ["TA", "XK"] {
            let good = file(name, FINGERPRINT).unwrap();
            let foreign = file(name, FINGERPRINT ^ 1).unwrap();
            assert_eq!(kind(name, &foreign), Some(DataErrorKind::Fingerprint));
            let mut version = good.clone();
            version[4] = FORMAT_VERSION + 1;
            assert_eq!(kind(name, &version), Some(DataErrorKind::Version));
            let other = if name == "TA" { "SH" } else { "RS" };
            assert_eq!(kind(other, &good), Some(DataErrorKind::Name));
            assert_eq!(kind("ZZ", &good), Some(DataErrorKind::UnknownFile));
            for end in 0..good.len() {
                let k = kind(name, &good[..end]);
                assert!(k.is_some(), "{name} cut at {end}");
            }
            for i in 0..good.len() {
                let mut bad = good.clone();
                bad[i] ^= 0x20;
                assert!(kind(name, &bad).is_some(), "{name} byte {i}");
            }
            let mut longer = good.clone();
            longer.push(0);
            assert_eq!(kind(name, &longer), Some(DataErrorKind::Corrupt));
            assert_eq!(is_loaded(name), !LAZY, "{name}");
        }
        let err = load("TA", b"CVDF").unwrap_err();
        assert_eq!(
            err.to_string(),
            "data file \"TA\": not a customer-validate data file"
        );
        let long = "x".repeat(1000);
        assert_eq!(load(&long, b"").unwrap_err().file().len(), 32);
    }

    /// A body with a valid header and checksum but contents changed: refused or accepted,
    /// never a panic (what a crafted file could do).
    #[test]
    fn crafted_bodies_never_panic() {
        let mut next = crate::test_rng::xorshift(0x5EED_DA7A_F11E_0001);
        for name in ["US", "CN", "cc800", "AQ"] {
            let body = body(name).unwrap();
            for _ in 0..300 {
                let mut b = body.clone();
                match next() % 3 {
                    0 => b.truncate(next() as usize % (b.len() + 1)),
                    1 => {
                        let i = next() as usize % b.len();
                        b[i] = next() as u8;
                    }
                    _ => {
                        let i = next() as usize % b.len();
                        b.insert(i, next() as u8);
                    }
                }
                let _ = decode(name, &with_header(name, &b, FINGERPRINT));
            }
        }
    }

    /// With `lazy-data`: answers need the file until it is loaded, then are the embedded
    /// build's; a file loaded twice or sharing data with another is harmless.
    #[cfg(feature = "lazy-data")]
    #[test]
    fn checks_answer_data_not_loaded_until_the_file_is_loaded() {
        use crate::Code;
        let file_of = |issue: crate::Issue| {
            assert_eq!(issue.code, Code::DataNotLoaded);
            issue.params["file"].as_str().map(str::to_owned)
        };
        let err = phone::parse("0803 123 4567", Some("ng")).unwrap_err();
        assert_eq!(file_of(err).as_deref(), Some("NG"));
        let err = phone::parse("+800 1234 5678", None).unwrap_err();
        assert_eq!(file_of(err).as_deref(), Some("cc800"));
        let err = address::check_postal_code("FR", "75008").unwrap_err();
        assert_eq!(file_of(err).as_deref(), Some("FR"));
        assert!(!is_loaded("NG") && !is_loaded("cc800") && !is_loaded("FR"));
        for name in ["NG", "cc800", "FR", "NG"] {
            assert_eq!(load(name, &file(name, FINGERPRINT).unwrap()), Ok(()));
        }
        assert!(is_loaded("NG") && is_loaded("cc800") && is_loaded("FR"));
        let n = phone::parse("0803 123 4567", Some("NG")).unwrap();
        assert_eq!(n.e164, "+2348031234567");
        assert_eq!(n.national, "0803 123 4567");
        assert_eq!(
            phone::parse("+800 1234 5678", None)
                .unwrap()
                .region
                .as_deref(),
            Some("001")
        );
        assert_eq!(address::check_postal_code("FR", "75 008").unwrap(), "75008");
        // A number of a calling code whose file is not loaded, read in a loaded region.
        let err = phone::parse("+44 20 7183 8750", Some("NG")).unwrap_err();
        assert_eq!(file_of(err).as_deref(), Some("GB"));
    }

    /// With `lazy-names`: codes resolve without the names; a name, or an answer showing
    /// names, needs the `countries` file; once loaded, the embedded build's answers.
    #[cfg(feature = "lazy-names")]
    #[test]
    fn country_names_answer_data_not_loaded_until_their_file_is_loaded() {
        use crate::check::{check_field, Field};
        use crate::{Code, Options};
        let needs_names = |issue: &crate::Issue| {
            issue.code == Code::DataNotLoaded
                && issue.params["file"].as_str() == Some(country::NAMES_FILE)
        };
        assert_eq!(country::lookup("fra").map(|c| c.alpha2), Ok("FR"));
        assert_eq!(country::lookup("250").map(|c| c.alpha2), Ok("FR"));
        assert!(!country::has_names());
        assert!(country::lookup("France").is_err_and(|e| needs_names(&e)));
        assert_eq!(
            country::lookup("Atlantis").unwrap_err().code,
            Code::DataNotLoaded
        );
        let v = check_field(Field::Country, "FR", None, &Options::default());
        assert!(
            !v.valid && v.issues.iter().all(needs_names),
            "{:?}",
            v.issues
        );
        let name = country::NAMES_FILE;
        assert_eq!(load(name, &file(name, FINGERPRINT).unwrap()), Ok(()));
        assert!(country::has_names() && is_loaded(name));
        assert_eq!(country::lookup("France").map(|c| c.name), Ok("France"));
        assert_eq!(
            country::lookup("Atlantis").unwrap_err().code,
            Code::CountryUnknown
        );
        let v = check_field(Field::Country, "FR", None, &Options::default());
        assert!(v.valid, "{:?}", v.issues);
    }

    /// Random bytes, and random bytes after a good header: refused, no panic.
    #[test]
    fn random_bytes_are_refused() {
        let mut next = crate::test_rng::xorshift(0xBAD_F11E_u64);
        let header = file("US", FINGERPRINT).unwrap()[..HEADER + 3].to_vec();
        for round in 0..2000 {
            let len = next() as usize % 300;
            let mut bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if round % 2 == 1 {
                bytes.splice(0..0, header.iter().copied());
            }
            assert!(load("US", &bytes).is_err());
        }
    }
}
