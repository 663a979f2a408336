// make bench: Lighthouse 12 (mobile preset, simulated throttling) on the home page and a
// question page, and the time from a click on an answer to the next paint with the CPU slowed
// 4x. dist/ is served as the hosting recipe serves it: its headers and precompressed files.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = 4176;
const origin = `http://127.0.0.1:${port}/`;
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const server = spawn('node', ['e2e/serve.mjs', 'dist', String(port), '--headers', '--precompressed'], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 500));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  mkdirSync('target/bench', { recursive: true });
  console.log('Lighthouse 12.2.3, mobile preset, simulated throttling (median of 3 runs)');
  for (const [name, path] of [['home page', ''], ['question page (tonight)', '#/family/tonight']]) {
    const runs = [];
    for (let run = 0; run < 3; run++) {
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
  const measure = async (label) => {
    for (const radio of await page.getByRole('radio').all()) await radio.click();
    await page.waitForTimeout(300);
    const clicks = await page.evaluate(() => window.__clicks.splice(0));
    console.log(`  ${label}: ${clicks.length} clicks, median ${median(clicks)} ms, slowest ${Math.max(...clicks)} ms (target 50 ms)`);
  };
  console.log('Click on an answer to the next paint, CPU slowed 4x (Event Timing, 8 ms steps)');
  await page.goto(`${origin}#/family/tonight`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await measure('family tonight check');
  await page.goto(`${origin}#/practitioner`);
  for (const label of ['Parent 1', 'Parent 2']) {
    await page.getByLabel('Label for this adult').fill(label);
    await page.getByRole('button', { name: 'Add adult' }).click();
  }
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await page.getByLabel('First adult').selectOption('Parent 1');
  await page.getByLabel('Second adult').selectOption('Parent 2');
  await page.getByRole('button', { name: 'Start with these adults' }).click();
  await page.goto(`${origin}#/practitioner/conflict/first-adult`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => window.__clicks.splice(0));
  await measure('conflict-or-abuse questions');
  await browser.close();
} finally {
  server.kill();
}
