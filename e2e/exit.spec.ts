// Exit this page, to the GOV.UK pattern: button, Shift three times, Back, back-forward cache.
import { test, expect, exitUrl } from './fixtures';

test.beforeEach(async ({ guards }) => {
  guards.allowNavigationTo(exitUrl);
});

test('the button is a real link to the neutral destination, on every page', async ({ hearth }) => {
  for (const route of ['home', 'practitioner', 'help', 'guide', 'trainer', 'about'] as const) {
    await hearth.open(route);
    await expect(hearth.exitButton()).toHaveAttribute('href', exitUrl);
  }
});

test('the button leaves at once, and Back does not bring the answers back', async ({ page, hearth }) => {
  await hearth.open('home');
  await page.getByRole('main').getByRole('link', { name: 'Practitioners' }).click();
  await hearth.addAdult('Parent 1');
  await expect(hearth.familyRecord()).toContainText('Parent 1');

  await hearth.exitButton().click();
  await expect(page).toHaveURL(exitUrl);

  await page.goBack();
  await expect(hearth.heading()).toHaveText('Hearth');
  await expect(page.locator('html')).not.toHaveClass(/hearth-exiting/);
  await expect(page.getByText('Parent 1')).toHaveCount(0);
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).click();
  await expect(page.getByText('No one has been added yet.')).toBeVisible();
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

test('a page restored from the back-forward cache is reset: blank gone, answers gone, home', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');
  await page.evaluate(() => {
    document.documentElement.classList.add('hearth-exiting');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(page.locator('html')).not.toHaveClass(/hearth-exiting/);
  await expect(hearth.heading()).toHaveText('Hearth');
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).click();
  await expect(page.getByText('No one has been added yet.')).toBeVisible();
});

test('Exit clears every field, passphrase and chosen file, even if the browser stays on the page', async ({ page, hearth }) => {
  // The destination answers "204 No Content", so the browser stays and what is left can be read.
  await page.route(exitUrl, (route) => route.fulfill({ status: 204 }));
  await hearth.open('practitioner');
  await page.getByLabel('Label for this adult').fill('Parent 1');
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
  await expect(page.getByLabel('Label for this adult')).toHaveValue('');
});

test('the Exit page says a kept family plan and saved records stay on the device', async ({ page, hearth }) => {
  await hearth.open('exitInfo');
  const cannot = page.getByRole('heading', { name: 'What it cannot hide' }).locator('xpath=following-sibling::ul[1]');
  await expect(cannot).toContainText('A sleep plan kept with "Keep my plan on this phone". It stays on this device, and anyone who uses the device can read it.');
  await expect(cannot).toContainText('Records saved on this device. They stay, encrypted with their passphrase');
});

test('if Hearth ever stops, the page says so, what was on screen goes, and Exit this page still leaves', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');
  // A test-only way to make Hearth panic: a device date that cannot exist, read when the
  // family summary is drawn. Nothing a user can do reaches it.
  await page.evaluate(() => {
    Date.prototype.getDate = () => 40;
  });
  await page.getByRole('link', { name: 'See the combined family summary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hearth has stopped');
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
