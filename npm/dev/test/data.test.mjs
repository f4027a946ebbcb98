// The browser build's per-country data files and its second module with the customer
// conversions (issue 16), in headless Chromium under a strict
// CSP (connect-src falls back to default-src 'self'): what a check answers before a country is
// loaded, what loads it (init({ countries }), validateAsync, the Standard Schema), what a
// failed or corrupt fetch does, `dataUrl`, and that the answers in the browser, with files
// loaded on demand in whatever order the inputs need them, are exactly Node's (which embeds
// every country) on the phone, address, email, country, provider, customer and realistic
// vector files.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { launch } from '../lib/chromium.mjs';
import { serve } from '../lib/static-server.mjs';

const pkg = fileURLToPath(new URL('../node_modules/customer-validate/', import.meta.url));
const vectors = fileURLToPath(new URL('../../../tests/vectors/', import.meta.url));
const node = createRequire(import.meta.url)('customer-validate');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const PAGE = `<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>`;
// The page exposes the package as window.cv once imported.
const APP = `import * as cv from '/pkg/index.js'; window.cv = cv; window.ready = true;`;
const US = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone_number: '+1 212 736 3100',
  addresses: [{ name: 'Ada Lovelace', line_1: '350 Fifth Avenue', city: 'New York', state: 'NY', zip: '10118', country: 'US' }],
};

let server;
let browser;

before(async () => {
  server = await serve({
    mounts: { '/pkg/': pkg, '/cdn/': `${pkg}data/` },
    routes: { '/': { type: 'text/html', body: PAGE }, '/app.js': { type: 'text/javascript', body: APP } },
    headers: () => ({ 'content-security-policy': CSP }),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page with the package imported (not init()ed) and the data files it fetches. */
async function page() {
  const p = await browser.context.newPage();
  const fetched = [];
  const errors = [];
  p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${server.origin}/`);
  await p.waitForFunction(() => window.ready === true);
  return { p, fetched, data: () => fetched.filter((f) => f.endsWith('.bin')), errors };
}

const jsonl = (name) =>
  readFileSync(`${vectors}${name}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((r) => !r.meta);

test('a check that lacks a country says data_not_loaded, naming the file, and judges nothing', async () => {
  const { p, data } = await page();
  try {
    const r = await p.evaluate(async (us) => {
      await window.cv.init();
      const v = window.cv.validate('rapyd', 'create', us);
      return {
        v,
        missing: window.cv.missingData(v),
        phone: window.cv.checkPhone('(212) 736-3100', { region: 'US' }),
        postal: window.cv.checkPostalCode('US', '10118'),
        email: window.cv.checkEmail('ada@example.com').valid,
      };
    }, US);
    assert.equal(r.v.ok, false);
    assert.deepEqual([...new Set(r.v.issues.map((i) => i.code))], ['data_not_loaded'], JSON.stringify(r.v.issues));
    assert.ok(r.v.issues.every((i) => i.params.file === 'US'));
    assert.ok(r.v.issues.some((i) => i.pointer === '/phone_number'));
    assert.ok(r.v.issues.some((i) => i.pointer.startsWith('/addresses/0')));
    assert.deepEqual(r.missing, ['US']);
    assert.equal(r.phone.valid, false);
    assert.deepEqual(r.phone.issues.map((i) => [i.code, i.params.file]), [['data_not_loaded', 'US']]);
    assert.deepEqual(r.postal.issues.map((i) => [i.code, i.params.file]), [['data_not_loaded', 'US']]);
    assert.equal(r.email, true, 'email needs no country data');
    assert.deepEqual(data(), []);
  } finally {
    await p.close();
  }
});

test('an email domain with right-to-left text needs the idna file; others need none', async () => {
  const { p, data } = await page();
  // Hebrew and Arabic domains need Bidi_Class; a Latin, Greek and CJK domain do not, nor one
  // refused before UTS-46 (a ZWNJ in a domain is an invisible character to email).
  const needs = ['user@\u05D3\u05D5\u05D2\u05DE\u05D4.com', 'user@\u0645\u062B\u0627\u0644.\u0625\u062E\u062A\u0628\u0627\u0631', 'user@\u05D0-\u05D1.com'];
  const none = ['zo\u00EB@b\u00FCcher.de', 'user@\u03B5\u03BB.gr', 'user@\u4F8B\u5B50.cn', 'user@\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.ir'];
  const inputs = [...needs, ...none];
  try {
    const r = await p.evaluate(async (inputs) => {
      const cv = window.cv;
      await cv.init({ warmUp: false });
      const before = inputs.map((e) => cv.checkEmail(e));
      await cv.init({ countries: ['idna'], warmUp: false });
      return { before, after: inputs.map((e) => cv.checkEmail(e)) };
    }, inputs);
    const nodeAnswers = inputs.map((e) => JSON.parse(JSON.stringify(node.checkEmail(e))));
    r.before.forEach((answer, i) => {
      if (i < needs.length) {
        assert.equal(answer.valid, false, inputs[i]);
        assert.deepEqual(answer.issues.map((x) => [x.code, x.params.file]), [['data_not_loaded', 'idna']], inputs[i]);
      } else {
        assert.deepEqual(answer, nodeAnswers[i], inputs[i]);
      }
    });
    assert.deepEqual(data(), ['/pkg/data/idna.bin']);
    // Loaded: Node's answers.
    r.after.forEach((answer, i) => assert.deepEqual(answer, nodeAnswers[i], inputs[i]));
    assert.deepEqual(r.after.map((a) => a.valid), [true, true, true, true, true, true, false]);
  } finally {
    await p.close();
  }
});

test('the Standard Schema fetches what a value needs, once, then answers synchronously', async () => {
  const { p, data, errors } = await page();
  try {
    const r = await p.evaluate(async (us) => {
      await window.cv.init();
      const s = window.cv.schema('rapyd', 'create');
      const first = s['~standard'].validate(us);
      const wasPromise = first instanceof Promise;
      const answer = await first;
      const again = s['~standard'].validate(us);
      return { wasPromise, answer, againSync: !(again instanceof Promise), again };
    }, US);
    assert.equal(r.wasPromise, true);
    assert.equal(r.answer.issues, undefined, JSON.stringify(r.answer.issues));
    assert.equal(r.answer.value.phone_number, '+12127363100');
    assert.equal(r.againSync, true);
    assert.deepEqual(r.again, r.answer);
    assert.deepEqual(data(), ['/pkg/data/US.bin']);
    assert.deepEqual(errors, []);
  } finally {
    await p.close();
  }
});

test('init({ countries }) loads ahead by code or name (a name: the country names first); validateAsync loads the rest', async () => {
  const { p, data } = await page();
  try {
    const r = await p.evaluate(async () => {
      await window.cv.init({ countries: ['germany', 'FR'] });
      const de = window.cv.checkPhone('+49 151 23456789').normalized;
      const later = await window.cv.validateAsync('authvia', 'create', { ref: 'c1', addresses: ['+55 11 91234-5678'] });
      return { de, later };
    });
    assert.equal(r.de, '+4915123456789');
    assert.equal(r.later.ok, true, JSON.stringify(r.later));
    assert.deepEqual(data().sort(), ['/pkg/data/BR.bin', '/pkg/data/DE.bin', '/pkg/data/FR.bin', '/pkg/data/countries.bin']);
  } finally {
    await p.close();
  }
});

test('the first module: codes need no names; a name, or an answer showing names, needs the countries file', async () => {
  const { p, data } = await page();
  try {
    const r = await p.evaluate(async () => {
      const cv = window.cv;
      await cv.init({ warmUp: false, countries: ['us', 'FR'] });
      const before = {
        name: cv.lookupCountry('Germany'),
        code: cv.lookupCountry('DE'),
        postalByName: cv.checkPostalCode('France', '75008'),
        postalByCode: cv.checkPostalCode('FRA', '75 008'),
        address: cv.checkAddress({ line_1: '350 Fifth Avenue', city: 'New York', state: 'NY', zip: '10118', country: 'United States' }),
      };
      const schema = await cv.schema('rapyd', 'create')['~standard'].validate({
        name: 'Ada Lovelace', email: 'ada@example.com', phone_number: '+33 1 42 68 53 00',
        addresses: [{ name: 'Ada', line_1: '8 Rue de Rivoli', city: 'Paris', zip: '75004', country: 'France' }],
      });
      return { before, schema, after: { name: cv.lookupCountry('Germany'), code: cv.lookupCountry('DE') } };
    });
    const files = (v) => v.issues.filter((i) => i.code === 'data_not_loaded').map((i) => i.params.file);
    assert.deepEqual(files(r.before.name), ['countries']);
    assert.deepEqual(files(r.before.code), ['countries']);
    assert.deepEqual(files(r.before.postalByName), ['countries']);
    assert.equal(r.before.postalByCode.valid, true, JSON.stringify(r.before.postalByCode));
    assert.deepEqual(files(r.before.address), ['countries']);
    // The Standard Schema fetched the names, then answered as Node does.
    assert.equal(r.schema.issues, undefined, JSON.stringify(r.schema.issues));
    assert.deepEqual(r.after.name, JSON.parse(JSON.stringify(node.lookupCountry('Germany'))));
    assert.deepEqual(r.after.code, JSON.parse(JSON.stringify(node.lookupCountry('DE'))));
    assert.deepEqual(data().sort(), ['/pkg/data/FR.bin', '/pkg/data/US.bin', '/pkg/data/countries.bin']);
  } finally {
    await p.close();
  }
});

for (const [how, fail] of [
  ['HTTP 404', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['a network error (offline)', (route) => route.abort('internetdisconnected')],
  ['a truncated file', async (route) => route.fulfill({ status: 200, body: (await route.fetch().then((r) => r.body())).subarray(0, 20) })],
  ['another file under its name', async (route) => route.fulfill({ status: 200, body: readFileSync(`${pkg}data/FR.bin`) })],
]) {
  test(`${how}: init() rejects naming the file, nothing is kept, and the next call tries again`, async () => {
    const { p, data } = await page();
    try {
      await p.route('**/data/JP.bin*', fail);
      const first = await p.evaluate(async () => {
        try {
          await window.cv.init({ countries: ['JP'] });
          return 'resolved';
        } catch (e) {
          return String(e.message);
        }
      });
      assert.match(first, /data file JP/);
      const between = await p.evaluate(() => window.cv.checkPhone('03-1234-5678', { region: 'JP' }).issues.map((i) => i.code));
      assert.deepEqual(between, ['data_not_loaded']);
      await p.unroute('**/data/JP.bin*');
      const second = await p.evaluate(async () => {
        await window.cv.init({ countries: ['JP'] });
        return window.cv.checkPhone('03-1234-5678', { region: 'JP' }).normalized;
      });
      assert.equal(second, '+81312345678');
      assert.equal(data().filter((f) => f === '/pkg/data/JP.bin').length, 2);
    } finally {
      await p.close();
    }
  });
}

test('the customer conversions: a module of their own, loaded on request, the countries carried over', async () => {
  const { p, fetched, data, errors } = await page();
  try {
    const r = await p.evaluate(async () => {
      const cv = window.cv;
      await cv.init({ countries: ['US'] });
      let before;
      try {
        cv.toPayload('rapyd', 'create', { full_name: 'Ada Lovelace' });
      } catch (e) {
        before = e.message;
      }
      await cv.init({ customer: true });
      return {
        before,
        payload: cv.toPayload('rapyd', 'create', { full_name: 'Ada Lovelace', phone: '(212) 736-3100' }, undefined, { default_region: 'US' }),
        checklist: cv.checklist({ full_name: 'Ada Lovelace' }).value.length,
        validate: cv.validate('rapyd', 'create', { name: 'Ada', phone_number: '+1 212 736 3100' }).ok,
      };
    });
    assert.match(r.before, /init\(\{ customer: true \}\)/);
    assert.deepEqual(r.payload, { ok: true, value: { name: 'Ada Lovelace', phone_number: '+12127363100' }, warnings: [] });
    assert.ok(r.checklist >= 5);
    assert.equal(r.validate, true);
    // US was fetched once, before the switch, and registered in the full module from memory.
    assert.deepEqual(data(), ['/pkg/data/US.bin']);
    assert.deepEqual(fetched.filter((f) => f.endsWith('.wasm')), ['/pkg/customer_validate_bg.wasm', '/pkg/full/customer_validate_bg.wasm']);
    assert.deepEqual(errors, []);
  } finally {
    await p.close();
  }
});

test('the form kit: a module of its own, loaded on request, the countries carried over; then the full module', async () => {
  const { p, fetched, data, errors } = await page();
  try {
    const r = await p.evaluate(async () => {
      const cv = window.cv;
      await cv.init({ countries: ['GB'] });
      const before = {};
      for (const [fn, ...args] of [['addressFormat', 'GB'], ['formatPhoneAsYouType', '0201'], ['exampleNumber', 'GB'], ['countries'], ['providers'], ['fields', 'rapyd', 'create']]) {
        try {
          cv[fn](...args);
        } catch (e) {
          before[fn] = e.message;
        }
      }
      const validBefore = cv.validate('rapyd', 'create', { name: 'Ada', phone_number: '+44 20 7946 0018' }).ok;
      await cv.init({ formKit: true });
      const kit = {
        layout: cv.addressFormat('GB').format.labels.postal_code,
        typed: cv.formatPhoneAsYouType('020 7946', { region: 'GB' }).formatted,
        example: cv.exampleNumber('GB').example.e164,
        countries: cv.countries().length,
        fields: cv.fields('rapyd', 'create').length,
        valid: cv.validate('rapyd', 'create', { name: 'Ada', phone_number: '+44 20 7946 0018' }).ok,
      };
      let conversionsBefore;
      try {
        cv.toPayload('rapyd', 'create', { full_name: 'Ada Lovelace' });
      } catch (e) {
        conversionsBefore = e.message;
      }
      await cv.init({ customer: true });
      await cv.init({ formKit: true }); // never back to a smaller module
      return { before, validBefore, kit, conversionsBefore, after: cv.toPayload('rapyd', 'create', { full_name: 'Ada Lovelace' }).ok, layoutAfter: cv.addressFormat('GB').format.country };
    });
    assert.deepEqual(Object.keys(r.before), ['addressFormat', 'formatPhoneAsYouType', 'exampleNumber', 'countries', 'providers', 'fields']);
    for (const [fn, message] of Object.entries(r.before)) assert.equal(message, `customer-validate: ${fn} needs the module with the form kit: \`await init({ formKit: true })\` first`);
    assert.equal(r.validBefore, true);
    assert.equal(r.kit.layout, 'postal');
    assert.equal(r.kit.typed, '020 7946');
    assert.match(r.kit.example, /^\+447/);
    assert.ok(r.kit.countries >= 249);
    assert.ok(r.kit.fields >= 5);
    assert.equal(r.kit.valid, true);
    assert.match(r.conversionsBefore, /init\(\{ customer: true \}\)/);
    assert.equal(r.after, true);
    assert.equal(r.layoutAfter, 'GB');
    // GB was fetched once, before the first switch, and registered in each later module from memory.
    assert.deepEqual(data(), ['/pkg/data/GB.bin']);
    assert.deepEqual(fetched.filter((f) => f.endsWith('.wasm')), ['/pkg/customer_validate_bg.wasm', '/pkg/kit/customer_validate_bg.wasm', '/pkg/full/customer_validate_bg.wasm']);
    assert.deepEqual(errors, []);
  } finally {
    await p.close();
  }
});

test('init({ formKit: true }) first: only the kit module is fetched', async () => {
  const { p, fetched } = await page();
  try {
    const layout = await p.evaluate(async () => {
      await window.cv.init({ formKit: true, countries: ['JP'] });
      return window.cv.addressFormat('JP').format.labels.state;
    });
    assert.equal(layout, 'prefecture');
    assert.deepEqual(fetched.filter((f) => f.endsWith('.wasm')), ['/pkg/kit/customer_validate_bg.wasm']);
  } finally {
    await p.close();
  }
});

test('init({ customer: true }) first: only the full module is fetched', async () => {
  const { p, fetched } = await page();
  try {
    const ok = await p.evaluate(async () => {
      await window.cv.init({ customer: true, countries: ['NG'] });
      return window.cv.toPayload('rapyd', 'create', { full_name: 'Ada Obi', phone: '0803 123 4567' }, undefined, { default_region: 'NG' }).value.phone_number;
    });
    assert.equal(ok, '+2348031234567');
    assert.deepEqual(fetched.filter((f) => f.endsWith('.wasm')), ['/pkg/full/customer_validate_bg.wasm']);
  } finally {
    await p.close();
  }
});

test('dataUrl: the files come from another base (a CDN)', async () => {
  const { p, data } = await page();
  try {
    const n = await p.evaluate(async () => {
      await window.cv.init({ dataUrl: '/cdn', countries: ['NG'] });
      return window.cv.checkPhone('0803 123 4567', { region: 'NG' }).normalized;
    });
    assert.equal(n, '+2348031234567');
    assert.deepEqual(data(), ['/cdn/NG.bin']);
  } finally {
    await p.close();
  }
});

// Runs `calls` ([fn, ...args]) in a fresh page, loading data files on demand in input order,
// and in Node; the answers must be identical.
async function sameAsNode(calls, { customer = false, formKit = false } = {}) {
  const { p } = await page();
  try {
    const browserAnswers = await p.evaluate(async ([calls, customer, formKit]) => {
      const cv = window.cv;
      await cv.init({ warmUp: false, customer, formKit });
      const out = [];
      for (const [fn, ...args] of calls) {
        let r = cv[fn](...args);
        for (let round = 0; round < 4 && cv.missingData(r).length; round++) {
          await cv.init({ countries: cv.missingData(r), warmUp: false });
          r = cv[fn](...args);
        }
        out.push(r);
      }
      return out;
    }, [calls, customer, formKit]);
    const nodeAnswers = calls.map(([fn, ...args]) => node[fn](...args));
    assert.equal(browserAnswers.length, nodeAnswers.length);
    for (let i = 0; i < calls.length; i++) {
      assert.deepEqual(browserAnswers[i], JSON.parse(JSON.stringify(nodeAnswers[i])), `${JSON.stringify(calls[i])}`);
    }
  } finally {
    await p.close();
  }
}

test('the phone vectors: the same answers as Node, files loaded on demand', async () => {
  await sameAsNode(jsonl('phone.jsonl').map((v) => ['checkPhone', v.input, v.region ? { region: v.region } : {}]));
});

test('the as-you-type vectors, keystroke by keystroke: the same answers as Node', async () => {
  const calls = [];
  for (const v of jsonl('as_you_type.jsonl')) {
    const typed = [...v.typed];
    for (let i = 1; i <= typed.length; i++) calls.push(['formatPhoneAsYouType', typed.slice(0, i).join(''), v.region ? { region: v.region } : {}]);
  }
  await sameAsNode(calls, { formKit: true });
});

test('the address vectors: the same answers as Node', async () => {
  await sameAsNode(jsonl('address.jsonl').map((v) => ['checkAddress', v.input]));
});

test('the address layouts: data_not_loaded first, then the same answers as Node for every country', async () => {
  const { p } = await page();
  try {
    const before = await p.evaluate(async () => {
      await window.cv.init({ warmUp: false, formKit: true });
      return window.cv.addressFormat('JP');
    });
    assert.equal(before.format, null);
    assert.deepEqual(before.issues.map((i) => [i.code, i.params.file]), [['data_not_loaded', 'JP']]);
  } finally {
    await p.close();
  }
  const countries = jsonl('address_formats.jsonl').map((v) => v.country);
  await sameAsNode([
    ...countries.map((c) => ['addressFormat', c]),
    ...['JP', 'CN', 'KR'].map((c) => ['addressFormat', c, { latin: true }]),
  ], { formKit: true });
});

test('the email and country vectors (Unicode from the browser): the same answers as Node', async () => {
  await sameAsNode([
    ...jsonl('email.jsonl').map((v) => ['checkEmail', v.input]),
    ...jsonl('country.jsonl').map((v) => ['lookupCountry', v.input]),
  ]);
});

test('the canonical customer vectors (the second module): the same answers as Node', async () => {
  await sameAsNode(
    jsonl('customer.jsonl').map((v) => ['toPayload', v.provider, v.operation, v.customer, v.context, v.options]),
    { customer: true },
  );
});

test('the provider and realistic vectors: the same answers as Node', async () => {
  await sameAsNode([
    ...jsonl('providers.jsonl').map((v) => ['validate', v.provider, v.operation, v.input, v.options]),
    ...jsonl('realistic.jsonl').map((v) => ['validate', 'rapyd', 'create', v.payload]),
  ]);
});
