// The wrapper's own logic (npm/src/index.js) against a stand-in for the wasm-bindgen glue, so
// that an internal error can be simulated: a Rust panic reaches JavaScript as an Error (see
// tests/wasm_panic.rs), after which the wrapper refuses every call with a clear message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'cv-wrapper-'));
cpSync(new URL('../node_modules/customer-validate/index.js', import.meta.url), join(dir, 'index.js'));
writeFileSync(join(dir, 'full.js'), 'export const loadKit = undefined;\nexport const loadFull = undefined;\n');
writeFileSync(join(dir, 'data.js'), `export const FILES = { US: () => new URL('./data/US.bin', import.meta.url) };\n`);
writeFileSync(
  join(dir, 'customer_validate.js'),
  `export default async function load() {}
export function initSync() {}
export let warmUps = 0;
export function raw_warm_up() { warmUps++; }
export function raw_check_args() {}
export function raw_check(field, input, region) { return { valid: true, normalized: [field, input, region].join(':'), issues: [] }; }
export function raw_check_address(address, options) { return { valid: true, normalized: { address, options }, issues: [] }; }
export function raw_data_loaded() { return true; }
export function raw_load_data() {}
export function raw_countries() { return [{ alpha2: 'AD' }]; }
export function raw_providers() { return [{ name: 'rapyd', label: 'Rapyd', operations: ['create'] }]; }
export function raw_fields(...args) { return args; }
export function raw_address_format(...args) { return args; }
export function raw_to_payload(...args) { return { ok: true, value: args, warnings: [] }; }
export function raw_from_payload(...args) { return { ok: true, value: args, warnings: [] }; }
export function raw_requirements(...args) { return args; }
export function raw_checklist(...args) { return { ok: true, value: args, warnings: [] }; }
export function raw_validate_json(...args) {
  raw_validate(args[0]);
  return { ok: true, value: args, warnings: [] };
}
export function raw_validate(provider) {
  if (provider === 'typo') throw new TypeError("customer-validate: unknown provider 'typo'");
  if (provider === 'panic') throw new Error('customer-validate: internal error (Rust panic: boom)');
  if (provider === 'trap') throw new WebAssembly.RuntimeError('unreachable');
  return { ok: true, value: { provider }, warnings: [] };
}
`,
);
const cv = await import(pathToFileURL(join(dir, 'index.js')));
const glue = await import(pathToFileURL(join(dir, 'customer_validate.js')));

test('initSync warms up only when asked; init() warms up once', async () => {
  cv.initSync({ module: new Uint8Array(0) });
  assert.equal(glue.warmUps, 0);
  await cv.init();
  await cv.init();
  assert.equal(glue.warmUps, 1);
});

test('argument reshaping', () => {
  assert.equal(cv.checkPhone('1', { region: 'NG' }).normalized, 'phone:1:NG');
  assert.equal(cv.checkEmail('a').normalized, 'email:a:');
  assert.equal(cv.lookupCountry('b').normalized, 'country:b:');
  assert.equal(cv.checkPostalCode('CA', 'k1a').normalized, 'postal:k1a:CA');
  assert.deepEqual(cv.checkAddress({ zip: 1 }, { max_issues: 2 }).normalized, { address: { zip: 1 }, options: { max_issues: 2 } });
  assert.deepEqual(cv.countries(), [{ alpha2: 'AD' }]);
  assert.deepEqual(cv.toPayload('bloc', 'create', { email: 'a' }, { account: 'x' }, { max_issues: 1 }).value,
    ['bloc', 'create', { email: 'a' }, { account: 'x' }, { max_issues: 1 }]);
  assert.deepEqual(cv.fromPayload('rapyd', { name: 'A' }).value, ['rapyd', { name: 'A' }, undefined]);
  assert.deepEqual(cv.requirements('authvia', 'update'), ['authvia', 'update', undefined]);
  assert.deepEqual(cv.providers(), [{ name: 'rapyd', label: 'Rapyd', operations: ['create'] }]);
  assert.deepEqual(cv.fields('bloc', 'create', { max_issues: 1 }), ['bloc', 'create', { max_issues: 1 }]);
  assert.deepEqual(cv.validateJson('bloc', 'create', '{}', { max_issues: 1 }).value, ['bloc', 'create', '{}', { max_issues: 1 }]);
  // checklist's operation defaults to create.
  assert.deepEqual(cv.checklist({}).value, [{}, 'create', undefined]);
  assert.deepEqual(cv.checklist({}, 'update', { max_issues: 3 }).value, [{}, 'update', { max_issues: 3 }]);
});

test("a caller's TypeError leaves the module usable; an internal error does not", async () => {
  assert.throws(() => cv.validate('typo', 'create', {}), TypeError);
  // An object payload goes as JSON text (nothing left out: no fifth argument)...
  assert.deepEqual(cv.validate('rapyd', 'create', {}).value, ['rapyd', 'create', '{}', undefined, undefined]);
  // ...a value with no JSON text as itself, for the module's root issue.
  assert.deepEqual(cv.validate('rapyd', 'create', 1n).value, { provider: 'rapyd' });
  assert.throws(() => cv.validate('panic', 'create', {}), /internal error \(Rust panic: boom\)/);
  for (const call of [() => cv.validate('rapyd', 'create', {}), () => cv.checkPhone('1'), () => cv.schema('rapyd', 'create')['~standard'].validate({}),
    () => cv.toPayload('rapyd', 'create', {}), () => cv.checklist({})]) {
    assert.throws(call, (e) => {
      assert.match(e.message, /^customer-validate: refusing calls after an internal error \(customer-validate: internal error \(Rust panic: boom\)\)$/);
      assert.match(e.cause.message, /boom/);
      return true;
    });
  }
  await assert.rejects(cv.init(), /refusing calls/);
});

test("a WebAssembly trap (a panic in the browser modules) is named as an internal error", async () => {
  // A fresh instance of the wrapper: the one above already refuses calls.
  const fresh = await import(`${pathToFileURL(join(dir, 'index.js'))}?trap`);
  await fresh.init();
  assert.equal(fresh.checkPhone('1').normalized, 'phone:1:');
  assert.throws(() => fresh.validate('trap', 'create', {}), (e) => {
    assert.equal(e.message, 'customer-validate: internal error (WebAssembly trap: unreachable)');
    assert.ok(e.cause instanceof WebAssembly.RuntimeError);
    return true;
  });
  assert.throws(() => fresh.checkPhone('1'), {
    message: 'customer-validate: refusing calls after an internal error (customer-validate: internal error (WebAssembly trap: unreachable))',
  });
});
