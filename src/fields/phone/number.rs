//! What a parsed number is: its region among those sharing the calling code, validity,
//! line type, and its E.164, national and international renderings.

use super::matcher;
use super::meta::{self, Desc, Fmt, Kind, Meta, NONE};
use super::parse::Parsed;
use super::NumberType;
use crate::text_out::{dec, fill};

/// A number's region metadata (libphonenumber's `getRegionCodeForNumber`): the only region
/// of its calling code, or the first whose leading digits (or, without them, whose number
/// patterns) fit the number.
pub(super) fn region_of(p: &Parsed) -> Option<&'static Meta> {
    let mut regions = meta::calling_code(p.cc).peekable();
    let first = regions.next()?;
    if regions.peek().is_none() {
        return Some(first);
    }
    std::iter::once(first).chain(regions).find(|m| {
        if m.leading != NONE {
            matcher::starts(m.leading, &p.nsn)
        } else {
            type_in(&p.nsn, m) != NumberType::Unknown
        }
    })
}

fn matches_desc(nsn: &str, d: &Desc) -> bool {
    let n = nsn.len();
    if d.len != 0 && (n >= 32 || d.len >> n & 1 == 0) {
        return false;
    }
    matcher::full(d.pat, nsn)
}

/// The line type of `nsn` in region `m` (libphonenumber's `getNumberTypeHelper`).
pub(super) fn type_in(nsn: &str, m: &Meta) -> NumberType {
    if !matches_desc(nsn, m.desc(Kind::General)) {
        return NumberType::Unknown;
    }
    for (kind, t) in [
        (Kind::PremiumRate, NumberType::PremiumRate),
        (Kind::TollFree, NumberType::TollFree),
        (Kind::SharedCost, NumberType::SharedCost),
        (Kind::Voip, NumberType::Voip),
        (Kind::PersonalNumber, NumberType::PersonalNumber),
        (Kind::Pager, NumberType::Pager),
        (Kind::Uan, NumberType::Uan),
        (Kind::Voicemail, NumberType::Voicemail),
    ] {
        if matches_desc(nsn, m.desc(kind)) {
            return t;
        }
    }
    if matches_desc(nsn, m.desc(Kind::FixedLine)) {
        if m.same_mobile_fixed || matches_desc(nsn, m.desc(Kind::Mobile)) {
            return NumberType::FixedLineOrMobile;
        }
        return NumberType::FixedLine;
    }
    if !m.same_mobile_fixed && matches_desc(nsn, m.desc(Kind::Mobile)) {
        return NumberType::Mobile;
    }
    NumberType::Unknown
}

/// The decimal digits of `n` (ASCII), written into the end of `buf`: a calling code spelled
/// out without `format!`, which costs more than the number on a per-phone path.
pub(super) fn decimal(n: u32, buf: &mut [u8; 10]) -> &[u8] {
    // u32::MAX has 10 digits.
    let (mut n, mut start) = (n, buf.len());
    loop {
        start -= 1;
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[start..]
}

/// `+`, calling code, national significant number.
pub(super) fn e164(p: &Parsed) -> String {
    let mut buf = [0u8; 10];
    let cc = decimal(p.cc, &mut buf);
    let mut out = String::with_capacity(1 + cc.len() + p.nsn.len());
    out.push('+');
    out.extend(cc.iter().map(|&d| char::from(d)));
    out.push_str(&p.nsn);
    out
}

/// National (`international == false`) or international display format, with the
/// extension, using the calling code's main region's formats as libphonenumber does.
pub(super) fn display(p: &Parsed, international: bool) -> String {
    let Some(m) = meta::main_for(p.cc) else {
        return p.nsn.clone();
    };
    let formats = if international && !m.intl.is_empty() {
        m.intl
    } else {
        m.formats
    };
    let mut out = match choose(formats, &p.nsn) {
        Some(f) => apply(f, &p.nsn, !international),
        None => p.nsn.clone(),
    };
    if !p.ext.is_empty() {
        out.push_str(m.ext_prefix);
        out.push_str(&p.ext);
    }
    if international {
        out = fill("+{} {}", &[&dec(u64::from(p.cc)), &out]);
    }
    out
}

fn choose<'f>(formats: &'f [Fmt], nsn: &str) -> Option<&'f Fmt> {
    formats
        .iter()
        .find(|f| (f.lead() == NONE || matcher::starts(f.lead(), nsn)) && matcher::full(f.pat, nsn))
}

fn apply(f: &Fmt, nsn: &str, national: bool) -> String {
    let rule = match f.fmt.find('\\') {
        Some(i) if national && !f.np_rule.is_empty() && f.fmt.len() >= i + 2 => {
            // The national prefix rule replaces the first group reference (`\1` in it
            // standing for that reference).
            let first = &f.fmt[i..i + 2];
            fill(
                "{}{}{}",
                &[
                    &f.fmt[..i],
                    &f.np_rule.replace("\\1", first),
                    &f.fmt[i + 2..],
                ],
            )
        }
        _ => f.fmt.to_owned(),
    };
    matcher::replace(f.pat, nsn, &rule, usize::MAX).unwrap_or_else(|| nsn.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(cc: u32, nsn: &str, ext: &str) -> Parsed {
        Parsed {
            cc,
            nsn: nsn.into(),
            ext: ext.into(),
        }
    }

    #[test]
    fn regions_types_and_formats() {
        let us = p(1, "2024561111", "");
        assert_eq!(region_of(&us).map(|m| m.id), Some("US"));
        assert_eq!(display(&us, false), "(202) 456-1111");
        assert_eq!(display(&us, true), "+1 202-456-1111");
        let ca = p(1, "6135550123", "");
        assert_eq!(region_of(&ca).map(|m| m.id), Some("CA"));
        let de = p(49, "15123456789", "");
        let m = region_of(&de).unwrap();
        assert_eq!(type_in(&de.nsn, m), NumberType::Mobile);
        assert_eq!(display(&de, false), "01512 3456789");
        assert_eq!(display(&de, true), "+49 1512 3456789");
        let gb = p(44, "2071838750", "12");
        assert_eq!(display(&gb, false), "020 7183 8750 x12");
        assert_eq!(e164(&gb), "+442071838750");
        assert!(region_of(&p(999, "1234", "")).is_none());
        assert_eq!(display(&p(999, "1234", ""), true), "1234");
    }
}
