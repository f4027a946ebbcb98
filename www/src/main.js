// The page: provider and operation pickers, the form of that operation (form.js), checks on
// blur and on submit through the package, and the normalized payload shown as JSON. The
// single-operation form is one "mode" (`singleMode`); another mode (e.g. one form for every
// provider) can be added beside it with the same shape: render(root) and submit().
import { countries, init, validate } from '../pkg/index.js';
import { nearest, renderForm } from './form.js';
import { OPERATION_LABELS, PROVIDERS } from './layouts.js';
import { messageFor } from './messages.js';

const $ = (id) => document.getElementById(id);

await init();

const COUNTRIES = countries();
const NAMES = new Map(COUNTRIES.map((c) => [c.alpha2, c.common_name ?? c.name]));
const countryName = (code) => NAMES.get(code);

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

/** The form of one provider operation, checked by `validate` for that operation. */
function singleMode(provider, operation) {
  const touched = new Set();
  const ctx = {
    provider,
    operation,
    countryName,
    datalistId: 'countries',
    refreshers: [],
    localIssues: [],
    // Bloc's phone numbers are Nigerian whatever the page's default.
    phoneRegion: () => (provider === 'bloc' ? 'NG' : $('region').value || undefined),
    onBlur(pointer) {
      // The field and the groups around it.
      for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) touched.add(p);
      check(touched);
    },
    onChange: () => check(touched),
  };
  let form;

  function errorsOf(r) {
    const pkg = r.ok ? [] : r.issues.filter((i) => i.severity !== 'warning');
    return [...ctx.localIssues, ...pkg];
  }

  function check(shown) {
    const r = validate(provider, operation, form.read(), options());
    const errors = errorsOf(r);
    const orphans = form.show(errors, shown);
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
  };
}

let mode;

/** The slot (field) an issue belongs to. */
const slotOf = (slots, pointer) => slots.get(nearest(slots, pointer));

function showSummary(errors, slots) {
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
    const target = slot?.input;
    const text = `${slot?.label ?? (issue.pointer || 'Payload')}: ${messageFor(issue, countryName)}`;
    if (target) {
      const a = document.createElement('a');
      a.href = `#${target.id}`;
      a.textContent = text;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        target.focus();
      });
      li.append(a);
    } else li.textContent = text;
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
  $('result-status').textContent = status;
  const pre = $('payload');
  pre.hidden = value === undefined;
  pre.textContent = value === undefined ? '' : JSON.stringify(value, null, 2);
  const w = $('warnings');
  w.replaceChildren(
    ...warnings.map((i) => {
      const li = document.createElement('li');
      li.textContent = `${slotOf(slots, i.pointer)?.label ?? i.pointer}: ${messageFor(i, countryName)} (a warning: it does not block)`;
      return li;
    }),
  );
  w.hidden = warnings.length === 0;
}

function choose(provider, operation) {
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
  const hint = $('region-hint');
  if (provider === 'bloc') hint.textContent = 'Bloc: phone numbers are read as Nigerian.';
  else if (!phones) hint.textContent = 'No phone number in this operation.';
  else {
    const code = document.createElement('code');
    code.textContent = 'default_region';
    hint.replaceChildren('Sent as the ', code, ' option.');
  }
  mode = singleMode(provider, operation);
  mode.render($('fields'));
  showSummary([], new Map());
  showResult('empty', 'Submit the form to see the payload.');
}

function submit(event) {
  event.preventDefault();
  const { r, errors, slots, label } = mode.submit();
  showSummary(errors, slots);
  if (errors.length > 0) {
    showResult('invalid', `Not valid: nothing would be sent to ${label}.`);
    (slotOf(slots, errors[0].pointer)?.input ?? $('summary')).focus();
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
const [p, o] = location.hash.slice(1).split('/');
choose(PROVIDERS[p] ? p : 'rapyd', o ?? 'create');
$('loading').remove();
document.body.dataset.ready = 'true';
