// What the form shows for each provider operation: the fields, in order, with a label and
// the kind of control. Only the layout lives here: which fields are *required* is asked from
// the package at run time (`requiredPointers` in form.js validates an empty skeleton and
// reads the `field_required` issues), and every rule is the package's. The package's
// `requirements()` export does not replace these lists: it answers in canonical customer
// fields (main.js shows it on the all-providers cards), not in a provider's member names,
// and carries no labels or control kinds.
//
// Kinds: text, email, phone, digits, select (options), country, postal, timestamp, json,
// textarea, group (a nested object: `fields`), address (Rapyd's address block: one object in
// a list), contacts (Authvia's ordered list of phone numbers and email addresses).

const email = { name: 'email', label: 'Email', kind: 'email', autocomplete: 'email' };
const phone = { name: 'phone_number', label: 'Phone number', kind: 'phone', autocomplete: 'tel' };

const calypsoEnvelope = (payload) => [
  { name: 'account', label: 'Merchant account (0x…)', kind: 'text', hint: '0x followed by 40 hex digits.' },
  { name: 'timestamp', label: 'Timestamp (Unix ms)', kind: 'timestamp' },
  { name: 'payload', label: 'Customer', kind: 'group', fields: payload },
];

const blocPerson = [
  email,
  { ...phone, hint: 'A Nigerian number; sent as 0XXXXXXXXXX.' },
  { name: 'first_name', label: 'First name', kind: 'text', autocomplete: 'given-name' },
  { name: 'last_name', label: 'Last name', kind: 'text', autocomplete: 'family-name' },
  { name: 'customer_type', label: 'Customer type', kind: 'select', options: ['Personal', 'Business'] },
];

// The members of a postal address; `postal` is the postal code's member name (Rapyd `zip`,
// the canonical `postal_code`).
const addressMembers = (postal) => [
  { name: 'line_1', label: 'Address line 1', kind: 'text', autocomplete: 'address-line1' },
  { name: 'line_2', label: 'Address line 2', kind: 'text', autocomplete: 'address-line2' },
  { name: 'city', label: 'City', kind: 'text', autocomplete: 'address-level2' },
  { name: 'state', label: 'State / region', kind: 'text', autocomplete: 'address-level1' },
  { name: postal, label: 'Postal code', kind: 'postal', autocomplete: 'postal-code' },
  { name: 'country', label: 'Country', kind: 'country', autocomplete: 'country-name' },
];

const rapydCustomer = [
  { name: 'name', label: 'Full name', kind: 'text', autocomplete: 'name' },
  email,
  phone,
  {
    name: 'addresses',
    label: 'Address',
    kind: 'address',
    fields: [
      { name: 'name', label: 'Name on the address', kind: 'text', autocomplete: 'name' },
      ...addressMembers('zip'),
    ],
  },
  { name: 'description', label: 'Description', kind: 'textarea' },
];

export const PROVIDERS = {
  calypso: {
    label: 'Calypso',
    operations: {
      create: calypsoEnvelope([
        email,
        { name: 'externalId', label: 'Your customer reference (externalId)', kind: 'text' },
        { name: 'description', label: 'Description', kind: 'textarea' },
      ]),
      update: calypsoEnvelope([
        { name: 'id', label: 'Customer id (UUID)', kind: 'text' },
        email,
        { name: 'description', label: 'Description', kind: 'textarea' },
      ]),
      block: calypsoEnvelope([{ name: 'customerId', label: 'Customer id (UUID)', kind: 'text' }]),
      unblock: calypsoEnvelope([{ name: 'customerId', label: 'Customer id (UUID)', kind: 'text' }]),
    },
  },
  bloc: {
    label: 'Bloc',
    operations: {
      create: [
        ...blocPerson.slice(0, 2),
        { name: 'bvn', label: 'BVN', kind: 'digits', hint: 'Bank Verification Number: 11 digits.' },
        ...blocPerson.slice(2),
      ],
      update: blocPerson,
      archive: [{ name: 'id', label: 'Customer id', kind: 'text' }],
      unarchive: [{ name: 'id', label: 'Customer id', kind: 'text' }],
    },
  },
  rapyd: {
    label: 'Rapyd',
    operations: { create: rapydCustomer, update: rapydCustomer },
  },
  authvia: {
    label: 'Authvia',
    operations: {
      create: [
        { name: 'ref', label: 'Customer reference', kind: 'text' },
        { name: 'addresses', label: 'Contact addresses', kind: 'contacts', hint: 'Phone numbers and email addresses; the first is the default.' },
      ],
      update: [
        { name: 'metadata', label: 'Metadata (JSON, shown to the customer)', kind: 'json' },
        { name: 'appdata', label: 'App data (JSON, merchant only)', kind: 'json' },
      ],
      bulk_row: [
        { name: 'ref', label: 'Customer reference', kind: 'text' },
        { name: 'addresses', label: 'Contact addresses', kind: 'contacts' },
      ],
    },
  },
};

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
