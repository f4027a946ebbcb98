// Lays an address block out for its country, from the package's `addressFormat` (Google's
// address data): the fields in the country's order and lines, its names for them ("ZIP
// code", "Eircode", "Prefecture"), required marks, a dropdown of its subdivisions (local and
// Latin names), the postal code's example as placeholder, and no postal field where the
// country has none. Knows no country itself: every fact comes from the package.
import { addressFormat, lookupCountry } from '../pkg/index.js';

// What each label kind is called on the form (the kinds are the package's `Labels`).
export const LABELS = {
  state: {
    area: 'Area',
    county: 'County',
    department: 'Department',
    district: 'District',
    do_si: 'Province',
    emirate: 'Emirate',
    island: 'Island',
    oblast: 'Oblast',
    parish: 'Parish',
    prefecture: 'Prefecture',
    province: 'Province',
    state: 'State',
  },
  postal_code: { eircode: 'Eircode', pin: 'PIN code', postal: 'Postal code', zip: 'ZIP code' },
  city: { city: 'City', district: 'District', post_town: 'Post town', suburb: 'Suburb' },
  district: { district: 'District', neighborhood: 'Neighborhood', suburb: 'Suburb', townland: 'Townland', village_township: 'Village / township' },
};

// The members of each provider's address shape that a layout field stands for.
const MEMBERS = {
  name: ['name'],
  street: ['line_1', 'line_2', 'line_3', 'line1', 'line2', 'street'],
  district: ['district'],
  city: ['city'],
  state: ['state'],
  postal_code: ['zip', 'postal_code'],
  sorting_code: ['sorting_code'],
};

const norm = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The subdivision a typed state names (key, name or Latin name), or undefined. */
function subdivisionOf(format, text) {
  const want = norm(text);
  if (!want) return undefined;
  return format.subdivisions.find((s) => [s.key, s.name, s.latin_name].some((n) => n && norm(n) === want));
}

/**
 * Makes `block` ({ box, members: Map(name -> member), country: member }) follow its country.
 * A member is form.js's { box, input, labelText, required, setRequired, value, useSelect };
 * `ctx.needData(result)` loads missing country
 * files (and re-runs the refreshers once loaded), `ctx.refreshers` re-lays the block then.
 * Returns `apply()`, which lays the block out for the country typed now.
 */
export function followCountry(block, ctx) {
  const { box, members } = block;
  const lines = document.createElement('div');
  lines.className = 'address-lines';
  box.insertBefore(lines, block.country.box.nextSibling);
  box.insertBefore(block.country.box, lines);
  const defaults = new Map([...members].map(([name, m]) => [name, { label: m.labelText.textContent, required: m.required }]));
  let laidOut = null;

  const mark = (m, required) => m.setRequired(required);

  // The state as a dropdown of the country's subdivisions, or as text when it has none (or
  // the text typed names none of them: nothing typed is thrown away).
  function stateControl(m, format) {
    const subs = format?.subdivisions ?? [];
    const current = m.value();
    const found = subs.length ? (current ? subdivisionOf(format, current) : null) : undefined;
    if (found === undefined) {
      m.useSelect(null);
      return;
    }
    const options = [new Option('Choose…', '')];
    for (const s of subs) {
      const text = s.latin_name && s.latin_name !== s.name ? `${s.name} (${s.latin_name})` : s.name;
      options.push(new Option(text, s.key));
    }
    m.useSelect(options, found ? found.key : '');
  }

  function reset() {
    lines.replaceChildren(...[...members.values()].filter((m) => m !== block.country).map((m) => m.box));
    for (const [name, m] of members) {
      m.labelText.textContent = defaults.get(name).label;
      mark(m, defaults.get(name).required);
      m.box.hidden = false;
      m.input.placeholder = '';
      if (name === 'state') stateControl(m, null);
    }
    box.dataset.country = '';
  }

  function apply() {
    const typed = block.country.input.value.trim();
    const c = typed ? lookupCountry(typed) : null;
    if (!c?.valid) {
      if (laidOut !== null) reset();
      laidOut = null;
      return;
    }
    const r = addressFormat(c.alpha2);
    if (ctx.needData(r) || !r.format) return; // laid out again once its file is loaded
    if (laidOut === c.alpha2) return;
    laidOut = c.alpha2;
    const f = r.format;
    box.dataset.country = f.country;
    const placed = new Set([block.country]);
    const rows = [];
    const newRow = () => Object.assign(document.createElement('div'), { className: 'address-line' });
    for (const line of f.lines) {
      let row = newRow();
      for (const field of line) {
        for (const name of MEMBERS[field] ?? []) {
          const m = members.get(name);
          if (!m || placed.has(m)) continue;
          placed.add(m);
          m.box.hidden = false;
          if (field === 'street') {
            // Each street line on a line of its own.
            if (row.childElementCount) rows.push(row);
            row = newRow();
            const own = newRow();
            own.append(m.box);
            rows.push(own);
          } else row.append(m.box);
        }
      }
      if (row.childElementCount) rows.push(row);
    }
    // Members the country's format does not use: hidden while empty (never sent), shown
    // where they hold text, so nothing typed disappears; others (Rapyd's `canton`, a
    // phone) after the layout.
    const rest = newRow();
    for (const [name, m] of members) {
      if (placed.has(m)) continue;
      const isLayoutField = Object.values(MEMBERS).some((names) => names.includes(name));
      m.box.hidden = isLayoutField && m.value().trim() === '';
      rest.append(m.box);
    }
    lines.replaceChildren(...rows, rest);
    for (const [name, m] of members) {
      const field = Object.keys(MEMBERS).find((k) => MEMBERS[k].includes(name));
      const kind = field && f.labels[field];
      m.labelText.textContent = kind ? LABELS[field][kind] : defaults.get(name).label;
      const required = defaults.get(name).required || (field !== undefined && f.required.includes(field) && (name !== 'line_2' && name !== 'line2' && name !== 'line_3'));
      mark(m, required);
      m.input.placeholder = field === 'postal_code' && f.postal_code_examples.length ? `e.g. ${f.postal_code_examples[0]}` : '';
      if (name === 'state') stateControl(m, f);
    }
  }

  block.country.input.addEventListener('input', apply);
  block.country.input.addEventListener('change', apply);
  ctx.refreshers.push(apply);
  return apply;
}
