// One fresh process of the first-record latency bench (bench.js `latency` starts it):
//
//   node first-record.js ours|ours-no-init|peer MODULE PAYLOAD_JSON
//
// Times the dynamic import of MODULE (the npm package's Node entry, or the peer's max.js/min.js
// or its esbuild bundle), `init()` for `ours`, and the first validation of PAYLOAD, and prints
// them as JSON in milliseconds. `boot` is Node's own start-up before this module ran (the same
// for every variant; performance.now() counts from the process's start).
const [kind, module, json] = process.argv.slice(2);
const payload = JSON.parse(json);

const t0 = performance.now();
const m = await import(module);
const t1 = performance.now();
if (kind === 'ours') await m.init();
const t2 = performance.now();
const r = kind === 'peer' ? m.check(payload) : m.validate('rapyd', 'create', payload);
const t3 = performance.now();
if (!r.ok) throw new Error(`first record rejected: ${JSON.stringify(r)}`);
console.log(JSON.stringify({ boot: t0, import: t1 - t0, init: t2 - t1, first: t3 - t2 }));
