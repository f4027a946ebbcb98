//! CLDR cardinal plural rules for the catalog locales, transcribed from Unicode CLDR 48.2
//! (`supplemental/plurals.json` of npm `cldr-core` 48.2.0, the release `scripts/gen_address.py`
//! pins; Unicode-3.0, THIRD_PARTY_NOTICES.md). The rule text is quoted on each variant.
//! Operands as CLDR defines them: `n` the absolute value, `i` its integer digits, `v` the
//! number of visible fraction digits; `e` (compact exponent) is always 0 here, as numbers are
//! shown in full.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// The category's CLDR keyword, the variant key a catalog uses.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// One locale's rule set (locales sharing a rule share a variant).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PluralRules {
    /// de, en, nl: one: `i = 1 and v = 0`.
    OneIfOneInteger,
    /// it: one: `i = 1 and v = 0`; many: `e = 0 and i != 0 and i % 1000000 = 0 and v = 0`.
    Italian,
    /// es: one: `n = 1`; many: `e = 0 and i != 0 and i % 1000000 = 0 and v = 0`.
    Spanish,
    /// fr, pt: one: `i = 0,1` (pt: `i = 0..1`); many: as Spanish.
    FrenchPortuguese,
    /// tr: one: `n = 1`.
    OneIfN1,
    /// ja, zh: other only.
    OtherOnly,
    /// pl: one: `i = 1 and v = 0`; few: `v = 0 and i % 10 = 2..4 and i % 100 != 12..14`;
    /// many: `v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and
    /// i % 100 = 12..14`.
    Polish,
    /// ar: zero: `n = 0`; one: `n = 1`; two: `n = 2`; few: `n % 100 = 3..10`; many:
    /// `n % 100 = 11..99`.
    Arabic,
}

/// CLDR operands of a number as written.
struct Operands {
    /// Integer digits (saturating).
    i: u64,
    /// Visible fraction digits.
    v: usize,
    /// True when every fraction digit is 0 (`n` is an integer).
    n_integer: bool,
}

fn operands(text: &str) -> Option<Operands> {
    let text = text.strip_prefix('-').unwrap_or(text);
    if text.contains(['e', 'E']) {
        // Exponent notation (a JSON number as written): its value, integer when it is one.
        let x: f64 = text.parse().ok()?;
        let whole = x.fract() == 0.0 && x < 1e18;
        return Some(Operands {
            i: x.trunc() as u64,
            v: usize::from(!whole),
            n_integer: whole,
        });
    }
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let i = int.bytes().fold(0u64, |acc, b| {
        acc.saturating_mul(10).saturating_add(u64::from(b - b'0'))
    });
    Some(Operands {
        i,
        v: frac.len(),
        n_integer: frac.bytes().all(|b| b == b'0'),
    })
}

impl PluralRules {
    /// The rules of a catalog locale by its tag (`en`, `pt-BR`…); other only for a tag it
    /// does not know.
    pub(crate) fn for_tag(tag: &str) -> PluralRules {
        match tag.split('-').next().unwrap_or("") {
            "en" | "de" | "nl" => PluralRules::OneIfOneInteger,
            "it" => PluralRules::Italian,
            "es" => PluralRules::Spanish,
            "fr" | "pt" => PluralRules::FrenchPortuguese,
            "tr" => PluralRules::OneIfN1,
            "pl" => PluralRules::Polish,
            "ar" => PluralRules::Arabic,
            _ => PluralRules::OtherOnly,
        }
    }

    /// The category of a number written as `text` (a JSON number); other when it is not one.
    pub(crate) fn category(self, text: &str) -> Category {
        let Some(Operands { i, v, n_integer }) = operands(text) else {
            return Category::Other;
        };
        let million = v == 0 && i != 0 && i % 1_000_000 == 0;
        let n_is = |k: u64| n_integer && i == k;
        match self {
            PluralRules::OneIfOneInteger if i == 1 && v == 0 => Category::One,
            PluralRules::Italian if i == 1 && v == 0 => Category::One,
            PluralRules::Italian if million => Category::Many,
            PluralRules::Spanish if n_is(1) => Category::One,
            PluralRules::Spanish if million => Category::Many,
            PluralRules::FrenchPortuguese if i <= 1 => Category::One,
            PluralRules::FrenchPortuguese if million => Category::Many,
            PluralRules::OneIfN1 if n_is(1) => Category::One,
            PluralRules::Polish if v == 0 => {
                let (m10, m100) = (i % 10, i % 100);
                if i == 1 {
                    Category::One
                } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                    Category::Few
                } else {
                    Category::Many
                }
            }
            PluralRules::Arabic if n_integer => match (i, i % 100) {
                (0, _) => Category::Zero,
                (1, _) => Category::One,
                (2, _) => Category::Two,
                (_, 3..=10) => Category::Few,
                (_, 11..=99) => Category::Many,
                _ => Category::Other,
            },
            _ => Category::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats(rules: PluralRules, numbers: &[&str]) -> Vec<&'static str> {
        numbers.iter().map(|n| rules.category(n).as_str()).collect()
    }

    // The sample numbers are CLDR's own `@integer`/`@decimal` examples for each category.
    #[test]
    fn polish_has_four_forms() {
        let pl = PluralRules::for_tag("pl");
        assert_eq!(cats(pl, &["1"]), ["one"]);
        assert!(
            cats(pl, &["2", "3", "4", "22", "23", "24", "32", "102", "1002"])
                .iter()
                .all(|c| *c == "few")
        );
        assert!(cats(
            pl,
            &["0", "5", "11", "12", "13", "14", "19", "20", "21", "25", "100", "112", "1000"]
        )
        .iter()
        .all(|c| *c == "many"));
        assert_eq!(
            cats(pl, &["0.0", "1.5", "10.0"]),
            ["other", "other", "other"]
        );
    }

    #[test]
    fn arabic_has_six_forms() {
        let ar = PluralRules::for_tag("ar");
        assert_eq!(cats(ar, &["0", "1", "2"]), ["zero", "one", "two"]);
        assert!(cats(ar, &["3", "10", "103", "110", "1003"])
            .iter()
            .all(|c| *c == "few"));
        assert!(cats(ar, &["11", "26", "99", "111", "1011"])
            .iter()
            .all(|c| *c == "many"));
        assert!(
            cats(ar, &["100", "101", "102", "200", "1000", "0.1", "1.5"])
                .iter()
                .all(|c| *c == "other")
        );
        assert_eq!(cats(ar, &["1.0", "2.00"]), ["one", "two"]);
    }

    #[test]
    fn western_european_and_cjk_rules() {
        let en = PluralRules::for_tag("en");
        assert_eq!(
            cats(en, &["1", "0", "2", "1.0"]),
            ["one", "other", "other", "other"]
        );
        let fr = PluralRules::for_tag("fr");
        assert_eq!(
            cats(fr, &["0", "1", "1.5", "2", "1000000"]),
            ["one", "one", "one", "other", "many"]
        );
        let pt = PluralRules::for_tag("pt-BR");
        assert_eq!(
            cats(pt, &["0", "1", "2", "2000000"]),
            ["one", "one", "other", "many"]
        );
        let es = PluralRules::for_tag("es");
        assert_eq!(
            cats(es, &["1", "1.0", "0", "1000000"]),
            ["one", "one", "other", "many"]
        );
        let it = PluralRules::for_tag("it");
        assert_eq!(cats(it, &["1", "1.0", "1000000"]), ["one", "other", "many"]);
        let tr = PluralRules::for_tag("tr");
        assert_eq!(cats(tr, &["1", "2"]), ["one", "other"]);
        for t in ["ja", "zh-CN"] {
            assert_eq!(
                cats(PluralRules::for_tag(t), &["0", "1", "2"]),
                ["other"; 3]
            );
        }
    }

    #[test]
    fn odd_numbers_never_panic() {
        for rules in [
            PluralRules::Polish,
            PluralRules::Arabic,
            PluralRules::Spanish,
        ] {
            for n in [
                "",
                "-",
                "-1",
                "1e3",
                "1e400",
                "99999999999999999999999",
                "abc",
                "1.2.3",
                ".5",
            ] {
                let _ = rules.category(n);
            }
        }
        assert_eq!(PluralRules::Arabic.category("-1"), Category::One);
        assert_eq!(PluralRules::Polish.category("1e3"), Category::Many);
    }
}
