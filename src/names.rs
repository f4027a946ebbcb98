//! One way from an enum to its name and back: [`names!`](crate::names) gives a unit enum
//! its snake_case `as_str` (a `const fn`, usable in tables), `ALL`, `FromStr` (with an error
//! listing the names), `Display` and its JSON text (`json_text::WriteJson`), from one list of
//! `Variant => "name"` pairs. Serde's
//! `rename_all = "snake_case"` on the same enums writes the same names; a unit test per enum
//! checks the two agree.

/// See the module doc.
macro_rules! names {
    ($t:ty { $($v:ident => $s:expr),* $(,)? }) => {
        impl $t {
            /// The snake_case name.
            pub const fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s,)* }
            }
            /// Every value, in declaration order.
            pub const ALL: &'static [$t] = &[$(Self::$v,)*];
        }
        impl std::str::FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                const NAMES: &[&str] = &[$($s,)*];
                $crate::names::find(s, Self::ALL, NAMES, stringify!($t))
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl $crate::json_text::WriteJson for $t {
            fn write_json(&self, out: &mut String) {
                $crate::json_text::write::string(out, self.as_str());
            }
        }
    };
}
pub(crate) use names;

/// The value of `all` whose name (in `names`, the same order) is `s`, or the error listing the
/// names. Shared by every `names!` enum: the search and the message are one copy in the
/// `.wasm`, not one per enum.
pub(crate) fn find<T: Copy>(
    s: &str,
    all: &[T],
    names: &[&str],
    type_name: &str,
) -> Result<T, String> {
    names
        .iter()
        .position(|n| *n == s)
        .and_then(|i| all.get(i).copied())
        .ok_or_else(|| unknown(s, names, type_name))
}

/// The error for a name `s` that is none of `names`.
#[inline(never)]
fn unknown(s: &str, names: &[&str], type_name: &str) -> String {
    crate::text_out::fill(
        "unknown {} '{}' (expected one of: {})",
        &[&noun(type_name), s, &names.join(", ")],
    )
}

/// An enum's type name as a noun in messages: `CustomerField` → `customer field`.
pub(crate) fn noun(type_name: &str) -> String {
    let mut out = String::new();
    for (i, c) in type_name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    /// Serde's `rename_all` and `names!` write the same name for every value.
    #[test]
    fn serde_and_names_agree() {
        fn agree<T: serde::Serialize + Copy + std::fmt::Display + std::str::FromStr>(all: &[T])
        where
            <T as std::str::FromStr>::Err: std::fmt::Debug,
        {
            for v in all {
                let name = v.to_string();
                assert_eq!(serde_json::to_value(v).unwrap(), name.as_str());
                assert!(name.parse::<T>().is_ok(), "{name}");
            }
        }
        agree(crate::Provider::ALL);
        agree(crate::Operation::ALL);
        agree(crate::customer::CustomerField::ALL);
        agree(crate::customer::CustomerKind::ALL);
        agree(crate::customer::IdScheme::ALL);
        agree(crate::check::Field::ALL);
        assert!("nobody"
            .parse::<crate::Provider>()
            .unwrap_err()
            .contains("unknown provider"));
    }

    #[test]
    fn nouns_read_as_words() {
        assert_eq!(super::noun("Provider"), "provider");
        assert_eq!(super::noun("CustomerField"), "customer field");
    }
}
