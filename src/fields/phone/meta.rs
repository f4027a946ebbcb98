//! The shape of the generated metadata (`src/fields/phone_data.rs`) and lookups over it.

use super::data::{CALLING_CODES_LEN, CALLING_CODE_LISTS, REGION_CODES};
use std::sync::OnceLock;

/// No pattern: the index of an absent program (patterns are indexes into the program's
/// top-level groups, [`super::data::PROG_PACKED`]).
pub(super) const NONE: u32 = u32::MAX;

/// A number type's description: pattern and possible lengths.
#[derive(Clone, Copy)]
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(super) struct Desc {
    /// National number pattern (program index), or [`NONE`].
    pub(super) pat: u32,
    /// Possible lengths: bit n set for length n; bit 0 for libphonenumber's `-1` ("none").
    pub(super) len: u32,
    /// Lengths possible only for local dialling, same encoding.
    pub(super) local: u32,
}

/// A description that matches nothing (the type does not exist in the region).
pub(super) const NO_DESC: Desc = Desc {
    pat: NONE,
    len: 0,
    local: 0,
};

/// One number format: which numbers it applies to and how they are written.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(super) struct Fmt {
    /// Full-match pattern with the capture groups `fmt` refers to.
    pub(super) pat: u32,
    /// Prefix patterns the number must start with, least to most detailed (the n-th for the
    /// first n + 3 digits as you type; the last for a whole number); empty: any number.
    pub(super) leads: &'static [u32],
    /// Replacement, `\1`-style group references.
    pub(super) fmt: &'static str,
    /// National prefix formatting rule replacing the first group in national format, or "".
    pub(super) np_rule: &'static str,
    /// The national prefix may be left out when formatting (as you type, the format stays a
    /// candidate for a national number typed without it).
    pub(super) np_optional: bool,
    /// The format has a carrier-code formatting rule (as you type, it stays a candidate
    /// after a national prefix, which may be a carrier code).
    pub(super) carrier_rule: bool,
}

impl Fmt {
    /// The most detailed leading-digits pattern, or [`NONE`].
    pub(super) fn lead(&self) -> u32 {
        self.leads.last().copied().unwrap_or(NONE)
    }
}

/// One region's (or one non-geographic calling code's) metadata.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(super) struct Meta {
    /// ISO region code, or `001` for a non-geographic calling code.
    pub(super) id: &'static str,
    /// Country calling code.
    pub(super) cc: u16,
    /// International (IDD) prefix pattern, or [`NONE`].
    pub(super) idd: u32,
    /// National prefix (and carrier code) pattern for parsing, or [`NONE`].
    pub(super) np_parse: u32,
    /// Number of capture groups in `np_parse`.
    pub(super) np_groups: u8,
    /// Replacement for what `np_parse` matched, or "" (just strip it).
    pub(super) np_transform: &'static str,
    /// Leading digits telling this region apart among those sharing its calling code.
    pub(super) leading: u32,
    /// What goes between a number and its extension in display formats.
    pub(super) ext_prefix: &'static str,
    /// Fixed-line and mobile patterns are the same (so the type is "either").
    pub(super) same_mobile_fixed: bool,
    /// Descriptions, indexed by [`Kind`].
    pub(super) desc: [Desc; 11],
    /// National formats.
    pub(super) formats: &'static [Fmt],
    /// International formats; empty means "same as national".
    pub(super) intl: &'static [Fmt],
    /// libphonenumber's fixed-line and mobile example numbers (national significant
    /// numbers), separated by a space, each empty where the region has none.
    pub(super) examples: &'static str,
}

/// Index of each description in [`Meta::desc`] (the generator's `DESCS` order).
#[derive(Clone, Copy)]
pub(super) enum Kind {
    General = 0,
    FixedLine = 1,
    Mobile = 2,
    TollFree = 3,
    PremiumRate = 4,
    SharedCost = 5,
    PersonalNumber = 6,
    Voip = 7,
    Pager = 8,
    Uan = 9,
    Voicemail = 10,
}

impl Meta {
    /// The description of `kind`.
    pub(super) fn desc(&self, kind: Kind) -> &Desc {
        &self.desc[kind as usize]
    }

    /// The example number (national significant number) of `kind`, fixed line or mobile;
    /// `None` where the region has none.
    pub(super) fn example(&self, kind: Kind) -> Option<&'static str> {
        let mut parts = self.examples.split(' ');
        let part = match kind {
            Kind::FixedLine => parts.next(),
            Kind::Mobile => parts.nth(1),
            _ => None,
        };
        part.filter(|p| !p.is_empty())
    }
}

/// The metadata in `slot` of the generated `METAS`: embedded, or (feature `lazy-data`)
/// `None` until a data file carrying it is loaded.
#[cfg(not(feature = "lazy-data"))]
fn slot(i: u16) -> Option<&'static Meta> {
    super::data::METAS.get(usize::from(i))
}

#[cfg(feature = "lazy-data")]
fn slot(i: u16) -> Option<&'static Meta> {
    super::store::meta(usize::from(i))
}

/// Each region code with its slot in the generated `METAS`, sorted by code (split once from
/// the generated text: the slot is the code's position).
pub(super) fn regions() -> &'static [(&'static str, u16)] {
    static REGIONS: OnceLock<Vec<(&'static str, u16)>> = OnceLock::new();
    REGIONS.get_or_init(|| {
        (0..REGION_CODES.len() / 2)
            .filter_map(|i| Some((REGION_CODES.get(2 * i..2 * i + 2)?, u16::try_from(i).ok()?)))
            .collect()
    })
}

/// Each calling code with the slots of its regions, main region first, sorted by code (split
/// once from the generated list).
pub(super) fn calling_codes() -> &'static [(u16, &'static [u16])] {
    static CODES: OnceLock<Vec<(u16, &'static [u16])>> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut out = Vec::with_capacity(CALLING_CODES_LEN);
        let mut rest: &'static [u16] = &CALLING_CODE_LISTS;
        while let [cc, n, tail @ ..] = rest {
            let n = usize::from(*n).min(tail.len());
            out.push((*cc, &tail[..n]));
            rest = &tail[n..];
        }
        out
    })
}

/// The slot of an upper-case ISO region code.
fn region_slot(code: &str) -> Option<u16> {
    let regions = regions();
    let i = regions.binary_search_by(|(id, _)| (*id).cmp(code)).ok()?;
    regions.get(i).map(|(_, s)| *s)
}

/// The metadata of an upper-case ISO region code (`None` for an unknown code, or one whose
/// data file is not loaded: [`region_known`] tells them apart).
pub(super) fn region(code: &str) -> Option<&'static Meta> {
    slot(region_slot(code)?)
}

/// Whether libphonenumber has metadata for an upper-case ISO region code, loaded or not.
pub(super) fn region_known(code: &str) -> bool {
    region_slot(code).is_some()
}

/// The calling code of an upper-case ISO region code, as its digits (`"44"` for `GB` and
/// `GG`), from the indexes every build holds (data files loaded or not); `None` for a code
/// libphonenumber has no region for.
pub(super) fn region_calling_code(code: &str) -> Option<&'static str> {
    // The codes' digits, made once (215 short strings) in `CALLING_CODES` order.
    static TEXT: OnceLock<Box<[String]>> = OnceLock::new();
    let slot = region_slot(code)?;
    let codes = calling_codes();
    let i = codes.iter().position(|(_, list)| list.contains(&slot))?;
    let text = TEXT.get_or_init(|| {
        codes
            .iter()
            .map(|(cc, _)| crate::text_out::dec(u64::from(*cc)))
            .collect()
    });
    text.get(i).map(String::as_str)
}

/// The slots of a calling code's regions, main region first (empty if unknown).
fn cc_slots(cc: u32) -> &'static [u16] {
    u16::try_from(cc)
        .ok()
        .and_then(|cc| {
            let codes = calling_codes();
            codes.get(codes.binary_search_by_key(&cc, |(c, _)| *c).ok()?)
        })
        .map_or(&[], |(_, list)| *list)
}

/// The ISO code of a calling code's main region, its data loaded or not; `None` for a
/// non-geographic or unknown calling code.
pub(super) fn main_region_code(cc: u32) -> Option<&'static str> {
    let main = *cc_slots(cc).first()?;
    regions()
        .iter()
        .find(|(_, s)| *s == main)
        .map(|(code, _)| *code)
}

/// Whether `cc` is a country calling code, its data loaded or not.
pub(super) fn cc_known(cc: u32) -> bool {
    !cc_slots(cc).is_empty()
}

/// The metadata records of a calling code's regions, main region first (empty if unknown or
/// not loaded; a data file carries all of a calling code's regions or none).
pub(super) fn calling_code(cc: u32) -> impl Iterator<Item = &'static Meta> {
    cc_slots(cc).iter().filter_map(|i| slot(*i))
}

/// The main region's metadata of a calling code (libphonenumber's
/// `getMetadataForRegionOrCallingCode(cc, getRegionCodeForCountryCode(cc))`).
pub(super) fn main_for(cc: u32) -> Option<&'static Meta> {
    calling_code(cc).next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(region("GB").map(|m| m.cc), Some(44));
        assert!(region("ZZ").is_none());
        assert!(region("001").is_none());
        assert_eq!(main_for(1).map(|m| m.id), Some("US"));
        assert_eq!(main_for(800).map(|m| m.id), Some("001"));
        assert!(calling_code(7).any(|m| m.id == "KZ"));
        assert!(main_for(999).is_none());
        assert!(main_for(u32::MAX).is_none());
        assert!(region_known("GB") && !region_known("ZZ") && !region_known("001"));
        assert!(cc_known(1) && cc_known(979) && !cc_known(999) && !cc_known(u32::MAX));
        assert_eq!(main_region_code(1), Some("US"));
        assert_eq!(main_region_code(44), Some("GB"));
        assert_eq!(main_region_code(800), None);
        assert_eq!(main_region_code(999), None);
        assert_eq!(region_calling_code("US"), Some("1"));
        assert_eq!(region_calling_code("GB"), Some("44"));
        assert_eq!(region_calling_code("GG"), Some("44"));
        assert_eq!(region_calling_code("KZ"), Some("7"));
        assert_eq!(region_calling_code("XK"), Some("383"));
        assert_eq!(region_calling_code("AQ"), None);
        assert_eq!(region_calling_code("001"), None);
        assert_eq!(region_calling_code("gb"), None);
    }

    /// Every region's calling code is the one its generated metadata record holds (the
    /// generator's `phonenumbers` 9.0.43 `country_code`), through the index alone.
    #[cfg(not(feature = "lazy-data"))]
    #[test]
    fn every_region_calling_code_agrees_with_its_metadata() {
        for (code, slot) in regions().iter() {
            let meta = &super::super::data::METAS[usize::from(*slot)];
            let cc = meta.cc.to_string();
            assert_eq!(region_calling_code(code), Some(cc.as_str()), "{code}");
        }
    }
}
