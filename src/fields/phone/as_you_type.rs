//! Formatting a number while it is typed, with the behaviour of libphonenumber's
//! `AsYouTypeFormatter` over our metadata and matcher.
//!
//! The reference formats one keystroke at a time and keeps state between them; a form sends
//! us the whole field instead. [`Typist`] replays the typed characters one by one through
//! the same decisions, so the answer for the whole text is the reference's answer after its
//! last keystroke:
//!
//! - up to two characters are shown as typed;
//! - at the third, a leading `+` or international (IDD) prefix makes the number
//!   international: the calling code is read as soon as it is complete (`+44 `, `011 44 `) and
//!   the code's main region's formats apply; otherwise a national prefix is split off (`0`,
//!   NANPA's `1`), which makes the number complete too;
//! - from three national digits on, the candidate formats are those of the metadata that fit
//!   what was typed (national prefix or not, international or not, only digits and
//!   punctuation in the format), narrowed by their leading-digits patterns, the n-th
//!   pattern for n + 3 digits; a format matching the whole national number is used
//!   at once, otherwise the first candidate's template (the format applied to the longest
//!   run of 9s its pattern takes, digits replaced by holes) is filled digit by digit;
//! - when no candidate is left or the digits overflow the only template, formatting stops
//!   and the text is shown as typed; each later keystroke tries again after a longer
//!   international or national prefix.
//!
//! The quirks of the reference's state (a national prefix kept after a longer one was found,
//! the space flag a whole-number match leaves behind) are part of its answers, so they are
//! kept here too; the vectors (`tests/as_you_type.rs`) hold every keystroke to it.

use super::matcher;
use super::meta::{self, Fmt, Meta, NONE};
use super::parse::{digit_value, is_punctuation, split_calling_code};

/// A position of a template where a digit not typed yet goes.
const HOLE: char = '\u{2008}';
/// National digits typed before any format is looked for.
const MIN_LEADING: usize = 3;
/// Templates are a format applied to the longest match of its pattern in these 9s.
const NINES: &str = "999999999999999";

/// What the text of a field is made of, as the formatter reads it.
pub(super) enum Keys {
    /// The digits (value, character as typed) after an optional leading `+`.
    Number { plus: bool, digits: Vec<(u8, char)> },
    /// A leading fullwidth `＋`: the reference never formats after it.
    FullwidthPlus(String),
    /// A character the reference does not format (a letter, `*`, `#`, a `+` after the start,
    /// a bidi mark…): it stops formatting and shows the text as typed.
    Other,
}

/// Reads a field's text: digits of any script and one leading `+`; the punctuation and
/// spaces a formatted number holds (ours included) are left out, so text we formatted reads
/// back as the digits that were typed.
pub(super) fn keys(text: &str) -> Keys {
    let mut plus = None;
    let mut digits = Vec::new();
    for c in text.chars() {
        if let Some(d) = digit_value(c) {
            digits.push((b'0' + d, c));
        } else if (c == '+' || c == '\u{FF0B}') && plus.is_none() && digits.is_empty() {
            plus = Some(c);
        } else if !(c.is_whitespace() || (is_punctuation(c) && !matches!(c, 'x' | 'X'))) {
            return Keys::Other;
        }
    }
    match plus {
        Some('\u{FF0B}') => Keys::FullwidthPlus(
            std::iter::once('\u{FF0B}')
                .chain(digits.iter().map(|d| d.1))
                .collect(),
        ),
        plus => Keys::Number {
            plus: plus.is_some(),
            digits,
        },
    }
}

/// The formatter's state after each typed character.
pub(super) struct Typist {
    /// The default region's code (upper case; empty for none): a calling code whose main
    /// region it is keeps the current metadata.
    home: &'static str,
    /// The metadata formats come from: the default region's calling code's main region,
    /// then the typed calling code's; `None` formats nothing.
    meta: Option<&'static Meta>,
    /// The default region's data file is not loaded (`lazy-data`): reading its metadata
    /// makes the answer `data_not_loaded`.
    home_unloaded: bool,
    /// A data file needed and not loaded: the answer is `data_not_loaded` for it.
    pub(super) missing: Option<String>,
    /// Every character as typed.
    typed: String,
    /// `+` and the digits typed, in ASCII.
    dialled: String,
    /// The digits after what `lead_in` shows.
    national: String,
    /// What precedes the national number, formatted: `+44 `, `011 44 `, `0`, `1 `.
    lead_in: String,
    /// The national prefix split off (digits), or empty.
    trunk: String,
    /// Formats still possible, metadata order.
    candidates: Vec<&'static Fmt>,
    /// The template being filled ([`HOLE`]s for digits to come).
    template: Vec<char>,
    /// The pattern of the format the template comes from.
    pattern: Option<u32>,
    /// Formatting has not stopped.
    formatting: bool,
    /// The whole number is being typed (an international or a national prefix was seen).
    complete: bool,
    /// A `+` or IDD was read; the calling code is not complete yet.
    want_cc: bool,
    /// A space goes between a national prefix and the number (the format's rule says so).
    spaced_trunk: bool,
    /// What the field shows after the last character.
    pub(super) shown: String,
}

impl Typist {
    /// A formatter for numbers typed in the region `home` (its calling code's main region's
    /// metadata `meta`; `home_unloaded` when that region's file is not loaded).
    pub(super) fn new(
        home: &'static str,
        meta: Option<&'static Meta>,
        home_unloaded: bool,
    ) -> Self {
        Typist {
            home,
            meta,
            home_unloaded,
            missing: None,
            typed: String::new(),
            dialled: String::new(),
            national: String::new(),
            lead_in: String::new(),
            trunk: String::new(),
            candidates: Vec::new(),
            template: Vec::new(),
            pattern: None,
            formatting: true,
            complete: false,
            want_cc: false,
            spaced_trunk: false,
            shown: String::new(),
        }
    }

    /// What the field shows, never losing or adding a digit: should the reference's state
    /// ever show other digits than those typed (it can, after a second national prefix is
    /// split off), the digits as typed instead. Never seen in the vectors or in 1.2 million
    /// fuzzed keystrokes, and what keeps an answer reading back to itself.
    pub(super) fn answer(self) -> String {
        let shown: String = self
            .shown
            .chars()
            .filter_map(|c| match c {
                '+' => Some('+'),
                c => digit_value(c).map(|d| char::from(b'0' + d)),
            })
            .collect();
        if shown == self.dialled {
            self.shown
        } else {
            self.typed
        }
    }

    /// The current metadata, noting the default region's file as missing if it is needed
    /// and not loaded.
    fn meta(&mut self) -> Option<&'static Meta> {
        if self.home_unloaded && self.missing.is_none() {
            self.missing = Some(self.home.to_owned());
        }
        self.meta
    }

    /// Types a leading `+`.
    pub(super) fn plus(&mut self) {
        self.typed.push('+');
        self.dialled.push('+');
        self.shown = self.step(None);
    }

    /// Types a digit (`ascii` its value as an ASCII digit, `raw` as typed).
    pub(super) fn digit(&mut self, ascii: u8, raw: char) {
        let d = char::from(ascii);
        self.typed.push(raw);
        self.dialled.push(d);
        self.national.push(d);
        self.shown = self.step(Some(d));
    }

    fn step(&mut self, digit: Option<char>) -> String {
        if !self.formatting {
            return self.resume();
        }
        match self.dialled.len() {
            0..=2 => return self.typed.clone(),
            3 => {
                if self.take_idd() {
                    self.want_cc = true;
                } else {
                    self.trunk = self.take_trunk();
                    return self.choose();
                }
            }
            _ => {}
        }
        if self.want_cc {
            if self.take_cc() {
                self.want_cc = false;
            }
            return crate::text_out::fill("{}{}", &[&self.lead_in, &self.national]);
        }
        if self.candidates.is_empty() {
            return self.choose();
        }
        let placed = digit.and_then(|d| self.place(d));
        if let Some(out) = self.whole_match() {
            return out;
        }
        self.narrow();
        if self.pick_template() {
            return self.replay();
        }
        if self.formatting {
            self.join(placed.as_deref().unwrap_or(&self.typed))
        } else {
            self.typed.clone()
        }
    }

    /// After formatting stopped: try again past an international prefix and calling code,
    /// or past a longer national prefix; else show the text as typed.
    fn resume(&mut self) -> String {
        if self.take_idd() {
            if self.take_cc() {
                return self.restart();
            }
        } else if self.longer_trunk() {
            // Set apart from the number, whatever the format says.
            self.lead_in.push(' ');
            return self.restart();
        }
        self.typed.clone()
    }

    /// Splits a leading `+` or the metadata's international prefix off into `lead_in`.
    fn take_idd(&mut self) -> bool {
        let plus = self.dialled.starts_with('+');
        let end = if plus {
            Some(1)
        } else {
            match self.meta() {
                None => None,
                // Without an international prefix the reference's pattern (`\+|`) matches
                // the empty string.
                Some(m) if m.idd == NONE => Some(0),
                Some(m) => matcher::prefix(m.idd, &self.dialled).map(|c| c.end()),
            }
        };
        let Some(end) = end.filter(|e| *e <= self.dialled.len()) else {
            return false;
        };
        self.complete = true;
        self.national = self.dialled[end..].to_owned();
        self.lead_in = self.dialled[..end].to_owned();
        if !plus {
            self.lead_in.push(' ');
        }
        true
    }

    /// Reads a calling code off the national digits into `lead_in` and switches to its
    /// metadata.
    fn take_cc(&mut self) -> bool {
        let Some((cc, rest)) = split_calling_code(&self.national) else {
            return false;
        };
        let rest = rest.to_owned();
        if meta::main_region_code(cc).is_some_and(|code| code == self.home) {
            // The default region's own calling code: its metadata stays.
            let _ = self.meta();
        } else {
            self.meta = meta::main_for(cc);
            self.home_unloaded = false;
            if self.meta.is_none() && self.missing.is_none() {
                self.missing = Some(
                    super::store::file_for_cc(cc).unwrap_or_else(|| super::store::cc_file(cc)),
                );
            }
        }
        self.national = rest;
        crate::text_out::push_uint(&mut self.lead_in, u64::from(cc), crate::text_out::DEC, 1);
        self.lead_in.push(' ');
        self.trunk.clear();
        true
    }

    /// Splits a national prefix off the national digits into `lead_in` (NANPA's `1` before
    /// 2–9, else what the metadata's national-prefix pattern takes); answers it.
    fn take_trunk(&mut self) -> String {
        let meta = self.meta();
        let b = self.national.as_bytes();
        let nanpa = meta.is_some_and(|m| m.cc == 1)
            && b.first() == Some(&b'1')
            && b.get(1).is_some_and(|d| !matches!(d, b'0' | b'1'));
        let mut start = 0;
        if nanpa {
            start = 1;
            self.lead_in.push_str("1 ");
            self.complete = true;
        } else if let Some(m) = meta.filter(|m| m.np_parse != NONE) {
            let end = matcher::prefix(m.np_parse, &self.national).map_or(0, |c| c.end());
            if end > 0 && end <= self.national.len() {
                self.complete = true;
                start = end;
                self.lead_in.push_str(&self.national[..end]);
            }
        }
        let rest = self.national.split_off(start);
        std::mem::replace(&mut self.national, rest)
    }

    /// Puts the national prefix back and splits one off again: whether it differs from the
    /// one split off before (which stays recorded, as in the reference).
    fn longer_trunk(&mut self) -> bool {
        if !self.trunk.is_empty() {
            self.national.insert_str(0, &self.trunk);
            match self.lead_in.rfind(self.trunk.as_str()) {
                Some(i) => self.lead_in.truncate(i),
                None => {
                    self.lead_in.pop();
                }
            }
        }
        let taken = self.take_trunk();
        taken != self.trunk
    }

    /// Starts choosing a format afresh (after a prefix was split off).
    fn restart(&mut self) -> String {
        self.formatting = true;
        self.want_cc = false;
        self.candidates.clear();
        self.template.clear();
        self.pattern = None;
        self.choose()
    }

    /// Looks for formats once three national digits are typed, and formats with them.
    fn choose(&mut self) -> String {
        if self.national.len() < MIN_LEADING {
            return self.join(&self.national);
        }
        self.collect();
        self.narrow();
        if let Some(out) = self.whole_match() {
            return out;
        }
        if self.pick_template() {
            self.replay()
        } else {
            self.typed.clone()
        }
    }

    /// Adds the metadata's formats that fit what was typed to the candidates.
    fn collect(&mut self) {
        let Some(m) = self.meta() else {
            return;
        };
        let international = self.complete && self.trunk.is_empty();
        let list = if international && !m.intl.is_empty() {
            m.intl
        } else {
            m.formats
        };
        for f in list {
            let bare = first_group_only(f.np_rule);
            let fits = if !self.trunk.is_empty() {
                // After a national prefix: formats that write one (or may), or whose
                // "prefix" may be a carrier code.
                !bare || f.np_optional || f.carrier_rule
            } else if !self.complete {
                // A national number without its prefix: formats that need none.
                bare || f.np_optional
            } else {
                true
            };
            if fits && eligible(f.fmt) {
                self.candidates.push(f);
            }
        }
    }

    /// Keeps the candidates whose leading-digits pattern for this many digits fits.
    fn narrow(&mut self) {
        let national = &self.national;
        let back = national.len() as isize - MIN_LEADING as isize;
        self.candidates.retain(|f| {
            let n = f.leads.len() as isize;
            if n == 0 {
                return true;
            }
            // The reference indexes its list with min(back, n - 1), negative from the end.
            let i = back.min(n - 1);
            let i = if i < 0 { n + i } else { i };
            usize::try_from(i)
                .ok()
                .and_then(|i| f.leads.get(i))
                .is_some_and(|p| matcher::starts(*p, national))
        });
    }

    /// The national number formatted by the first candidate whose pattern matches all of
    /// it, if that keeps exactly the digits typed.
    fn whole_match(&mut self) -> Option<String> {
        for i in 0..self.candidates.len() {
            let f = self.candidates[i];
            if !matcher::full(f.pat, &self.national) {
                continue;
            }
            self.spaced_trunk = spaced(f.np_rule);
            let Some(formatted) = matcher::replace(f.pat, &self.national, f.fmt, usize::MAX) else {
                continue;
            };
            let out = self.join(&formatted);
            let diallable: String = out
                .chars()
                .filter(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '#'))
                .collect();
            if diallable == self.dialled {
                return Some(out);
            }
        }
        None
    }

    /// Makes the first candidate's template current (dropping candidates too short for
    /// what was typed); false if it already is, or if none is left (formatting stops).
    fn pick_template(&mut self) -> bool {
        while let Some(f) = self.candidates.first().copied() {
            if self.pattern == Some(f.pat) {
                return false;
            }
            if let Some(t) = template(f, self.national.len()) {
                self.template = t;
                self.pattern = Some(f.pat);
                self.spaced_trunk = spaced(f.np_rule);
                return true;
            }
            self.candidates.remove(0);
        }
        self.formatting = false;
        false
    }

    /// Puts `d` in the template's first hole: the template up to it, or `None` when the
    /// template is full (formatting stops if it was the only candidate).
    fn place(&mut self, d: char) -> Option<String> {
        if let Some(i) = self.template.iter().position(|c| *c == HOLE) {
            self.template[i] = d;
            return Some(self.template[..=i].iter().collect());
        }
        if self.candidates.len() == 1 {
            self.formatting = false;
        }
        self.pattern = None;
        None
    }

    /// Fills a new template with the national digits typed so far.
    fn replay(&mut self) -> String {
        if self.national.is_empty() {
            return self.lead_in.clone();
        }
        let digits: Vec<char> = self.national.chars().collect();
        let mut last = None;
        for d in digits {
            last = self.place(d);
        }
        if self.formatting {
            self.join(last.as_deref().unwrap_or(&self.typed))
        } else {
            self.typed.clone()
        }
    }

    /// `lead_in` then `national`, a space between a national prefix and the number when
    /// the format asks for one.
    fn join(&self, national: &str) -> String {
        let space = self.spaced_trunk && !self.lead_in.is_empty() && !self.lead_in.ends_with(' ');
        crate::text_out::fill(
            "{}{}{}",
            &[&self.lead_in, if space { " " } else { "" }, national],
        )
    }
}

/// The template of format `f` for `typed` national digits: the format applied to the
/// longest run of 9s its pattern matches (at most 15), 9s turned into holes; `None` if that
/// run is shorter than what was typed, or if the pattern matches no run of 9s (the
/// reference fails there; one format of JP's, for 16 or 17 digits).
fn template(f: &Fmt, typed: usize) -> Option<Vec<char>> {
    let (start, end) = matcher::find(f.pat, NINES)?;
    let sample = NINES.get(start..end)?;
    if sample.len() < typed {
        return None;
    }
    let out = matcher::replace(f.pat, sample, f.fmt, usize::MAX)?;
    Some(
        out.chars()
            .map(|c| if c == '9' { HOLE } else { c })
            .collect(),
    )
}

/// Whether a national prefix formatting rule writes the first group alone (`\1`, `(\1)`):
/// no national prefix in it. No rule counts as one.
fn first_group_only(rule: &str) -> bool {
    let r = rule.strip_prefix('(').unwrap_or(rule);
    rule.is_empty() || r.strip_suffix(')').unwrap_or(r) == "\\1"
}

/// Whether a national prefix formatting rule separates the prefix (`-` or space).
fn spaced(rule: &str) -> bool {
    rule.contains(['-', ' '])
}

/// Whether a format holds only group references (`\1` first) and punctuation, so
/// formatting as you type can use it.
fn eligible(fmt: &str) -> bool {
    let punct = |c: char| is_punctuation(c) && c != 'X';
    let Some(mut rest) = fmt.trim_start_matches(punct).strip_prefix("\\1") else {
        return false;
    };
    loop {
        rest = rest.trim_start_matches(punct);
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (None, _) => return true,
            (Some('\\'), Some(d)) if digit_value(d).is_some() => rest = chars.as_str(),
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str, region: &'static str) -> String {
        let home = meta::region(region).and_then(|m| meta::main_for(u32::from(m.cc)));
        let mut t = Typist::new(region, home, false);
        for c in text.chars() {
            match c {
                '+' => t.plus(),
                c => t.digit(c as u8, c),
            }
        }
        t.shown
    }

    #[test]
    fn national_international_and_idd() {
        assert_eq!(typed("02071838750", "GB"), "020 7183 8750");
        assert_eq!(typed("0207", "GB"), "020 7");
        assert_eq!(typed("+12024561111", "GB"), "+1 202-456-1111");
        assert_eq!(typed("+44", "US"), "+44 ");
        assert_eq!(typed("0114420", "US"), "011 44 20");
        assert_eq!(typed("12024561111", "US"), "1 (202) 456-1111");
        assert_eq!(typed("2024561111", "US"), "(202) 456-1111");
        // One digit too many: the reference stops formatting.
        assert_eq!(typed("20245611112", "US"), "20245611112");
    }

    #[test]
    fn an_answer_keeps_the_digits_typed() {
        let mut t = Typist::new("GB", meta::region("GB"), false);
        for c in "0207".chars() {
            t.digit(c as u8, c);
        }
        assert_eq!(t.shown, "020 7");
        // A state showing other digits than were typed answers the digits as typed.
        t.shown = "020 77".to_owned();
        assert_eq!(t.answer(), "0207");
    }

    #[test]
    fn format_rules() {
        assert!(first_group_only("") && first_group_only("\\1") && first_group_only("(\\1)"));
        assert!(!first_group_only("0\\1") && !first_group_only("8 (\\1)"));
        assert!(spaced("0 \\1") && spaced("(0-\\1)") && !spaced("0\\1"));
        assert!(eligible("\\1 \\2-\\3") && eligible("(\\1) \\2"));
        assert!(!eligible("\\2 \\1") && !eligible("*\\1") && !eligible("NA") && !eligible(""));
    }

    #[test]
    fn keys_of_a_field() {
        let Keys::Number { plus, digits } = keys(" +44 (20) 7183-8750 ") else {
            panic!("a number");
        };
        assert!(plus);
        assert_eq!(digits.len(), 12);
        assert!(matches!(keys("1-800-FLOWERS"), Keys::Other));
        assert!(matches!(keys("12+3"), Keys::Other));
        assert!(matches!(keys("12 x3"), Keys::Other));
        assert!(matches!(keys("\u{200F}123"), Keys::Other));
        assert!(matches!(keys("＋１２"), Keys::FullwidthPlus(s) if s == "＋１２"));
    }
}
