// The schema() object through Standard Schema consumers: a tiny consumer written against the
// spec (standardschema.dev), and react-hook-form's own resolver, called as useForm calls it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schema } from 'customer-validate';
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';

/** What any Standard Schema v1 consumer does: check the marker, call validate, await if needed. */
async function parse(s, value) {
  const std = s['~standard'];
  assert.equal(std.version, 1);
  assert.equal(typeof std.vendor, 'string');
  let result = std.validate(value);
  if (result instanceof Promise) result = await result;
  if (result.issues) {
    const err = new Error(result.issues.map((i) => `${(i.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)).join('.')}: ${i.message}`).join('; '));
    err.issues = result.issues;
    throw err;
  }
  return result.value;
}

test('a spec consumer gets the normalized value or the issues', async () => {
  const s = schema('authvia', 'create');
  assert.deepEqual(await parse(s, { ref: 'a1', addresses: [' +1 (650) 253-0000 ', 'Ada@Example.COM'] }), {
    ref: 'a1',
    addresses: [{ value: '+16502530000' }, { value: 'Ada@example.com' }],
  });
  await assert.rejects(parse(s, { ref: 'a1', addresses: ['+1 650', 'nope'] }), (e) => {
    assert.deepEqual(e.issues.map((i) => i.path), [['addresses', 0], ['addresses', 1]]);
    assert.ok(e.issues.every((i) => typeof i.message === 'string' && typeof i.code === 'string'));
    assert.match(e.message, /^addresses\.0: /);
    return true;
  });
});

test('options are applied by the schema', async () => {
  const s = schema('authvia', 'create', { authvia: { address_shape: 'string' } });
  assert.deepEqual((await parse(s, { ref: 'a1', addresses: ['+16502530000'] })).addresses, ['+16502530000']);
});

test("react-hook-form's standardSchemaResolver: values out, errors by field path", async () => {
  const resolver = standardSchemaResolver(schema('rapyd', 'create'));
  const opts = { fields: {}, shouldUseNativeValidation: false };

  const ok = await resolver({ name: ' Ada  Lovelace ', email: 'ADA@EXAMPLE.COM', phone_number: '+44 20 7946 0958' }, undefined, opts);
  assert.deepEqual(ok.errors, {});
  assert.deepEqual(ok.values, { name: 'Ada Lovelace', email: 'ADA@example.com', phone_number: '+442079460958' });

  const bad = await resolver({ name: '', email: 'ada@', addresses: [{ country: 'Atlantis' }] }, undefined, opts);
  assert.deepEqual(bad.values, {});
  assert.equal(bad.errors.name.message, 'This field is required');
  assert.equal(typeof bad.errors.email.message, 'string');
  // Nested paths land on nested fields, as register('addresses.0.country') expects.
  assert.equal(bad.errors.addresses[0].country.message, 'Unknown country');
});

test("react-hook-form's resolver places values JSON cannot carry on their own fields", async () => {
  const resolver = standardSchemaResolver(schema('rapyd', 'create'));
  const opts = { fields: {}, shouldUseNativeValidation: false };
  const bad = await resolver({ name: 'Ada \ud83d', email: 'ada@', metadata: { n: 10n, f() {} } }, undefined, opts);
  assert.match(bad.errors.name.message, /half of a character/);
  assert.equal(typeof bad.errors.email.message, 'string');
  assert.match(bad.errors.metadata.n.message, /BigInt/);
  assert.match(bad.errors.metadata.f.message, /function/);
});
