// The text shown for each issue, keyed by the stable `code`: the package's message
// catalogs (customer-validate/locales, generated from locales/*.ftl) in the page's language,
// chosen in i18n.js. A code without a message (a newer package) falls back to the package's
// own English `message`, which never contains the personal value.
export { messageFor } from './i18n.js';
