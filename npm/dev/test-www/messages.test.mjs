// The demo's messages (www/src/messages.js → i18n.js) come from the package's catalogs: one
// message per issue code the package can emit (the `Code` union generated from Rust). How the
// page fills them (country names, fallbacks) is checked in the browser: www.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import en from '../../../pkg/locales/en.js';

const types = readFileSync(new URL('../../types.d.ts', import.meta.url), 'utf8');
const union = types.match(/export type Code =([^;]+);/)[1];
const CODES = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);

test('every code has a message, and no message is for a code that does not exist', () => {
  assert.ok(CODES.length > 40);
  assert.deepEqual(CODES.filter((c) => !(c in en.messages)), []);
  assert.deepEqual(Object.keys(en.messages).filter((c) => !CODES.includes(c)), []);
});
