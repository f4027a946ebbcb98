//! The extension module `customer_validate._native`: the core's JSON-text surface
//! ([`customer_validate::json`], the npm package's answers) for Python. Arguments and answers
//! are JSON text; `customer_validate/__init__.py` turns dicts into text with `json.dumps` and
//! answers back with `json.loads`, so every answer's shape is written once, in the core.
//!
//! A caller's mistake (an unknown provider, operation or field name, options or a context
//! that do not parse) raises `UsageError`; bad data is an answer with issues. The work runs
//! with the GIL released, so Python threads (and Spark's Arrow workers) validate in parallel.
//!
//! ```python
//! from customer_validate import _native
//! _native.validate_json("rapyd", "create", '{"name": " Ada "}', None)
//! # '{"ok":true,"value":{"name":"Ada"},"warnings":[]}'
//! ```

// As in the core: PyO3 0.27's `#[pymodule]` and `#[pyfunction]` compile under it (their
// `unsafe` is emitted with the macro's own spans, which the lint does not count as ours;
// docs/decisions.md, "Python package").
#![forbid(unsafe_code)]

use customer_validate::json;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

create_exception!(
    _native,
    UsageError,
    PyValueError,
    "A caller's mistake no payload can fix: an unknown provider, operation or field name, or \
     options or a context that do not parse. Bad data never raises it."
);

/// The core's `Err` (a caller's mistake) as `UsageError`.
fn usage(result: Result<String, String>) -> PyResult<String> {
    result.map_err(UsageError::new_err)
}

/// `validate_json(provider, operation, text, options_json)`: the npm package's `validateJson`
/// answer as JSON text.
#[pyfunction]
#[pyo3(signature = (provider, operation, text, options_json=None))]
fn validate_json(
    py: Python<'_>,
    provider: &str,
    operation: &str,
    text: &str,
    options_json: Option<&str>,
) -> PyResult<String> {
    usage(py.detach(|| json::validate(provider, operation, text, options_json)))
}

/// One record of the CLI's `validate` report, as columns: `(ok, normalized, warnings,
/// issues, truncated)`, the JSON ones as text (`None` where the CLI's record leaves the
/// member out): what the Spark example (examples/spark/) writes per row. Each text is the
/// core's own serialization of the normalized value or issue list, byte for byte the CLI's.
#[pyfunction]
#[pyo3(signature = (provider, operation, text, options_json=None))]
fn validate_record(
    py: Python<'_>,
    provider: &str,
    operation: &str,
    text: &str,
    options_json: Option<&str>,
) -> PyResult<Record> {
    let (provider, operation, options) =
        json::check_args(provider, operation, options_json).map_err(UsageError::new_err)?;
    Ok(py.detach(|| {
        record(customer_validate::validate_json(
            provider, operation, text, &options,
        ))
    }))
}

/// `(ok, normalized, warnings, issues, truncated)`, as [`validate_record`] answers it.
type Record = (bool, Option<String>, Option<String>, Option<String>, bool);

/// `(line, ok, normalized, warnings, issues, truncated)`, as [`validate_csv`] answers a row.
type CsvRecord = (
    u64,
    bool,
    Option<String>,
    Option<String>,
    Option<String>,
    bool,
);

/// A validation's answer as the CLI report's columns.
fn record(
    result: Result<customer_validate::rules::Normalized, customer_validate::Report>,
) -> Record {
    match result {
        Ok(n) => (
            true,
            Some(json_text(&n.value)),
            (!n.warnings.is_empty()).then(|| json_text(&n.warnings)),
            None,
            false,
        ),
        Err(report) => (
            false,
            None,
            None,
            Some(json_text(report.issues())),
            report.truncated(),
        ),
    }
}

/// `validate_csv(provider, operation, data, options_json, delimiter)`: a whole CSV file (its
/// bytes) read as the CLI reads it ([`customer_validate::csv_file`]: byte order mark,
/// delimiter voted by the header unless given, header, physical line numbers, blank rows
/// skipped), each row validated: a list of `(line, ok, normalized, warnings, issues,
/// truncated)`, the CLI's `validate --format csv` report as rows (what the Spark job writes
/// for a CSV file). `delimiter` is one ASCII character other than a quote or line end.
#[pyfunction]
#[pyo3(signature = (provider, operation, data, options_json=None, delimiter=None))]
fn validate_csv(
    py: Python<'_>,
    provider: &str,
    operation: &str,
    data: &[u8],
    options_json: Option<&str>,
    delimiter: Option<&str>,
) -> PyResult<Vec<CsvRecord>> {
    use customer_validate::csv_file::{self, row_payload, CsvRow, CsvRows};
    let (provider, operation, options) =
        json::check_args(provider, operation, options_json).map_err(UsageError::new_err)?;
    let data = csv_file::without_bom(data);
    let delimiter = match delimiter.map(str::as_bytes) {
        None => csv_file::detect_delimiter(data),
        Some(&[d]) if d.is_ascii() && !matches!(d, b'"' | b'\r' | b'\n') => d,
        Some(_) => {
            return Err(UsageError::new_err(
                "delimiter takes one ASCII character other than a quote or line end",
            ))
        }
    };
    py.detach(|| {
        let refused = |issue| {
            let mut report = customer_validate::Report::with_limit(options.max_issues);
            report.push(issue);
            record(Err(report))
        };
        let mut rows = CsvRows::new(data, delimiter, provider);
        let mut fields = csv::ByteRecord::new();
        let mut out = Vec::new();
        // Reading a byte slice cannot fail.
        while let Ok(Some(row)) = rows.next_row(&mut fields) {
            let (line, (ok, normalized, warnings, issues, truncated)) = match row {
                CsvRow::Refused { line, issue } => (line, refused(issue)),
                CsvRow::Record { line } => {
                    let Some(columns) = rows.columns() else {
                        continue;
                    };
                    match row_payload(columns, &fields) {
                        None => continue,
                        Some(Ok(value)) => (
                            line,
                            record(customer_validate::validate(
                                provider, operation, &value, &options,
                            )),
                        ),
                        Some(Err(issue)) => (line, refused(issue)),
                    }
                }
            };
            out.push((line, ok, normalized, warnings, issues, truncated));
        }
        Ok(out)
    })
}

/// A value the core serializes (a JSON value, issues), as JSON text.
fn json_text<T: serde::Serialize + ?Sized>(value: &T) -> String {
    // Our own output types always serialize; an empty text would fail the caller's parse
    // loudly rather than pass for an answer.
    serde_json::to_string(value).unwrap_or_default()
}

/// `check(field, input, region, options_json)` for `phone`, `email`, `country` and `postal`
/// (`region` is the country for `postal`); `input` `None` when the value was not a string.
#[pyfunction]
#[pyo3(signature = (field, input, region=None, options_json=None))]
fn check(
    py: Python<'_>,
    field: &str,
    input: Option<&str>,
    region: Option<&str>,
    options_json: Option<&str>,
) -> PyResult<String> {
    usage(py.detach(|| json::check(field, input, region, options_json)))
}

/// `check_address(address_json, options_json)`: an address verdict as JSON text.
#[pyfunction]
#[pyo3(signature = (address_json, options_json=None))]
fn check_address(
    py: Python<'_>,
    address_json: &str,
    options_json: Option<&str>,
) -> PyResult<String> {
    usage(py.detach(|| json::check_address(address_json, options_json)))
}

/// `to_payload(provider, operation, customer_json, context_json, options_json)`.
#[pyfunction]
#[pyo3(signature = (provider, operation, customer_json, context_json=None, options_json=None))]
fn to_payload(
    py: Python<'_>,
    provider: &str,
    operation: &str,
    customer_json: &str,
    context_json: Option<&str>,
    options_json: Option<&str>,
) -> PyResult<String> {
    usage(py.detach(|| {
        json::to_payload(
            customer_json,
            provider,
            operation,
            context_json,
            options_json,
        )
    }))
}

/// `from_payload(provider, payload_json, options_json)`.
#[pyfunction]
#[pyo3(signature = (provider, payload_json, options_json=None))]
fn from_payload(
    py: Python<'_>,
    provider: &str,
    payload_json: &str,
    options_json: Option<&str>,
) -> PyResult<String> {
    usage(py.detach(|| json::from_payload(provider, payload_json, options_json)))
}

/// `requirements(provider, operation, options_json)`.
#[pyfunction]
#[pyo3(signature = (provider, operation, options_json=None))]
fn requirements(provider: &str, operation: &str, options_json: Option<&str>) -> PyResult<String> {
    usage(json::requirements(provider, operation, options_json))
}

/// `checklist(customer_json, operation, options_json)`.
#[pyfunction]
#[pyo3(signature = (customer_json, operation, options_json=None))]
fn checklist(
    py: Python<'_>,
    customer_json: &str,
    operation: &str,
    options_json: Option<&str>,
) -> PyResult<String> {
    usage(py.detach(|| json::checklist(customer_json, operation, options_json)))
}

/// `fields(provider, operation, options_json)`: the fields a form shows.
#[pyfunction]
#[pyo3(signature = (provider, operation, options_json=None))]
fn fields(provider: &str, operation: &str, options_json: Option<&str>) -> PyResult<String> {
    usage(json::fields(provider, operation, options_json))
}

/// Every provider with its label and operations.
#[pyfunction]
fn providers() -> String {
    json::providers()
}

/// The country table.
#[pyfunction]
fn countries() -> String {
    json::countries()
}

/// `format_as_you_type(text, region)`.
#[pyfunction]
#[pyo3(signature = (text, region=None))]
fn format_as_you_type(text: &str, region: Option<&str>) -> String {
    json::format_as_you_type(text, region)
}

/// `example_number(region, kind)`: `kind` `mobile` (the default) or `fixed_line`.
#[pyfunction]
#[pyo3(signature = (region, kind=None))]
fn example_number(region: &str, kind: Option<&str>) -> PyResult<String> {
    usage(json::example_number(region, kind))
}

/// The `validate` answer for a payload with no JSON form (`received` names its type), or
/// nested too deeply to write (`too_deep`), under the options' `max_issues`.
#[pyfunction]
#[pyo3(signature = (received, too_deep, options_json=None))]
fn rejected_payload(
    received: &str,
    too_deep: bool,
    options_json: Option<&str>,
) -> PyResult<String> {
    let options = json::parse_options(options_json).map_err(UsageError::new_err)?;
    Ok(json::rejected_payload(
        rejection(received, too_deep, options.max_depth),
        options.max_issues,
    ))
}

/// The `check_address` answer for an address with no JSON form, as [`rejected_payload`].
#[pyfunction]
#[pyo3(signature = (received, too_deep, options_json=None))]
fn rejected_address(
    received: &str,
    too_deep: bool,
    options_json: Option<&str>,
) -> PyResult<String> {
    let options = json::parse_options(options_json).map_err(UsageError::new_err)?;
    Ok(json::rejected_address(rejection(
        received,
        too_deep,
        options.max_depth,
    )))
}

fn rejection(received: &str, too_deep: bool, max_depth: usize) -> customer_validate::Issue {
    if too_deep {
        customer_validate::Issue::new(
            customer_validate::Code::TooDeep,
            "JSON is nested too deeply",
        )
        .param("max", max_depth)
    } else {
        json::unreadable(received)
    }
}

/// Pays the phone engine's one-off start-up cost now.
#[pyfunction]
fn warm_up(py: Python<'_>) {
    py.detach(json::warm_up);
}

/// The module: the functions above and `UsageError`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("UsageError", m.py().get_type::<UsageError>())?;
    m.add_function(wrap_pyfunction!(validate_json, m)?)?;
    m.add_function(wrap_pyfunction!(validate_record, m)?)?;
    m.add_function(wrap_pyfunction!(validate_csv, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(check_address, m)?)?;
    m.add_function(wrap_pyfunction!(to_payload, m)?)?;
    m.add_function(wrap_pyfunction!(from_payload, m)?)?;
    m.add_function(wrap_pyfunction!(requirements, m)?)?;
    m.add_function(wrap_pyfunction!(checklist, m)?)?;
    m.add_function(wrap_pyfunction!(fields, m)?)?;
    m.add_function(wrap_pyfunction!(providers, m)?)?;
    m.add_function(wrap_pyfunction!(countries, m)?)?;
    m.add_function(wrap_pyfunction!(format_as_you_type, m)?)?;
    m.add_function(wrap_pyfunction!(example_number, m)?)?;
    m.add_function(wrap_pyfunction!(rejected_payload, m)?)?;
    m.add_function(wrap_pyfunction!(rejected_address, m)?)?;
    m.add_function(wrap_pyfunction!(warm_up, m)?)?;
    Ok(())
}
