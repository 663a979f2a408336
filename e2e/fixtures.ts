// Every end-to-end test imports `test` from here, so every test runs under the privacy guards.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Guards } from './guards';
import { Hearth } from './hearth';

/** Exit this page's destination in the national settings Hearth is built with. */
export const exitUrl: string = JSON.parse(readFileSync('assets/local.json', 'utf8')).exit_url;

export const test = base.extend<{ guards: Guards; hearth: Hearth }>({
  guards: [
    async ({ page, context, baseURL }, use) => {
      const guards = new Guards(page, context, new URL(baseURL!).origin);
      await guards.install();
      await use(guards);
      await guards.verify();
    },
    { auto: true },
  ],
  hearth: async ({ page }, use) => {
    await use(new Hearth(page));
  },
});

export { expect };
