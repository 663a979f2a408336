// Hosting: dist/ served with the README recipe's security headers still works, and the headers
// are really there (runs in the with-headers project).
import { test, expect } from './fixtures';

test('the security headers are sent, the CSP header matches the page, and the wasm comes precompressed', async ({ page, hearth }) => {
  const wasmResponse = page.waitForResponse(/_bg\.wasm$/);
  const response = await page.goto('./');
  const headers = response!.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['content-security-policy']).toContain("default-src 'none'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(hearth.heading()).toHaveText('Hearth');
  const wasm = await wasmResponse;
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  // The build's brotli copy, as the recipe's brotli_static serves it.
  expect(wasm.headers()['content-encoding']).toBe('br');
});
