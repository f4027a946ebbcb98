// The published entry points, as a consumer imports them (`customer-validate` resolves to
// pkg/ through the link scripts/test-pkg makes): every export of the Node ESM entry, exercised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cv from 'customer-validate';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const EXPORTS = ['addressFormat', 'checkAddress', 'checkEmail', 'checkPhone', 'checkPostalCode', 'checklist', 'countries', 'exampleNumber', 'fields', 'formatPhoneAsYouType', 'fromPayload', 'init',
  'initSync', 'lookupCountry', 'missingData', 'providers', 'requirements', 'schema', 'toPayload', 'validate', 'validateAsync', 'validateJson'];

test('the ESM entry exports exactly the API', () => {
  assert.deepEqual(Object.keys(cv).sort(), EXPORTS);
});

test('Node embeds every country: nothing to load, no data_not_loaded', async () => {
  const r = cv.validate('rapyd', 'create', { name: 'Ada', phone_number: '+81 3-1234-5678', addresses: [{ name: 'Ada', line_1: '1-1 Marunouchi', city: 'Chiyoda', state: 'Tokyo', zip: '1000005', country: 'JP' }] });
  assert.deepEqual(cv.missingData(r), []);
  assert.equal(r.ok, true, JSON.stringify(r));
  await cv.init({ countries: ['JP', 'germany'] }); // nothing to fetch in Node
  await assert.rejects(cv.init({ countries: ['nowhere'] }), TypeError);
  assert.deepEqual(await cv.validateAsync('rapyd', 'create', { phone_number: '+49 151 23456789' }), cv.validate('rapyd', 'create', { phone_number: '+49 151 23456789' }));
});

test('formatPhoneAsYouType: libphonenumber\'s AsYouTypeFormatter, keystroke by keystroke (tests/vectors/as_you_type.jsonl)', () => {
  const lines = readFileSync(new URL('../../../tests/vectors/as_you_type.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
  let keystrokes = 0;
  let same = 0;
  for (const line of lines) {
    const v = JSON.parse(line);
    if (v.meta) continue;
    const typed = [...v.typed];
    for (let i = 0; i < typed.length; i++) {
      keystrokes++;
      const r = cv.formatPhoneAsYouType(typed.slice(0, i + 1).join(''), v.region ? { region: v.region } : {});
      if (r.formatted === v.out[i]) same++;
    }
    const last = cv.formatPhoneAsYouType(v.typed, v.region ? { region: v.region } : {});
    assert.equal(last.e164, v.e164 ?? undefined, v.typed);
  }
  assert.ok(keystrokes > 70000);
  assert.ok(same / keystrokes >= 0.99, `${same} of ${keystrokes} keystrokes as libphonenumber`);
  assert.deepEqual(cv.formatPhoneAsYouType('0803', { region: 'ZZ' }).issues.map((i) => i.code), ['region_unknown']);
  assert.throws(() => cv.formatPhoneAsYouType(42), TypeError);
});

test('the CJS entry exports the same API, loaded synchronously', () => {
  const cjs = createRequire(import.meta.url)('customer-validate');
  assert.deepEqual(Object.keys(cjs).filter((k) => k !== '__esModule').sort(), EXPORTS);
  assert.equal(cjs.lookupCountry('Deutschland').valid, false);
  assert.equal(cjs.lookupCountry('germany').normalized, 'DE');
  assert.equal(cjs.checkPostalCode('Canada', 'k1a0b1').normalized, 'K1A 0B1');
  assert.equal(cjs.checkAddress({ zip: 1 }).issues[0].code, 'invalid_type');
  assert.deepEqual(cjs.countries(), cv.countries());
  assert.deepEqual(cjs.toPayload('rapyd', 'create', { full_name: 'Ada Obi' }).value, { name: 'Ada Obi' });
  assert.deepEqual(cjs.fromPayload('bloc', { first_name: 'Ada' }).value, { given_name: 'Ada' });
  assert.deepEqual(cjs.requirements('bloc', 'create'), cv.requirements('bloc', 'create'));
  assert.deepEqual(cjs.checklist({}), cv.checklist({}));
});

test('works right after import; init() resolves and only warms up', async () => {
  assert.equal(cv.checkPhone('+1 650 253 0000').valid, true);
  assert.equal(await cv.init(), undefined);
  assert.equal(await cv.init({ warmUp: false }), undefined);
  cv.initSync({ module: new Uint8Array(0) }); // already loaded: ignored
});

test('validate: normalized value and warnings', () => {
  const r = cv.validate('bloc', 'create', {
    email: 'Ada@Example.com',
    phone_number: '+234 803 123 4567',
    bvn: '01234567890',
    first_name: 'Ada',
    last_name: 'Obi',
    customer_type: 'personal',
  });
  assert.deepEqual(r, {
    ok: true,
    value: {
      email: 'Ada@example.com',
      phone_number: '08031234567',
      bvn: '01234567890',
      first_name: 'Ada',
      last_name: 'Obi',
      customer_type: 'Personal',
    },
    warnings: [],
  });
  const w = cv.validate('rapyd', 'create', { name: 'Ada', email: 'ada@gmial.com' });
  assert.equal(w.ok, true);
  assert.equal(w.warnings[0].code, 'email_domain_suspect');
  assert.equal(w.warnings[0].severity, 'warning');
});

test('validate: every issue, with path, pointer, code, message and params', () => {
  const r = cv.validate('rapyd', 'create', { email: 'x', addresses: [{ zip: 1 }] }, { max_issues: 50 });
  assert.equal(r.ok, false);
  assert.equal(r.truncated, false);
  assert.deepEqual(r.issues[0].path, ['name']);
  for (const i of r.issues) {
    assert.deepEqual(Object.keys(i), ['path', 'pointer', 'code', 'severity', 'message', 'params']);
    assert.equal(typeof i.message, 'string');
    assert.equal(i.pointer, i.path.map((s) => `/${s}`).join(''));
  }
});

test('validate: options, unknown fields kept, unsupported operation', () => {
  const kept = cv.validate('bloc', 'archive', { id: 'c1', extra: { z: 1, a: [2] } }, { unknown_fields: 'keep' });
  assert.deepEqual(kept.value, { id: 'c1', extra: { z: 1, a: [2] } });
  const r = cv.validate('rapyd', 'block', {});
  assert.equal(r.issues[0].code, 'operation_unsupported');
  assert.deepEqual(r.issues[0].params.operations, ['create', 'update']);
});

test('validateJson: the answer of validate(JSON.parse(text)), straight from the text', () => {
  const lines = [
    '{"name": " Ada  Obi ", "email": "Ada@Example.com", "phone_number": "+44 20 7183 8750"}',
    '{"email": "x"}',
    '{"name": "A", "metadata": [1, 2]}',
    '{"name": "Ada", "email": "ada@gmial.com"}',
  ];
  for (const line of lines) {
    assert.deepEqual(cv.validateJson('rapyd', 'create', line), cv.validate('rapyd', 'create', JSON.parse(line)), line);
  }
  // A number JSON.parse would round reaches the rules as written: here, as an invalid type.
  assert.deepEqual(cv.validateJson('bloc', 'create', '{"bvn": 123456789012345678901}').issues
    .filter((i) => i.pointer === '/bvn').map((i) => i.code), ['invalid_type']);
  const bad = cv.validateJson('rapyd', 'create', '{"name": "Ada",');
  assert.equal(bad.ok, false);
  assert.equal(bad.issues[0].code, 'json_invalid');
  assert.throws(() => cv.validateJson('rapyd', 'create', { name: 'Ada' }), TypeError);
  assert.throws(() => cv.validateJson('rapid', 'create', '{}'), TypeError);
});

test('validate: a caller mistake throws TypeError naming it', () => {
  assert.throws(() => cv.validate('paypal', 'create', {}), { name: 'TypeError', message: /unknown provider 'paypal'/ });
  assert.throws(() => cv.validate('rapyd', 'create', {}, { max_isues: 1 }), { name: 'TypeError', message: /max_isues/ });
  assert.throws(() => cv.validate('rapyd', 'create', {}, 'strict'), TypeError);
  // Still usable afterwards: a TypeError is not an internal error.
  assert.equal(cv.validate('bloc', 'archive', { id: 'x' }).ok, true);
});

test('checkPhone', () => {
  const p = cv.checkPhone('0803 123 4567', { region: 'NG' });
  assert.equal(p.valid, true);
  assert.equal(p.normalized, '+2348031234567');
  assert.equal(p.e164, '+2348031234567');
  assert.equal(p.region, 'NG');
  assert.equal(p.type, 'mobile');
  assert.equal(p.national, '0803 123 4567');
  assert.equal(cv.checkPhone('030 1234567').issues[0].code, 'phone_region_required');
  assert.equal(cv.checkPhone('+4915123456789', { region: 'US' }).normalized, '+4915123456789');
  assert.equal(cv.checkPhone('0803 123 4567', { region: 'NGA' }).issues[0].code, 'region_unknown');
});

test('checkEmail', () => {
  const e = cv.checkEmail(' Ada@Bücher.DE ');
  assert.equal(e.normalized, 'Ada@xn--bcher-kva.de'); // as providers get it
  assert.equal(e.address, 'Ada@bücher.de'); // for display
  assert.equal(e.ascii, 'Ada@xn--bcher-kva.de');
  assert.equal(cv.checkEmail('Ada@xn--bcher-kva.de', { email: { domain_form: 'unicode' } }).normalized, 'Ada@bücher.de');
  assert.equal(cv.validate('rapyd', 'create', { name: 'Ada', email: 'Ada@Bücher.DE' }).value.email, 'Ada@xn--bcher-kva.de');
  assert.equal('warnings' in e, false);
  assert.equal(cv.checkEmail('"a b"@example.com').issues[0].code, 'email_quoted_local');
  assert.equal(cv.checkEmail('"a b"@example.com', { email: { allow_quoted_local: true } }).valid, true);
  assert.equal(cv.checkEmail('ada@gmial.com').issues[0].params.suggestion, 'gmail.com');
});

test('lookupCountry', () => {
  const c = cv.lookupCountry('Ivory Coast');
  assert.equal(c.normalized, 'CI');
  assert.equal(c.alpha3, 'CIV');
  assert.equal(c.name, "Côte d'Ivoire");
  assert.equal(cv.lookupCountry('Korea').issues[0].code, 'country_unknown');
  assert.equal(cv.lookupCountry(276).issues[0].code, 'invalid_type');
});

test('checkPostalCode', () => {
  const p = cv.checkPostalCode('Canada', 'k1a0b1');
  assert.deepEqual(p, { valid: true, normalized: 'K1A 0B1', issues: [], country: 'CA' });
  assert.equal(cv.checkPostalCode('GB', 'sw1a 2aa').normalized, 'SW1A 2AA');
  const bad = cv.checkPostalCode('US', '1234');
  assert.equal(bad.valid, false);
  assert.equal(bad.normalized, null);
  assert.equal(bad.issues[0].code, 'postal_code_invalid');
  assert.equal(cv.checkPostalCode(undefined, '10118').issues[0].code, 'field_required');
  assert.equal(cv.checkPostalCode('Atlantis', '10118').valid, false);
  assert.equal(cv.checkPostalCode('US', 10118).issues[0].code, 'invalid_type');
  assert.throws(() => cv.checkPostalCode(840, '10118'), { name: 'TypeError', message: /country must be a string/ });
});

test('checkAddress', () => {
  const ok = cv.checkAddress({ line_1: ' 350 Fifth Avenue ', city: 'New York', state: 'new york', zip: '10118', country: 'United States' });
  assert.deepEqual(ok, {
    valid: true,
    normalized: { line_1: '350 Fifth Avenue', city: 'New York', state: 'NY', zip: '10118', country: 'US' },
    issues: [],
  });
  // The country's rules warn by default (the value kept), and refuse with `deliverable`.
  const suspect = { line_1: '350 Fifth Avenue', city: 'New York', state: 'NY', zip: '90210', country: 'US' };
  const warned = cv.checkAddress(suspect);
  assert.equal(warned.valid, true);
  assert.equal(warned.normalized.zip, '90210');
  assert.deepEqual(warned.issues.map((i) => [i.pointer, i.code, i.severity]), [['/zip', 'postal_code_subdivision_mismatch', 'warning']]);
  const bad = cv.checkAddress(suspect, { address: { deliverable: true } });
  assert.equal(bad.valid, false);
  assert.equal(bad.normalized, null);
  assert.deepEqual(bad.issues.map((i) => [i.pointer, i.code]), [['/zip', 'postal_code_subdivision_mismatch']]);
  // States as people write them: the key, or the Latin name for a Latin-typed state.
  assert.equal(cv.checkAddress({ line_1: '1 Marunouchi', state: 'Tokyo-to', zip: '1000005', country: 'JP' }).normalized.state, 'Tokyo');
  assert.equal(cv.checkAddress({ line_1: '12 Aminu Kano Cres', city: 'Abuja', state: 'FCT', country: 'NG' }).normalized.state, 'Federal Capital Territory');
  assert.deepEqual(cv.checkAddress({ fax: '1' }, { unknown_fields: 'keep' }).normalized, { fax: '1' });
  const none = cv.checkAddress(undefined);
  assert.deepEqual([none.valid, none.issues[0].code, none.issues[0].params.received], [false, 'invalid_type', 'undefined']);
  assert.equal(cv.checkAddress([1]).issues[0].code, 'invalid_type');
  assert.throws(() => cv.checkAddress({}, { max_isues: 1 }), { name: 'TypeError', message: /max_isues/ });
});

test('providers and fields: every form from the rule tables', () => {
  // The names themselves are pinned once, in tests/providers.rs; here, what holds for each.
  const list = cv.providers();
  assert.ok(list.length > 0);
  assert.equal(new Set(list.map((p) => p.name)).size, list.length);
  for (const p of list) {
    assert.deepEqual(Object.keys(p), ['name', 'label', 'operations'], p.name);
    assert.match(p.name, /^[a-z]+$/);
    assert.ok(p.label.length > 0, p.name);
    assert.ok(p.operations.length > 0, p.name);
  }
  assert.deepEqual(list.find((p) => p.name === 'bloc').operations, ['create', 'update', 'archive', 'unarchive']);
  for (const p of list) for (const op of p.operations) assert.ok(cv.fields(p.name, op).length > 0, `${p.name} ${op}`);
  const bloc = cv.fields('bloc', 'create');
  assert.deepEqual(bloc.map((f) => [f.name, f.kind, f.required]), [
    ['email', 'email', true], ['phone_number', 'phone', true], ['bvn', 'digits', true],
    ['first_name', 'text', true], ['last_name', 'text', true], ['customer_type', 'select', true]]);
  assert.deepEqual(bloc[5].options, ['Personal', 'Business']);
  assert.equal(bloc[1].autocomplete, 'tel');
  const address = cv.fields('rapyd', 'create').find((f) => f.kind === 'address');
  assert.ok(address.fields.some((f) => f.name === 'zip' && f.kind === 'postal'));
  // A field the options refuse is not on the form; one they let in is.
  assert.ok(!cv.fields('bloc', 'update').some((f) => f.name === 'address'));
  assert.ok(cv.fields('bloc', 'update', { bloc: { allow_address_on_update: true } }).some((f) => f.name === 'address'));
  // Required under the options: Bloc's update fields with full_replace.
  assert.ok(cv.fields('bloc', 'update', { bloc: { full_replace: true } }).every((f) => f.required));
  assert.throws(() => cv.fields('bloc', 'block'), { name: 'TypeError', message: /no block operation/ });
  assert.throws(() => cv.fields('paypal', 'create'), { name: 'TypeError' });
  // Stripe's billing address is an object of its own member names; shipping a group.
  const stripe = cv.fields('stripe', 'create');
  assert.deepEqual(stripe.find((f) => f.name === 'address').fields.map((f) => f.name), ['line1', 'line2', 'city', 'state', 'country', 'postal_code']);
  assert.equal(stripe.find((f) => f.name === 'shipping').kind, 'group');
});

test('addressFormat: every country lays out as Google\'s data says (tests/vectors/address_formats.jsonl)', () => {
  const lines = readFileSync(new URL('../../../tests/vectors/address_formats.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
  let n = 0;
  for (const line of lines) {
    const want = JSON.parse(line);
    if (want.meta) continue;
    assert.deepEqual(cv.addressFormat(want.country), { format: want, issues: [] }, want.country);
    n++;
  }
  assert.equal(n, 250);
  assert.deepEqual(cv.addressFormat('Japan', { latin: true }).format.lines[0], ['name']);
  const none = cv.addressFormat('Atlantis');
  assert.equal(none.format, null);
  assert.equal(none.issues[0].code, 'country_unknown');
  assert.throws(() => cv.addressFormat(42), TypeError);
});

test('exampleNumber: every region\'s examples are valid numbers of that region and type', () => {
  const regions = readFileSync(new URL('../../../tests/vectors/calling_codes.jsonl', import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((v) => v.calling_code).map((v) => v.region);
  assert.equal(regions.length, 245);
  // libphonenumber puts these examples in an earlier region of the same calling code.
  const elsewhere = new Set(['AX mobile', 'BL mobile', 'CC mobile', 'CX mobile', 'EH fixed_line', 'EH mobile', 'IM mobile', 'MF fixed_line', 'MF mobile', 'SJ mobile', 'VA mobile']);
  let count = 0;
  for (const region of regions) {
    for (const type of ['fixed_line', 'mobile']) {
      const r = cv.exampleNumber(region, type);
      assert.deepEqual(r.issues, [], `${region} ${type}`);
      if (r.example === null) {
        assert.equal(`${region} ${type}`, 'TA mobile');
        continue;
      }
      const { e164, national, international } = r.example;
      for (const [text, options] of [[e164, {}], [international, {}], [national, { region }]]) {
        const v = cv.checkPhone(text, options);
        assert.equal(v.valid, true, `${region} ${type} ${text}`);
        assert.equal(v.normalized, e164);
        assert.equal(v.region, r.example.region);
        assert.equal(v.type, r.example.type);
      }
      if (elsewhere.has(`${region} ${type}`)) {
        assert.notEqual(r.example.region, region);
      } else {
        assert.equal(r.example.region, region, `${region} ${type}`);
        assert.ok([type, 'fixed_line_or_mobile'].includes(r.example.type), `${region} ${type} ${r.example.type}`);
      }
      count++;
    }
  }
  assert.equal(count, 2 * 245 - 1);
  assert.equal(cv.exampleNumber('gb').example.national, '07400 123456');
  assert.equal(cv.exampleNumber('ZZ').issues[0].code, 'region_unknown');
  assert.equal(cv.exampleNumber('ZZ').example, null);
  assert.throws(() => cv.exampleNumber('GB', 'pager'), TypeError);
  assert.throws(() => cv.exampleNumber(44), TypeError);
});

test('countries', () => {
  const list = cv.countries();
  assert.equal(list.length, 250);
  assert.deepEqual(list[0], { alpha2: 'AD', alpha3: 'AND', numeric: '020', name: 'Andorra', official_name: 'Principality of Andorra', common_name: null, calling_code: '376' });
  const codes = Object.fromEntries(list.map((c) => [c.alpha2, c.calling_code]));
  assert.equal(codes.US, '1');
  assert.equal(codes.GB, '44');
  assert.equal(codes.AQ, null);
  assert.equal(cv.lookupCountry('United Kingdom').calling_code, '44');
  assert.deepEqual(list.map((c) => c.alpha2), [...list.map((c) => c.alpha2)].sort());
  assert.ok(list.some((c) => c.alpha2 === 'XK'));
  list.pop(); // a fresh array each call
  assert.equal(cv.countries().length, 250);
});

test('schema: Standard Schema v1, synchronous', () => {
  const s = cv.schema('rapyd', 'create');
  const std = s['~standard'];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, 'customer-validate');
  assert.deepEqual(std.validate({ name: ' Ada ' }), { value: { name: 'Ada' } });
  const bad = std.validate({ email: 'x' });
  assert.ok(!(bad instanceof Promise));
  assert.deepEqual(bad.issues.map((i) => i.path), [['name'], ['email']]);
  assert.equal(bad.issues[1].code, 'email_missing_at');
  assert.ok(Object.isFrozen(s) && Object.isFrozen(std));
  assert.throws(() => cv.schema('rapyd', 'craete'), TypeError);
});

const ACCOUNT = `0x${'ab'.repeat(20)}`;

test('toPayload: each provider\'s payload, validate accepts it unchanged', () => {
  const customer = { given_name: 'Ada', family_name: 'Obi', email: 'Ada@Example.com', phone: '+234 803 123 4567',
    external_ref: 'cust-1', national_id: { scheme: 'bvn', value: '01234567890' }, kind: 'personal' };
  const context = { account: ACCOUNT, timestamp_ms: 1700000000000 };
  // Every provider: a payload when the checklist says ready, and validate keeps it as it is.
  const ready = Object.fromEntries(cv.checklist(customer).value.map((c) => [c.provider, c.ready]));
  for (const { name: provider } of cv.providers()) {
    const r = cv.toPayload(provider, 'create', customer, context);
    assert.equal(r.ok, ready[provider], provider);
    if (r.ok) assert.deepEqual(cv.validate(provider, 'create', r.value).value, r.value, provider);
  }
  for (const provider of ['calypso', 'bloc', 'rapyd', 'authvia']) assert.equal(ready[provider], true, provider);
  assert.deepEqual(cv.toPayload('bloc', 'create', customer).value, {
    email: 'Ada@example.com', phone_number: '08031234567', bvn: '01234567890', first_name: 'Ada', last_name: 'Obi',
    customer_type: 'Personal',
  });
  // Calypso's envelope comes from the context; without it, the issues say so.
  const calypso = cv.toPayload('calypso', 'create', customer, context).value;
  assert.equal(calypso.account, ACCOUNT);
  assert.deepEqual(cv.toPayload('calypso', 'create', customer).issues.map((i) => i.pointer), ['/context/account', '/context/timestamp_ms']);
});

test('toPayload: what a provider lacks is an issue on the canonical field', () => {
  const r = cv.toPayload('bloc', 'create', { given_name: 'Ada', family_name: 'Obi', email: 'ada@example.com' });
  assert.equal(r.ok, false);
  assert.ok(r.issues.some((i) => i.pointer === '/national_id'), JSON.stringify(r.issues));
  assert.equal(cv.toPayload('authvia', 'create', { email: 'a@example.com' }).issues[0].pointer, '/external_ref');
  assert.equal(cv.toPayload('rapyd', 'create', { nick: 'x' }).issues[0].code, 'unknown_field');
  assert.equal(cv.toPayload('rapyd', 'create', undefined).issues[0].code, 'invalid_type');
  assert.throws(() => cv.toPayload('paypal', 'create', {}), { name: 'TypeError', message: /paypal/ });
  assert.throws(() => cv.toPayload('calypso', 'create', {}, { acount: 'x' }), { name: 'TypeError', message: /acount/ });
  assert.throws(() => cv.toPayload('calypso', 'create', {}, ACCOUNT), { name: 'TypeError', message: /context must be an object/ });
  assert.throws(() => cv.toPayload('rapyd', 'create', {}, undefined, { max_isues: 1 }), { name: 'TypeError', message: /max_isues/ });
});

test('fromPayload: the canonical customer, what has no place kept in provider_data', () => {
  assert.deepEqual(cv.fromPayload('bloc', { first_name: 'mas', last_name: 'erati', full_name: 'erati mas' }).value,
    { given_name: 'mas', family_name: 'erati' });
  assert.deepEqual(cv.fromPayload('rapyd', { id: 'cus_1', name: 'Ada' }).value,
    { full_name: 'Ada', provider_data: { rapyd: { id: 'cus_1' } } });
  assert.equal(cv.fromPayload('rapyd', [1]).issues[0].code, 'invalid_type');
  assert.throws(() => cv.fromPayload('paypal', {}), { name: 'TypeError', message: /paypal/ });
});

test('requirements and checklist', () => {
  const r = cv.requirements('authvia', 'create');
  assert.deepEqual([r.provider, r.operation], ['authvia', 'create']);
  assert.deepEqual(r.required[0].any_of, ['external_ref']);
  assert.deepEqual(cv.requirements('calypso', 'update').context, ['account', 'timestamp_ms', 'customer_id']);
  assert.throws(() => cv.requirements('bloc', 'craete'), TypeError);
  const list = cv.checklist({ email: 'a@example.com' });
  // One entry per provider, in providers() order; what is missing is never ready.
  assert.deepEqual(list.value.map((c) => c.provider), cv.providers().map((p) => p.name));
  for (const c of list.value) assert.ok(!(c.missing.length > 0 && c.ready), c.provider);
  const ready = Object.fromEntries(list.value.map((c) => [c.provider, c.ready]));
  for (const [provider, expected] of [['calypso', true], ['bloc', false], ['rapyd', false], ['authvia', false], ['stripe', true]]) {
    assert.equal(ready[provider], expected, provider);
  }
  const bloc = list.value.find((c) => c.provider === 'bloc');
  assert.ok(bloc.missing.some((n) => n.any_of.includes('national_id')), JSON.stringify(bloc));
  assert.deepEqual(cv.checklist({ email: 'a@example.com' }, 'create'), list);
  assert.equal(cv.checklist({ email: 'x' }).issues[0].pointer, '/email');
  assert.throws(() => cv.checklist({}, 'craete'), TypeError);
});
