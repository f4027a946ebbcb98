// The locale modules (`customer-validate/locales/<tag>`) and their renderer
// (`customer-validate/locales`): the shared vectors the Rust renderer also runs
// (tests/vectors/locales.jsonl), localizing real results, never throwing, and tree-shaking:
// a bundle importing one locale carries no other (sizes measured with esbuild and printed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LOCALES, format, localize, negotiate, template } from 'customer-validate/locales';
import { validate, schema } from 'customer-validate';

const catalogs = Object.fromEntries(
  await Promise.all(LOCALES.map(async (tag) => [tag, (await import(`customer-validate/locales/${tag}`)).default])),
);
const vectors = readFileSync(new URL('../../../tests/vectors/locales.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((v) => v.comment === undefined);

test('the twelve locales, each a catalog with every code of English', () => {
  assert.equal(LOCALES.length, 12);
  const codes = Object.keys(catalogs.en.messages).sort();
  assert.ok(codes.length > 50);
  for (const [tag, c] of Object.entries(catalogs)) {
    assert.equal(c.tag, tag);
    assert.deepEqual(Object.keys(c.messages).sort(), codes, tag);
  }
});

test('the shared vectors render as in Rust', () => {
  let n = 0;
  for (const v of vectors) {
    n += 1;
    if (v.negotiate !== undefined) {
      assert.equal(negotiate(v.negotiate), v.expected, `negotiate ${JSON.stringify(v.negotiate)}`);
      continue;
    }
    const catalog = catalogs[negotiate(v.locale)];
    assert.equal(format(catalog, v.code, v.params) ?? null, v.expected, JSON.stringify(v));
    const [issue] = localize([{ code: v.code, params: v.params, message: 'own' }], v.locale, Object.values(catalogs));
    assert.equal(issue.message, v.expected ?? 'own');
  }
  assert.ok(n > 50);
});

test('templates show {param} placeholders', () => {
  assert.equal(template(catalogs.en, 'too_long'), 'Too long: at most {max} characters.');
  assert.equal(template(catalogs.pl, 'too_long'), 'Za długie: maksymalnie {max} znaków.');
  assert.equal(template(catalogs.en, 'no_such_code'), undefined);
});

test('a real result, its issues and warnings, localized per call', () => {
  const result = validate('bloc', 'create', {}, undefined);
  assert.equal(result.ok, false);
  const fr = localize(result, 'fr-CA', [catalogs.fr, catalogs.de]);
  assert.ok(fr.issues.length > 0);
  assert.ok(fr.issues.every((i) => i.message === 'Ce champ est obligatoire.'));
  assert.notEqual(result.issues[0].message, fr.issues[0].message, 'the input is not changed');
  const ar = localize(result.issues, catalogs.ar);
  assert.ok(ar.every((i) => i.message === 'هذا الحقل مطلوب.'));
  // No catalog given for the negotiated locale: the issues keep their English.
  assert.deepEqual(localize(result.issues, 'ja', [catalogs.fr]), result.issues);
  // A Standard Schema result's issues localize the same way.
  const std = schema('bloc', 'create')['~standard'].validate({});
  const out = localize(std.issues, catalogs.es);
  assert.ok(out.every((i) => i.message === 'Este campo es obligatorio.'));
});

test('odd input never throws', () => {
  for (const bad of [undefined, null, 42, 'x', {}, [null, 1, 'a', { code: 7 }], { issues: 'no' }]) {
    localize(bad, 'fr', [catalogs.fr]);
    localize(bad, catalogs.fr);
    localize(bad, undefined);
  }
  for (const tag of [undefined, null, 7, [], [7, null], {}, '💥', 'a'.repeat(100_000), 'en,'.repeat(10_000)]) {
    assert.ok(LOCALES.includes(negotiate(tag)));
  }
  assert.equal(format(null, 'too_long', {}), undefined);
  assert.equal(format(catalogs.fr, 'too_long', null), undefined);
  assert.equal(format(catalogs.fr, 'value_not_allowed', { allowed: { a: 1 } }), undefined);
  assert.equal(format(catalogs.fr, '__proto__', {}), undefined);
});

/** Bundles `source` (an app importing the package) with esbuild, minified; its text. */
async function bundle(source) {
  const dev = fileURLToPath(new URL('..', import.meta.url));
  const out = await build({
    stdin: { contents: source, resolveDir: dev, loader: 'js' },
    bundle: true,
    minify: true,
    charset: 'utf8',
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

// One distinctive message of each locale, to find it in a bundle.
const marker = (tag) => catalogs[tag].messages.field_required;

test('a bundle importing one locale carries no other (tree-shaking)', async () => {
  const sizes = {};
  for (const tag of LOCALES) {
    const text = await bundle(
      `import { localize } from 'customer-validate/locales';\nimport c from 'customer-validate/locales/${tag}';\nexport const f = (i) => localize(i, c);`,
    );
    sizes[tag] = `${Buffer.byteLength(text)}/${gzipSync(text).length}`;
    assert.ok(text.includes(marker(tag)), `${tag} is in its bundle`);
    for (const other of LOCALES.filter((t) => t !== tag)) {
      assert.ok(!text.includes(marker(other)), `${other} is not in the ${tag} bundle`);
    }
  }
  const renderer = await bundle(`import { localize } from 'customer-validate/locales';\nexport const f = localize;`);
  for (const tag of LOCALES) assert.ok(!renderer.includes(marker(tag)), `the renderer alone carries no ${tag}`);
  // The package's main entry names no locale module at all.
  const main = readFileSync(new URL('../node_modules/customer-validate/index.js', import.meta.url), 'utf8');
  assert.ok(!main.includes('locales'));
  console.log(
    `# esbuild --minify bytes/gzip bytes: renderer alone ${Buffer.byteLength(renderer)}/${gzipSync(renderer).length}; renderer + one locale ${JSON.stringify(sizes)}`,
  );
});
