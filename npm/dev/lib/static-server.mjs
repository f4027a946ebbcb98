// A tiny static file server on 127.0.0.1 for the browser tests and scripts/serve-www: each
// URL prefix is mounted on a directory, `.wasm` is served as application/wasm, and every
// response carries the given headers (a Content-Security-Policy, say). Nothing but loopback.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The file a URL path names under `mounts` ({ '/pkg/': dir, '/': dir }), or undefined. */
function resolve(mounts, pathname) {
  const prefix = Object.keys(mounts)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return undefined;
  const root = normalize(mounts[prefix]);
  let rest = decodeURIComponent(pathname.slice(prefix.length));
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  const file = normalize(join(root, rest));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/**
 * Serves `mounts` on 127.0.0.1:`port` (0: any free port); `routes` maps exact paths to
 * `{ type, body }` answered from memory. Resolves to `{ origin, close() }`.
 */
export async function serve({ mounts = {}, routes = {}, headers = () => ({}), port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const extra = headers(url);
    const route = routes[url.pathname];
    if (route) {
      res.writeHead(200, { ...extra, 'content-type': route.type }).end(route.body);
      return;
    }
    let file;
    try {
      file = resolve(mounts, url.pathname);
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = file && (await readFile(file));
      if (!body) throw new Error('not found');
      res
        .writeHead(200, { ...extra, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        .end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
