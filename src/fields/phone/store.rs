//! The phone part of the data files ([`crate::data`]): which metadata each file carries
//! (every region of one calling code), its encoding, its decoding with every check that keeps
//! a corrupt file out, and, with the `lazy-data` feature, the slots loaded files fill.
//!
//! A file's phone part, after the address part ([`crate::fields::codec`] integers and
//! strings; a pattern reference is 0 for none, else its global number + 1):
//!
//! ```text
//! patterns  count, then per pattern: number − previous number, packed bytecode (bytes)
//! formats   count, then per format: pattern, leading-digits patterns (count, then each),
//!           fmt, np_rule, flags (byte: 1 national prefix optional, 2 carrier-code rule)
//! metas     count, then per region (the calling code's list order): slot in the generated
//!           METAS, id, cc, idd, np_parse, np_groups (byte), np_transform, leading,
//!           ext_prefix, same_mobile_fixed (byte 0/1), 11 × (pattern, lengths, local
//!           lengths), national formats (first, count), international formats (first, count),
//!           example numbers (string: fixed line, space, mobile; version 3)
//! ```
//!
//! Pattern numbers are the generated program's, so the matcher's automaton cache (keyed by
//! number) works whatever files are loaded, and a pattern two files share is one slot.

use super::data::PROG_PATTERNS;
use super::matcher;
use super::meta::{calling_codes, regions};
use super::meta::{Desc, NONE};
use crate::fields::codec::Reader;

#[cfg(any(test, feature = "lazy-data"))]
use super::meta::{Fmt, Meta};
#[cfg(any(test, feature = "lazy-data"))]
use crate::fields::codec::str_at;

/// The calling code's region list (slots in the generated `METAS`, main region first) that
/// holds `slot`.
fn cc_list_of(slot: u16) -> Option<&'static [u16]> {
    calling_codes()
        .iter()
        .map(|(_, list)| *list)
        .find(|list| list.contains(&slot))
}

/// The region code whose metadata is in `slot`, if it is a region's (not a non-geographic
/// calling code's).
fn region_of_slot(slot: u16) -> Option<&'static str> {
    regions()
        .iter()
        .find(|(_, s)| *s == slot)
        .map(|(code, _)| *code)
}

/// Every phone data file: its name (a region code, or `cc` and a non-geographic calling
/// code) and the metadata slots it carries, those of every region of its calling code.
pub(crate) fn files() -> Vec<(String, &'static [u16])> {
    let mut out: Vec<(String, &'static [u16])> = regions()
        .iter()
        .filter_map(|(code, slot)| Some(((*code).to_owned(), cc_list_of(*slot)?)))
        .collect();
    for (cc, list) in calling_codes().iter() {
        if list.first().is_some_and(|s| region_of_slot(*s).is_none()) {
            out.push((cc_file(u32::from(*cc)), *list));
        }
    }
    out
}

/// The metadata slots of the phone file `name`, `None` if no such file.
pub(crate) fn slots_for(name: &str) -> Option<&'static [u16]> {
    if let Some(cc) = name.strip_prefix("cc") {
        if cc.starts_with('0') || !cc.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let cc: u16 = crate::int::unsigned(cc)?;
        let i = calling_codes()
            .binary_search_by_key(&cc, |(c, _)| *c)
            .ok()?;
        let list = calling_codes().get(i)?.1;
        return list
            .first()
            .is_some_and(|s| region_of_slot(*s).is_none())
            .then_some(list);
    }
    let i = regions().binary_search_by(|(c, _)| (*c).cmp(name)).ok()?;
    cc_list_of(regions().get(i)?.1)
}

/// The file holding calling code `cc`'s metadata: its main region's, or `cc<code>` for a
/// non-geographic code; `None` for an unknown calling code.
pub(crate) fn file_for_cc(cc: u32) -> Option<String> {
    let main = u16::try_from(cc)
        .ok()
        .and_then(|c| calling_codes().binary_search_by_key(&c, |(k, _)| *k).ok())
        .and_then(|i| calling_codes().get(i)?.1.first())?;
    Some(match region_of_slot(*main) {
        Some(code) => code.to_owned(),
        None => cc_file(cc),
    })
}

/// The name of non-geographic calling code `cc`'s file: `cc` and the code (`cc800`).
pub(crate) fn cc_file(cc: u32) -> String {
    let mut out = String::from("cc");
    crate::text_out::push_uint(&mut out, u64::from(cc), crate::text_out::DEC, 1);
    out
}

/// The region code (as the generated index spells it) of a phone file named by one.
pub(crate) fn region_file(code: &str) -> Option<&'static str> {
    let i = regions().binary_search_by(|(c, _)| (*c).cmp(code)).ok()?;
    regions().get(i).map(|(c, _)| *c)
}

// --- encoding (builds with the data embedded) --------------------------------------------

/// Every pattern number `m` refers to (including [`NONE`]).
#[cfg(any(test, not(feature = "lazy-data")))]
fn patterns_of(m: &super::meta::Meta) -> impl Iterator<Item = u32> + '_ {
    [m.idd, m.np_parse, m.leading]
        .into_iter()
        .chain(m.desc.iter().map(|d| d.pat))
        .chain(
            m.formats
                .iter()
                .chain(m.intl)
                .flat_map(|f| std::iter::once(f.pat).chain(f.leads.iter().copied())),
        )
}

/// Writes the phone part of a file carrying the metadata in `slots`.
#[cfg(any(test, not(feature = "lazy-data")))]
pub(crate) fn encode(slots: &[u16], w: &mut crate::fields::codec::Writer) {
    use super::data::METAS;
    use super::meta::Fmt;
    let metas: Vec<(u16, &super::meta::Meta)> = slots
        .iter()
        .filter_map(|s| Some((*s, METAS.get(usize::from(*s))?)))
        .collect();
    let mut pats: Vec<u32> = metas.iter().flat_map(|(_, m)| patterns_of(m)).collect();
    pats.retain(|p| *p != NONE);
    pats.sort_unstable();
    pats.dedup();
    let packed = matcher::packed_patterns();
    w.uint(len32(pats.len()));
    let mut prev = 0;
    for p in &pats {
        w.uint(p - prev);
        prev = *p;
        w.bytes(packed.get(*p as usize).copied().unwrap_or_default());
    }
    // Formats: each distinct list of the file once, in order of first use.
    let mut lists: Vec<&'static [Fmt]> = Vec::new();
    let mut first = Vec::new();
    let at = |list: &'static [Fmt], lists: &mut Vec<&'static [Fmt]>| -> (u32, u32) {
        if list.is_empty() {
            return (0, 0);
        }
        let i = match lists.iter().position(|l| std::ptr::eq(*l, list)) {
            Some(i) => i,
            None => {
                lists.push(list);
                lists.len() - 1
            }
        };
        let start: usize = lists[..i].iter().map(|l| l.len()).sum();
        (len32(start), len32(list.len()))
    };
    for (_, m) in &metas {
        first.push((at(m.formats, &mut lists), at(m.intl, &mut lists)));
    }
    let opt = |p: u32| if p == NONE { 0 } else { p + 1 };
    w.uint(len32(lists.iter().map(|l| l.len()).sum()));
    for f in lists.iter().flat_map(|l| l.iter()) {
        w.uint(opt(f.pat));
        w.uint(len32(f.leads.len()));
        for lead in f.leads {
            w.uint(opt(*lead));
        }
        w.str(f.fmt);
        w.str(f.np_rule);
        w.out
            .push(u8::from(f.np_optional) | u8::from(f.carrier_rule) << 1);
    }
    w.uint(len32(metas.len()));
    for ((slot, m), (formats, intl)) in metas.iter().zip(first) {
        w.uint(u32::from(*slot));
        w.str(m.id);
        w.uint(u32::from(m.cc));
        w.uint(opt(m.idd));
        w.uint(opt(m.np_parse));
        w.out.push(m.np_groups);
        w.str(m.np_transform);
        w.uint(opt(m.leading));
        w.str(m.ext_prefix);
        w.out.push(u8::from(m.same_mobile_fixed));
        for d in &m.desc {
            w.uint(opt(d.pat));
            w.uint(d.len);
            w.uint(d.local);
        }
        for (start, count) in [formats, intl] {
            w.uint(start);
            w.uint(count);
        }
        w.str(m.examples);
    }
}

#[cfg(any(test, not(feature = "lazy-data")))]
fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

// --- decoding (every build: a file is checked in full before anything is published) -----

/// A string of the file, as its byte span.
type Span = (usize, usize);

/// A decoded format, its strings still spans of the file.
#[cfg_attr(not(feature = "lazy-data"), allow(dead_code))]
pub(crate) struct RawFmt {
    pat: u32,
    /// Its range of [`Part::leads`].
    leads: (usize, usize),
    fmt: Span,
    np_rule: Span,
    np_optional: bool,
    carrier_rule: bool,
}

/// A decoded region's metadata, its strings spans of the file and its formats ranges of the
/// file's format list.
#[cfg_attr(not(feature = "lazy-data"), allow(dead_code))]
pub(crate) struct RawMeta {
    slot: u16,
    id: Span,
    cc: u16,
    idd: u32,
    np_parse: u32,
    np_groups: u8,
    np_transform: Span,
    leading: u32,
    ext_prefix: Span,
    same_mobile_fixed: bool,
    desc: [Desc; 11],
    formats: (usize, usize),
    intl: (usize, usize),
    examples: Span,
}

/// The phone part of one file, decoded and checked.
#[cfg_attr(not(feature = "lazy-data"), allow(dead_code))]
pub(crate) struct Part {
    /// Global pattern number and expanded bytecode, ascending.
    patterns: Vec<(u32, Vec<u8>)>,
    fmts: Vec<RawFmt>,
    /// Every format's leading-digits patterns, back to back.
    leads: Vec<u32>,
    metas: Vec<RawMeta>,
}

/// Reads the phone part of a file that must carry exactly the metadata of `slots`, in that
/// order; `None` if anything is malformed, out of range or inconsistent with the generated
/// indexes (region, calling code), or refers to a pattern the file does not carry.
pub(crate) fn decode(r: &mut Reader<'_>, buf: &[u8], slots: &[u16]) -> Option<Part> {
    let mut patterns: Vec<(u32, Vec<u8>)> = Vec::new();
    let count = r.uint()?;
    for _ in 0..count {
        let delta = r.uint()?;
        let pat = match patterns.last() {
            Some((prev, _)) if delta > 0 => prev.checked_add(delta)?,
            Some(_) => return None,
            None => delta,
        };
        if usize::try_from(pat).ok()? >= PROG_PATTERNS {
            return None;
        }
        patterns.push((pat, matcher::unpack_one(r.bytes()?)?));
    }
    let pattern = |r: &mut Reader<'_>| -> Option<u32> {
        match r.uint()? {
            0 => Some(NONE),
            p => {
                let p = p - 1;
                patterns
                    .binary_search_by_key(&p, |(n, _)| *n)
                    .ok()
                    .map(|_| p)
            }
        }
    };
    let mut fmts = Vec::new();
    let mut leads = Vec::new();
    for _ in 0..r.uint()? {
        let pat = pattern(r)?;
        let start = leads.len();
        for _ in 0..r.uint()? {
            match pattern(r)? {
                NONE => return None,
                lead => leads.push(lead),
            }
        }
        let (fmt, np_rule) = (r.str_span()?, r.str_span()?);
        let flags = r.byte()?;
        if flags > 3 {
            return None;
        }
        fmts.push(RawFmt {
            pat,
            leads: (start, leads.len()),
            fmt,
            np_rule,
            np_optional: flags & 1 != 0,
            carrier_rule: flags & 2 != 0,
        });
    }
    let range = |r: &mut Reader<'_>| -> Option<(usize, usize)> {
        let start = usize::try_from(r.uint()?).ok()?;
        let end = start.checked_add(usize::try_from(r.uint()?).ok()?)?;
        (end <= fmts.len()).then_some((start, end))
    };
    let count = usize::try_from(r.uint()?).ok()?;
    if count != slots.len() {
        return None;
    }
    let mut metas = Vec::new();
    for want in slots {
        let slot = u16::try_from(r.uint()?).ok()?;
        let id = r.str_span()?;
        let cc = u16::try_from(r.uint()?).ok()?;
        // The slot the generated indexes give this region and calling code.
        let id_text = buf.get(id.0..id.1)?;
        let by_region = std::str::from_utf8(id_text)
            .ok()
            .and_then(|code| regions().binary_search_by(|(c, _)| (*c).cmp(code)).ok())
            .and_then(|i| regions().get(i))
            .map(|(_, s)| *s);
        let by_cc = calling_codes()
            .binary_search_by_key(&cc, |(c, _)| *c)
            .ok()
            .and_then(|i| calling_codes().get(i))
            .map(|(_, list)| *list);
        let consistent = match by_region {
            Some(s) => s == slot,
            None => id_text == b"001" && region_of_slot(slot).is_none(),
        };
        if slot != *want || !consistent || by_cc != Some(slots) {
            return None;
        }
        let idd = pattern(r)?;
        let np_parse = pattern(r)?;
        let np_groups = r.byte()?;
        let np_transform = r.str_span()?;
        let leading = pattern(r)?;
        let ext_prefix = r.str_span()?;
        let same_mobile_fixed = match r.byte()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        let mut desc = [Desc {
            pat: NONE,
            len: 0,
            local: 0,
        }; 11];
        for d in &mut desc {
            *d = Desc {
                pat: pattern(r)?,
                len: r.uint()?,
                local: r.uint()?,
            };
        }
        metas.push(RawMeta {
            slot,
            id,
            cc,
            idd,
            np_parse,
            np_groups,
            np_transform,
            leading,
            ext_prefix,
            same_mobile_fixed,
            desc,
            formats: range(r)?,
            intl: range(r)?,
            examples: r.str_span()?,
        });
    }
    Some(Part {
        patterns,
        fmts,
        leads,
        metas,
    })
}

/// The format `f` of a file whose bytes are `buf` and leading-digits patterns `leads`.
#[cfg(any(test, feature = "lazy-data"))]
fn build_fmt(f: &RawFmt, buf: &'static [u8], leads: &'static [u32]) -> Fmt {
    Fmt {
        pat: f.pat,
        leads: leads.get(f.leads.0..f.leads.1).unwrap_or_default(),
        fmt: str_at(buf, f.fmt),
        np_rule: str_at(buf, f.np_rule),
        np_optional: f.np_optional,
        carrier_rule: f.carrier_rule,
    }
}

/// The metadata `m` of a file whose bytes are `buf` and formats `fmts`.
#[cfg(any(test, feature = "lazy-data"))]
fn build_meta(m: &RawMeta, buf: &'static [u8], fmts: &'static [Fmt]) -> Meta {
    let list = |(start, end): (usize, usize)| fmts.get(start..end).unwrap_or_default();
    Meta {
        id: str_at(buf, m.id),
        cc: m.cc,
        idd: m.idd,
        np_parse: m.np_parse,
        np_groups: m.np_groups,
        np_transform: str_at(buf, m.np_transform),
        leading: m.leading,
        ext_prefix: str_at(buf, m.ext_prefix),
        same_mobile_fixed: m.same_mobile_fixed,
        desc: m.desc,
        formats: list(m.formats),
        intl: list(m.intl),
        examples: str_at(buf, m.examples),
    }
}

/// Leaks `v` for the life of the process (loaded data is never unloaded; at most one copy
/// per file, so bounded by the number of files).
#[cfg(any(test, feature = "lazy-data"))]
fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// The metadata and formats of a decoded part, built over the file's bytes `buf`.
#[cfg(any(test, feature = "lazy-data"))]
fn build(part: &Part, buf: &'static [u8]) -> &'static [Meta] {
    let leads = leak(part.leads.clone());
    let fmts = leak(part.fmts.iter().map(|f| build_fmt(f, buf, leads)).collect());
    leak(
        part.metas
            .iter()
            .map(|m| build_meta(m, buf, fmts))
            .collect(),
    )
}

// --- the loaded data (`lazy-data`) -------------------------------------------------------

#[cfg(feature = "lazy-data")]
mod slots {
    use super::super::meta::Meta;
    use std::sync::OnceLock;

    /// Loaded metadata by slot of the generated `METAS`.
    pub(super) fn metas() -> &'static [OnceLock<&'static Meta>] {
        static METAS: OnceLock<Box<[OnceLock<&'static Meta>]>> = OnceLock::new();
        METAS.get_or_init(|| {
            let count = super::calling_codes()
                .iter()
                .flat_map(|(_, list)| list.iter())
                .map(|s| usize::from(*s) + 1)
                .max()
                .unwrap_or(0);
            (0..count).map(|_| OnceLock::new()).collect()
        })
    }

    /// Loaded patterns (expanded bytecode, one pattern from offset 0) by number.
    pub(super) fn patterns() -> &'static [OnceLock<&'static [u8]>] {
        static PATTERNS: OnceLock<Box<[OnceLock<&'static [u8]>]>> = OnceLock::new();
        PATTERNS.get_or_init(|| (0..super::PROG_PATTERNS).map(|_| OnceLock::new()).collect())
    }
}

/// The loaded metadata in `slot`, `None` until a file carrying it is loaded.
#[cfg(feature = "lazy-data")]
pub(super) fn meta(slot: usize) -> Option<&'static Meta> {
    slots::metas().get(slot)?.get().copied()
}

/// The loaded bytecode of pattern `pat` (the pattern starts at offset 0), `None` until a file
/// carrying it is loaded.
#[cfg(feature = "lazy-data")]
pub(super) fn pattern(pat: u32) -> Option<&'static [u8]> {
    slots::patterns()
        .get(usize::try_from(pat).ok()?)?
        .get()
        .copied()
}

/// Makes a decoded part's patterns and metadata visible to the engine: patterns first, so a
/// reader that finds a region's metadata finds its patterns. Slots already filled (a pattern
/// or calling code another file carried) are kept. The caller serializes publications.
#[cfg(feature = "lazy-data")]
pub(crate) fn publish(part: Part, buf: &'static [u8]) {
    let metas = slots::metas();
    if part.metas.iter().all(|m| {
        metas
            .get(usize::from(m.slot))
            .is_some_and(|s| s.get().is_some())
    }) {
        return;
    }
    let patterns = slots::patterns();
    for (pat, code) in &part.patterns {
        if let Some(slot) = patterns.get(*pat as usize) {
            if slot.get().is_none() {
                let _ = slot.set(leak(code.clone()));
            }
        }
    }
    for (raw, meta) in part.metas.iter().zip(build(&part, buf)) {
        if let Some(slot) = metas.get(usize::from(raw.slot)) {
            let _ = slot.set(meta);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::data::METAS;
    use super::*;
    use crate::fields::codec::Writer;

    #[test]
    fn every_region_and_calling_code_has_one_file() {
        let files = files();
        assert_eq!(files.len(), regions().len() + 9);
        let cc: Vec<&str> = files
            .iter()
            .map(|(n, _)| n.as_str())
            .filter(|n| n.starts_with("cc"))
            .collect();
        assert_eq!(
            cc,
            ["cc800", "cc808", "cc870", "cc878", "cc881", "cc882", "cc883", "cc888", "cc979"]
        );
        for (name, slots) in &files {
            assert_eq!(slots_for(name), Some(*slots), "{name}");
        }
        // Every slot is in some file; US and CA both carry the whole +1 set.
        let mut seen: Vec<u16> = files.iter().flat_map(|(_, s)| s.iter().copied()).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), METAS.len());
        assert_eq!(slots_for("US"), slots_for("CA"));
        assert_eq!(slots_for("US").map(<[u16]>::len), Some(25));
        for bad in [
            "",
            "us",
            "ZZ",
            "cc",
            "cc1",
            "cc44",
            "cc0800",
            "cc+800",
            "cc99999999",
        ] {
            assert!(slots_for(bad).is_none(), "{bad}");
        }
        assert_eq!(file_for_cc(1).as_deref(), Some("US"));
        assert_eq!(file_for_cc(7).as_deref(), Some("RU"));
        assert_eq!(file_for_cc(44).as_deref(), Some("GB"));
        assert_eq!(file_for_cc(800).as_deref(), Some("cc800"));
        assert_eq!(file_for_cc(999), None);
        assert_eq!(region_file("AC"), Some("AC"));
        assert_eq!(region_file("AQ"), None);
    }

    /// Encoded, decoded and built again, every region's metadata equals the generated one.
    #[test]
    fn every_file_round_trips_to_the_generated_tables() {
        let prog = matcher::prog();
        for (name, slots) in files() {
            let mut w = Writer::default();
            encode(slots, &mut w);
            let buf: &'static [u8] = leak(w.out);
            let mut r = Reader::new(buf, 0);
            let part = decode(&mut r, buf, slots).unwrap_or_else(|| panic!("{name} decodes"));
            assert!(r.at_end(), "{name}");
            for (pat, code) in &part.patterns {
                let start = prog.starts[*pat as usize] as usize;
                let end = prog
                    .starts
                    .get(*pat as usize + 1)
                    .map_or(prog.code.len(), |e| *e as usize);
                assert_eq!(code[..], prog.code[start..end], "{name} pattern {pat}");
            }
            let built = build(&part, buf);
            assert_eq!(built.len(), slots.len());
            for (m, slot) in built.iter().zip(slots) {
                assert_eq!(m, &METAS[usize::from(*slot)], "{name}");
            }
        }
    }

    #[test]
    fn a_file_for_other_slots_or_with_bytes_changed_is_refused() {
        let us = slots_for("US").unwrap();
        let mut w = Writer::default();
        encode(us, &mut w);
        assert!(decode(&mut Reader::new(&w.out, 0), &w.out, us).is_some());
        let gb = slots_for("GB").unwrap();
        assert!(decode(&mut Reader::new(&w.out, 0), &w.out, gb).is_none());
        // Every truncation fails; no single-byte change panics.
        for end in 0..w.out.len() {
            let cut = &w.out[..end];
            assert!(decode(&mut Reader::new(cut, 0), cut, us).is_none(), "{end}");
        }
        for i in (0..w.out.len()).step_by(7) {
            let mut changed = w.out.clone();
            changed[i] ^= 0x5A;
            let _ = decode(&mut Reader::new(&changed, 0), &changed, us);
        }
    }
}
