// The cross-engine smoke suite: the release build, served with the hosting recipe's security
// headers, and the single file from file://, driven over W3C WebDriver in Chromium, Firefox
// ESR and WebKitGTK. Dependency-free.
// Run by `make test-engines` (under Xvfb, which WebKitGTK needs). Exit code 1 if any fails.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const site = 'http://127.0.0.1:4177/';
// make single-file's copy, opened as a trainer opens it from a USB stick at a venue.
const singleFile = pathToFileURL(resolve('single-file/hearth.html')).href;
const engines = [
  {
    name: 'Chromium',
    driver: ['/usr/bin/chromedriver'],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    },
  },
  {
    name: 'Firefox ESR',
    driver: [process.env.GECKODRIVER ?? 'geckodriver'],
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] } },
  },
  {
    name: 'WebKit',
    driver: ['/usr/bin/WebKitWebDriver'],
    capabilities: { 'webkitgtk:browserOptions': { args: ['--automation'] } },
  },
];

const keys = { right: '\uE014', left: '\uE012' };
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, capabilities) {
    const response = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, response.sessionId);
  }

  command(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Opens `url` and waits for the app to replace the first paint, which shows the same page. */
  async go(url) {
    await this.command('POST', '/url', { url });
    await this.expect('the app started', 'return document.getElementById("hearth-first-paint") === null', true);
  }

  run(script, ...args) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  press(key) {
    return this.command('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
  }

  /** Waits until `script` returns `expected`, or fails saying what it saw last. */
  async expect(what, script, expected) {
    let seen;
    for (let tries = 0; tries < 50; tries++) {
      seen = await this.run(script).catch((e) => `error: ${e.message}`);
      if (seen === expected) return;
      await sleep(200);
    }
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, saw ${JSON.stringify(seen)}`);
  }

  end() {
    return this.command('DELETE', '');
  }
}

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${json.value?.message ?? response.status}`);
  return json.value;
}

const h1 = 'return document.querySelector("h1")?.textContent ?? null';
const outcome = (panel) => `return document.querySelector("[aria-labelledby=${panel}-panel-title]")?.dataset.outcome ?? null`;

async function tonight(s, from) {
  await s.go(`${from}#/family/tonight`);
  await s.expect('heading', h1, 'Tonight');
  await s.run(`for (const label of document.querySelectorAll("label")) if (label.textContent.trim() === "No") label.click();`);
  await s.run('[...document.querySelectorAll("button")].find((b) => b.textContent.includes("Show my answer")).click()');
  await s.expect('answer', 'return document.body.textContent.includes("Your answer for tonight")', true);
}

const journeys = {
  async 'home page loads under the security headers, with Exit this page'(s) {
    await s.go(site);
    await s.expect('heading', h1, 'Hearth');
    await s.expect('exit button', 'return !!document.querySelector(".govuk-exit-this-page__button")', true);
  },
  async 'family tonight check gives an answer'(s) {
    await tonight(s, site);
  },
  async 'the single file runs from file:// and gives an answer'(s) {
    await s.go(singleFile);
    await s.expect('heading', h1, 'Hearth');
    await tonight(s, singleFile);
  },
  async 'trainer scenario by keyboard, outcomes and swap'(s) {
    await s.go(`${site}#/trainer/willow-lane/0`);
    await s.expect('intro', h1, 'Willow Lane: a new baby, a night out and seven agencies');
    await s.expect('keys ready', 'return document.querySelector(".hearth-presenter")?.dataset.keys ?? null', 'ready');
    // Each agency's step is followed by its questions for the room: Police, step 3, is slide 5.
    for (let slide = 0; slide < 5; slide++) {
      await s.press(keys.right);
      await sleep(150);
    }
    await s.expect('step 3', h1, 'Police');
    await s.expect('conflict outcome', outcome('conflict'), 'abuse-indicated');
    await s.expect('sleep outcome', outcome('sleep'), 'protect');
    await s.press('s');
    await s.expect('swapped address', 'return location.hash', '#/trainer/willow-lane/5/swapped');
    await s.expect('same outcome swapped', outcome('conflict'), 'abuse-indicated');
    await s.press(keys.left);
    await s.expect('back a slide', h1, 'For discussion: Perinatal mental health team');
  },
};

async function startDriver(command, port) {
  const child = spawn(command[0], [...command.slice(1), `--port=${port}`], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 100; tries++) {
    try {
      const status = await call(base, 'GET', '/status');
      if (status.ready !== false) return { child, base };
    } catch {
      await sleep(100);
    }
  }
  child.kill();
  throw new Error(`${command[0]} did not start`);
}

const server = spawn('node', ['e2e/serve.mjs', 'dist', '4177', '--headers', '--precompressed'], { stdio: 'ignore' });
await sleep(500);
let failures = 0;
try {
  for (const [n, engine] of engines.entries()) {
    const { child, base } = await startDriver(engine.driver, 4480 + n);
    try {
      const session = await Session.start(base, engine.capabilities);
      try {
        for (const [name, journey] of Object.entries(journeys)) {
          try {
            await journey(session);
            console.log(`  ✓ ${engine.name}: ${name}`);
          } catch (error) {
            failures += 1;
            console.log(`  ✘ ${engine.name}: ${name}: ${error.message}`);
          }
        }
      } finally {
        await session.end().catch(() => {});
      }
    } catch (error) {
      failures += 1;
      console.log(`  ✘ ${engine.name}: could not start a session: ${error.message}`);
    } finally {
      child.kill();
    }
  }
} finally {
  server.kill();
}
console.log(failures === 0 ? 'cross-engine smoke: all passed' : `cross-engine smoke: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
