// Issue messages in the customer's language: `localize` renders the catalogs of the locale
// modules (`customer-validate/locales/fr`…, generated from locales/*.ftl) in JavaScript, so
// the WebAssembly module carries no catalog and an app pays only for the locales it imports.
// The same rules as the Rust renderer (src/locale/), checked on the same vectors
// (tests/vectors/locales.jsonl). Nothing here throws on odd input.

import { TAGS } from './tags.js';

/** Every locale with a catalog, English first. */
export const LOCALES = TAGS;

const plurals = new Map();

/** CLDR plural category of `n` in `tag` (Intl.PluralRules, the same CLDR rules as Rust). */
function category(tag, n) {
  let rules = plurals.get(tag);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(tag);
    } catch {
      rules = null;
    }
    plurals.set(tag, rules);
  }
  return rules ? rules.select(Math.abs(n)) : 'other';
}

/** The catalog locale of one well-formed tag, or undefined. */
function matching(tag) {
  tag = tag.trim();
  if (tag === '' || tag.length > 64) return undefined;
  const subtags = tag.split(/[-_]/).map((s) => s.toLowerCase());
  if (subtags.some((s) => !/^[a-z0-9]{1,8}$/.test(s))) return undefined;
  const [language, ...rest] = subtags;
  if (!/^[a-z]{2,3}$/.test(language)) return undefined;
  const has = (s) => rest.includes(s);
  if (language === 'pt') return 'pt-BR';
  if (language === 'zh') {
    if (has('hant') || (!has('hans') && (has('tw') || has('hk') || has('mo')))) return undefined;
    return 'zh-CN';
  }
  return TAGS.includes(language) ? language : undefined;
}

/**
 * The catalog locale for a BCP 47 tag, an `Accept-Language` style list
 * (`"fr-CA,fr;q=0.9"`) or an array of tags (`navigator.languages`): the first entry with a
 * catalog, by language (`fr-CA` → `fr`, `pt` → `pt-BR`, `zh-Hans-CN` → `zh-CN`); `'en'` for
 * anything else.
 */
export function negotiate(tags) {
  const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [];
  for (const entry of list.slice(0, 32)) {
    if (typeof entry !== 'string') continue;
    const found = matching(entry.split(';')[0]);
    if (found !== undefined) return found;
  }
  return 'en';
}

const MISSING = Symbol('missing');

function show(value, separator) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => show(v, separator));
    return parts.includes(MISSING) ? MISSING : parts.join(separator);
  }
  return MISSING;
}

function choose(select, value, tag) {
  const keys = select.k;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const exact = String(value);
    if (Object.hasOwn(keys, exact)) return keys[exact];
    const cat = category(tag, value);
    if (Object.hasOwn(keys, cat)) return keys[cat];
  } else if (typeof value === 'string' && Object.hasOwn(keys, value)) {
    return keys[value];
  } else if (typeof value === 'boolean' && Object.hasOwn(keys, String(value))) {
    return keys[String(value)];
  }
  return keys[select.d];
}

function render(pattern, params, catalog) {
  if (typeof pattern === 'string') return pattern;
  let out = '';
  for (const part of pattern) {
    if (typeof part === 'string') {
      out += part;
    } else if (part.v !== undefined) {
      const text = Object.hasOwn(params, part.v) ? show(params[part.v], catalog.separator) : MISSING;
      if (text === MISSING) return MISSING;
      out += text;
    } else {
      const value = Object.hasOwn(params, part.s) ? params[part.s] : undefined;
      const text = render(choose(part, value, catalog.tag), params, catalog);
      if (text === MISSING) return MISSING;
      out += text;
    }
  }
  return out;
}

function isCatalog(c) {
  return c !== null && typeof c === 'object' && typeof c.tag === 'string' && c.messages !== null && typeof c.messages === 'object';
}

/**
 * The message for `code` with `params` in `catalog` (a locale module's default export), or
 * undefined when the catalog has no message for the code or a param it needs is missing.
 */
export function format(catalog, code, params = {}) {
  if (!isCatalog(catalog) || typeof code !== 'string' || !Object.hasOwn(catalog.messages, code)) return undefined;
  const p = params !== null && typeof params === 'object' ? params : {};
  const text = render(catalog.messages[code], p, catalog);
  return text === MISSING ? undefined : text;
}

/** The template users see for `code` in `catalog`, `{param}` for each placeholder. */
export function template(catalog, code) {
  if (!isCatalog(catalog) || !Object.hasOwn(catalog.messages, code)) return undefined;
  const walk = (pattern) =>
    typeof pattern === 'string'
      ? pattern
      : pattern.map((p) => (typeof p === 'string' ? p : p.v !== undefined ? `{${p.v}}` : walk(p.k[p.d]))).join('');
  return walk(catalog.messages[code]);
}

/** The catalog `locale` (a catalog, or a tag negotiated among `catalogs`) designates. */
function pick(locale, catalogs) {
  if (isCatalog(locale)) return locale;
  const list = (Array.isArray(catalogs) ? catalogs : [catalogs]).filter(isCatalog);
  const tag = negotiate(locale);
  return list.find((c) => c.tag === tag);
}

function localizeList(issues, catalog) {
  if (!Array.isArray(issues)) return issues;
  return issues.map((issue) => {
    if (issue === null || typeof issue !== 'object') return issue;
    const text = format(catalog, issue.code, issue.params);
    return text === undefined ? issue : { ...issue, message: text };
  });
}

/**
 * `issues` (an array of issues, or a result with `issues` and `warnings`) with each message
 * in `locale`: a locale module's catalog, or a tag negotiated among the `catalogs` given
 * (`localize(result, navigator.languages, [fr, de])`). Issues whose code the catalog lacks,
 * or when no given catalog matches, keep their own (English) message. Returns copies.
 */
export function localize(issues, locale, catalogs = []) {
  const catalog = pick(locale, catalogs);
  if (catalog === undefined) return issues;
  if (Array.isArray(issues)) return localizeList(issues, catalog);
  if (issues !== null && typeof issues === 'object') {
    const out = { ...issues };
    if (Array.isArray(out.issues)) out.issues = localizeList(out.issues, catalog);
    if (Array.isArray(out.warnings)) out.warnings = localizeList(out.warnings, catalog);
    return out;
  }
  return issues;
}
