// The JavaScript values JSON cannot carry, and phone extensions (issue 20), run through the
// package as given (`cv`: the module's exports, in Node or in a browser page). Returns plain
// JSON so that test/boundary.test.mjs checks the same answers in both.

/** `[pointer, code, the param that says what]` of each issue, and the rest of an answer. */
function brief(r) {
  const what = (i) => i.params?.received ?? i.params?.codepoint ?? i.params?.extension ?? null;
  return {
    ok: r.ok,
    issues: (r.issues ?? []).map((i) => [i.pointer, i.code, what(i)]),
    warnings: (r.warnings ?? []).map((w) => [w.pointer, w.code, what(w)]),
    value: r.value ?? null,
  };
}

export async function boundaryCases(cv) {
  const rapyd = (payload) => cv.validate('rapyd', 'create', payload);
  // validate(obj) and validateJson(JSON.stringify(obj)) answer the same, where both see it.
  const same = (payload) =>
    JSON.stringify(rapyd(payload)) === JSON.stringify(cv.validateJson('rapyd', 'create', JSON.stringify(payload)));
  const cyclic = { a: 1 };
  cyclic.self = cyclic;
  const lone = { name: 'Ada \ud83d Obi', email: 'nope', metadata: { 'k\udc00': 'v' } };
  const undef = { name: 'Ada', email: undefined, metadata: { u: undefined, d: new Date(0), list: [undefined, 1] } };
  const standard = await cv.schema('rapyd', 'create')['~standard'].validate({ name: 'Ada', metadata: { n: 10n, s: Symbol('x') } });
  return {
    lone: brief(rapyd(lone)),
    loneSame: same(lone),
    bigint: brief(rapyd({ name: 'Ada', metadata: { n: 10n, a: 1 } })),
    cycle: brief(rapyd({ name: 'Ada', metadata: cyclic })),
    symbolFunction: brief(rapyd({ name: 'Ada', metadata: { s: Symbol('x'), f() {}, k: 'kept' } })),
    inArray: brief(cv.validate('authvia', 'create', { ref: 'r', addresses: ['ada@example.com', Symbol('x'), () => 1] })),
    requiredLeftOut: brief(rapyd({ name: 5n, email: 'nope' })),
    undefinedMember: brief(rapyd(undef)),
    undefinedSame: same(undef),
    rootBigint: brief(rapyd(10n)),
    standard: standard.issues.map((i) => [i.path, i.code, i.params.received]),
    extension: brief(rapyd({ name: 'Ada', phone_number: '+1 202 456 1111 ext. 42' })),
    extensionSame: same({ name: 'Ada', phone_number: '+1 202 456 1111 ext. 42' }),
    address: (() => {
      const r = cv.checkAddress({ line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: 62701n, country: 'US', note: Symbol('x') });
      return { valid: r.valid, normalized: r.normalized, issues: r.issues.map((i) => [i.pointer, i.code, i.params?.received ?? null]) };
    })(),
  };
}

/** The customer conversions (the module that has them must be loaded). */
export function conversionCases(cv) {
  const cyclic = { tier: 1 };
  cyclic.self = cyclic;
  return {
    toPayload: brief(cv.toPayload('rapyd', 'create', { full_name: 'Ada Obi', metadata: { n: 10n, f() {} } })),
    toPayloadInvalid: brief(cv.toPayload('rapyd', 'create', { full_name: 'Ada Obi', email: 'nope', metadata: { s: Symbol('x') } })),
    fromPayload: brief(cv.fromPayload('rapyd', { name: 'Ada Obi', metadata: cyclic })),
    checklist: brief(cv.checklist({ full_name: 'Ada Obi', metadata: { n: 1n } })),
    clean: brief(cv.toPayload('rapyd', 'create', { full_name: 'Ada Obi', metadata: { n: '10' } })),
  };
}
