// The JS peer answers as docs/bench.md says it does: `node --test bench/peers/js/`
// (after `npm ci` in bench/peers/js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as max from './max.js';
import * as min from './min.js';

const customer = (address, extra = {}) => ({ name: 'Ana Ruiz', ...extra, addresses: [{ name: 'Ana Ruiz', line_1: '1 Calle Mayor', ...address }] });
const locs = (v) => (v.ok ? [] : v.errors.map((e) => `${e.loc}:${e.type}`));

test('normalizes a valid customer: E.164 phones (address phone in its country), ISO country, domain lower-cased', () => {
  const v = max.check(customer({ country: 'Spain', zip: '28013', phone_number: '612 34 56 78' }, { email: 'Ana@Example.ES', phone_number: '+34 612 345 679' }));
  assert.equal(v.ok, true, JSON.stringify(v));
  assert.equal(v.normalized.email, 'Ana@example.es');
  assert.equal(v.normalized.phone_number, '+34612345679');
  assert.equal(v.normalized.addresses[0].country, 'ES');
  assert.equal(v.normalized.addresses[0].phone_number, '+34612345678');
});

test('accepts IDN emails and country aliases', () => {
  assert.equal(max.check(customer({ country: 'UK', zip: 'SW1A 1AA' }, { email: 'ana@例え.example.jp' })).ok, true);
  assert.equal(max.check(customer({ country: 'Turkey', zip: '34000' })).ok, true);
});

test('rejects the postal formats the docs list: JP without hyphen, AR 4 digits; a country without pattern takes any code', () => {
  assert.deepEqual(locs(max.check(customer({ country: 'JP', zip: '5300074' }))), ['addresses.0.zip:postal_code_invalid']);
  assert.deepEqual(locs(max.check(customer({ country: 'AR', zip: '1900' }))), ['addresses.0.zip:postal_code_invalid']);
  assert.equal(max.check(customer({ country: 'JP', zip: '530-0074' })).ok, true);
  assert.equal(max.check(customer({ country: 'AE', zip: 'anything' })).ok, true);
});

test('refuses unknown fields, missing names, bad countries, emails and phones', () => {
  assert.deepEqual(locs(max.check({ name: 'A', foo: 1 })), [':unrecognized_keys']);
  assert.deepEqual(locs(max.check({ addresses: [] })), ['name:invalid_type']);
  assert.deepEqual(locs(max.check(customer({ country: 'Wakanda' }))), ['addresses.0.country:country_unknown']);
  assert.deepEqual(locs(max.check({ name: 'A', email: 'ana.example.com' })), ['email:email_invalid']);
  assert.deepEqual(locs(max.check({ name: 'A', phone_number: '+34 612' })), ['phone_number:phone_invalid']);
});

test('the default metadata accepts a number libphonenumber calls invalid; /max does not', () => {
  // From tests/vectors/phone.jsonl (kind add_digit): valid length for CL, no number type matches.
  const p = { name: 'A', addresses: [{ name: 'A', line_1: 'x', country: 'CL', phone_number: '6500 123 456' }] };
  assert.equal(min.check(p).ok, true);
  assert.deepEqual(locs(max.check(p)), ['addresses.0.phone_number:phone_invalid']);
});
