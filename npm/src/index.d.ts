// The JavaScript API (npm/src/index.js). scripts/build-pkg appends this file to the types
// generated from the Rust types (npm/types.d.ts) to make the package's index.d.ts.

/** What `init` can load the WebAssembly module from. */
export type InitInput = string | URL | Request | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/** Options of `init`. */
export interface InitOptions {
  /** Where the `.wasm` file is; default: `customer_validate_bg.wasm` beside this module. */
  module?: InitInput | Promise<InitInput>;
  /** Run the phone engine once now, so the first validation does not pay its start-up cost. Default true. */
  warmUp?: boolean;
  /**
   * Countries (ISO codes or names) whose data files to fetch now: their phone metadata (and
   * that of every region sharing their calling code) and address rules. Nothing is fetched
   * in Node, which embeds every country; a name no country has is a `TypeError` everywhere.
   */
  countries?: ReadonlyArray<string>;
  /** Where the data files are served from, when not beside this module (a CDN): `${dataUrl}/US.bin`. */
  dataUrl?: string | URL;
  /**
   * Load the module with the form kit (`addressFormat`, `formatPhoneAsYouType`,
   * `exampleNumber`, `countries`, `providers`, `fields`): instead of the smaller first module when it is
   * the first `init()`, or after it (the loaded countries carry over). `module` then names
   * that module's `.wasm` (`kit/customer_validate_bg.wasm`). Node has one module with
   * everything.
   */
  formKit?: boolean;
  /**
   * Load the module with the form kit and the customer conversions (`toPayload`,
   * `fromPayload`, `requirements`, `checklist`), as `formKit` does. `module` then names
   * `full/customer_validate_bg.wasm`.
   */
  customer?: boolean;
}

/**
 * Loads the WebAssembly module, once (later calls share the first), fetches the data files
 * of `countries` not loaded yet, and warms up the phone engine. Await it before the first
 * call in browsers; call it again to load more countries. In Node the module and every
 * country load at import.
 *
 * A browser check that needs a country not loaded yet answers the issue `data_not_loaded`
 * (never a verdict on the input), with `params.file` naming the file; `validateAsync` and
 * the Standard Schema load such files by themselves. A failed fetch rejects naming the file,
 * and the next call tries again.
 *
 * @example
 * import { init, validate } from 'customer-validate';
 * await init({ countries: ['US', 'DE'] });
 * validate('rapyd', 'create', { name: 'Ada Lovelace', phone_number: '+1 201 555 0123' });
 */
export function init(options?: InitOptions): Promise<void>;

/** What `formatPhoneAsYouType` answers. */
export interface PhoneAsYouType {
  /** The text to show: the number formatted so far, or the text as typed where formatting stops. */
  readonly formatted: string;
  /** The number's region, once the digits typed are a valid number. */
  readonly region?: string;
  /** The number in E.164, once the digits typed are a valid number. */
  readonly e164?: string;
  /** `region_unknown`, or `data_not_loaded` in browsers (then `formatted` is the text as typed). */
  readonly issues: ReadonlyArray<Issue>;
}

/**
 * What a phone field shows after a keystroke: the whole typed text formatted as
 * libphonenumber's `AsYouTypeFormatter` would (national and international prefixes, the
 * format the leading digits select, the raw digits where it stops), with `region` and `e164`
 * once the number is valid. Stateless: call it with the field's text after each keystroke.
 *
 * In browsers it needs `await init({ formKit: true })` (or `{ customer: true }`) first; before
 * that it throws an `Error` saying so.
 *
 * @example
 * formatPhoneAsYouType('202456', { region: 'US' }).formatted; // '202-456'
 * formatPhoneAsYouType('+4930123').formatted;                 // '+49 30 123'
 */
export function formatPhoneAsYouType(text: string, options?: { region?: string }): PhoneAsYouType;

/** The kinds of example number `exampleNumber` gives. */
export type ExampleNumberType = 'mobile' | 'fixed_line';

/** What `exampleNumber` answers. */
export interface ExampleNumber {
  /**
   * The example number with its renderings (as `checkPhone` reads it: `type` is the region's
   * classification, `fixed_line_or_mobile` where the plan does not tell them apart); `null`
   * where the region has no number of that type, or on an issue.
   */
  readonly example: PhoneNumber | null;
  /** `region_unknown`, or `data_not_loaded` in browsers before the region's file is loaded. */
  readonly issues: ReadonlyArray<Issue>;
}

/**
 * libphonenumber's example number of `type` (`'mobile'` by default) for `region`, with its
 * E.164, national and international forms, for a phone field's placeholder. Another `type`
 * is a `TypeError`.
 *
 * In browsers it needs `await init({ formKit: true })` (or `{ customer: true }`) first; before
 * that it throws an `Error` saying so.
 *
 * @example
 * exampleNumber('GB').example?.national;               // '07400 123456'
 * exampleNumber('US', 'fixed_line').example?.e164;     // '+12015550123'
 */
export function exampleNumber(region: string, type?: ExampleNumberType): ExampleNumber;

/** What `addressFormat` answers. */
export interface AddressFormatResult {
  /** The country's layout; `null` on an issue. */
  readonly format: AddressFormat | null;
  /** `country_unknown`, or `data_not_loaded` in browsers before the country's file is loaded. */
  readonly issues: ReadonlyArray<Issue>;
}

/**
 * How `country`'s address form is laid out, from Google's address data: the fields line by
 * line (`street` stands for `line_1` and `line_2`), which are required and upper-case, what
 * the country calls its state, postal code, city and district, its postal examples and
 * prefix, and its subdivisions for a dropdown (`key` is the value to send). With
 * `{ latin: true }`, `lines` are the Latin-script order where the country has one (JP, CN, KR…).
 *
 * In browsers it needs `await init({ formKit: true })` (or `{ customer: true }`) first; before
 * that it throws an `Error` saying so.
 *
 * @example
 * addressFormat('US').format?.lines;            // [['name'], ['organization'], ['street'], ['city', 'state', 'postal_code']]
 * addressFormat('IE').format?.labels.postal_code; // 'eircode'
 */
export function addressFormat(country: string, options?: { latin?: boolean }): AddressFormatResult;

/**
 * The data files the `data_not_loaded` issues of a result name (empty once everything a
 * value needs is loaded).
 *
 * @example
 * const r = validate('rapyd', 'create', form);
 * if (missingData(r).length) await init({ countries: missingData(r) });
 */
export function missingData(result: { issues?: ReadonlyArray<Issue>; warnings?: ReadonlyArray<Issue> }): string[];

/**
 * `validate`, after fetching the data files the payload's countries and phone numbers need.
 *
 * @example
 * const r = await validateAsync('rapyd', 'create', { phone_number: '+49 151 23456789' });
 */
export function validateAsync<P extends Provider, O extends OperationOf<P>>(
  provider: P,
  operation: O,
  payload: unknown,
  options?: Options,
): Promise<ValidateResult<PayloadOf<P, O>>>;

/**
 * Loads the module synchronously from its bytes or a compiled module (workers, Node).
 *
 * @example
 * initSync({ module: await (await fetch('/customer_validate_bg.wasm')).arrayBuffer() });
 */
export function initSync(options: { module: ArrayBuffer | ArrayBufferView | WebAssembly.Module; warmUp?: boolean }): void;

/**
 * Validates and normalizes `payload` for `provider`'s `operation`: the exact JSON the provider
 * should receive, or every issue at once. The payload is read as `JSON.stringify` writes it
 * (`undefined` members absent), except that a BigInt, a Symbol, a function or a cycle is an
 * `invalid_type` issue on its own path (`params.received`) rather than dropped or a root issue.
 * Throws a `TypeError` only for a caller's mistake (an unknown provider or operation name,
 * options that do not parse).
 *
 * @example
 * const r = validate('bloc', 'create', { email: 'ada@example.com', phone_number: '0803 123 4567' });
 * if (!r.ok) for (const i of r.issues) console.log(i.pointer, i.code, i.message);
 */
export function validate<P extends Provider, O extends OperationOf<P>>(
  provider: P,
  operation: O,
  payload: unknown,
  options?: Options,
): ValidateResult<PayloadOf<P, O>>;

/**
 * `validate` of a payload given as JSON text (a request body, a JSON Lines record), read as
 * written: the same answer as `validate(provider, operation, JSON.parse(text))` without the
 * `JSON.parse` and `JSON.stringify` round trip, and numbers beyond 2^53 reach the rules
 * unrounded. Text that is not JSON is a `json_invalid` issue; a non-string `text` is a
 * `TypeError`.
 *
 * @example
 * const r = validateJson('rapyd', 'create', line);
 * if (!r.ok) for (const i of r.issues) console.log(i.pointer, i.code);
 */
export function validateJson<P extends Provider, O extends OperationOf<P>>(
  provider: P,
  operation: O,
  text: string,
  options?: Options,
): ValidateResult<PayloadOf<P, O>>;

/**
 * Checks one phone number and gives its E.164 form, region, type and display formats.
 *
 * @example
 * checkPhone('0803 123 4567', { region: 'NG' }).normalized; // '+2348031234567'
 */
export function checkPhone(input: string, options?: { region?: string }): PhoneResult;

/**
 * Checks and normalizes one email address (IDNA, NFC, special-use domains, typo warnings).
 * `normalized` is the address as providers get it: the domain in ASCII A-labels by default,
 * in Unicode with `{ email: { domain_form: 'unicode' } }`. `address` always has the Unicode
 * domain (to show people), `ascii` the A-label one.
 *
 * @example
 * checkEmail(' Ada@Example.COM ').normalized; // 'Ada@example.com'
 * checkEmail('Ada@Bücher.DE').normalized;     // 'Ada@xn--bcher-kva.de'
 * checkEmail('Ada@Bücher.DE').address;        // 'Ada@bücher.de'
 */
export function checkEmail(input: string, options?: Options): EmailResult;

/**
 * Resolves an ISO 3166-1 code (alpha-2, alpha-3, numeric), English name or common alias.
 *
 * @example
 * lookupCountry('Ivory Coast').normalized; // 'CI'
 */
export function lookupCountry(input: string): CountryResult;

/**
 * Checks one postal code against the format of `country` (an ISO code, English name or alias)
 * and gives its normalized form; `country` missing is a `field_required` issue.
 *
 * @example
 * checkPostalCode('CA', 'k1a0b1').normalized; // 'K1A 0B1'
 */
export function checkPostalCode(country: string | null | undefined, code: string): PostalCodeResult;

/**
 * Checks one address object with Rapyd's member names (`line_1`, `city`, `state`, `zip`,
 * `country`...) against its country's rules: required members, postal code format and its
 * match with the state, the state's name normalized to its key. Read as `JSON.stringify`
 * writes it; every issue is on its member's path.
 *
 * @example
 * checkAddress({ line_1: '350 Fifth Avenue', city: 'New York', state: 'new york', zip: '10118', country: 'US' })
 *   .normalized?.state; // 'NY'
 */
export function checkAddress(address: InputOf<Address> & { [key: string]: unknown }, options?: Options): AddressResult;

/**
 * Every country of the table (ISO 3166-1 plus `XK`), sorted by alpha-2: for a country select.
 *
 * In browsers it needs `await init({ formKit: true })` (or `{ customer: true }`) first; before
 * that it throws an `Error` saying so.
 *
 * @example
 * countries().map((c) => [c.alpha2, c.name]); // [['AD', 'Andorra'], ...]
 */
export function countries(): Country[];

/** A provider as a form's pickers list it. */
export interface ProviderInfo<P extends Provider = Provider> {
  name: P;
  /** As people write it: 'Rapyd'. */
  label: string;
  operations: OperationOf<P>[];
}

/**
 * Every provider with its label and operations, for a form's pickers.
 *
 * In browsers it needs `await init({ formKit: true })` (or `{ customer: true }`) first; before
 * that it throws an `Error` saying so.
 *
 * @example
 * providers().map((p) => p.label); // ['Calypso', 'Bloc', 'Rapyd', 'Authvia', 'Stripe']
 */
export function providers(): ProviderInfo[];

/**
 * The fields a form shows for `provider`'s `operation`, in order, declared beside the
 * provider's rules: name, label, control kind (from the field's check), whether required
 * under `options`, hint, `autocomplete` token, choices (`select`) and members (`group`,
 * `address`). A field the options refuse is not listed.
 *
 * In browsers it needs `await init({ formKit: true })` (or `{ customer: true }`) first; before
 * that it throws an `Error` saying so.
 *
 * @example
 * fields('bloc', 'create').map((f) => [f.name, f.kind]); // [['email', 'email'], ['phone_number', 'phone'], ['bvn', 'digits'], …]
 */
export function fields<P extends Provider>(provider: P, operation: OperationOf<P>, options?: Options): FormField[];

/** The answer of a `CustomerSchema`'s `validate`. */
export type SchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<Issue> };

/**
 * A Standard Schema v1 object (https://standardschema.dev) for one provider operation: `Input`
 * is what a form holds, `Output` the normalized payload.
 * Consumers (react-hook-form, TanStack Form, tRPC, Hono...) call `['~standard'].validate`.
 */
export interface CustomerSchema<Input = { [key: string]: unknown }, Output = JsonObject> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'customer-validate';
    /**
     * Synchronous once the module and the data files the value needs are loaded; otherwise
     * it loads them and answers a promise.
     */
    readonly validate: (value: unknown) => SchemaResult<Output> | Promise<SchemaResult<Output>>;
    /** Types only, for inference; absent at run time. */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * A Standard Schema for `provider`'s `operation`, with these options.
 *
 * @example
 * import { useForm } from 'react-hook-form';
 * import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
 * const form = useForm({ resolver: standardSchemaResolver(schema('rapyd', 'create')) });
 */
export function schema<P extends Provider, O extends OperationOf<P>>(
  provider: P,
  operation: O,
  options?: Options,
): CustomerSchema<PayloadInputOf<P, O>, PayloadOf<P, O>>;

/**
 * `provider`'s `operation` payload for a canonical customer: exactly what `validate` accepts,
 * or every issue on the canonical field to fill (`national_id` for Bloc, `external_ref` for
 * Authvia); Calypso's envelope inputs come from `context` (issues on `context/account`...).
 * Throws a `TypeError` only for an unknown name or options / context that do not parse. In
 * browsers it needs `await init({ customer: true })` first (as `fromPayload`, `requirements`
 * and `checklist` do); before that it throws an `Error` saying so.
 *
 * @example
 * toPayload('rapyd', 'create', { full_name: 'Ada Obi', email: 'ada@example.com' }).value; // { name: 'Ada Obi', email: 'ada@example.com' }
 * toPayload('calypso', 'create', { email: 'ada@example.com' }, { account: '0x' + 'ab'.repeat(20), timestamp_ms: Date.now() });
 */
export function toPayload<P extends Provider, O extends OperationOf<P>>(
  provider: P,
  operation: O,
  customer: Customer | { [key: string]: unknown },
  context?: CustomerContext,
  options?: Options,
): ValidateResult<PayloadOf<P, O>>;

/**
 * The canonical customer read from `provider`'s create payload or response object (Bloc's
 * response `full_name` is `last first`); what has no canonical place is kept in `provider_data`.
 *
 * @example
 * fromPayload('bloc', { first_name: 'Ada', last_name: 'Obi' }).value; // { given_name: 'Ada', family_name: 'Obi' }
 */
export function fromPayload(provider: Provider, payload: unknown, options?: Options): ValidateResult<Customer>;

/**
 * The canonical fields `provider`'s `operation` needs (`required`, each by any one of its
 * fields) and can carry (`optional`), and the context inputs it needs: a form can show only these.
 *
 * @example
 * requirements('authvia', 'create').required[0].any_of; // ['external_ref']
 */
export function requirements<P extends Provider>(provider: P, operation: OperationOf<P>, options?: Options): Requirements;

/**
 * Every provider's checklist for `customer`'s `operation` (default `create`): what is still
 * missing, as canonical fields, and whether it converts; or the customer's own issues.
 *
 * @example
 * const r = checklist({ email: 'ada@example.com' });
 * if (r.ok) for (const c of r.value) console.log(c.provider, c.ready, c.missing.map((n) => n.any_of[0]));
 */
export function checklist(
  customer: Customer | { [key: string]: unknown },
  operation?: Operation,
  options?: Options,
): ValidateResult<Checklist[]>;
