//! `customer-validate address-format CC [CC...]`: each country's address layout, one JSON
//! line per country named.

use crate::{parse_flags, Usage};
use customer_validate::fields::address;
use serde_json::json;
use std::io::{self, Write};

/// Runs the command; `Ok(true)` when every country named has a layout.
pub(crate) fn main(args: &[String]) -> Result<io::Result<bool>, Usage> {
    let mut countries = Vec::new();
    // Every argument but the options is a country; parse_flags takes one at a time.
    for arg in args {
        if let Some(country) = parse_flags(std::slice::from_ref(arg), |_, _| Ok(false))? {
            countries.push(country);
        }
    }
    if countries.is_empty() {
        return Err("address-format needs at least one country".into());
    }
    Ok(run(&countries))
}

fn run(countries: &[String]) -> io::Result<bool> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut all_ok = true;
    for country in countries {
        match address::format(country) {
            Ok(layout) => serde_json::to_writer(&mut out, &layout)?,
            Err(issue) => {
                all_ok = false;
                serde_json::to_writer(&mut out, &json!({"country": country, "issues": [issue]}))?;
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(all_ok)
}
