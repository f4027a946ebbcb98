// libphonenumber-js, `/max` and default (min) metadata, against the phone vectors
// (tests/vectors/phone.jsonl: inputs with a default region and the verdict of Python
// `phonenumbers`, i.e. libphonenumber's). Prints JSON counts, by kind of input; run by bench.js.
//
//   node phone-vectors.js tests/vectors/phone.jsonl
import { readFileSync } from 'node:fs';
import * as max from 'libphonenumber-js/max';
import * as min from 'libphonenumber-js';

const vectors = readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .filter(Boolean)
  .map(JSON.parse)
  .filter((v) => !v.meta);
const bump = (o, k) => (o[k] = (o[k] ?? 0) + 1);
const result = { vectors: vectors.length };
const verdicts = {};
for (const [name, lib] of Object.entries({ max, min })) {
  const r = { agree: 0, accepts_invalid: 0, rejects_valid: 0, other_e164: 0, accepts_invalid_by_kind: {}, rejects_valid_by_kind: {} };
  verdicts[name] = vectors.map((v) => {
    const n = lib.parsePhoneNumberFromString(v.input, v.region ?? undefined);
    const valid = Boolean(n?.isValid());
    if (valid && !v.valid) {
      r.accepts_invalid++;
      bump(r.accepts_invalid_by_kind, v.kind);
    } else if (!valid && v.valid) {
      r.rejects_valid++;
      bump(r.rejects_valid_by_kind, v.kind);
    } else if (valid && n.number !== v.e164) r.other_e164++;
    else r.agree++;
    return valid;
  });
  result[name] = r;
}
// What the metadata alone changes: accepted with min, rejected with max, invalid for libphonenumber.
const minOnly = vectors.filter((v, i) => verdicts.min[i] && !verdicts.max[i] && !v.valid);
result.min_only_invalid = minOnly.length;
result.min_only_invalid_by_kind = {};
for (const v of minOnly) bump(result.min_only_invalid_by_kind, v.kind);
result.min_only_examples = minOnly.filter((v, i) => i % 37 === 0).slice(0, 4).map((v) => ({ input: v.input, region: v.region, kind: v.kind }));
console.log(JSON.stringify(result));
