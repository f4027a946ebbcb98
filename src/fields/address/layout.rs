//! Address layouts: how a country's address form is laid out, from Google's address data
//! (the format's lines, required and upper-case fields, the label kind of each field, postal
//! examples and prefix, the subdivisions for a dropdown).
//!
//! The layout string of each country is generated beside its rules (`LAYOUTS` in
//! `address_data.rs`, by `scripts/gen_address.py`'s `layout_entry`) and travels in the
//! country's data file with them, so a browser pays for a layout only with its country.

use super::{country_rules, Rules};
use crate::issue::Issue;
use serde::Serialize;

/// Fields of a layout string (`LINES;LATIN_LINES;REQUIRED;UPPER;STATE;POSTAL;CITY;DISTRICT;
/// EXAMPLES;NAMES`).
pub(super) const PARTS: usize = 10;

/// Whether `text` reads as a layout string.
pub(super) fn valid(text: &str) -> bool {
    text.split(';').count() == PARTS
}

/// A field of an address form, as layouts name them.
///
/// `Street` stands for the street lines (`line_1`, `line_2`).
///
/// ```
/// use customer_validate::fields::address::AddressField;
/// assert_eq!(serde_json::to_value(AddressField::PostalCode).unwrap(), "postal_code");
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AddressField {
    /// The recipient's name (Google's `N`).
    Name,
    /// Organization (`O`).
    Organization,
    /// The street lines, `line_1` and `line_2` (`A`).
    Street,
    /// Dependent locality: district, suburb, neighbourhood (`D`).
    District,
    /// City, post town (`C`).
    City,
    /// State, province, prefecture… (`S`).
    State,
    /// Postal code (`Z`).
    PostalCode,
    /// Sorting code, as France's CEDEX (`X`).
    SortingCode,
}

impl AddressField {
    /// The field of one of Google's format letters.
    fn from_letter(letter: char) -> Option<Self> {
        Some(match letter {
            'N' => Self::Name,
            'O' => Self::Organization,
            'A' => Self::Street,
            'D' => Self::District,
            'C' => Self::City,
            'S' => Self::State,
            'Z' => Self::PostalCode,
            'X' => Self::SortingCode,
            _ => return None,
        })
    }

    /// Every field of `letters`, in their order.
    fn all_of(letters: &str) -> Vec<Self> {
        letters.chars().filter_map(Self::from_letter).collect()
    }

    /// The name serde writes (`rename_all = "snake_case"`).
    fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Organization => "organization",
            Self::Street => "street",
            Self::District => "district",
            Self::City => "city",
            Self::State => "state",
            Self::PostalCode => "postal_code",
            Self::SortingCode => "sorting_code",
        }
    }
}

impl crate::json_text::WriteJson for AddressField {
    fn write_json(&self, out: &mut String) {
        crate::json_text::write::string(out, self.as_str());
    }
}

/// Declares a label-kind enum read from the layout string's words.
macro_rules! label_kind {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $word:literal,)* }) => {
        $(#[$doc])*
        #[cfg_attr(test, derive(ts_rs::TS))]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $(#[doc = concat!("`", $word, "`")] $variant,)*
        }

        impl $name {
            fn from_word(word: &str) -> Option<Self> {
                match word {
                    $($word => Some(Self::$variant),)*
                    _ => None,
                }
            }
        }

        /// The word serde writes (each word is its variant's snake_case name).
        impl crate::json_text::WriteJson for $name {
            fn write_json(&self, out: &mut String) {
                let word = match self {
                    $(Self::$variant => $word,)*
                };
                crate::json_text::write::string(out, word);
            }
        }
    };
}

label_kind! {
    /// What a country calls its first-level subdivisions.
    ///
    /// ```
    /// use customer_validate::fields::address::{format, StateLabel};
        /// assert_eq!(format("JP").unwrap().labels.state, StateLabel::Prefecture);
        /// ```
    StateLabel {
        Area => "area",
        County => "county",
        Department => "department",
        District => "district",
        DoSi => "do_si",
        Emirate => "emirate",
        Island => "island",
        Oblast => "oblast",
        Parish => "parish",
        Prefecture => "prefecture",
        Province => "province",
        State => "state",
    }
}

label_kind! {
    /// What a country calls its postal code.
    ///
    /// ```
    /// use customer_validate::fields::address::{format, PostalCodeLabel};
        /// assert_eq!(format("IE").unwrap().labels.postal_code, PostalCodeLabel::Eircode);
        /// ```
    PostalCodeLabel {
        Eircode => "eircode",
        Pin => "pin",
        Postal => "postal",
        Zip => "zip",
    }
}

label_kind! {
    /// What a country calls its city field.
    ///
    /// ```
    /// use customer_validate::fields::address::{format, CityLabel};
        /// assert_eq!(format("GB").unwrap().labels.city, CityLabel::PostTown);
        /// ```
    CityLabel {
        City => "city",
        District => "district",
        PostTown => "post_town",
        Suburb => "suburb",
    }
}

label_kind! {
    /// What a country calls its dependent locality (the `district` field).
    ///
    /// ```
    /// use customer_validate::fields::address::{format, DistrictLabel};
        /// assert_eq!(format("BR").unwrap().labels.district, DistrictLabel::Neighborhood);
        /// ```
    DistrictLabel {
        District => "district",
        Neighborhood => "neighborhood",
        Suburb => "suburb",
        Townland => "townland",
        VillageTownship => "village_township",
    }
}

/// The label kind of each field whose name varies by country.
///
/// ```
/// use customer_validate::fields::address::{format, PostalCodeLabel, StateLabel};
/// let labels = format("US").unwrap().labels;
/// assert_eq!((labels.state, labels.postal_code), (StateLabel::State, PostalCodeLabel::Zip));
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Labels {
    /// The `state` field's.
    pub state: StateLabel,
    /// The `postal_code` field's.
    pub postal_code: PostalCodeLabel,
    /// The `city` field's.
    pub city: CityLabel,
    /// The `district` field's.
    pub district: DistrictLabel,
}

/// A first-level subdivision, for a dropdown: the key is what the address checker writes.
///
/// ```
/// use customer_validate::fields::address::format;
/// let tokyo = format("JP").unwrap().subdivisions.into_iter().find(|s| s.key == "東京都").unwrap();
/// assert_eq!(tokyo.latin_name, Some("Tokyo"));
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Subdivision {
    /// The value to send (`CA`, `東京都`).
    pub key: &'static str,
    /// The name in the country's language (`California`, `東京都`).
    pub name: &'static str,
    /// The Latin-script name when the key is in another script (`Tokyo`).
    pub latin_name: Option<&'static str>,
}

/// How a country's address form is laid out (`customer-validate address-format`, npm
/// `addressFormat`).
///
/// ```
/// use customer_validate::fields::address::{format, AddressField::*};
/// let us = format("United States").unwrap();
/// assert_eq!(us.country, "US");
/// assert_eq!(us.lines, vec![vec![Name], vec![Organization], vec![Street], vec![City, State, PostalCode]]);
/// assert_eq!(us.required, vec![Street, City, State, PostalCode]);
/// assert_eq!(us.subdivisions[0].name, "Alabama");
/// ```
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AddressFormat {
    /// ISO alpha-2 code.
    pub country: &'static str,
    /// The fields, line by line, in the order the country writes them.
    pub lines: Vec<Vec<AddressField>>,
    /// The order for an address written in Latin letters, where the country has one apart
    /// (`JP`, `CN`, `KR`…).
    pub latin_lines: Option<Vec<Vec<AddressField>>>,
    /// Fields a complete address has (those of `lines` only).
    pub required: Vec<AddressField>,
    /// Fields written in upper case on envelopes.
    pub uppercase: Vec<AddressField>,
    /// What the country calls its fields.
    pub labels: Labels,
    /// Whether the country's addresses have a postal code.
    pub has_postal_code: bool,
    /// Valid postal codes, for a placeholder (may be empty).
    pub postal_code_examples: Vec<&'static str>,
    /// What goes before the postal code on an envelope (`AX-`), if anything.
    pub postal_code_prefix: Option<&'static str>,
    /// First-level subdivisions in the country's order (empty when it lists none).
    pub subdivisions: Vec<Subdivision>,
}

/// The text of the `Serialize` derives of `AddressFormat`, `Labels` and `Subdivision`,
/// written without serde_json (the npm kit's `addressFormat`; a test compares both).
impl crate::json_text::WriteJson for AddressFormat {
    fn write_json(&self, out: &mut String) {
        use crate::json_text::write::Object;
        let mut o = Object::new(out);
        o.member("country", self.country)
            .member("lines", &self.lines)
            .member("latin_lines", &self.latin_lines)
            .member("required", &self.required)
            .member("uppercase", &self.uppercase);
        let l = &self.labels;
        let mut labels = Object::new(o.key("labels"));
        labels
            .member("state", &l.state)
            .member("postal_code", &l.postal_code)
            .member("city", &l.city)
            .member("district", &l.district);
        labels.end();
        o.member("has_postal_code", &self.has_postal_code)
            .member("postal_code_examples", &self.postal_code_examples)
            .member("postal_code_prefix", &self.postal_code_prefix);
        let out = o.key("subdivisions");
        out.push('[');
        for (i, sub) in self.subdivisions.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let mut so = Object::new(out);
            so.member("key", sub.key)
                .member("name", sub.name)
                .member("latin_name", &sub.latin_name);
            so.end();
        }
        out.push(']');
        o.end();
    }
}

impl AddressFormat {
    /// The layout for an address written in Latin letters: `lines` become the country's
    /// Latin-script lines where it has them (`latin_lines` stays as it was).
    ///
    /// ```
    /// use customer_validate::fields::address::{format, AddressField};
    /// let jp = format("JP").unwrap().for_latin_script();
    /// assert_eq!(jp.lines[0], vec![AddressField::Name]);
    /// let us = format("US").unwrap();
    /// assert_eq!(us.clone().for_latin_script(), us);
    /// ```
    #[must_use]
    pub fn for_latin_script(mut self) -> Self {
        if let Some(latin) = &self.latin_lines {
            self.lines = latin.clone();
        }
        self
    }
}

/// The address layout of `country` (code, name or alias, as [`super::check`] reads it).
///
/// An unknown country answers `country_unknown`; with the `lazy-data` feature, a country
/// whose data file is not loaded answers `data_not_loaded` (`params.file`).
///
/// ```
/// use customer_validate::fields::address::{format, AddressField};
/// let de = format("de").unwrap();
/// assert_eq!(de.lines.last().unwrap(), &vec![AddressField::PostalCode, AddressField::City]);
/// assert_eq!(de.postal_code_examples, vec!["26133", "53225"]);
/// assert_eq!(format("Atlantis").unwrap_err().code.as_str(), "country_unknown");
/// ```
pub fn format(country: &str) -> Result<AddressFormat, Issue> {
    let rules = country_rules(country)?;
    let layout = super::entry(rules.alpha2).map_or("", |(_, _, layout)| layout);
    parse(&rules, layout).ok_or_else(|| super::no_rules(rules.alpha2))
}

fn lines(text: &str) -> Vec<Vec<AddressField>> {
    text.split('/')
        .filter(|l| !l.is_empty())
        .map(AddressField::all_of)
        .collect()
}

/// A layout from the country's rules (for the subdivisions) and its layout string.
fn parse(rules: &Rules, text: &'static str) -> Option<AddressFormat> {
    let mut p = text.split(';');
    let mut next = || p.next();
    let (main, latin, required, upper) = (next()?, next()?, next()?, next()?);
    let labels = Labels {
        state: StateLabel::from_word(next()?)?,
        postal_code: PostalCodeLabel::from_word(next()?)?,
        city: CityLabel::from_word(next()?)?,
        district: DistrictLabel::from_word(next()?)?,
    };
    let (examples, names) = (next()?, next()?);
    let lines = lines(main);
    let has_postal_code = lines
        .iter()
        .flatten()
        .any(|f| *f == AddressField::PostalCode);
    let mut names = names.split('~');
    let subdivisions = rules
        .subdivisions()
        .map(|sub| Subdivision {
            key: sub.key,
            name: names.next().filter(|n| !n.is_empty()).unwrap_or(sub.key),
            latin_name: (!sub.latin.is_empty()).then_some(sub.latin),
        })
        .collect();
    Some(AddressFormat {
        country: rules.alpha2,
        lines,
        latin_lines: (!latin.is_empty()).then(|| self::lines(latin)),
        required: AddressField::all_of(required),
        uppercase: AddressField::all_of(upper),
        labels,
        has_postal_code,
        postal_code_examples: examples.split(',').filter(|e| !e.is_empty()).collect(),
        postal_code_prefix: (!rules.postprefix.is_empty()).then_some(rules.postprefix),
        subdivisions,
    })
}

#[cfg(test)]
#[cfg(not(feature = "lazy-data"))] // the embedded tables; the data files are tested in tests/address_formats.rs
mod tests {
    use super::*;
    use AddressField::*;

    #[test]
    fn every_country_has_a_layout() {
        for code in super::super::store::countries() {
            let f = format(code).unwrap_or_else(|e| panic!("{code}: {}", e.message));
            assert_eq!(f.country, code);
            assert!(f.lines.iter().flatten().any(|x| *x == Street), "{code}");
            assert!(f
                .required
                .iter()
                .all(|r| f.lines.iter().flatten().any(|x| x == r)));
        }
    }

    #[test]
    fn layouts_follow_the_country() {
        let jp = format("JP").unwrap();
        assert_eq!(jp.lines[0], vec![PostalCode]);
        assert_eq!(jp.latin_lines.unwrap()[2], vec![Street, State]);
        let ae = format("AE").unwrap();
        assert!(!ae.has_postal_code && ae.postal_code_examples.is_empty());
        assert_eq!(ae.labels.state, StateLabel::Emirate);
        let dubai = ae
            .subdivisions
            .iter()
            .find(|s| s.latin_name == Some("Dubai"));
        assert_eq!(dubai.unwrap().name, "دبي");
        let fr = format("FR").unwrap();
        assert_eq!(fr.lines.last().unwrap(), &vec![PostalCode, City]);
        assert_eq!(fr.uppercase, vec![City, SortingCode]);
        let gf = format("GF").unwrap();
        assert_eq!(
            gf.lines.last().unwrap(),
            &vec![PostalCode, City, SortingCode]
        );
        assert_eq!(format("AX").unwrap().postal_code_prefix, Some("AX-"));
        assert!(format("DE").unwrap().subdivisions.is_empty());
    }

    #[test]
    fn bad_layout_strings_are_refused() {
        let rules = country_rules("US").unwrap();
        assert!(parse(&rules, "N/A;;A;;nowhere;zip;city;suburb;;").is_none());
        assert!(parse(&rules, "N/A;;A").is_none());
        assert!(!valid("N/A;;A"));
    }
}
