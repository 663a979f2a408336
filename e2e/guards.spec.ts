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
      const problems = (await guards.problems()).join('\n');
      expect(problems).toContain('storage guard');
      expect(problems).toContain(store === 'cookie' ? 'cookie planted' : `${store} planted`);
      await guards.forgetPlantedFaults();
    });
  }
});
