// Writes Hearth's Content-Security-Policy into the built index.html. Trunk injects an inline
// module script to start the wasm; the policy allows exactly that script by its SHA-256 hash,
// so no 'unsafe-inline' is needed. Trunk runs this after each build, on its staging folder,
// as the first of the post-build steps listed in Trunk.toml.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('csp.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(staging, 'index.html');
const html = readFileSync(file, 'utf8');

const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter(([, attributes]) => !/\bsrc\s*=/.test(attributes))
  .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (inline.length === 0) throw new Error('csp.mjs: no inline loader script found in index.html');
if (!html.includes('__HEARTH_CSP__')) throw new Error('csp.mjs: index.html has no __HEARTH_CSP__ placeholder');

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

writeFileSync(file, html.replace('__HEARTH_CSP__', policy));
console.log(`csp: ${inline.length} inline script(s) allowed by hash`);
