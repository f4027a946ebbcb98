// The page has two modes of the same shape (render(root), submit(), refresh()):
// - `singleMode`: provider and operation pickers, the form of that operation (form.js),
//   checks on blur and on submit through `validate`, the normalized payload shown as JSON;
// - `allMode` ("All providers", `#all`): one canonical customer form, and for each provider
//   its create payload (`toPayload`) or what it still needs (`checklist`), updated as you type.
import { checklist, countries, init, missingData, requirements, toPayload, validate } from '../pkg/index.js';
import { nearest, renderForm } from './form.js';
import { CUSTOMER, OPERATION_LABELS, providerLayouts } from './layouts.js';
import { messageFor } from './messages.js';
import { installLanguagePicker, joinWith, phrase, regionName, say, sayText } from './i18n.js';

const $ = (id) => document.getElementById(id);
/** The control a slot shows now (a state's dropdown or its text input). */
const controlOf = (slot) => slot?.control?.() ?? slot?.input;

// The form kit (layouts, as-you-type, examples, the country and provider lists, the fields)
// is in the kit module, so the page loads that one instead of the smaller first module.
await init({ formKit: true });
// Each provider operation's fields, as the package declares them beside its rules.
const PROVIDERS = providerLayouts();

// Per-country data: the package's browser build fetches a country's phone and address rules
// the first time a value needs them. A check that lacks them answers `data_not_loaded`; the
// page then loads the file, shows it in #data-status, and checks again.
const dataLoaded = [];
const dataPending = new Set();
let dataRefresh = () => {};

// Status lines written by key (i18n.js SENTENCES) with their values, written again when the
// language changes; a line written as English text instead goes through the phrasebook.
const saidLines = new Map();
function sayLine(e, key, values) {
  saidLines.set(e, [key, values]);
  e.dataset.said = '';
  e.replaceChildren(...say(key, values));
}
function setLine(e, line) {
  if (Array.isArray(line)) return sayLine(e, ...line);
  saidLines.delete(e);
  delete e.dataset.said;
  e.textContent = line;
}
/** A failed fetch of `files`: the sentence `key`, the browser's error isolated in a <bdi>. */
const loadFailed = (key, files, error) => [key, { files: joinWith('list', files), error: el('bdi', {}, String(error?.message ?? error)) }];

function showData(line) {
  setLine(
    $('data-status'),
    line ?? (dataLoaded.length ? `Country rules loaded as needed: ${dataLoaded.join(', ')}.` : 'No country rules loaded yet: each is fetched when a value needs it.'),
  );
}
/** Starts loading what `result` says is missing; true when something is. */
function needData(result) {
  const missing = missingData(result);
  const start = missing.filter((f) => !dataPending.has(f) && !dataLoaded.includes(f));
  if (start.length > 0) {
    for (const f of start) dataPending.add(f);
    showData(`Loading the rules of ${start.join(', ')}…`);
    init({ countries: start, warmUp: false }).then(
      () => {
        for (const f of start) {
          dataPending.delete(f);
          dataLoaded.push(f);
        }
        showData();
        dataRefresh();
      },
      (e) => {
        for (const f of start) dataPending.delete(f);
        showData(loadFailed('load_failed_check', start, e));
      },
    );
  }
  return missing.length > 0;
}

const COUNTRIES = countries();
const NAMES = new Map(COUNTRIES.map((c) => [c.alpha2, c.common_name ?? c.name]));
// In the page's language (the browser's names), else the package's English name.
const countryName = (code) => regionName(code) ?? NAMES.get(code);

function fillCountryLists() {
  $('countries').replaceChildren(
    ...COUNTRIES.map((c) => {
      const o = document.createElement('option');
      o.value = c.name;
      o.label = c.alpha2;
      return o;
    }),
  );
  const region = $('region');
  const none = new Option('No default (type +country code)', '');
  region.replaceChildren(none, ...COUNTRIES.map((c) => new Option(`${c.common_name ?? c.name} (${c.alpha2})`, c.alpha2)));
  region.value = 'US';
}

function options() {
  return { default_region: $('region').value || null, max_issues: 200 };
}

/**
 * The `ctx` form.js renders with: a blur marks the field and its groups as touched and runs
 * `check(touched)`, which shows messages under touched fields only.
 */
function formContext(provider, operation, touched, check) {
  return {
    provider,
    operation,
    countryName,
    datalistId: 'countries',
    refreshers: [],
    localIssues: [],
    phoneRegion: () => $('region').value || undefined,
    needData,
    onBlur(pointer) {
      for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) touched.add(p);
      check(touched);
    },
    onChange: () => check(touched),
  };
}

/** The form of one provider operation, checked by `validate` for that operation. */
function singleMode(provider, operation) {
  const touched = new Set();
  const ctx = formContext(provider, operation, touched, (shown) => check(shown));
  // Bloc's phone numbers are Nigerian whatever the page's default.
  if (provider === 'bloc') {
    ctx.phoneRegion = () => 'NG';
    ctx.phoneRegionFixed = 'NG';
  }
  let form;

  function errorsOf(r) {
    const pkg = r.ok ? [] : r.issues.filter((i) => i.severity !== 'warning');
    return [...ctx.localIssues, ...pkg];
  }

  function check(shown) {
    const r = validate(provider, operation, form.read(), options());
    needData(r);
    const errors = errorsOf(r);
    const warnings = r.ok ? r.warnings : r.issues.filter((i) => i.severity === 'warning');
    const orphans = form.show(errors, shown, warnings);
    return { r, errors, orphans };
  }

  return {
    render(root) {
      form = renderForm(root, PROVIDERS[provider].operations[operation], ctx);
    },
    submit() {
      for (const p of form.slots.keys()) touched.add(p);
      return { ...check(undefined), slots: form.slots, label: PROVIDERS[provider].label };
    },
    refresh: () => ctx.refreshers.forEach((f) => f()),
    recheck: () => check(touched),
  };
}

/** Labels of the canonical fields and of the context inputs, for the checklists. */
const FIELD_LABELS = Object.fromEntries(CUSTOMER.map((f) => [f.name, f.label]));
const CONTEXT_LABELS = { account: 'Calypso merchant account', timestamp_ms: 'Calypso timestamp', customer_id: 'Customer id' };

/** Calypso's envelope inputs of the "all providers" mode (`context` of `toPayload`). */
function calypsoContext() {
  const context = {};
  const account = $('calypso-account').value.trim();
  const ts = $('calypso-timestamp').value.trim();
  if (account) context.account = account;
  if (/^\d+$/.test(ts)) context.timestamp_ms = Number(ts);
  return context;
}

const el = (tag, attrs = {}, text = '') => Object.assign(document.createElement(tag), attrs, text ? { textContent: text } : {});

/** The English label of a canonical field at `/name` (for messageFor). */
const canonicalLabel = (pointer) => FIELD_LABELS[pointer.slice(1)];
/**
 * A conversion's issue (`toPayload`) names the provider's members in `fields`; what the
 * customer fills are the canonical fields of `any_of`, at the top of the canonical customer.
 */
const canonicalFields = (i) =>
  Array.isArray(i.params?.fields) && Array.isArray(i.params?.any_of) && i.params.any_of.length > 0
    ? { ...i, pointer: `/${i.params.any_of[0]}`, params: { ...i.params, fields: i.params.any_of } }
    : i;

/** The label of the canonical field (or context input) an issue is about. */
function labelOf(slots, pointer) {
  const [, top, second] = pointer.split('/');
  if (top === 'context') return phrase(CONTEXT_LABELS[second] ?? second);
  return phrase(slotOf(slots, pointer)?.label ?? FIELD_LABELS[top] ?? (pointer || 'Customer'));
}

/** One canonical customer, every provider's create payload or checklist beside it. */
function allMode() {
  const touched = new Set();
  const cards = new Map();
  const ctx = formContext('all', 'create', touched, (shown) => update(shown));
  ctx.required = new Set(); // the canonical customer requires nothing by itself
  let form;

  function card(provider) {
    const label = PROVIDERS[provider].label;
    const box = el('article', { className: 'provider-card', id: `card-${provider}` });
    box.dataset.provider = provider;
    // What the operation needs, from the package (`requirements`), as canonical field labels.
    // Written in the page's language here (update), not by the phrasebook.
    box.dataset.said = '';
    const { required, context } = requirements(provider, 'create');
    const needs = () => {
      const all = [...required.map((n) => joinWith('or', n.any_of.map((f) => phrase(FIELD_LABELS[f] ?? f)))), ...context.map((c) => phrase(CONTEXT_LABELS[c] ?? c))];
      return all.length ? sayText('card_needs', { fields: joinWith('needs_list', all) }) : sayText('card_needs_nothing');
    };
    // One live region for the cards (#all-status), not one per card chattering at each keystroke.
    const status = el('p', { className: 'status' });
    const pre = el('pre', { className: 'payload', tabIndex: 0, dir: 'ltr' }); // JSON reads left to right in an Arabic page too
    const missing = el('ul', { className: 'checklist' });
    const hint = el('p', { className: 'hint' });
    box.append(el('h3', {}, label), hint, status, missing, pre);
    return { box, status, pre, missing, label, hint, needs };
  }

  function showCard(c, state, status, value, items = []) {
    c.box.dataset.state = state;
    c.status.textContent = status;
    c.pre.hidden = value === undefined;
    c.pre.textContent = value === undefined ? '' : JSON.stringify(value, null, 2);
    c.missing.replaceChildren(
      ...items.map(([field, text]) => {
        const li = el('li', {}, text);
        li.dataset.field = field;
        return li;
      }),
    );
    c.missing.hidden = items.length === 0;
  }

  function update(shown) {
    const customer = form.read();
    const local = [...ctx.localIssues];
    const list = checklist(customer, 'create', options());
    needData(list);
    const errors = [...local, ...(list.ok ? [] : list.issues.filter((i) => i.severity !== 'warning'))];
    const warnings = list.ok ? (list.warnings ?? []) : list.issues.filter((i) => i.severity === 'warning');
    form.show(errors, shown, warnings);
    for (const [provider, c] of cards) {
      c.hint.textContent = c.needs();
      c.pre.setAttribute('aria-label', sayText('card_payload_label', { provider: c.label }));
      if (errors.length > 0) {
        showCard(c, 'blocked', phrase("Fix the customer's fields first."), undefined);
        continue;
      }
      const r = toPayload(provider, 'create', customer, provider === 'calypso' ? calypsoContext() : undefined, options());
      needData(r);
      if (r.ok) {
        showCard(c, 'ready', sayText('card_ready', { provider: c.label }), r.value);
        continue;
      }
      // What is missing, as canonical fields (`checklist`); then any other issue of the conversion.
      const needs = list.value.find((x) => x.provider === provider)?.missing ?? [];
      const items = needs.map((n) => [n.any_of[0], sayText('card_missing', { fields: joinWith('or', n.any_of.map((f) => phrase(FIELD_LABELS[f] ?? f))) })]);
      const covered = new Set(needs.flatMap((n) => n.any_of.map((f) => `/${f}`)));
      for (const i of r.issues) {
        if (i.severity === 'warning' || covered.has(i.pointer)) continue;
        items.push([i.pointer.split('/')[1] ?? '', `${labelOf(form.slots, i.pointer)}: ${messageFor(canonicalFields(i), countryName, canonicalLabel)}`]);
      }
      showCard(c, 'missing', sayText('card_still_needed', { provider: c.label }), undefined, items);
    }
    const ready = [...cards.values()].filter((c) => c.box.dataset.state === 'ready').map((c) => c.label);
    $('all-status').dataset.said = '';
    $('all-status').textContent =
      errors.length > 0
        ? phrase("Fix the customer's fields first.")
        : sayText(ready.length ? 'all_ready' : 'all_ready_none', { ready: ready.length, total: cards.size, list: joinWith('list', ready) });
    return errors;
  }

  return {
    render(root) {
      form = renderForm(root, CUSTOMER, ctx);
      // As the user types: the payloads follow; messages under fields wait for a blur.
      root.addEventListener('input', () => update(touched));
      const grid = $('provider-cards');
      grid.replaceChildren();
      for (const provider of Object.keys(PROVIDERS)) {
        const c = card(provider);
        cards.set(provider, c);
        grid.append(c.box);
      }
      update(touched);
    },
    submit() {
      for (const p of form.slots.keys()) touched.add(p);
      const errors = update(undefined);
      return { errors, slots: form.slots, handled: true };
    },
    refresh() {
      ctx.refreshers.forEach((f) => f());
      update(touched);
    },
  };
}

let mode;

/** The slot (field) an issue belongs to. */
const slotOf = (slots, pointer) => slots.get(nearest(slots, pointer));
/** The English label of the field at exactly `pointer` among `slots` (for messageFor). */
const labelIn = (slots) => (pointer) => slots.get(pointer)?.label;

// The summary's issues and fields, to write it again in another language.
let summaryShown = [[], new Map()];

function showSummary(errors, slots) {
  summaryShown = [errors, slots];
  const box = $('summary');
  if (errors.length === 0) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const list = document.createElement('ul');
  for (const issue of errors) {
    const li = document.createElement('li');
    const slot = slotOf(slots, issue.pointer);
    const target = slot?.control?.() ?? slot?.input;
    // The label and the message as text nodes of their own, so the page's phrasebook
    // (i18n.js) translates the label; the message is already in the page's language.
    const text = () => [document.createTextNode(slot?.label ?? (issue.pointer || 'Payload')), document.createTextNode(`: ${messageFor(issue, countryName, labelIn(slots))}`)];
    if (target) {
      const a = document.createElement('a');
      a.href = `#${target.id}`;
      a.append(...text());
      a.addEventListener('click', (e) => {
        e.preventDefault();
        target.focus();
      });
      li.append(a);
    } else li.append(...text());
    list.append(li);
  }
  const head = document.createElement('p');
  head.textContent = errors.length === 1 ? 'Fix 1 problem before this can be sent:' : `Fix ${errors.length} problems before this can be sent:`;
  box.replaceChildren(head, list);
  box.hidden = false;
}

function showResult(state, status, value, warnings = [], slots = new Map()) {
  const result = $('result');
  result.dataset.state = state;
  setLine($('result-status'), status);
  const pre = $('payload');
  pre.hidden = value === undefined;
  pre.textContent = value === undefined ? '' : JSON.stringify(value, null, 2);
  const w = $('warnings');
  w.replaceChildren(
    ...warnings.map((i) => {
      const li = document.createElement('li');
      // Text nodes of their own, so the phrasebook translates the label and the note.
      li.append(slotOf(slots, i.pointer)?.label ?? i.pointer, `: ${messageFor(i, countryName, labelIn(slots))}`, ' (a warning: it does not block)');
      return li;
    }),
  );
  w.hidden = warnings.length === 0;
}

// The default phone country's hint: a sentence of i18n.js's SENTENCES around a
// <code>default_region</code> (written again on a language switch), or a phrase.
let regionHint = 'region_hint';
function showRegionHint() {
  const hint = $('region-hint');
  if (!regionHint.startsWith('region_hint')) {
    delete hint.dataset.said; // a phrase: the phrasebook translates it
    hint.textContent = regionHint;
    return;
  }
  const code = document.createElement('code');
  code.textContent = 'default_region';
  hint.dataset.said = '';
  hint.replaceChildren(...say(regionHint, { option: code }));
}

/** Shows the controls of one mode (`single` or `all`) and hides the other's. */
function showMode(name) {
  for (const e of document.querySelectorAll('[data-mode]')) e.hidden = e.dataset.mode !== name;
  for (const r of document.querySelectorAll('input[name="mode"]')) r.checked = r.value === name;
}

async function chooseAll() {
  // The canonical customer's conversions are in the package's second module, fetched the
  // first time this mode is opened (the single-provider forms never need it).
  await init({ customer: true, warmUp: false });
  showMode('all');
  $('submit').textContent = 'Check customer';
  $('form-title').textContent = 'One customer, every provider';
  history.replaceState(null, '', '#all');
  $('region').disabled = false;
  regionHint = 'region_hint_all';
  showRegionHint();
  mode = allMode();
  mode.render($('fields'));
  showSummary([], new Map());
}

function choose(provider, operation) {
  showMode('single');
  $('submit').textContent = 'Validate customer';
  const ops = Object.keys(PROVIDERS[provider].operations);
  if (!ops.includes(operation)) operation = ops[0];
  $('provider').value = provider;
  $('operation').replaceChildren(...ops.map((o) => new Option(OPERATION_LABELS[o] ?? o, o)));
  $('operation').value = operation;
  $('form-title').textContent = `${PROVIDERS[provider].label}: ${(OPERATION_LABELS[operation] ?? operation).toLowerCase()}`;
  history.replaceState(null, '', `#${provider}/${operation}`);
  // The default phone country matters only where a phone is typed, and not for Bloc, whose
  // numbers are Nigerian.
  const kinds = JSON.stringify(PROVIDERS[provider].operations[operation]);
  const phones = /"kind":"(phone|contacts)"/.test(kinds);
  $('region').disabled = provider === 'bloc' || !phones;
  regionHint = provider === 'bloc' ? 'Bloc: phone numbers are read as Nigerian.' : !phones ? 'No phone number in this operation.' : 'region_hint';
  showRegionHint();
  mode = singleMode(provider, operation);
  mode.render($('fields'));
  showSummary([], new Map());
  showResult('empty', 'Submit the form to see the payload.');
}

async function submit(event) {
  event.preventDefault();
  let out = mode.submit();
  // A country's rules not loaded yet: load them, then check again (never "not valid" for that).
  for (let round = 0; round < 3 && out.r && missingData(out.r).length > 0; round++) {
    const files = missingData(out.r);
    showResult('loading', `Loading the rules of ${files.join(', ')}…`);
    try {
      await init({ countries: files, warmUp: false });
    } catch (e) {
      showResult('empty', loadFailed('load_failed_submit', files, e));
      return;
    }
    for (const f of files) if (!dataLoaded.includes(f)) dataLoaded.push(f);
    showData();
    out = mode.submit();
  }
  const { r, errors, slots, label, handled } = out;
  showSummary(errors, slots);
  if (handled) {
    if (errors.length > 0) (controlOf(slotOf(slots, errors[0].pointer)) ?? $('summary')).focus();
    return;
  }
  if (errors.length > 0) {
    showResult('invalid', `Not valid: nothing would be sent to ${label}.`);
    (controlOf(slotOf(slots, errors[0].pointer)) ?? $('summary')).focus();
    return;
  }
  showResult('valid', `Valid. This is the exact JSON ${label} would receive (nothing was sent).`, r.value, r.warnings, slots);
}

fillCountryLists();
$('provider').replaceChildren(...Object.entries(PROVIDERS).map(([k, p]) => new Option(p.label, k)));
$('provider').addEventListener('change', () => choose($('provider').value, $('operation').value));
$('operation').addEventListener('change', () => choose($('provider').value, $('operation').value));
$('region').addEventListener('change', () => mode.refresh());
$('customer').addEventListener('submit', submit);
for (const id of ['calypso-account', 'calypso-timestamp']) $(id).addEventListener('input', () => mode.refresh());
$('calypso-now').addEventListener('click', () => {
  $('calypso-timestamp').value = String(Date.now());
  mode.refresh();
});
$('calypso-timestamp').value = String(Date.now());
for (const r of document.querySelectorAll('input[name="mode"]')) {
  r.addEventListener('change', () => (r.value === 'all' ? chooseAll() : choose($('provider').value || 'rapyd', $('operation').value || 'create')));
}
const [p, o] = location.hash.slice(1).split('/');
if (p === 'all') await chooseAll();
else choose(PROVIDERS[p] ? p : 'rapyd', o ?? 'create');
dataRefresh = () => {
  mode.refresh();
  mode.recheck?.();
};
showData();
// The language picker (i18n.js): on a switch, the messages shown are written again.
document.addEventListener('cv:locale', () => {
  showRegionHint();
  for (const [e, [key, values]] of saidLines) sayLine(e, key, values);
  showSummary(...summaryShown);
  dataRefresh();
});
await installLanguagePicker();
$('loading').remove();
document.body.dataset.ready = 'true';
