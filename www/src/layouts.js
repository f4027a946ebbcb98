// What the form shows. A provider operation's fields (labels, control kinds, hints,
// autocomplete tokens, choices) come from the package: `fields(provider, operation)` reads
// them from the provider's own module, beside its rules, so this file retypes none of them.
// Which fields are *required* is also the package's answer (`requiredPointers` in form.js
// validates an empty skeleton and reads the `field_required` issues). What stays here is the
// canonical customer's form of the "all providers" mode, and the operations' names.
//
// Kinds: text, email, phone, digits, select (options), country, date, timestamp, json,
// textarea, postal, group (a nested object: `fields`), address (an address block: one
// object in a list), contacts (an ordered list of phone numbers and email addresses).

import { fields, providers } from '../pkg/index.js';

/** Every provider's label and its operations' fields, from the package (after `init()`). */
export function providerLayouts() {
  return Object.fromEntries(
    providers().map((p) => [
      p.name,
      { label: p.label, operations: Object.fromEntries(p.operations.map((op) => [op, forForm(fields(p.name, op))])) },
    ]),
  );
}

// A group the rules do not require (Stripe's `shipping`, an address object) is left out of
// the payload while its inputs are empty (form.js `optional`), so an untouched group is not
// sent as `{}` and refused for its own required members; so is a group inside one (the
// shipping address), which the rules require only once its parent is sent.
function forForm(list, insideOptional = false) {
  return list.map((f) => {
    const optional = f.kind === 'group' && (!f.required || insideOptional);
    return { ...f, optional, fields: forForm(f.fields, optional || insideOptional) };
  });
}

const email = { name: 'email', label: 'Email', kind: 'email', autocomplete: 'email' };
const phone = { name: 'phone_number', label: 'Phone number', kind: 'phone', autocomplete: 'tel' };

// The members of the canonical postal address.
const addressMembers = (postal) => [
  { name: 'line_1', label: 'Address line 1', kind: 'text', autocomplete: 'address-line1' },
  { name: 'line_2', label: 'Address line 2', kind: 'text', autocomplete: 'address-line2' },
  { name: 'city', label: 'City', kind: 'text', autocomplete: 'address-level2' },
  { name: 'state', label: 'State / region', kind: 'text', autocomplete: 'address-level1' },
  { name: postal, label: 'Postal code', kind: 'postal', autocomplete: 'postal-code' },
  { name: 'country', label: 'Country', kind: 'country', autocomplete: 'country-name' },
];

export const OPERATION_LABELS = {
  create: 'Create customer',
  update: 'Update customer',
  block: 'Block',
  unblock: 'Unblock',
  archive: 'Archive',
  unarchive: 'Unarchive',
  bulk_row: 'Bulk CSV row',
};

// The canonical customer of the "all providers" mode (the package's `Customer`): one form,
// converted to every provider's payload by `toPayload`. Groups marked `optional` are left
// out while empty; `national_id` is read only once its value is typed (a scheme alone is not
// an identifier).
export const CUSTOMER = [
  { name: 'given_name', label: 'Given name', kind: 'text', autocomplete: 'given-name' },
  { name: 'family_name', label: 'Family name', kind: 'text', autocomplete: 'family-name' },
  { name: 'full_name', label: 'Full or business name', kind: 'text', autocomplete: 'name', hint: 'Only when it is not given + family name.' },
  email,
  { ...phone, name: 'phone' },
  {
    name: 'address',
    label: 'Address',
    kind: 'group',
    optional: true,
    fields: addressMembers('postal_code'),
  },
  { name: 'external_ref', label: 'Your customer reference', kind: 'text' },
  {
    name: 'national_id',
    label: 'National ID',
    kind: 'group',
    presentWhen: 'value',
    fields: [
      { name: 'scheme', label: 'Scheme', kind: 'select', options: ['bvn', 'nin', 'vat'], labels: { bvn: 'BVN (Nigeria)', nin: 'NIN (Nigeria)', vat: 'VAT id' } },
      { name: 'value', label: 'Number', kind: 'text', hint: 'BVN and NIN: 11 digits.' },
    ],
  },
  { name: 'kind', label: 'Customer kind', kind: 'select', options: ['personal', 'business'], labels: { personal: 'Personal', business: 'Business' } },
  { name: 'date_of_birth', label: 'Date of birth', kind: 'text', hint: 'YYYY-MM-DD or DD/MM/YYYY.', autocomplete: 'bday' },
  { name: 'nationality', label: 'Nationality', kind: 'country' },
  { name: 'notes', label: 'Private notes', kind: 'textarea', hint: 'Never shown to the customer.' },
];
