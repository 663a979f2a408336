// Issue 16, items 2 and 16, on a 360 by 740 touch phone: taking someone out of the family record
// says what went with them and one tap puts them back; every new page puts focus on main, with
// no frame drawn around the page.
import { test, expect } from './fixtures';

test('removing someone by tap says what went with them, and tapping Undo puts them back with their answers', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await hearth.openSection(/^What Dad does/);
  await hearth.answer('Is Mum afraid of Dad?', 'Yes');
  await hearth.continue();
  await hearth.answer("Does Dad control Mum's money, phone, where they go, or who they see, including friends and family?", 'Not known');
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).tap();

  await page.getByRole('button', { name: 'Remove Dad' }).tap();
  const removed = page.locator('#removed');
  await expect(removed.getByRole('status')).toHaveText('Dad was taken out of the record, with 2 answers about them.');
  await expect(removed).toBeFocused();
  await expect(removed).toBeInViewport();
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum']);
  await hearth.expectTapTargetsAtLeast44px();

  await page.getByRole('button', { name: 'Undo: put Dad back' }).tap();
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum', 'Dad']);
  await expect(removed).toHaveCount(0);
  await page.goto('./#/practitioner/conflict/check-answers');
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Is Mum afraid of Dad?' })).toContainText('Yes');
});

test('each new page, by the menu, Continue, Back or the links of a set, puts focus on main without a frame', async ({ page, hearth }) => {
  await hearth.open('home');
  for (const [link, heading] of [
    ['Practitioners', 'Practitioner tools'],
    ['Trainers', 'Trainer mode'],
    ['Families', 'Safer sleep for your baby'],
    ['Help', 'Help and support lines'],
  ]) {
    await hearth.nav().getByRole('link', { name: link }).tap();
    await expect(hearth.heading()).toHaveText(heading);
    await hearth.expectFocusOnMainWithoutFrame();
  }
  await hearth.startConflict('Sam', 'Alex');
  await page.getByRole('link', { name: 'Start', exact: true }).tap();
  await expect(hearth.heading()).toHaveText('Safety check before asking');
  await hearth.expectFocusOnMainWithoutFrame();
  await page.getByRole('link', { name: 'Continue', exact: true }).tap();
  await expect(page.getByText('Page 1 of 7')).toBeVisible();
  await hearth.expectFocusOnMainWithoutFrame();
  await page.getByRole('link', { name: 'Back', exact: true }).tap();
  await expect(hearth.heading()).toHaveText('Safety check before asking');
  await hearth.expectFocusOnMainWithoutFrame();
  await page.getByRole('link', { name: 'Back to all sections' }).tap();
  await page.getByRole('link', { name: 'Check your answers' }).tap();
  await expect(hearth.heading()).toHaveText('Check your answers');
  await hearth.expectFocusOnMainWithoutFrame();
  await page.getByRole('link', { name: 'Continue to the outcome' }).tap();
  await expect(hearth.heading()).toContainText('Outcome:');
  await hearth.expectFocusOnMainWithoutFrame();
});
