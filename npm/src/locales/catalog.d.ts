// Types of one locale module (`customer-validate/locales/fr`…): its default export is the
// catalog `localize` renders.
import type { Catalog } from './index.js';
declare const catalog: Catalog;
export default catalog;
