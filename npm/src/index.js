// customer-validate: the JavaScript API (types: index.d.ts).
//
// A thin, hand-written wrapper over the raw wasm-bindgen exports of src/wasm/bindings.rs,
// which decide every answer. It only (1) loads the WebAssembly module, (2) renames and
// reshapes arguments, (3) builds the Standard Schema object, whose `~standard` key
// wasm-bindgen cannot emit, and (4) refuses further calls after an internal error.
//
// This file is the browser / bundler entry as published; node.js and node.cjs load the module
// synchronously and re-export it.

import loadWasm, {
  initSync as instantiateSync,
  raw_check,
  raw_check_address,
  raw_check_args,
  raw_checklist,
  raw_countries,
  raw_fields,
  raw_from_payload,
  raw_providers,
  raw_requirements,
  raw_to_payload,
  raw_validate,
  raw_validate_json,
  raw_warm_up,
} from './customer_validate.js';

let loaded = false;
let loading;
let warm = false;
// The first internal error (a Rust panic or a WebAssembly trap). The instance's memory is
// not trusted after one, so every later call is refused with a clear error instead.
let failure;

function unusable() {
  const why = failure instanceof Error ? failure.message : String(failure);
  return new Error(`customer-validate: refusing calls after an internal error (${why})`, { cause: failure });
}

function call(f) {
  if (failure !== undefined) throw unusable();
  if (!loaded) {
    throw new Error('customer-validate: the WebAssembly module is not loaded yet: `await init()` once before the first call');
  }
  try {
    return f();
  } catch (e) {
    // Raw calls throw TypeError for a caller's mistake (unknown provider, bad options) and
    // nothing else; anything else is ours.
    if (!(e instanceof TypeError)) failure = e;
    throw e;
  }
}

function warmUp() {
  if (!warm) {
    call(raw_warm_up);
    // ...and this file's own path through the glue once.
    call(() => raw_validate('bloc', 'archive', { id: 'warm-up' }, undefined));
    warm = true;
  }
}

/**
 * Loads the WebAssembly module (once; later calls share the first) and, unless
 * `warmUp: false`, pays the phone engine's one-off start-up cost now rather than in the first
 * validation. In Node the module is already loaded at import and this only warms up.
 */
export async function init({ module, warmUp: warmUpNow = true } = {}) {
  if (failure !== undefined) throw unusable();
  if (!loaded) {
    loading ??= loadWasm({ module_or_path: module ?? new URL('./customer_validate_bg.wasm', import.meta.url) }).then(
      () => {
        loaded = true;
      },
      (e) => {
        loading = undefined;
        throw e;
      },
    );
    await loading;
  }
  if (warmUpNow) warmUp();
}

/**
 * Loads the module synchronously from its bytes or a compiled `WebAssembly.Module` (workers,
 * Node). Does nothing if it is already loaded.
 */
export function initSync({ module, warmUp: warmUpNow = false }) {
  if (failure !== undefined) throw unusable();
  if (!loaded) {
    instantiateSync({ module });
    loaded = true;
  }
  if (warmUpNow) warmUp();
}

/** Validates and normalizes `payload` for `provider`'s `operation`. */
export function validate(provider, operation, payload, options) {
  return call(() => raw_validate(provider, operation, payload, options));
}

/** Validates a payload given as JSON text, read as written (no `JSON.parse` round trip). */
export function validateJson(provider, operation, text, options) {
  return call(() => raw_validate_json(provider, operation, text, options));
}

/** Checks one phone number; `region` is the default region for numbers typed without `+`. */
export function checkPhone(input, { region } = {}) {
  return call(() => raw_check('phone', input, region, undefined));
}

/** Checks one email address. */
export function checkEmail(input, options) {
  return call(() => raw_check('email', input, undefined, options));
}

/** Resolves a country code, name or alias to its ISO 3166-1 entry. */
export function lookupCountry(input) {
  return call(() => raw_check('country', input, undefined, undefined));
}

/** Checks one postal code against `country`'s format (code, name or alias of the country). */
export function checkPostalCode(country, code) {
  return call(() => raw_check('postal', code, country, undefined));
}

/** Checks one address object (Rapyd's member names) against its country's rules. */
export function checkAddress(address, options) {
  return call(() => raw_check_address(address, options));
}

/** Every country of the table (ISO 3166-1 plus XK), sorted by alpha-2; a fresh array each call. */
export function countries() {
  return call(raw_countries);
}

/** Every provider with its label and operations, for a form's pickers. */
export function providers() {
  return call(raw_providers);
}

/**
 * The fields a form shows for `provider`'s `operation`, in order: name, label, control kind,
 * whether required, hint, autocomplete token, choices and nested fields, declared beside the
 * provider's rules.
 */
export function fields(provider, operation, options) {
  return call(() => raw_fields(provider, operation, options));
}

/**
 * `provider`'s `operation` payload for a canonical customer, or every issue on the canonical
 * field to fill. `context` carries Calypso's envelope `account`, `timestamp_ms` and (updates)
 * `customer_id`.
 */
export function toPayload(provider, operation, customer, context, options) {
  return call(() => raw_to_payload(provider, operation, customer, context, options));
}

/** The canonical customer read from `provider`'s create payload or response object. */
export function fromPayload(provider, payload, options) {
  return call(() => raw_from_payload(provider, payload, options));
}

/** The canonical fields `provider`'s `operation` needs (`required`) and can carry (`optional`). */
export function requirements(provider, operation, options) {
  return call(() => raw_requirements(provider, operation, options));
}

/** Every provider's list of what `customer` still lacks for `operation` (default `create`). */
export function checklist(customer, operation = 'create', options = undefined) {
  return call(() => raw_checklist(customer, operation, options));
}

/**
 * A Standard Schema v1 object for one provider operation, for react-hook-form, TanStack Form,
 * tRPC, Hono and any other Standard Schema consumer. `validate` is synchronous once the module
 * is loaded; before that it starts `init()` and answers with a promise.
 */
export function schema(provider, operation, options) {
  // Checked now when possible, so a typo fails where the schema is made.
  if (loaded) call(() => raw_check_args(provider, operation, options));
  const run = (value) => {
    const r = validate(provider, operation, value, options);
    return r.ok ? { value: r.value } : { issues: r.issues };
  };
  return Object.freeze({
    '~standard': Object.freeze({
      version: 1,
      vendor: 'customer-validate',
      validate: (value) => (loaded || failure !== undefined ? run(value) : init().then(() => run(value))),
    }),
  });
}
