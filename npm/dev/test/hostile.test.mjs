// Thousands of random JSON values and strings through every entry point: each call must answer
// (an object, never a throw, never a trap). Seeded, so a failure names a reproducible case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cv from 'customer-validate';

const SEED = Number(process.env.HOSTILE_SEED ?? 20251124);
const COUNT = Number(process.env.HOSTILE_COUNT ?? 4000);

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = rng(SEED);
const int = (n) => Math.floor(r() * n);
const pick = (xs) => xs[int(xs.length)];

const KEYS = ['name', 'email', 'phone_number', 'addresses', 'metadata', 'appdata', 'ref', 'id', 'bvn', 'first_name',
  'last_name', 'customer_type', 'country', 'zip', 'line_1', 'account', 'timestamp', 'payload', 'externalId', 'value',
  'type', 'invoice_prefix', 'date_of_birth', '', '__proto__', 'constructor', '\u0000', '🙂', 'a'.repeat(300)];
const PIECES = ['+', '0', '1', '234', '803', ' ', '@', '.', 'example.com', 'xn--', '-', '\u0000', '\u202e', '\ud800',
  '\udfff', '🙂', 'é', 'e\u0301', 'ß', 'İ', '١٢٣', '１２３', 'tel:', ';ext=', '"', '\\', '[', ']', '::1', '\n', '\t',
  'GB', 'Ivory Coast', 'null', '{', '}', 'ab--cd', '..', '\u200d', 'ﬁ', '＠'];

function str() {
  switch (int(6)) {
    case 0: return '';
    case 1: return pick(PIECES).repeat(1 + (r() < 0.05 ? int(3000) : int(30)));
    case 2: return String.fromCharCode(...Array.from({ length: int(40) }, () => int(0x10000)));
    default: return Array.from({ length: int(12) }, () => pick(PIECES)).join('');
  }
}
function num() {
  return pick([0, -0, 1, -1, 1.5, 2 ** 53 + 1, 1e21, 1e308, -1e-308, NaN, Infinity, Date.now(), int(1e12)]);
}
function value(depth) {
  const k = int(depth > 5 ? 4 : 7);
  if (k === 0) return null;
  if (k === 1) return r() < 0.5;
  if (k === 2) return num();
  if (k === 3) return str();
  // Wide only near the top, so a value stays small (a few KB) however the dice fall.
  if (k === 4) return Array.from({ length: r() < 0.02 ? 1200 : int(depth < 2 ? 5 : 2) }, () => (depth < 2 ? value(depth + 1) : num()));
  const o = {};
  for (let i = int(depth < 2 ? 8 : 3); i > 0; i--) o[r() < 0.8 ? pick(KEYS) : str()] = value(depth + 1);
  return o;
}
function deep(n) {
  let v = { name: 'x' };
  for (let i = 0; i < n; i++) v = r() < 0.5 ? [v] : { metadata: v };
  return v;
}
const OPTIONS = [undefined, { max_depth: 3 }, { unknown_fields: 'keep' }, { max_issues: 0 }, { max_input_bytes: 64 },
  { default_region: 'NG' }, { now_ms: 1700000000000 }, { bloc: { full_replace: true, phone_output: 'e164' } }];
// Every provider with its operations, and one operation it lacks (an operation_unsupported
// answer, not a throw).
const OPERATIONS = [...new Set(cv.providers().flatMap((p) => p.operations))];
const PAIRS = cv.providers().map((p) => [p.name, [...p.operations, ...OPERATIONS.filter((o) => !p.operations.includes(o)).slice(0, 1)]]);

function checkAnswer(out, what) {
  assert.equal(typeof out, 'object', what);
  if (out.ok === true) {
    assert.ok(out.value !== undefined && Array.isArray(out.warnings), what);
  } else {
    assert.equal(out.ok, false, what);
    assert.ok(Array.isArray(out.issues), what);
    for (const i of out.issues) assert.equal(typeof i.code, 'string', what);
  }
}

test(`validate: ${COUNT} random payloads (seed ${SEED})`, () => {
  let valid = 0;
  for (let n = 0; n < COUNT; n++) {
    const [provider, ops] = pick(PAIRS);
    const operation = pick(ops);
    const payload = n % 50 === 0 ? deep(20 + int(2000)) : value(0);
    const options = pick(OPTIONS);
    const out = cv.validate(provider, operation, payload, options);
    checkAnswer(out, `case ${n}: ${provider} ${operation}`);
    if (out.ok) valid++;
  }
  assert.ok(valid < COUNT);
});

test(`field checks: ${COUNT} random strings and values each`, () => {
  for (let n = 0; n < COUNT; n++) {
    const input = r() < 0.9 ? str() : value(3);
    for (const out of [cv.checkPhone(input, { region: pick([undefined, 'NG', 'us', 'ZZ', 'x', '', str()]) }),
      cv.checkEmail(input, pick(OPTIONS)), cv.lookupCountry(input),
      cv.checkPostalCode(pick([undefined, 'US', 'GB', 'ca', 'Japan', 'ZZ', str()]), input),
      cv.checkAddress(r() < 0.5 ? value(3) : { zip: input, country: pick(['US', 'GB', 'BR', str()]), state: str() }, pick(OPTIONS))]) {
      assert.equal(typeof out.valid, 'boolean', `case ${n}`);
      assert.ok(Array.isArray(out.issues), `case ${n}`);
    }
  }
});

const CANONICAL = ['given_name', 'family_name', 'full_name', 'email', 'phone', 'address', 'external_ref', 'national_id',
  'kind', 'date_of_birth', 'nationality', 'metadata', 'notes', 'provider_data', 'line_1', 'postal_code', 'scheme', 'value'];
function customer(depth) {
  if (r() < 0.2) return value(depth);
  const o = {};
  for (let i = int(8); i > 0; i--) {
    const k = r() < 0.9 ? pick(CANONICAL) : str();
    o[k] = k === 'address' || k === 'national_id' ? customer(depth + 1) : value(depth + 1);
  }
  return o;
}
const CONTEXTS = [undefined, null, {}, { account: `0x${'ab'.repeat(20)}`, timestamp_ms: 1700000000000 }, { timestamp_ms: 1e300 },
  { account: '\ud800' }, { customer_id: '' }];

test(`customer conversions: ${COUNT} random customers and payloads`, () => {
  for (let n = 0; n < COUNT; n++) {
    const [provider, ops] = pick(PAIRS);
    const c = n % 50 === 0 ? deep(20 + int(2000)) : customer(0);
    const options = pick(OPTIONS);
    const context = pick(CONTEXTS);
    try {
      checkAnswer(cv.toPayload(provider, pick(ops), c, context, options), `case ${n}: toPayload ${provider}`);
    } catch (e) {
      // Only a context that does not parse may throw, and then as a TypeError.
      assert.ok(e instanceof TypeError && context !== undefined, `case ${n}: ${e}`);
    }
    checkAnswer(cv.fromPayload(provider, n % 2 ? c : value(0), options), `case ${n}: fromPayload ${provider}`);
    checkAnswer(cv.checklist(c, pick(ops), options), `case ${n}: checklist`);
    assert.ok(Array.isArray(cv.requirements(provider, pick(ops), options).required), `case ${n}: requirements`);
  }
});

test('still answering after the hostile runs', () => {
  assert.equal(cv.lookupCountry('DE').normalized, 'DE');
});
