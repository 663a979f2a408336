// Builds one self-contained HTML file from dist/: styles, the icon, the JavaScript and the
// wasm inlined, with its own Content-Security-Policy, so Hearth runs from file:// or a USB
// stick with no server. Prints the file's SHA-256 so an organisation can check its copy.
// A partnership's local settings go inside it, in a JSON element Hearth reads as it starts
// (src/browser/local_file.rs); without them the element is empty and the national settings
// are used. The setup page fills the same element in the browser.
// Usage: node scripts/single-file.mjs <dist> <out.html> [local.json]
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [dist = 'dist', out = 'single-file/hearth.html', localFile] = process.argv.slice(2);
// Every "<" escaped (JSON allows \u003c in a string, the only place it can be), so nothing in the
// settings can end the element early.
const settings = localFile ? readFileSync(localFile, 'utf8').replace(/^\uFEFF/, '').trim().replace(/</g, '\\u003c') : '';
const settingsElement = `<script type="application/json" id="hearth-local-settings">${settings}</script>`;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const only = (pattern) => {
  const found = readdirSync(dist).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`single-file: expected one file matching ${pattern} in ${dist}, found ${found.length}`);
  return readFileSync(join(dist, found[0]));
};
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const css = only(/^hearth-[0-9a-f]+\.css$/).toString('utf8');
const icon = only(/^hearth-icon-[0-9a-f]+\.svg$/).toString('base64');
const glue = only(/^hearth-[0-9a-f]+\.js$/).toString('utf8');
const wasm = only(/^hearth-[0-9a-f]+_bg\.wasm$/).toString('base64');

const exports = /^export \{[^}]*\};?\s*$/m;
if (!exports.test(glue)) throw new Error('single-file: the wasm-bindgen glue has no export line to strip');
const script = `${glue.replace(exports, '')}
await __wbg_init({ module_or_path: Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0)) });
`;
const policy = [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${sha256(script)}`,
  `style-src ${sha256(css)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const head = html
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
  .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon}">`)
  .replace(/<link rel="(manifest|apple-touch-icon|modulepreload|preload)"[^>]*>/g, '')
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`)
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => `${settingsElement}<script type="module">${script}</script>`);
for (const left of ['./hearth-', 'manifest.webmanifest']) {
  if (head.includes(left)) throw new Error(`single-file: a reference to ${left} was left in the page`);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, head);
const digest = createHash('sha256').update(head).digest('hex');
writeFileSync(`${out}.sha256`, `${digest}  ${out.split('/').pop()}\n`);
console.log(`${out}: ${head.length} bytes\nSHA-256 ${digest}`);
