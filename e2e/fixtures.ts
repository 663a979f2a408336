// Every end-to-end test imports `test` from here, so every test runs under the privacy guards.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Guards } from './guards';
import { Hearth } from './hearth';

/** Exit this page's destination in the national settings Hearth is built with. */
export const exitUrl: string = JSON.parse(readFileSync('assets/local.json', 'utf8')).exit_url;

export const test = base.extend<{ guards: Guards; app: { heldBack: boolean }; hearth: Hearth }>({
  guards: [
    async ({ page, context, baseURL }, use) => {
      const guards = new Guards(page, context, new URL(baseURL!).origin);
      await guards.install();
      await use(guards);
      await guards.verify();
    },
    { auto: true },
  ],
  // Hearth's first paint (the frame and home page in index.html) shows before the app starts and
  // is then replaced: a test acts on the app, so opening or reloading a page waits for the app,
  // unless the test holds it back to look at the first paint itself (e2e/first-paint.spec.ts).
  app: [
    async ({ page }, use) => {
      const app = { heldBack: false };
      const started = () =>
        app.heldBack
          ? Promise.resolve()
          : page.waitForFunction(() => !document.getElementById('hearth-first-paint'), undefined, { timeout: 15_000 }).catch(() => undefined);
      const [goto, reload] = [page.goto.bind(page), page.reload.bind(page)];
      page.goto = (async (...args: Parameters<typeof goto>) => {
        const response = await goto(...args);
        await started();
        return response;
      }) as typeof goto;
      page.reload = (async (...args: Parameters<typeof reload>) => {
        const response = await reload(...args);
        await started();
        return response;
      }) as typeof reload;
      await use(app);
    },
    { auto: true },
  ],
  hearth: async ({ page }, use) => {
    await use(new Hearth(page));
  },
});

export { expect };
