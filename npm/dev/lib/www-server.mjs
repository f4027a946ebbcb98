// Serves the demo form: www/ at / and the built package (pkg/) at /pkg/, on 127.0.0.1 only.
// Used by scripts/serve-www (run as a program: prints the URL, serves until stopped) and by
// the end-to-end tests (npm/dev/test-www/).
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Starts the demo's server; resolves to `{ origin, close() }`. */
export function serveWww({ port = 0 } = {}) {
  return serve({ mounts: { '/': `${root}www/`, '/pkg/': `${root}pkg/` }, port });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? process.argv[2] ?? 8080);
  const { origin } = await serveWww({ port });
  console.log(`serve-www: the demo form is at ${origin}/ (Ctrl-C to stop)`);
}
