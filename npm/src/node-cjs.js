// Node CommonJS entry, bundled by scripts/build-pkg (esbuild) into node.cjs together with
// index.js and the Node build's glue: `require('customer-validate')` loads synchronously.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync } from './index.js';

initSync({ module: readFileSync(join(__dirname, 'customer_validate_node.wasm')) });

export * from './index.js';
