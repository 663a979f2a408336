// Offline: after one visit Hearth loads and works with the network gone; a new version is
// fetched in the background and used from the next visit, with a short notice.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

test.use({ serviceWorkers: 'allow' });

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

  await page.goto('./#/trainer/willow-lane/3');
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
  for (const path of cached) expect(path).toMatch(/^\/([\w.-]+\.(js|wasm|css|svg|png|html|webmanifest))?$/);
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

test('a new version is used from the next visit, with a notice', async ({ page, guards }) => {
  // A copy of dist/ on its own port stands in for the website between two releases.
  const site = mkdtempSync(join(tmpdir(), 'hearth-release-'));
  cpSync('dist', site, { recursive: true });
  // One port per concurrently running worker, so two projects never share a "release".
  const port = 4175 + test.info().parallelIndex;
  const server: ChildProcess = spawn('node', ['e2e/serve.mjs', site, String(port)], { stdio: 'ignore' });
  try {
    const address = `http://127.0.0.1:${port}/`;
    guards.alsoHearthAt(`http://127.0.0.1:${port}`);
    await expect(async () => expect((await page.request.get(address)).ok()).toBe(true)).toPass();
    await page.goto(address);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect(page.getByText('A new version of Hearth has been downloaded')).toHaveCount(0);

    appendFileSync(join(site, 'sw.js'), '\n// the next release\n');
    await page.reload();
    await expect(page.getByText('A new version of Hearth has been downloaded. It will be used the next time you open Hearth.')).toBeVisible();
  } finally {
    server.kill();
    rmSync(site, { recursive: true, force: true });
  }
});
