// The release archive (make release) as a partnership gets it: unpacked with unzip, its
// checksums checked, dist/ served as it comes, and the single file opened from file://.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures';
import { serveFiles } from './serve.mjs';

const version = /\[package\][^[]*?\nversion = "([^"]+)"/.exec(readFileSync('Cargo.toml', 'utf8'))![1];
const archive = `release/hearth-${version}.zip`;
// One worker for the file, so a missing archive is made once.
test.describe.configure({ mode: 'serial' });
let unpacked: string;
let folder: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  if (!existsSync(archive)) execFileSync('node', ['scripts/release.mjs'], { stdio: 'inherit' });
  folder = mkdtempSync(join(tmpdir(), 'hearth-release-'));
  execFileSync('unzip', ['-q', archive, '-d', folder]);
  unpacked = join(folder, `hearth-${version}`);
  server = createServer(serveFiles(join(unpacked, 'dist')));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
});

test('the unpacked archive checks out against its SHA256SUMS', () => {
  const listed = readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8').trim().split('\n').map((line) => line.split('  ')[1]);
  expect(listed).toEqual(expect.arrayContaining(['dist/index.html', 'hearth.html', 'local.json.example', 'HOSTING.md']));
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
