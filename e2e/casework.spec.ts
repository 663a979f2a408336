// Issue 17: agency checks, information shared, referrals followed up and challenged, one
// chronology, and the family summary holding all of it.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checks, sharing, referrals and chronology');
}

test('checks, a share, a referral declined and challenged: in the hub, the chronology and the family summary', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await page.getByRole('link', { name: 'Checks, sharing, referrals and chronology' }).click();

  await page.getByRole('link', { name: 'Add an agency check' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the agency you asked');
  await expect(page).toHaveTitle(/^Error: /);
  await page.getByLabel('Which agency did you ask?').selectOption('Police');
  await page.getByLabel('Asked on').fill('2099-01-02');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The date must be today or in the past');
  await page.getByLabel('Asked on').fill('2026-11-02');
  await page.getByRole('group', { name: 'What did they say?' }).getByRole('radio', { name: 'They hold information' }).check();
  await page.getByLabel('Their answer').fill('Two call-outs this year');
  await page.getByLabel('Asked by').fill('JS');
  await save(page);

  await page.getByRole('link', { name: 'Add an agency check' }).click();
  await page.getByLabel('Which agency did you ask?').selectOption('Another agency');
  await page.getByLabel('Asked on').fill('2026-11-03');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the agency you asked');
  await page.getByLabel('Name of the agency').fill('Housing');
  await save(page);

  await page.getByRole('link', { name: 'Record information shared' }).click();
  await page.getByLabel('Shared on').fill('2026-11-04');
  await page.getByLabel('What you shared').fill('The police call-outs');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Enter who you shared it with');
  await expect(page.getByLabel('What you shared')).toHaveValue('The police call-outs');
  await page.getByLabel('Who you shared it with').fill('Health visitor');
  await page.getByRole('radio', { name: 'Without consent: asking would increase risk' }).check();
  await page.getByLabel('Why you shared it').fill('The baby is due home');
  await save(page);

  await page.getByRole('link', { name: 'Record a referral' }).click();
  await page.getByLabel('Who the referral was made to').fill("Children's social care");
  await page.getByLabel('Made on').fill('2026-11-01');
  await page.getByLabel('Follow up by').fill('2026-11-05');
  await save(page);
  const overdue = page.getByRole('region', { name: 'Overdue follow-ups' });
  await expect(overdue).toContainText("Referral to Children's social care: follow-up was due 5 November 2026.");
  await page.getByRole('link', { name: 'Back to practitioner tools' }).click();
  await expect(overdue).toBeVisible();
  await page.goto('./#/practitioner/casework');

  await overdue.getByRole('link', { name: "Referral to Children's social care" }).click();
  await page.getByRole('radio', { name: 'Declined' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the reason they gave for declining');
  await page.getByLabel('The reason they gave').fill('Below threshold');
  await page.getByLabel('I disagree with this decision').check();
  await save(page);
  await expect(overdue).toHaveCount(0);

  await page.getByRole('link', { name: 'Challenge this decision' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Challenge a decision');
  await expect(page.getByLabel('The decision you disagree with')).toHaveValue("Referral to Children's social care declined: Below threshold");
  await page.getByLabel('Raised on').fill('2026-11-06');
  await page.getByLabel('Why you disagree').fill('Two call-outs and a new baby');
  await page.getByRole('radio', { name: 'Your manager with theirs' }).check();
  await save(page);

  await page.getByRole('link', { name: 'View the chronology' }).click();
  const rows = page.getByRole('table').getByRole('row');
  const expected = [
    ['1 November 2026', "Referral: Made to Children's social care."],
    ['2 November 2026', 'Agency check: Asked Police what they know.'],
    ['3 November 2026', 'Agency check: Asked Housing what they know.'],
    ['4 November 2026', 'Information shared: Shared with Health visitor: The police call-outs.'],
    ['6 November 2026', "Decision challenged: Referral to Children's social care declined: Below threshold."],
  ];
  await expect(rows).toHaveCount(expected.length + 1);
  for (const [n, [date, what]] of expected.entries()) {
    await expect(rows.nth(n + 1)).toContainText(date);
    await expect(rows.nth(n + 1)).toContainText(what);
  }

  await page.goto('./#/practitioner/summary');
  const copy = page.getByLabel('Plain text of both question sets, ready to paste into a case record');
  const text = await copy.inputValue();
  const at = expected.map(([date, what]) => text.indexOf(`- ${date} - ${what}`));
  expect(at.every((i) => i > text.indexOf('Chronology:')), text).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
});

test('a referral step on the outcome is recorded from it, and the check counts in the question set', async ({ page, hearth }) => {
  await hearth.startConflict('Parent 1', 'Parent 2', ['Child', '4']);
  await page.goto('./#/practitioner/conflict/outcome');
  await page.getByRole('link', { name: 'Add an agency check' }).click();
  await page.getByLabel('Which agency did you ask?').selectOption('Police');
  await page.getByRole('radio', { name: 'Nothing known' }).check();
  await save(page);
  await page.goto('./#/practitioner/conflict/agencies');
  const police = page.getByRole('group', { name: 'Police' });
  await expect(police.getByRole('radio', { name: 'Checked: nothing known' })).toBeChecked();

  // The set never counts a check the record no longer holds.
  await page.goto('./#/practitioner/casework');
  await page.getByRole('button', { name: /^Remove agency check/ }).click();
  await page.goto('./#/practitioner/conflict/agencies');
  await expect(police.getByRole('radio', { name: 'Checked: nothing known' })).not.toBeChecked();
});
