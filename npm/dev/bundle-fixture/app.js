// A tiny app as a merchant would write it: the package imported by name, bundled by Vite and
// by webpack in npm/dev/test/bundlers.test.mjs, then run in headless Chromium. It publishes
// what it saw on `window.result` for the test to read.
import { init, validate, checkPhone } from 'customer-validate';

window.result = (async () => {
  await init();
  return {
    valid: validate('rapyd', 'create', { name: ' Ada ', phone_number: '+49 151 23456789' }),
    invalid: validate('bloc', 'create', { bvn: '0123456789' }).issues.map((i) => i.code),
    phone: checkPhone('0803 123 4567', { region: 'NG' }).normalized,
  };
})().catch((e) => ({ error: String(e && e.stack ? e.stack : e) }));
