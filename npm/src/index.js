// customer-validate: the JavaScript API (types: index.d.ts).
//
// A thin, hand-written wrapper over the raw wasm-bindgen exports of src/wasm/bindings.rs,
// which decide every answer. It only (1) loads the WebAssembly module and the per-country
// data files, (2) renames and reshapes arguments, (3) builds the Standard Schema object, whose
// `~standard` key wasm-bindgen cannot emit, and (4) refuses further calls after an internal
// error.
//
// (5) It also writes a payload as JSON text for `validate`, naming on its own path each value
// JSON cannot carry (see "JavaScript values as JSON text" below).
//
// This file is the browser / bundler entry as published; node.js and node.cjs load the Node
// build (every country's data embedded) synchronously and re-export it.
//
// Per-country data (docs/decisions.md "Per-country data"): the browser build holds no
// country's phone metadata or address rules. A check that needs a country's data it does not
// have answers `data_not_loaded` with `params.file`; `init({ countries })` fetches files
// ahead, and the Standard Schema's `validate` fetches what a value needs by itself.

import * as firstModule from './customer_validate.js';
import { FILES } from './data.js';
import { loadKit, loadFull } from './full.js';

// The wasm-bindgen glue whose module answers. In browsers: the first module (validation
// only), the kit (and the form kit) once init({ formKit: true }) has loaded it, or the full
// one (and the customer conversions) once init({ customer: true }) has. In Node: one module
// with everything.
let api = firstModule;

// The browser's larger modules: what loads each, the export that tells whether the module
// answering has it, and the init() option that asks for it.
const KIT = { load: loadKit, member: 'raw_address_format', what: 'form kit', option: 'formKit' };
const FULL = { load: loadFull, member: 'raw_to_payload', what: 'customer conversions', option: 'customer' };

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
    // nothing else; anything else is ours. The browser modules have no panic hook (a panic is
    // a trap there: docs/decisions.md, "The browser modules' compiler"), so a trap is named.
    if (e instanceof TypeError) throw e;
    failure = e instanceof WebAssembly.RuntimeError
      ? new Error(`customer-validate: internal error (WebAssembly trap: ${e.message})`, { cause: e })
      : e;
    throw failure;
  }
}

// --- per-country data files --------------------------------------------------------------
let dataBase;
// File name -> promise of its load, while it is being fetched (so concurrent callers share
// one fetch); removed when it settles, so a failed fetch is tried again by the next call.
const fetching = new Map();

function dataUrl(name) {
  if (dataBase !== undefined) return new URL(`${name}.bin`, dataBase);
  const url = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
  if (url === undefined) throw new TypeError(`customer-validate: there is no data file named ${JSON.stringify(name)}`);
  return url();
}

async function fetchFile(name) {
  const url = dataUrl(name);
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`customer-validate: could not fetch the data file ${name} (${url}): ${e?.message ?? e}`, { cause: e });
  }
  if (!response.ok) {
    throw new Error(`customer-validate: could not fetch the data file ${name} (${url}): HTTP ${response.status}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Checked whole before anything is registered: a truncated or foreign file throws here and
  // leaves nothing behind.
  try {
    call(() => api.raw_load_data(name, bytes));
  } catch (e) {
    throw new Error(`customer-validate: the data file ${name} (${url}) was refused: ${e?.message ?? e}`, { cause: e });
  }
  // Kept for the full module, should it be loaded later (a few KB a country).
  loadedFiles.set(name, bytes);
}

// The bytes of every data file registered, by name.
const loadedFiles = new Map();

/** Fetches and registers the data files `names` that are not loaded yet. */
function loadFiles(names) {
  return Promise.all(
    [...new Set(names)].map((name) => {
      if (call(() => api.raw_data_loaded(name))) return undefined;
      let p = fetching.get(name);
      if (p === undefined) {
        p = fetchFile(name).finally(() => fetching.delete(name));
        fetching.set(name, p);
      }
      return p;
    }),
  );
}

/** The data files a result's `data_not_loaded` issues name (none once everything is loaded). */
export function missingData(result) {
  const files = [];
  const scan = (list) => {
    for (const i of list ?? []) if (i.code === 'data_not_loaded' && typeof i.params?.file === 'string') files.push(i.params.file);
  };
  scan(result?.issues);
  scan(result?.warnings);
  return [...new Set(files)];
}

// The file of a country given by code or name ('US', 'us', 'Germany'), or a file name itself
// ('cc800'); the upper-cased input when nothing matches, so the fetch fails naming it.
// `undefined` while the first module needs the country names' own file to tell: that file's
// name is added to `missing`.
function countryFile(country, missing) {
  const c = String(country);
  if (Object.hasOwn(FILES, c)) return c;
  if (/^[a-z]{2}$/i.test(c) && Object.hasOwn(FILES, c.toUpperCase())) return c.toUpperCase();
  const found = call(() => api.raw_check('country', c, undefined, undefined));
  if (found?.valid && typeof found.normalized === 'string') return found.normalized;
  const needs = missingData(found);
  for (const name of needs) missing.add(name);
  return needs.length > 0 ? undefined : c.toUpperCase();
}

// The files of `countries`, fetching the country names first when one is given by name.
async function countryFiles(countries) {
  const list = [...countries];
  const missing = new Set();
  let files = list.map((c) => countryFile(c, missing));
  if (missing.size > 0) {
    await loadFiles([...missing]);
    files = list.map((c) => countryFile(c, new Set()));
  }
  return files.map((f, i) => f ?? String(list[i]).toUpperCase());
}

// Runs `f` (a synchronous call returning a result), fetching the data files its answer says
// are missing and running it again, until nothing is missing. Bounded: each round loads at
// least one new file or stops.
async function withData(f) {
  for (;;) {
    const result = f();
    const missing = missingData(result).filter((name) => !call(() => api.raw_data_loaded(name)));
    if (missing.length === 0) return result;
    await loadFiles(missing);
  }
}

function warmUp() {
  if (!warm) {
    call(() => api.raw_warm_up());
    // ...and this file's own path through the glue once.
    validate('bloc', 'archive', { id: 'warm-up' }, undefined);
    warm = true;
  }
}

/**
 * Loads the WebAssembly module (once; later calls share the first), fetches the data files of
 * `countries` (codes or names) that are not loaded yet, and, unless `warmUp: false`, pays the
 * phone engine's one-off start-up cost now rather than in the first validation. Call it again
 * to load more countries. `dataUrl` is where the data files are served from when they are not
 * beside this file (a CDN). `formKit: true` loads the module with the form kit
 * (`addressFormat`, `formatPhoneAsYouType`, `exampleNumber`, `countries`, `providers`,
 * `fields`), and `customer: true` the one with the form kit and the customer conversions
 * (`toPayload`, `fromPayload`, `requirements`, `checklist`), instead of the smaller first
 * one, or after it, carrying the loaded countries over. In Node one module has everything.
 */
export async function init({ module, warmUp: warmUpNow = true, countries = [], dataUrl: base, customer = false, formKit = false } = {}) {
  if (failure !== undefined) throw unusable();
  if (base !== undefined) dataBase = new URL(String(base).endsWith('/') ? String(base) : `${base}/`, globalThis.location?.href);
  // The larger module asked for (none in Node, whose one module has everything).
  const wanted = customer ? FULL : formKit ? KIT : undefined;
  const other = wanted?.load === undefined ? undefined : wanted;
  if (!loaded) {
    loading ??= (other ? instantiateOther(other.load, module) : instantiateFirst(module)).then(
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
  // A switch under way may be to a smaller module than this call needs: then one more.
  for (let round = 0; other !== undefined && api[other.member] === undefined; round++) {
    if (round === 3) throw new Error(`customer-validate: the module with the ${other.what} did not load`);
    switching ??= instantiateOther(other.load, undefined).finally(() => {
      switching = undefined;
    });
    await switching;
  }
  const files = await countryFiles(countries);
  if (files.length > 0) await loadFiles(files);
  if (warmUpNow) {
    warmUp();
    // The checks that read each country's data, once per file (in Node everything is
    // embedded: the first call warms the countries asked for).
    for (const name of files) {
      if (!warmedFiles.has(name)) {
        call(() => api.raw_warm_up_data(name));
        warmedFiles.add(name);
      }
    }
  }
}

const warmedFiles = new Set();

let switching;

async function instantiateFirst(module) {
  await firstModule.default({ module_or_path: module ?? new URL('./customer_validate_bg.wasm', import.meta.url) });
  api = firstModule;
}

// The kit or the full module: its glue by dynamic import, its .wasm beside that glue (or
// `module`); the data files already registered in the module answering are registered in it
// before it answers.
async function instantiateOther(loader, module) {
  const other = await loader();
  await other.default(module === undefined ? undefined : { module_or_path: module });
  for (const [name, bytes] of loadedFiles) other.raw_load_data(name, bytes);
  api = other;
  warm = false;
  warmedFiles.clear();
}

/**
 * Loads the module synchronously from its bytes or a compiled `WebAssembly.Module` (workers,
 * Node): the first module in browsers. Does nothing if it is already loaded.
 */
export function initSync({ module, warmUp: warmUpNow = false }) {
  if (failure !== undefined) throw unusable();
  if (!loaded) {
    firstModule.initSync({ module });
    loaded = true;
  }
  if (warmUpNow) warmUp();
}

// --- JavaScript values as JSON text -------------------------------------------------------
// JSON.stringify drops Symbol and function members in silence (and writes them as null in
// arrays) and throws on a BigInt or a cycle, naming no place. So `validate` first walks the
// payload as JSON.stringify does; when nothing is amiss (the common case: one walk, no copy)
// the payload's own JSON.stringify text goes to the module. Otherwise it writes a copy
// without those values and lists each with its path, and the module reports each as
// `invalid_type` there (`received`: bigint, symbol, function or cycle) while validating the
// rest. A member set to `undefined` stays absent, as JSON.stringify has it.
// (docs/decisions.md "Values JSON cannot carry")

const LEFT_OUT = Symbol('left out');
// Deeper than this is `too_deep` for the module anyway (it parses 127 levels): the walk stops
// and JSON.stringify alone decides, as it did before.
const MAX_WALK_DEPTH = 256;
const TOO_DEEP = new Error('too deep to walk');

// `value` as JSON.stringify sees it (toJSON, boxed primitives, own enumerable string keys,
// undefined members absent, undefined and left-out elements null), pushing onto `leftOut` the
// path and kind of each value JSON cannot carry. With `copy`, returns the plain value to write
// without them.
function walk(value, leftOut, copy) {
  const path = [];
  const ancestors = [];
  const visit = (key, v) => {
    if ((typeof v === 'object' && v !== null) || typeof v === 'bigint') {
      const toJSON = v.toJSON;
      if (typeof toJSON === 'function') v = toJSON.call(v, key);
    }
    if (typeof v === 'object' && v !== null) {
      if (v instanceof Number) v = Number(v);
      else if (v instanceof String) v = String(v);
      else if (v instanceof Boolean || v instanceof BigInt) v = v.valueOf();
    }
    switch (typeof v) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'undefined':
        return v;
      case 'bigint':
      case 'symbol':
      case 'function':
        leftOut.push({ path: path.slice(), received: typeof v });
        return LEFT_OUT;
      default:
    }
    if (v === null) return null;
    if (ancestors.includes(v)) {
      leftOut.push({ path: path.slice(), received: 'cycle' });
      return LEFT_OUT;
    }
    if (ancestors.length >= MAX_WALK_DEPTH) throw TOO_DEEP;
    ancestors.push(v);
    let out;
    if (Array.isArray(v)) {
      if (copy) out = [];
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const e = visit(String(i), v[i]);
        path.pop();
        if (copy) out.push(e === LEFT_OUT || e === undefined ? null : e);
      }
    } else {
      // No prototype: a `__proto__` member is copied as a member.
      if (copy) out = Object.create(null);
      for (const k of Object.keys(v)) {
        path.push(k);
        const e = visit(k, v[k]);
        path.pop();
        if (copy && e !== LEFT_OUT && e !== undefined) out[k] = e;
      }
    }
    ancestors.pop();
    return out;
  };
  return visit('', value);
}

// A member name as the module reads it back from JSON text: an unpaired surrogate becomes U+FFFD.
const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (segment) => (typeof segment === 'string' ? segment.replace(UNPAIRED, '\uFFFD') : segment);

// `{ text, leftOut }`: the payload as JSON text, and the JSON text of what was left out of it
// (undefined when nothing). Undefined when the payload has no JSON text at all (undefined, a
// BigInt…, at the root) or cannot be walked (a getter that throws, nesting past
// MAX_WALK_DEPTH): the module then answers from JSON.stringify's own verdict.
// `needText: false` (the functions that pass the object on as it is): nothing is written when
// nothing was left out, so the object is not stringified twice.
function jsonText(payload, needText = true) {
  try {
    const leftOut = [];
    walk(payload, leftOut, false);
    if (leftOut.length === 0) {
      if (!needText) return {};
      const text = JSON.stringify(payload);
      return typeof text === 'string' ? { text } : undefined;
    }
    if (leftOut.some((l) => l.path.length === 0)) return undefined;
    const text = JSON.stringify(walk(payload, [], true));
    const list = leftOut.map((l) => ({ path: l.path.map(wellFormed), received: l.received }));
    return { text, leftOut: JSON.stringify(list) };
  } catch {
    return undefined;
  }
}

/** Validates and normalizes `payload` for `provider`'s `operation`. */
export function validate(provider, operation, payload, options) {
  return call(() => {
    const json = jsonText(payload);
    if (json === undefined) return api.raw_validate(provider, operation, payload, options);
    return api.raw_validate_json(provider, operation, json.text, options, json.leftOut);
  });
}

/** Validates a payload given as JSON text, read as written (no `JSON.parse` round trip). */
export function validateJson(provider, operation, text, options) {
  return call(() => api.raw_validate_json(provider, operation, text, options));
}

/** Checks one phone number; `region` is the default region for numbers typed without `+`. */
export function checkPhone(input, { region } = {}) {
  return call(() => api.raw_check('phone', input, region, undefined));
}

/**
 * What a phone field shows after a keystroke: the whole typed text formatted as
 * libphonenumber's AsYouTypeFormatter would, with `region` and `e164` once it is a valid
 * number. `region` is the country for numbers typed without `+`.
 */
export function formatPhoneAsYouType(text, { region } = {}) {
  const m = moduleWith(KIT, 'formatPhoneAsYouType');
  return call(() => m.raw_format_as_you_type(text, region));
}

/**
 * libphonenumber's example number of `type` ('mobile', the default, or 'fixed_line') for
 * `region`, with its E.164, national and international forms, for a placeholder:
 * `{ example, issues }`, `example` null where the region has none of that type.
 */
export function exampleNumber(region, type) {
  const m = moduleWith(KIT, 'exampleNumber');
  return call(() => m.raw_example_number(region, type));
}

/**
 * The address layout of `country` (code, name or alias): `{ format, issues }`, `format` the
 * fields line by line, which are required, their label kinds, postal examples and the
 * subdivisions for a dropdown; `{ latin: true }` gives the Latin-script order where the
 * country has one.
 */
export function addressFormat(country, options) {
  const m = moduleWith(KIT, 'addressFormat');
  return call(() => m.raw_address_format(country, Boolean(options && options.latin)));
}

/** Checks one email address. */
export function checkEmail(input, options) {
  return call(() => api.raw_check('email', input, undefined, options));
}

/** Resolves a country code, name or alias to its ISO 3166-1 entry. */
export function lookupCountry(input) {
  return call(() => api.raw_check('country', input, undefined, undefined));
}

/** Checks one postal code against `country`'s format (code, name or alias of the country). */
export function checkPostalCode(country, code) {
  return call(() => api.raw_check('postal', code, country, undefined));
}

// The other functions taking an object: `f` runs on the object as JSON can carry it, and
// what the walk left out (a BigInt, Symbol, function or cycle) is `invalid_type` on its own
// path in the answer, which then is not valid (as `validate` answers it).
function withLeftOut(value, f, merge) {
  const json = jsonText(value, false);
  if (json?.leftOut === undefined) return f(value);
  return merge(f(JSON.parse(json.text)), api.raw_left_out_issues(json.leftOut));
}
const mergeVerdict = (r, issues) => ({ ...r, valid: false, normalized: null, issues: [...issues, ...r.issues] });
const mergeResult = (r, issues) => (r.ok ? { ok: false, issues, truncated: false } : { ...r, issues: [...issues, ...r.issues] });

/** Checks one address object (Rapyd's member names) against its country's rules. */
export function checkAddress(address, options) {
  return call(() => withLeftOut(address, (a) => api.raw_check_address(a, options), mergeVerdict));
}

/** Every country of the table (ISO 3166-1 plus XK), sorted by alpha-2; a fresh array each call. */
export function countries() {
  const m = moduleWith(KIT, 'countries');
  return call(() => m.raw_countries());
}

/** Every provider with its label and operations, for a form's pickers. */
export function providers() {
  const m = moduleWith(KIT, 'providers');
  return call(() => m.raw_providers());
}

/**
 * The fields a form shows for `provider`'s `operation`, in order: name, label, control kind,
 * whether required, hint, autocomplete token, choices and nested fields, declared beside the
 * provider's rules.
 */
export function fields(provider, operation, options) {
  const m = moduleWith(KIT, 'fields');
  return call(() => m.raw_fields(provider, operation, options));
}

// The glue answering when it has `kind`'s calls (KIT or FULL), or a clear error naming the
// init() option that loads them. (Checked outside `call`, whose catch would take this error
// for an internal one.)
function moduleWith(kind, name) {
  if (failure === undefined && loaded && api[kind.member] === undefined) {
    throw new Error(`customer-validate: ${name} needs the module with the ${kind.what}: \`await init({ ${kind.option}: true })\` first`);
  }
  return api;
}

/**
 * `provider`'s `operation` payload for a canonical customer, or every issue on the canonical
 * field to fill. `context` carries Calypso's envelope `account`, `timestamp_ms` and (updates)
 * `customer_id`.
 */
export function toPayload(provider, operation, customer, context, options) {
  const m = moduleWith(FULL, 'toPayload');
  return call(() => withLeftOut(customer, (c) => m.raw_to_payload(provider, operation, c, context, options), mergeResult));
}

/** The canonical customer read from `provider`'s create payload or response object. */
export function fromPayload(provider, payload, options) {
  const m = moduleWith(FULL, 'fromPayload');
  return call(() => withLeftOut(payload, (p) => m.raw_from_payload(provider, p, options), mergeResult));
}

/** The canonical fields `provider`'s `operation` needs (`required`) and can carry (`optional`). */
export function requirements(provider, operation, options) {
  const m = moduleWith(FULL, 'requirements');
  return call(() => m.raw_requirements(provider, operation, options));
}

/** Every provider's list of what `customer` still lacks for `operation` (default `create`). */
export function checklist(customer, operation = 'create', options = undefined) {
  const m = moduleWith(FULL, 'checklist');
  return call(() => withLeftOut(customer, (c) => m.raw_checklist(c, operation, options), mergeResult));
}

/**
 * `validate`, after fetching the data files the payload's countries and phone numbers need
 * (the documented way to validate without loading countries ahead).
 */
export async function validateAsync(provider, operation, payload, options) {
  if (!loaded) await init();
  return withData(() => validate(provider, operation, payload, options));
}

/**
 * A Standard Schema v1 object for one provider operation, for react-hook-form, TanStack Form,
 * tRPC, Hono and any other Standard Schema consumer. `validate` is synchronous once the module
 * and the data files the value needs are loaded; otherwise it loads them and answers with a
 * promise.
 */
export function schema(provider, operation, options) {
  // Checked now when possible, so a typo fails where the schema is made.
  if (loaded) call(() => api.raw_check_args(provider, operation, options));
  const shape = (r) => (r.ok ? { value: r.value } : { issues: r.issues });
  const run = (value) => {
    const r = validate(provider, operation, value, options);
    const missing = missingData(r).filter((name) => !call(() => api.raw_data_loaded(name)));
    if (missing.length === 0) return shape(r);
    return loadFiles(missing).then(() => withData(() => validate(provider, operation, value, options)).then(shape));
  };
  return Object.freeze({
    '~standard': Object.freeze({
      version: 1,
      vendor: 'customer-validate',
      validate: (value) => (loaded || failure !== undefined ? run(value) : init().then(() => run(value))),
    }),
  });
}
