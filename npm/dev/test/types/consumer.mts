// Type-checked by types.test.mjs (tsc, strict): the package's types as an ESM consumer sees
// them, against the Standard Schema spec's own types. `@ts-expect-error` lines must fail.
import type { StandardSchemaV1 } from '@standard-schema/spec';
import {
  checkAddress,
  checkEmail,
  checkPhone,
  checkPostalCode,
  checklist,
  countries,
  fromPayload,
  init,
  initSync,
  lookupCountry,
  exampleNumber,
  addressFormat,
  requirements,
  schema,
  toPayload,
  validate,
  type Address,
  type Checklist,
  type Customer,
  type CustomerField,
  type Code,
  type Country,
  type CustomerSchema,
  type Issue,
  type JsonObject,
  type Operation,
  type Options,
  type Provider,
  type ValidateResult,
} from 'customer-validate';

await init();
await init({ warmUp: false, module: new URL('https://example.com/x.wasm') });
initSync({ module: new Uint8Array(8) });

// schema() is a Standard Schema v1 whose output is the normalized JSON object.
const s = schema('rapyd', 'create', { rapyd: { max_addresses_on_create: 2 } });
const standard: StandardSchemaV1 = s;
const loose: StandardSchemaV1<{ [key: string]: unknown }, JsonObject> = s;
// Output: the normalized payload of that operation, from the Rust rule tables.
type Out = StandardSchemaV1.InferOutput<typeof s>;
const out: Out = { name: 'Ada', addresses: [{ name: 'Ada', line_1: '1 Main St', country: 'GB' }] };
// @ts-expect-error `name` is required in a Rapyd create
const noName: Out = { email: 'a@example.com' };
// Input: what a form holds, every member optional.
type In = StandardSchemaV1.InferInput<typeof s>;
const input: In = { email: 'a@example.com', addresses: [{ zip: 'SW1A 2AA' }], anything: 1 };
const custom: CustomerSchema = schema('authvia', 'bulk_row');
void [standard, loose, out, noName, input, custom];

const result = await s['~standard'].validate({});
if (result.issues) {
  const first: StandardSchemaV1.Issue = result.issues[0]!;
  void first;
} else {
  const value: JsonObject = result.value;
  void value;
}

// validate(): the operation must be one the provider has.
const r = validate('bloc', 'create', { email: 'a@example.com' }, { bloc: { phone_output: 'e164' } });
if (r.ok) {
  const warnings: Issue[] = r.warnings;
  const phone: string = r.value.phone_number;
  const kind: 'Personal' | 'Business' | string = r.value.customer_type;
  // @ts-expect-error no such field in a Bloc create
  void r.value.bvn_number;
  void [warnings, phone, kind];
} else {
  const code: Code = r.issues[0]!.code;
  const path: (string | number)[] = r.issues[0]!.path;
  const truncated: boolean = r.truncated;
  void [code, path, truncated];
}
// @ts-expect-error Rapyd has no block operation
validate('rapyd', 'block', {});
// @ts-expect-error not a provider
validate('paypal', 'create', {});
// @ts-expect-error misspelled option
validate('rapyd', 'create', {}, { max_isues: 1 });
// @ts-expect-error an option of the wrong type
validate('rapyd', 'create', {}, { unknown_fields: 'drop' });
const dynamic = (p: Provider, o: Operation): ValidateResult<unknown> => validate(p, o as never, {});
void dynamic;

// @ts-expect-error not a code
const notACode: Code = 'phone_bad';
const aCode: Code = 'phone_region_required';
void [notACode, aCode];

const options: Options = { email: { allow_quoted_local: true, domain_form: 'unicode' }, default_region: null, now_ms: Date.now() };
void options;
// @ts-expect-error not a domain form
const badForm: Options = { email: { domain_form: 'punycode' } };
void badForm;

// Field checks: the checker's outputs exist only on a valid answer.
const p = checkPhone('0803 123 4567', { region: 'NG' });
if (p.valid) {
  const e164: string = p.e164;
  const kind: 'mobile' | 'fixed_line' | string = p.type;
  void [e164, kind];
} else {
  const nothing: null = p.normalized;
  // @ts-expect-error no e164 on an invalid answer
  void p.e164;
  void nothing;
}
const e = checkEmail('a@example.com', { email: { allow_ip_literal: true } });
if (e.valid) {
  const ascii: string = e.ascii_domain;
  // @ts-expect-error warnings are in issues
  void e.warnings;
  void ascii;
}
const c = lookupCountry('DE');
if (c.valid) {
  const alpha3: string = c.alpha3;
  const common: string | null = c.common_name;
  const callingCode: string | null = c.calling_code;
  void [alpha3, common, callingCode];
}
const ex = exampleNumber('GB', 'fixed_line');
if (ex.example !== null) {
  const national: string = ex.example.national;
  void national;
}
const layout = addressFormat('US', { latin: true });
if (layout.format !== null) {
  const first: 'name' | 'organization' | 'street' | 'district' | 'city' | 'state' | 'postal_code' | 'sorting_code' = layout.format.lines[0][0];
  const zipLabel: 'eircode' | 'pin' | 'postal' | 'zip' = layout.format.labels.postal_code;
  const latin: string | null = layout.format.subdivisions[0].latin_name;
  void [first, zipLabel, latin];
}
// @ts-expect-error only mobile and fixed_line examples
exampleNumber('GB', 'pager');
const z = checkPostalCode('CA', 'k1a0b1');
if (z.valid) {
  const code: string = z.normalized;
  const country: string = z.country;
  void [code, country];
}
// @ts-expect-error the code is a string
checkPostalCode('US', 10118);
const a = checkAddress({ line_1: '1 Main St', zip: 'K1A 0B1', country: 'CA', extra: 1 });
if (a.valid) {
  const address: Address = a.normalized;
  const zip: string | undefined = a.normalized.zip;
  // @ts-expect-error not a member of an address
  void a.normalized.postcode;
  void [address, zip];
} else {
  const nothing: null = a.normalized;
  const where: (string | number)[] = a.issues[0]!.path;
  void [nothing, where];
}
const list: Country[] = countries();
void list;

// The canonical customer: typed in, each provider's typed payload out.
const customer: Customer = { given_name: 'Ada', email: 'a@example.com', national_id: { scheme: 'bvn', value: '01234567890' } };
// @ts-expect-error not a canonical field
const typo: Customer = { first_name: 'Ada' };
// @ts-expect-error not an id scheme
const badId: Customer = { national_id: { scheme: 'ssn', value: '1' } };
void [typo, badId];
const bloc = toPayload('bloc', 'create', customer);
if (bloc.ok) {
  const bvn: string | undefined = bloc.value.bvn;
  void bvn;
}
const calypso = toPayload('calypso', 'create', customer, { account: '0x00', timestamp_ms: 1 }, { max_issues: 5 });
void calypso;
// @ts-expect-error misspelled context member
toPayload('calypso', 'create', customer, { acount: '0x00' });
// @ts-expect-error Rapyd has no archive operation
toPayload('rapyd', 'archive', customer);
const back = fromPayload('rapyd', { name: 'Ada' });
if (back.ok) {
  const name: string | undefined = back.value.full_name;
  void name;
}
const needs = requirements('authvia', 'create');
const first: CustomerField[] = needs.required[0]!.any_of;
const ctx: Array<'account' | 'timestamp_ms' | 'customer_id'> = needs.context;
void [first, ctx];
const todo = checklist(customer);
if (todo.ok) {
  const lists: Checklist[] = todo.value;
  const ready: boolean = lists[0]!.ready;
  void ready;
}
void checklist(customer, 'update', { default_region: 'NG' });

// Messages in the customer's language: the renderer and one locale module.
import { LOCALES, format, localize, negotiate, template, type Catalog } from 'customer-validate/locales';
import fr from 'customer-validate/locales/fr';
const frCatalog: Catalog = fr;
const localized = localize(validate('bloc', 'create', {}), frCatalog);
const localizedIssues = localize(localized.ok ? [] : localized.issues, navigator.languages, [fr]);
const firstMessage: string | undefined = localizedIssues[0]?.message;
const tag: string = negotiate('pt') + LOCALES.join(',');
const text: string | undefined = format(fr, 'too_long', { max: 3 }) ?? template(fr, 'too_long');
// @ts-expect-error a locale is a catalog or a tag, not a number
localize([], 42);
void [firstMessage, tag, text];
