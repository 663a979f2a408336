// A static server for dist/ on 127.0.0.1, used by the end-to-end tests. No dependencies.
// With --headers it also sends the security headers the README's hosting recipe sets, read
// from the recipe itself, so the cross-engine suite and make bench run under them. (The
// with-headers Playwright tests run the recipe in a real nginx: e2e/nginx.mjs.)
// The offline tests use its request listener directly, to play a website that changes.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recipeHeaders } from './recipe.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};


/** The precompressed copy of `file` the browser accepts, brotli first, if the build made one. */
async function compressedCopy(file, accepted) {
  for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!new RegExp(`\\b${name}\\b`).test(accepted)) continue;
    try {
      return { name, body: await readFile(file + suffix) };
    } catch {
      // No copy of this file in that encoding: try the next, or send it as it is.
    }
  }
  return undefined;
}

/**
 * A request listener serving the files in `root`. `headers` are added to every file and read on
 * each request, so a caller can change them between two requests.
 */
export function serveFiles(root, { headers = {}, precompressed = false } = {}) {
  const base = resolve(root);
  return async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const sent = { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' };
      const encoding = precompressed ? await compressedCopy(file, request.headers['accept-encoding'] ?? '') : undefined;
      if (encoding) {
        response.writeHead(200, { ...sent, 'Content-Encoding': encoding.name, Vary: 'Accept-Encoding' });
        response.end(encoding.body);
      } else {
        const body = await readFile(file);
        response.writeHead(200, sent);
        response.end(body);
      }
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  // --precompressed serves the build's .br and .gz copies to browsers that accept them, as the
  // hosting recipe's brotli_static and gzip_static do.
  const [root = 'dist', port = '4173'] = args.filter((a) => !a.startsWith('--'));
  const headers = args.includes('--headers') ? recipeHeaders(resolve(root)) : {};
  const listener = serveFiles(root, { headers, precompressed: args.includes('--precompressed') });
  createServer(listener).listen(Number(port), '127.0.0.1', () => console.log(`serving ${resolve(root)} at http://127.0.0.1:${port}/`));
}
