// Every voice recorded: each adult's own account, a child's words and day, and who needs an
// interpreter, on the outcome, in the case-notes copy and on the family summary.
import { test, expect } from './fixtures';

test('one account heard, a child heard and an interpreter needed show on the outcome, the notes and the family summary', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad', ['Sam', '7']);

  await page.goto('./#/practitioner/conflict/accounts');
  await expect(hearth.heading()).toHaveText("Each adult's own account");
  await expect(page.getByRole('link', { name: 'Change the safety check for Mum' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Page 1 of 2 Mum's own account/ })).toBeVisible();
  await hearth.answer("Was Mum's own account heard?", 'Yes');
  await page.getByLabel('Mum: The relationship').fill('We argue about money, never more');
  await expect(page.getByText('Never ask family members', { exact: false })).toHaveCount(0);
  await hearth.answer('Does Mum need an interpreter?', 'Yes');
  await expect(page.getByText('Never ask family members', { exact: false }), 'the reminder comes with the need').toBeVisible();
  await page.getByLabel('Which language does Mum need?').fill('Polish');
  await hearth.expectNoAxeViolations();
  await hearth.continue();
  await expect(page.getByRole('heading', { name: /Page 2 of 2 Dad's own account/ })).toBeVisible();
  await hearth.answer("Was Dad's own account heard?", 'Not known');

  await page.goto('./#/practitioner');
  await page.getByRole('link', { name: "Sam's voice and day" }).click();
  await expect(hearth.heading()).toHaveText("Sam's voice and day");
  await hearth.answer('Was Sam seen alone?', 'No');
  await page.getByLabel('Why not?').fill('Sam was at school');
  await page.getByLabel("In Sam's own words").fill('I hide upstairs when it is loud');
  await page.getByLabel('Bedtime').fill('Bed at nine, hears shouting');
  await hearth.expectNoAxeViolations();

  await page.goto('./#/practitioner/conflict/outcome');
  await expect(hearth.heading()).toContainText('Outcome:');
  await expect(page.getByText("Only Mum's own account has been heard.", { exact: false })).toBeVisible();
  const hearDad = "Hear Dad's own account, alone and where it is safe to talk, before deciding.";
  await expect(page.getByRole('listitem').filter({ hasText: hearDad })).toBeVisible();
  const both = page.getByRole('region', { name: 'Both accounts side by side' });
  await expect(both.getByText('We argue about money, never more')).toBeVisible();
  await hearth.expectNoAxeViolations();
  const notes = await hearth.copyForCaseNotes();
  for (const expected of [
    "Only Mum's own account has been heard.",
    hearDad,
    "Each adult's own account:\n- Mum: account heard: Yes.",
    '  The relationship: We argue about money, never more',
    '- Dad: account heard: Not known.',
    "- Sam (7 years): Seen alone: No (Sam was at school).\n  In their own words: I hide upstairs when it is loud",
    '    Bedtime: Bed at nine, hears shouting',
    'Mum needs an interpreter: Yes (language: Polish)',
  ]) expect(notes).toContain(expected);
  const steps = notes.slice(notes.indexOf('Next steps:'), notes.indexOf("Each adult's own account:"));
  expect(steps.trim().split('\n').at(-1)).toMatch(new RegExp(`^\\d+\\. ${hearDad.replace(/[.?]/g, '\\$&')}$`));

  await hearth.open('recordSummary');
  await expect(page.getByRole('heading', { name: "Each child's voice and day" })).toBeVisible();
  await expect(page.getByText('I hide upstairs when it is loud').first()).toBeVisible();
  await expect(page.getByText('No (Sam was at school)')).toBeVisible();
  await hearth.expectNoAxeViolations();
  expect(await hearth.copyForCaseNotes()).toContain('Mum needs an interpreter: Yes (language: Polish)');
});
