// Idle wipe: after a spell without use Hearth warns, then clears open answers from memory.
import { test, expect } from './fixtures';

test('after 15 minutes without use Hearth warns, then clears the answers', async ({ page, hearth }) => {
  await page.clock.install();
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');
  await page.clock.fastForward('14:01');
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(warning).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep working' })).toBeFocused();
  await hearth.expectNoAxeViolations();

  await page.getByRole('button', { name: 'Keep working' }).click();
  await expect(warning).toBeHidden();
  await page.clock.fastForward('10:00');
  await expect(hearth.familyRecord()).toContainText('Parent 1');

  await page.clock.fastForward('05:01');
  await expect(page.getByText('Your answers were cleared after 15 minutes without use. Nothing was saved.')).toBeVisible();
  await expect(hearth.heading()).toHaveText('Hearth');
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).click();
  await expect(page.getByText('No one has been added yet.')).toBeVisible();
});

test('the time can be changed for the session', async ({ page, hearth }) => {
  await page.clock.install();
  await hearth.open('practitioner');
  await page.getByLabel('Clear my answers after this long without use').selectOption('5 minutes');
  await hearth.addAdult('Parent 1');
  await page.clock.fastForward('04:01');
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
});

test('with nothing entered there is nothing to warn about', async ({ page, hearth }) => {
  await page.clock.install();
  await hearth.open('practitioner');
  await page.clock.fastForward('20:00');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(hearth.heading()).toHaveText('Practitioner tools');
});
