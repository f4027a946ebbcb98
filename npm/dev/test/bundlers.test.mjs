// The package as a bundler sees it: npm/dev/bundle-fixture/ (a tiny app importing
// 'customer-validate', resolved to pkg/) is bundled by Vite and by webpack 5, each bundle is
// served from 127.0.0.1 under a strict CSP and run in headless Chromium, and the app must
// load the .wasm the bundler emitted, init() with two countries' data files, validate and
// checkPhone, and validate a US customer through the Standard Schema (which fetches the US data
// file the bundler emitted), with no console error.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { consoleErrors, launch } from '../lib/chromium.mjs';
import { serve } from '../lib/static-server.mjs';

const fixture = fileURLToPath(new URL('../bundle-fixture/', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cv-bundles-'));
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src data:";
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

async function viteBundle() {
  const dir = join(out, 'vite');
  await viteBuild({ root: fixture, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true }, configFile: false });
  return dir;
}

async function webpackBundle() {
  const dir = join(out, 'webpack');
  const compiler = webpack({
    mode: 'production',
    context: fixture,
    entry: './app.js',
    output: { path: dir, filename: 'app.[contenthash].js', clean: true },
    target: 'web',
    devtool: false,
    performance: { hints: false },
  });
  const stats = await new Promise((ok, fail) => compiler.run((e, s) => (e ? fail(e) : ok(s))));
  await new Promise((ok) => compiler.close(ok));
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  const [script] = Object.keys(stats.compilation.assets).filter((a) => a.endsWith('.js'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>fixture</title><link rel="icon" href="data:,"><script type="module" src="./${script}"></script>`,
  );
  return dir;
}

async function runBundle(dir) {
  const files = readdirSync(dir, { recursive: true }).map(String);
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 3, `three .wasm assets emitted (the first module, the kit, the one with the conversions): ${files.join(', ')}`);
  const server = await serve({ mounts: { '/': dir }, headers: () => ({ 'content-security-policy': CSP }) });
  const page = await browser.context.newPage();
  const errors = consoleErrors(page);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  try {
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => window.result !== undefined, undefined, { timeout: 30_000 });
    const result = await page.evaluate(() => window.result);
    return { result, errors, fetched, wasm, files };
  } finally {
    await page.close();
    await server.close();
  }
}

function check({ result, errors, fetched, wasm, files }) {
  assert.equal(result.error, undefined, result.error);
  assert.deepEqual(result.valid, { ok: true, value: { name: 'Ada', phone_number: '+4915123456789' }, warnings: [] });
  assert.deepEqual(result.invalid, ['field_required', 'field_required', 'digits_length', 'field_required', 'field_required', 'field_required']);
  assert.equal(result.phone, '+2348031234567');
  assert.equal(result.us, '+12127363100');
  assert.deepEqual(result.layout, [['name'], ['organization'], ['street'], ['postal_code', 'city']]);
  assert.equal(fetched.filter((p) => p.endsWith('.wasm')).length, 3, `the three emitted modules were loaded: ${fetched.join(', ')}`);
  for (const w of wasm) assert.ok(fetched.some((p) => p.endsWith(w.split('/').pop())), `the emitted ${w} was loaded: ${fetched.join(', ')}`);
  assert.deepEqual(result.payload, { name: 'Ada Obi', phone_number: '+2348031234567' });
  // The data files were emitted as files of their own (not inlined) and fetched from the
  // bundle's origin: DE and NG by init({ countries }), US by the schema.
  assert.equal(fetched.filter((p) => p.endsWith('.bin')).length, 3, `three data files fetched: ${fetched.join(', ')}`);
  assert.ok(files.filter((f) => f.endsWith('.bin')).length >= 200, 'every data file emitted');
  assert.deepEqual(errors, []);
}

test('Vite bundle runs in Chromium', async () => {
  check(await runBundle(await viteBundle()));
});

test('webpack 5 bundle runs in Chromium', async () => {
  check(await runBundle(await webpackBundle()));
});
