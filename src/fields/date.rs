//! Calendar dates: read ISO `YYYY-MM-DD` (or an already-normalized `DD/MM/YYYY`), check the
//! day exists, and render in the format a provider wants.
//!
//! ```
//! use customer_validate::fields::date::{self, Date};
//! let d = date::parse(" 1990-02-28 ").unwrap();
//! assert_eq!(d, Date { year: 1990, month: 2, day: 28 });
//! assert_eq!(d.dd_mm_yyyy(), "28/02/1990");
//! assert_eq!(date::parse("28/02/1990").unwrap(), d);
//! ```

use crate::issue::{Code, Issue};
use serde::Serialize;

/// A proleptic Gregorian calendar date.
///
/// ```
/// use customer_validate::fields::date::Date;
/// assert_eq!(Date { year: 2000, month: 1, day: 9 }.iso(), "2000-01-09");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// 1–12.
    pub month: u8,
    /// 1–31, valid for the month.
    pub day: u8,
}

/// Each `(number, width)` zero-padded, joined by `sep` (`format!("{:04}-{:02}-{:02}")`).
fn joined(parts: &[(u64, usize)], sep: char) -> String {
    let mut out = String::with_capacity(10);
    for (i, &(n, width)) in parts.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        crate::text_out::push_uint(&mut out, n, crate::text_out::DEC, width);
    }
    out
}

impl Date {
    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        joined(
            &[
                (self.year.into(), 4),
                (self.month.into(), 2),
                (self.day.into(), 2),
            ],
            '-',
        )
    }

    /// `DD/MM/YYYY` (Rapyd).
    pub fn dd_mm_yyyy(&self) -> String {
        joined(
            &[
                (self.day.into(), 2),
                (self.month.into(), 2),
                (self.year.into(), 4),
            ],
            '/',
        )
    }

    /// Days since 1970-01-01 (negative before), for comparisons with a clock.
    ///
    /// ```
    /// use customer_validate::fields::date::Date;
    /// assert_eq!(Date { year: 1970, month: 1, day: 2 }.days_since_epoch(), 1);
    /// ```
    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

fn number(s: &str, len: usize) -> Option<u16> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    crate::int::unsigned(s)
}

/// Parses `YYYY-MM-DD` or `DD/MM/YYYY` (surrounding whitespace trimmed); any other form, or a
/// day that does not exist, is [`Code::DateInvalid`] with the expected format in `params`.
///
/// ```
/// use customer_validate::fields::date;
/// use customer_validate::Code;
/// assert_eq!(date::parse("2023-02-29").unwrap_err().code, Code::DateInvalid);
/// assert!(date::parse("2024-02-29").is_ok());
/// assert!(date::parse("02/28/1990").is_err()); // month 28 does not exist
/// ```
pub fn parse(input: &str) -> Result<Date, Issue> {
    let invalid = || {
        Issue::new(
            Code::DateInvalid,
            "Date must be a real day written YYYY-MM-DD",
        )
        .param("format", "YYYY-MM-DD")
    };
    let t = input.trim();
    if t.len() != 10 {
        return Err(invalid());
    }
    let parts: Vec<&str> = if t.as_bytes()[4] == b'-' {
        t.split('-').collect()
    } else {
        let mut p: Vec<&str> = t.split('/').collect();
        p.reverse();
        p
    };
    let [y, m, d] = parts.as_slice() else {
        return Err(invalid());
    };
    let (Some(year), Some(month), Some(day)) = (number(y, 4), number(m, 2), number(d, 2)) else {
        return Err(invalid());
    };
    let (month, day) = (month as u8, day as u8);
    if year == 0 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Err(invalid());
    }
    Ok(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_malformed() {
        for s in [
            "",
            "1990-2-28",
            "1990/02/28",
            "28-02-1990",
            "1990-13-01",
            "1990-00-10",
            "0000-01-01",
            "1990-02-30",
            "19900228",
            "1990-02-2８",
            "é990-02-28",
        ] {
            assert!(parse(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn round_trips_both_forms() {
        let d = parse("2000-02-29").unwrap();
        assert_eq!(parse(&d.dd_mm_yyyy()).unwrap(), d);
        assert_eq!(parse(&d.iso()).unwrap(), d);
    }

    #[test]
    fn epoch_days() {
        assert_eq!(
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
            .days_since_epoch(),
            0
        );
        assert_eq!(
            Date {
                year: 2000,
                month: 3,
                day: 1
            }
            .days_since_epoch(),
            11_017
        );
        assert_eq!(
            Date {
                year: 1969,
                month: 12,
                day: 31
            }
            .days_since_epoch(),
            -1
        );
    }
}
