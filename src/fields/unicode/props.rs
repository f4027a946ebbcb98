//! Bidi_Class and Joining_Type, the two character properties UTS-46's CheckBidi and
//! CheckJoiners read, as the browser build's data file `idna` (docs/decisions.md, "Unicode
//! from the JavaScript host").
//!
//! The browser build takes every other Unicode answer from its host (`host.rs`), but no host
//! exposes these two, and ICU4X's tables for them cost ~6 KB gzipped in the first module while
//! only an email domain with a possibly right-to-left character or a ZWJ/ZWNJ reads them. So
//! they are a data file like a country's: a check that needs it before it is loaded answers
//! `data_not_loaded` with `file: "idna"`. The builds that embed ICU4X write the file
//! ([`encode`]) and read the same runs from ICU4X directly ([`loaded`]).
//!
//! Body: the runs of equal (Bidi_Class, Joining_Type) over U+0000..=U+10FFFF in order, each
//! as the distance from the previous run's start (a `codec` uint; the first run starts at 0)
//! and one byte, Bidi_Class × 8 + Joining_Type, each as its position in [`BIDI`] and
//! [`JOINING`] (ICU4C's order).

use crate::fields::codec::Reader;
use icu_properties::props::{BidiClass, JoiningType};

/// The data file's name ([`crate::data::names`] lists it beside the countries).
pub(crate) const FILE: &str = "idna";

/// Every Bidi_Class, in the order of their ICU4C values: a class is written as its position.
const BIDI: [BidiClass; 23] = {
    use BidiClass as B;
    [
        B::LeftToRight,
        B::RightToLeft,
        B::EuropeanNumber,
        B::EuropeanSeparator,
        B::EuropeanTerminator,
        B::ArabicNumber,
        B::CommonSeparator,
        B::ParagraphSeparator,
        B::SegmentSeparator,
        B::WhiteSpace,
        B::OtherNeutral,
        B::LeftToRightEmbedding,
        B::LeftToRightOverride,
        B::ArabicLetter,
        B::RightToLeftEmbedding,
        B::RightToLeftOverride,
        B::PopDirectionalFormat,
        B::NonspacingMark,
        B::BoundaryNeutral,
        B::FirstStrongIsolate,
        B::LeftToRightIsolate,
        B::RightToLeftIsolate,
        B::PopDirectionalIsolate,
    ]
};

/// Every Joining_Type, in the order of their ICU4C values.
const JOINING: [JoiningType; 6] = {
    use JoiningType as J;
    [
        J::NonJoining,
        J::JoinCausing,
        J::DualJoining,
        J::LeftJoining,
        J::RightJoining,
        J::Transparent,
    ]
};

/// Both properties of every code point, as sorted runs `(first code point, packed values)`.
pub(crate) struct Props {
    runs: Vec<(u32, u8)>,
}

impl Props {
    /// Reads the runs [`encode`] wrote; `None` unless they are well formed (the first at 0,
    /// strictly increasing starts within U+10FFFF, known values).
    pub(crate) fn decode(r: &mut Reader<'_>) -> Option<Props> {
        let count = r.uint()?;
        let mut runs = Vec::with_capacity(usize::try_from(count).ok()?.min(1 << 16));
        let mut start = 0u32;
        for i in 0..count {
            let step = r.uint()?;
            if (i == 0) != (step == 0) {
                return None;
            }
            start = start.checked_add(step).filter(|s| *s <= 0x10FFFF)?;
            let packed = r.byte()?;
            if usize::from(packed >> 3) >= BIDI.len() || usize::from(packed & 7) >= JOINING.len() {
                return None;
            }
            runs.push((start, packed));
        }
        (!runs.is_empty()).then_some(Props { runs })
    }

    /// The Bidi_Class and Joining_Type of `c`.
    #[cfg_attr(
        not(all(target_arch = "wasm32", feature = "host-unicode")),
        allow(dead_code)
    )]
    pub(crate) fn get(&self, c: char) -> (BidiClass, JoiningType) {
        let at = self
            .runs
            .partition_point(|(start, _)| *start <= u32::from(c));
        let packed = at
            .checked_sub(1)
            .and_then(|i| self.runs.get(i))
            .map_or(0, |r| r.1);
        let bidi = BIDI.get(usize::from(packed >> 3)).copied();
        let joining = JOINING.get(usize::from(packed & 7)).copied();
        (
            bidi.unwrap_or(BidiClass::LeftToRight),
            joining.unwrap_or(JoiningType::NonJoining),
        )
    }
}

/// The runs from ICU4X's compiled data (the builds that embed it).
#[cfg(any(test, not(feature = "lazy-data")))]
fn runs_from_icu() -> Vec<(u32, u8)> {
    use icu_properties::CodePointMapData;
    let bidi = CodePointMapData::<BidiClass>::new();
    let joining = CodePointMapData::<JoiningType>::new();
    let mut runs: Vec<(u32, u8)> = Vec::new();
    let position = |found: Option<usize>| found.and_then(|i| u8::try_from(i).ok()).unwrap_or(0);
    for cp in 0..=0x10FFFF_u32 {
        let b = position(BIDI.iter().position(|v| *v == bidi.get32(cp)));
        let j = position(JOINING.iter().position(|v| *v == joining.get32(cp)));
        let packed = b << 3 | j;
        if runs.last().is_none_or(|r| r.1 != packed) {
            runs.push((cp, packed));
        }
    }
    runs
}

/// Writes the body of the `idna` file from ICU4X's data.
#[cfg(any(test, not(feature = "lazy-data")))]
pub(crate) fn encode(w: &mut crate::fields::codec::Writer) {
    let runs = runs_from_icu();
    w.uint(u32::try_from(runs.len()).unwrap_or(u32::MAX));
    let mut previous = 0;
    for (start, packed) in runs {
        w.uint(start - previous);
        w.out.push(packed);
        previous = start;
    }
}

#[cfg(feature = "lazy-data")]
static LOADED: std::sync::OnceLock<Props> = std::sync::OnceLock::new();

/// Keeps the properties of a loaded `idna` file (the first one loaded wins; they are the
/// same data, checked by the fingerprint).
#[cfg(feature = "lazy-data")]
pub(crate) fn publish(props: Props) {
    let _ = LOADED.set(props);
}

/// The properties, once the `idna` file is loaded (with `lazy-data`); from ICU4X otherwise.
/// Only the browser's host-Unicode build reads them (the others' `idna` crate has its own).
#[cfg_attr(
    not(all(target_arch = "wasm32", feature = "host-unicode")),
    allow(dead_code)
)]
pub(crate) fn loaded() -> Option<&'static Props> {
    #[cfg(feature = "lazy-data")]
    return LOADED.get();
    #[cfg(not(feature = "lazy-data"))]
    {
        static EMBEDDED: std::sync::OnceLock<Props> = std::sync::OnceLock::new();
        Some(EMBEDDED.get_or_init(|| Props {
            runs: runs_from_icu(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::codec::Writer;
    use icu_properties::CodePointMapData;

    fn written() -> Vec<u8> {
        let mut w = Writer::default();
        encode(&mut w);
        w.out
    }

    #[test]
    fn the_file_gives_icu4x_answers_for_every_scalar_value() {
        let bytes = written();
        let mut r = Reader::new(&bytes, 0);
        let Some(props) = Props::decode(&mut r) else {
            panic!("our own encoding does not decode");
        };
        assert!(r.at_end());
        let bidi = CodePointMapData::<BidiClass>::new();
        let joining = CodePointMapData::<JoiningType>::new();
        let mut checked = 0;
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            assert_eq!(
                props.get(c),
                (bidi.get(c), joining.get(c)),
                "{:X}",
                u32::from(c)
            );
            checked += 1;
        }
        assert_eq!(checked, 1_112_064);
        // Spot checks against the Unicode data files themselves.
        assert_eq!(props.get('\u{5D0}').0, BidiClass::RightToLeft); // HEBREW LETTER ALEF
        assert_eq!(props.get('\u{628}').1, JoiningType::DualJoining); // ARABIC LETTER BEH
        assert_eq!(
            props.get('a'),
            (BidiClass::LeftToRight, JoiningType::NonJoining)
        );
    }

    #[test]
    fn malformed_runs_are_refused() {
        let bytes = written();
        let decodes = |b: &[u8]| Props::decode(&mut Reader::new(b, 0)).is_some();
        assert!(decodes(&bytes));
        // Truncated, an empty table, a first run not at 0, a run past U+10FFFF, an unknown
        // value.
        assert!(!decodes(&bytes[..bytes.len() - 1]));
        assert!(!decodes(&[0]));
        assert!(!decodes(&[1, 5, 0]));
        assert!(!decodes(&[2, 0, 0, 0xFF, 0xFF, 0x44, 0]));
        assert!(!decodes(&[1, 0, 23 << 3]));
        assert!(!decodes(&[1, 0, 6]));
        assert!(decodes(&[1, 0, 0]));
    }
}
