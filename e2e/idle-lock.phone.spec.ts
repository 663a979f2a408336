// The idle lock, on a phone: a PIN for the visit locks the open record after the idle time
// instead of clearing it, and a reload or closing the tab asks first (issue 16, item 1).
import type { Page } from '@playwright/test';
import { test, expect, exitUrl } from './fixtures';
import type { Hearth } from './hearth';

// Labels found nowhere else in Hearth, so the page can be searched for them.
const adults = ['Quill', 'Zephyr'] as const;

async function recordWithPin(page: Page, hearth: Hearth, pin = '2468'): Promise<void> {
  await page.clock.install();
  await hearth.open('home');
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).click();
  for (const adult of adults) await hearth.addAdult(adult);
  await page.getByLabel('PIN or passphrase for this visit').fill(pin);
  await page.getByLabel('Type it again').fill(pin);
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.getByText('A PIN is set for this visit: after 30 minutes without use, Hearth locks the record.')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('button', { name: 'Change the PIN' })).toBeFocused();
}

const lockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Hearth is locked' });
const pinField = (page: Page) => page.getByRole('textbox', { name: 'PIN or passphrase for this visit' });

async function expectNothingOfTheFamilyOnThePage(page: Page): Promise<void> {
  const html = await page.content();
  for (const adult of adults) expect(html, `${adult} is in the page while locked`).not.toContain(adult);
}

test('after 30 minutes without use Hearth locks the record, and the PIN brings it back on the same page', async ({ page, hearth }) => {
  await recordWithPin(page, hearth);
  // With exactly two adults, the set starts at once, with them chosen.
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await expect(hearth.heading()).toHaveText('Safety check before asking');
  await page.goto('./#/practitioner/conflict/first-adult');
  const question = 'Is Zephyr afraid of Quill?';
  await hearth.answer(question, 'Yes');
  const heading = hearth.heading();
  const [onThisPage, title] = [await heading.textContent(), await page.title()];

  await page.clock.fastForward('29:00');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(heading).toHaveText(onThisPage!);
  await page.clock.fastForward('01:01');
  await expect(lockHeading(page)).toBeVisible();
  await expect(pinField(page)).toBeFocused();
  await expect(page).toHaveTitle('Hearth is locked – Hearth');
  await expectNothingOfTheFamilyOnThePage(page);
  await expect(hearth.nav()).toBeHidden();
  await expect(hearth.exitButton()).toBeVisible();
  await hearth.expectNoAxeViolations();
  await hearth.expectTapTargetsAtLeast44px();
  await hearth.expectNoHorizontalScroll();

  // Still locked however long it is left: the PIN is not held, and that must not read as "no PIN".
  await page.clock.fastForward('01:00:00');
  await expect(lockHeading(page)).toBeVisible();

  await pinField(page).fill('1357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  const message = 'The PIN or passphrase is wrong. You have 4 more tries before Hearth clears the record';
  await expect(page.getByRole('alert')).toContainText(message);
  await expect(page.locator('#unlock-pin-error')).toHaveText(`Error: ${message}`);
  await expect(page).toHaveTitle('Error: Hearth is locked – Hearth');
  await expect(pinField(page)).toHaveValue('');
  await hearth.expectNoAxeViolations();

  await pinField(page).fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(heading).toHaveText(onThisPage!);
  await expect(page.getByRole('group', { name: question, exact: true }).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(page).toHaveTitle(title);
  await expect(hearth.nav()).toBeVisible();
  await page.getByRole('link', { name: 'Practitioners', exact: true }).first().click();
  await expect(hearth.familyRecord().getByRole('term')).toHaveText([...adults]);
  await expect(page.getByText('A PIN is set for this visit')).toBeVisible();
});

test('the lock works by keyboard alone: Lock now, the PIN and Enter, in that order', async ({ page, hearth }) => {
  await recordWithPin(page, hearth, 'blue kettle');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lockHeading(page)).toBeVisible();
  await expect(pinField(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Forget and leave' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('blue kettle');
  await page.keyboard.press('Enter');
  await expect(hearth.heading()).toHaveText('Practitioner tools');
  await expect(hearth.familyRecord().getByRole('term')).toHaveText([...adults]);
});

test('after 5 wrong tries the record is cleared, and Hearth says so', async ({ page, hearth }) => {
  await recordWithPin(page, hearth);
  await page.getByRole('button', { name: 'Lock now' }).click();
  for (const left of ['4 more tries', '3 more tries', '2 more tries', '1 more try']) {
    await pinField(page).fill('0000');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText(`You have ${left} before Hearth clears the record`);
  }
  await pinField(page).fill('0000');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('The record was cleared after 5 wrong tries at the lock. Hearth keeps nothing else on this device.')).toBeVisible();
  await expect(hearth.heading()).toHaveText('Hearth');
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).click();
  await expect(page.getByText('No one has been added yet.')).toBeVisible();
  await expect(page.getByLabel('PIN or passphrase for this visit')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Set PIN' })).toBeVisible();
});

test('Forget and leave clears the locked record, and afterwards a reload asks nothing', async ({ page, hearth }) => {
  await recordWithPin(page, hearth);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('button', { name: 'Forget and leave' }).click();
  await expect(page.getByText('You chose Forget and leave, so the record was cleared.')).toBeVisible();
  await expect(hearth.heading()).toHaveText('Hearth');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  await expect(hearth.heading()).toHaveText('Hearth');
  expect(dialogs).toEqual([]);
});

test('Exit this page still works while locked: the button, and Shift 3 times', async ({ page, hearth, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await recordWithPin(page, hearth);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(lockHeading(page)).toBeVisible();
  await expect(hearth.exitButton()).toHaveAttribute('href', exitUrl);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);

  await page.goBack();
  await expect(hearth.heading()).toHaveText('Hearth');
  await expect(page.getByText('Quill')).toHaveCount(0);
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).click();
  await expect(page.getByText('No one has been added yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set PIN' }), 'the PIN went with everything else').toBeVisible();
  await expect(page.getByText('No PIN is set')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
});

test('the Exit this page button leaves from the lock', async ({ page, hearth, guards }) => {
  guards.allowNavigationTo(exitUrl);
  await recordWithPin(page, hearth);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(lockHeading(page)).toBeVisible();
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exitUrl);
});

test('setting the PIN: problems in the GOV.UK error pattern, and nothing said while typing', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await page.getByLabel('PIN or passphrase for this visit').fill('12');
  await expect(page.locator('.govuk-error-message')).toHaveCount(0);
  await page.getByRole('button', { name: 'Set PIN' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: 'Enter a PIN or passphrase of at least 4 characters' })).toBeVisible();
  await expect(page.locator('#visit-pin-error')).toHaveText('Error: Enter a PIN or passphrase of at least 4 characters');
  await expect(page).toHaveTitle('Error: Practitioner tools – Hearth');
  await expect(page.getByLabel('PIN or passphrase for this visit')).toHaveValue('');
  await hearth.expectNoAxeViolations();

  await page.getByLabel('PIN or passphrase for this visit').fill('2468');
  await page.getByLabel('Type it again').fill('2486');
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.locator('#visit-pin-again-error')).toHaveText('Error: The two do not match. Type the same PIN or passphrase in both');
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Type it again')).toBeFocused();

  await page.getByLabel('PIN or passphrase for this visit').fill('2468');
  await page.getByLabel('Type it again').fill('2468');
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page).toHaveTitle('Practitioner tools – Hearth');
  await expect(page.locator('.govuk-error-message')).toHaveCount(0);
  await expect(page.getByText('A PIN is set for this visit')).toBeVisible();
  await hearth.expectNoAxeViolations();
  await hearth.expectTapTargetsAtLeast44px();

  // Changed by typing a new one twice; the old one no longer opens the lock.
  await page.getByLabel('PIN or passphrase for this visit').fill('8642');
  await page.getByLabel('Type it again').fill('8642');
  await page.getByRole('button', { name: 'Change the PIN' }).click();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await pinField(page).fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('The PIN or passphrase is wrong.');
  await pinField(page).fill('8642');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: 'Remove the PIN' }).click();
  await expect(page.getByRole('button', { name: 'Set PIN' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
});

test('a reload or closing the tab asks first while a record is open, and not on a fresh page', async ({ page, hearth }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void (dialogs.length === 1 ? dialog.dismiss() : dialog.accept());
  });
  await hearth.open('practitioner');
  await page.getByRole('button', { name: 'Add adult' }).click();
  await page.reload();
  await expect(hearth.heading()).toHaveText('Practitioner tools');
  expect(dialogs, 'nothing entered, nothing to ask').toEqual([]);

  await hearth.addAdult('Quill');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed(), 'Stay keeps the tab open').toBe(false);
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Quill']);
  await page.reload();
  expect(dialogs).toEqual(['beforeunload', 'beforeunload']);
  await expect(page.getByText('No one has been added yet.')).toBeVisible();
});

test('Exit this page never stops to ask', async ({ page, hearth, guards }) => {
  guards.allowNavigationTo(exitUrl);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await hearth.open('practitioner');
  await hearth.addAdult('Quill');
  await hearth.exitButton().click();
  await expect(page).toHaveURL(exitUrl);
  expect(dialogs).toEqual([]);
});
