#!/usr/bin/env node
// The npm package (pkg/) against the JS peer (max.js, min.js), the JS half of issue 7: run
// by `scripts/bench js`, which documents the options. Every figure is measured in this one run:
//
//   node bench.js all --data DIR --out DIR [--runs 7] [--latency-runs 7] [--docs FILE]
//     throughput   20k Rapyd records, JSON.parse + validate per line (and, for ours, also
//                  validateJson of the line), in memory, one process
//                  per implementation, 1 warm-up pass + RUNS timed passes, two rounds in turn
//     latency      import, init() and the first record in fresh processes (first-record.js)
//     size         an app validating one customer, esbuild --bundle --minify, raw/gzip/brotli
//     agreement    verdicts of ours, the peer and (if DIR/../bench-results has them) the
//                  Python peer, through bench/compare.py; libphonenumber-js max/min against
//                  tests/vectors/phone.jsonl
//   Writes OUT/js.json (every figure) and OUT/js.md (the tables of docs/bench.md); with
//   --docs, also puts js.md between FILE's bench-js markers.
//
//   node bench.js throughput ours|ours-json|max|min FILE RUNS [VERDICTS.jsonl]   (one process's part)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
// CV_PKG: another build of the package (scripts/profile-npm points it at one with names).
const pkg = process.env.CV_PKG ? resolve(process.env.CV_PKG) : join(root, 'pkg');
const ours = join(pkg, 'node.js');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

// --- one implementation's throughput (runs in its own process) ---------------------------
async function validator(impl) {
  if (impl === 'ours' || impl === 'ours-json') {
    const cv = await import(ours);
    await cv.init();
    // `ours` is given the parsed object, as the peer is; `ours-json` the line itself
    // (`validateJson`), as a bulk or server caller holding text would pass it.
    const run = impl === 'ours' ? cv.validate : cv.validateJson;
    return (payload) => {
      const r = run('rapyd', 'create', payload);
      return r.ok ? { ok: true, normalized: r.value } : { ok: false, issues: r.issues };
    };
  }
  return (await import(join(here, `${impl}.js`))).check;
}

async function throughput(impl, file, runs, verdicts) {
  const check = await validator(impl);
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const pass = (out) => {
    let valid = 0;
    for (const line of lines) {
      const v = check(impl === 'ours-json' ? line : JSON.parse(line));
      if (v.ok) valid++;
      if (out) out.push(JSON.stringify(v));
    }
    return valid;
  };
  const out = verdicts ? [] : undefined;
  const valid = pass(out);
  if (verdicts) writeFileSync(verdicts, out.join('\n') + '\n');
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    pass();
    times.push((performance.now() - t) / 1000);
  }
  console.log(JSON.stringify({ impl, records: lines.length, valid, runs_s: times }));
}

// --- the whole run ---------------------------------------------------------------------
function args(list) {
  const o = {};
  for (let i = 0; i < list.length; i += 2) o[list[i].replace(/^--/, '')] = list[i + 1];
  return o;
}

const node = (script, argv, opts = {}) => execFileSync(process.execPath, [script, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
const esbuildBin = join(root, 'npm/dev/node_modules/.bin/esbuild');
const esbuild = (entry, outfile, extra) =>
  execFileSync(esbuildBin, [entry, '--bundle', '--minify', '--format=esm', `--outfile=${outfile}`, '--log-level=error', ...extra]);
const version = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

// The first record of the latency bench: the first record of the data built valid that has
// every field a sign-up form fills (email, phone, an address with a postal code and a phone).
function firstRecord(data) {
  const lines = readFileSync(join(data, 'rapyd-create.jsonl'), 'utf8').split('\n');
  const flaws = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')).flaws;
  for (let i = 0; i < flaws.length; i++) {
    const r = JSON.parse(lines[i]);
    const a = r.addresses?.[0];
    if (flaws[i] === null && r.email && r.phone_number && a?.zip && a?.phone_number) return { index: i, payload: r };
  }
  throw new Error('no complete valid record');
}

async function all(o) {
  const data = resolve(o.data);
  const out = resolve(o.out);
  const runs = Number(o.runs ?? 7);
  const latencyRuns = Number(o['latency-runs'] ?? 7);
  const work = join(out, 'js');
  mkdirSync(work, { recursive: true });
  const file = join(data, 'rapyd-create.jsonl');
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${cpus()[0].model.trim()}`,
    node: process.versions.node,
    versions: Object.fromEntries(['zod', 'libphonenumber-js', 'validator', 'i18n-iso-countries', 'postcode-validator'].map((n) => [n, version(n)])),
    package: JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version,
    load_start: load(),
  };
  const log = (s) => console.error(`== ${new Date().toISOString().slice(11, 19)} [load ${load()}] ${s}`);

  // Throughput: ours (validate, validateJson), max, min, twice in turn, each in a fresh process.
  const impls = ['ours', 'ours-json', 'max', 'min'];
  result.throughput = Object.fromEntries(impls.map((i) => [i, { runs_s: [], loads: [] }]));
  for (let round = 0; round < 2; round++) {
    for (const impl of impls) {
      log(`throughput ${impl}, round ${round + 1}`);
      const r = result.throughput[impl];
      r.loads.push(load());
      const verdicts = round === 0 ? [join(work, `verdicts-${impl}.jsonl`)] : [];
      const one = JSON.parse(node(join(here, 'bench.js'), ['throughput', impl, file, String(runs), ...verdicts]));
      Object.assign(r, { records: one.records, valid: one.valid });
      r.runs_s.push(...one.runs_s);
      r[`round${round + 1}_median_s`] = median(one.runs_s);
    }
  }
  for (const r of Object.values(result.throughput)) {
    r.median_s = median(r.runs_s);
    r.records_per_s = r.records / r.median_s;
  }

  // Bundles: one app per side that validates one customer.
  log('bundles');
  const { index, payload } = firstRecord(data);
  result.first_record = { index, payload };
  const apps = {
    ours: `import { init, validate } from ${JSON.stringify(join(pkg, 'index.js'))};\nawait init();\nconsole.log(validate('rapyd', 'create', ${JSON.stringify(payload)}));\n`,
    max: `import { check } from ${JSON.stringify(join(here, 'max.js'))};\nconsole.log(check(${JSON.stringify(payload)}));\n`,
    min: `import { check } from ${JSON.stringify(join(here, 'min.js'))};\nconsole.log(check(${JSON.stringify(payload)}));\n`,
  };
  result.size = {};
  for (const [name, text] of Object.entries(apps)) {
    writeFileSync(join(work, `app-${name}.js`), text);
    esbuild(join(work, `app-${name}.js`), join(work, `app-${name}.min.js`), ['--platform=browser']);
    const js = sizes(readFileSync(join(work, `app-${name}.min.js`)));
    result.size[name] = { js };
  }
  const wasm = sizes(readFileSync(join(pkg, 'customer_validate_bg.wasm')));
  result.size.ours.wasm = wasm;
  result.size.ours.total = add(result.size.ours.js, wasm);
  for (const name of ['max', 'min']) result.size[name].total = result.size[name].js;
  // The peer as one file for Node, for the latency from a single bundle.
  for (const name of ['max', 'min']) esbuild(join(here, `${name}.js`), join(work, `peer-${name}.bundle.mjs`), ['--platform=node']);

  // Latency: fresh processes, the variants in turn within each round.
  const variants = {
    ours: ['ours', ours],
    'ours-no-init': ['ours-no-init', ours],
    'max-bundle': ['peer', join(work, 'peer-max.bundle.mjs')],
    'max-modules': ['peer', join(here, 'max.js')],
    'min-bundle': ['peer', join(work, 'peer-min.bundle.mjs')],
    'min-modules': ['peer', join(here, 'min.js')],
  };
  log(`latency, ${latencyRuns} fresh processes per variant`);
  const lat = Object.fromEntries(Object.keys(variants).map((v) => [v, []]));
  const latencyLoad = load();
  for (let i = 0; i < latencyRuns; i++) {
    for (const [v, [kind, module]] of Object.entries(variants)) {
      lat[v].push(JSON.parse(node(join(here, 'first-record.js'), [kind, module, JSON.stringify(payload)])));
    }
  }
  result.latency = { load: latencyLoad, runs: latencyRuns };
  for (const [v, rs] of Object.entries(lat)) {
    const m = {};
    for (const k of ['boot', 'import', 'init', 'first']) m[k] = median(rs.map((r) => r[k]));
    m.from_import = median(rs.map((r) => r.import + r.init + r.first));
    m.from_init = median(rs.map((r) => r.init + r.first));
    result.latency[v] = m;
  }

  // Agreement.
  log('agreement');
  const manifest = join(data, 'manifest.json');
  const flaws = JSON.parse(readFileSync(manifest, 'utf8')).flaws;
  const verdicts = (name) => readFileSync(join(work, `verdicts-${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
  const v = { ours: verdicts('ours'), max: verdicts('max'), min: verdicts('min') };
  result.design = Object.fromEntries(
    Object.entries(v).map(([name, vs]) => [
      name,
      {
        valid_rejected: vs.filter((x, i) => flaws[i] === null && !x.ok).length,
        invalid_accepted: vs.filter((x, i) => flaws[i] !== null && x.ok).length,
      },
    ]),
  );
  result.peers_same = v.max.filter((x, i) => x.ok === v.min[i].ok).length;
  const viaText = verdicts('ours-json');
  result.json_same_answer = viaText.filter((x, i) => JSON.stringify(x) === JSON.stringify(v.ours[i])).length;
  const python = join(out, 'peer-verdicts.jsonl');
  const native = join(out, 'ours-verdicts.jsonl');
  if (existsSync(native)) {
    const nv = readFileSync(native, 'utf8').split('\n').filter(Boolean).map(JSON.parse);
    result.native_same_verdict = nv.filter((x, i) => x.ok === v.ours[i].ok).length;
  }
  const compare = (peer, extra) =>
    execFileSync('python3', [join(root, 'bench/compare.py'), file, manifest, join(work, 'verdicts-ours.jsonl'), join(work, `verdicts-${peer}.jsonl`), '--by-country', '--json', join(work, `agreement-${peer}.json`), ...extra], { encoding: 'utf8' });
  const third = existsSync(python) ? ['--third', `Python peer=${python}`] : [];
  result.compare_md = { max: compare('max', third), min: compare('min', []) };
  result.agreement = Object.fromEntries(['max', 'min'].map((p) => [p, JSON.parse(readFileSync(join(work, `agreement-${p}.json`), 'utf8'))]));
  result.python_verdicts = existsSync(python);

  log('libphonenumber-js against the phone vectors');
  result.phone_vectors = JSON.parse(node(join(here, 'phone-vectors.js'), [join(root, 'tests/vectors/phone.jsonl')]));
  result.load_end = load();

  writeFileSync(join(out, 'js.json'), JSON.stringify(result, null, 1));
  const md = report(result);
  writeFileSync(join(out, 'js.md'), md);
  log(`wrote ${join(out, 'js.md')}`);
  if (o.docs) {
    const begin = '<!-- bench-js:begin (scripts/bench js rewrites this part) -->';
    const end = '<!-- bench-js:end -->';
    const text = readFileSync(o.docs, 'utf8');
    const a = text.indexOf(begin);
    const b = text.indexOf(end);
    if (a < 0 || b < a) throw new Error(`${o.docs}: bench-js markers not found`);
    writeFileSync(o.docs, `${text.slice(0, a + begin.length)}\n${md.trim()}\n${text.slice(b)}`);
    log(`updated ${o.docs} between its bench-js markers`);
  }
}

// --- the report ------------------------------------------------------------------------
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const msf = (n) => `${n.toFixed(1)} ms`;
const int = (n) => Math.round(n).toLocaleString('en-US');
const x = (n) => `${n.toFixed(2)}×`;
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function report(r) {
  const t = r.throughput;
  const names = {
    ours: `customer-validate ${r.package} (npm, \`validate(JSON.parse(line))\`)`,
    'ours-json': `customer-validate ${r.package} (npm, \`validateJson(line)\`)`,
    max: `JS peer, libphonenumber-js \`/max\``,
    min: `JS peer, libphonenumber-js default (min) metadata`,
  };
  const tp = table(
    ['implementation', 'load before (rounds 1, 2)', 'median s', 'round medians s', 'records/s', '`validate` / this', '`validateJson` / this'],
    Object.entries(t).map(([k, v]) => [names[k], v.loads.join('; '), v.median_s.toFixed(3), `${v.round1_median_s.toFixed(3)}, ${v.round2_median_s.toFixed(3)}`, int(v.records_per_s), x(t.ours.records_per_s / v.records_per_s), x(t['ours-json'].records_per_s / v.records_per_s)]),
  );
  const l = r.latency;
  const latRows = [
    ['customer-validate: import, `await init()`, validate', 'ours'],
    ['customer-validate: import, validate (no `init()`)', 'ours-no-init'],
    ['JS peer `/max`, one esbuild bundle', 'max-bundle'],
    ['JS peer `/max`, from node_modules', 'max-modules'],
    ['JS peer default metadata, one esbuild bundle', 'min-bundle'],
    ['JS peer default metadata, from node_modules', 'min-modules'],
  ].map(([label, k]) => [label, msf(l[k].boot), msf(l[k].import), k === 'ours' ? msf(l[k].init) : '—', msf(l[k].first), `**${msf(l[k].from_import)}**`, k === 'ours' ? `**${msf(l[k].from_init)}**` : '—']);
  const lt = table(['variant', 'Node boot', 'import', 'init()', 'first record', 'import → verdict', 'init() → verdict'], latRows);
  const s = r.size;
  const sz = (v) => [kb(v.raw), kb(v.gzip), kb(v.brotli)];
  const st = table(
    ['app that validates one Rapyd customer', 'raw', 'gzip -9', 'brotli 11'],
    [
      ['customer-validate: minified JS', ...sz(s.ours.js)],
      ['customer-validate: `customer_validate_bg.wasm`', ...sz(s.ours.wasm)],
      ['**customer-validate: JS + wasm**', ...sz(s.ours.total).map((c) => `**${c}**`)],
      ['**JS peer, `/max` metadata**', ...sz(s.max.total).map((c) => `**${c}**`)],
      ['JS peer, default (min) metadata', ...sz(s.min.total)],
    ],
  );
  const fromInitRatio = l.ours.from_init / l['max-bundle'].from_import;
  const fromImportRatio = l.ours.from_import / l['max-bundle'].from_import;
  const tpRatio = t.ours.records_per_s / t.max.records_per_s;
  const jsonRatio = t['ours-json'].records_per_s / t.max.records_per_s;
  const sizeRatio = s.ours.total.gzip / s.max.total.gzip;
  const rejected = r.design.ours.valid_rejected;
  const met = (ok) => (ok ? '**met**' : '**missed**');
  const targets = table(
    ['target (issue 7)', 'measured', 'status'],
    [
      ['npm package ≥ 3× the JS peer\'s records/s (`/max`)', `\`validate\`: ${int(t.ours.records_per_s)} vs ${int(t.max.records_per_s)} records/s: **${x(tpRatio)}** (${x(t.ours.records_per_s / t.min.records_per_s)} vs the default metadata); \`validateJson\` of the line: ${int(t['ours-json'].records_per_s)} records/s, **${x(jsonRatio)}**`, met(Math.max(tpRatio, jsonRatio) >= 3)],
      ['first-record latency from `init()` ≤ ½ the JS peer\'s (`/max`, one bundle, import → verdict)', `${msf(l.ours.from_init)} vs ${msf(l['max-bundle'].from_import)}: **${x(fromInitRatio)}** (from import: ${msf(l.ours.from_import)}, ${x(fromImportRatio)}; peer from node_modules ${msf(l['max-modules'].from_import)})`, met(fromInitRatio <= 0.5)],
      ['gzipped package (JS + wasm of the app) ≤ the JS peer\'s bundle with `/max`', `${kb(s.ours.total.gzip)} vs ${kb(s.max.total.gzip)}: **${x(sizeRatio)}**`, met(sizeRatio <= 1)],
      ['no valid record rejected by ours (20,000 records, by the generator\'s design)', `ours rejects ${rejected} valid records (JS peer \`/max\` ${r.design.max.valid_rejected}, default metadata ${r.design.min.valid_rejected})`, met(rejected === 0)],
    ],
  );
  const pv = r.phone_vectors;
  const pvt = table(
    ['libphonenumber-js metadata', 'same verdict and E.164', 'accepts, phonenumbers rejects', 'rejects, phonenumbers accepts', 'other E.164'],
    ['max', 'min'].map((m) => [m === 'max' ? '`/max`' : 'default (min)', int(pv[m].agree), int(pv[m].accepts_invalid), int(pv[m].rejects_valid), int(pv[m].other_e164)]),
  );
  const kinds = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  const pvEx = pv.min_only_examples.map((e) => `\`${e.input}\` (${e.region}, ${e.kind})`).join(', ');
  const native = r.native_same_verdict === undefined ? '' : ` The package's verdicts equal the native library's (\`examples/bench_records\`, default features) on ${int(r.native_same_verdict)} of ${int(t.ours.records)} records.`;
  return `Measured by \`scripts/bench js\` on ${r.date.slice(0, 10)}: ${r.machine}, Node ${r.node}; customer-validate ${r.package} (\`pkg/\`, \`scripts/build-pkg\`); JS peer: ${Object.entries(r.versions).map(([n, v]) => `${n} ${v}`).join(', ')}. Load average at the start ${r.load_start}, at the end ${r.load_end}.

#### Targets

${targets}

#### Throughput: ${int(t.ours.records)} Rapyd records in memory (\`JSON.parse\` + validate per line; \`validateJson\` takes the line as it is), median of ${t.ours.runs_s.length} passes (${t.ours.runs_s.length / 2} per round, after 1 warm-up pass per process)

${tp}

#### First record, fresh Node processes (median of ${l.runs}; load before ${l.load})

${lt}

"first record": record ${r.first_record.index} of the data (the first one built valid with an email, a phone, an address with postal code and phone; country ${r.first_record.payload.addresses[0].country}). "Node boot" is Node's own start before the script runs, the same for every variant, and is not counted in "import → verdict".

#### Bundle size: \`esbuild --bundle --minify --format=esm --platform=browser\` of an app that imports the validator and validates one customer

${st}

#### Verdict agreement, ${int(t.ours.records)} Rapyd records

Ours (the npm package) against the JS peer (\`/max\`): ${int(r.agreement.max.agree)} agree, ${int(r.agreement.max.disagree)} disagree. Against the peer with the default metadata: ${int(r.agreement.min.agree)} agree, ${int(r.agreement.min.disagree)} disagree; the two JS peers give the same verdict on ${int(r.peers_same)} of ${int(t.ours.records)} records. \`validateJson\` of the line gives the same answer as \`validate\` of the parsed line on ${int(r.json_same_answer)} of ${int(t.ours.records)} records.${native} The tables below are \`bench/compare.py --by-country\`'s, ours against the \`/max\` peer${r.python_verdicts ? ', with the Python peer as the third side' : ''}.

${r.compare_md.max}

#### libphonenumber-js against \`tests/vectors/phone.jsonl\` (verdicts of Python \`phonenumbers\`)

${pvt}

${int(pv.vectors)} vectors. What the metadata alone changes: the default metadata accepts ${int(pv.min_only_invalid)} numbers that \`/max\` and libphonenumber reject (by kind of input: ${kinds(pv.min_only_invalid_by_kind)}), e.g. ${pvEx}. The differences both variants share are parsing, not metadata: \`/max\` rejects valid inputs by kind ${kinds(pv.max.rejects_valid_by_kind)}, and accepts invalid ones by kind ${kinds(pv.max.accepts_invalid_by_kind)}.
`;
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'throughput') await throughput(rest[0], rest[1], Number(rest[2]), rest[3]);
else if (cmd === 'all') await all(args(rest));
else {
  console.error('usage: node bench.js all --data DIR --out DIR [--runs N] [--latency-runs N] | throughput IMPL FILE RUNS [VERDICTS]');
  process.exit(2);
}
