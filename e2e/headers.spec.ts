// Hosting: dist/ served by nginx running the README's recipe (the with-headers project) still
// works, and every header the recipe promises is really sent, on the page and on its files.
import { test, expect } from './fixtures';
import { recipeHeaders } from './recipe.mjs';

test('the recipe sends its security headers on every file, the right types, and the precompressed wasm', async ({ page, hearth }) => {
  const recipe = recipeHeaders('dist');
  expect(Object.keys(recipe).sort()).toEqual([
    'Content-Security-Policy',
    'Permissions-Policy',
    'Referrer-Policy',
    'Strict-Transport-Security',
    'X-Content-Type-Options',
  ]);
  // Two years, for this host only: the README says why not includeSubDomains. Browsers honour
  // it only over https, so over the tests' http this checks that it is sent, nothing more.
  expect(recipe['Strict-Transport-Security']).toBe('max-age=63072000');
  const files = page.waitForResponse(/_bg\.wasm$/);
  const script = page.waitForResponse(/hearth-[0-9a-f]+\.js$/);
  const styles = page.waitForResponse(/\.css$/);
  const response = await page.goto('./');
  expect(response!.headers()['content-type']).toMatch(/^text\/html/);
  const [js, css] = await Promise.all([script, styles]);
  // Without the standard types, nosniff would make the browser refuse scripts and styles.
  expect(js.headers()['content-type']).toMatch(/javascript/);
  expect(css.headers()['content-type']).toMatch(/^text\/css/);
  const wasm = await files;
  await expect(hearth.heading()).toHaveText('Hearth');
  for (const file of [response!, wasm, js, css]) {
    for (const [name, value] of Object.entries(recipe)) {
      expect(file.headers()[name.toLowerCase()], `${name} on ${file.url()}`).toBe(value);
    }
  }
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  // The build's brotli copy, as the recipe's brotli_static serves it.
  expect(wasm.headers()['content-encoding']).toBe('br');
  // Hashed files are kept for good; the page is checked on every visit, so a release is found.
  expect(wasm.headers()['cache-control']).toContain('immutable');
  expect(response!.headers()['cache-control']).toBe('no-cache');
  const worker = await page.request.get('./sw.js');
  for (const [name, value] of Object.entries(recipe)) {
    expect(worker.headers()[name.toLowerCase()], `${name} on ${worker.url()}`).toBe(value);
  }
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['content-type']).toMatch(/javascript/);
});
