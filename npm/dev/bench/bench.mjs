// Size and start-up of the npm package (pkg/), and of libphonenumber-js (max metadata) bundled
// alone with esbuild, measured the same way. Run by scripts/bench-pkg, which rewrites the part
// of docs/bench.md between its bench markers with the tables printed here.
//
// Start-up is measured in fresh processes (Node) and fresh browsers with a fresh profile
// (Chromium, served from 127.0.0.1 only), so nothing is cached; each figure is the median of
// RUNS runs.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
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
// in regions init()'s warm-up does not use (it warms GB, NG and US numbers). Its country is a
// name, so the browser pages load ahead by name (which fetches the country names too).
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

// The customer of the first-load figure (issue 16): a US customer with a name, an email, a US
// phone and a US address, as a checkout form would hold it.
const US_CUSTOMER = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone_number: '+1 212 736 3100',
  addresses: [{ name: 'Ada Lovelace', line_1: '350 Fifth Avenue', city: 'New York', state: 'NY', zip: '10118', country: 'US' }],
};

// --- sizes -----------------------------------------------------------------------------
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const files = manifest.files.filter((f) => !f.endsWith('/')).map((f) => ({ name: f, bytes: readFileSync(join(pkg, f)) }));
const wasm = files.find((f) => f.name === 'customer_validate_bg.wasm');
const nodeWasm = files.find((f) => f.name === 'customer_validate_node.wasm');
const kitWasm = readFileSync(join(pkg, 'kit', 'customer_validate_bg.wasm'));
const fullWasm = readFileSync(join(pkg, 'full', 'customer_validate_bg.wasm'));
const isRuntime = (f) => /\.(js|cjs|wasm)$/.test(f.name);
const browserFiles = ['index.js', 'data.js', 'customer_validate.js', 'customer_validate_bg.wasm'];

// The per-country data files of the browser build, one by one.
const dataDir = join(pkg, 'data');
const dataFiles = readdirSync(dataDir)
  .filter((f) => f.endsWith('.bin'))
  .map((f) => {
    const bytes = readFileSync(join(dataDir, f));
    return { name: f.slice(0, -4), raw: bytes.length, gzip: gz(bytes), brotli: br(bytes) };
  });
const countryFiles = dataFiles.filter((f) => /^[A-Z]{2}$/.test(f.name));
const callingFiles = dataFiles.filter((f) => /^cc[0-9]+$/.test(f.name));
const otherFiles = dataFiles.filter((f) => !countryFiles.includes(f) && !callingFiles.includes(f));
// What fetches the data files that are not a country's or a calling code's.
const OTHER_FILES = {
  countries: 'the country names: a country given by name, `lookupCountry`',
  idna: 'email domains with right-to-left text',
};
const largest = (key) => countryFiles.reduce((a, b) => (b[key] > a[key] ? b : a));

// The JS peer (bench/peers/js/max.js: zod + libphonenumber-js /max + validator +
// i18n-iso-countries + postcode-validator) as an app validating the same customer, bundled
// and minified with esbuild: what a form would ship instead.
const peerDir = join(dev, '..', '..', 'bench', 'peers', 'js');
const peerEntry = join(work, 'peer-app.mjs');
writeFileSync(peerEntry, `import { check } from ${JSON.stringify(join(peerDir, 'max.js'))};\nconsole.log(check(${JSON.stringify(US_CUSTOMER)}));\n`);
const peerBundle = join(work, 'peer-app.min.mjs');
execFileSync(join(dev, 'node_modules/.bin/esbuild'), [peerEntry, '--bundle', '--minify', '--format=esm', '--platform=browser', `--outfile=${peerBundle}`, '--log-level=error'], { cwd: peerDir });
const peer = readFileSync(peerBundle);

// Ours the same way: an app importing `init` and `schema` from the package, bundled and
// minified by the same esbuild command, so both sides' JavaScript is measured as a page ships
// it. The .wasm and the data files stay beside the bundle (`new URL(…, import.meta.url)`), and
// the conversions' module stays the package's own lazy chunk (`./full/…`, external).
const appDir = join(work, 'app');
const appEntry = join(work, 'ours-app.mjs');
writeFileSync(appEntry, `export { init, schema } from ${JSON.stringify(join(pkg, 'index.js'))};\n`);
execFileSync(join(dev, 'node_modules/.bin/esbuild'), [appEntry, '--bundle', '--minify', '--format=esm', '--platform=browser', '--splitting', '--external:./full/*', `--outdir=${appDir}`, '--entry-names=app.min', '--log-level=error']);

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
  ['`kit/customer_validate_bg.wasm` (the browser module with the form kit)', kb(kitWasm.length), kb(gz(kitWasm)), kb(br(kitWasm))],
  ['`full/customer_validate_bg.wasm` (the browser module with the form kit and the customer conversions)', kb(fullWasm.length), kb(gz(fullWasm)), kb(br(fullWasm))],
  ['`customer_validate_node.wasm` (Node: speed first, every country embedded)', kb(nodeWasm.bytes.length), kb(gz(nodeWasm.bytes)), kb(br(nodeWasm.bytes))],
  ['browser download before any country (`index.js` + `data.js` + glue + wasm)', ...[(b) => b.length, gz, br].map((f) => kb(sum(files.filter((x) => browserFiles.includes(x.name)), f)))],
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

// --- Node throughput against the JS peer ------------------------------------------------
// bench/peers/js/bench.js's own throughput pass, one fresh process per side and two rounds in
// turn, on BENCH_DATA (20k Rapyd records, scripts/gen_bench_data.py; scripts/bench-pkg makes it).
const THROUGHPUT_RUNS = Number(process.env.BENCH_THROUGHPUT_RUNS ?? 5);
const benchData = process.env.BENCH_DATA;
const throughput = {};
if (benchData) {
  for (let round = 0; round < 2; round++) {
    for (const impl of ['ours-json', 'ours', 'max']) {
      const out = execFileSync(process.execPath, [join(peerDir, 'bench.js'), 'throughput', impl, benchData, String(THROUGHPUT_RUNS)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const one = JSON.parse(out);
      throughput[impl] ??= { records: one.records, runs_s: [] };
      throughput[impl].runs_s.push(...one.runs_s);
    }
  }
  for (const t of Object.values(throughput)) t.records_per_s = t.records / median(t.runs_s);
}

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
  await cv.init({ countries: ['Germany', 'France', 'Brazil'] });
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
  await cv.init({ warmUp: false, countries: ['Germany', 'France', 'Brazil'] });
  const t2 = performance.now();
  const r = cv.validate('rapyd', 'create', ${JSON.stringify(PAYLOAD)});
  const t3 = performance.now();
  cv.validate('authvia', 'create', ${JSON.stringify(PAYLOAD2)});
  const t4 = performance.now();
  return { load: t1 - t0, init: t2 - t1, first: t3 - t2, second: t4 - t3 };`));
writeFileSync(join(site, 'first.html'), page(`
  const t0 = performance.now();
  const cv = await import('/app/app.min.js');
  await cv.init();
  const r = await cv.schema('rapyd', 'create')['~standard'].validate(${JSON.stringify(US_CUSTOMER)});
  const t1 = performance.now();
  if (r.issues) throw new Error(JSON.stringify(r.issues));
  return { first: t1 - t0 };`));
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
  // /app/: the bundled app, with the package's other files (.wasm, data/) beside it.
  const inApp = url.pathname.startsWith('/app/') && existsSync(join(appDir, url.pathname.slice(5)));
  const path = inApp ? join(appDir, url.pathname.slice(5)) : /^\/(pkg|app)\//.test(url.pathname) ? join(pkg, url.pathname.slice(5)) : url.pathname === '/lpn.mjs' ? lpnBundle : join(site, url.pathname);
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
// Every response the page received under /pkg/ (path -> body), for the first-load bytes.
let fetched;
async function browserRun(name) {
  const profile = mkdtempSync(join(work, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    chromiumVersion = context.browser()?.version() ?? chromiumVersion;
    const tab = context.pages()[0] ?? (await context.newPage());
    const bodies = [];
    tab.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (/^\/(pkg|app)\//.test(path)) bodies.push(r.body().then((b) => [path.slice(5), b]));
    });
    await tab.goto(`${origin}/${name}.html`);
    const result = await tab.evaluate(() => window.result);
    if (result.error) throw new Error(result.error);
    fetched = new Map(await Promise.all(bodies));
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
const first = await browserMedians('first');
const firstFiles = [...fetched].map(([name, bytes]) => ({ name: name.replace(/\?.*$/, ''), raw: bytes.length, gzip: gz(bytes), brotli: br(bytes) }));
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
const total = (list, key) => list.reduce((n, f) => n + f[key], 0);
const firstGzip = total(firstFiles, 'gzip');
const peerGzip = gz(peer);
const met = (ok) => (ok ? 'met' : '**missed**');
const countryMedian = median(countryFiles.map((f) => f.gzip));
const countryMax = largest('gzip');
const rps = (impl) => throughput[impl]?.records_per_s;
const ratio = (a, b) => (rps(a) && rps(b) ? rps(a) / rps(b) : undefined);
const targetRows = [
  ['first load ≤ 100 KB gzipped (import → first answer, one US customer, Chromium)', `${kb(firstGzip)} (brotli ${kb(total(firstFiles, 'brotli'))})`, met(firstGzip <= 100 * 1024)],
  ['… and at or under the JS peer\'s bundle (same customer)', `${kb(firstGzip)} vs ${kb(peerGzip)}: ${(firstGzip / peerGzip).toFixed(2)}×`, met(firstGzip <= peerGzip)],
  ['each further country ≤ 4 KB gzipped (median of the country files)', kb(countryMedian), met(countryMedian <= 4 * 1024)],
  ['no country over 12 KB gzipped', `${kb(countryMax.gzip)} (${countryMax.name})`, met(countryMax.gzip <= 12 * 1024)],
  ...(benchData
    ? [
        ['Node: `validateJson` ≥ 2× the JS peer\'s records/s (goal 3×)', `${Math.round(rps('ours-json'))} vs ${Math.round(rps('max'))} records/s: **${ratio('ours-json', 'max').toFixed(2)}×** (\`validate\` of parsed objects: ${ratio('ours', 'max').toFixed(2)}×)`, met(ratio('ours-json', 'max') >= 2)],
      ]
    : []),
];
const report = `Measured by \`scripts/bench-pkg\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0].model.trim()}), Node ${process.versions.node}, Chromium ${chromiumVersion}; medians of ${RUNS} fresh processes / fresh browser profiles.

### Targets (issue 16)

${table(['target', 'measured', ''], targetRows)}

### First load in Chromium (everything fetched from \`import\` to the first answer)

An app importing \`init\` and \`schema\`, bundled and minified by the same esbuild command as the JS peer (\`app.min.js\`: the package's \`index.js\`, \`customer_validate.js\` and \`data.js\`), runs \`await init()\`, then \`await schema('rapyd', 'create')['~standard'].validate(…)\` of a US customer (name, email, US phone, US address), which fetches the data file it needs; median time ${ms(first.first)}.

${table(['file', 'raw', 'gzip -9', 'brotli 11'], [...firstFiles.map((f) => [`\`${f.name}\``, kb(f.raw), kb(f.gzip), kb(f.brotli)]), ['**total**', kb(total(firstFiles, 'raw')), `**${kb(firstGzip)}**`, kb(total(firstFiles, 'brotli'))], [`the JS peer's app bundle (\`bench/peers/js/max.js\`, esbuild --bundle --minify)`, kb(peer.length), kb(peerGzip), kb(br(peer))]])}

### Per-country data files (\`data/*.bin\`, fetched when a value needs the country)

${table(['', 'files', 'median gzip', 'max gzip', 'total gzip'], [
  ['countries (ISO code)', String(countryFiles.length), kb(countryMedian), `${kb(countryMax.gzip)} (${countryMax.name})`, kb(total(countryFiles, 'gzip'))],
  ['non-geographic calling codes', String(callingFiles.length), kb(median(callingFiles.map((f) => f.gzip)) ?? 0), '', kb(total(callingFiles, 'gzip'))],
  ...otherFiles.map((f) => [`\`${f.name}\` (${OTHER_FILES[f.name] ?? 'another data file'})`, '1', kb(f.gzip), '', kb(f.gzip)]),
])}

### Size

${table(['', 'raw', 'gzip -9', 'brotli 11'], sizeRows)}

### Start-up in Node (\`import\` of the Node entry loads the module synchronously)

${table(head, timeRows('Node', node))}

### Start-up in Chromium (headless, served from 127.0.0.1, \`await init()\` fetches and compiles the wasm)

${table(head, timeRows('Chromium', browser))}

"first validate": \`validate('rapyd', 'create', …)\` of a customer with a name, an email, a German mobile and a French address (regions the warm-up does not touch); "second validate": an Authvia customer with a Brazilian mobile and an email. For libphonenumber-js: \`parsePhoneNumberFromString\` of a German and a Brazilian number.`;

console.log(report);
