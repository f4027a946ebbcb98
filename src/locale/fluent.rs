//! The Project Fluent subset the catalogs in `locales/*.ftl` use: a small parser and
//! renderer of our own (docs/decisions.md, "Message catalogs").
//!
//! Supported: `#` comments; `id = pattern` messages and `-term = pattern` terms on one line,
//! or spanning lines inside a select expression; text; `{ $param }`; string literals
//! `{"…"}`; selects `{ $param -> [key] pattern *[other] pattern }`, nested. A number
//! selector matches a key equal to the number first, then its CLDR plural category
//! ([`super::plural`]); a string selector matches a key equal to it; anything else (or no
//! value) takes the `*` default. Multi-line text, attributes and functions are refused.

use super::plural::PluralRules;
use serde_json::{json, Map, Value};

/// One piece of a message.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Part {
    /// Literal text.
    Text(String),
    /// `{ $name }`: a param's value.
    Var(String),
    /// `{ $name -> … }`: one variant by the param's value.
    Select {
        /// The selector param.
        var: String,
        /// The variants, keyed.
        variants: Vec<(String, Vec<Part>)>,
        /// Index of the `*` default variant.
        default: usize,
    },
}

/// A parsed `.ftl` file: messages and terms in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Resource {
    pub(crate) entries: Vec<(String, Vec<Part>)>,
}

impl Resource {
    /// The pattern of message or term `id`.
    pub(crate) fn get(&self, id: &str) -> Option<&[Part]> {
        self.entries
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, p)| p.as_slice())
    }
}

/// Parses a whole `.ftl` text; the error names the line.
pub(crate) fn parse(text: &str) -> Result<Resource, String> {
    let mut entries: Vec<(String, Vec<Part>)> = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() || line.starts_with('#') {
            i += 1;
            continue;
        }
        let start = i + 1;
        let (id, rest) = line
            .split_once('=')
            .ok_or_else(|| format!("line {start}: expected `id = …`"))?;
        let id = id.trim_end();
        if !is_identifier(id.strip_prefix('-').unwrap_or(id)) || id != id.trim_start() {
            return Err(format!("line {start}: `{id}` is not a message identifier"));
        }
        // The entry goes on while lines are indented or close a placeable.
        let mut body = rest.to_owned();
        i += 1;
        while i < lines.len() && (lines[i].starts_with([' ', '}']) && !lines[i].trim().is_empty()) {
            body.push('\n');
            body.push_str(lines[i]);
            i += 1;
        }
        let mut p = Parser {
            chars: body.chars().collect(),
            pos: 0,
        };
        let pattern = p
            .pattern(false)
            .map_err(|e| format!("line {start} ({id}): {e}"))?;
        p.skip_blank();
        if p.pos != p.chars.len() {
            return Err(format!(
                "line {start} ({id}): unexpected text after the message"
            ));
        }
        if pattern.is_empty() {
            return Err(format!("line {start} ({id}): empty message"));
        }
        if entries.iter().any(|(k, _)| k == id) {
            return Err(format!("line {start}: `{id}` is defined twice"));
        }
        entries.push((id.to_owned(), pattern));
    }
    Ok(Resource { entries })
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_inline(&mut self) {
        while self.peek() == Some(' ') {
            self.pos += 1;
        }
    }

    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(' ' | '\n')) {
            self.pos += 1;
        }
    }

    /// Text and placeables up to the end of input, or (in a variant) up to the line break
    /// before the next variant or the closing `}`.
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Part>, String> {
        self.skip_inline();
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '{' => {
                    self.pos += 1;
                    let part = self.placeable()?;
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    parts.push(part);
                }
                '}' if in_variant => break,
                '}' => return Err("unmatched `}`".into()),
                '\n' => {
                    let mut look = self.pos;
                    while matches!(self.chars.get(look), Some(' ' | '\n')) {
                        look += 1;
                    }
                    match self.chars.get(look) {
                        Some('[' | '*' | '}') if in_variant => break,
                        None if !in_variant => break,
                        _ => return Err("multi-line text is not supported".into()),
                    }
                }
                c => {
                    text.push(c);
                    self.pos += 1;
                }
            }
        }
        // Trailing blanks of the text are not part of the message; a string literal's are.
        let trimmed = text.trim_end();
        if !trimmed.is_empty() {
            parts.push(Part::Text(trimmed.to_owned()));
        }
        // Adjacent texts (around a string literal) as one.
        let mut merged: Vec<Part> = Vec::with_capacity(parts.len());
        for part in parts {
            match (merged.last_mut(), part) {
                (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
                (_, part) => merged.push(part),
            }
        }
        Ok(merged)
    }

    /// After `{`: a string literal, a `$param`, or a select.
    fn placeable(&mut self) -> Result<Part, String> {
        self.skip_blank();
        let part = match self.peek() {
            Some('"') => {
                self.pos += 1;
                let mut s = String::new();
                loop {
                    match self.peek() {
                        Some('"') => break,
                        Some('\\') => {
                            self.pos += 1;
                            match self.peek() {
                                Some(c @ ('"' | '\\')) => s.push(c),
                                _ => return Err("unknown escape in a string literal".into()),
                            }
                        }
                        Some('\n') | None => return Err("unterminated string literal".into()),
                        Some(c) => s.push(c),
                    }
                    self.pos += 1;
                }
                self.pos += 1;
                Part::Text(s)
            }
            Some('$') => {
                self.pos += 1;
                let name = self.identifier()?;
                self.skip_blank();
                if self.chars[self.pos..].starts_with(&['-', '>']) {
                    self.pos += 2;
                    return self.select(name);
                }
                Part::Var(name)
            }
            _ => return Err("expected `$param` or a string literal after `{`".into()),
        };
        self.skip_blank();
        if self.peek() != Some('}') {
            return Err("expected `}`".into());
        }
        self.pos += 1;
        Ok(part)
    }

    fn identifier(&mut self) -> Result<String, String> {
        let start = self.pos;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            self.pos += 1;
        }
        let id: String = self.chars[start..self.pos].iter().collect();
        if is_identifier(&id) || id.chars().all(|c| c.is_ascii_digit()) && !id.is_empty() {
            Ok(id)
        } else {
            Err("expected an identifier".into())
        }
    }

    /// After `$var ->`: the variants and the closing `}`.
    fn select(&mut self, var: String) -> Result<Part, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => {
                    self.pos += 1;
                    break;
                }
                Some('*') => {
                    self.pos += 1;
                    if default.replace(variants.len()).is_some() {
                        return Err("two default variants".into());
                    }
                }
                Some('[') => {}
                _ => return Err("expected a variant `[key]`".into()),
            }
            if self.peek() != Some('[') {
                return Err("expected `[` after `*`".into());
            }
            self.pos += 1;
            self.skip_inline();
            let key = self.identifier()?;
            self.skip_inline();
            if self.peek() != Some(']') {
                return Err("expected `]`".into());
            }
            self.pos += 1;
            if variants.iter().any(|(k, _)| *k == key) {
                return Err(format!("variant [{key}] appears twice"));
            }
            let pattern = self.pattern(true)?;
            if pattern.is_empty() {
                return Err(format!("variant [{key}] is empty"));
            }
            variants.push((key, pattern));
        }
        let default = default.ok_or("a select needs a `*` default variant")?;
        Ok(Part::Select {
            var,
            variants,
            default,
        })
    }
}

/// Why a message could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MissingParam(pub(crate) String);

/// Renders `pattern` with `params`; numbers pick plural forms by `rules`, arrays are joined
/// with `separator`. A placeholder whose param is absent (or null, or an object) is an error,
/// so the caller can fall back rather than show a hole.
pub(crate) fn render(
    pattern: &[Part],
    params: &Map<String, Value>,
    rules: PluralRules,
    separator: &str,
) -> Result<String, MissingParam> {
    let mut out = String::new();
    render_into(&mut out, pattern, params, rules, separator)?;
    Ok(out)
}

fn render_into(
    out: &mut String,
    pattern: &[Part],
    params: &Map<String, Value>,
    rules: PluralRules,
    separator: &str,
) -> Result<(), MissingParam> {
    for part in pattern {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(name) => {
                let text = params
                    .get(name)
                    .and_then(|v| show(v, separator))
                    .ok_or_else(|| MissingParam(name.clone()))?;
                out.push_str(&text);
            }
            Part::Select {
                var,
                variants,
                default,
            } => {
                let chosen = choose(params.get(var), variants, rules).unwrap_or(*default);
                render_into(out, &variants[chosen].1, params, rules, separator)?;
            }
        }
    }
    Ok(())
}

fn choose(
    value: Option<&Value>,
    variants: &[(String, Vec<Part>)],
    rules: PluralRules,
) -> Option<usize> {
    let find = |key: &str| variants.iter().position(|(k, _)| k == key);
    match value? {
        Value::Number(n) => {
            let text = n.to_string();
            find(&text).or_else(|| find(rules.category(&text).as_str()))
        }
        Value::String(s) => find(s),
        Value::Bool(b) => find(if *b { "true" } else { "false" }),
        _ => None,
    }
}

/// A param as text: strings as they are, numbers in their JSON form, arrays of those joined.
fn show(value: &Value, separator: &str) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(items) => {
            let shown: Option<Vec<String>> = items.iter().map(|v| show(v, separator)).collect();
            Some(shown?.join(separator))
        }
        Value::Null | Value::Object(_) => None,
    }
}

/// The pattern as the template a user sees, `{param}` for each placeholder and the default
/// variant of each select.
pub(crate) fn template(pattern: &[Part]) -> String {
    template_choosing(pattern, None)
}

/// [`template`] where each select on `choice.0` takes the variant keyed `choice.1` (its
/// default when it has none).
fn template_choosing(pattern: &[Part], choice: Option<(&str, &str)>) -> String {
    let mut out = String::new();
    for part in pattern {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(name) => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
            Part::Select {
                var,
                variants,
                default,
            } => {
                let chosen = choice
                    .filter(|(selector, _)| selector == var)
                    .and_then(|(_, key)| variants.iter().find(|(k, _)| k == key))
                    .unwrap_or(&variants[*default]);
                out.push_str(&template_choosing(&chosen.1, choice));
            }
        }
    }
    out
}

/// For each key a select on `selector` tells apart from its default (in file order), that
/// key and the template with it chosen.
pub(crate) fn variant_templates(pattern: &[Part], selector: &str) -> Vec<(String, String)> {
    fn keys(pattern: &[Part], selector: &str, out: &mut Vec<String>) {
        for part in pattern {
            if let Part::Select {
                var,
                variants,
                default,
            } = part
            {
                for (i, (key, p)) in variants.iter().enumerate() {
                    if var == selector && i != *default && !out.contains(key) {
                        out.push(key.clone());
                    }
                    keys(p, selector, out);
                }
            }
        }
    }
    let mut found = Vec::new();
    keys(pattern, selector, &mut found);
    found
        .into_iter()
        .map(|key| {
            let text = template_choosing(pattern, Some((selector, &key)));
            (key, text)
        })
        .collect()
}

/// Every param the pattern names, as placeholder or selector, sorted and deduplicated.
pub(crate) fn params(pattern: &[Part]) -> Vec<String> {
    fn walk(pattern: &[Part], out: &mut Vec<String>) {
        for part in pattern {
            match part {
                Part::Text(_) => {}
                Part::Var(name) => out.push(name.clone()),
                Part::Select { var, variants, .. } => {
                    out.push(var.clone());
                    for (_, p) in variants {
                        walk(p, out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(pattern, &mut out);
    out.sort();
    out.dedup();
    out
}

/// The pattern as JSON, the form the npm locale modules carry: a string for text,
/// `{"v": name}` for a placeholder, `{"s": name, "k": {key: pattern…}, "d": key}` for a
/// select; a pattern of one text is the string itself.
pub(crate) fn to_json(pattern: &[Part]) -> Value {
    if let [Part::Text(t)] = pattern {
        return Value::String(t.clone());
    }
    Value::Array(
        pattern
            .iter()
            .map(|part| match part {
                Part::Text(t) => Value::String(t.clone()),
                Part::Var(name) => json!({ "v": name }),
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let keys: Map<String, Value> = variants
                        .iter()
                        .map(|(k, p)| (k.clone(), to_json(p)))
                        .collect();
                    json!({ "s": var, "k": keys, "d": variants[*default].0 })
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::plural::PluralRules;

    fn one(text: &str) -> Vec<Part> {
        let r = parse(text).unwrap();
        r.entries[0].1.clone()
    }

    #[test]
    fn text_and_placeables() {
        let p = one("m = At most { $max } items, in {\"{\"}braces{\"}\"}");
        assert_eq!(
            p,
            vec![
                Part::Text("At most ".into()),
                Part::Var("max".into()),
                Part::Text(" items, in {braces}".into()),
            ]
        );
        assert_eq!(template(&p), "At most {max} items, in {braces}");
    }

    #[test]
    fn selects_nest_and_pick_plural_forms() {
        let p = one(
            "m = { $unit ->\n    [bytes] { $max ->\n        [one] { $max } byte\n       *[other] { $max } bytes\n    }\n   *[other] { $max } chars\n}\n",
        );
        let params = |v: Value| v.as_object().unwrap().clone();
        let en = PluralRules::for_tag("en");
        let r = |v| render(&p, &params(v), en, ", ").unwrap();
        assert_eq!(r(json!({"unit": "bytes", "max": 1})), "1 byte");
        assert_eq!(r(json!({"unit": "bytes", "max": 2})), "2 bytes");
        assert_eq!(r(json!({"max": 2})), "2 chars");
        assert_eq!(template(&p), "{max} chars");
        assert_eq!(params_of(&p), ["max", "unit"]);
    }

    #[test]
    fn variant_templates_choose_each_key_but_the_default() {
        let p = one(
            "m = { $reason ->\n    [empty] Enter it.\n    [long] At most { $max ->\n        [one] { $max } char\n       *[other] { $max } chars\n    }.\n   *[other] Not valid.\n}\n",
        );
        assert_eq!(
            variant_templates(&p, "reason"),
            [
                ("empty".to_owned(), "Enter it.".to_owned()),
                ("long".to_owned(), "At most {max} chars.".to_owned()),
            ]
        );
        assert_eq!(template(&p), "Not valid.");
        // The choice applies to selects on that param only: the others show their default.
        assert_eq!(
            variant_templates(&p, "max"),
            [("one".to_owned(), "Not valid.".to_owned())]
        );
        assert!(variant_templates(&one("m = Plain { $x }"), "reason").is_empty());
    }

    fn params_of(p: &[Part]) -> Vec<String> {
        params(p)
    }

    #[test]
    fn a_number_key_wins_over_the_category() {
        let p = one("m = { $n ->\n    [0] none\n    [one] one\n   *[other] many\n}");
        let en = PluralRules::for_tag("en");
        let r = |n: i64| {
            let mut m = Map::new();
            m.insert("n".into(), n.into());
            render(&p, &m, en, ", ").unwrap()
        };
        assert_eq!(
            (r(0), r(1), r(5)),
            ("none".into(), "one".into(), "many".into())
        );
    }

    #[test]
    fn missing_params_are_errors_and_lists_are_joined() {
        let p = one("m = Choose: { $allowed }.");
        let mut m = Map::new();
        assert_eq!(
            render(&p, &m, PluralRules::for_tag("en"), ", "),
            Err(MissingParam("allowed".into()))
        );
        m.insert("allowed".into(), json!(["a", "b"]));
        assert_eq!(
            render(&p, &m, PluralRules::for_tag("ja"), "、").unwrap(),
            "Choose: a、b."
        );
    }

    #[test]
    fn malformed_catalogs_are_refused() {
        for bad in [
            "m = { $x ->\n    [a] A\n}",
            "m = { $x ->\n   *[a] A\n   *[b] B\n}",
            "m = { $x",
            "m = text\n  more text",
            "m = a }",
            "= x",
            "m =",
            "m = a\nm = b",
            "m = { x }",
            "m = { $x ->\n   *[a] A\n    [a] B\n}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn json_form() {
        let p = one("m = { $n ->\n    [one] { $n } item\n   *[other] items\n}");
        assert_eq!(
            to_json(&p),
            json!([{"s": "n", "k": {"one": [{"v": "n"}, " item"], "other": "items"}, "d": "other"}])
        );
    }
}
