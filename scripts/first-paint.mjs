// Puts the first paint into the built index.html: the page frame and the home page, rendered
// by Yew's own server-side renderer from the app's components (src/ui/first_paint.rs, printed
// by src/bin/first-paint.rs), so a slow phone shows them, Exit this page included, before the
// WebAssembly has started. Trunk runs this first of the post-build steps (see Trunk.toml), so
// the policy's script hashes and the service worker's copy see the final page.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('first-paint.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(staging, 'index.html');
const html = readFileSync(file, 'utf8');
if (!html.includes('__HEARTH_FIRST_PAINT__')) throw new Error('first-paint.mjs: index.html has no __HEARTH_FIRST_PAINT__ placeholder');

// A native build for the build machine, whatever Trunk's own target: Trunk's variables would
// point cargo at the wasm build.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CARGO_') || name === 'CARGO_HOME'));
const paint = execFileSync('cargo', ['run', '--quiet', '--bin', 'first-paint'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
if (!paint.includes('govuk-exit-this-page__button')) throw new Error('first-paint.mjs: the rendered frame has no Exit this page');
writeFileSync(file, html.replace('__HEARTH_FIRST_PAINT__', () => paint));
console.log(`first-paint: ${Buffer.byteLength(paint)} bytes of the frame and home page in index.html`);
