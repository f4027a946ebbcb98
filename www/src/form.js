// Renders one provider operation's form from its layout (layouts.js), reads it back as the
// payload the package validates, and shows issues under the fields their `pointer` names.
// Knows nothing of any provider's rules: those are the package's.
import { checkEmail, checkPhone, checkPostalCode, countries, exampleNumber, formatPhoneAsYouType, lookupCountry, missingData, validate } from '../pkg/index.js';
import { followCountry } from './address-layout.js';
import { currentLanguage, numberTypeName, say, sayText, sortOptions } from './i18n.js';
import { messageFor } from './messages.js';

let nextId = 0;
// The countries with a calling code, for the phone fields' country selects.
let PHONE_COUNTRIES_CACHE;
const PHONE_COUNTRIES_LIST = () => (PHONE_COUNTRIES_CACHE ??= countries().filter((c) => c.calling_code));
const uid = (base) => `f${++nextId}-${base.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  e.append(...children.filter((c) => c !== undefined && c !== null));
  return e;
}

// The member names of a postal code (Rapyd's layout, the canonical customer's).
const POSTAL = ['zip', 'postal_code'];

const pointerOf = (segments) => segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** The pointer of the slot an issue at `pointer` belongs to: the nearest at or above it, or undefined. */
export function nearest(slots, pointer) {
  let p = pointer;
  while (!slots.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
  return slots.has(p) ? p : undefined;
}

/** The pointers of every field an empty form lacks, as the package reports them. */
export function requiredPointers(provider, operation, layout) {
  const skeleton = (fields) => {
    const o = {};
    for (const f of fields) {
      if (f.kind === 'group') o[f.name] = skeleton(f.fields);
      else if (f.kind === 'address') o[f.name] = [skeleton(f.fields)];
    }
    return o;
  };
  const r = validate(provider, operation, skeleton(layout), { max_issues: 1000 });
  return new Set(r.ok ? [] : r.issues.filter((i) => i.code === 'field_required').map((i) => i.pointer));
}

/**
 * Builds the form for `layout` into `root`. `ctx`: { provider, operation, phoneRegion(segments),
 * countryName(code), datalistId, onBlur(pointer), onChange(), refreshers: [], localIssues: [] }.
 * Returns { read(), show(issues, pointers, warnings), slots }.
 */
export function renderForm(root, layout, ctx) {
  const required = ctx.required ?? requiredPointers(ctx.provider, ctx.operation, layout);
  const slots = new Map(); // pointer -> { input?, msg, box }
  const readers = [];

  function slot(pointer, box, msg, input, label) {
    slots.set(pointer, { box, msg, input, label });
  }

  function hintLine(id, text) {
    return el('p', { id, class: 'hint', text: text ?? '' });
  }

  // One labelled control with its hint and message lines.
  function control(f, segments, value = '') {
    const pointer = pointerOf(segments);
    const id = uid(pointer || 'root');
    const hintId = `${id}-hint`;
    const msgId = `${id}-msg`;
    const live = el('p', { id: `${id}-live`, class: 'live', 'aria-live': 'polite' });
    const attrs = {
      id,
      name: pointer,
      'data-pointer': pointer,
      'aria-describedby': `${hintId} ${id}-live ${msgId}`,
      autocomplete: f.autocomplete ?? 'off',
      'aria-required': required.has(pointer) ? 'true' : undefined,
    };
    let input;
    switch (f.kind) {
      case 'select':
        input = el('select', attrs, el('option', { value: '', text: 'Choose…' }), ...f.options.map((o) => el('option', { value: o, text: f.labels?.[o] ?? o })));
        break;
      case 'textarea':
      case 'json':
        input = el('textarea', { ...attrs, rows: f.kind === 'json' ? 3 : 2, spellcheck: f.kind === 'json' ? 'false' : undefined });
        break;
      default:
        input = el('input', {
          ...attrs,
          type: f.kind === 'email' ? 'email' : f.kind === 'phone' ? 'tel' : 'text',
          inputmode: f.kind === 'digits' || f.kind === 'timestamp' ? 'numeric' : undefined,
          list: f.kind === 'country' ? ctx.datalistId : undefined,
          spellcheck: 'false',
        });
    }
    input.value = f.kind === 'timestamp' && value === '' ? String(Date.now()) : value;
    const labelText = el('span', { text: f.label });
    const reqMark = el('span', { class: 'req', 'aria-hidden': 'true', text: ' *' });
    const label = el('label', { for: id }, labelText, required.has(pointer) ? reqMark : null);
    const msg = el('p', { id: msgId, class: 'msg' });
    const before = [];
    const extra = [];
    if (f.kind === 'timestamp') {
      extra.push(el('button', { type: 'button', class: 'small', text: 'Now', onclick: () => { input.value = String(Date.now()); } }));
    }
    if (f.kind === 'phone') before.push(phoneCountry(input, segments));
    const row = el('div', { class: 'row' }, ...before, input, ...extra);
    const box = el('div', { class: `field kind-${f.kind}`, 'data-field': pointer }, label, row, hintLine(hintId, f.hint), live, msg);
    input.addEventListener('blur', () => ctx.onBlur(pointer));
    slot(pointer, box, msg, input, f.label);
    wireLive(f, input, live, segments);
    // For an address block that follows its country (address-layout.js).
    const member = {
      box,
      input,
      labelText,
      required: required.has(pointer),
      value: () => input.value,
      setRequired(on) {
        if (on) label.append(reqMark);
        else reqMark.remove();
        const active = member.select && !member.select.hidden ? member.select : input;
        if (on) active.setAttribute('aria-required', 'true');
        else active.removeAttribute('aria-required');
      },
      // The control as a dropdown of `options` (the text input stays the value's holder), or
      // back to the text input when `options` is null. The label, pointer and descriptions
      // follow the visible control.
      useSelect(options, selected = '') {
        let select = member.select;
        if (options === null) {
          if (!select || select.hidden) return;
          select.hidden = true;
          for (const a of ['id', 'name', 'data-pointer', 'aria-describedby', 'aria-required', 'aria-invalid']) {
            const v = select.getAttribute(a);
            select.removeAttribute(a);
            if (v !== null) input.setAttribute(a, v);
          }
          input.hidden = false;
          return;
        }
        if (!select) {
          select = member.select = el('select', { class: 'subdivisions', autocomplete: input.getAttribute('autocomplete') ?? 'off', hidden: true });
          select.addEventListener('change', () => {
            input.value = select.value;
            ctx.onChange();
          });
          select.addEventListener('blur', () => ctx.onBlur(pointer));
          row.insertBefore(select, input.nextSibling);
        }
        select.replaceChildren(...options);
        select.value = selected;
        input.value = selected;
        if (select.hidden) {
          for (const a of ['id', 'name', 'data-pointer', 'aria-describedby', 'aria-required', 'aria-invalid']) {
            const v = input.getAttribute(a);
            input.removeAttribute(a);
            if (v !== null) select.setAttribute(a, v);
          }
          select.hidden = false;
          input.hidden = true;
        }
      },
    };
    slots.get(pointer).control = () => (member.select && !member.select.hidden ? member.select : input);
    return { box, input, member };
  }

  // The phone field's country: a select of every calling code, "page default" first. The
  // chosen country formats the number as typed, gives the placeholder (the country's example
  // mobile number) and reads a number typed without +.
  function phoneCountry(input, segments) {
    const fixed = ctx.phoneRegionFixed;
    const select = el(
      'select',
      { class: 'phone-country', 'aria-label': 'Phone number country', autocomplete: 'off', disabled: fixed ? true : undefined },
      el('option', { value: '', text: fixed ? '' : 'Default country' }),
      ...(fixed ? [] : PHONE_COUNTRIES_LIST().map((c) => el('option', { value: c.alpha2 }))),
    );
    input.phoneCountry = select;
    // Country names in the page's language, in its order (written again and sorted again,
    // keeping the country chosen, on a language switch).
    const byCode = new Map(PHONE_COUNTRIES_LIST().map((c) => [c.alpha2, c]));
    let namedIn;
    const names = () => {
      if (namedIn === currentLanguage()) return;
      namedIn = currentLanguage();
      if (fixed) select.options[0].textContent = sayText('fixed_country', { country: ctx.countryName(fixed) ?? fixed });
      for (const o of select.options) {
        const c = byCode.get(o.value);
        if (o.value && c) o.textContent = `${ctx.countryName(c.alpha2) ?? c.common_name ?? c.name} +${c.calling_code}`;
      }
      sortOptions(select);
    };
    ctx.refreshers.push(names);
    names();
    const placeholder = () => {
      const region = select.value || ctx.phoneRegion(segments);
      if (!region) {
        input.placeholder = '+1 650 253 0000';
        return;
      }
      const ex = exampleNumber(region);
      if (ctx.needData?.(ex)) return; // again once the country's file is loaded
      input.placeholder = ex.example ? (select.value ? ex.example.national : ex.example.international) : '';
    };
    select.addEventListener('change', () => {
      placeholder();
      input.dispatchEvent(new Event('blur'));
      ctx.onChange();
    });
    ctx.refreshers.push(placeholder);
    placeholder();
    return select;
  }

  // The slot beside `segments` under the first of `names` the layout has.
  const sibling = (segments, names) =>
    names.map((n) => slots.get(pointerOf([...segments.slice(0, -1), n]))).find((s) => s !== undefined);

  // Live hints from the field checkers while typing: nothing here blocks.
  function wireLive(f, input, live, segments) {
    // The value the hint was last computed for: a blur with the same value keeps it (and a
    // suggestion's button being clicked, which is what caused the blur).
    let rendered = null;
    const update = (event) => {
      const v = input.value;
      if (event?.type === 'blur' && v === rendered) return;
      rendered = event?.type === 'input' ? null : v;
      live.textContent = '';
      live.className = 'live';
      // Set below where the line is written in the page's language already (i18n.js SKIP).
      delete live.dataset.said;
      if (v.trim() === '') return;
      if (f.kind === 'phone' || (f.kind === 'contact' && !v.includes('@'))) {
        const region = input.phoneCountry?.value || ctx.phoneRegion(segments);
        // Typed at the end: the number formatted as it grows (formatPhoneAsYouType; the caret
        // stays at the end). Deleting, or editing inside the text, leaves it as it is.
        if (f.kind === 'phone' && event?.inputType?.startsWith('insert') && input.selectionStart === v.length) {
          const shown = formatPhoneAsYouType(v, { region });
          if (!ctx.needData?.(shown) && shown.formatted !== v) input.value = shown.formatted;
        }
        const p = checkPhone(input.value, { region });
        if (ctx.needData?.(p)) {
          live.textContent = `Loading the phone rules of ${missingData(p).join(', ')}…`;
        } else if (p.valid) {
          // The country and the type in the page's language; the number isolated, so a
          // right-to-left line keeps its + in front.
          const type = numberTypeName(p.type);
          live.dataset.said = '';
          live.append(ctx.countryName(p.region) ?? p.region, ' · ', el('bdi', { dir: 'ltr', text: p.e164 }), ...(type ? [' · ', type] : []));
          live.classList.add('ok');
        } else {
          live.textContent = 'Not a complete phone number yet';
        }
      } else if (f.kind === 'email' || f.kind === 'contact') {
        // A domain is suggested once the address is typed (on blur), not at every keystroke.
        if (event?.type === 'input') return;
        const e = checkEmail(v);
        const suspect = e.issues.find((i) => i.code === 'email_domain_suspect');
        if (suspect) {
          const fixed = `${v.trim().slice(0, v.trim().lastIndexOf('@') + 1)}${suspect.params.suggestion}`;
          live.dataset.said = '';
          live.append(
            el('span', { class: 'suggest', text: messageFor(suspect, ctx.countryName) }),
            ' ',
            el('button', {
              type: 'button',
              class: 'small link',
              text: sayText('use_suggestion', { suggestion: suspect.params.suggestion }),
              onclick: () => {
                input.value = fixed;
                update();
                input.focus();
              },
            }),
          );
          live.classList.add('warn');
        }
      } else if (f.kind === 'country') {
        const c = lookupCountry(v);
        if (c.valid) {
          live.dataset.said = '';
          live.textContent = `${ctx.countryName(c.alpha2) ?? c.name} (${c.alpha2})`;
          live.classList.add('ok');
        }
        // The postal code's hint depends on the country.
        if (event) sibling(segments, POSTAL)?.input?.dispatchEvent(new Event('input'));
      } else if (f.kind === 'postal') {
        const country = sibling(segments, ['country'])?.input?.value.trim();
        if (!country) {
          live.textContent = 'Pick the country to check the format';
          return;
        }
        const z = checkPostalCode(country, v);
        if (ctx.needData?.(z)) {
          live.textContent = `Loading the address rules of ${missingData(z).join(', ')}…`;
        } else if (z.valid) {
          live.dataset.said = '';
          live.append(...say('postal_format', { country: ctx.countryName(z.country) ?? z.country, code: el('bdi', { dir: 'ltr', text: z.normalized }) }));
          live.classList.add('ok');
        }
      }
    };
    input.addEventListener('input', update);
    input.addEventListener('blur', update);
    ctx.refreshers.push(() => update());
  }

  // A nested object or Rapyd's address: a fieldset whose members are read into one object.
  function group(f, segments, asList) {
    const inner = asList ? [...segments, 0] : segments;
    const pointer = pointerOf(inner);
    const msg = el('p', { id: uid(`${pointer}-msg`), class: 'msg group-msg' });
    const legend = el('legend', { text: f.label });
    const fs = el('fieldset', { class: `group kind-${f.kind}`, 'data-field': pointer, 'aria-describedby': msg.id }, legend);
    const members = f.fields.map((m) => build(m, [...inner, m.name]));
    fs.append(...members.map((m) => m.box), msg);
    slot(pointer, fs, msg, undefined, f.label);
    // An address (a group with a country and a city, state or postal code) lays itself out
    // for its country.
    const byName = new Map(f.fields.map((m, i) => [m.name, members[i].member]).filter(([, m]) => m));
    const country = f.fields.find((m) => m.kind === 'country');
    if (country && ['city', 'state', 'zip', 'postal_code'].some((n) => byName.has(n))) {
      followCountry({ box: fs, members: byName, country: byName.get(country.name) }, ctx)();
    }
    if (asList) slot(pointerOf(segments), fs, msg, undefined, f.label);
    return {
      box: fs,
      read() {
        const o = {};
        for (const m of members) m.readInto(o);
        return o;
      },
    };
  }

  // Authvia's ordered list: each row a phone or an email, moved up/down, removed, added.
  function contacts(f, segments) {
    const pointer = pointerOf(segments);
    const listMsg = el('p', { id: uid(`${pointer}-msg`), class: 'msg group-msg' });
    const ol = el('ol', { class: 'contacts' });
    const fs = el('fieldset', { class: 'group kind-contacts', 'data-field': pointer, 'aria-describedby': listMsg.id }, el('legend', { text: f.label }));
    if (f.hint) fs.append(el('p', { class: 'hint', text: f.hint }));
    let rows = [];
    const renumber = () => {
      rows.forEach((r, i) => {
        const seg = [...segments, i];
        const p = pointerOf(seg);
        r.input.dataset.pointer = p;
        r.li.dataset.field = p;
        r.input.name = p;
        r.label.textContent = i === 0 ? 'Address 1 (default)' : `Address ${i + 1}`;
        r.up.disabled = i === 0;
        r.down.disabled = i === rows.length - 1;
        r.remove.disabled = rows.length === 1;
        r.up.setAttribute('aria-label', `Move address ${i + 1} up`);
        r.down.setAttribute('aria-label', `Move address ${i + 1} down`);
        r.remove.setAttribute('aria-label', `Remove address ${i + 1}`);
        r.segments.splice(0, r.segments.length, ...seg);
      });
      for (const key of [...slots.keys()]) if (key.startsWith(`${pointer}/`)) slots.delete(key);
      rows.forEach((r, i) => slot(pointerOf([...segments, i]), r.li, r.msg, r.input, `Address ${i + 1}`));
      ol.replaceChildren(...rows.map((r) => r.li));
    };
    const move = (row, by) => {
      const i = rows.indexOf(row);
      const j = i + by;
      if (j < 0 || j >= rows.length) return;
      [rows[i], rows[j]] = [rows[j], rows[i]];
      renumber();
      row.input.focus();
      ctx.onChange();
    };
    const addRow = (value = '') => {
      const segs = [...segments, rows.length];
      const id = uid('contact');
      const live = el('p', { id: `${id}-live`, class: 'live', 'aria-live': 'polite' });
      const msg = el('p', { id: `${id}-msg`, class: 'msg' });
      const input = el('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-live ${id}-msg`, placeholder: '+1 650 253 0000 or ada@example.com' });
      input.value = value;
      const label = el('label', { for: id });
      const row = { input, label, msg, segments: segs };
      row.up = el('button', { type: 'button', class: 'small icon', text: '↑', onclick: () => move(row, -1) });
      row.down = el('button', { type: 'button', class: 'small icon', text: '↓', onclick: () => move(row, 1) });
      row.remove = el('button', {
        type: 'button',
        class: 'small icon',
        text: '✕',
        onclick: () => {
          const i = rows.indexOf(row);
          rows = rows.filter((r) => r !== row);
          renumber();
          (rows[Math.min(i, rows.length - 1)]?.input ?? addButton).focus();
          ctx.onChange();
        },
      });
      row.li = el('li', { class: 'field contact' }, label, el('div', { class: 'row' }, input, row.up, row.down, row.remove), live, msg);
      input.addEventListener('blur', () => ctx.onBlur(input.dataset.pointer));
      wireLive({ kind: 'contact' }, input, live, row.segments);
      rows.push(row);
      renumber();
      return row;
    };
    const addButton = el('button', {
      type: 'button',
      class: 'small',
      text: '+ Add a phone or email',
      onclick: () => {
        addRow().input.focus();
      },
    });
    fs.append(ol, addButton, listMsg);
    slot(pointer, fs, listMsg, undefined, f.label);
    addRow();
    return {
      box: fs,
      addRow,
      read: () => rows.map((r) => r.input.value),
    };
  }

  // One layout entry: its DOM and how it writes itself into the payload object.
  function build(f, segments) {
    if (f.kind === 'group') {
      const g = group(f, segments, false);
      return {
        box: g.box,
        readInto: (o) => {
          const v = g.read();
          // `optional`: left out while empty; `presentWhen`: only once that member is filled.
          if (f.presentWhen !== undefined && v[f.presentWhen] === undefined) return;
          if (f.optional && Object.keys(v).length === 0) return;
          o[f.name] = v;
        },
      };
    }
    if (f.kind === 'address') {
      const g = group(f, segments, true);
      return {
        box: g.box,
        readInto: (o) => {
          const a = g.read();
          if (Object.keys(a).length > 0) o[f.name] = [a];
        },
      };
    }
    if (f.kind === 'contacts') {
      const c = contacts(f, segments);
      readers.push(c);
      return { box: c.box, readInto: (o) => { o[f.name] = c.read(); } };
    }
    const { box, input, member } = control(f, segments);
    return {
      box,
      member,
      readInto: (o) => {
        let v = input.value;
        if (v.trim() === '' || box.hidden) return; // absent, not empty: the package decides if it is required
        // A number typed without + in the country picked beside it: sent in E.164.
        const cc = input.phoneCountry?.value;
        if (cc && !v.trim().startsWith('+')) {
          const p = checkPhone(v, { region: cc });
          if (p.valid) v = p.e164;
        }
        if (f.kind === 'timestamp' && /^\d+$/.test(v.trim())) o[f.name] = Number(v.trim());
        else if (f.kind === 'json') {
          try {
            o[f.name] = JSON.parse(v);
          } catch {
            ctx.localIssues.push({ pointer: pointerOf(segments), path: segments, code: 'json_invalid', severity: 'error', message: 'This is not valid JSON.', params: {} });
          }
        } else o[f.name] = v;
      },
    };
  }

  const entries = layout.map((f) => build(f, [f.name]));
  root.replaceChildren(...entries.map((e) => e.box));

  return {
    slots,
    /** The payload as the form holds it (absent fields left out). */
    read() {
      ctx.localIssues.length = 0;
      const o = {};
      for (const e of entries) e.readInto(o);
      return o;
    },
    /**
     * Shows `issues` (errors) under their fields; only slots whose pointer is in `shown` (all
     * when undefined) are updated. Returns the issues no slot took.
     */
    // Errors mark a field invalid; a field without errors shows its warnings (which never
    // block: e.g. a postal code out of the country's format) without aria-invalid.
    show(issues, shown, warnings = []) {
      const group = (list, orphans) => {
        const by = new Map();
        for (const issue of list) {
          const p = nearest(slots, issue.pointer);
          if (p === undefined) {
            orphans?.push(issue);
            continue;
          }
          if (!by.has(p)) by.set(p, []);
          by.get(p).push(issue);
        }
        return by;
      };
      const orphans = [];
      const by = group(issues, orphans);
      const warned = group(warnings);
      for (const [p, s] of slots) {
        if (shown && !shown.has(p)) continue;
        const mine = by.get(p) ?? [];
        const notes = mine.length ? [] : (warned.get(p) ?? []);
        s.msg.textContent = [...mine, ...notes].map((i) => messageFor(i, ctx.countryName, (q) => slots.get(q)?.label)).join(' ');
        s.box.classList.toggle('invalid', mine.length > 0);
        s.box.classList.toggle('warned', notes.length > 0);
        const target = s.control?.() ?? s.input;
        if (target) {
          if (mine.length) target.setAttribute('aria-invalid', 'true');
          else target.removeAttribute('aria-invalid');
        }
      }
      return orphans;
    },
    contacts: readers,
  };
}
