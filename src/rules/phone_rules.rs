//! Phone values: the region they are read in and the form written out.

use super::*;

pub(super) fn phone_value(
    s: &str,
    form: PhoneForm,
    siblings: &Map<String, Value>,
    path: &Path,
    ctx: &mut Ctx,
) -> Option<String> {
    let o = ctx.options;
    let (region, output) = match form {
        PhoneForm::E164 { region_from } => {
            let from_sibling = region_from
                .and_then(|f| siblings.get(f))
                .and_then(Value::as_str)
                .and_then(|c| country::lookup(c).ok())
                .map(|c| c.alpha2.to_owned());
            (
                from_sibling.or_else(|| o.default_region.clone()),
                PhoneOutput::E164,
            )
        }
        PhoneForm::Nigeria => (Some("NG".to_owned()), o.bloc.phone_output),
    };
    let n = match phone::parse_valid(s, region.as_deref()) {
        Ok(n) => n,
        Err(issue) => {
            ctx.error(issue, path);
            return None;
        }
    };
    if matches!(form, PhoneForm::Nigeria) && n.region.as_deref() != Some("NG") {
        ctx.error(
            Issue::new(
                Code::PhoneWrongRegion,
                "Phone number must be a Nigerian number",
            )
            .param("expected", "NG"),
            path,
        );
        return None;
    }
    // Bloc's form is 0 + 10 digits (providers.md §2.2): Nigerian toll-free and UAN numbers
    // (0800…, up to 14 national digits) are valid numbers but cannot be written in it.
    if matches!(form, PhoneForm::Nigeria) && n.e164.len() != "+234".len() + 10 {
        ctx.error(
            Issue::new(
                Code::PatternMismatch,
                "Phone number must be a Nigerian number of 0 and 10 digits",
            )
            .param("pattern", "^0\\d{10}$"),
            path,
        );
        return None;
    }
    Some(match output {
        PhoneOutput::E164 => n.e164,
        PhoneOutput::NationalNigeria => n.national().chars().filter(char::is_ascii_digit).collect(),
    })
}
