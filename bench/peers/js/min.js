// The JS peer with libphonenumber-js's default (`min`) metadata: smaller, and its isValid()
// checks only a number's length and leading digits, so it accepts numbers that libphonenumber
// calls invalid.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { rapydCreate, verdict } from './rules.js';

export const schema = rapydCreate(parsePhoneNumberFromString);
/** `{ ok, normalized }` or `{ ok: false, errors }` for one Rapyd create payload. */
export const check = (payload) => verdict(schema, payload);
