#!/usr/bin/env node
// CPU time per record of the Node package's `validateJson('rapyd', 'create', line)` for two
// builds of the package, alternated in fresh processes (a shared machine makes wall time
// useless for small differences; process.cpuUsage counts only this process's CPU).
//
//   node scripts/cpu-validate-json.mjs OLD_PKG NEW_PKG [RUNS]      (default RUNS: 6)
//
// OLD_PKG and NEW_PKG are `scripts/build-pkg` outputs (a `pkg/` directory, copied aside,
// e.g. one built from another commit's `git archive`). Each run: a fresh Node process per
// package, 2,000 records of warm-up, then three passes over the 20,000 Rapyd records of
// `scripts/gen_bench_data.py` (the file `scripts/bench-pkg` uses; made when missing), user +
// system CPU time per record; the run's figure is the median pass. Prints each run, the
// medians of the runs, the median of the pairwise old/new ratios, and a hash of the first
// pass's answers for each package (equal hashes: the same 20,000 answers).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const data = resolve(root, 'target/bench-data/rapyd-create.jsonl');

if (process.argv[2] === '--child') {
  const [pkg, file] = process.argv.slice(3);
  const cv = await import(resolve(pkg, 'node.js'));
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  for (const l of lines.slice(0, 2000)) cv.validateJson('rapyd', 'create', l);
  const hash = createHash('sha256');
  const passes = [];
  for (let p = 0; p < 3; p++) {
    const t0 = process.cpuUsage();
    for (const l of lines) {
      const answer = cv.validateJson('rapyd', 'create', l);
      if (p === 0) hash.update(JSON.stringify(answer));
    }
    const t = process.cpuUsage(t0);
    passes.push((t.user + t.system) / lines.length);
  }
  passes.sort((a, b) => a - b);
  console.log(JSON.stringify({ us: passes[1], answers: hash.digest('hex').slice(0, 16) }));
  process.exit(0);
}

const [oldPkg, newPkg, runs = '6'] = process.argv.slice(2);
if (!oldPkg || !newPkg) {
  console.error('usage: node scripts/cpu-validate-json.mjs OLD_PKG NEW_PKG [RUNS]');
  process.exit(2);
}
if (!existsSync(data)) {
  execFileSync('python3', [resolve(root, 'scripts/gen_bench_data.py'), '--out', resolve(root, 'target/bench-data')], { stdio: 'ignore' });
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const one = (pkg) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', resolve(pkg), data], { encoding: 'utf8' }));
const old = [], neu = [], hashes = { old: new Set(), new: new Set() };
for (let r = 0; r < Number(runs); r++) {
  const a = one(oldPkg);
  const b = one(newPkg);
  old.push(a.us);
  neu.push(b.us);
  hashes.old.add(a.answers);
  hashes.new.add(b.answers);
  console.log(`run ${r + 1}: old ${a.us.toFixed(2)} µs, new ${b.us.toFixed(2)} µs per record`);
}
console.log(`median CPU time per record: old ${median(old).toFixed(2)} µs, new ${median(neu).toFixed(2)} µs; median old/new ratio ${median(old.map((x, i) => x / neu[i])).toFixed(3)}`);
console.log(`answers: old ${[...hashes.old].join(',')}, new ${[...hashes.new].join(',')}`);
