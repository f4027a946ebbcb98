//! Phone values: the region they are read in and the form written out.

use super::*;

pub(super) fn phone_value(
    s: &str,
    form: PhoneForm,
    siblings: &Map<String, Value>,
    path: &At,
    ctx: &mut Ctx,
) -> Option<String> {
    let o = ctx.options;
    let (region, output) = match form {
        PhoneForm::E164 { region_from } => {
            let sibling = region_from
                .and_then(|f| siblings.get(f))
                .and_then(Value::as_str);
            let from_sibling = match sibling.map(country::lookup) {
                Some(Ok(c)) => Some(c.alpha2),
                // A country name before the names are loaded (`lazy-names`): no region is
                // guessed, the number waits for them.
                Some(Err(issue)) if issue.code == Code::DataNotLoaded => {
                    ctx.error(issue, path);
                    return None;
                }
                _ => None,
            };
            (
                from_sibling.or(o.default_region.as_deref()),
                NumberForm::E164,
            )
        }
        PhoneForm::E164OrText { .. } => (o.default_region.as_deref(), NumberForm::E164),
        PhoneForm::E164WithExtension => {
            return match phone::parse_valid(s, o.default_region.as_deref()) {
                Ok(n) => Some(n.e164_with_extension()),
                Err(issue) => {
                    ctx.error(issue, path);
                    None
                }
            };
        }
        PhoneForm::National { region, output, .. } => (Some(region), output(o)),
    };
    let n = match phone::parse_valid(s, region) {
        Ok(n) => n,
        Err(issue) => {
            ctx.error(issue, path);
            return None;
        }
    };
    if let PhoneForm::National {
        region,
        national_digits,
        ..
    } = form
    {
        if n.region != Some(region) {
            ctx.error(
                Issue::new(
                    Code::PhoneWrongRegion,
                    fill("Phone number must be a number of {}", &[region]),
                )
                .param("expected", region),
                path,
            );
            return None;
        }
        // The provider's form holds a fixed number of national digits (Bloc: 0 + 10,
        // providers.md §2.2): Nigerian toll-free and UAN numbers (0800…, up to 14 national
        // digits) are valid numbers but cannot be written in it.
        if n.national_significant_digits() != national_digits {
            let digits = dec(national_digits as u64);
            ctx.error(
                Issue::new(
                    Code::PatternMismatch,
                    fill("Phone number must have {} digits after the 0", &[&digits]),
                )
                .param("pattern", fill("^0\\d{{{}}}$", &[&digits])),
                path,
            );
            return None;
        }
    }
    // Neither E.164 nor national digits hold an extension: say so rather than drop it silently.
    if let Some(warning) = n.extension_dropped() {
        ctx.issue(warning, path);
    }
    Some(match output {
        NumberForm::E164 => n.e164,
        NumberForm::NationalDigits => n.national_digits(),
    })
}
