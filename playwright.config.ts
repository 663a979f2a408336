import { defineConfig, devices } from '@playwright/test';

const port = 4173;
// The same dist/ served by nginx running the README's hosting recipe (e2e/nginx.mjs).
const headersPort = 4174;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'off',
    // Each test starts as a first visit; e2e/offline.spec.ts turns the offline copy on.
    serviceWorkers: 'block',
    launchOptions: {
      // Playwright's own browser downloads do not work here; Debian's chromium does.
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, testIgnore: /(\/headers|\.phone)\.spec\.ts$/ },
    // The journeys of a practitioner or a parent on a phone: 360 by 740, touch. The family guide,
    // Exit this page, both question sets, printing, record files and the idle lock and clearing
    // run here too: a home visit happens on a phone.
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
      testMatch: /(\.phone|\/guide|\/exit|\/conflict|\/safer-sleep|\/print|\/record-file|\/idle)\.spec\.ts$/,
    },
    { name: 'narrow', use: { viewport: { width: 320, height: 640 }, hasTouch: true }, testMatch: /\/(a11y|journeys|setup)\.spec\.ts$/ },
    // Every accessibility check again in the dark theme that follows the device's setting.
    { name: 'desktop-dark', use: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' }, testMatch: /\/a11y\.spec\.ts$/ },
    { name: 'narrow-dark', use: { viewport: { width: 320, height: 640 }, hasTouch: true, colorScheme: 'dark' }, testMatch: /\/a11y\.spec\.ts$/ },
    {
      name: 'with-headers',
      use: { viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${headersPort}/` },
      // Matched against the whole path, so anchored to file names: a folder called "offline"
      // must not bring in every file.
      testMatch: /\/(journeys|conflict|guide|headers|trainer|offline)\.spec\.ts$/,
    },
  ],
  webServer: [
    { command: `node e2e/serve.mjs dist ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false, timeout: 10_000 },
    {
      command: `node e2e/nginx.mjs dist ${headersPort}`,
      url: `http://127.0.0.1:${headersPort}/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
