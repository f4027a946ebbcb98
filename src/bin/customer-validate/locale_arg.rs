//! `--locale L` (on `validate`, `check`, `convert`) and the `messages` command: issue messages
//! from the catalogs (`customer_validate::locale`). Taken out of the arguments before the
//! command parses them, and applied to each output record just before it is written, so the
//! commands themselves know nothing of it.

use crate::Usage;
use customer_validate::issue::Code;
use customer_validate::locale::Locale;
use serde_json::{Map, Value};
use std::io::{self, Write};
use std::sync::OnceLock;

/// The locale `--locale` asked for; unset, messages stay the library's English detail.
static LOCALE: OnceLock<Locale> = OnceLock::new();

/// `args` without `--locale L` / `--locale=L`, and the locale it named (negotiated: `pt` →
/// `pt-BR`, an unknown tag → English).
fn split(args: &[String]) -> Result<(Vec<String>, Option<Locale>), Usage> {
    let mut rest = Vec::with_capacity(args.len());
    let mut locale = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--locale" {
            let tag = it.next().ok_or("--locale needs a value")?;
            locale = Some(Locale::negotiate(tag));
        } else if let Some(tag) = arg.strip_prefix("--locale=") {
            locale = Some(Locale::negotiate(tag));
        } else {
            rest.push(arg.clone());
        }
    }
    Ok((rest, locale))
}

/// Takes `--locale` out of a command's arguments and remembers it for [`localize`].
pub(crate) fn take(args: &[String]) -> Result<Vec<String>, Usage> {
    let (rest, locale) = split(args)?;
    if let Some(l) = locale {
        let _ = LOCALE.set(l);
    }
    Ok(rest)
}

/// Rewrites the `message` of each issue in an output record's `issues` and `warnings` in the
/// `--locale` locale (nothing without `--locale`).
pub(crate) fn localize(record: &mut Map<String, Value>) {
    let Some(locale) = LOCALE.get() else {
        return;
    };
    for key in ["issues", "warnings"] {
        let Some(Value::Array(issues)) = record.get_mut(key) else {
            continue;
        };
        for issue in issues.iter_mut().filter_map(Value::as_object_mut) {
            let code = issue
                .get("code")
                .and_then(|c| serde_json::from_value::<Code>(c.clone()).ok());
            let params = match issue.get("params") {
                Some(Value::Object(p)) => p.clone(),
                _ => Map::new(),
            };
            if let Some(text) = code.and_then(|c| locale.render(c, &params)) {
                issue.insert("message".into(), text.into());
            }
        }
    }
}

/// Whether the variant keys of a select are those of a count (CLDR plural categories or
/// exact numbers), which the template's `{param}` stands for, rather than named cases.
fn is_count(keys: &[String]) -> bool {
    keys.iter().all(|k| {
        matches!(
            k.as_str(),
            "zero" | "one" | "two" | "few" | "many" | "other"
        ) || k.parse::<f64>().is_ok()
    })
}

/// The named cases (`reason`, `unit`…) English's message for `code` has its own text for,
/// as `(param, value)`, in file order; a count's plural forms are not cases.
fn cases(code: Code) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for param in Locale::En.params(code).unwrap_or_default() {
        if is_count(&Locale::En.variant_keys(code, &param)) {
            continue;
        }
        for (value, _) in Locale::En.variant_templates(code, &param) {
            out.push((param.clone(), value));
        }
    }
    out
}

/// `customer-validate messages [--locale L]`: one JSON line per issue code,
/// `{"code", "message"}`, the message as the template users see (`{param}` placeholders;
/// the default case where it selects on a named case such as `reason`), then one line per
/// case with its own text, `{"code", "reason": "immutable", "message"}`. The cases are
/// English's, so every locale lists the same lines; one a locale has no text for shows the
/// default, as users would see it.
pub(crate) fn messages(args: &[String]) -> Result<io::Result<bool>, Usage> {
    let (rest, locale) = split(args)?;
    match rest.first().map(String::as_str) {
        None => {}
        Some("-h" | "--help") => return Err(Usage(String::new())),
        Some(other) => return Err(format!("unexpected argument '{other}'").into()),
    }
    let locale = locale.unwrap_or_default();
    let run = || -> io::Result<bool> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        let mut complete = true;
        for code in Code::ALL {
            let message = locale.template(*code);
            complete &= message.is_some();
            let line = serde_json::json!({ "code": code.as_str(), "message": message });
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
            for (param, value) in cases(*code) {
                let own = locale.variant_templates(*code, &param);
                let text = own
                    .into_iter()
                    .find(|(v, _)| *v == value)
                    .map(|(_, t)| t)
                    .or_else(|| message.clone());
                let mut line = Map::new();
                line.insert("code".into(), code.as_str().into());
                line.insert(param, value.into());
                line.insert("message".into(), text.into());
                serde_json::to_writer(&mut out, &line)?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()?;
        Ok(complete)
    };
    Ok(run())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn locale_is_taken_out_wherever_it_stands() {
        let (rest, l) = split(&strings(&[
            "--provider",
            "bloc",
            "--locale",
            "pt",
            "f.jsonl",
        ]))
        .ok()
        .unwrap();
        assert_eq!(rest, strings(&["--provider", "bloc", "f.jsonl"]));
        assert_eq!(l, Some(Locale::PtBr));
        let (_, l) = split(&strings(&["--locale=zh-Hans-CN"])).ok().unwrap();
        assert_eq!(l, Some(Locale::ZhCn));
        let (_, l) = split(&strings(&["--locale", "!!"])).ok().unwrap();
        assert_eq!(l, Some(Locale::En));
        assert!(split(&strings(&["--locale"])).is_err());
    }

    #[test]
    fn cases_are_named_variants_not_plural_forms() {
        let reasons: Vec<String> = cases(Code::FieldNotAllowed)
            .into_iter()
            .map(|(param, value)| format!("{param}={value}"))
            .collect();
        assert_eq!(reasons[0], "reason=immutable");
        assert_eq!(reasons.len(), 5, "{reasons:?}");
        assert_eq!(
            cases(Code::TooLong),
            [("unit".to_owned(), "bytes".to_owned())]
        );
        assert!(cases(Code::FieldRequired).is_empty());
        assert!(is_count(&["one".into(), "few".into(), "0".into()]));
        assert!(!is_count(&["bytes".into(), "other".into()]));
    }
}
