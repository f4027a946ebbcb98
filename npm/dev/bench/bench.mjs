// Size and start-up of the npm package (pkg/), and of libphonenumber-js (max metadata) bundled
// alone with esbuild, measured the same way. Run by scripts/bench-pkg, which rewrites the part
// of docs/bench.md between its bench markers with the tables printed here.
//
// Start-up is measured in fresh processes (Node) and fresh browsers with a fresh profile
// (Chromium, served from 127.0.0.1 only), so nothing is cached; each figure is the median of
// RUNS runs.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const here = fileURLToPath(new URL('.', import.meta.url));
const dev = join(here, '..');
const pkg = join(dev, '..', '..', 'pkg');
const work = mkdtempSync(join(tmpdir(), 'cv-bench-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// The payload of "first validate": a Rapyd customer with a phone, an email and an address,
// in regions init()'s warm-up does not use (it warms GB, NG and US numbers).
const PAYLOAD = {
  name: 'Zoë Müller',
  email: 'Zoe@Example.DE',
  phone_number: '+49 151 23456789',
  addresses: [{ name: 'Zoë Müller', line_1: '1 Rue de Rivoli', city: 'Paris', country: 'France', zip: '75001' }],
};
// The second validate: another provider, another phone region.
const PAYLOAD2 = { ref: 'c-2', addresses: ['+55 11 91234-5678', 'ana@example.com.br'] };
const PHONE1 = '+49 151 23456789';
const PHONE2 = ['(11) 91234-5678', 'BR'];

// --- sizes -----------------------------------------------------------------------------
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const files = manifest.files.map((f) => ({ name: f, bytes: readFileSync(join(pkg, f)) }));
const wasm = files.find((f) => f.name.endsWith('.wasm'));
const isRuntime = (f) => /\.(js|cjs|wasm)$/.test(f.name);
const browserFiles = ['index.js', 'customer_validate.js', 'customer_validate_bg.wasm'];

// libphonenumber-js/max alone, bundled and minified as an app would ship it.
const lpnEntry = join(work, 'lpn-entry.mjs');
writeFileSync(lpnEntry, "export { parsePhoneNumberFromString } from 'libphonenumber-js/max';\n");
const lpnBundle = join(work, 'lpn.mjs');
execFileSync(join(dev, 'node_modules/.bin/esbuild'), [lpnEntry, '--bundle', '--minify', '--format=esm', `--outfile=${lpnBundle}`, '--log-level=error'], {
  cwd: dev,
  env: { ...process.env, NODE_PATH: join(dev, 'node_modules') },
});
const lpn = readFileSync(lpnBundle);
const lpnVersion = JSON.parse(readFileSync(join(dev, 'node_modules/libphonenumber-js/package.json'), 'utf8')).version;

const sum = (fs, f) => fs.reduce((n, x) => n + f(x.bytes), 0);
const sizeRows = [
  ['`customer_validate_bg.wasm`', kb(wasm.bytes.length), kb(gz(wasm.bytes)), kb(br(wasm.bytes))],
  ['browser download (`index.js` + glue + wasm)', ...[(b) => b.length, gz, br].map((f) => kb(sum(files.filter((x) => browserFiles.includes(x.name)), f)))],
  ['whole package, JS + wasm (every `.js`/`.cjs` + wasm)', ...[(b) => b.length, gz, br].map((f) => kb(sum(files.filter(isRuntime), f)))],
  ['whole package, every file (types, README too)', ...[(b) => b.length, gz, br].map((f) => kb(sum(files, f)))],
  [`libphonenumber-js ${lpnVersion} \`/max\`, esbuild --bundle --minify`, kb(lpn.length), kb(gz(lpn)), kb(br(lpn))],
];

// --- Node ------------------------------------------------------------------------------
function nodeRun(script) {
  const file = join(work, 'node-run.mjs');
  writeFileSync(file, script);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: dev, encoding: 'utf8' }));
}
const nodeScript = (warm) => `
const t0 = performance.now();
const cv = await import(${JSON.stringify(join(pkg, 'node.js'))});
const t1 = performance.now();
${warm ? 'await cv.init();' : ''}
const t2 = performance.now();
const r = cv.validate('rapyd', 'create', ${JSON.stringify(PAYLOAD)});
const t3 = performance.now();
cv.validate('authvia', 'create', ${JSON.stringify(PAYLOAD2)});
const t4 = performance.now();
if (!r.ok) throw new Error(JSON.stringify(r));
console.log(JSON.stringify({ load: t1 - t0, init: t2 - t1, first: t3 - t2, second: t4 - t3 }));
`;
const lpnNodeScript = `
const t0 = performance.now();
const { parsePhoneNumberFromString } = await import(${JSON.stringify(lpnBundle)});
const t1 = performance.now();
const n = parsePhoneNumberFromString(${JSON.stringify(PHONE1)});
const t2 = performance.now();
parsePhoneNumberFromString(...${JSON.stringify(PHONE2)});
const t3 = performance.now();
if (!n.isValid()) throw new Error('lpn');
console.log(JSON.stringify({ load: t1 - t0, init: 0, first: t2 - t1, second: t3 - t2 }));
`;
function medians(runs) {
  const keys = Object.keys(runs[0]);
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
}
const repeat = (f) => medians(Array.from({ length: RUNS }, f));

const node = {
  warm: repeat(() => nodeRun(nodeScript(true))),
  cold: repeat(() => nodeRun(nodeScript(false))),
  lpn: repeat(() => nodeRun(lpnNodeScript)),
};

// --- Chromium --------------------------------------------------------------------------
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
const site = join(work, 'site');
mkdirSync(site);
const page = (body) => `<!doctype html><meta charset="utf-8"><script type="module">
window.result = (async () => { ${body} })().catch((e) => ({ error: String(e && e.stack || e) }));
</script>`;
writeFileSync(join(site, 'warm.html'), page(`
  const t0 = performance.now();
  const cv = await import('/pkg/index.js');
  const t1 = performance.now();
  await cv.init();
  const t2 = performance.now();
  const r = cv.validate('rapyd', 'create', ${JSON.stringify(PAYLOAD)});
  const t3 = performance.now();
  cv.validate('authvia', 'create', ${JSON.stringify(PAYLOAD2)});
  const t4 = performance.now();
  if (!r.ok) throw new Error(JSON.stringify(r));
  return { load: t1 - t0, init: t2 - t1, first: t3 - t2, second: t4 - t3 };`));
writeFileSync(join(site, 'cold.html'), page(`
  const t0 = performance.now();
  const cv = await import('/pkg/index.js');
  const t1 = performance.now();
  await cv.init({ warmUp: false });
  const t2 = performance.now();
  const r = cv.validate('rapyd', 'create', ${JSON.stringify(PAYLOAD)});
  const t3 = performance.now();
  cv.validate('authvia', 'create', ${JSON.stringify(PAYLOAD2)});
  const t4 = performance.now();
  return { load: t1 - t0, init: t2 - t1, first: t3 - t2, second: t4 - t3 };`));
writeFileSync(join(site, 'lpn.html'), page(`
  const t0 = performance.now();
  const { parsePhoneNumberFromString } = await import('/lpn.mjs');
  const t1 = performance.now();
  const n = parsePhoneNumberFromString(${JSON.stringify(PHONE1)});
  const t2 = performance.now();
  parsePhoneNumberFromString(...${JSON.stringify(PHONE2)});
  const t3 = performance.now();
  return { load: t1 - t0, init: 0, first: t2 - t1, second: t3 - t2 };`));

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const path = url.pathname.startsWith('/pkg/') ? join(pkg, url.pathname.slice(5)) : url.pathname === '/lpn.mjs' ? lpnBundle : join(site, url.pathname);
  try {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
let chromiumVersion = '';
async function browserRun(name) {
  const profile = mkdtempSync(join(work, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    chromiumVersion = context.browser()?.version() ?? chromiumVersion;
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.goto(`${origin}/${name}.html`);
    const result = await tab.evaluate(() => window.result);
    if (result.error) throw new Error(result.error);
    return result;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
async function browserMedians(name) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await browserRun(name));
  return medians(runs);
}
const browser = { warm: await browserMedians('warm'), cold: await browserMedians('cold'), lpn: await browserMedians('lpn') };
server.close();
rmSync(work, { recursive: true, force: true });

// --- report ----------------------------------------------------------------------------
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const timeRows = (where, t) => [
  [`customer-validate, \`init()\` with warm-up (default)`, ms(t.warm.load), ms(t.warm.init), ms(t.warm.first), ms(t.warm.second)],
  [`customer-validate, \`init({ warmUp: false })\`${where === 'Node' ? ' / no init()' : ''}`, ms(t.cold.load), ms(t.cold.init), ms(t.cold.first), ms(t.cold.second)],
  [`libphonenumber-js ${lpnVersion} /max (phone parse only)`, ms(t.lpn.load), '—', ms(t.lpn.first), ms(t.lpn.second)],
];
const head = ['', 'import', 'init()', 'first validate', 'second validate'];
const report = `Measured by \`scripts/bench-pkg\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0].model.trim()}), Node ${process.versions.node}, Chromium ${chromiumVersion}; medians of ${RUNS} fresh processes / fresh browser profiles.

### Size

${table(['', 'raw', 'gzip -9', 'brotli 11'], sizeRows)}

### Start-up in Node (\`import\` of the Node entry loads the module synchronously)

${table(head, timeRows('Node', node))}

### Start-up in Chromium (headless, served from 127.0.0.1, \`await init()\` fetches and compiles the wasm)

${table(head, timeRows('Chromium', browser))}

"first validate": \`validate('rapyd', 'create', …)\` of a customer with a name, an email, a German mobile and a French address (regions the warm-up does not touch); "second validate": an Authvia customer with a Brazilian mobile and an email. For libphonenumber-js: \`parsePhoneNumberFromString\` of a German and a Brazilian number.`;

console.log(report);
