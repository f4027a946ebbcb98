// End-to-end tests of the demo form (www/) in headless Chromium: the page as served by
// scripts/serve-www, driven like a user. For each provider a valid customer gives the exact
// normalized payload; invalid values give the table's messages under the right fields and
// submit is refused; the keyboard alone can fill and submit; no console error anywhere.
// Full-page screenshots go to target/www-screenshots/ (git-ignored; see the README).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { consoleErrors, launch } from '../lib/chromium.mjs';
import { serveWww } from '../lib/www-server.mjs';

const SHOTS = fileURLToPath(new URL('../../../target/www-screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

let server;
let browser;

before(async () => {
  server = await serveWww();
  browser = await launch({ viewport: { width: 1200, height: 900 } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The package's `providers()` as the page loaded it (the names are pinned in tests/providers.rs). */
const packageProviders = (page) => page.evaluate(async () => (await import('/pkg/index.js')).providers());

/** Whether the package accepts an empty body for `provider`'s `operation`. */
const emptyIsValid = (page, provider, operation) =>
  page.evaluate(async ([p, o]) => (await import('/pkg/index.js')).validate(p, o, {}).ok, [provider, operation]);

/** The "all providers" status the cards' states call for, with the package's labels. */
async function statusOfCards(page) {
  const all = await packageProviders(page);
  const ready = [];
  for (const p of all) if ((await page.getAttribute(`#card-${p.name}`, 'data-state')) === 'ready') ready.push(p.label);
  return `Ready for ${ready.length} of ${all.length} providers: ${ready.join(', ')}.`;
}

/** Opens the page on `provider/operation`; `done()` asserts no console error happened. */
async function open(hash) {
  const page = await browser.context.newPage();
  const errors = consoleErrors(page);
  await page.goto(`${server.origin}/#${hash}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return {
    page,
    field: (pointer) => page.locator(`[data-pointer="${pointer}"]`),
    msg: (pointer) => page.locator(`[data-field="${pointer}"] > .msg`),
    live: (pointer) => page.locator(`[data-field="${pointer}"] > .live`),
    async fill(values) {
      for (const [pointer, value] of Object.entries(values)) {
        const f = page.locator(`[data-pointer="${pointer}"]`);
        if ((await f.evaluate((e) => e.tagName)) === 'SELECT') await f.selectOption(value);
        else await f.fill(value);
        await f.blur();
      }
    },
    async submit() {
      await page.click('#submit');
      // A submit that needs a country's rules not loaded yet fetches them first.
      await page.waitForSelector('#result:not([data-state="loading"])', { state: 'attached' });
    },
    async payload() {
      assert.equal(await page.getAttribute('#result', 'data-state'), 'valid', await page.textContent('#summary'));
      return JSON.parse(await page.textContent('#payload'));
    },
    async refused() {
      assert.equal(await page.getAttribute('#result', 'data-state'), 'invalid');
      assert.equal(await page.isVisible('#payload'), false);
      assert.equal(await page.isVisible('#summary'), true);
    },
    async shot(name) {
      await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
    },
    /** `expected`: a pattern of console errors the test causes on purpose (a failed fetch). */
    async done(expected) {
      assert.deepEqual(expected ? errors.filter((e) => !expected.test(e)) : errors, []);
      await page.close();
    },
  };
}

const RAPYD_VALID = {
  '/name': ' Ada   Lovelace ',
  '/email': 'Ada@Example.COM',
  '/phone_number': '020 7946 0958',
  '/addresses/0/name': 'Ada Lovelace',
  '/addresses/0/line_1': '10 Downing Street',
  '/addresses/0/city': 'London',
  '/addresses/0/zip': 'sw1a2aa',
  '/addresses/0/country': 'United Kingdom',
};

test('Rapyd create: the exact normalized payload', async () => {
  const f = await open('rapyd/create');
  await f.page.selectOption('#region', 'GB');
  await f.fill(RAPYD_VALID);
  // As you type: the phone's country and E.164; the postal code's format.
  assert.match(await f.live('/phone_number').textContent(), /United Kingdom · \+442079460958/);
  assert.match(await f.live('/addresses/0/zip').textContent(), /SW1A 2AA/);
  assert.match(await f.live('/addresses/0/country').textContent(), /United Kingdom \(GB\)/);
  await f.submit();
  assert.deepEqual(await f.payload(), {
    name: 'Ada Lovelace',
    email: 'Ada@example.com',
    phone_number: '+442079460958',
    addresses: [{ name: 'Ada Lovelace', line_1: '10 Downing Street', city: 'London', zip: 'SW1A 2AA', country: 'GB' }],
  });
  assert.equal(await f.field('/name').getAttribute('aria-invalid'), null);
  await f.shot('rapyd-create-valid');
  await f.done();
});

test('country rules are fetched as values need them, and the page says which', async () => {
  const w = await open('rapyd/create');
  const fetched = [];
  w.page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.bin')) fetched.push(path.split('/').pop());
  });
  // Before anything is typed, only the page's default region (US): the phone field's
  // placeholder is its example number.
  await w.page.waitForFunction(() => document.getElementById('data-status').textContent.includes('loaded as needed: US.'));
  assert.equal(await w.field('/phone_number').getAttribute('placeholder'), '+1 201-555-0123');
  await w.fill({ '/phone_number': '+49 151 23456789' });
  await w.page.waitForFunction(() => document.getElementById('data-status').textContent.includes('DE'));
  await w.page.waitForFunction(() => document.querySelector('[data-field="/phone_number"] > .live').textContent.includes('+4915123456789'));
  await w.fill({ '/addresses/0/country': 'Japan', '/addresses/0/zip': '100-0001' });
  await w.page.waitForFunction(() => document.getElementById('data-status').textContent.includes('JP'));
  await w.page.waitForFunction(() => document.querySelector('[data-field="/addresses/0/zip"] > .live').textContent.includes('Format of Japan'));
  assert.deepEqual(fetched.sort(), ['DE.bin', 'JP.bin']);
  await w.shot('rapyd-create-data-on-demand');
  await w.done();
});

test('the phone field formats as the number is typed, digit by digit', async () => {
  const w = await open('rapyd/create');
  await w.page.selectOption('#region', 'US');
  await w.fill({ '/phone_number': '2' }); // loads the US rules
  await w.page.waitForFunction(() => document.getElementById('data-status').textContent.includes('US'));
  const phone = w.field('/phone_number');
  await phone.fill('');
  const shown = [];
  for (const digit of '2024561111') {
    await phone.press(digit);
    shown.push(await phone.inputValue());
  }
  // libphonenumber's AsYouTypeFormatter for US, keystroke by keystroke.
  assert.deepEqual(shown, ['2', '20', '202', '202-4', '202-45', '202-456', '202-4561', '(202) 456-11', '(202) 456-111', '(202) 456-1111']);
  await phone.blur();
  assert.match(await w.live('/phone_number').textContent(), /\+12024561111/);
  // Deleting is left alone.
  await phone.press('End');
  await phone.press('Backspace');
  assert.equal(await phone.inputValue(), '(202) 456-111');
  await w.shot('rapyd-create-phone-as-you-type');
  await w.done();
});

test('Rapyd create: bad phone, missing name are refused; a bad postal code only warns', async () => {
  const f = await open('rapyd/create');
  await f.page.selectOption('#region', 'GB');
  await f.fill({ ...RAPYD_VALID, '/name': '', '/phone_number': '+44 20 79', '/addresses/0/zip': '12345' });
  // On blur, before any submit: the message is already under the field.
  assert.equal(await f.msg('/phone_number').textContent(), 'This is not a valid phone number.');
  await f.submit();
  await f.refused();
  assert.equal(await f.msg('/name').textContent(), 'This field is required.');
  // Rapyd takes any postal code: the form says what it expected, and does not block on it.
  assert.equal(await f.msg('/addresses/0/zip').textContent(), 'This is not a valid postal code for United Kingdom.');
  assert.equal(await f.field('/addresses/0/zip').getAttribute('aria-invalid'), null);
  for (const p of ['/name', '/phone_number']) {
    const input = f.field(p);
    assert.equal(await input.getAttribute('aria-invalid'), 'true', p);
    const described = (await input.getAttribute('aria-describedby')).split(' ');
    const msgId = await f.msg(p).getAttribute('id');
    assert.ok(described.includes(msgId), `${p} is described by its message`);
  }
  assert.equal(await f.field('/email').getAttribute('aria-invalid'), null);
  // The first invalid field has the focus.
  assert.equal(await f.page.evaluate(() => document.activeElement.dataset.pointer), '/name');
  await f.shot('rapyd-create-invalid');
  await f.done();
});

test('Stripe create: the demo offers it from the package, with its address object', async () => {
  const f = await open('stripe/create');
  await f.page.selectOption('#region', 'GB');
  await f.fill({
    '/name': 'Ada Lovelace',
    '/email': 'ada@example.com',
    '/phone': '020 7946 0958',
    '/address/line1': '10 Downing Street',
    '/address/city': 'London',
    '/address/postal_code': 'sw1a2aa',
    '/address/country': 'GB',
  });
  assert.match(await f.live('/address/postal_code').textContent(), /SW1A 2AA/);
  await f.submit();
  assert.deepEqual(await f.payload(), {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: '+442079460958',
    address: { line1: '10 Downing Street', city: 'London', country: 'GB', postal_code: 'SW1A 2AA' },
  });
  await f.shot('stripe-create-valid');
  await f.done();
});

const BLOC_VALID = {
  '/email': 'ada@example.com',
  '/phone_number': '0803 123 4567',
  '/bvn': '01234567890',
  '/first_name': 'Ada',
  '/last_name': 'Obi',
  '/customer_type': 'Business',
};

test('Bloc create: the exact normalized payload', async () => {
  const f = await open('bloc/create');
  await f.fill(BLOC_VALID);
  assert.match(await f.live('/phone_number').textContent(), /Nigeria · \+2348031234567 · mobile/);
  await f.submit();
  assert.deepEqual(await f.payload(), {
    email: 'ada@example.com',
    phone_number: '08031234567',
    bvn: '01234567890',
    first_name: 'Ada',
    last_name: 'Obi',
    customer_type: 'Business',
  });
  await f.shot('bloc-create-valid');
  await f.done();
});

test('Bloc create: a BVN of 10 digits and a missing last name are refused', async () => {
  const f = await open('bloc/create');
  await f.fill({ ...BLOC_VALID, '/bvn': '0123456789', '/last_name': '' });
  await f.submit();
  await f.refused();
  assert.equal(await f.msg('/bvn').textContent(), 'Must be exactly 11 digits (you typed 10).');
  assert.equal(await f.msg('/last_name').textContent(), 'This field is required.');
  assert.equal(await f.msg('/email').textContent(), '');
  assert.match(await f.page.textContent('#summary'), /Fix 2 problems/);
  await f.shot('bloc-create-invalid');
  await f.done();
});

test('Calypso create: the payload, with a domain typo suggested but not blocking', async () => {
  const f = await open('calypso/create');
  await f.fill({
    '/account': `0x${'aB'.repeat(20)}`,
    '/timestamp': '1700000000000',
    '/payload/email': 'ada@gmial.com',
    '/payload/externalId': 'ord-42',
  });
  assert.equal(await f.live('/payload/email').locator('.suggest').textContent(), 'Did you mean gmail.com?');
  await f.submit();
  assert.deepEqual(await f.payload(), {
    account: `0x${'aB'.repeat(20)}`,
    timestamp: 1700000000000,
    payload: { email: 'ada@gmial.com', externalId: 'ord-42' },
  });
  assert.match(await f.page.textContent('#warnings'), /Email: Did you mean gmail\.com\? \(a warning: it does not block\)/);
  await f.shot('calypso-create-valid-with-suggestion');
  // The suggestion's button applies it.
  await f.live('/payload/email').getByRole('button', { name: 'Use gmail.com' }).click();
  assert.equal(await f.field('/payload/email').inputValue(), 'ada@gmail.com');
  await f.submit();
  assert.equal((await f.payload()).payload.email, 'ada@gmail.com');
  await f.done();
});

test('Calypso create: a bad account and neither email nor externalId are refused', async () => {
  const f = await open('calypso/create');
  await f.fill({ '/account': '0x12', '/timestamp': '1700000000000' });
  await f.submit();
  await f.refused();
  assert.equal(await f.msg('/account').textContent(), 'This is not a valid identifier.');
  // The members named by their labels in the form, not their JSON names.
  assert.equal(await f.msg('/payload/email').textContent(), 'Fill in at least one of: Email, Your customer reference (externalId).');
  await f.done();
});

test('Authvia create: an ordered list of phones and emails (add, reorder, remove)', async () => {
  const f = await open('authvia/create');
  await f.fill({ '/ref': 'cust-1', '/addresses/0': 'Ada@Example.com' });
  const add = f.page.getByRole('button', { name: '+ Add a phone or email' });
  await add.click();
  await f.fill({ '/addresses/1': '+1 650 253 0000' });
  await add.click();
  await f.fill({ '/addresses/2': 'old@example.com' });
  assert.match(await f.live('/addresses/1').textContent(), /United States · \+16502530000/);
  // Move the phone to the top, drop the third.
  await f.page.getByRole('button', { name: 'Move address 2 up' }).click();
  await f.page.getByRole('button', { name: 'Remove address 3' }).click();
  await f.submit();
  assert.deepEqual(await f.payload(), { ref: 'cust-1', addresses: [{ value: '+16502530000' }, { value: 'Ada@example.com' }] });
  await f.shot('authvia-create-valid');
  await f.done();
});

test('Authvia create: a bad phone in the list and a repeated address are refused in place', async () => {
  const f = await open('authvia/create');
  await f.fill({ '/ref': 'cust-1', '/addresses/0': '+1 650 253 0000' });
  const add = f.page.getByRole('button', { name: '+ Add a phone or email' });
  await add.click();
  await f.fill({ '/addresses/1': '+1 202' });
  await add.click();
  await f.fill({ '/addresses/2': '+16502530000' });
  await f.submit();
  await f.refused();
  assert.equal(await f.msg('/addresses/0').textContent(), '');
  assert.equal(await f.msg('/addresses/1').textContent(), 'This phone number is too short.');
  assert.equal(await f.msg('/addresses/2').textContent(), 'This is the same as entry 1.');
  await f.shot('authvia-create-invalid');
  await f.done();
});

test('every provider operation renders and its empty form is refused or valid per the package', async () => {
  const f = await open('rapyd/create');
  const providers = await f.page.$$eval('#provider option', (o) => o.map((x) => x.value));
  assert.deepEqual(providers, (await packageProviders(f.page)).map((p) => p.name));
  const validEmpty = [];
  for (const p of providers) {
    await f.page.selectOption('#provider', p);
    const ops = await f.page.$$eval('#operation option', (o) => o.map((x) => x.value));
    assert.ok(ops.length >= 2, p);
    for (const o of ops) {
      await f.page.selectOption('#operation', o);
      assert.equal(await f.page.evaluate(() => location.hash), `#${p}/${o}`);
      await f.submit();
      const state = await f.page.getAttribute('#result', 'data-state');
      const valid = await emptyIsValid(f.page, p, o);
      assert.equal(state, valid ? 'valid' : 'invalid', `${p} ${o}`);
      if (valid) validEmpty.push(`${p}/${o}`);
    }
  }
  // Of the providers known here: Rapyd's update accepts an empty body (nothing changes), and
  // Stripe documents every parameter as optional; every other operation needs something.
  assert.deepEqual(validEmpty.filter((x) => x.split('/')[0] in ALL_PAYLOADS), ['rapyd/update', 'stripe/create', 'stripe/update']);
  await f.done();
});

test('keyboard only: tab order, typing, Enter submits', async () => {
  const f = await open('bloc/create');
  const { page } = f;
  await page.focus('#provider');
  const order = [];
  const where = () => page.evaluate(() => document.activeElement.dataset.pointer ?? document.activeElement.id);
  order.push(await where());
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    order.push(await where());
  }
  // The phone-country select is disabled for Bloc (its numbers are Nigerian): skipped.
  assert.deepEqual(order, ['provider', 'operation', '/email', '/phone_number', '/bvn', '/first_name', '/last_name', '/customer_type', 'submit']);
  // Fill every field with the keyboard, from the first field on.
  await page.focus('[data-pointer="/email"]');
  for (const value of ['ada@example.com', '0803 123 4567', '01234567890', 'Ada', 'Obi']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('P'); // the select: first option starting with P
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  assert.deepEqual(await f.payload(), {
    email: 'ada@example.com',
    phone_number: '08031234567',
    bvn: '01234567890',
    first_name: 'Ada',
    last_name: 'Obi',
    customer_type: 'Personal',
  });
  // Enter on an invalid form: refused, and the focus goes to the first invalid field.
  await page.focus('[data-pointer="/bvn"]');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await f.refused();
  assert.equal(await where(), '/bvn');
  await f.done();
});

const ACCOUNT = `0x${'ab'.repeat(20)}`;
const CUSTOMER = {
  '/given_name': 'Ada',
  '/family_name': 'Obi',
  '/email': 'Ada@Example.COM',
  '/phone': '0803 123 4567',
  '/address/line_1': '12 Marina Road',
  '/address/city': 'Lagos',
  '/address/state': 'Lagos',
  '/address/postal_code': '101241',
  '/address/country': 'Nigeria',
  '/external_ref': 'cust-1001',
  '/national_id/scheme': 'bvn',
  '/national_id/value': '01234567890',
  '/kind': 'personal',
  '/date_of_birth': '1990-05-17',
  '/nationality': 'NG',
  '/notes': 'VIP customer',
};
const ALL_PAYLOADS = {
  calypso: {
    account: ACCOUNT,
    timestamp: 1700000000000,
    payload: { email: 'Ada@example.com', description: 'VIP customer', externalId: 'cust-1001' },
  },
  bloc: { email: 'Ada@example.com', phone_number: '08031234567', bvn: '01234567890', first_name: 'Ada', last_name: 'Obi', customer_type: 'Personal' },
  rapyd: {
    name: 'Ada Obi',
    email: 'Ada@example.com',
    phone_number: '+2348031234567',
    addresses: [{ name: 'Ada Obi', line_1: '12 Marina Road', city: 'Lagos', state: 'Lagos', country: 'NG', zip: '101241' }],
    description: 'VIP customer',
    metadata: { external_ref: 'cust-1001' },
    date_of_birth: '17/05/1990',
    nationality: 'NG',
  },
  authvia: {
    ref: 'cust-1001',
    addresses: [{ value: '+2348031234567' }, { value: 'Ada@example.com' }],
    metadata: { name: 'Ada Obi' },
    appdata: { note: 'VIP customer' },
  },
  stripe: {
    name: 'Ada Obi',
    email: 'Ada@example.com',
    phone: '+2348031234567',
    address: { line1: '12 Marina Road', city: 'Lagos', state: 'Lagos', country: 'NG', postal_code: '101241' },
    description: 'VIP customer',
    metadata: { external_ref: 'cust-1001' },
  },
};

test('All providers: one customer, every exact payload; a missing BVN shows on Bloc only', async () => {
  const f = await open('rapyd/create');
  const modules = [];
  f.page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) modules.push(new URL(r.url()).pathname);
  });
  // Switched on the page, like a user; the conversions' module arrives then.
  await f.page.check('input[name="mode"][value="all"]');
  await f.page.waitForSelector('#all-results', { state: 'visible' });
  assert.deepEqual(modules, ['/pkg/full/customer_validate_bg.wasm']);
  assert.equal(await f.page.isVisible('#all-results'), true);
  assert.equal(await f.page.isVisible('#result'), false);
  assert.equal(await f.page.isVisible('#provider'), false);
  await f.page.selectOption('#region', 'NG');
  await f.page.fill('#calypso-account', ACCOUNT);
  await f.page.fill('#calypso-timestamp', '1700000000000');
  const card = (p) => f.page.locator(`#card-${p}`);
  // Empty: each provider says what it needs, as canonical fields.
  assert.equal(await card('authvia').getAttribute('data-state'), 'missing');
  assert.match(await card('authvia').locator('.checklist').textContent(), /Your customer reference/);
  const cards = await f.page.$$eval('.provider-card', (els) => els.map((e) => e.dataset.provider));
  assert.deepEqual(cards, (await packageProviders(f.page)).map((p) => p.name));
  await f.fill(CUSTOMER);
  for (const [p, expected] of Object.entries(ALL_PAYLOADS)) {
    assert.equal(await card(p).getAttribute('data-state'), 'ready', await card(p).textContent());
    assert.deepEqual(JSON.parse(await card(p).locator('pre').textContent()), expected, p);
  }
  assert.equal(await f.page.isVisible('#summary'), false);
  assert.equal(await f.page.textContent('#all-status'), await statusOfCards(f.page));
  await f.shot('all-providers-ready');

  // No BVN: Bloc's checklist names the canonical field; the others still show payloads.
  await f.field('/national_id/value').fill('');
  await f.field('/national_id/value').blur();
  assert.equal(await card('bloc').getAttribute('data-state'), 'missing');
  assert.equal(await card('bloc').locator('pre').isVisible(), false);
  const items = card('bloc').locator('.checklist li');
  assert.deepEqual(await items.evaluateAll((li) => li.map((e) => [e.dataset.field, e.textContent])), [['national_id', 'Missing: National ID']]);
  for (const p of Object.keys(ALL_PAYLOADS).filter((p) => p !== 'bloc')) {
    assert.equal(await card(p).getAttribute('data-state'), 'ready', p);
    assert.deepEqual(JSON.parse(await card(p).locator('pre').textContent()), ALL_PAYLOADS[p], p);
  }
  assert.equal(await f.page.textContent('#all-status'), await statusOfCards(f.page));
  await f.shot('all-providers-missing-bvn');

  // A bad value is the customer's own issue: its message under the field (from the table),
  // and no provider shows a payload until it is fixed.
  await f.fill({ '/email': 'ada' });
  assert.equal(await f.msg('/email').textContent(), 'An email address needs an @.');
  for (const p of Object.keys(ALL_PAYLOADS)) assert.equal(await card(p).getAttribute('data-state'), 'blocked', p);
  // Submit marks every field: the summary links to the field, which gets the focus.
  await f.submit();
  assert.match(await f.page.textContent('#summary'), /Email: An email address needs an @\./);
  assert.equal(await f.page.evaluate(() => document.activeElement.dataset.pointer), '/email');
  // Calypso's envelope: without the account, Calypso asks for it.
  await f.fill({ '/email': 'ada@example.com' });
  await f.page.fill('#calypso-account', '');
  assert.equal(await card('calypso').getAttribute('data-state'), 'missing');
  assert.match(await card('calypso').locator('.checklist').textContent(), /Calypso merchant account/);
  assert.equal(new URL(f.page.url()).hash, '#all');
  // And back to the single-operation mode.
  await f.page.check('input[name="mode"][value="single"]');
  assert.equal(await f.page.isVisible('#result'), true);
  assert.equal(await f.page.isVisible('#all-results'), false);
  assert.equal(await f.page.isVisible('#calypso-account'), false);
  assert.equal(await f.field('/name').count(), 1);
  assert.equal(new URL(f.page.url()).hash, '#rapyd/create');
  await f.done();
});

/** The address block's labels in DOM order (visible fields only), as a reader meets them. */
const addressLabels = (page, prefix) =>
  page.evaluate((prefix) => [...document.querySelectorAll(`[data-field^="${prefix}/"]`)]
    .filter((b) => b.classList.contains('field') && !b.hidden && b.offsetParent !== null)
    .map((b) => b.querySelector('label').textContent), prefix);

/** Sets the address country and waits until the block is laid out for it. */
async function pickCountry(w, pointer, name, code) {
  await w.fill({ [pointer]: name });
  await w.page.waitForSelector(`fieldset[data-country="${code}"]`, { timeout: 15_000 });
}

test('the address block lays itself out for the country: order, labels, required marks, no postal field where none', async () => {
  const w = await open('rapyd/create');
  await pickCountry(w, '/addresses/0/country', 'United States', 'US');
  assert.deepEqual(await addressLabels(w.page, '/addresses/0'), ['Country', 'Name on the address *', 'Address line 1 *', 'Address line 2', 'City *', 'State *', 'ZIP code *']);
  // Brazil: the neighbourhood (Rapyd's district) between the street and the city.
  await pickCountry(w, '/addresses/0/country', 'Brazil', 'BR');
  assert.deepEqual(await addressLabels(w.page, '/addresses/0'), ['Country', 'Name on the address *', 'Address line 1 *', 'Address line 2', 'Neighborhood', 'City *', 'State *', 'Postal code *']);
  await pickCountry(w, '/addresses/0/country', 'United States', 'US');
  // City, state and ZIP code share a line, as US addresses write them.
  assert.equal(await w.page.evaluate(() => {
    const parents = ['city', 'state', 'zip'].map((n) => document.querySelector(`[data-field="/addresses/0/${n}"]`).parentElement);
    return parents[0] === parents[1] && parents[1] === parents[2];
  }), true);
  assert.equal(await w.field('/addresses/0/zip').getAttribute('placeholder'), 'e.g. 95014');
  assert.equal(await w.field('/addresses/0/state').evaluate((e) => e.tagName), 'SELECT');
  // Japan: postal code first, then the prefecture, in the country's order.
  await pickCountry(w, '/addresses/0/country', 'Japan', 'JP');
  const jp = await addressLabels(w.page, '/addresses/0');
  assert.ok(jp.indexOf('Postal code *') < jp.indexOf('Prefecture *'), jp.join(' | '));
  assert.ok(jp.indexOf('Prefecture *') < jp.indexOf('Address line 1 *'), jp.join(' | '));
  assert.ok(!jp.some((l) => l.startsWith('City')), 'a Japanese address has no city field');
  assert.match(await w.field('/addresses/0/state').locator('option[value="東京都"]').textContent(), /東京都 \(Tokyo\)/);
  // The Emirates: no postal code at all; Ireland: Eircode and county; the UK: post town.
  await pickCountry(w, '/addresses/0/country', 'United Arab Emirates', 'AE');
  const ae = await addressLabels(w.page, '/addresses/0');
  assert.ok(ae.includes('Emirate *') && !ae.some((l) => /postal|zip/i.test(l)), ae.join(' | '));
  await pickCountry(w, '/addresses/0/country', 'Ireland', 'IE');
  const ie = await addressLabels(w.page, '/addresses/0');
  assert.ok(ie.includes('Eircode') && ie.includes('County') && ie.includes('Townland'), ie.join(' | '));
  await pickCountry(w, '/addresses/0/country', 'United Kingdom', 'GB');
  const gb = await addressLabels(w.page, '/addresses/0');
  assert.ok(gb.includes('Post town *') && !gb.some((l) => l.startsWith('State')), gb.join(' | '));
  // Keyboard and screen readers: each visible control has its label, autocomplete kept.
  const unlabelled = await w.page.evaluate(() => [...document.querySelectorAll('#fields input, #fields select')]
    .filter((c) => !c.hidden && c.offsetParent !== null && c.id && !document.querySelector(`label[for="${c.id}"]`) && !c.getAttribute('aria-label'))
    .map((c) => c.id));
  assert.deepEqual(unlabelled, []);
  assert.equal(await w.field('/addresses/0/zip').getAttribute('autocomplete'), 'postal-code');
  // The label kinds follow the page's language.
  await w.page.selectOption('#lang-picker', 'fr');
  await pickCountry(w, '/addresses/0/country', 'Ireland', 'IE');
  await w.page.waitForFunction(() => document.documentElement.lang === 'fr');
  const ieFr = await addressLabels(w.page, '/addresses/0');
  assert.ok(ieFr.includes('Eircode') && ieFr.includes('Comté') && ieFr.includes('Townland'), ieFr.join(' | '));
  await w.done();
});

test('a state picked from the list is sent as its key; typed text that names one carries over', async () => {
  const w = await open('rapyd/create');
  await w.page.selectOption('#region', 'US');
  await w.fill({ '/name': 'Ada Obi', '/addresses/0/name': 'Ada Obi', '/addresses/0/line_1': '1 Infinite Loop', '/addresses/0/city': 'Cupertino', '/addresses/0/zip': '95014' });
  await pickCountry(w, '/addresses/0/country', 'US', 'US');
  const state = w.field('/addresses/0/state');
  assert.equal(await state.evaluate((e) => e.tagName), 'SELECT');
  assert.equal(await state.getAttribute('autocomplete'), 'address-level1');
  await state.selectOption({ label: 'California' });
  await w.submit();
  assert.deepEqual((await w.payload()).addresses[0], { name: 'Ada Obi', line_1: '1 Infinite Loop', city: 'Cupertino', state: 'CA', country: 'US', zip: '95014' });
  // Japan by its Latin name: the prefecture typed before the country is found in the list.
  const j = await open('rapyd/create');
  await j.fill({ '/addresses/0/state': 'Tokyo' });
  await pickCountry(j, '/addresses/0/country', 'Japan', 'JP');
  assert.equal(await j.field('/addresses/0/state').inputValue(), '東京都');
  // A state the country does not list stays as typed, in a text field (nothing is lost).
  const x = await open('rapyd/create');
  await x.fill({ '/addresses/0/state': 'Atlantis' });
  await pickCountry(x, '/addresses/0/country', 'Canada', 'CA');
  assert.equal(await x.field('/addresses/0/state').evaluate((e) => [e.tagName, e.value].join(' ')), 'INPUT Atlantis');
  await w.done();
  await j.done();
  await x.done();
});

test('the phone field\'s country: calling codes, an example placeholder, as-you-type in that country', async () => {
  const w = await open('rapyd/create');
  await w.page.selectOption('#region', 'US');
  const cc = w.page.locator('[data-field="/phone_number"] select.phone-country');
  assert.match(await cc.locator('option[value="GB"]').textContent(), /United Kingdom \+44/);
  assert.match(await cc.locator('option[value="NG"]').textContent(), /Nigeria \+234/);
  await cc.selectOption('GB');
  const phone = w.field('/phone_number');
  await w.page.waitForFunction(() => document.querySelector('[data-pointer="/phone_number"]').placeholder === '07400 123456');
  await phone.fill('');
  const shown = [];
  for (const digit of '07400123456') {
    await phone.press(digit);
    shown.push(await phone.inputValue());
  }
  assert.equal(shown.at(-1), '07400 123456');
  await phone.blur();
  assert.match(await w.live('/phone_number').textContent(), /\+447400123456/);
  await w.fill({ '/name': 'Ada Obi' });
  await w.submit();
  assert.equal((await w.payload()).phone_number, '+447400123456');
  await w.done();
});

test('screenshots: the address block of US, GB, JP, IE, BR, AE, CN, DE and IN', async () => {
  const w = await open('rapyd/create');
  for (const [code, name] of [['US', 'United States'], ['GB', 'United Kingdom'], ['JP', 'Japan'], ['IE', 'Ireland'], ['BR', 'Brazil'], ['AE', 'United Arab Emirates'], ['CN', 'China'], ['DE', 'Germany'], ['IN', 'India']]) {
    await pickCountry(w, '/addresses/0/country', name, code);
    await w.page.locator('fieldset[data-country]').screenshot({ path: `${SHOTS}address-${code}.png` });
  }
  await w.done();
});

test('the language picker: messages, labels, country names and direction follow it', async () => {
  const f = await open('rapyd/create');
  await f.page.selectOption('#region', 'GB');
  await f.fill({ ...RAPYD_VALID, '/name': '', '/addresses/0/zip': '12345' });
  await f.submit();
  await f.refused();
  assert.equal(await f.msg('/name').textContent(), 'This field is required.');
  assert.equal(await f.page.getAttribute('html', 'lang'), 'en');
  const providerLabel = () => f.page.textContent('label[for="provider"]');
  assert.equal(await providerLabel(), 'Provider');

  await f.page.selectOption('#lang-picker', 'fr');
  await f.page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await f.msg('/name').textContent(), 'Ce champ est obligatoire.');
  assert.equal(await f.msg('/addresses/0/zip').textContent(), 'Ce code postal n’est pas valide pour ce pays : Royaume-Uni.');
  assert.equal(await f.page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await providerLabel(), 'Prestataire');
  // GB's city is its post town (addressFormat), required for a complete address.
  assert.equal(await f.page.textContent('[data-field="/addresses/0/city"] label'), 'Ville postale *');
  assert.equal(await f.page.textContent('#region option[value="DE"]'), 'Allemagne (DE)');
  assert.equal(await f.page.textContent('#result-status'), 'Non valide : rien ne serait envoyé à Rapyd.');
  assert.equal(await f.page.textContent('#form-title'), 'Rapyd : créer un client');
  // The summary of the next submit: the field's label and its message both in French.
  await f.submit();
  assert.match(await f.page.textContent('#summary'), /Nom complet: Ce champ est obligatoire\./);
  await f.shot('rapyd-create-invalid-fr');

  await f.page.selectOption('#lang-picker', 'ar');
  await f.page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await f.page.getAttribute('html', 'lang'), 'ar');
  // The summary shown is written again in the new language, without another submit.
  assert.match(await f.page.textContent('#summary'), /هذا الحقل مطلوب\./);
  assert.doesNotMatch(await f.page.textContent('#summary'), /Ce champ/);
  assert.equal(await f.msg('/name').textContent(), 'هذا الحقل مطلوب.');
  assert.equal(await providerLabel(), 'المزوّد');
  assert.match(await f.page.textContent('#region option[value="GB"]'), /المملكة المتحدة/);
  await f.shot('rapyd-create-invalid-ar');

  await f.page.selectOption('#lang-picker', 'en');
  await f.page.waitForFunction(() => document.documentElement.dir === 'ltr');
  assert.equal(await f.msg('/name').textContent(), 'This field is required.');
  assert.equal(await providerLabel(), 'Provider');
  await f.done();
});

test('messages: templates take their params, country codes show as names, fallbacks', async () => {
  const f = await open('rapyd/create');
  const got = await f.page.evaluate(async () => {
    const { messageFor } = await import('/src/messages.js');
    return [
      messageFor({ code: 'digits_length', params: { length: 11, received_length: 10 }, message: 'x' }),
      messageFor({ code: 'postal_code_invalid', params: { country: 'GB' }, message: 'x' }),
      messageFor({ code: 'phone_wrong_region', params: { expected: 'NG' }, message: 'x' }),
      messageFor({ code: 'duplicate_value', params: { first_index: 0, first_position: 1 }, message: 'x' }),
      messageFor({ code: 'one_of_required', params: { fields: ['email', 'externalId'] }, message: 'x' }),
      // With the form's labels: each member's label, beside the one pointed at; a member
      // without one keeps its name.
      messageFor({ code: 'one_of_required', pointer: '/payload/email', params: { fields: ['email', 'externalId', 'x~y/z'] }, message: 'x' }, undefined, (p) =>
        ({ '/payload/email': 'Email', '/payload/externalId': 'Customer reference' })[p],
      ),
      messageFor({ code: 'too_long', params: {}, message: 'Too long (package)' }),
      messageFor({ code: 'brand_new_code', params: {}, message: 'From the package' }),
    ];
  });
  assert.deepEqual(got, [
    'Must be exactly 11 digits (you typed 10).',
    'This is not a valid postal code for United Kingdom.',
    'Enter a phone number from Nigeria.',
    'This is the same as entry 1.',
    'Fill in at least one of: email, externalId.',
    'Fill in at least one of: Email, Customer reference, x~y/z.',
    'Too long (package)',
    'From the package',
  ]);
  await f.done();
});

test('field hints and operation names follow the language too', async () => {
  const f = await open('bloc/create');
  await f.page.selectOption('#lang-picker', 'de');
  await f.page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await f.page.textContent('[data-field="/phone_number"] .hint'), 'Eine nigerianische Nummer; gesendet als 0XXXXXXXXXX.');
  assert.equal(await f.page.textContent('[data-field="/bvn"] .hint'), 'Bankverifizierungsnummer (BVN): 11 Ziffern.');
  assert.equal(await f.page.textContent('#operation option[value="archive"]'), 'Archivieren');
  // The live line under a field, where it holds no value.
  await f.page.locator('[data-pointer="/phone_number"]').fill('0803');
  await f.page.waitForFunction(() => document.querySelector('[data-field="/phone_number"] > .live').textContent === 'Noch keine vollständige Telefonnummer');
  await f.done();
});

test('lines that carry a value follow the language: the phone, the postal format, the suggestion, the default_region hint', async () => {
  const f = await open('rapyd/create');
  const liveText = (pointer) => f.page.evaluate((p) => document.querySelector(`[data-field="${p}"] > .live`).textContent, pointer);
  const waitLive = (pointer, text) =>
    f.page.waitForFunction(([p, t]) => document.querySelector(`[data-field="${p}"] > .live`).textContent === t, [pointer, text], { timeout: 15_000 });
  const hint = () => f.page.textContent('#region-hint');
  assert.equal(await hint(), 'Sent as the default_region option.');
  await f.page.selectOption('#region', 'GB');
  await f.fill({ '/phone_number': '07400 123456', '/addresses/0/country': 'Japan', '/addresses/0/zip': '1000001' });
  await waitLive('/phone_number', 'United Kingdom · +447400123456 · mobile');
  await waitLive('/addresses/0/zip', 'Format of Japan: 100-0001');

  // Switched with the values in place: each line is written again in German.
  await f.page.selectOption('#lang-picker', 'de');
  await f.page.waitForFunction(() => document.documentElement.lang === 'de');
  await waitLive('/phone_number', 'Vereinigtes Königreich · +447400123456 · Mobilfunk');
  await waitLive('/addresses/0/zip', 'Format (Japan): 100-0001');
  assert.equal(await hint(), 'Wird als Option default_region gesendet.');
  assert.equal(await f.page.textContent('#region-hint code'), 'default_region');
  // The phone's own country select names the countries in German too.
  assert.equal(await f.page.textContent('[data-field="/phone_number"] select.phone-country option[value="GB"]'), 'Vereinigtes Königreich +44');
  // Typed after the switch: written in German at once (a fixed line this time).
  await f.fill({ '/phone_number': '020 7946 0958', '/addresses/0/country': 'France', '/addresses/0/zip': '75001' });
  await waitLive('/phone_number', 'Vereinigtes Königreich · +442079460958 · Festnetz');
  await waitLive('/addresses/0/zip', 'Format (Frankreich): 75001');
  assert.match(await liveText('/addresses/0/country'), /^Frankreich \(FR\)$/);
  // Iceland is "Island" in German, also an English address label of the phrasebook: the
  // line is left as written.
  await f.fill({ '/phone_number': '+354 611 1234' });
  await waitLive('/phone_number', 'Island · +3546111234 · Mobilfunk');
  await f.fill({ '/phone_number': '020 7946 0958' });

  // Arabic, right to left: the country and the type in Arabic, the number kept left to right.
  await f.page.selectOption('#lang-picker', 'ar');
  await f.page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await waitLive('/phone_number', 'المملكة المتحدة · +442079460958 · هاتف أرضي');
  assert.equal(await f.page.getAttribute('[data-field="/phone_number"] > .live bdi', 'dir'), 'ltr');
  await waitLive('/addresses/0/zip', 'صيغة فرنسا: 75001');
  assert.equal(await hint(), 'يُرسل بوصفه الخيار default_region.');
  await f.shot('rapyd-create-live-lines-ar');
  assert.equal(await f.page.locator('#payload').evaluate((e) => getComputedStyle(e).direction), 'ltr');

  // Bloc's hint has no value: the phrasebook's.
  await f.page.selectOption('#provider', 'bloc');
  await f.page.waitForFunction(() => document.getElementById('region-hint').textContent === 'Bloc: تُقرأ أرقام الهاتف على أنها نيجيرية.');
  assert.equal(await f.page.textContent('[data-field="/phone_number"] select.phone-country option'), 'نيجيريا (ثابت)');
  await f.done();
});

test('the email suggestion\'s button follows the language', async () => {
  const f = await open('calypso/create');
  await f.page.selectOption('#lang-picker', 'fr');
  await f.page.waitForFunction(() => document.documentElement.lang === 'fr');
  await f.fill({ '/account': `0x${'aB'.repeat(20)}`, '/timestamp': '1700000000000', '/payload/email': 'ada@gmial.com' });
  const live = f.live('/payload/email');
  assert.equal(await live.locator('.suggest').textContent(), 'Vouliez-vous dire gmail.com ?');
  // Submitted: the warning under the payload, label and note in French.
  await f.submit();
  await f.page.waitForFunction(() => document.querySelector('#warnings li')?.textContent === 'E-mail: Vouliez-vous dire gmail.com ? (avertissement : n’empêche pas l’envoi)');
  await live.getByRole('button', { name: 'Utiliser gmail.com' }).click();
  assert.equal(await f.field('/payload/email').inputValue(), 'ada@gmail.com');
  // In Arabic, with a suggestion shown when the language changes.
  await f.fill({ '/payload/email': 'ada@hotmial.com' });
  await f.page.selectOption('#lang-picker', 'ar');
  await f.page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await live.getByRole('button', { name: 'استخدم hotmail.com' }).click();
  assert.equal(await f.field('/payload/email').inputValue(), 'ada@hotmail.com');
  await f.done();
});

test('each sentence with values and each phone number type is in all 12 languages, with English\'s placeholders', async () => {
  const f = await open('rapyd/create');
  const { sentences, types, locales } = await f.page.evaluate(async () => {
    const i18n = await import('/src/i18n.js');
    const { LOCALES } = await import('/pkg/locales/index.js');
    return { sentences: i18n.SENTENCES, types: i18n.NUMBER_TYPES, locales: LOCALES };
  });
  assert.equal(locales.length, 12);
  const slots = (s) => [...s.matchAll(/\{[a-z_]+\}/g)].map((m) => m[0]).sort();
  for (const [key, row] of Object.entries(sentences)) {
    assert.equal(row.length, 12, key);
    for (const [i, text] of row.entries()) assert.deepEqual(slots(text), slots(row[0]), `${key} in ${i === 0 ? 'en' : `language ${i}`}: ${text}`);
    // A sentence with words is translated (a joiner such as `{a}, {b}` may stay as it is).
    if (/[a-z]/i.test(row[0].replace(/\{[a-z_]+\}/g, ''))) assert.ok(!row.slice(1).includes(row[0]), `${key}: a translation is the English text`);
  }
  // Every type checkPhone answers (the NumberType union generated from Rust) but `unknown`.
  const union = readFileSync(new URL('../../types.d.ts', import.meta.url), 'utf8').match(/export type NumberType =([^;]+);/)[1];
  const wanted = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]).filter((t) => t !== 'unknown');
  assert.deepEqual(Object.keys(types).sort(), wanted.sort());
  for (const [type, row] of Object.entries(types)) {
    assert.equal(row.length, 12, type);
    assert.ok(row.every((t) => typeof t === 'string' && t.trim() !== ''), type);
  }
  await f.done();
});

test('All providers in French and Arabic: the title, each card\'s needs, statuses and checklist, the status line', async () => {
  const f = await open('all');
  await f.page.selectOption('#region', 'NG');
  await f.page.selectOption('#lang-picker', 'fr');
  await f.page.waitForFunction(() => document.documentElement.lang === 'fr');
  const card = (p) => f.page.locator(`#card-${p}`);
  assert.equal(await f.page.textContent('#form-title'), 'Un client, tous les prestataires');
  assert.equal(await f.page.textContent('#all-title'), 'Le payload de création de chaque prestataire');
  assert.equal(await f.page.textContent('label[for="calypso-account"]'), 'Compte marchand Calypso');
  // Empty: what each provider needs and what is missing, as French labels.
  assert.match(await card('calypso').locator('.hint').textContent(), /^Requis : .*E-mail ou Votre référence client.*Compte marchand Calypso ; Horodatage Calypso\.$/);
  assert.match(await card('authvia').locator('.checklist').textContent(), /Manquant : Votre référence client/);
  assert.equal(await card('authvia').locator('.status').textContent(), 'Manque encore pour Authvia :');
  // Stripe needs nothing, so an empty customer is ready for it alone.
  assert.equal(await card('stripe').locator('.hint').textContent(), 'Rien n’est requis.');
  assert.equal(await f.page.textContent('#all-status'), 'Prestataires prêts : 1 sur 5 (Stripe).');
  await f.page.fill('#calypso-account', ACCOUNT);
  await f.page.fill('#calypso-timestamp', '1700000000000');
  await f.fill(CUSTOMER);
  const labels = (await packageProviders(f.page)).map((p) => p.label);
  assert.equal(await f.page.textContent('#all-status'), `Prestataires prêts : 5 sur 5 (${labels.join(', ')}).`);
  assert.equal(await card('rapyd').locator('.status').textContent(), 'Prêt : le JSON exact que recevrait Rapyd (rien n’a été envoyé).');
  // Switched with the cards shown: written again in Arabic, lists joined with an Arabic comma.
  await f.page.selectOption('#lang-picker', 'ar');
  await f.page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await f.page.textContent('#all-status'), `المزوّدون الجاهزون: 5 من 5 (${labels.join('، ')}).`);
  assert.equal(await card('bloc').locator('.status').textContent(), 'جاهز: هذا هو JSON الذي سيستلمه Bloc بالضبط (لم يُرسل شيء).');
  assert.equal(await card('rapyd').locator('pre').getAttribute('aria-label'), 'Rapyd: الحمولة بصيغة JSON');
  assert.equal(await f.page.getAttribute('#picker', 'aria-label'), 'المزوّد والعملية');
  // The JSON stays left to right inside the right-to-left page.
  assert.equal(await card('rapyd').locator('pre').evaluate((e) => getComputedStyle(e).direction), 'ltr');
  await f.shot('all-providers-ready-ar');
  await f.done();
});

test('names of controls without text (aria-label) follow the language, as rows are added and moved', async () => {
  const f = await open('authvia/create');
  await f.page.selectOption('#lang-picker', 'de');
  await f.page.waitForFunction(() => document.documentElement.lang === 'de');
  const labelled = (name) => f.page.locator(`[aria-label="${name}"]`).count();
  assert.equal(await labelled('Adresse 1 nach oben'), 1);
  assert.equal(await f.page.textContent('[data-field="/addresses/0"] label'), 'Adresse 1 (Standard)');
  assert.equal(await labelled('Land der Telefonnummer'), 0); // Authvia's rows hold no country select until a phone is typed
  await f.page.getByRole('button', { name: '+ Telefon oder E-Mail hinzufügen' }).click();
  // The page writes the new row's labels (and renumbers the others) in English; they show in German.
  await f.page.waitForFunction(() => document.querySelector('[aria-label="Adresse 2 entfernen"]') !== null);
  assert.equal(await labelled('Remove address 2'), 0);
  await f.page.getByRole('button', { name: 'Adresse 1 nach unten' }).click();
  await f.page.waitForFunction(() => document.querySelectorAll('[aria-label^="Adresse "]').length === 6);
  assert.equal(await labelled('Normalisierte Nutzlast als JSON'), 1);
  await f.page.selectOption('#lang-picker', 'en');
  await f.page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await labelled('Remove address 2'), 1);
  assert.equal(await labelled('Normalized payload as JSON'), 1);
  await f.done();
});

test('the page\'s title follows the language', async () => {
  const f = await open('rapyd/create');
  assert.equal(await f.page.title(), 'customer-validate · checkout & signup form demo');
  await f.page.selectOption('#lang-picker', 'de');
  await f.page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await f.page.title(), 'customer-validate · Demo eines Checkout- und Anmeldeformulars');
  await f.page.selectOption('#lang-picker', 'ar');
  await f.page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await f.page.title(), 'عرض توضيحي لنموذج الدفع والتسجيل · customer-validate');
  await f.page.selectOption('#lang-picker', 'en');
  await f.page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await f.page.title(), 'customer-validate · checkout & signup form demo');
  // Opened in a language: titled in it from the start.
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/?lang=ar#rapyd/create`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  assert.equal(await page.title(), 'عرض توضيحي لنموذج الدفع والتسجيل · customer-validate');
  await page.close();
  await f.done();
});

test('a country\'s rules that cannot be fetched: the status lines follow the language, written again on a switch', async () => {
  const f = await open('rapyd/create');
  // GB's rules never arrive.
  await f.page.route(/\/GB\.bin(\?|$)/, (route) => route.abort());
  await f.page.selectOption('#lang-picker', 'de');
  await f.page.waitForFunction(() => document.documentElement.lang === 'de');
  await f.fill({ '/phone_number': '+44 7400 123456' });
  const status = (id) => f.page.evaluate((i) => document.getElementById(i).textContent, id);
  await f.page.waitForFunction(() => document.getElementById('data-status').textContent.startsWith('Die Regeln für GB'));
  assert.match(await status('data-status'), /^Die Regeln für GB konnten nicht geladen werden \(.+\); sie werden bei der nächsten Prüfung erneut abgerufen\.$/);
  await f.submit();
  assert.equal(await f.page.getAttribute('#result', 'data-state'), 'empty');
  assert.match(await status('result-status'), /^Die Regeln für GB konnten nicht geladen werden \(.+\)\. Senden Sie erneut, um es noch einmal zu versuchen\.$/);
  // The browser's own words sit in a <bdi>, isolated from the sentence around them.
  assert.equal(await f.page.locator('#result-status bdi').count(), 1);

  await f.page.selectOption('#lang-picker', 'ar');
  await f.page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.match(await status('result-status'), /^تعذّر تحميل قواعد GB \(.+\)\. أرسل مرة أخرى لإعادة المحاولة\.$/);
  assert.match(await status('data-status'), /^تعذّر تحميل قواعد GB \(.+\)؛ ستُجلب مرة أخرى عند الفحص التالي\.$/);
  await f.page.selectOption('#lang-picker', 'en');
  await f.page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await status('result-status'), /^Could not load the rules of GB \(.+\)\. Submit again to retry\.$/);

  // Once the file can be fetched, a submit goes through, and the line is the phrasebook's again.
  await f.page.unroute(/\/GB\.bin(\?|$)/);
  await f.page.selectOption('#lang-picker', 'de');
  await f.page.waitForFunction(() => document.documentElement.lang === 'de');
  await f.fill({ '/name': 'Ada Lovelace' });
  await f.submit();
  assert.equal((await f.payload()).phone_number, '+447400123456');
  assert.equal(await status('result-status'), 'Gültig. Genau dieses JSON würde Rapyd erhalten (nichts wurde gesendet).');
  await f.done(/GB\.bin|Failed to load resource/);
});

test('country lists are in the order of the page\'s language, and keep the country chosen', async () => {
  const f = await open('rapyd/create');
  const phoneCountry = f.page.locator('[data-field="/phone_number"] select.phone-country');
  await phoneCountry.selectOption('GB');
  await f.page.selectOption('#region', 'DE');
  /** The names a list shows (options with a value), and whether the page's collator has them in order. */
  const list = (selector, attr) =>
    f.page.evaluate(
      ([sel, a]) => {
        const names = [...document.querySelectorAll(`${sel} option`)].filter((o) => o.value !== '').map((o) => (a ? o[a] : o.textContent));
        const c = new Intl.Collator(document.documentElement.lang);
        return { names, sorted: names.every((n, i) => i === 0 || c.compare(names[i - 1], n) <= 0) };
      },
      [selector, attr],
    );
  const phoneList = '[data-field="/phone_number"] select.phone-country';
  const before = (names, a, b) => {
    assert.ok(names.indexOf(a) >= 0 && names.indexOf(b) >= 0, `${a} / ${b}`);
    return names.indexOf(a) < names.indexOf(b);
  };
  let p = await list(phoneList);
  assert.ok(p.sorted);
  assert.ok(before(p.names, 'Albania +355', 'Egypt +20'));

  // German: Ä sorts with A, Ö with O.
  await f.page.selectOption('#lang-picker', 'de');
  await f.page.waitForFunction(() => document.documentElement.lang === 'de');
  p = await list(phoneList);
  assert.ok(p.sorted, p.names.join(' | '));
  assert.ok(before(p.names, 'Ägypten +20', 'Albanien +355'));
  assert.ok(before(p.names, 'Oman +968', 'Österreich +43') && before(p.names, 'Österreich +43', 'Pakistan +92'));
  const region = await list('#region');
  assert.ok(region.sorted);
  assert.ok(before(region.names, 'Ägypten (EG)', 'Albanien (AL)'));
  const datalist = await list('#countries', 'label');
  assert.ok(datalist.sorted);
  assert.ok(before(datalist.names, 'Ägypten (EG)', 'Albanien (AL)'));
  // The choices are kept, and still what is read.
  assert.equal(await phoneCountry.inputValue(), 'GB');
  assert.equal(await f.page.inputValue('#region'), 'DE');
  await f.fill({ '/phone_number': '07400 123456' });
  await f.page.waitForFunction(() => document.querySelector('[data-field="/phone_number"] > .live').textContent.includes('+447400123456'));

  // Arabic: Arabic names in Arabic order.
  await f.page.selectOption('#lang-picker', 'ar');
  await f.page.waitForFunction(() => document.documentElement.dir === 'rtl');
  p = await list(phoneList);
  assert.ok(p.sorted);
  assert.match(p.names[0], /^[\u0621-\u064A]/);
  assert.ok(before(p.names, 'ألمانيا +49', 'اليابان +81'));
  assert.ok((await list('#region')).sorted);
  assert.equal(await phoneCountry.inputValue(), 'GB');
  assert.equal(await f.page.inputValue('#region'), 'DE');
  await f.done();
});

test('"fill in at least one of" names the fields by their labels, in the page\'s language', async () => {
  const f = await open('calypso/create');
  await f.fill({ '/account': `0x${'aB'.repeat(20)}`, '/timestamp': '1700000000000' });
  await f.submit();
  await f.refused();
  const msg = () => f.msg('/payload/email').textContent();
  assert.equal(await msg(), 'Fill in at least one of: Email, Your customer reference (externalId).');
  await f.page.selectOption('#lang-picker', 'de');
  await f.page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await msg(), 'Füllen Sie mindestens eines dieser Felder aus: E-Mail, Ihre Kundenreferenz (externalId).');
  await f.submit();
  assert.match(await f.page.textContent('#summary'), /E-Mail: Füllen Sie mindestens eines dieser Felder aus: E-Mail, Ihre Kundenreferenz \(externalId\)\./);
  await f.page.selectOption('#lang-picker', 'ar');
  await f.page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await msg(), 'املأ حقلًا واحدًا على الأقل من الحقول التالية: البريد الإلكتروني، مرجع العميل لديك (externalId).');
  await f.done();
});
