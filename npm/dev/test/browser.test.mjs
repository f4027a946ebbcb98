// The published browser entry in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core), served from 127.0.0.1 under a strict Content-Security-Policy: with
// 'wasm-unsafe-eval' everything works (the data files of the countries used are fetched under
// connect-src 'self'); without it, init() fails (the README's CSP note).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch } from '../lib/chromium.mjs';
import { serve } from '../lib/static-server.mjs';

const pkg = fileURLToPath(new URL('../node_modules/customer-validate/', import.meta.url));
const PAGE = `<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>`;
const APP = `
import { init, validate, checkPhone, lookupCountry, checkPostalCode, checkAddress, countries, schema } from '/pkg/index.js';
window.result = (async () => {
  const s = schema('bloc', 'create');
  const early = s['~standard'].validate({ first_name: 'Ada' }); // before init(): a promise
  await init({ countries: ['DE', 'NG', 'CA'], formKit: true });
  return {
    early: early instanceof Promise ? await early : 'not a promise',
    valid: validate('rapyd', 'create', { name: ' Ada ', phone_number: '+49 151 23456789' }),
    phone: checkPhone('0803 123 4567', { region: 'NG' }).normalized,
    country: lookupCountry('Côte d’Ivoire').normalized,
    postal: checkPostalCode('Canada', 'k1a0b1').normalized,
    address: checkAddress({ line_1: '1 Main St', city: 'Ottawa', state: 'Ontario', zip: 'K1A 0B1', country: 'CA' }).normalized?.state,
    countries: countries().length,
    sync: s['~standard'].validate({}) instanceof Promise,
  };
})().catch((e) => ({ error: String(e) }));
`;

let server;
let browser;

before(async () => {
  server = await serve({
    mounts: { '/pkg/': pkg },
    routes: { '/': { type: 'text/html', body: PAGE }, '/app.js': { type: 'text/javascript', body: APP } },
    headers: (url) => (url.pathname === '/' && url.searchParams.get('csp') ? { 'content-security-policy': url.searchParams.get('csp') } : {}),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function run(csp) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}/?csp=${encodeURIComponent(csp)}`);
    await page.waitForFunction(() => window.result !== undefined);
    return await page.evaluate(() => window.result);
  } finally {
    await page.close();
  }
}

test("works under script-src 'self' 'wasm-unsafe-eval'", async () => {
  const r = await run("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  assert.equal(r.error, undefined, r.error);
  assert.deepEqual(r.early.issues.map((i) => i.path[0]), ['email', 'phone_number', 'bvn', 'last_name', 'customer_type']);
  assert.deepEqual(r.valid, { ok: true, value: { name: 'Ada', phone_number: '+4915123456789' }, warnings: [] });
  assert.equal(r.phone, '+2348031234567');
  assert.equal(r.country, 'CI');
  assert.equal(r.postal, 'K1A 0B1');
  assert.equal(r.address, 'ON');
  assert.equal(r.countries, 250);
  assert.equal(r.sync, false);
});

test("init() fails without 'wasm-unsafe-eval'", async () => {
  const r = await run("default-src 'self'; script-src 'self'");
  assert.match(r.error ?? '', /CompileError|Content Security Policy|unsafe-eval/i);
});
