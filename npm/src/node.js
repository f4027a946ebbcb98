// Node ESM entry: the Node build (every country's data embedded, optimized for speed) is
// loaded synchronously at import, so every function works straight away; `await init()` is
// optional and only warms up the phone engine. scripts/build-pkg bundles this file with
// index.js and the Node build's glue into pkg/node.js.
import { readFileSync } from 'node:fs';
import { initSync } from './index.js';

initSync({ module: readFileSync(new URL('./customer_validate_node.wasm', import.meta.url)) });

export * from './index.js';
