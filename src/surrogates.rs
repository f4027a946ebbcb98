//! Unpaired UTF-16 surrogates written as JSON escapes (`"Ada \ud83d Obi"`): what
//! `JSON.stringify` writes for a JavaScript string holding half of an emoji (text cut by
//! UTF-16 length, a body with a broken escape after `JSON.parse`). JSON allows the escape
//! (RFC 8259 §8.2 calls the result unpredictable); Rust strings cannot hold it, so `serde_json`
//! refuses the whole text.
//!
//! [`repair`] rewrites each unpaired escape as `\ufffd` (the same six bytes, so every line and
//! column stays where it was) and names the path of each string that held one, so the caller
//! reports one `text_unpaired_surrogate` error there and validates everything else
//! (docs/decisions.md, "Unpaired surrogates"). It only runs on text `serde_json` refused.

use crate::issue::{Code, Issue, Path};

/// One level of the value being scanned.
enum Frame {
    /// In an object: the member name read last, and whether a name comes next.
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    /// In an array: the index of the current element.
    Array { index: usize },
}

/// The path of the value the scanner is in.
fn path_of(frames: &[Frame]) -> Path {
    let mut path = Path::root();
    for frame in frames {
        path = match frame {
            Frame::Object { key: Some(k), .. } => path.key(k),
            Frame::Object { key: None, .. } => path,
            Frame::Array { index } => path.index(*index),
        };
    }
    path
}

/// The issue for a string holding an unpaired surrogate (`unit`, the first one), at `path`.
pub(crate) fn unpaired_issue(unit: u32, path: &Path) -> Issue {
    Issue::new(
        Code::TextUnpairedSurrogate,
        "Text holds half of a character (an unpaired UTF-16 surrogate)",
    )
    .param("codepoint", crate::fields::text::codepoint_of(unit))
    .at(path)
}

fn hex4(bytes: &[u8]) -> Option<u32> {
    let digits = bytes.get(..4)?;
    let text = std::str::from_utf8(digits).ok()?;
    if !digits.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u32::from_str_radix(text, 16).ok()
}

/// `json` with every unpaired surrogate escape rewritten as `\ufffd`, and one issue per string
/// (member name or value) that held one; `None` when there is none. Never fails: text that is
/// not JSON is scanned as far as it goes, and parsing the result reports it.
///
/// ```text
/// {"name": "Ada \ud83d"}  ->  {"name": "Ada \ufffd"}, text_unpaired_surrogate at /name
/// ```
pub(crate) fn repair(json: &str) -> Option<(String, Vec<Issue>)> {
    let bytes = json.as_bytes();
    let mut out = String::with_capacity(json.len());
    let mut found = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    // Start of the text not yet copied to `out`.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => frames.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = frames.last_mut() {
                    *expecting_key = false;
                }
            }
            b'"' => {
                // A string: decoded (for member names), its lone surrogates rewritten.
                let mut decoded = String::new();
                let mut first_lone = None;
                let mut j = i + 1;
                let mut run = j; // start of raw text not yet decoded
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] != b'\\' {
                        j += 1;
                        continue;
                    }
                    decoded.push_str(&json[run..j]);
                    let escape = bytes.get(j + 1).copied();
                    let mut len = 2;
                    match escape.zip(hex4(&bytes[(j + 2).min(bytes.len())..])) {
                        Some((b'u', unit)) => {
                            len = 6;
                            let low = (bytes.get(j + 6) == Some(&b'\\')
                                && bytes.get(j + 7) == Some(&b'u'))
                            .then(|| hex4(&bytes[j + 8..]))
                            .flatten();
                            match (unit, low) {
                                (0xD800..=0xDBFF, Some(lo @ 0xDC00..=0xDFFF)) => {
                                    len = 12;
                                    let c = 0x10000 + ((unit - 0xD800) << 10) + (lo - 0xDC00);
                                    decoded.extend(char::from_u32(c));
                                }
                                (0xD800..=0xDFFF, _) => {
                                    first_lone.get_or_insert(unit);
                                    out.push_str(&json[copied..j]);
                                    out.push_str("\\ufffd");
                                    copied = j + 6;
                                    decoded.push('\u{FFFD}');
                                }
                                _ => decoded.extend(char::from_u32(unit)),
                            }
                        }
                        _ => decoded.push(match escape {
                            Some(b'n') => '\n',
                            Some(b't') => '\t',
                            Some(b'r') => '\r',
                            Some(b'b') => '\u{8}',
                            Some(b'f') => '\u{c}',
                            Some(c) => char::from(c),
                            None => '\\',
                        }),
                    }
                    j = (j + len).min(bytes.len());
                    // Never split a character: an escape of a non-ASCII byte is not JSON anyway.
                    while j < bytes.len() && !json.is_char_boundary(j) {
                        j += 1;
                    }
                    run = j;
                }
                decoded.push_str(&json[run.min(j)..j]);
                if let Some(Frame::Object {
                    key,
                    expecting_key: true,
                }) = frames.last_mut()
                {
                    *key = Some(decoded);
                }
                if let Some(unit) = first_lone {
                    // A member name's issue is on the member it names (its key just read).
                    found.push(unpaired_issue(unit, &path_of(&frames)));
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    if found.is_empty() {
        return None;
    }
    out.push_str(&json[copied.min(json.len())..]);
    Some((out, found))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pointers(found: &[Issue]) -> Vec<String> {
        found.iter().map(Issue::pointer).collect()
    }

    #[test]
    fn rewrites_lone_surrogates_in_place_and_names_their_paths() {
        let text =
            r#"{"name": "Ada \ud83d Obi", "m": {"a": ["ok", "\udc00x"]}, "e": "\ud83d\ude00"}"#;
        let (fixed, found) = repair(text).unwrap();
        assert_eq!(fixed.len(), text.len());
        assert_eq!(
            fixed,
            r#"{"name": "Ada \ufffd Obi", "m": {"a": ["ok", "\ufffdx"]}, "e": "\ud83d\ude00"}"#
        );
        assert_eq!(pointers(&found), ["/name", "/m/a/1"]);
        assert_eq!(found[0].code, Code::TextUnpairedSurrogate);
        assert_eq!(found[0].params["codepoint"], "U+D83D");
        assert_eq!(found[1].params["codepoint"], "U+DC00");
        let v: serde_json::Value = serde_json::from_str(&fixed).unwrap();
        assert_eq!(v["name"], "Ada \u{FFFD} Obi");
    }

    #[test]
    fn member_names_are_decoded_for_the_path() {
        let text = r#"{"a\"b\u00e9": {"k\ud800": 1, "v": "\ud800\ud800"}}"#;
        let (_, found) = repair(text).unwrap();
        assert_eq!(pointers(&found), ["/a\"bé/k\u{FFFD}", "/a\"bé/v"]);
    }

    #[test]
    fn paired_surrogates_and_escaped_backslashes_are_left_alone() {
        assert!(repair(r#"{"a": "\ud83d\ude00", "b": "\\ud83d", "c": "\u00e9"}"#).is_none());
        assert!(repair(r#"["x", "y"]"#).is_none());
    }

    #[test]
    fn broken_text_never_panics() {
        for text in [
            r#""\ud83d"#,
            r#""\ud83d\u"#,
            r#""\ud83d\ud"#,
            "\"\\",
            "\"\\u12",
            "\"\\\u{e9}\\ud800\"",
            "}}]]\"\\ud800\"",
            "{\"a\":[\"\\udfff",
        ] {
            let _ = repair(text);
        }
        let (fixed, found) = repair("}}]]\"\\ud800\"").unwrap();
        assert_eq!(fixed, "}}]]\"\\ufffd\"");
        assert_eq!(pointers(&found), [""]);
    }
}
