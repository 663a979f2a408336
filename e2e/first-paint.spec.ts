// The first paint: before Hearth's WebAssembly has started (here, never: its download is held
// back), the page frame and the home page are there, drawn at build time by the app's own
// components, and Exit this page works by button and by Shift three times, under the same
// policy and privacy guards. Once the app starts it takes over with the same markup.
import type { Page, Route } from '@playwright/test';
import { test, expect, exitUrl } from './fixtures';

/** Holds the wasm back for good, as a very slow network would. */
async function holdBackTheApp(page: Page, app: { heldBack: boolean }): Promise<void> {
  app.heldBack = true;
  await page.route('**/*.wasm', (_route: Route) => undefined);
}

/** Holds the wasm back until the returned function is called, as a slow network would. */
async function holdBackTheAppUntilReleased(page: Page, app: { heldBack: boolean }): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  app.heldBack = true;
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The markup inside an element, with the printout's date and time-bound stamp left out. */
const markup = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelector('.hearth-print-stamp')?.replaceChildren();
    // The first paint's forms wait for the app (index.html's script); the app's are live.
    for (const form of copy.querySelectorAll('form[inert]')) form.removeAttribute('inert');
    for (const line of copy.querySelectorAll('.hearth-still-loading')) line.remove();
    return copy.innerHTML;
  });

test('with the app held back, the home page, the navigation and Exit this page are there', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await holdBackTheApp(page, app);
  await page.goto('./');
  await expect(hearth.heading()).toHaveText('Hearth');
  await expect(page.getByText('Hearth runs entirely in this browser: nothing you enter leaves this device.')).toBeVisible();
  for (const name of ['Home', 'Practitioners', 'Trainers', 'Families', 'Help']) {
    await expect(hearth.nav().getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(hearth.exitButton()).toBeVisible();
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exitUrl);
});

test('with the app held back, Space presses the Exit this page button', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await holdBackTheApp(page, app);
  await page.goto('./');
  await hearth.exitButton().focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(exitUrl);
});

test('with the app held back, Shift pressed three times leaves; a capital letter between does not count', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await holdBackTheApp(page, app);
  await page.goto('./');
  await expect(hearth.heading()).toHaveText('Hearth');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).not.toHaveURL(exitUrl);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
});

test('with the app held back, a link to a page drawn at build time shows that page, its title and Exit this page', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await holdBackTheApp(page, app);
  await page.goto('./#/family/tonight');
  await expect(hearth.heading()).toHaveText('Tonight');
  await expect(page).toHaveTitle('Tonight – Hearth');
  await expect(page.getByRole('radio').first()).toBeVisible();
  await expect(page.locator('template')).toHaveCount(0);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
});

test('with the app held back, a link to any other page shows the frame and a neutral line, never the home page', async ({ page, hearth, app }) => {
  await holdBackTheApp(page, app);
  await page.goto('./#/help');
  await expect(page.getByText('Opening Hearth.')).toBeVisible();
  await expect(hearth.exitButton()).toBeVisible();
  await expect(hearth.heading()).toHaveCount(0);
  await expect(page.getByText('Tools for talking with families', { exact: false })).toHaveCount(0);
  await expect(hearth.nav().getByRole('link', { name: 'Home', exact: true })).not.toHaveAttribute('aria-current', 'page');
  await expect(page.locator('template')).toHaveCount(0);
});

for (const address of ['', '#/family', '#/family/tonight']) {
  test(`the first paint for "./${address}" is the markup the app draws for it, and the app replaces it`, async ({ browser, page, app }) => {
    const held = await browser.newPage();
    await held.route('**/*.wasm', () => undefined);
    await held.goto(new URL(`./${address}`, test.info().project.use.baseURL).href);
    const firstPaint = await markup(held, '#hearth-first-paint');
    const title = await held.title();
    await held.close();

    expect(app.heldBack).toBe(false);
    await page.goto(`./${address}`);
    await expect(page.locator('#hearth-first-paint')).toHaveCount(0);
    await expect(page.getByRole('main')).toHaveCount(1);
    expect(await markup(page, '#hearth-app')).toBe(firstPaint);
    expect(await page.title()).toBe(title);
  });
}

for (const address of ['', '#/family/tonight']) {
  test(`for "./${address}", the app's download waits for the first paint, and taking over from it shifts nothing`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen = window as unknown as { shifted: number };
      seen.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.shifted += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`./${address}`);
    await expect(page.locator('#hearth-first-paint')).toHaveCount(0);
    await page.waitForTimeout(500);
    const { painted, fetched, shifted } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      fetched: performance.getEntriesByType('resource').filter((entry) => /\.(wasm|js)$/.test(entry.name)).map((entry) => entry.startTime),
      shifted: (window as unknown as { shifted: number }).shifted,
    }));
    expect(fetched.length).toBe(2);
    for (const start of fetched) expect(start).toBeGreaterThanOrEqual(painted);
    expect(shifted).toBe(0);
  });
}

for (const address of ['', '#/family/tonight']) {
  test(`for "./${address}", the app is never shown beside the first paint, nor is the page ever without both`, async ({ page }) => {
    // Looked at after every change to the page, not only at frames: the app draws itself out of
    // sight over more than one task, and is shown in the same moment the first paint goes.
    await page.addInitScript(() => {
      const seen = window as unknown as { both: number; neither: number };
      seen.both = 0;
      seen.neither = 0;
      let painted = false;
      new MutationObserver(() => {
        const paint = document.getElementById('hearth-first-paint');
        const app = document.getElementById('hearth-app');
        painted ||= paint !== null;
        if (!painted || !app) return;
        const shown = !app.hidden && app.childElementCount > 0;
        if (paint && shown) seen.both += 1;
        if (!paint && !shown) seen.neither += 1;
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    });
    await page.goto(`./${address}`);
    await expect(page.locator('#hearth-first-paint')).toHaveCount(0);
    await expect(page.locator('#hearth-app')).toBeVisible();
    const { both, neither } = await page.evaluate(() => {
      const seen = window as unknown as { both: number; neither: number };
      return { both: seen.both, neither: seen.neither };
    });
    expect({ both, neither }).toEqual({ both: 0, neither: 0 });
  });
}

test('a link to another page never shows the home page first, not even for a frame, on a slow phone', async ({ page, app }) => {
  await holdBackTheApp(page, app);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  // The browser may draw a page before it has read all of it: every frame's visible heading.
  await page.addInitScript(() => {
    const seen = ((window as unknown as { headings: string[] }).headings = []);
    const look = () => {
      const heading = [...document.querySelectorAll('h1')].find((h) => h.checkVisibility());
      seen.push(heading?.textContent?.trim() ?? '');
      if (seen.length < 120) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  for (const address of ['./#/family/tonight', './#/practitioner', './#/family/tonight', './#/family']) {
    await page.goto(address);
    await expect(page.locator('#hearth-first-paint')).toBeVisible();
    await page.waitForTimeout(300);
    const headings = await page.evaluate(() => (window as unknown as { headings: string[] }).headings);
    expect(headings, `frames drawn for ${address}`).not.toContain('Hearth');
  }
});

test('a deep link opens its own page once the app starts', async ({ page, hearth }) => {
  await page.goto('./#/family/tonight');
  await expect(page.locator('#hearth-first-paint')).toHaveCount(0);
  await expect(hearth.heading()).toHaveText('Tonight');
  await expect(page.getByText('Opening Hearth.')).toHaveCount(0);
});

test('with the app held back, the tonight check cannot be answered yet, so nothing chosen is lost when the app arrives', async ({ page, hearth, app }) => {
  await holdBackTheApp(page, app);
  await page.goto('./#/family/tonight');
  await expect(hearth.heading()).toHaveText('Tonight');
  await expect(page.locator('#hearth-first-paint form')).toHaveAttribute('inert', '');
  await page.getByRole('main').getByText('No', { exact: true }).first().click({ force: true });
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('with the app held back, leaving blanks the page and says "Loading."', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  // The destination answers "204 No Content", so the page stays and what it says can be read.
  await page.route(exitUrl, (route) => route.fulfill({ status: 204 }));
  await holdBackTheApp(page, app);
  await page.goto('./#/family/tonight');
  await hearth.exitButton().click();
  await expect(page.locator('html')).toHaveClass(/hearth-exiting/);
  await expect(page.getByRole('alert')).toHaveText('Loading.');
  await expect(page).toHaveTitle('Loading.');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page).toHaveTitle('Hearth');
  await expect(page.locator('html')).not.toHaveClass(/hearth-exiting/);
});

test('with the app held back, after the button, Back does not reopen the page', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await page.goto('about:blank');
  await holdBackTheApp(page, app);
  await page.goto('./#/family/tonight');
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exitUrl);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('focus on Exit this page before the app starts stays on it once the app takes over', async ({ page, hearth, app }) => {
  const release = await holdBackTheAppUntilReleased(page, app);
  await page.goto('./');
  await hearth.exitButton().focus();
  await expect(hearth.exitButton()).toBeFocused();
  release();
  await expect(page.locator('#hearth-first-paint')).toHaveCount(0);
  await expect(hearth.exitButton()).toBeFocused();
});

test('the app starts even in a browser that never reports its first paint', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'PerformanceObserver', { value: undefined });
    const entries = performance.getEntriesByType.bind(performance);
    performance.getEntriesByType = (type: string) => (type === 'paint' ? [] : entries(type));
  });
  await page.goto('./#/family/tonight');
  await expect(page.locator('#hearth-first-paint')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tonight');
});

test('with the app held back, the Exit this page skip link leaves as the button does, and Back does not reopen the page', async ({ page, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await page.goto('about:blank');
  await holdBackTheApp(page, app);
  await page.goto('./#/family/tonight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Exit this page', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(exitUrl);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('with the app held back, a page reached by Back, or restored by the browser, shows nothing of what it is about', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await holdBackTheApp(page, app);
  await page.goto('./');
  await expect(hearth.heading()).toHaveText('Hearth');
  await page.goto(exitUrl);
  await page.goBack();
  await expect(hearth.exitButton()).toBeVisible();
  await expect(page.locator('#hearth-first-paint main')).toBeHidden();
  await expect(page.getByText(/abuse|sleep/i).filter({ visible: true })).toHaveCount(0);

  await page.goto('about:blank');
  await page.goto('./#/family/tonight');
  await expect(hearth.heading()).toHaveText('Tonight');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('#hearth-first-paint main')).toBeHidden();
  await expect(page.getByText(/baby|sleep/i).filter({ visible: true })).toHaveCount(0);
});

test('Shift presses either side of the app taking over count together, and the page stays where it was scrolled', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  const release = await holdBackTheAppUntilReleased(page, app);
  await page.setViewportSize({ width: 360, height: 500 });
  await page.goto('./#/family/tonight');
  await expect(hearth.heading()).toHaveText('Tonight');
  await page.evaluate(() => window.scrollTo(0, 400));
  await hearth.exitButton().focus();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(100);
  release();
  await expect(page.locator('#hearth-first-paint')).toHaveCount(0);
  await expect(hearth.exitButton()).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
});

test('with the app held back, a link followed shows its page at once, and Home brings the home page back', async ({ page, hearth, app }) => {
  await holdBackTheApp(page, app);
  await page.goto('./');
  await hearth.nav().getByRole('link', { name: 'Families', exact: true }).click();
  await expect(hearth.heading()).toHaveText('Safer sleep for your baby');
  await expect(page).toHaveTitle('Safer sleep for your baby – Hearth');
  await expect(page.locator('#main-content')).toBeFocused();
  await hearth.nav().getByRole('link', { name: 'Help', exact: true }).click();
  await expect(page.getByText('Opening Hearth.')).toBeVisible();
  await expect(hearth.heading()).toHaveCount(0);
  await expect(hearth.exitButton()).toBeVisible();
  await hearth.nav().getByRole('link', { name: 'Home', exact: true }).click();
  await expect(hearth.heading()).toHaveText('Hearth');
  await expect(page).toHaveTitle('Hearth');
  await expect(page.locator('template')).toHaveCount(0);
});

test('with the app held back, Shift presses are announced and lit as the app does, and the count lapses in words', async ({ page, hearth, app }) => {
  await holdBackTheApp(page, app);
  await page.goto('./#/family/tonight');
  await expect(hearth.heading()).toHaveText('Tonight');
  const status = hearth.exitButton().locator('..').getByRole('status');
  const lit = page.locator('.govuk-exit-this-page__indicator-light--on');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed. Press it 2 more times to exit this page.');
  await expect(lit).toHaveCount(1);
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed. Press it 1 more time to exit this page.');
  await expect(lit).toHaveCount(2);
  await page.keyboard.press('a');
  await expect(status).toHaveText('Shift count reset. Press Shift 3 times to exit this page.');
  await expect(lit).toHaveCount(0);
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed. Press it 2 more times to exit this page.');
  await expect(status).toHaveText('Shift count reset. Press Shift 3 times to exit this page.', { timeout: 7_000 });
  await expect(status).toHaveText('', { timeout: 7_000 });
});

for (const address of ['', '#/family/tonight', '#/help']) {
  test(`for "./${address}", an app that cannot be downloaded is said in words, and Try again starts it`, async ({ page, hearth, app }) => {
    app.heldBack = true;
    let refused = 0;
    await page.route('**/*.wasm', (route) => (refused++ === 0 ? route.abort('connectionfailed') : route.continue()));
    await page.goto(`./${address}`);
    const said = page.getByRole('alert');
    await expect(said).toContainText('Hearth could not finish loading');
    await expect(page).toHaveTitle('Hearth could not finish loading');
    await expect(page.locator('#main-content')).toBeFocused();
    await expect(page.locator('form')).toHaveCount(0);
    await hearth.nav().getByRole('link', { name: 'Families', exact: true }).click();
    await expect(said).toContainText('Hearth could not finish loading');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('#hearth-first-paint')).toHaveCount(0, { timeout: 15_000 });
    await expect(hearth.heading()).toHaveText('Safer sleep for your baby');
  });
}

test('when the app cannot be downloaded, Shift pressed three times and the button still leave', async ({ page, hearth, app, guards }) => {
  guards.allowNavigationTo(exitUrl);
  app.heldBack = true;
  await page.route('**/*.wasm', (route) => route.abort('connectionfailed'));
  await page.goto('./#/family/tonight');
  await expect(page.getByRole('alert')).toContainText('Hearth could not finish loading');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
  await page.goBack();
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('Hearth could not finish loading');
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exitUrl);
});

test('on a slow line, a form that waits for the app says why after a few seconds, and the app then takes over', async ({ page, hearth, app }) => {
  const release = await holdBackTheAppUntilReleased(page, app);
  await page.goto('./#/family/tonight');
  await expect(hearth.heading()).toHaveText('Tonight');
  const waiting = page.getByRole('status').filter({ hasText: 'Hearth is still loading on this connection' });
  await expect(waiting).toHaveCount(0);
  await expect(waiting).toBeVisible({ timeout: 6_000 });
  release();
  await expect(page.locator('#hearth-first-paint')).toHaveCount(0, { timeout: 15_000 });
  await expect(waiting).toHaveCount(0);
  await page.getByRole('radio').first().check();
  await expect(page.getByRole('radio').first()).toBeChecked();
});
