//! The wasm-bindgen exports (compiled for `wasm32` only). Thin: JavaScript values in, the
//! answers of [`super`] out; the public JavaScript API (`npm/src/index.js`) wraps these raw
//! functions, whose names start with `raw_` to say so. They are public for the
//! `wasm-bindgen-test` suites (`tests/wasm*.rs`).
//!
//! Every argument arrives as a `JsValue` and is read here, so a wrong JavaScript type is a
//! `TypeError` or an `invalid_type` issue rather than a wasm-bindgen glue error.
//!
//! ```js
//! import { raw_validate } from './customer_validate.js';
//! raw_validate('bloc', 'archive', { id: 'c1' }, undefined); // { ok: true, value: { id: 'c1' }, warnings: [] }
//! ```

use super::{
    check, check_address, check_args, parse_options, rejected_address, rejected_payload,
    unreadable, validate_checked, validate_left_out, warm_up,
};
#[cfg(feature = "form-kit")]
use super::{countries, fields, providers};
use crate::issue::{Code, Issue};
use crate::text_out::fill;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;

    // Without `catch`: the text is always our own serializer's JSON, and the glue's
    // exception wrapper cost a closure and an `apply` per answer.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> JsValue;

    #[wasm_bindgen(js_name = TypeError)]
    type JsTypeError;

    #[wasm_bindgen(constructor, js_class = "TypeError")]
    fn new(message: &str) -> JsTypeError;

    #[wasm_bindgen(js_name = RangeError)]
    type JsRangeError;

    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

fn type_error(message: &str) -> JsValue {
    JsTypeError::new(&fill("customer-validate: {}", &[message])).into()
}

/// Our answers are JSON text we just serialized; `JSON.parse` gives the caller plain objects.
fn answer(text: Result<String, String>) -> Result<JsValue, JsValue> {
    Ok(json_parse(&text.map_err(|m| type_error(&m))?))
}

fn string_arg(name: &str, value: &JsValue) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| type_error(&fill("{} must be a string", &[name])))
}

/// Options as JSON text; `undefined` and `null` mean the defaults.
fn options_arg(value: &JsValue) -> Result<Option<String>, JsValue> {
    object_arg("options", value)
}

/// An optional plain-object argument (options, a context) as JSON text; `undefined` and
/// `null` mean none.
fn object_arg(name: &str, value: &JsValue) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if !value.is_object() {
        return Err(type_error(&fill("{} must be an object", &[name])));
    }
    let text = json_stringify(value)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| type_error(&fill("{} cannot be converted to JSON", &[name])))?;
    Ok(Some(text))
}

/// What `JSON.stringify` cannot write, named for the `received` param.
fn unreadable_kind(value: &JsValue) -> String {
    let kind = value.js_typeof().as_string().unwrap_or_default();
    if kind == "object" {
        "object that is not JSON (a cycle or a BigInt inside)".to_owned()
    } else {
        kind
    }
}

/// The value as `JSON.stringify` writes it, or the issue for a value that has no JSON form.
fn json_text(value: &JsValue, options: &crate::Options) -> Result<String, Issue> {
    match json_stringify(value) {
        Ok(text) => text
            .as_string()
            .ok_or_else(|| unreadable(&unreadable_kind(value))),
        // JSON.stringify recursed past the engine's stack: nested far deeper than any limit.
        Err(e) if e.is_instance_of::<JsRangeError>() => {
            Err(Issue::new(Code::TooDeep, "JSON is nested too deeply")
                .param("max", options.max_depth))
        }
        Err(_) => Err(unreadable(&unreadable_kind(value))),
    }
}

/// `f`'s answer for `value` as JSON text, or, for a value with no JSON form, the answer
/// holding that one issue (so a BigInt or a cycle is an `invalid_type` answer, not a throw).
fn answer_for(
    value: &JsValue,
    options: &crate::Options,
    f: impl FnOnce(&str) -> Result<String, String>,
) -> Result<JsValue, JsValue> {
    match json_text(value, options) {
        Ok(text) => answer(f(&text)),
        Err(issue) => answer(Ok(rejected_payload(issue, options.max_issues))),
    }
}

/// Installs the panic hook when the module is instantiated.
#[wasm_bindgen(start)]
fn start() {
    install_panic_hook();
}

/// Makes a Rust panic reach JavaScript as an `Error` whose message starts with
/// `customer-validate: internal error` and holds the panic's message and place (also written
/// to `console.error`), instead of a bare `RuntimeError: unreachable`. Runs at instantiation.
///
/// ```js
/// try { raw_validate(...) } catch (e) { /* e.message: 'customer-validate: internal error (Rust panic: ...' */ }
/// ```
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(report_panic));
}

/// The core never panics by design; if it ever does, the caller gets a JavaScript `Error`
/// saying so (and the console a copy), instead of a bare `RuntimeError: unreachable`. The
/// instance is not trusted after that: the wrapper refuses further calls.
fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
    let message = format!(
        "customer-validate: internal error (Rust panic: {info}); this is a bug, please report \
         it. The module refuses further calls until it is loaded again."
    );
    console_error(&message);
    wasm_bindgen::throw_str(&message);
}

/// `validate(provider, operation, payload, options)`: payload is any JavaScript value, read
/// as `JSON.stringify` writes it; options an object or `undefined`. Answers the object of
/// [`super::validate`]; throws a `TypeError` for an unknown name or bad options.
///
/// ```js
/// raw_validate('rapyd', 'create', { name: ' Ada ' }, { max_issues: 10 }).value.name; // 'Ada'
/// ```
#[wasm_bindgen]
pub fn raw_validate(
    provider: &JsValue,
    operation: &JsValue,
    payload: &JsValue,
    options: &JsValue,
) -> Result<JsValue, JsValue> {
    // Names and options are checked first: a typo there is the caller's bug, whatever the payload.
    let (p, o, options) = validate_args(provider, operation, options)?;
    answer_for(payload, &options, |text| {
        Ok(validate_checked(p, o, text, &options))
    })
}

/// `validateJson(provider, operation, text, options)`: [`raw_validate`] of a payload given as
/// JSON text (a request body, a JSON Lines record), read as written: no `JSON.parse` and
/// `JSON.stringify` round trip in JavaScript. Text that is not JSON is a `json_invalid` issue.
/// `left_out`, when given, is the JSON text of the values the wrapper's `validate` left out
/// of `text` because JSON cannot carry them (see [`super::validate_left_out`]).
///
/// ```js
/// raw_validate_json('bloc', 'archive', '{"id": "c1"}', undefined).value; // { id: 'c1' }
/// raw_validate_json('rapyd', 'create', '{"name": "Ada"}', undefined,
///   '[{"path": ["metadata", "n"], "received": "bigint"}]').issues[0].pointer; // '/metadata/n'
/// ```
#[wasm_bindgen]
pub fn raw_validate_json(
    provider: &JsValue,
    operation: &JsValue,
    text: &JsValue,
    options: &JsValue,
    left_out: &JsValue,
) -> Result<JsValue, JsValue> {
    let (p, o, options) = validate_args(provider, operation, options)?;
    if left_out.is_undefined() {
        return answer(Ok(with_text("text", text, |text| {
            validate_checked(p, o, text, &options)
        })?));
    }
    let text = string_arg("text", text)?;
    let left_out = string_arg("left_out", left_out)?;
    answer(validate_left_out(p, o, &text, &left_out, &options))
}

/// Throws the `TypeError` [`raw_validate`] would for these names and options, so `schema()`
/// fails where it is created.
///
/// ```js
/// raw_check_args('rapyd', 'archive', undefined); // fine: an unsupported operation is an issue, later
/// raw_check_args('rapid', 'create', undefined);  // TypeError: customer-validate: unknown provider 'rapid' ...
/// ```
#[wasm_bindgen]
pub fn raw_check_args(
    provider: &JsValue,
    operation: &JsValue,
    options: &JsValue,
) -> Result<(), JsValue> {
    operation_args(provider, operation, options).map(|_| ())
}

/// The provider and operation names and the options as text, checked: a `TypeError` for an
/// unknown name or options that do not parse. Also the parsed options.
/// A provider and an operation name as strings and the options as JSON text, read from
/// JavaScript (a `TypeError` when a name is not a string).
fn named_args(
    provider: &JsValue,
    operation: &JsValue,
    options: &JsValue,
) -> Result<(String, String, Option<String>), JsValue> {
    Ok((
        string_arg("provider", provider)?,
        string_arg("operation", operation)?,
        options_arg(options)?,
    ))
}

fn operation_args(
    provider: &JsValue,
    operation: &JsValue,
    options: &JsValue,
) -> Result<OperationArgs, JsValue> {
    let (provider, operation, options_json) = named_args(provider, operation, options)?;
    let (p, o, options) =
        check_args(&provider, &operation, options_json.as_deref()).map_err(|m| type_error(&m))?;
    Ok(OperationArgs {
        provider,
        operation,
        options_json,
        checked: (p, o),
        options,
    })
}

// --- the validation calls' glue, built for many calls (feature `fast-glue`, the Node build) ---
// The browser modules, which answer one call per keystroke, keep wasm-bindgen's conversions
// and read the names every time: ~1 KB gzipped less (docs/decisions.md, "Node speed").

#[cfg(feature = "fast-glue")]
#[wasm_bindgen]
extern "C" {
    /// `TextEncoder`, whose `encodeInto` writes a string's UTF-8 straight into module memory.
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;

    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;

    /// `encodeInto(text, dest)`: `dest` is a view of the module's memory (a mutable slice
    /// passed to JavaScript is not copied).
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &Utf8Encoder, text: &JsValue, dest: &mut [u8]) -> EncodeIntoResult;

    type EncodeIntoResult;

    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> u32;

    /// A string's `length` (UTF-16 code units).
    #[wasm_bindgen(method, getter, js_name = length)]
    fn utf16_length(this: &JsText) -> u32;

    type JsText;

}

#[cfg(feature = "fast-glue")]
thread_local! {
    static ENCODER: Utf8Encoder = Utf8Encoder::new();
    /// The buffer [`with_text`] encodes into, kept from call to call (up to [`KEPT_TEXT`]).
    static TEXT: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The largest text buffer kept between calls (a bigger one is dropped after its call).
#[cfg(feature = "fast-glue")]
const KEPT_TEXT: usize = 1 << 20;

/// `f` of a string argument read as UTF-8, as [`string_arg`] reads it (the same `TypeError`
/// for a value that is not a string, lone surrogates as U+FFFD), without a new allocation
/// per call: `TextEncoder.encodeInto` writes the text into a buffer the module keeps, where
/// wasm-bindgen's own conversion allocated a string, copied it in JavaScript character by
/// character and reallocated it twice (docs/decisions.md, "Node speed").
#[cfg(feature = "fast-glue")]
fn with_text<R>(name: &str, value: &JsValue, f: impl FnOnce(&str) -> R) -> Result<R, JsValue> {
    if !value.is_string() {
        return Err(type_error(&fill("{} must be a string", &[name])));
    }
    // At most 3 bytes of UTF-8 per UTF-16 code unit.
    let room = usize::try_from(value.unchecked_ref::<JsText>().utf16_length())
        .unwrap_or(usize::MAX)
        .saturating_mul(3);
    let mut buf = TEXT.with(std::cell::Cell::take);
    if buf.len() < room {
        buf.resize(room, 0);
    }
    let written = buf
        .get_mut(..room)
        .map(|dest| ENCODER.with(|e| e.encode_into(value, dest).written()));
    let text = written
        .and_then(|n| buf.get(..usize::try_from(n).ok()?))
        .and_then(|bytes| std::str::from_utf8(bytes).ok());
    let result = match text {
        Some(text) => f(text),
        // Not expected (encodeInto writes UTF-8 and fits): the copying conversion.
        None => f(&string_arg(name, value)?),
    };
    if buf.len() <= KEPT_TEXT {
        TEXT.with(|t| t.set(buf));
    }
    Ok(result)
}

#[cfg(feature = "fast-glue")]
thread_local! {
    /// The names [`validate_args`] read last: as JavaScript values, and what they name.
    static LAST_NAMES: std::cell::RefCell<Option<(JsValue, JsValue, crate::Provider, crate::Operation)>> =
        const { std::cell::RefCell::new(None) };
}

/// [`operation_args`] for the validation calls, which a bulk or server caller makes many
/// times with the same names: names `===` the last ones read (strings compare by value) are
/// not copied into the module and parsed again. Throws the same errors in the same order
/// (names that do not read are never remembered; the options are read every time).
#[cfg(feature = "fast-glue")]
fn validate_args(
    provider: &JsValue,
    operation: &JsValue,
    options: &JsValue,
) -> Result<(crate::Provider, crate::Operation, crate::Options), JsValue> {
    let known = LAST_NAMES.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(p, o, _, _)| p == provider && o == operation)
            .map(|&(_, _, p, o)| (p, o))
    });
    let Some((p, o)) = known else {
        let args = operation_args(provider, operation, options)?;
        let (p, o) = args.checked;
        LAST_NAMES.with(|last| {
            *last.borrow_mut() = Some((provider.clone(), operation.clone(), p, o));
        });
        return Ok((p, o, args.options));
    };
    let options = parse_options(options_arg(options)?.as_deref()).map_err(|m| type_error(&m))?;
    Ok((p, o, options))
}

/// `f` of a string argument (without feature `fast-glue`: [`string_arg`]'s copy).
#[cfg(not(feature = "fast-glue"))]
fn with_text<R>(name: &str, value: &JsValue, f: impl FnOnce(&str) -> R) -> Result<R, JsValue> {
    Ok(f(&string_arg(name, value)?))
}

/// [`operation_args`] as the validation calls need them (without feature `fast-glue`: read
/// every time).
#[cfg(not(feature = "fast-glue"))]
fn validate_args(
    provider: &JsValue,
    operation: &JsValue,
    options: &JsValue,
) -> Result<(crate::Provider, crate::Operation, crate::Options), JsValue> {
    let args = operation_args(provider, operation, options)?;
    Ok((args.checked.0, args.checked.1, args.options))
}

/// What [`operation_args`] read: the names as given and as checked, the options as text and
/// parsed.
#[cfg_attr(not(feature = "conversions"), allow(dead_code))] // the names as text: toPayload's
struct OperationArgs {
    provider: String,
    operation: String,
    options_json: Option<String>,
    checked: (crate::Provider, crate::Operation),
    options: crate::Options,
}

/// `check(field, input, region, options)` for the one-field checkers (`phone`, `email`,
/// `country`, `postal`; see [`crate::check::Field`]); `region` is the country for `postal`.
/// A non-string `input` is an `invalid_type` verdict.
///
/// ```js
/// raw_check('phone', '0803 123 4567', 'NG', undefined).normalized; // '+2348031234567'
/// raw_check('postal', 'k1a0b1', 'CA', undefined).normalized;       // 'K1A 0B1'
/// ```
#[wasm_bindgen]
pub fn raw_check(
    field: &JsValue,
    input: &JsValue,
    region: &JsValue,
    options: &JsValue,
) -> Result<JsValue, JsValue> {
    let field = string_arg("field", field)?;
    let region = if region.is_undefined() || region.is_null() {
        None
    } else {
        let name = if field == "postal" {
            "country"
        } else {
            "region"
        };
        Some(string_arg(name, region)?)
    };
    let options = options_arg(options)?;
    answer(check(
        &field,
        input.as_string().as_deref(),
        region.as_deref(),
        options.as_deref(),
    ))
}

/// `checkAddress(address, options)`: `address` is any JavaScript value, read as
/// `JSON.stringify` writes it; answers the object of [`super::check_address`] (a value with
/// no JSON form is an `invalid_type` verdict); throws a `TypeError` for bad options.
///
/// ```js
/// raw_check_address({ line_1: '1 Main St', city: 'Ottawa', zip: 'k1a0b1', country: 'CA' }, undefined).normalized.zip; // 'K1A 0B1'
/// ```
#[wasm_bindgen]
pub fn raw_check_address(address: &JsValue, options: &JsValue) -> Result<JsValue, JsValue> {
    let options = options_arg(options)?;
    let parsed = parse_options(options.as_deref()).map_err(|m| type_error(&m))?;
    match json_text(address, &parsed) {
        Ok(text) => answer(check_address(&text, options.as_deref())),
        Err(issue) => answer(Ok(rejected_address(issue))),
    }
}

/// The country table ([`super::countries`]): `[{ alpha2, alpha3, numeric, name, … }]`,
/// sorted by alpha-2.
///
/// ```js
/// raw_countries()[0].alpha2; // 'AD'
/// ```
#[cfg(feature = "form-kit")]
#[wasm_bindgen]
pub fn raw_countries() -> Result<JsValue, JsValue> {
    answer(Ok(countries()))
}

/// Every provider with its label and operations ([`super::providers`]).
///
/// ```js
/// raw_providers()[0]; // { name: 'calypso', label: 'Calypso', operations: ['create', …] }
/// ```
#[cfg(feature = "form-kit")]
#[wasm_bindgen]
pub fn raw_providers() -> Result<JsValue, JsValue> {
    answer(Ok(providers()))
}

/// `fields(provider, operation, options)`: the fields a form shows ([`super::fields`]).
///
/// ```js
/// raw_fields('rapyd', 'create', undefined)[0]; // { name: 'name', label: 'Full name', kind: 'text', … }
/// ```
#[cfg(feature = "form-kit")]
#[wasm_bindgen]
pub fn raw_fields(
    provider: &JsValue,
    operation: &JsValue,
    options: &JsValue,
) -> Result<JsValue, JsValue> {
    let (provider, operation, options) = named_args(provider, operation, options)?;
    answer(fields(&provider, &operation, options.as_deref()))
}

/// `formatPhoneAsYouType(text, region)`: what a phone field shows after a keystroke (see
/// [`super::format_as_you_type`]); `region` a string or `undefined`.
///
/// ```js
/// raw_format_as_you_type('202456', 'US').formatted; // '202-456'
/// ```
#[cfg(feature = "form-kit")]
#[wasm_bindgen]
pub fn raw_format_as_you_type(text: &JsValue, region: &JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg("text", text)?;
    let region = if region.is_undefined() || region.is_null() {
        None
    } else {
        Some(string_arg("region", region)?)
    };
    answer(Ok(super::format_as_you_type(&text, region.as_deref())))
}

/// The issues of the wrapper's left-out list (values JSON cannot carry, found by its walk),
/// each on its own path (see [`super::left_out_issues`]).
///
/// ```js
/// raw_left_out_issues('[{"path":["n"],"received":"bigint"}]')[0].pointer; // '/n'
/// ```
#[wasm_bindgen]
pub fn raw_left_out_issues(left_out: &JsValue) -> Result<JsValue, JsValue> {
    answer(super::left_out_issues(&string_arg("left_out", left_out)?))
}

/// `addressFormat(country, { latin })`: the country's address layout (see
/// [`super::address_format`]).
///
/// ```js
/// raw_address_format('US', false).format.labels.postal_code; // 'zip'
/// ```
#[cfg(feature = "form-kit")]
#[wasm_bindgen]
pub fn raw_address_format(country: &JsValue, latin: bool) -> Result<JsValue, JsValue> {
    let country = string_arg("country", country)?;
    answer(Ok(super::address_format(&country, latin)))
}

/// `exampleNumber(region, type)`: the region's example number of `type` (`'mobile'`, the
/// default when `undefined`, or `'fixed_line'`) with its renderings (see
/// [`super::example_number`]); another type name is a `TypeError`.
///
/// ```js
/// raw_example_number('GB', undefined).example.national; // '07400 123456'
/// ```
#[cfg(feature = "form-kit")]
#[wasm_bindgen]
pub fn raw_example_number(region: &JsValue, kind: &JsValue) -> Result<JsValue, JsValue> {
    let region = string_arg("region", region)?;
    let kind = if kind.is_undefined() || kind.is_null() {
        None
    } else {
        Some(string_arg("type", kind)?)
    };
    answer(super::example_number(&region, kind.as_deref()))
}

/// `loadData(name, bytes)`: registers one per-country data file of the browser build (see
/// [`crate::data::load`]); a truncated, corrupt or foreign file is a `TypeError` naming it,
/// and nothing of it is kept. In the Node build, which embeds every country, it only checks
/// the file.
///
/// ```js
/// raw_load_data('US', new Uint8Array(await (await fetch(url)).arrayBuffer()));
/// ```
#[wasm_bindgen]
pub fn raw_load_data(name: &JsValue, bytes: &[u8]) -> Result<(), JsValue> {
    let name = string_arg("name", name)?;
    crate::data::load(&name, bytes).map_err(|e| type_error(&e.text()))
}

/// Whether the data file `name` is loaded (always, in the Node build).
///
/// ```js
/// raw_data_loaded('US'); // false until loadData('US', …)
/// ```
#[wasm_bindgen]
pub fn raw_data_loaded(name: &JsValue) -> Result<bool, JsValue> {
    Ok(crate::data::is_loaded(&string_arg("name", name)?))
}

/// Pays the start-up cost of the checks that read data file `name` (see
/// [`super::warm_up_data`]); called by `init()` for the files it loaded.
///
/// ```js
/// raw_warm_up_data('US');
/// ```
#[wasm_bindgen]
pub fn raw_warm_up_data(name: &JsValue) -> Result<(), JsValue> {
    super::warm_up_data(&string_arg("name", name)?);
    Ok(())
}

/// Pays the phone engine's one-off start-up cost now (see [`super::warm_up`]).
///
/// ```js
/// raw_warm_up(); // called by init()
/// ```
#[wasm_bindgen]
pub fn raw_warm_up() {
    warm_up();
}

/// The canonical-customer bindings (`toPayload`, `fromPayload`, `requirements`, `checklist`),
/// only with the feature `conversions`: the browser's first module leaves them out, so the
/// conversions are not linked into it (docs/decisions.md, "npm package").
#[cfg(feature = "conversions")]
mod conversions {
    use super::{
        answer, answer_for, named_args, object_arg, operation_args, options_arg, parse_options,
        string_arg, type_error,
    };
    use crate::wasm::customer;
    use wasm_bindgen::prelude::*;

    /// A name argument (a provider's or an operation's) checked as a `T`, with the options as
    /// text and parsed: a `TypeError` for a wrong type, an unknown name or bad options.
    fn checked_name<T: std::str::FromStr<Err = String>>(
        what: &str,
        name: &JsValue,
        options: &JsValue,
    ) -> Result<(String, Option<String>, crate::Options), JsValue> {
        let name = string_arg(what, name)?;
        let options = options_arg(options)?;
        let parsed = parse_options(options.as_deref()).map_err(|m| type_error(&m))?;
        name.parse::<T>().map_err(|m| type_error(&m))?;
        Ok((name, options, parsed))
    }

    /// `toPayload(provider, operation, customer, context, options)`: `customer` is any JavaScript
    /// value, read as `JSON.stringify` writes it; `context` (Calypso's `account`, `timestamp_ms`,
    /// `customer_id`) and `options` objects or `undefined`. Answers the object of
    /// [`customer::to_payload`]; throws a `TypeError` for an unknown name, bad options or context.
    ///
    /// ```js
    /// raw_to_payload('rapyd', 'create', { full_name: 'Ada Obi' }, undefined, undefined).value; // { name: 'Ada Obi' }
    /// ```
    #[wasm_bindgen]
    pub fn raw_to_payload(
        provider: &JsValue,
        operation: &JsValue,
        customer: &JsValue,
        context: &JsValue,
        options: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let args = operation_args(provider, operation, options)?;
        let context = object_arg("context", context)?;
        answer_for(customer, &args.options, |text| {
            customer::to_payload(
                text,
                &args.provider,
                &args.operation,
                context.as_deref(),
                args.options_json.as_deref(),
            )
        })
    }

    /// `fromPayload(provider, payload, options)`: the canonical customer read from a provider's
    /// create payload or response object (any JavaScript value, read as `JSON.stringify` writes
    /// it). Answers the object of [`customer::from_payload`].
    ///
    /// ```js
    /// raw_from_payload('bloc', { first_name: 'Ada', last_name: 'Obi' }, undefined).value; // { given_name: 'Ada', family_name: 'Obi' }
    /// ```
    #[wasm_bindgen]
    pub fn raw_from_payload(
        provider: &JsValue,
        payload: &JsValue,
        options: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let (provider, options, parsed) =
            checked_name::<crate::Provider>("provider", provider, options)?;
        answer_for(payload, &parsed, |text| {
            customer::from_payload(&provider, text, options.as_deref())
        })
    }

    /// `requirements(provider, operation, options)`: the canonical fields the operation needs
    /// and can carry ([`customer::requirements`]).
    ///
    /// ```js
    /// raw_requirements('authvia', 'create', undefined).required[0].any_of; // ['external_ref']
    /// ```
    #[wasm_bindgen]
    pub fn raw_requirements(
        provider: &JsValue,
        operation: &JsValue,
        options: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let (provider, operation, options) = named_args(provider, operation, options)?;
        answer(customer::requirements(
            &provider,
            &operation,
            options.as_deref(),
        ))
    }

    /// `checklist(customer, operation, options)`: every provider's list of what `customer` still
    /// lacks for `operation` ([`customer::checklist`]).
    ///
    /// ```js
    /// raw_checklist({ email: 'a@example.com' }, 'create', undefined).value[0]; // { provider: 'calypso', missing: [], ready: true }
    /// ```
    #[wasm_bindgen]
    pub fn raw_checklist(
        customer: &JsValue,
        operation: &JsValue,
        options: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let (operation, options, parsed) =
            checked_name::<crate::Operation>("operation", operation, options)?;
        answer_for(customer, &parsed, |text| {
            customer::checklist(text, &operation, options.as_deref())
        })
    }
}
#[cfg(feature = "conversions")]
pub use conversions::*;
