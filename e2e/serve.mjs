// A static server for dist/ on 127.0.0.1, used by the end-to-end tests. No dependencies.
// With --headers it also sends the security headers the README's hosting recipe sets, read
// from the recipe itself, so the cross-engine suite and make bench run under them. (The
// with-headers Playwright tests run the recipe in a real nginx: e2e/nginx.mjs.)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { recipeHeaders } from './recipe.mjs';

const args = process.argv.slice(2);
const withHeaders = args.includes('--headers');
// --precompressed serves the build's .br and .gz copies to browsers that accept them, as the
// hosting recipe's brotli_static and gzip_static do.
const precompressed = args.includes('--precompressed');
const [root = 'dist', port = '4173'] = args.filter((a) => !a.startsWith('--'));
const base = resolve(root);

const extraHeaders = withHeaders ? recipeHeaders(base) : {};
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

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(base)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const headers = { ...extraHeaders, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' };
    const encoding = precompressed ? await compressedCopy(file, request.headers['accept-encoding'] ?? '') : undefined;
    if (encoding) {
      response.writeHead(200, { ...headers, 'Content-Encoding': encoding.name, Vary: 'Accept-Encoding' });
      response.end(encoding.body);
    } else {
      const body = await readFile(file);
      response.writeHead(200, headers);
      response.end(body);
    }
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${base} at http://127.0.0.1:${port}/`));
