// The browser's other modules, each loaded by a dynamic import, so bundlers put it in a chunk
// of its own that a page not asking for it never fetches (the Node entries replace this file:
// their one module has everything):
// - the kit: the library with the form kit (addressFormat, formatPhoneAsYouType,
//   exampleNumber, countries, providers, fields), loaded by init({ formKit: true });
// - the full module: the form kit and the customer conversions (toPayload, fromPayload,
//   requirements, checklist), loaded by init({ customer: true }).
export const loadKit = () => import('./kit/customer_validate.js');
export const loadFull = () => import('./full/customer_validate.js');
