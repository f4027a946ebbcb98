// The browser's second module: the library with the customer conversions (toPayload,
// fromPayload, requirements, checklist), loaded by init({ customer: true }). A dynamic import,
// so bundlers put it in a chunk of its own that a page without conversions never fetches.
// (The Node entries replace this file: their one module has the conversions.)
export const loadFull = () => import('./full/customer_validate.js');
