// The demo's message table (www/src/messages.js): one English text per issue code the
// package can emit (the `Code` union generated from Rust), and its templates filled from params.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MESSAGES, messageFor } from '../../../www/src/messages.js';

const types = readFileSync(new URL('../../types.d.ts', import.meta.url), 'utf8');
const union = types.match(/export type Code =([^;]+);/)[1];
const CODES = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);

test('every code has a message, and no message is for a code that does not exist', () => {
  assert.ok(CODES.length > 40);
  assert.deepEqual(CODES.filter((c) => !(c in MESSAGES)), []);
  assert.deepEqual(Object.keys(MESSAGES).filter((c) => !CODES.includes(c)), []);
});

test('templates take their params; a missing param or code falls back to the package message', () => {
  const names = { GB: 'United Kingdom' };
  const name = (c) => names[c];
  assert.equal(messageFor({ code: 'digits_length', params: { length: 11, received_length: 10 }, message: 'x' }), 'Must be exactly 11 digits (you typed 10).');
  assert.equal(messageFor({ code: 'postal_code_invalid', params: { country: 'GB' }, message: 'x' }, name), 'This is not a valid postal code for United Kingdom.');
  assert.equal(messageFor({ code: 'duplicate_value', params: { first_index: 0 }, message: 'x' }), 'This is the same as entry 1.');
  assert.equal(messageFor({ code: 'one_of_required', params: { fields: ['email', 'externalId'] }, message: 'x' }), 'Fill in at least one of: email, externalId.');
  assert.equal(messageFor({ code: 'too_long', params: {}, message: 'Too long (package)' }), 'Too long (package)');
  assert.equal(messageFor({ code: 'brand_new_code', params: {}, message: 'From the package' }), 'From the package');
});
