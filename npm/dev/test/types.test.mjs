// The package's TypeScript types, checked by tsc in strict mode as an ESM and a CommonJS
// consumer would see them (test/types/), against @standard-schema/spec.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';

// Every normalized payload the provider vectors expect (tests/vectors/providers.jsonl) must
// type-check as that operation's `PayloadOf`: the generated output types describe real outputs.
const vectors = readFileSync(new URL('../../../tests/vectors/providers.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((v) => v.expect?.ok && v.options?.unknown_fields !== 'keep');
writeFileSync(
  new URL('types/vectors.generated.mts', import.meta.url),
  `// Written by types.test.mjs from tests/vectors/providers.jsonl; not committed.
import type { PayloadOf } from 'customer-validate';
${vectors.map((v, i) => `// ${v.provider} ${v.operation}: ${v.name}\nexport const v${i}: PayloadOf<${JSON.stringify(v.provider)}, ${JSON.stringify(v.operation)}> = ${JSON.stringify(v.expect.ok)};`).join('\n')}
`,
);

test(`tsc accepts the consumers, ${vectors.length} vector outputs, and every @ts-expect-error fails as it should`, () => {
  assert.ok(vectors.length > 20);
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
  const project = fileURLToPath(new URL('types/tsconfig.json', import.meta.url));
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = `${e.stdout}${e.stderr}`;
  }
  assert.equal(output, '');
});
