// Node ESM entry: the module is loaded synchronously at import, so every function works
// straight away; `await init()` is optional and only warms up the phone engine.
import { readFileSync } from 'node:fs';
import { initSync } from './index.js';

initSync({ module: readFileSync(new URL('./customer_validate_bg.wasm', import.meta.url)) });

export * from './index.js';
