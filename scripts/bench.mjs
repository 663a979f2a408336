// make bench: Lighthouse 12 (mobile preset, simulated throttling) on the home page and a
// question page, and the time from a click on an answer to the next paint with the CPU slowed
// 4x. dist/ is served as the hosting recipe serves it: its headers and precompressed files.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const port = 4176;
const origin = `http://127.0.0.1:${port}/`;
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const server = spawn('node', ['e2e/serve.mjs', 'dist', String(port), '--headers', '--precompressed'], { stdio: 'ignore' });
// Static copies of the measured pages, with Hearth's styles and no script.
const staticDir = 'target/bench/static';
const staticPort = 4178;
const staticOrigin = `http://127.0.0.1:${staticPort}/`;
rmSync(staticDir, { recursive: true, force: true });
mkdirSync(staticDir, { recursive: true });
for (const file of readdirSync('dist').filter((f) => f.endsWith('.css'))) copyFileSync(join('dist', file), join(staticDir, file));
const staticServer = spawn('node', ['e2e/serve.mjs', staticDir, String(staticPort)], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 500));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  console.log('Lighthouse 12.2.3, mobile preset, simulated throttling (median of 5 runs)');
  for (const [name, path] of [['home page', ''], ['question page (tonight)', '#/family/tonight']]) {
    const runs = [];
    for (let run = 0; run < 5; run++) {
      const out = `target/bench/lighthouse-${name.split(' ')[0]}-${run}.json`;
      execFileSync('bench/node_modules/.bin/lighthouse', [
        `${origin}${path}`, '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`, '--quiet',
      ], { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: 'inherit' });
      runs.push(JSON.parse(readFileSync(out, 'utf8')));
    }
    const score = (key) => median(runs.map((r) => Math.round(r.categories[key].score * 100)));
    const metric = (key) => median(runs.map((r) => r.audits[key].numericValue));
    console.log(`  ${name}: performance ${score('performance')} (target 95), accessibility ${score('accessibility')} (100), ` +
      `best practices ${score('best-practices')} (100); FCP ${Math.round(metric('first-contentful-paint'))} ms, ` +
      `LCP ${Math.round(metric('largest-contentful-paint'))} ms, TBT ${Math.round(metric('total-blocking-time'))} ms`);
  }

  const browser = await chromium.launch({ executablePath: chromiumPath });
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__clicks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'click') window.__clicks.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 0, buffered: true });
  });
  // Headless Chromium on a busy machine adds its own frame delays, so each page is measured
  // twice: as Hearth, then as a static copy of the same page with no script at all. What
  // Hearth adds is the difference.
  const percentile = (values, p) => [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * p))];
  const clickEveryAnswer = async (label) => {
    // The whole page in view, so no click has to scroll: headless Chromium sometimes holds
    // the first frame after a scroll for up to half a second, on a static page as much as on
    // Hearth, and that would be measured instead of the answer's own repaint.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 412, height });
    for (const radio of await page.getByRole('radio').all()) await radio.click();
    await page.waitForTimeout(300);
    await page.setViewportSize({ width: 412, height: 823 });
    const clicks = await page.evaluate(() => window.__clicks.splice(0));
    console.log(`  ${label.padEnd(40)} ${String(clicks.length).padStart(6)} ${String(median(clicks)).padStart(7)} ` +
      `${String(percentile(clicks, 0.9)).padStart(6)} ${String(Math.max(...clicks)).padStart(8)}`);
  };
  const staticCopies = [];
  const measure = async (label, file) => {
    await page.evaluate(() => window.__clicks.splice(0));
    await clickEveryAnswer(label);
    const html = (await page.content())
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    writeFileSync(join(staticDir, file), html);
    staticCopies.push([`${label}, static copy`, file]);
  };
  console.log('Click on an answer to the next paint, CPU slowed 4x (Event Timing, 8 ms steps; target 50 ms)');
  console.log(`  ${'page'.padEnd(40)} ${'clicks'.padStart(6)} ${'median'.padStart(7)} ${'90th'.padStart(6)} ${'slowest'.padStart(8)}`);
  await page.goto(`${origin}#/family/tonight`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await measure('family tonight check', 'tonight.html');
  await page.goto(`${origin}#/practitioner`);
  for (const label of ['Parent 1', 'Parent 2']) {
    await page.getByLabel('Label for this adult').fill(label);
    await page.getByRole('button', { name: 'Add adult' }).click();
  }
  // With exactly two adults the set starts at once, with them chosen.
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await page.goto(`${origin}#/practitioner/conflict/first-adult`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await measure('conflict-or-abuse questions', 'conflict.html');
  for (const [label, file] of staticCopies) {
    await page.goto(`${staticOrigin}${file}`);
    await page.evaluate(() => window.__clicks.splice(0));
    await clickEveryAnswer(label);
  }

  // The app's own start, apart from the network: from the page's start to the moment the app
  // has drawn itself and removed the first paint (the wasm compiled and instantiated, the local
  // settings read, the first render), CPU slowed 4x, files from the browser's cache.
  await page.addInitScript(() => {
    window.__appStarted = new Promise((started) => {
      let seen = false;
      new MutationObserver((_, observer) => {
        const paint = document.getElementById('hearth-first-paint');
        seen ||= paint !== null;
        if (seen && !paint) {
          observer.disconnect();
          started(Math.round(performance.now()));
        }
      }).observe(document, { childList: true, subtree: true });
    });
  });
  const starts = [];
  for (let run = 0; run < 6; run++) {
    await page.goto(origin);
    starts.push(await page.evaluate(() => window.__appStarted));
  }
  console.log(`App start (first paint to the app's own page), CPU slowed 4x, cached files: median ${median(starts.slice(1))} ms of 5 runs`);
  await browser.close();
} finally {
  server.kill();
  staticServer.kill();
}
