// Offline: after one visit Hearth loads and works with the network gone; a new version is
// fetched in the background and used from the next visit, with a short notice. The page itself
// comes from the website whenever it answers, a worker whose script has gone from the website
// removes itself, and Forget everything can remove the offline copy. An area's local settings
// are asked of the website first too, with the copy last fetched kept for no network.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as hearthTest, expect } from './fixtures';
import { serveFiles } from './serve.mjs';

/** A copy of dist/ on its own address, standing in for the website as a test changes it. */
type Website = {
  address: string;
  /** The website's files, which a test may change. */
  folder: string;
  /** Sent with every file from the next request on. */
  headers: Record<string, string>;
  /** Every path asked for, in order. */
  requested: string[];
  /** While true, requests for the page itself get no answer, as from a network that has stalled. */
  stalled: boolean;
  /** Takes the website away: from now on every request fails. */
  stop(): void;
};

const test = hearthTest.extend<{ website: Website }>({
  website: async ({ guards }, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'hearth-website-'));
    cpSync('dist', folder, { recursive: true });
    const headers: Record<string, string> = {};
    const files = serveFiles(folder, { headers });
    const requested: string[] = [];
    const website = { folder, headers, requested, stalled: false } as Website;
    const server = createServer((request, response) => {
      const path = new URL(request.url!, 'http://127.0.0.1').pathname;
      requested.push(path);
      if (!(website.stalled && (path === '/' || path === '/index.html'))) files(request, response);
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    website.address = `${origin}/`;
    website.stop = () => {
      server.close();
      server.closeAllConnections();
    };
    guards.alsoHearthAt(origin);
    await use(website);
    website.stop();
    rmSync(folder, { recursive: true, force: true });
  },
});

test.use({ serviceWorkers: 'allow' });

/** Waits until the offline copy is kept and this page is served by it. */
async function offlineCopyInUse(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** This origin's service workers and the caches Hearth keeps, with the number of files in each. */
function offlineCopy(page: Page) {
  return page.evaluate(async () => {
    const caches_: Record<string, number> = {};
    for (const name of await caches.keys()) caches_[name] = (await (await caches.open(name)).keys()).length;
    return { workers: (await navigator.serviceWorker.getRegistrations()).length, caches: caches_ };
  });
}

test('after the first visit Hearth reloads and completes a journey with no network', async ({ page, context, hearth }) => {
  await hearth.open('home');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await expect(hearth.heading()).toHaveText('Hearth');

  await hearth.open('tonight');
  for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
  await page.getByRole('button', { name: 'Show my answer for tonight' }).click();
  await expect(page.getByRole('region', { name: 'Your answer for tonight' })).toBeVisible();

  await page.goto('./#/trainer/willow-lane/5');
  await expect(hearth.heading()).toHaveText('Police');
  await hearth.expectOutcomes('abuse-indicated', 'protect');
  await context.setOffline(false);
});

test('the offline copy holds only Hearth\'s own files', async ({ page, hearth }) => {
  await hearth.open('home');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached.length).toBeGreaterThan(5);
  for (const path of cached) expect(path).toMatch(/^\/([\w.-]+\.(js|wasm|css|svg|png|html|webmanifest|json))?$/);
});

test('Hearth can be installed: a manifest with icons', async ({ page, hearth }) => {
  await hearth.open('home');
  const manifest = await (await page.request.get('./manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Hearth', start_url: './', display: 'standalone' });
  for (const icon of manifest.icons) {
    const response = await page.request.get(`./${icon.src}`);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('a new version is used from the next visit, with a notice', async ({ page, website }) => {
  await page.goto(website.address);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.getByText('A new version of Hearth has been saved on this device')).toHaveCount(0);

  appendFileSync(join(website.folder, 'sw.js'), '\n// the next release\n');
  await page.reload();
  await expect(page.getByText('A new version of Hearth has been saved on this device, so it works without a connection. If this page looks out of date, close Hearth and open it again.')).toBeVisible();
});

test('the page comes from the website whenever it answers, so a change to its headers or content reaches an installed copy at once', async ({
  page,
  website,
  hearth,
}) => {
  await page.goto(website.address);
  await offlineCopyInUse(page);

  // The host changes a header and nothing else: no file changes, so the worker stays the same.
  const policy = "frame-ancestors 'none'";
  website.headers['Content-Security-Policy'] = policy;
  let response = await page.reload();
  expect(response!.fromServiceWorker()).toBe(true);
  expect(response!.headers()['content-security-policy']).toBe(policy);
  // The page is as it was, so the copy kept for no network takes the new headers too.
  await expect.poll(() => page.evaluate(async () => (await caches.match('./'))?.headers.get('content-security-policy'))).toBe(policy);

  // The page itself changes on the website, with no hashed file changing.
  const index = join(website.folder, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="hearth-edition" content="changed">\n  <title>'));
  await page.reload();
  await expect(hearth.heading()).toHaveText('Hearth');
  await expect(page.locator('meta[name="hearth-edition"]')).toHaveCount(1);
  expect(await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { installing: registration?.installing ?? null, waiting: registration?.waiting ?? null };
  })).toEqual({ installing: null, waiting: null });

  // With the website gone, the copy kept for no network opens, with the headers it last had;
  // a network failure is not a sign that Hearth has been taken down, so the copy stays.
  website.stop();
  response = await page.reload();
  await expect(hearth.heading()).toHaveText('Hearth');
  expect(response!.headers()['content-security-policy']).toBe(policy);
  await expect(page.locator('meta[name="hearth-edition"]')).toHaveCount(0);
  expect((await offlineCopy(page)).workers).toBe(1);
});

test('when the website stops answering, the copy kept for no network opens after 3 seconds', async ({ page, website, hearth }) => {
  await page.goto(website.address);
  await offlineCopyInUse(page);
  website.stalled = true;
  const asked = website.requested.length;
  const started = Date.now();
  await page.reload();
  await expect(hearth.heading()).toHaveText('Hearth');
  // The worker asked the website first, and waited for it.
  expect(website.requested.slice(asked)).toContain('/');
  expect(Date.now() - started).toBeGreaterThanOrEqual(3_000);
});

test("an area's changed local.json reaches an installed copy on its next visit, and the copy kept for no network has it", async ({ page, website, hearth }) => {
  const settings = join(website.folder, 'local.json');
  const area = (name: string) =>
    readFileSync('docs/adopt/local.json.example', 'utf8').replace('"area": "Northshire"', `"area": "${name}"`);
  writeFileSync(settings, area('Northshire'));
  await page.goto(`${website.address}#/help`);
  await offlineCopyInUse(page);
  await expect(page.getByRole('heading', { name: 'Local contacts in Northshire' })).toBeVisible();

  // The partnership changes its settings on the website; no file of Hearth's changes.
  writeFileSync(settings, area('Southshire'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Local contacts in Southshire' })).toBeVisible();

  // With no network, the settings last fetched are used.
  website.stop();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Local contacts in Southshire' })).toBeVisible();
});

test('a worker whose script has gone from the website removes itself and the offline copy', async ({ page, website, hearth }) => {
  await page.goto(website.address);
  await offlineCopyInUse(page);
  expect(Object.keys((await offlineCopy(page)).caches)).toHaveLength(1);

  for (const file of ['sw.js', 'sw.js.br', 'sw.js.gz']) rmSync(join(website.folder, file), { force: true });
  await page.reload();
  await expect(hearth.heading()).toHaveText('Hearth');
  await expect.poll(() => offlineCopy(page)).toEqual({ workers: 0, caches: {} });

  // The next visit comes from the website, where Hearth finds no worker to register.
  const asked = website.requested.length;
  await page.reload();
  await expect(hearth.heading()).toHaveText('Hearth');
  await expect.poll(() => website.requested.slice(asked)).toContain('/sw.js');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  // Registering finds no script and is undone, but the browser holds the registration until
  // the failed fetch ends: wait for that rather than look once.
  await expect.poll(() => offlineCopy(page)).toEqual({ workers: 0, caches: {} });
});

test('Forget everything removes the offline copy too, unless asked to keep it, and says exactly what it removed', async ({ page, hearth }) => {
  await hearth.open('about');
  await offlineCopyInUse(page);
  await page.reload();
  const [files] = Object.values((await offlineCopy(page)).caches);
  const panel = page.getByRole('region', { name: 'What is stored on this device now' });
  await expect(panel).toContainText(
    `In this browser's offline copy: Hearth's service worker and ${files} program files, so that Hearth opens without a network. It holds nothing you enter.`,
  );
  const removeCopy = panel.getByRole('checkbox', { name: 'Also remove the offline copy of Hearth' });
  await expect(removeCopy).toBeChecked();

  await removeCopy.uncheck();
  await page.getByRole('button', { name: 'Forget everything on this device' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    'Nothing was removed: Hearth held nothing on this device but its offline copy, which you chose to keep.',
  );
  expect((await offlineCopy(page)).workers).toBe(1);

  await removeCopy.check();
  await page.getByRole('button', { name: 'Forget everything on this device' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Removed: The offline copy (Hearth's service worker and ${files} program files).`);
  await expect(panel).toContainText("In this browser's offline copy: nothing from Hearth.");
  expect(await offlineCopy(page)).toEqual({ workers: 0, caches: {} });
  await hearth.expectNoAxeViolations();
});
