// The published browser entry in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core), served from 127.0.0.1 under a strict Content-Security-Policy: with
// 'wasm-unsafe-eval' everything works; without it, init() fails (the README's CSP note).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const pkg = fileURLToPath(new URL('../node_modules/customer-validate/', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
const PAGE = `<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>`;
const APP = `
import { init, validate, checkPhone, lookupCountry, schema } from '/pkg/index.js';
window.result = (async () => {
  const s = schema('bloc', 'create');
  const early = s['~standard'].validate({ first_name: 'Ada' }); // before init(): a promise
  await init();
  return {
    early: early instanceof Promise ? await early : 'not a promise',
    valid: validate('rapyd', 'create', { name: ' Ada ', phone_number: '+49 151 23456789' }),
    phone: checkPhone('0803 123 4567', { region: 'NG' }).normalized,
    country: lookupCountry('Côte d’Ivoire').normalized,
    sync: s['~standard'].validate({}) instanceof Promise,
  };
})().catch((e) => ({ error: String(e) }));
`;

let server;
let origin;
let browser;
const profile = mkdtempSync(join(tmpdir(), 'cv-chromium-'));

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const csp = url.searchParams.get('csp');
    const headers = csp ? { 'content-security-policy': csp } : {};
    if (url.pathname === '/') return res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGE);
    if (url.pathname === '/app.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(APP);
    const file = join(pkg, url.pathname.replace(/^\/pkg\//, ''));
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function run(csp) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/?csp=${encodeURIComponent(csp)}`);
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
  assert.equal(r.sync, false);
});

test("init() fails without 'wasm-unsafe-eval'", async () => {
  const r = await run("default-src 'self'; script-src 'self'");
  assert.match(r.error ?? '', /CompileError|Content Security Policy|unsafe-eval/i);
});
