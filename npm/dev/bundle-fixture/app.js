// A tiny app as a merchant would write it: the package imported by name, bundled by Vite and
// by webpack in npm/dev/test/bundlers.test.mjs, then run in headless Chromium. It publishes
// what it saw on `window.result` for the test to read.
import { init, validate, checkPhone, schema, toPayload, addressFormat } from 'customer-validate';

window.result = (async () => {
  await init({ countries: ['DE', 'NG'] });
  // A US customer through the Standard Schema, which fetches the US data file by itself.
  const us = await schema('rapyd', 'create')['~standard'].validate({
    name: 'Ada',
    phone_number: '+1 212 736 3100',
    addresses: [{ name: 'Ada', line_1: '350 Fifth Avenue', city: 'New York', state: 'NY', zip: '10118', country: 'US' }],
  });
  const first = {
    valid: validate('rapyd', 'create', { name: ' Ada ', phone_number: '+49 151 23456789' }),
    invalid: validate('bloc', 'create', { bvn: '0123456789' }).issues.map((i) => i.code),
    phone: checkPhone('0803 123 4567', { region: 'NG' }).normalized,
    us: us.issues ? us.issues.map((i) => i.code) : us.value.phone_number,
  };
  // The form kit: the kit module, its glue a chunk of its own.
  await init({ formKit: true });
  const layout = addressFormat('DE').format.lines;
  // The customer conversions: the full module, its glue another chunk.
  await init({ customer: true });
  return { ...first, layout, payload: toPayload('rapyd', 'create', { full_name: 'Ada Obi', phone: '0803 123 4567' }, undefined, { default_region: 'NG' }).value };
})().catch((e) => ({ error: String(e && e.stack ? e.stack : e) }));
