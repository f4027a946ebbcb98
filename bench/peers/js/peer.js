#!/usr/bin/env node
// The JS peer over a JSON Lines file, one verdict per line (bench/compare.py's peer format):
//
//   node peer.js FILE [--metadata max|min]      (FILE `-` reads standard input)
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const at = args.indexOf('--metadata');
const metadata = at >= 0 ? args.splice(at, 2)[1] : 'max';
if (!['max', 'min'].includes(metadata) || args.length !== 1) {
  console.error('usage: node peer.js FILE [--metadata max|min]');
  process.exit(2);
}
const { check } = await import(`./${metadata}.js`);
const input = readFileSync(args[0] === '-' ? 0 : args[0], 'utf8');
const out = [];
for (const line of input.split('\n')) {
  if (!line.trim()) continue;
  let payload;
  try {
    payload = JSON.parse(line);
  } catch {
    out.push(JSON.stringify({ ok: false, errors: [{ loc: '', type: 'json_invalid', msg: 'not JSON' }] }));
    continue;
  }
  out.push(JSON.stringify(check(payload)));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
