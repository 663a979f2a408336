// Issue 17 as one home visit and its follow-up: both adults' accounts and a child's words, two
// agency checks and a share, a referral declined and challenged. The chronology, the printout and
// the case-notes copy hold all of it, and so does the record file it is moved in.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checks, sharing, referrals and chronology');
}

/** What a page shows on paper: its visible text and the notes the print style draws. */
async function printed(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const drawn = await page.locator('.hearth-case-notes p').evaluateAll((ps) =>
    ps.filter((p) => p.getBoundingClientRect().height > 0).map((p) => `${(p as HTMLElement).dataset.heading}\n${(p as HTMLElement).dataset.text}`),
  );
  const text = `${await page.locator('body').innerText()}\n${drawn.join('\n')}`.replace(/\s+/g, ' ');
  await page.emulateMedia({ media: 'screen' });
  return text;
}

test('a visit recorded in full: voices, checks, a share, a referral declined and challenged, in the chronology, the printout, the copy and the file', async ({ page, hearth, context }) => {
  await hearth.startConflict('Kim', 'Lee', ['Ash', '8']);

  await page.goto('./#/practitioner/conflict/accounts');
  await expect(page.getByRole('heading', { name: /Page 1 of 2 Kim's own account/ })).toBeVisible();
  await hearth.answer("Was Kim's own account heard?", 'Yes');
  await page.getByLabel('Kim: The relationship').fill('Lee checks my phone every night');
  await hearth.continue();
  await hearth.answer("Was Lee's own account heard?", 'Yes');
  await page.getByLabel('Lee: The relationship').fill('We row about money');

  await hearth.open('practitioner');
  await page.getByRole('link', { name: "Ash's voice and day" }).click();
  await hearth.answer('Was Ash seen alone?', 'Yes');
  await page.getByLabel("In Ash's own words").fill('I put my headphones on when they shout');

  await hearth.open('practitioner');
  await page.getByRole('link', { name: 'Checks, sharing, referrals and chronology' }).click();
  for (const [agency, on] of [['Police', '2026-11-02'], ['School or nursery', '2026-11-03']]) {
    await page.getByRole('link', { name: 'Add an agency check' }).click();
    await page.getByLabel('Which agency did you ask?').selectOption(agency);
    await page.getByLabel('Asked on').fill(on);
    await page.getByRole('group', { name: 'What did they say?' }).getByRole('radio', { name: 'They hold information' }).check();
    await page.getByLabel('Their answer').fill(`${agency} know of the family`);
    await save(page);
  }
  await page.getByRole('link', { name: 'Record information shared' }).click();
  await page.getByLabel('Shared on').fill('2026-11-04');
  await page.getByLabel('What you shared').fill('What Ash said');
  await page.getByLabel('Who you shared it with').fill('School safeguarding lead');
  await page.getByRole('radio', { name: 'Without consent: asking would increase risk' }).check();
  await page.getByLabel('Why you shared it').fill('Ash is in the middle of it');
  await save(page);
  await page.getByRole('link', { name: 'Record a referral' }).click();
  await page.getByLabel('Who the referral was made to').fill('Front door');
  await page.getByLabel('Made on').fill('2026-11-05');
  await page.getByLabel('Follow up by').fill('2026-11-07');
  await page.getByRole('radio', { name: 'Declined' }).check();
  await page.getByLabel('The reason they gave').fill('Parental conflict only');
  await page.getByLabel('I disagree with this decision').check();
  await save(page);
  await page.getByRole('link', { name: 'Challenge this decision' }).click();
  await page.getByLabel('Raised on').fill('2026-11-08');
  await page.getByLabel('Why you disagree').fill('Checking the phone nightly is control, not conflict');
  await page.getByRole('radio', { name: 'Your manager with theirs' }).check();
  await save(page);

  await hearth.open('conflictOutcome');
  await expect(hearth.heading()).toContainText('Outcome:');
  const outcome = (await hearth.heading().innerText()).replace(/^Outcome: /, '');

  const shown = [
    'Asked Police what they know',
    'Asked School or nursery what they know',
    'Shared with School safeguarding lead: What Ash said',
    'Made to Front door',
    'Declined. Reason given: Parental conflict only',
    'Referral to Front door declined: Parental conflict only. Why: Checking the phone nightly is control',
  ];
  await hearth.open('casework');
  await page.getByRole('link', { name: 'View the chronology' }).click();
  const table = page.getByRole('table');
  for (const what of shown) await expect(table).toContainText(what);
  await expect(table, 'the outcome as it was seen, with its date').toContainText(`Parental conflict or domestic abuse: ${outcome}`);
  const onPaper = await printed(page);
  for (const what of shown) expect(onPaper, 'the chronology prints every entry').toContain(what);

  await hearth.open('recordSummary');
  const copy = await hearth.copyForCaseNotes();
  for (const what of [
    ...shown,
    '  The relationship: Lee checks my phone every night',
    '  The relationship: We row about money',
    'In their own words: I put my headphones on when they shout',
  ]) expect(copy, 'the case-notes copy').toContain(what);
  const summaryOnPaper = await printed(page);
  for (const what of [...shown, 'I put my headphones on when they shout', 'Lee checks my phone every night']) {
    expect(summaryOnPaper, 'the family summary prints it').toContain(what);
  }

  await hearth.open('recordFiles');
  await page.getByLabel('Save without a passphrase: anyone who gets the file can read it').check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export record as a file' }).click();
  const file = Buffer.concat(await (await (await download).createReadStream()).toArray());

  const later = await context.newPage();
  await later.goto('./#/practitioner/records');
  await later.getByLabel('Open a record file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: file });
  await later.getByRole('button', { name: 'Open record' }).click();
  await expect(later.getByText('The record is open.')).toBeVisible();
  await later.goto('./#/practitioner/chronology');
  for (const what of shown) await expect(later.getByRole('table')).toContainText(what);
  await later.goto('./#/practitioner/conflict/accounts');
  await expect(later.getByLabel('Kim: The relationship')).toHaveValue('Lee checks my phone every night');
  await later.close();
});
