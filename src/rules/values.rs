//! One value against its [`Check`]: the dispatch to the field checkers and the output
//! form each provider wants.

use super::*;

pub(super) fn as_str<'v>(v: &'v Value, path: &At, ctx: &mut Ctx) -> Option<&'v str> {
    match v {
        Value::String(s) => Some(s),
        other => {
            ctx.error(invalid_type("string", other), path);
            None
        }
    }
}

pub(super) fn string_result(r: Result<String, Issue>, path: &At, ctx: &mut Ctx) -> Option<Value> {
    match r {
        Ok(s) => Some(Value::String(s)),
        Err(issue) => {
            ctx.error(issue, path);
            None
        }
    }
}

/// A checked email as the payload writes it (its domain in the options' form), and its
/// warnings: moved out of the [`email::Email`], not copied.
pub(super) fn email_out(e: email::Email, o: &Options) -> (String, Vec<Issue>) {
    let address = match o.email.domain_form {
        crate::options::EmailDomainForm::Ascii => e.ascii,
        crate::options::EmailDomainForm::Unicode => e.address,
    };
    (address, e.warnings)
}

pub(super) fn check_value(
    check: &Check,
    v: &Value,
    siblings: &Map<String, Value>,
    path: &At,
    ctx: &mut Ctx,
) -> Option<Value> {
    let o = ctx.options;
    match *check {
        Check::Name { max } => {
            let s = as_str(v, path, ctx)?;
            string_result(text::name_max(s, max.get(o)), path, ctx)
        }
        Check::PersonName { max, allow_digits } => {
            let s = as_str(v, path, ctx)?;
            let name = text::name_max(s, max.get(o));
            let name = match name {
                Ok(n) if !allow_digits(o) && text::has_digits(&n) => Err(Issue::new(
                    Code::NameHasDigits,
                    "A person's name should not contain digits",
                )),
                other => other,
            };
            string_result(name, path, ctx)
        }
        Check::Text { max } | Check::Line { max } => {
            let s = as_str(v, path, ctx)?;
            let rules = text::TextRules {
                collapse_whitespace: matches!(check, Check::Line { .. }),
                allow_newlines: matches!(check, Check::Text { .. }),
                max_chars: max.get(o),
            };
            string_result(text::clean(s, &rules), path, ctx)
        }
        Check::Email { max } => {
            let s = as_str(v, path, ctx)?;
            let max = max.get(o);
            match email::check(s, o) {
                Ok(e) if e.address_in(o.email.domain_form).chars().count() > max => {
                    ctx.error(
                        Issue::new(
                            Code::EmailTooLong,
                            fill(
                                "Email address is longer than {} characters",
                                &[&dec(max as u64)],
                            ),
                        )
                        .param("max", max),
                        path,
                    );
                    None
                }
                Ok(e) => {
                    let (out, warnings) = email_out(e, o);
                    for w in warnings {
                        ctx.issue(w, path);
                    }
                    Some(Value::String(out))
                }
                Err(issue) => {
                    ctx.error(issue, path);
                    None
                }
            }
        }
        // Kept as typed: the phone is then one line of text.
        Check::Phone(PhoneForm::E164OrText { as_typed, max }) if as_typed(o) => check_value(
            &Check::Line {
                max: Limit::Fixed(max),
            },
            v,
            siblings,
            path,
            ctx,
        ),
        Check::Phone(form) => {
            let s = as_str(v, path, ctx)?;
            phone_value(s, form, siblings, path, ctx).map(Value::String)
        }
        Check::Integer { min, max } => integer(v, min, max, path, ctx),
        Check::StringMap {
            max_keys,
            max_key_chars,
            max_value_chars,
        } => string_map(v, max_keys, max_key_chars, max_value_chars, path, ctx),
        Check::Country => {
            let s = as_str(v, path, ctx)?;
            match country::lookup(s) {
                Ok(c) => Some(Value::String(c.alpha2.to_owned())),
                Err(issue) => {
                    ctx.error(issue, path);
                    None
                }
            }
        }
        Check::Uuid => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::uuid(s), path, ctx)
        }
        Check::Prefixed(prefixes) => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::prefixed(s, prefixes), path, ctx)
        }
        Check::UrlSafeRef {
            max,
            warn_unless_hex,
        } => {
            let s = as_str(v, path, ctx)?;
            let out = string_result(ids::url_safe_ref(s, max.get(o)), path, ctx)?;
            if let (Some(len), Value::String(id)) = (warn_unless_hex, &out) {
                if !ids::is_hex(id, len) {
                    ctx.issue(
                        Issue::warning(
                            Code::IdInvalid,
                            fill(
                                "Ids here are usually {} hexadecimal digits",
                                &[&dec(len as u64)],
                            ),
                        )
                        .param("length", len),
                        path,
                    );
                }
            }
            Some(out)
        }
        Check::PrintableAscii { max } => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::printable_ascii(s, max.get(o)), path, ctx)
        }
        Check::Digits { len } => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::digits(s, len), path, ctx)
        }
        Check::Hex0x { len } => {
            let s = as_str(v, path, ctx)?;
            string_result(ids::hex_0x(s, len), path, ctx)
        }
        Check::CompactUpper { max } => {
            let s = as_str(v, path, ctx)?;
            let max = max.get(o);
            // ASCII upper-casing only: Unicode's maps `ß` to `SS`, `ﬁ` to `FI`, `ı` to `I`,
            // rewriting the id into another that passes the character check below.
            let compact: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_uppercase();
            if compact.chars().count() > max {
                ctx.error(
                    Issue::new(
                        Code::TooLong,
                        fill("Value is longer than {} characters", &[&dec(max as u64)]),
                    )
                    .param("max", max),
                    path,
                );
                return None;
            }
            if !compact
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            {
                ctx.error(
                    Issue::new(
                        Code::PatternMismatch,
                        "Value may only hold letters, digits, - and .",
                    )
                    .param("pattern", "^[A-Z0-9.-]+$"),
                    path,
                );
                return None;
            }
            Some(Value::String(compact))
        }
        Check::OneOf {
            canonical,
            allow_other,
        } => {
            let s = as_str(v, path, ctx)?.trim();
            if let Some(c) = canonical.iter().find(|c| c.eq_ignore_ascii_case(s)) {
                return Some(Value::String((*c).to_owned()));
            }
            if allow_other(o) {
                let rules = text::TextRules {
                    collapse_whitespace: true,
                    allow_newlines: false,
                    max_chars: 64,
                };
                return string_result(text::clean(s, &rules), path, ctx);
            }
            ctx.error(
                Issue::new(
                    Code::ValueNotAllowed,
                    fill("Must be one of: {}", &[&canonical.join(", ")]),
                )
                .param("allowed", canonical.to_vec()),
                path,
            );
            None
        }
        Check::Pattern {
            test,
            pattern,
            enforce,
            max,
        } => {
            let s = as_str(v, path, ctx)?.trim();
            if enforce(o) {
                if !test(s) {
                    ctx.error(
                        Issue::new(
                            Code::PatternMismatch,
                            "Value does not have the required form",
                        )
                        .param("pattern", pattern),
                        path,
                    );
                    return None;
                }
                Some(Value::String(s.to_owned()))
            } else {
                let rules = text::TextRules {
                    collapse_whitespace: true,
                    allow_newlines: false,
                    max_chars: max.get(o),
                };
                string_result(text::clean(s, &rules), path, ctx)
            }
        }
        Check::DateDdMmYyyy => {
            let s = as_str(v, path, ctx)?;
            match date::parse(s) {
                Ok(d) => {
                    if let Some(now) = o.now_ms {
                        if d.days_since_epoch() > now.div_euclid(86_400_000) {
                            ctx.error(Issue::new(Code::DateInvalid, "Date is in the future"), path);
                            return None;
                        }
                    }
                    Some(Value::String(d.dd_mm_yyyy()))
                }
                Err(issue) => {
                    ctx.error(issue, path);
                    None
                }
            }
        }
        Check::TimestampMs { max_skew_ms } => {
            let Some(ts) = v.as_i64() else {
                let issue = if v.is_number() {
                    Issue::new(
                        Code::TimestampInvalid,
                        "Timestamp must be a whole number of milliseconds",
                    )
                } else {
                    invalid_type("integer", v)
                };
                ctx.error(issue, path);
                return None;
            };
            // 10^12 ms is 2001-09-09: anything smaller is almost surely seconds.
            if ts < 1_000_000_000_000 {
                ctx.error(
                    Issue::new(
                        Code::TimestampInvalid,
                        "Timestamp must be in milliseconds since 1970, not seconds",
                    )
                    .param("unit", "ms"),
                    path,
                );
                return None;
            }
            if let Some(now) = o.now_ms {
                let skew = max_skew_ms(o);
                if ts.abs_diff(now) > skew.unsigned_abs() {
                    ctx.error(
                        Issue::new(
                            Code::TimestampSkew,
                            "Timestamp is too far from the current time",
                        )
                        .param("max_skew_ms", skew),
                        path,
                    );
                    return None;
                }
            }
            Some(Value::from(ts))
        }
        Check::JsonObject => json_object(v, path, ctx),
        Check::Object(fields) => match v {
            Value::Object(map) => check_object(fields, map, path, ctx).map(Value::Object),
            other => {
                ctx.error(invalid_type("object", other), path);
                None
            }
        },
        Check::Address { fields, names } => match v {
            Value::Object(map) => {
                let (mut out, failed) = check_fields(fields, map, path, ctx);
                let ok = address_rules(&mut out, &failed, names, path, ctx);
                (ok && failed.is_empty()).then_some(Value::Object(out))
            }
            other => {
                ctx.error(invalid_type("object", other), path);
                None
            }
        },
        Check::List {
            item,
            min,
            max,
            unique,
        } => list(v, item, min, max(o), unique, path, ctx),
        Check::EmailOrPhone { members, form } => {
            email_or_phone(v, members, form(ctx.options), path, ctx)
        }
    }
}
