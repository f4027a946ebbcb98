// The browser / bundler entry (index.js, the "default" export condition), run in Node: nothing
// works before init(), init() accepts the module's bytes, and schema() created before init()
// answers with a promise until the module is loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = new URL('../node_modules/customer-validate/', import.meta.url);
// A fresh module instance, not the one the Node entry already loaded.
const web = await import(`${new URL('index.js', pkg)}?fresh`);

test('calls before init() explain what to do', () => {
  assert.throws(() => web.validate('rapyd', 'create', {}), /`await init\(\)` once before the first call/);
});

test('init() with bytes, once; later calls share it', async () => {
  const s = web.schema('rapyd', 'create');
  const bytes = readFileSync(fileURLToPath(new URL('customer_validate_bg.wasm', pkg)));
  // Before init(), the schema starts init() itself, from the default URL beside index.js; in a
  // browser that loads the module, in Node fetch() cannot read a file: URL and it rejects...
  const pending = s['~standard'].validate({ name: 'Ada' });
  assert.ok(pending instanceof Promise);
  await assert.rejects(pending, /fetch failed/);
  // ...after which an init() with the bytes still works.
  await Promise.all([web.init({ module: bytes }), web.init({ module: bytes })]);
  assert.deepEqual(s['~standard'].validate({ name: 'Ada' }), { value: { name: 'Ada' } });
  assert.equal(web.checkEmail('Ada@Example.com').normalized, 'Ada@example.com');
  // The first module's country answers show names, which are a data file of their own.
  assert.deepEqual(web.lookupCountry('fr').issues.map((i) => [i.code, i.params.file]), [['data_not_loaded', 'countries']]);
});
