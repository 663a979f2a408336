// Exit this page, to the GOV.UK pattern: button, Shift three times, Back, back-forward cache.
import type { Page } from '@playwright/test';
import { test, expect, exitUrl } from './fixtures';
import type { Hearth } from './hearth';

test.beforeEach(async ({ guards }) => {
  guards.allowNavigationTo(exitUrl);
});

test('the button is a real link to the neutral destination, on every page', async ({ hearth }) => {
  for (const route of ['home', 'practitioner', 'help', 'guide', 'trainer', 'about'] as const) {
    await hearth.open(route);
    await expect(hearth.exitButton()).toHaveAttribute('href', exitUrl);
  }
});

/** The neutral page that Back or Forward from elsewhere opens: it names no topic. */
async function expectExpired(page: Page, hearth: Hearth) {
  await expect(page).toHaveURL(/#\/expired$/);
  await expect(hearth.heading()).toHaveText('This page has expired');
  await expect(page).toHaveTitle('This page has expired – Hearth');
  await expect(page.locator('html')).not.toHaveClass(/hearth-exiting/);
  await expectNothingLeftFromLeaving(page);
  // Nothing that says what Hearth is for: no answers, no navigation, no footer, no topic.
  await expect(page.getByText('Parent 1')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  const words = (await page.locator('body').innerText()).toLowerCase();
  for (const topic of ['abuse', 'conflict', 'sleep', 'baby', 'practitioner', 'safeguarding', 'family']) {
    expect(words, `the expired page names "${topic}"`).not.toContain(topic);
  }
  await expect(hearth.exitButton()).toBeVisible();
  await hearth.expectNoAxeViolations();
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(hearth.heading()).toHaveText('Hearth');
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).click();
  await expect(page.getByText('No one has been added yet.')).toBeVisible();
}

/** Nothing of Exit this page's leaving is left: no announcement, no lit Shift count. */
async function expectNothingLeftFromLeaving(page: Page) {
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('');
  await expect(page.locator('.govuk-exit-this-page__indicator')).toBeHidden();
}

/** Opens a practitioner's page by its link from home, so Back from elsewhere has a Hearth page to return to. */
async function openRecordWithOneAdult(page: Page, hearth: Hearth) {
  await hearth.open('home');
  await page.getByRole('main').getByRole('link', { name: 'Practitioners' }).click();
  await hearth.addAdult('Parent 1');
  await expect(hearth.familyRecord()).toContainText('Parent 1');
}

// Playwright's Chromium does not keep these pages in its back-forward cache, so Back loads Hearth
// afresh (the browser reports a "back_forward" navigation); the restored-from-cache case is the
// test after these, which sends the event the browser sends.
test('after the button, Back opens the neutral expired page, not the page that was open', async ({ page, hearth }) => {
  await openRecordWithOneAdult(page, hearth);
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exitUrl);
  await page.goBack();
  await expectExpired(page, hearth);
});

test('after Shift pressed 3 times, Back opens the neutral expired page too', async ({ page, hearth }) => {
  await openRecordWithOneAdult(page, hearth);
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
  await page.goBack();
  await expectExpired(page, hearth);
});

test('Back or Forward into Hearth from any other site opens the expired page', async ({ page, hearth }) => {
  await hearth.open('guide');
  await page.goto(exitUrl);
  await page.goBack();
  await expectExpired(page, hearth);

  await page.goto(exitUrl);
  await hearth.open('guide');
  await page.goBack();
  await page.goForward();
  await expectExpired(page, hearth);
});

test('a reload or a link is not Back: Hearth opens the page asked for', async ({ page, hearth }) => {
  await hearth.open('help');
  await page.reload();
  await expect(hearth.heading()).toHaveText('Help and support lines');
});

test('Shift pressed 3 times exits, announcing the count on the way', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');
  const status = page.getByRole('status');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed. Press it 2 more times to exit this page.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed. Press it 1 more time to exit this page.');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
});

test('typing capital letters never exits', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await page.getByLabel('Label for this adult').pressSequentially('ABCDEF');
  await expect(page.getByLabel('Label for this adult')).toHaveValue('ABCDEF');
  await expect(page.getByRole('status')).toHaveText('');
  await expect(hearth.heading()).toHaveText('Practitioner tools');
});

test('Space presses the button, as it would any button', async ({ page, hearth }) => {
  await hearth.open('help');
  await hearth.exitButton().focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(exitUrl);
});

for (const leaving of ['the button', 'Shift pressed 3 times'] as const) {
  test(`a page restored from the back-forward cache after ${leaving} opens the expired page, answers gone`, async ({ page, hearth }) => {
    // The destination answers "204 No Content", so the page stays to be "restored" by the
    // browser's own pageshow event, as the back-forward cache does.
    await page.route(exitUrl, (route) => route.fulfill({ status: 204 }));
    await openRecordWithOneAdult(page, hearth);
    if (leaving === 'the button') await hearth.exitButton().click();
    else for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await expect(page.locator('html')).toHaveClass(/hearth-exiting/);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expectExpired(page, hearth);
  });
}

test('Exit clears every field, passphrase and chosen file, even if the browser stays on the page', async ({ page, hearth }) => {
  // The destination answers "204 No Content", so the browser stays and what is left can be read.
  await page.route(exitUrl, (route) => route.fulfill({ status: 204 }));
  await hearth.open('recordFiles');
  await page.getByLabel('Name for the saved record').fill('JS 27 Nov');
  await page.getByLabel('Passphrase for the saved record').fill('river lamp quiet');
  await page.getByLabel('Passphrase for the file', { exact: true }).fill('blue kettle seven lanterns');
  await page.getByLabel('Passphrase, if the file has one').fill('old words');
  await page.getByLabel('Open a record file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from('{}') });

  await hearth.exitButton().click();
  await expect(page.locator('html')).toHaveClass(/hearth-exiting/);
  const left = await page.evaluate(() =>
    [...document.querySelectorAll('input')]
      .filter((input) => (input.type === 'file' ? input.files!.length > 0 : !['radio', 'checkbox'].includes(input.type) && input.value !== ''))
      .map((input) => input.id),
  );
  expect(left, 'fields still holding something after Exit').toEqual([]);
  await expect(page.getByLabel('Name for the saved record')).toHaveValue('');
});

test('the Exit page says a kept family plan and saved records stay on the device', async ({ page, hearth }) => {
  await hearth.open('exitInfo');
  const cannot = page.getByRole('heading', { name: 'What it cannot hide' }).locator('xpath=following-sibling::ul[1]');
  await expect(cannot).toContainText('A sleep plan kept with "Keep my plan on this phone". It stays on this device, and anyone who uses the device can read it.');
  await expect(cannot).toContainText('Records saved on this device. They stay, encrypted with their passphrase');
});

/** Makes Hearth panic, a test-only way: a device date that cannot exist, read when the family
 * summary is drawn. Nothing a user can do reaches it. */
async function stopHearth(page: Page, hearth: Hearth) {
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');
  await page.evaluate(() => {
    Date.prototype.getDate = () => 40;
  });
  await page.getByRole('link', { name: 'See the combined family summary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hearth has stopped');
}

test('if Hearth ever stops, the page says so, what was on screen goes, and Exit this page still leaves', async ({ page, hearth }) => {
  await stopHearth(page, hearth);
  await expect(page.getByRole('alert')).toContainText('The answers in this page could not be kept.');
  await expect(page.getByText('Parent 1')).toHaveCount(0);
  await expect(page).toHaveTitle('Hearth has stopped');
  await expect(page.getByRole('link', { name: 'Reload Hearth' })).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/$/);
  await hearth.expectNoAxeViolations();
  await page.setViewportSize({ width: 320, height: 640 });
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();

  await expect(hearth.exitButton()).toHaveAttribute('href', exitUrl);
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exitUrl);
});

test('after Hearth has stopped, Space presses Exit this page, which leaves as it always does', async ({ page, hearth }) => {
  await page.route(exitUrl, (route) => route.fulfill({ status: 204 }));
  await stopHearth(page, hearth);
  await hearth.exitButton().focus();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveClass(/hearth-exiting/);
  await expect(page.getByRole('alert').filter({ hasText: 'Loading.' })).toHaveText('Loading.');
  await expect(page).toHaveTitle('Loading.');
});

test('after Hearth has stopped, Shift pressed three times leaves, and Back opens the neutral expired page', async ({ page, hearth }) => {
  await stopHearth(page, hearth);
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
  await page.goBack();
  await expectExpired(page, hearth);
});

test('a keyboard user meets Exit this page at the second Tab stop, straight after the skip link', async ({ page, hearth }) => {
  await hearth.open('help');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const exit = page.getByRole('link', { name: 'Exit this page', exact: true });
  await expect(exit).toBeFocused();
  await expect(exit).toBeInViewport();
  await expect(exit).toHaveAttribute('href', exitUrl);
  await hearth.expectNoAxeViolations();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(exitUrl);
});

for (const leaving of ['the button', 'Shift pressed 3 times'] as const) {
  test(`a screen reader hears "Loading." as the page leaves by ${leaving}`, async ({ page, hearth }) => {
    // The destination answers "204 No Content", so the page stays and what it says can be read.
    await page.route(exitUrl, (route) => route.fulfill({ status: 204 }));
    await hearth.open('practitioner');
    if (leaving === 'the button') await hearth.exitButton().click();
    else for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await expect(page.locator('html')).toHaveClass(/hearth-exiting/);
    await expect(page.getByRole('alert')).toHaveText('Loading.');
    await expect(page.getByRole('alert')).not.toHaveText(/exit|safe|abuse/i);
    // The tab's title no longer names the page while the destination loads.
    await expect(page).toHaveTitle('Loading.');
  });
}

test('leaving from the expired page and coming back by the back-forward cache gives its title back', async ({ page, hearth }) => {
  await page.route(exitUrl, (route) => route.fulfill({ status: 204 }));
  await openRecordWithOneAdult(page, hearth);
  await hearth.exitButton().click();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expectExpired(page, hearth);
  await hearth.exitButton().click();
  await expect(page).toHaveTitle('Loading.');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expectExpired(page, hearth);
});

const lapsed = 'Shift count reset. Press Shift 3 times to exit this page.';

/** Opens the practitioner page with its clock stopped once Hearth has started: only the test moves time on. */
async function openWithClockStopped(page: Page, hearth: Hearth) {
  const start = new Date('2026-06-01T09:00:00Z').getTime();
  await page.clock.install({ time: start });
  await hearth.open('practitioner');
  await page.clock.pauseAt(start + 60_000);
}

test('when the Shift count lapses, 5 seconds after the last press or at another key, a screen reader is told', async ({ page, hearth }) => {
  await openWithClockStopped(page, hearth);
  const status = page.getByRole('status');
  await page.keyboard.press('Shift');
  await page.clock.runFor(4_900);
  await expect(status).toHaveText('Shift pressed. Press it 2 more times to exit this page.');
  await page.clock.runFor(200);
  await expect(status).toHaveText(lapsed);
  await expect(page.locator('.govuk-exit-this-page__indicator')).toBeHidden();
  // The words go once they have been read, so they are not found later, out of date.
  await page.clock.runFor(5_100);
  await expect(status).toHaveText('');

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await expect(status).toHaveText(lapsed);
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed. Press it 2 more times to exit this page.');
  await expect(hearth.heading()).toHaveText('Practitioner tools');
});

test('three unhurried presses of Shift, each within 5 seconds of the last, still leave', async ({ page, hearth }) => {
  await openWithClockStopped(page, hearth);
  await page.keyboard.press('Shift');
  await page.clock.runFor(4_900);
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Shift pressed. Press it 1 more time to exit this page.');
  await page.clock.runFor(4_900);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
});

test('a page restored from the back-forward cache starts the Shift count from nothing', async ({ page, hearth }) => {
  await page.route(exitUrl, (route) => route.fulfill({ status: 204 }));
  // With the clock stopped, the press cannot lapse by itself before the page is restored.
  await openWithClockStopped(page, hearth);
  await page.keyboard.press('Shift');
  await hearth.exitButton().click();
  await expect(page.locator('html')).toHaveClass(/hearth-exiting/);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(hearth.heading()).toHaveText('This page has expired');
  await expectNothingLeftFromLeaving(page);
  await expect(hearth.exitButton()).toBeInViewport();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Shift pressed. Press it 1 more time to exit this page.');
  await expect(hearth.heading()).toHaveText('This page has expired');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page still offers Exit this page, a real link styled as the button', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Hearth needs JavaScript' })).toBeVisible();
    const exit = page.getByRole('button', { name: 'Emergency Exit this page' });
    await expect(exit).toBeInViewport();
    // The national destination: with JavaScript off, Hearth cannot read a local one.
    await expect(exit).toHaveAttribute('href', exitUrl);
    await expect(exit).toHaveCSS('background-color', 'rgb(202, 53, 53)');
    await expect(exit).toHaveCSS('color', 'rgb(255, 255, 255)');
    await exit.click();
    await expect(page).toHaveURL(exitUrl);
  });
});
