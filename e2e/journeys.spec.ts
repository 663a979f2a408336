// Journeys through the shell, found by role and label as a person finds them.
import { test, expect } from './fixtures';

test('the home page says what Hearth is, who it is for, and what it promises', async ({ page, hearth }) => {
  await hearth.open('home');
  await expect(page).toHaveTitle('Hearth');
  await expect(page.getByText('nothing you enter leaves this device')).toBeVisible();
  await expect(page.getByText('It does not make decisions and cannot keep anyone safe.')).toBeVisible();
  for (const name of ['Practitioners', 'Trainers', 'Families']) {
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'What Exit this page cannot hide' }).first()).toBeVisible();
});

test('each entry point opens its page, and the navigation shows where you are', async ({ page, hearth }) => {
  await hearth.open('home');
  const steps = [
    ['Practitioners', 'Practitioner tools'],
    ['Trainers', 'Trainer mode'],
    ['Families', 'Safer sleep for your baby'],
    ['Help', 'Help and support lines'],
  ] as const;
  for (const [link, heading] of steps) {
    await hearth.nav().getByRole('link', { name: link }).click();
    await expect(hearth.heading()).toHaveText(heading);
    await expect(page).toHaveTitle(`${heading} – Hearth`);
    await expect(hearth.nav().getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
    await hearth.expectFocusOnMainWithoutFrame();
  }
});

test('a practitioner builds a family record of adults and children', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await expect(page.getByText('No one has been added yet.')).toBeVisible();
  await hearth.addAdult('Parent 1');
  await hearth.addAdult('  Parent   2 ');
  await hearth.addChild('Baby', '0');
  await hearth.addChild('Older child', '6');
  const record = hearth.familyRecord();
  await expect(record.getByRole('term')).toHaveText(['Parent 1', 'Parent 2', 'Baby', 'Older child']);
  await expect(record.getByRole('definition').filter({ hasText: /^Child,/ })).toHaveText(['Child, under 1', 'Child, 6 years']);
  await expect(page.getByLabel('Label for this adult')).toHaveValue('');

  await page.getByRole('button', { name: 'Remove Parent 2' }).click();
  await expect(record.getByRole('term')).toHaveText(['Parent 1', 'Baby', 'Older child']);
});

test('removing someone says what went with them, and Undo puts them back with their answers', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await hearth.openSection(/^What Dad does/);
  await hearth.answer('Is Mum afraid of Dad?', 'Yes');
  await hearth.continue();
  await hearth.answer('Does Dad control Mum\'s money, phone, where they go, or who they see, including friends and family?', 'Not known');
  await page.getByRole('link', { name: 'Practitioners', exact: true }).first().click();

  await page.getByRole('button', { name: 'Remove Dad' }).click();
  const removed = page.locator('#removed');
  await expect(removed.getByRole('status')).toHaveText('Dad was taken out of the record, with 2 answers about them.');
  await expect(removed).toBeFocused();
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum']);
  await hearth.expectNoAxeViolations();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Undo: put Dad back' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum', 'Dad']);
  await expect(removed).toHaveCount(0);
  await page.goto('./#/practitioner/conflict/check-answers');
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Is Mum afraid of Dad?' })).toContainText('Yes');
});

test('mistakes get a clear message, focus the summary, and lose nothing entered', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');

  await page.getByLabel('Label for this child').fill('Baby');
  await page.getByLabel('Age in years').fill('two');
  await page.getByRole('button', { name: 'Add child' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(page).toHaveTitle('Error: Practitioner tools – Hearth');
  await expect(page.getByLabel('Label for this child')).toHaveValue('Baby');
  await expect(page.getByLabel('Age in years')).toHaveValue('two');
  await expect(page.getByText('Error: Age must be a whole number of years from 0 to 17')).toBeVisible();

  await summary.getByRole('link', { name: /Age must be/ }).click();
  await expect(page.getByLabel('Age in years')).toBeFocused();

  await page.getByLabel('Age in years').fill('0');
  await page.getByRole('button', { name: 'Add child' }).click();
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle('Practitioner tools – Hearth');

  await hearth.addAdult('parent 1');
  await expect(page.getByRole('link', { name: /already has that label/ })).toBeVisible();
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Parent 1', 'Baby']);
});

test('the help page puts 999 and the Silent Solution first, then the national lines', async ({ page, hearth }) => {
  await hearth.open('help');
  const lines = page.locator('.hearth-helplines__item');
  await expect(lines.first()).toContainText('999');
  await expect(lines.first()).toContainText('press 55');
  await expect(page.getByRole('link', { name: '0808 2000 247' })).toHaveAttribute('href', 'tel:08082000247');
  await expect(page.getByRole('link', { name: '0808 800 5000' })).toBeVisible();
  await expect(page.getByText('No local contacts have been set up in this copy of Hearth')).toBeVisible();
});

test('the about page says exactly what is stored and sent', async ({ page, hearth }) => {
  await hearth.open('about');
  await expect(page.getByRole('heading', { name: 'What is stored, and where' })).toBeVisible();
  await expect(page.getByText(/Hearth sets no cookies and writes nothing to this browser's storage, with two exceptions you control/)).toBeVisible();
});

test('the skip link moves keyboard focus to the main content', async ({ page, hearth }) => {
  await hearth.open('help');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  await expect(page).toHaveURL(/#\/help$/);
});

test('the family record can be built by keyboard alone', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await page.getByLabel('Label for this adult').focus();
  await page.keyboard.type('Carer A');
  await page.keyboard.press('Enter');
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Carer A']);
  await expect(page).toHaveURL(/#\/practitioner$/);
});

test('an unknown address shows a page-not-found page with a way home', async ({ page, hearth }) => {
  await hearth.open('notFound');
  await expect(hearth.heading()).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the Hearth home page' }).click();
  await expect(hearth.heading()).toHaveText('Hearth');
});
