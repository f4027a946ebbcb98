// Values a JavaScript program really produces that JSON cannot carry (a lone surrogate, a
// BigInt, a cycle, Symbol and function members), `undefined` members, and a phone extension
// left out of E.164 (issue 20): each on its own path, the rest still validated, the same in
// Node and in headless Chromium (lib/boundary-cases.mjs runs in both), through validate(),
// validateJson() and the Standard Schema object.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as cv from 'customer-validate';
import { boundaryCases, conversionCases } from '../lib/boundary-cases.mjs';
import { launch } from '../lib/chromium.mjs';
import { serve } from '../lib/static-server.mjs';

function check(r) {
  // A lone surrogate is a text error on its own string (a member name's on its member); the
  // rest is still validated (`email`), and validateJson of JSON.stringify's text agrees.
  assert.deepEqual(r.lone.issues, [
    ['/name', 'text_unpaired_surrogate', 'U+D83D'],
    ['/metadata/k\uFFFD', 'text_unpaired_surrogate', 'U+DC00'],
    ['/email', 'email_missing_at', null],
  ]);
  assert.equal(r.loneSame, true);
  assert.deepEqual(r.bigint.issues, [['/metadata/n', 'invalid_type', 'bigint']]);
  assert.deepEqual(r.cycle.issues, [['/metadata/self', 'invalid_type', 'cycle']]);
  assert.deepEqual(r.symbolFunction.issues, [
    ['/metadata/s', 'invalid_type', 'symbol'],
    ['/metadata/f', 'invalid_type', 'function'],
  ]);
  assert.deepEqual(r.inArray.issues, [
    ['/addresses/1', 'invalid_type', 'symbol'],
    ['/addresses/2', 'invalid_type', 'function'],
  ]);
  // A required member left out is reported as what it was, not also as missing.
  assert.deepEqual(r.requiredLeftOut.issues, [
    ['/name', 'invalid_type', 'bigint'],
    ['/email', 'email_missing_at', null],
  ]);
  // `undefined` stays "absent" (an element of an array is null, as JSON.stringify writes it).
  assert.deepEqual(r.undefinedMember, {
    ok: true,
    issues: [],
    warnings: [],
    value: { name: 'Ada', metadata: { d: '1970-01-01T00:00:00.000Z', list: [null, 1] } },
  });
  assert.equal(r.undefinedSame, true);
  assert.deepEqual(r.rootBigint.issues, [['', 'invalid_type', 'bigint']]);
  // The Standard Schema object carries the paths a form library places issues by.
  assert.deepEqual(r.standard, [
    [['metadata', 'n'], 'invalid_type', 'bigint'],
    [['metadata', 's'], 'invalid_type', 'symbol'],
  ]);
  assert.deepEqual(r.extension, {
    ok: true,
    issues: [],
    warnings: [['/phone_number', 'phone_extension_dropped', '42']],
    value: { name: 'Ada', phone_number: '+12024561111' },
  });
  assert.equal(r.extensionSame, true);
  // checkAddress: the same walk; what it leaves out is an issue, and the address not valid.
  assert.deepEqual([r.address.valid, r.address.normalized], [false, null]);
  assert.deepEqual(r.address.issues.slice(0, 2), [['/zip', 'invalid_type', 'bigint'], ['/note', 'invalid_type', 'symbol']]);
  // The rest is still checked: the ZIP code left out is one a complete US address has.
  assert.deepEqual(r.address.issues.slice(2), [['/zip', 'address_incomplete', null]]);
}

function checkConversions(c) {
  assert.deepEqual(c.toPayload.issues, [['/metadata/n', 'invalid_type', 'bigint'], ['/metadata/f', 'invalid_type', 'function']]);
  assert.equal(c.toPayload.ok, false);
  assert.deepEqual(c.toPayloadInvalid.issues.slice(0, 1), [['/metadata/s', 'invalid_type', 'symbol']]);
  assert.ok(c.toPayloadInvalid.issues.some((i) => i[0] === '/email'), JSON.stringify(c.toPayloadInvalid.issues));
  assert.deepEqual(c.fromPayload.issues, [['/metadata/self', 'invalid_type', 'cycle']]);
  assert.deepEqual(c.checklist.issues, [['/metadata/n', 'invalid_type', 'bigint']]);
  assert.equal(c.clean.ok, true);
}

test('Node: the customer conversions report what JSON cannot carry on its path', () => {
  checkConversions(conversionCases(cv));
});

test('Node: values JSON cannot carry, undefined members and phone extensions', async () => {
  check(await boundaryCases(cv));
});

test('Node: JSON.stringify semantics are kept where nothing is left out', () => {
  // toJSON, boxed primitives, non-enumerable and symbol-keyed members, shared (not cyclic)
  // references: the same answer as the text JSON.stringify writes.
  const shared = { k: 1 };
  const hidden = { name: 'Ada' };
  Object.defineProperty(hidden, 'secret', { value: Symbol('x'), enumerable: false });
  hidden[Symbol('s')] = () => 1;
  for (const payload of [
    { name: new String('Ada'), metadata: { n: new Number(2), b: new Boolean(false), a: shared, c: shared } },
    { name: 'Ada', metadata: { when: new Date(0), big: { toJSON: () => '10' } } },
    hidden,
    { name: 'Ada', metadata: { __proto__: { x: 1 }, y: 2 } },
  ]) {
    assert.deepEqual(cv.validate('rapyd', 'create', payload), cv.validateJson('rapyd', 'create', JSON.stringify(payload)));
  }
  // A getter that throws, and nesting past the walk: JSON.stringify's own verdict, as before.
  const throwing = { get name() { throw new Error('no'); } };
  assert.equal(cv.validate('rapyd', 'create', throwing).issues[0].code, 'invalid_type');
  let deep = {};
  for (let i = 0; i < 1000; i++) deep = { a: deep, b: 1n };
  assert.equal(cv.validate('rapyd', 'create', deep).ok, false);
});

const pkg = fileURLToPath(new URL('../node_modules/customer-validate/', import.meta.url));
const PAGE = `<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>`;
const APP = `
import * as cv from '/pkg/index.js';
import { boundaryCases, conversionCases } from '/cases.js';
window.result = (async () => {
  await cv.init({ countries: ['US'] });
  const cases = await boundaryCases(cv);
  await cv.init({ customer: true });
  return { ...cases, conversions: conversionCases(cv) };
})().catch((e) => ({ error: String(e) }));
`;

let server;
let browser;

before(async () => {
  server = await serve({
    mounts: { '/pkg/': pkg },
    routes: {
      '/': { type: 'text/html', body: PAGE },
      '/app.js': { type: 'text/javascript', body: APP },
      '/cases.js': { type: 'text/javascript', body: readFileSync(new URL('../lib/boundary-cases.mjs', import.meta.url), 'utf8') },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Chromium: the same answers', async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(server.origin);
    await page.waitForFunction(() => window.result !== undefined);
    const r = await page.evaluate(() => window.result);
    assert.equal(r.error, undefined, r.error);
    check(r);
    checkConversions(r.conversions);
  } finally {
    await page.close();
  }
});
