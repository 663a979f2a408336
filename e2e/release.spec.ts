// The release archive (make release) as a partnership gets it: unpacked with unzip, its
// checksums checked, dist/ served as it comes, and the single file opened from file://. Then
// as partnerships adopt it: one website serving the same dist/ in a folder per area, each with
// its own local.json (a good one, a broken one), and a single file built with an area's settings.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { Hearth, SetupForm } from './hearth';
import { serveFiles } from './serve.mjs';

const version = /\[package\][^[]*?\nversion = "([^"]+)"/.exec(readFileSync('Cargo.toml', 'utf8'))![1];
const archive = `release/hearth-${version}.zip`;
// One worker for the file, so a missing archive is made once.
test.describe.configure({ mode: 'serial' });
let unpacked: string;
let folder: string;
let server: Server;
let origin: string;
let areas: Server;
let areasOrigin: string;

/** A partnership's settings: the example shipped in the archive, with its own exit destination. */
const northExit = 'https://www.example.org/northshire-weather';
const frontDoor = '01632 960 001';
/** A file with three mistakes: a number with letters, an idle time out of range, a plain http exit. */
function brokenSettings(example: string): string {
  return example.replace('"01632 960 002"', '"01632 96O 002"').replace('"idle_minutes": 30', '"idle_minutes": 1').replace('https://www.bbc.co.uk/weather', 'http://www.bbc.co.uk/weather');
}

test.beforeAll(async () => {
  if (!existsSync(archive)) execFileSync('node', ['scripts/release.mjs'], { stdio: 'inherit' });
  folder = mkdtempSync(join(tmpdir(), 'hearth-release-'));
  execFileSync('unzip', ['-q', archive, '-d', folder]);
  unpacked = join(folder, `hearth-${version}`);
  server = createServer(serveFiles(join(unpacked, 'dist')));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // One website, the same dist/ in a folder per area, each with its own local.json.
  const example = readFileSync(join(unpacked, 'local.json.example'), 'utf8');
  for (const [area, settings] of [
    ['north', example.replace('https://www.bbc.co.uk/weather', northExit)],
    ['south', brokenSettings(example)],
  ]) {
    cpSync(join(unpacked, 'dist'), join(folder, 'areas', area), { recursive: true });
    writeFileSync(join(folder, 'areas', area, 'local.json'), settings);
  }
  areas = createServer(serveFiles(join(folder, 'areas')));
  await new Promise<void>((listening) => areas.listen(0, '127.0.0.1', listening));
  areasOrigin = `http://127.0.0.1:${(areas.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server.close();
  areas.close();
  rmSync(folder, { recursive: true, force: true });
});

test('the unpacked archive checks out against its SHA256SUMS', () => {
  const listed = readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8').trim().split('\n').map((line) => line.split('  ')[1]);
  expect(listed).toEqual(expect.arrayContaining(['dist/index.html', 'dist/local.json', 'dist/hearth.html', 'hearth.html', 'local.json.example', 'HOSTING.md']));
  execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: unpacked });
  expect(JSON.parse(readFileSync(join(unpacked, 'local.json.example'), 'utf8')).exit_url).toMatch(/^https:\/\//);
});

test("the archive's dist/ serves Hearth, and About names this version", async ({ page, hearth, guards }) => {
  guards.alsoHearthAt(origin);
  await page.goto(`${origin}/`);
  await expect(hearth.heading()).toHaveText('Hearth');
  await page.goto(`${origin}/#/about`);
  await expect(page.getByText(`This is Hearth ${version}.`)).toBeVisible();
});

test("the archive's single file opens from file://", async ({ page, hearth, guards }) => {
  guards.alsoHearthAt('null');
  await page.goto(pathToFileURL(join(unpacked, 'hearth.html')).href);
  await expect(hearth.heading()).toHaveText('Hearth');
});

/**
 * The journey the issue names, at `base` (a folder of a website, or a file): the local front
 * door's number on Help and in a conflict outcome's next steps, then Exit this page goes to the
 * area's destination.
 */
async function expectLocalSettingsInUse(page: Page, hearth: Hearth, base: string, exit: string): Promise<void> {
  await page.goto(`${base}#/help`);
  await expect(page.getByRole('heading', { name: 'Local contacts in Northshire' })).toBeVisible();
  await expect(page.getByRole('link', { name: frontDoor })).toHaveAttribute('href', 'tel:01632960001');
  await page.goto(`${base}#/practitioner`);
  await hearth.addAdult('Dad');
  await hearth.addAdult('Mum');
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await page.goto(`${base}#/practitioner/conflict/first-adult/harm`);
  await hearth.answer("Has Dad ever put pressure on Mum's neck, or choked, strangled or smothered them, even briefly?", 'Yes');
  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: High-risk markers present: act today');
  const frontDoorStep = page.getByRole('listitem').filter({ hasText: /^Refer the children to your local children's front door/ });
  await expect(frontDoorStep).toContainText(`Northshire Children's Front Door (MASH): ${frontDoor}`);
  await expect(frontDoorStep).toContainText('Northshire Emergency Duty Team: 01632 960 002 (Evenings, weekends and bank holidays)');
  await expect(page.getByRole('listitem').filter({ hasText: /^Consider a referral to MARAC/ })).toContainText('Northshire MARAC co-ordinator: 01632 960 004');
  expect(await hearth.copyForCaseNotes()).toContain(`Contact: Northshire Children's Front Door (MASH): ${frontDoor}`);
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exit);
}

test("an area's local.json beside dist/ gives its contacts on Help and in next steps, and its exit destination", async ({ page, hearth, guards }) => {
  guards.alsoHearthAt(areasOrigin);
  guards.allowNavigationTo(northExit);
  await expectLocalSettingsInUse(page, hearth, `${areasOrigin}/north/`, northExit);
  await page.goto(`${areasOrigin}/north/#/about`);
  await expect(page.getByRole('main').getByText('Local settings for Northshire, last updated on 30 November 2026.')).toBeVisible();
  // Every printout says which version, content reviews and local settings it came from.
  await expect(page.locator('.hearth-print-stamp')).toHaveText(
    /^Printed on \d+ \w+ \d{4} from Hearth \d+\.\d+\.\d+, content reviewed up to \d+ \w+ \d{4}\. Local settings for Northshire, last updated on 30 November 2026\.$/,
  );
});

test('a broken local.json is refused whole: national settings, and every problem on the Local settings page', async ({ page, hearth, guards }) => {
  guards.alsoHearthAt(areasOrigin);
  const exit = JSON.parse(readFileSync('assets/local.json', 'utf8')).exit_url;
  guards.allowNavigationTo(exit);
  await page.goto(`${areasOrigin}/south/#/help`);
  await expect(page.getByRole('heading', { name: 'Local contacts', exact: true })).toBeVisible();
  await expect(page.getByText('No local contacts have been set up in this copy of Hearth.')).toBeVisible();
  await expect(page.getByText(frontDoor)).toHaveCount(0);
  await page.getByRole('link', { name: 'Where these local settings come from' }).click();
  await expect(hearth.heading()).toHaveText('Local settings');
  await expect(page.getByRole('heading', { name: 'The local settings file has 3 problems to fix, so none of it is used' })).toBeVisible();
  const problems = page.locator('.hearth-problems li');
  await expect(problems).toHaveText([
    /^Top of the file: "exit_url" is "http:\/\/www\.bbc\.co\.uk\/weather": it must be a full web address starting with https:\/\//,
    /^Top of the file: "idle_minutes" is 1: it must be a whole number of minutes from 2 to 240/,
    /^Contact 2 \("front-door-out-of-hours"\): "number" is "01632 96O 002": use only digits and spaces/,
  ]);
  await hearth.expectNoAxeViolations();
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exit);
});

test.describe('with the offline worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('each area keeps its own offline copy on one website', async ({ page, guards }) => {
    guards.alsoHearthAt(areasOrigin);
    const caches = async () =>
      page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        return (await window.caches.keys()).sort();
      });
    await page.goto(`${areasOrigin}/north/`);
    await expect.poll(caches).toHaveLength(1);
    await page.goto(`${areasOrigin}/south/`);
    await expect.poll(caches).toHaveLength(2);
    const names = await caches();
    expect(names.some((name) => name.endsWith(` ${areasOrigin}/north/`))).toBe(true);
    expect(names.some((name) => name.endsWith(` ${areasOrigin}/south/`))).toBe(true);
  });
});

test('make single-file LOCAL=... builds an area\'s settings into the single file, which uses them from file://', async ({ page, hearth, guards }) => {
  guards.alsoHearthAt('null');
  guards.allowNavigationTo(northExit);
  const settings = join(folder, 'areas', 'north', 'local.json');
  const single = join(folder, 'hearth-north.html');
  execFileSync('node', ['scripts/single-file.mjs', join(unpacked, 'dist'), single, settings]);
  await expectLocalSettingsInUse(page, hearth, pathToFileURL(single).href, northExit);
});

/** The example's settings, typed into the setup page as a partnership's officer would. */
const typedAsTheExample: SetupForm = {
  area: 'Northshire',
  exitUrl: northExit,
  idleMinutes: '30',
  contacts: {
    "Children's front door or MASH, in office hours": {
      name: "Northshire Children's Front Door (MASH)",
      number: frontDoor,
      hours: 'Monday to Thursday 8.30am to 5pm, Friday to 4.30pm',
    },
    "Children's front door out of hours (emergency duty team)": {
      name: 'Northshire Emergency Duty Team',
      number: '01632 960 002',
      hours: 'Evenings, weekends and bank holidays',
    },
    'MARAC co-ordinator': { name: 'Northshire MARAC co-ordinator', number: '01632 960 004', hours: 'Monday to Friday, 9am to 5pm' },
  },
  procedures: {},
};

test("the setup page's local.json, dropped into the unpacked release, gives the same result; so does its single file from file://", async ({ page, hearth, guards }) => {
  guards.alsoHearthAt(areasOrigin);
  guards.alsoHearthAt('null');
  guards.allowNavigationTo(northExit);
  // The setup page of a copy using the national settings (the broken area's), so the form
  // starts empty of any area's own.
  await page.goto(`${areasOrigin}/south/#/setup`);
  await hearth.fillSetupForm(typedAsTheExample);
  const settings = await hearth.downloadLocalJson();
  const singleFile = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Hearth as a single file with these settings' }).click();
  const single = join(folder, 'hearth-from-setup.html');
  await (await singleFile).saveAs(single);
  const shown = await page.getByLabel('SHA-256 of hearth.html').inputValue();
  expect(shown).toBe(createHash('sha256').update(readFileSync(single)).digest('hex'));

  cpSync(join(unpacked, 'dist'), join(folder, 'areas', 'from-setup'), { recursive: true });
  writeFileSync(join(folder, 'areas', 'from-setup', 'local.json'), settings);
  await expectLocalSettingsInUse(page, hearth, `${areasOrigin}/from-setup/`, northExit);
  await expectLocalSettingsInUse(page, hearth, pathToFileURL(single).href, northExit);
});
