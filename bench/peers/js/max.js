// The JS peer with libphonenumber-js's `max` metadata (full validation patterns per number
// type): the variant a team that must reject invalid numbers ships.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { rapydCreate, verdict } from './rules.js';

export const schema = rapydCreate(parsePhoneNumberFromString);
/** `{ ok, normalized }` or `{ ok: false, errors }` for one Rapyd create payload. */
export const check = (payload) => verdict(schema, payload);
