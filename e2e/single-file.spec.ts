// The single-file copy (make single-file) runs from file:// with no server: a journey through
// the family check and the trainer, under its own Content-Security-Policy.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures';

const file = resolve('single-file/hearth.html');
const address = pathToFileURL(file).href;

test('the single file opens from file:// and completes a journey', async ({ page, hearth, guards }) => {
  guards.alsoHearthAt('null');
  await page.goto(address);
  await expect(hearth.heading()).toHaveText('Hearth');
  await page.getByRole('link', { name: 'Families', exact: true }).first().click();
  await page.getByRole('link', { name: 'Check tonight' }).click();
  for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
  await page.getByRole('button', { name: 'Show my answer for tonight' }).click();
  await expect(page.getByRole('region', { name: 'Your answer for tonight' })).toBeVisible();

  await page.goto(`${address}#/trainer/willow-lane/0`);
  await expect(hearth.heading()).toHaveText('Willow Lane: a new baby, a night out and seven agencies');
  await hearth.presenterReady();
  await page.keyboard.press('End');
  await expect(hearth.heading()).toHaveText('Follow referrals up');
  await page.keyboard.press('Home');
  await expect(hearth.heading()).toHaveText('Willow Lane: a new baby, a night out and seven agencies');
  for (let slide = 0; slide < 5; slide++) await page.keyboard.press('ArrowRight');
  await expect(hearth.heading()).toHaveText('Police');
  await hearth.expectOutcomes('abuse-indicated', 'protect');
  await page.keyboard.press('q');
  await expect(page.getByRole('region', { name: 'Follow on your phone' }).getByRole('img')).toBeVisible();
  await page.goto(`${address}#/trainer`);
  await expect(page.getByText('Phones cannot open Hearth here')).toBeVisible();
});

test('the single file carries its own SHA-256 and asks nothing of any server', async ({ page, guards }) => {
  guards.alsoHearthAt('null');
  const html = readFileSync(file);
  const [digest] = readFileSync(`${file}.sha256`, 'utf8').split(' ');
  expect(createHash('sha256').update(html).digest('hex')).toBe(digest);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hearth');
  expect(requests.filter((url) => url !== address)).toEqual([]);
});
