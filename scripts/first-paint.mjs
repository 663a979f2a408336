// Puts the first paint into the built index.html: the page frame and the home page (and the
// pages of PRE_RENDERED, in templates), rendered by Yew's own server-side renderer from the
// app's components (src/ui/first_paint.rs, printed by src/bin/first-paint.rs), so a slow phone
// shows them, Exit this page included, before the WebAssembly has started. It also makes the
// app's download wait for that paint: Trunk's preload links and loader would start it at once,
// and on a slow line it would then share the bandwidth with the styles the first paint needs.
// Trunk runs this first of the post-build steps (see Trunk.toml), so the policy's script hashes
// and the service worker's copy see the final page.
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

const preloads = /\s*<link rel="(modulepreload|preload)"[^>]*>/g;
if (html.match(preloads)?.length !== 2) throw new Error('first-paint.mjs: Trunk\'s two preload links (glue and wasm) were not found');
const trunkLoader = /<script type="module">\s*import init, \* as bindings from '(\.\/hearth-[0-9a-f]+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/hearth-[0-9a-f]+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
const [, glue, wasm] = html.match(trunkLoader) ?? [];
if (!glue) throw new Error('first-paint.mjs: Trunk\'s loader script is not the one expected (has Trunk been upgraded?)');
// V8's explicit compile hint (Chromium 136 and later): every function of the app's JavaScript
// is compiled as it downloads, off the page's thread, not one by one on first call during the
// first render. Other browsers read it as a comment.
const glueFile = join(staging, glue);
writeFileSync(glueFile, `//# allFunctionsCalledOnLoad\n${readFileSync(glueFile, 'utf8')}`);
// The app starts once the first paint's content is on screen (and a frame later), so its
// download never holds that paint up (a first paint of nothing but the background, as when the
// page is hidden while it is read, does not count); and after 2 s whatever happens, should the
// browser never report it. The wasm and its JavaScript are then asked for together, not one
// after the other: a round trip less on a slow line. On a first visit the wasm is compiled from
// its bytes, not as it streams in: Chromium handles a streamed module's bytes on the page's own
// thread (about 70 ms of it in a trace with the CPU slowed 4x, in one block when the bytes come
// quickly), and compiles bytes on a background thread (4 ms of the page's). From the offline
// copy (a repeat visit) it is streamed as before: compiling from bytes made those starts slower.
// If the app cannot be fetched or started, the first paint's script says so (index.html).
const loader = `<script type="module">
await new Promise((painted) => {
  const frameLater = () => requestAnimationFrame(() => setTimeout(painted));
  setTimeout(painted, 2000);
  const contentful = (entries) => entries.some((entry) => entry.name === 'first-contentful-paint');
  if (contentful(performance.getEntriesByType('paint'))) return frameLater();
  try {
    new PerformanceObserver((entries, observer) => {
      if (!contentful(entries.getEntries())) return;
      observer.disconnect();
      frameLater();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    frameLater();
  }
});
try {
  const download = fetch('${wasm}');
  const wasm = navigator.serviceWorker?.controller ? download : download.then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes));
  const [app, module] = await Promise.all([import('${glue}'), wasm]);
  await app.default({ module_or_path: module });
} catch (error) {
  console.error(error);
  dispatchEvent(new Event('hearth-not-started'));
}
</script>`;
// The comments in index.html are for whoever reads its source, not for every first visit: they
// go, with the indentation, before the first paint is put in (so its own text is untouched).
const shrunk = html.replace(/<!--[\s\S]*?-->\s*/g, '').replace(/\n\s*\/\/[^\n]*/g, '').replace(/\n\s+/g, '\n');
writeFileSync(file, shrunk
  .replace('__HEARTH_FIRST_PAINT__', () => paint)
  .replace(preloads, '')
  .replace(trunkLoader, () => loader));
console.log(`first-paint: ${Buffer.byteLength(paint)} bytes of the frame, the home page and the pages drawn for their own addresses in index.html`);
