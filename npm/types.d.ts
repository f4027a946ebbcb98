// Generated from the Rust types by src/wasm/typescript.rs: do not edit.
// Regenerate with `UPDATE_TYPES=1 cargo test --lib wasm::typescript`.

/** A payment provider. */
export type Provider = "calypso" | "bloc" | "rapyd" | "authvia" | "stripe";

/** A customer operation (not every provider has every one: see `ProviderOperations`). */
export type Operation = "create" | "update" | "block" | "unblock" | "archive" | "unarchive" | "bulk_row";

/** The operations each provider has; any other answers `operation_unsupported`. */
export interface ProviderOperations {
  calypso: "create" | "update" | "block" | "unblock";
  bloc: "create" | "update" | "archive" | "unarchive";
  rapyd: "create" | "update";
  authvia: "create" | "update" | "bulk_row";
  stripe: "create" | "update";
}

/** The operations of provider `P`. */
export type OperationOf<P extends Provider> = ProviderOperations[P];

/** The normalized payload of each provider operation (`value` of a valid answer), from the rule tables. Fields kept by `unknown_fields: "keep"` are not listed. */
export interface Payloads {
  calypso: {
    create: {
      account: string;
      timestamp: number;
      payload: {
        email?: string;
        description?: string;
        externalId?: string;
      };
    };
    update: {
      account: string;
      timestamp: number;
      payload: {
        id: string;
        email?: string;
        description?: string;
        externalId?: string;
      };
    };
    block: {
      account: string;
      timestamp: number;
      payload: {
        customerId: string;
      };
    };
    unblock: {
      account: string;
      timestamp: number;
      payload: {
        customerId: string;
      };
    };
  };
  bloc: {
    create: {
      email: string;
      phone_number: string;
      bvn: string;
      first_name: string;
      last_name: string;
      customer_type: "Personal" | "Business" | (string & {});
    };
    update: {
      email?: string;
      phone_number?: string;
      first_name?: string;
      last_name?: string;
      customer_type?: "Personal" | "Business" | (string & {});
      address?: {
        street?: string;
        city?: string;
        state?: string;
        country?: string;
        postal_code?: string;
      };
    };
    archive: {
      id: string;
    };
    unarchive: {
      id: string;
    };
  };
  rapyd: {
    create: {
      name: string;
      email?: string;
      phone_number?: string;
      addresses?: Array<{
        name: string;
        line_1: string;
        line_2?: string;
        line_3?: string;
        city?: string;
        state?: string;
        canton?: string;
        district?: string;
        country?: string;
        zip?: string;
        phone_number?: string;
        metadata?: JsonObject;
      }>;
      business_vat_id?: string;
      coupon?: string;
      description?: string;
      ewallet?: string;
      invoice_prefix?: string;
      metadata?: JsonObject;
      payment_method?: JsonObject;
      default_payment_method?: string;
      birth_country?: string;
      date_of_birth?: string;
      nationality?: string;
      occupation?: string;
    };
    update: {
      name?: string;
      email?: string;
      phone_number?: string;
      addresses?: Array<{
        name: string;
        line_1: string;
        line_2?: string;
        line_3?: string;
        city?: string;
        state?: string;
        canton?: string;
        district?: string;
        country?: string;
        zip?: string;
        phone_number?: string;
        metadata?: JsonObject;
      }>;
      business_vat_id?: string;
      coupon?: string;
      description?: string;
      ewallet?: string;
      invoice_prefix?: string;
      metadata?: JsonObject;
      payment_method?: JsonObject;
      default_payment_method?: string;
      birth_country?: string;
      date_of_birth?: string;
      nationality?: string;
      occupation?: string;
    };
  };
  authvia: {
    create: {
      ref: string;
      addresses: Array<string | { value: string } | { type: "phone" | "email"; value: string }>;
      metadata?: JsonObject;
      appdata?: JsonObject;
    };
    update: {
      metadata?: JsonObject;
      appdata?: JsonObject;
    };
    bulk_row: {
      ref: string;
      addresses: Array<string | { value: string } | { type: "phone" | "email"; value: string }>;
      metadata?: JsonObject;
      appdata?: JsonObject;
    };
  };
  stripe: {
    create: {
      name?: string;
      email?: string;
      phone?: string;
      address?: {
        line1?: string;
        line2?: string;
        city?: string;
        state?: string;
        country?: string;
        postal_code?: string;
      };
      shipping?: {
        address: {
          line1?: string;
          line2?: string;
          city?: string;
          state?: string;
          country?: string;
          postal_code?: string;
        };
        name: string;
        phone?: string;
      };
      description?: string;
      business_name?: string;
      individual_name?: string;
      metadata?: { [key: string]: string };
      invoice_prefix?: string;
      balance?: number;
      next_invoice_sequence?: number;
      preferred_locales?: Array<string>;
      tax_exempt?: "none" | "exempt" | "reverse" | (string & {});
      tax_id_data?: Array<{
        type: string;
        value: string;
      }>;
      tax?: JsonObject;
      invoice_settings?: JsonObject;
      cash_balance?: JsonObject;
      payment_method?: string;
      source?: string;
      test_clock?: string;
    };
    update: {
      name?: string;
      email?: string;
      phone?: string;
      address?: {
        line1?: string;
        line2?: string;
        city?: string;
        state?: string;
        country?: string;
        postal_code?: string;
      };
      shipping?: {
        address: {
          line1?: string;
          line2?: string;
          city?: string;
          state?: string;
          country?: string;
          postal_code?: string;
        };
        name: string;
        phone?: string;
      };
      description?: string;
      business_name?: string;
      individual_name?: string;
      metadata?: { [key: string]: string };
      invoice_prefix?: string;
      balance?: number;
      next_invoice_sequence?: number;
      preferred_locales?: Array<string>;
      tax_exempt?: "none" | "exempt" | "reverse" | (string & {});
      tax_id_data?: Array<{
        type: string;
        value: string;
      }>;
      tax?: JsonObject;
      invoice_settings?: JsonObject;
      cash_balance?: JsonObject;
      payment_method?: string;
      source?: string;
      test_clock?: string;
    };
  };
}

/** The normalized payload of `P`'s operation `O`. */
export type PayloadOf<P extends Provider, O extends Operation> = O extends keyof Payloads[P] ? Payloads[P][O] : JsonObject;

/** What a form may hold for an output type: the same shape, every member optional, numbers also as text. */
export type InputOf<T> = T extends string ? string : T extends number ? number | string : T extends Array<infer U> ? Array<InputOf<U>> : T extends object ? { [K in keyof T]?: InputOf<T[K]> } : unknown;

/** The payload a form or a caller builds for `P`'s operation `O`. */
export type PayloadInputOf<P extends Provider, O extends Operation> = InputOf<PayloadOf<P, O>> & { [key: string]: unknown };

/** Every stable issue code (a translation key). New codes may be added in minor releases: keep a default branch when switching on one. */
export type Code =
  | "field_required"
  | "invalid_type"
  | "unknown_field"
  | "field_not_allowed"
  | "value_empty"
  | "value_not_allowed"
  | "pattern_mismatch"
  | "one_of_required"
  | "duplicate_value"
  | "too_many_items"
  | "number_out_of_range"
  | "too_few_items"
  | "too_deep"
  | "payload_too_large"
  | "csv_invalid"
  | "header_invalid"
  | "column_count"
  | "operation_unsupported"
  | "data_not_loaded"
  | "value_conflict"
  | "too_long"
  | "name_has_digits"
  | "too_short"
  | "encoding_invalid"
  | "json_invalid"
  | "text_control_character"
  | "text_bidi_control"
  | "text_unpaired_surrogate"
  | "phone_invalid"
  | "phone_region_required"
  | "phone_country_code_invalid"
  | "phone_too_short"
  | "phone_too_long"
  | "region_unknown"
  | "phone_wrong_region"
  | "phone_extension_dropped"
  | "email_invalid"
  | "email_missing_at"
  | "email_local_invalid"
  | "email_local_too_long"
  | "email_too_long"
  | "email_domain_invalid"
  | "email_domain_special_use"
  | "email_quoted_local"
  | "email_ip_literal"
  | "email_non_ascii"
  | "email_domain_suspect"
  | "email_domain_mixed_script"
  | "country_unknown"
  | "postal_code_invalid"
  | "postal_code_subdivision_mismatch"
  | "subdivision_unknown"
  | "address_incomplete"
  | "id_invalid"
  | "digits_invalid"
  | "digits_length"
  | "date_invalid"
  | "timestamp_invalid"
  | "timestamp_skew";

/** Every issue param name; each has one meaning across codes. */
export interface IssueParamMeanings {
  /** the values accepted (an array of strings) */
  allowed: string;
  /** the canonical fields any one of which fills the need (canonical customer) */
  any_of: string;
  /** the first character not allowed, as `U+XXXX` */
  character: string;
  /** the offending character, as `U+XXXX` (never the character itself) */
  codepoint: string;
  /** a 1-based column: of a CSV header, or of JSON text */
  column: string;
  /** the ISO alpha-2 country whose rules apply */
  country: string;
  /** a valid value of the expected form */
  example: string;
  /** what was expected: a JSON type, a region, a count or a form */
  expected: string;
  /** a phone number's extension digits, left out of the form written */
  extension: string;
  /** the member name concerned */
  field: string;
  /** the member names of which at least one is needed (an array) */
  fields: string;
  /** the data file a check needs: a country code (`US`) or `cc` and a calling code (`cc800`) */
  file: string;
  /** the 0-based index of the earlier, equal item */
  first_index: string;
  /** the 1-based position of the earlier, equal item (as a message shows it) */
  first_position: string;
  /** the expected date format */
  format: string;
  /** the exact number of characters or digits expected */
  length: string;
  /** a 1-based line of JSON text */
  line: string;
  /** the largest allowed length, count, depth or number */
  max: string;
  /** the largest allowed distance from the clock, in milliseconds */
  max_skew_ms: string;
  /** the smallest allowed length, count or number */
  min: string;
  /** the operations the provider has (an array) */
  operations: string;
  /** which part is too long: `key` or `value` of a map */
  part: string;
  /** the regular expression the value must match */
  pattern: string;
  /** the prefixes accepted (an array) */
  prefixes: string;
  /** the provider whose rule it is (canonical customer) */
  provider: string;
  /** the provider's own field, as a JSON pointer (canonical customer) */
  provider_field: string;
  /** a short stable snake_case key for why, within the code, that a message selects on (`field_not_allowed`: `immutable`, `not_documented`, `path_key`, `own_operations`, `use_token`) */
  reason: string;
  /** what was received: a JSON type or a count */
  received: string;
  /** the length received */
  received_length: string;
  /** the region a phone number was read in */
  region: string;
  /** the scripts mixed in a domain label (an array) */
  scripts: string;
  /** the subdivision key the value was checked against */
  subdivision: string;
  /** the special-use domain suffix matched */
  suffix: string;
  /** the value the user probably meant */
  suggestion: string;
  /** the unit of `max` or of the value: `bytes` or `ms` (characters otherwise) */
  unit: string;
}

/** An issue param name. */
export type IssueParamName = keyof IssueParamMeanings;

/** The params each code's issues may carry (plus `provider` and `provider_field` on the canonical customer's issues). */
export interface CodeParams {
  field_required: "field" | "country" | "any_of";
  invalid_type: "expected" | "received";
  unknown_field: never;
  field_not_allowed: "reason";
  value_empty: never;
  value_not_allowed: "allowed";
  pattern_mismatch: "pattern";
  one_of_required: "fields" | "any_of";
  duplicate_value: "first_index" | "first_position";
  too_many_items: "max";
  number_out_of_range: "min" | "max";
  too_few_items: "min";
  too_deep: "max";
  payload_too_large: "max";
  csv_invalid: never;
  header_invalid: "column" | "max";
  column_count: "expected" | "received";
  operation_unsupported: "operations";
  data_not_loaded: "file";
  value_conflict: "provider_field";
  too_long: "max" | "unit" | "part" | "received_length";
  name_has_digits: never;
  too_short: "min";
  encoding_invalid: never;
  json_invalid: "line" | "column";
  text_control_character: "codepoint";
  text_bidi_control: "codepoint";
  text_unpaired_surrogate: "codepoint";
  phone_invalid: "reason" | "region";
  phone_region_required: never;
  phone_country_code_invalid: "region";
  phone_too_short: "region";
  phone_too_long: "max" | "region";
  region_unknown: "expected";
  phone_wrong_region: "expected";
  phone_extension_dropped: "extension";
  email_invalid: never;
  email_missing_at: "codepoint";
  email_local_invalid: "reason" | "codepoint";
  email_local_too_long: "max";
  email_too_long: "max";
  email_domain_invalid: "reason" | "codepoint" | "max";
  email_domain_special_use: "suffix";
  email_quoted_local: never;
  email_ip_literal: never;
  email_non_ascii: never;
  email_domain_suspect: "suggestion";
  email_domain_mixed_script: "codepoint" | "scripts";
  country_unknown: never;
  postal_code_invalid: "country" | "example";
  postal_code_subdivision_mismatch: "country" | "subdivision" | "example";
  subdivision_unknown: "country";
  address_incomplete: "country";
  id_invalid: "character" | "example" | "expected" | "length" | "pattern" | "prefixes";
  digits_invalid: "length";
  digits_length: "length" | "received_length";
  date_invalid: "format";
  timestamp_invalid: "unit";
  timestamp_skew: "max_skew_ms";
}

/** Errors reject a value; warnings are advice. */
export type Severity = "error" | "warning";

/** One step of an issue path: an object key or an array index. */
export type PathSegment = string | number;

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** One problem found in the input. It is also a Standard Schema issue (`message`, `path`). */
export interface Issue {
  /** Where the problem is: object keys and array indices, outermost first (`[]` for the payload itself). */
  path: PathSegment[];
  /** The same place as an RFC 6901 JSON pointer (`"/addresses/0/zip"`, `""` for the root). */
  pointer: string;
  /** Stable snake_case code; use it as the translation key. */
  code: Code;
  /** `"error"` rejects the value; `"warning"` is advice (e.g. a likely typo) and never does. */
  severity: Severity;
  /** English text, safe to log and show: it never contains the personal value itself. */
  message: string;
  /** What a translated message template needs (`max`, `expected`, `suggestion`...). */
  params: { [key: string]: JsonValue };
}

/** The answer of `validate`: the normalized payload, or every issue. */
export type ValidateResult<T = JsonObject> =
  | {
    /** The payload is valid. */
    ok: true;
    /** The normalized payload: the exact JSON the provider should receive. */
    value: T;
    /** Warning-severity issues (never block). */
    warnings: Issue[];
  }
  | {
    /** The payload is not valid. */
    ok: false;
    /** Every issue found, in payload order, at most `options.max_issues`. */
    issues: Issue[];
    /** True when more issues were found than `options.max_issues` keeps. */
    truncated: boolean;
  };

/**
 * Everything configurable, grouped by concern. `#[non_exhaustive]`: build it with
 * `Options::default()` and set fields.
 */
export type ResolvedOptions = {
  /**
   * Largest payload (or CLI line) accepted, in bytes. Default 1 MiB.
   */
  max_input_bytes: number,
  /**
   * Deepest JSON nesting accepted. Default 32.
   */
  max_depth: number,
  /**
   * Longest free-text string accepted, in Unicode scalar values. Default 4096.
   */
  max_string_chars: number,
  /**
   * Longest array accepted. Default 1000.
   */
  max_array_len: number,
  /**
   * Most issues returned; past it the report says `truncated`. Default 100.
   */
  max_issues: number,
  /**
   * Email policies.
   */
  email: EmailPolicy,
  /**
   * Text (names and other free text) policies.
   */
  text: TextPolicy,
  /**
   * How strictly postal addresses are checked against their country's rules.
   */
  address: AddressPolicy,
  /**
   * What to do with fields a provider operation does not define. Default: report them.
   */
  unknown_fields: UnknownFields,
  /**
   * Default region (ISO alpha-2) for phone numbers typed without `+`; `None` requires `+`.
   */
  default_region: string | null,
  /**
   * The current time in Unix milliseconds, when the caller wants time checks (Calypso's
   * timestamp skew, dates of birth in the future). `None`: no clock, no such checks.
   */
  now_ms: number | null,
  /**
   * Limits on free-form JSON objects (`metadata`, `appdata`).
   */
  metadata: MetadataPolicy,
  /**
   * Calypso switches.
   */
  calypso: CalypsoOptions,
  /**
   * Bloc switches.
   */
  bloc: BlocOptions,
  /**
   * Rapyd switches.
   */
  rapyd: RapydOptions,
  /**
   * Authvia switches.
   */
  authvia: AuthviaOptions,
  /**
   * Stripe switches.
   */
  stripe: StripeOptions,
};

/**
 * What the email checker accepts. The defaults match Python `email-validator` with
 * deliverability checks off.
 */
export type EmailPolicy = {
  /**
   * Accept `"john doe"@example.com`. Default false.
   */
  allow_quoted_local: boolean,
  /**
   * Accept `user@[192.0.2.1]`. Default false.
   */
  allow_ip_literal: boolean,
  /**
   * Accept special-use and reserved domains (`.test`, `.localhost`, `.invalid`, `.local`…). Default false.
   */
  allow_special_use_domains: boolean,
  /**
   * Accept non-ASCII local parts (SMTPUTF8). Default true.
   */
  allow_smtputf8: boolean,
  /**
   * Require a dot in the domain (a TLD alone is refused). Default true.
   */
  require_tld: boolean,
  /**
   * Lower-case the local part too (providers treat it case-sensitively by the RFC). Default false.
   */
  lowercase_local: boolean,
  /**
   * The form of the domain in provider payloads, the canonical customer and a check's
   * `normalized`: the ASCII A-label (`xn--…`, default) or the Unicode form. The local part
   * is the same in both.
   */
  domain_form: EmailDomainForm,
};

/**
 * The form an email's domain is written in where an address is sent or stored
 * ([`EmailPolicy::domain_form`]). The email check itself always answers both forms: its
 * `address` (Unicode domain) and `ascii` (A-label domain).
 */
export type EmailDomainForm = "ascii" | "unicode";

/**
 * How free text is cleaned.
 */
export type TextPolicy = {
  /**
   * Longest name (first, last, full), in Unicode scalar values after normalization. Default 100.
   */
  max_name_chars: number,
  /**
   * Longest description-like text. Default 1000.
   */
  max_description_chars: number,
};

/**
 * What happens to a field the provider operation does not define.
 */
export type UnknownFields = "reject" | "keep";

/**
 * Limits on free-form JSON objects such as `metadata` and `appdata`.
 */
export type MetadataPolicy = {
  /**
   * Most top-level keys. Default 50.
   */
  max_keys: number,
  /**
   * Largest serialized size in bytes. Default 16 KiB.
   */
  max_bytes: number,
  /**
   * Deepest nesting inside the object. Default 5.
   */
  max_depth: number,
};

/**
 * How strictly an address is checked against its country's rules
 * ([`crate::fields::address`]).
 *
 * What those rules find (a postal code out of the country's format or the state's range, a
 * state that is none of the country's, a field a complete address of the country has) is a
 * **warning** by default: no provider refuses a customer for it, and the value is kept as
 * typed. [`AddressPolicy::deliverable`] makes them errors, for forms that want a deliverable
 * address. The three `check_*`/`require_*` switches turn a rule off altogether.
 */
export type AddressPolicy = {
  /**
   * Check the postal code against the country's format and the state's postal prefix
   * (`postal_code_invalid`, `postal_code_subdivision_mismatch`); off: a code that does
   * not match is kept as typed (trimmed), without an issue. Default true.
   */
  check_postal_code: boolean,
  /**
   * Check that the fields a complete address of the country has (street, city, state,
   * postal code, per country) are present and non-blank (`address_incomplete`, or
   * `field_required` when [`AddressPolicy::deliverable`]). Default true.
   */
  require_country_fields: boolean,
  /**
   * Check that a state is one of the country's subdivisions when the country lists them
   * (`subdivision_unknown`); off: an unknown one is kept as typed. Default true.
   */
  check_subdivision: boolean,
  /**
   * The address must be deliverable by the country's rules: what the checks above find
   * is an error, not a warning. Default false (a provider refuses none of it).
   */
  deliverable: boolean,
  /**
   * Longest street line (`line_1`, `street`…), in characters. Default 255 (no provider
   * states one).
   */
  max_line_chars: number,
  /**
   * Longest city, state, district or canton. Default 100.
   */
  max_locality_chars: number,
  /**
   * Longest postal code as typed. Default 20.
   */
  max_postal_code_chars: number,
};

/**
 * Calypso's open points (providers.md §1.6).
 */
export type CalypsoOptions = {
  /**
   * Create needs at least one of `email` / `externalId`, so the customer can be reconciled. Default true.
   */
  require_reference: boolean,
  /**
   * Accept `externalId` on update (undocumented; treated as immutable). Default false.
   */
  allow_external_id_on_update: boolean,
  /**
   * Largest allowed distance between `timestamp` and [`Options::now_ms`]. Default 3 minutes.
   */
  max_skew_ms: number,
  /**
   * Longest `email` (undocumented). Default 254, the SMTP limit.
   */
  max_email_chars: number,
  /**
   * Longest `description` (undocumented). Default 1000.
   */
  max_description_chars: number,
  /**
   * Longest `externalId` (undocumented). Default 255.
   */
  max_external_id_chars: number,
};

/**
 * How a phone number is written in the provider's payload.
 */
export type PhoneOutput = "e164" | "national_nigeria";

/**
 * Bloc's open points (providers.md §2.7).
 */
export type BlocOptions = {
  /**
   * Output form of `phone_number`. Default Nigerian local.
   */
  phone_output: PhoneOutput,
  /**
   * Update sends all five fields (each required) instead of only the changed ones. Default false.
   */
  full_replace: boolean,
  /**
   * Accept `address` on update (seen in third-party code only). Default false.
   */
  allow_address_on_update: boolean,
  /**
   * Accept `customer_type` values other than Personal/Business, kept as given. Default false.
   */
  allow_other_customer_type: boolean,
  /**
   * Accept digits in `first_name` / `last_name` (a BVN record holds a person's name, so
   * digits are most likely a typo). Default false.
   */
  allow_digits_in_names: boolean,
  /**
   * Longest `first_name` / `last_name` (undocumented). Default 100.
   */
  max_name_chars: number,
  /**
   * Longest `email` (undocumented). Default 254, the SMTP limit.
   */
  max_email_chars: number,
};

/**
 * Rapyd's open points (providers.md §3.6).
 */
export type RapydOptions = {
  /**
   * Most addresses on create (Rapyd says: the primary address on create, more by update). Default 1.
   */
  max_addresses_on_create: number,
  /**
   * `invoice_prefix` must be 1–12 of `[A-Za-z0-9-]`; off: any text ≤ 255. Default true.
   */
  strict_invoice_prefix: boolean,
  /**
   * Accept a `payment_method` object (raw card data should not pass through here). Default false.
   */
  allow_payment_method: boolean,
  /**
   * Longest `name`, of the customer and of an address (undocumented). Default 255.
   */
  max_name_chars: number,
  /**
   * Longest `description` (undocumented). Default 1000.
   */
  max_description_chars: number,
  /**
   * Longest `business_vat_id`, spaces removed (undocumented). Default 50.
   */
  max_vat_id_chars: number,
};

/**
 * How Authvia `addresses[]` items are written.
 */
export type AddressShape = "value" | "string" | "type_value";

/**
 * Authvia's open points (providers.md §4.6).
 */
export type AuthviaOptions = {
  /**
   * Output shape of each address. Default `{"value": …}`.
   */
  address_shape: AddressShape,
  /**
   * Most addresses per customer. Default 10.
   */
  max_addresses: number,
  /**
   * Longest `ref` (undocumented). Default 128.
   */
  max_ref_chars: number,
  /**
   * A repeated address is left out (with a `duplicate_value` warning) instead of refused;
   * the first occurrence stays, so the default address does not change. Default false.
   */
  drop_duplicate_addresses: boolean,
};

/**
 * Stripe's open points (providers.md §5).
 */
export type StripeOptions = {
  /**
   * Keep `phone` as typed (Stripe takes free text of at most 20 characters) instead of
   * writing it E.164. Default false.
   */
  phone_as_typed: boolean,
};

/** `T` with every member optional, nested objects too. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Options as callers pass them: any subset of `ResolvedOptions`; the rest keep their defaults. */
export type Options = DeepPartial<ResolvedOptions>;

/**
 * A valid phone number and its renderings.
 */
export type PhoneNumber = {
  /**
   * `+` and up to 15 digits, no extension.
   */
  e164: string,
  /**
   * ISO 3166-1 alpha-2 region of the number; `"001"` for non-geographic numbers
   * (e.g. `+800` freephone), as libphonenumber reports it.
   */
  region: string | null,
  /**
   * Country calling code (e.g. 49).
   */
  country_code: number,
  /**
   * Line type.
   */
  type: NumberType,
  /**
   * National display format (with trunk prefix where the region uses one).
   */
  national: string,
  /**
   * International display format (`+49 1512 3456789`).
   */
  international: string,
  /**
   * Extension digits, when the input had one (`ext. 123`, `;ext=123`…).
   */
  extension: string | null,
};

/**
 * What kind of line a number is, as libphonenumber classifies it.
 */
export type NumberType = "fixed_line" | "mobile" | "fixed_line_or_mobile" | "toll_free" | "premium_rate" | "shared_cost" | "voip" | "personal_number" | "pager" | "uan" | "voicemail" | "unknown";

/**
 * A valid, normalized email address.
 */
export type Email = {
  /**
   * The normalized address with the domain in Unicode form (`Ada@bücher.de`): the one to
   * show to people. Provider payloads get it only with
   * [`EmailPolicy::domain_form`] `unicode`.
   */
  address: string,
  /**
   * The normalized address with the domain in ASCII (A-label, punycode) form
   * (`Ada@xn--bcher-kva.de`): the form provider payloads get by default. Equal to
   * `address` when the domain is already ASCII. The local part is the same as in
   * `address` (it has no ASCII form), so this is pure ASCII only when `smtputf8` is false.
   */
  ascii: string,
  /**
   * The local part (before the `@`): NFC, case kept (see [`EmailPolicy::lowercase_local`]),
   * unnecessary quotes removed.
   */
  local: string,
  /**
   * The domain in Unicode form, lower-cased (an IP literal is kept in brackets).
   */
  domain: string,
  /**
   * The domain in ASCII (A-label) form.
   */
  ascii_domain: string,
  /**
   * True when the local part is not ASCII: the mail server must support SMTPUTF8.
   */
  smtputf8: boolean,
  /**
   * Advice that does not make the address invalid (e.g. [`Code::EmailDomainSuspect`]).
   */
  warnings: Issue[],
};

/**
 * One country or territory of the table, as it serializes: ISO codes, English names and
 * the telephone calling code (absent names and calling codes are `null`).
 */
export type Country = {
  /**
   * ISO 3166-1 alpha-2 code, upper case (`"DE"`).
   */
  alpha2: string,
  /**
   * ISO 3166-1 alpha-3 code, upper case (`"DEU"`).
   */
  alpha3: string,
  /**
   * ISO 3166-1 numeric code, always 3 digits (`"076"`); `""` for `XK`, which has none.
   */
  numeric: string,
  /**
   * Current English short name (`"Türkiye"`, `"Korea, Republic of"`).
   */
  name: string,
  /**
   * Official name, when the source has one (`"Republic of Türkiye"`).
   */
  official_name: string | null,
  /**
   * Common name, when the source has one (`"South Korea"`).
   */
  common_name: string | null,
  /**
   * Telephone calling code, digits without `+` (`"1"`, `"44"`); `null` where
   * libphonenumber has no region for the country (`AQ`, `BV`…).
   */
  calling_code: string | null,
};

/** What every one-field check answers. */
export interface Verdict {
  /** No error-severity issue. */
  valid: boolean;
  /** The value to store or send, when valid. */
  normalized: string | null;
  /** Every issue: the reason when invalid, warnings when valid. */
  issues: Issue[];
}

/** A one-field check's answer: when valid, the checker's outputs `T` are there too. */
export type CheckResult<T> =
  | (Verdict & { valid: true; normalized: string } & T)
  | (Verdict & { valid: false; normalized: null });

/** The answer of `checkPhone`. */
export type PhoneResult = CheckResult<PhoneNumber>;

/** The answer of `checkEmail` (its warnings are in `issues`). `normalized` is the address as providers get it, the domain in `options.email.domain_form` (A-labels by default); `address` has the Unicode domain (for display), `ascii` the A-label one. */
export type EmailResult = CheckResult<Omit<Email, "warnings">>;

/** The answer of `lookupCountry`. */
export type CountryResult = CheckResult<Country>;

/** The answer of `checkPostalCode`. */
export type PostalCodeResult = CheckResult<{
  /** ISO 3166-1 alpha-2 code of the country the code was checked against. */
  country: string;
}>;

/** A normalized address (`checkAddress`), with Rapyd's member names; the country's rules decide which are required. */
export type Address = {
  name?: string;
  line_1?: string;
  line_2?: string;
  city?: string;
  district?: string;
  state?: string;
  zip?: string;
  country?: string;
};

/** What every address check answers. */
export interface AddressVerdict {
  /** No error-severity issue. */
  valid: boolean;
  /** Every issue on its member's path (`["zip"]`): the reasons when invalid, warnings when valid. */
  issues: Issue[];
}

/** The answer of `checkAddress`: the normalized address when valid. */
export type AddressResult =
  | (AddressVerdict & { valid: true; normalized: Address })
  | (AddressVerdict & { valid: false; normalized: null });

/**
 * A canonical customer. Every field is optional here; what a provider operation needs is
 * [`requirements`]. JSON members are the snake_case field names; absent fields are left
 * out.
 *
 * Names: give `given_name` and `family_name` when you have them; `full_name` (as the
 * customer writes it, given name first) is used where a provider wants one name, and is
 * split for Bloc only when neither part is given ([`Customer::name_parts`]).
 */
export type Customer = {
  /**
   * Given (first) name.
   */
  given_name?: string,
  /**
   * Family (last) name.
   */
  family_name?: string,
  /**
   * The whole name as written, or a business name.
   */
  full_name?: string,
  /**
   * Email address; normalized as providers get it, the domain in the form
   * `options.email.domain_form` says (ASCII A-labels by default: `ada@xn--bcher-kva.de`
   * for `ada@bücher.de`).
   */
  email?: string,
  /**
   * Phone number; normalized to E.164 (national numbers read in
   * [`Options::default_region`]), an extension kept as RFC 3966 writes it
   * (`+12024561111;ext=42`; a provider's E.164 field then warns `phone_extension_dropped`).
   */
  phone?: string,
  /**
   * Postal address.
   */
  address?: PostalAddress,
  /**
   * The merchant's own reference for the customer (Authvia `ref`, Calypso `externalId`).
   */
  external_ref?: string,
  /**
   * A national identifier and its scheme.
   */
  national_id?: NationalId,
  /**
   * Personal or business customer.
   */
  kind?: CustomerKind,
  /**
   * Date of birth, `YYYY-MM-DD` (also read as `DD/MM/YYYY`).
   */
  date_of_birth?: string,
  /**
   * Nationality, ISO 3166-1 alpha-2 (also read as a country name or alias).
   */
  nationality?: string,
  /**
   * Free-form data about the customer. Providers may show it to the customer (Authvia).
   */
  metadata?: JsonObject,
  /**
   * Private notes, never shown to the customer (Authvia `appdata.note`, Calypso and
   * Rapyd `description`).
   */
  notes?: string,
  /**
   * What [`Customer::from_payload`] read from a provider and the canonical model has no
   * place for (ids, timestamps, statuses…), per provider name, at the paths it was read
   * from. Kept so nothing is lost; never sent to any provider.
   */
  provider_data?: { [provider: string]: JsonValue },
};

/**
 * A postal address (Stripe-like member names).
 */
export type PostalAddress = {
  /**
   * Street and number.
   */
  line_1?: string,
  /**
   * Further street line.
   */
  line_2?: string,
  /**
   * City or post town.
   */
  city?: string,
  /**
   * District, suburb or neighbourhood, where the country's addresses have one.
   */
  district?: string,
  /**
   * State or province (written as its subdivision key when the country lists them).
   */
  state?: string,
  /**
   * Postal code, in the country's format.
   */
  postal_code?: string,
  /**
   * Sorting code (France's CEDEX and the like), where the country's addresses have one.
   */
  sorting_code?: string,
  /**
   * Country, ISO 3166-1 alpha-2.
   */
  country?: string,
};

/**
 * A national identifier.
 */
export type NationalId = {
  /**
   * Which identifier this is.
   */
  scheme: IdScheme,
  /**
   * The identifier, kept as a string (leading zeros matter).
   */
  value: string,
};

/**
 * Kinds of national identifier.
 */
export type IdScheme = "bvn" | "nin" | "vat";

/**
 * Personal or business customer.
 */
export type CustomerKind = "personal" | "business";

/**
 * One field of [`Customer`], as named in JSON and in issue paths.
 */
export type CustomerField = "given_name" | "family_name" | "full_name" | "email" | "phone" | "address" | "external_ref" | "national_id" | "kind" | "date_of_birth" | "nationality" | "metadata" | "notes";

/**
 * What a provider request needs beside the customer: the merchant's account at the
 * provider, the time of the request and, on update, the provider's id of the customer. Not
 * the customer's (it is the merchant's and the request's), so not in [`Customer`]. A
 * provider's mapping says which it needs and where each goes (Calypso: its envelope's
 * `account` and `timestamp`, update's `payload.id`); issues about them are on
 * `context/<member>`.
 */
export type CustomerContext = {
  /**
   * The merchant's account at the provider, in the provider's form (Calypso: `0x` + 40 hex
   * digits).
   */
  account?: string,
  /**
   * Request time, Unix milliseconds; [`Options::now_ms`] when absent.
   */
  timestamp_ms?: number,
  /**
   * The provider's id of the customer, for updates.
   */
  customer_id?: string,
};

/**
 * One thing a provider operation needs: any one of `any_of` fills it.
 */
export type Need = {
  /**
   * Canonical fields, any of which fills the need (the first is the usual one).
   */
  any_of: Array<CustomerField>,
  /**
   * The provider fields (JSON pointers) the need is about.
   */
  provider_fields: Array<string>,
};

/**
 * The canonical fields one provider operation needs and can carry.
 */
export type Requirements = {
  /**
   * The provider.
   */
  provider: Provider,
  /**
   * The operation.
   */
  operation: Operation,
  /**
   * What must be filled, each need by any one of its fields.
   */
  required: Array<Need>,
  /**
   * Fields the operation carries when given but does not need (not in any need).
   */
  optional: Array<CustomerField>,
  /**
   * [`RequestContext`](super::RequestContext) members the operation needs (`account`, `timestamp_ms`, `customer_id`).
   */
  context: Array<keyof CustomerContext>,
};

/**
 * What one provider still needs from a customer ([`Customer::checklist`]).
 */
export type Checklist = {
  /**
   * The provider.
   */
  provider: Provider,
  /**
   * What is missing ([`Customer::missing`]).
   */
  missing: Array<Need>,
  /**
   * True when the payload converts with no issue (context inputs aside).
   */
  ready: boolean,
};

/**
 * The control a form uses for a field.
 */
export type FormKind = "text" | "textarea" | "email" | "phone" | "country" | "digits" | "select" | "date" | "timestamp" | "json" | "postal" | "group" | "address" | "contacts";

/**
 * One field of a form, as a provider operation's rule table describes it.
 */
export type FormField = {
  /**
   * JSON member name.
   */
  name: string,
  /**
   * Label, in English.
   */
  label: string,
  /**
   * The control.
   */
  kind: FormKind,
  /**
   * Whether the rule table requires it under the options (an at-least-one group across
   * fields is not shown here; `validate` has the last word). A field the options do not
   * let in is not listed at all.
   */
  required: boolean,
  /**
   * Hint under the control.
   */
  hint?: string,
  /**
   * HTML `autocomplete` token.
   */
  autocomplete?: string,
  /**
   * The choices of a `select` (empty otherwise).
   */
  options: Array<string>,
  /**
   * The members of a `group` or an `address` (empty otherwise).
   */
  fields: Array<FormField>,
};

/**
 * How a country's address form is laid out (`customer-validate address-format`, npm
 * `addressFormat`).
 */
export type AddressFormat = {
  /**
   * ISO alpha-2 code.
   */
  country: string,
  /**
   * The fields, line by line, in the order the country writes them.
   */
  lines: Array<Array<AddressField>>,
  /**
   * The order for an address written in Latin letters, where the country has one apart
   * (`JP`, `CN`, `KR`…).
   */
  latin_lines: Array<Array<AddressField>> | null,
  /**
   * Fields a complete address has (those of `lines` only).
   */
  required: Array<AddressField>,
  /**
   * Fields written in upper case on envelopes.
   */
  uppercase: Array<AddressField>,
  /**
   * What the country calls its fields.
   */
  labels: Labels,
  /**
   * Whether the country's addresses have a postal code.
   */
  has_postal_code: boolean,
  /**
   * Valid postal codes, for a placeholder (may be empty).
   */
  postal_code_examples: Array<string>,
  /**
   * What goes before the postal code on an envelope (`AX-`), if anything.
   */
  postal_code_prefix: string | null,
  /**
   * First-level subdivisions in the country's order (empty when it lists none).
   */
  subdivisions: Array<Subdivision>,
};

/**
 * A field of an address form, as layouts name them.
 *
 * `Street` stands for the street lines (`line_1`, `line_2`).
 */
export type AddressField = "name" | "organization" | "street" | "district" | "city" | "state" | "postal_code" | "sorting_code";

/**
 * The label kind of each field whose name varies by country.
 */
export type Labels = {
  /**
   * The `state` field's.
   */
  state: StateLabel,
  /**
   * The `postal_code` field's.
   */
  postal_code: PostalCodeLabel,
  /**
   * The `city` field's.
   */
  city: CityLabel,
  /**
   * The `district` field's.
   */
  district: DistrictLabel,
};

/**
 * What a country calls its first-level subdivisions.
 */
export type StateLabel = "area" | "county" | "department" | "district" | "do_si" | "emirate" | "island" | "oblast" | "parish" | "prefecture" | "province" | "state";

/**
 * What a country calls its postal code.
 */
export type PostalCodeLabel = "eircode" | "pin" | "postal" | "zip";

/**
 * What a country calls its city field.
 */
export type CityLabel = "city" | "district" | "post_town" | "suburb";

/**
 * What a country calls its dependent locality (the `district` field).
 */
export type DistrictLabel = "district" | "neighborhood" | "suburb" | "townland" | "village_township";

/**
 * A first-level subdivision, for a dropdown: the key is what the address checker writes.
 */
export type Subdivision = {
  /**
   * The value to send (`CA`, `東京都`).
   */
  key: string,
  /**
   * The name in the country's language (`California`, `東京都`).
   */
  name: string,
  /**
   * The Latin-script name when the key is in another script (`Tokyo`).
   */
  latin_name: string | null,
};
