// "Parental conflict or domestic abuse?": journeys through the question set to each outcome,
// found by role and label, each checked for its outcome, reasons and next steps, and with axe.
import { test, expect } from './fixtures';
import type { Hearth } from './hearth';

const firstAdultPage = 'What Mum does, and how Dad is affected';
const secondAdultPage = 'What Dad does, and how Mum is affected';

async function safeToAskBoth(hearth: Hearth) {
  await hearth.openSection('Safety check before asking');
  await hearth.answerAll('Yes');
  await hearth.continueToNextPage();
}


test('conflict with no indicators of abuse points to conflict-reduction support', async ({ page, hearth }) => {
  // The whole set answered and the outcome scanned by axe: 21 to 26 s on a 2-core machine, so a
  // busy one can pass 30 (it did once, in axe's scan at the end).
  test.slow();
  await hearth.startConflict('Mum', 'Dad', ['Baby', '0']);
  await safeToAskBoth(hearth);
  await expect(hearth.heading()).toHaveText(firstAdultPage);
  await expect(page.getByText('step 2 of 8')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page 1 of 7 Fear' })).toBeVisible();
  await hearth.answerAll('No');
  await hearth.expectNoAxeViolations();
  await hearth.answerSection('No');
  await expect(hearth.heading()).toHaveText(secondAdultPage);
  await hearth.answerSection('No');
  await expect(hearth.heading()).toHaveText("Each adult's own account");
  await hearth.answerSection('Yes');
  await hearth.answerSection('No', {
    'Do the adults argue often?': 'Yes',
    'Do arguments usually end without being sorted out?': 'Yes',
  });
  await hearth.answer('Does Baby see or hear the arguments or harm between the adults?', 'Yes');
  await hearth.continue();
  await expect(hearth.heading()).toHaveText('Checks with other agencies');
  await page.getByRole('group', { name: 'Police' }).getByLabel('Checked: nothing known').check();
  await hearth.expectNoAxeViolations();

  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: Not enough is known to say');
  await expect(page.getByText('Checks with other agencies: 1 recorded, at least 2 needed.', { exact: false })).toBeVisible();
  await expect(page.getByText('Fewer than two other agencies have been checked with.')).toBeVisible();

  await page.goto('./#/practitioner/conflict/agencies');
  await page.getByRole('group', { name: 'GP' }).getByLabel('Checked: nothing known').check();
  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: No indicators of abuse on what is known');
  await expect(page.getByRole('heading', { name: 'Why this outcome' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Rule 11 \(sets the outcome\): None of the rules before this one applies/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Signs of harmful conflict' })).toBeVisible();
  await expect(page.getByText('Do the adults argue often? Yes')).toBeVisible();
  await expect(page.getByText("The children's experience")).toBeVisible();
  await expect(page.getByText(/30 of 30 answers about abuse \(asked both ways\) are No/)).toBeVisible();
  await expect(page.getByText('consider support from your local Reducing Parental Conflict offer')).toBeVisible();
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
});

test('abuse by one adult, a mother towards a father, is not routed to conflict work', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad', ['Baby', '0']);
  await safeToAskBoth(hearth);
  const physicalHarm = 'Has Mum physically hurt Dad, for example by pushing, slapping, hitting, kicking or biting them?';
  await hearth.answerSection('No', { [physicalHarm]: 'Yes' });
  await hearth.answerSection('No');
  await hearth.answerSection('No');
  await page.goto('./#/practitioner/conflict/first-adult/harm');
  await expect(page.getByRole('heading', { name: 'Page 3 of 7 Physical and sexual harm' })).toBeVisible();
  await page.getByText('Add a note about: Has Mum physically hurt Dad').click();
  await page.getByLabel(/Note \(optional\).*about: Has Mum physically hurt Dad/).fill('Police attended in March; Dad had scratches.');

  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: Domestic abuse indicated');
  await expect(page.getByRole('heading', { name: 'Abuse indicated from Mum towards Dad' })).toBeVisible();
  await expect(page.getByText(/Has Mum physically hurt Dad.*Yes \(note: Police attended in March; Dad had scratches\.\)/)).toBeVisible();
  await expect(page.getByText('Do not offer joint sessions or conflict-reduction work.')).toBeVisible();
  await expect(page.getByText(/Speak with Dad on their own and complete a DASH risk checklist/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Help lines to choose from' })).toBeVisible();
  const lines = page.locator('.hearth-helplines').first();
  await expect(lines).toContainText("Men's Advice Line0808 801 0327Run by Respect for men experiencing domestic abuse");
  await expect(lines).toContainText('Respect Phoneline0808 802 4040For anyone worried that their own behaviour');
  await expect(lines).toContainText('Galop National Helpline for LGBT+ victims and survivors of abuse');
  await expect(lines, 'lines are described by whom they are for, never by a person in the record').not.toContainText(/For (Mum|Dad)/);

  await page.getByLabel('Follow up by').first().fill('2026-12-03');
  await expect(page.getByText('Set for 3 December 2026.')).toBeVisible();
  const summary = page.getByLabel('Plain text, ready to paste into a case record or referral form');
  await expect(summary).toHaveValue(/Outcome: Domestic abuse indicated/);
  await expect(summary).toHaveValue(/Follow up by 3 December 2026\./);
  await expect(summary).toHaveValue(/Adults: Mum and Dad/);
  await hearth.expectNoAxeViolations();
});

test('abuse in both directions: each adult separately, never together, with specialist advice', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await safeToAskBoth(hearth);
  await hearth.answerSection('No', {
    "Does Mum control Dad's money, phone, where they go, or who they see, including friends and family?": 'Yes',
  });
  await hearth.answerSection('No', {
    'Has Dad physically hurt Mum, for example by pushing, slapping, hitting, kicking or biting them?': 'Yes',
  });

  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: Domestic abuse indicated');
  await expect(page.getByRole('heading', { name: 'Abuse indicated from Mum towards Dad' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Abuse indicated from Dad towards Mum' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Abuse is indicated in both directions' })).toBeVisible();
  await expect(page.getByText(/Seek specialist advice.*to establish who is using abusive behaviour and who is at risk/)).toBeVisible();
  await expect(
    page.getByText('Speak with Dad and Mum separately, each on their own and never together, and complete a separate DASH risk checklist with each of them'),
  ).toBeVisible();
  await expect(page.getByText(/Speak with Dad and Mum on their own and complete a DASH/)).toHaveCount(0);
  await expect(page.getByText(/Offer .* information about support to change their behaviour/)).toHaveCount(0);
  await expect(page.getByText('A sign of abuse is answered Yes in both directions.')).toBeVisible();
  await page.getByRole('link', { name: 'How Hearth decides: every rule, in plain words' }).click();
  await expect(hearth.heading()).toHaveText('How Hearth decides');
  await expect(page.locator('#conflict-rule')).toContainText('A sign of abuse is answered Yes in both directions.');
  await hearth.expectNoAxeViolations();
});

test('mostly unknown answers say not enough is known, and list the checks to make', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await hearth.openSection(firstAdultPage);
  await hearth.answerSection('Not known');

  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: Not enough is known to say');
  await expect(page.getByText(/0 of 30 answers about abuse \(asked both ways\) are No; 30 are Not known or not answered/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Checks to make' })).toBeVisible();
  // One line for each part, counting what is not known and naming the agencies that may know.
  const mumDoes = page.getByRole('listitem').filter({ hasText: /^What Mum does: \d+ not known\. May know, not yet checked with: / });
  for (const agency of ['Police', 'GP', 'Health visitor', 'Midwife', 'Probation', 'Domestic abuse service or IDVA']) await expect(mumDoes).toContainText(agency);
  await expect(page.getByRole('listitem').filter({ hasText: /^What Dad does: \d+ not answered\. May know/ })).toBeVisible();
  await expect(page.getByText('Check with the other agencies that may know what is not known, before any decision.')).toBeVisible();
  await hearth.expectNoAxeViolations();
});

test('a high-risk marker says act today and names 999, DASH and MARAC', async ({ page, hearth }) => {
  await hearth.startConflict('Dad', 'Mum');
  await page.goto('./#/practitioner/conflict/first-adult/harm');
  await expect(hearth.heading()).toHaveText('What Dad does, and how Mum is affected');
  await hearth.answer("Has Dad ever put pressure on Mum's neck, or choked, strangled or smothered them, even briefly?", 'Yes');
  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: High-risk markers present: act today');
  await expect(page.getByText(/High-risk marker: Has Dad ever put pressure on Mum's neck/)).toBeVisible();
  await expect(page.getByText('If anyone is in immediate danger, call 999.')).toBeVisible();
  await expect(page.getByText(/Consider a referral to MARAC/)).toBeVisible();
  await hearth.expectNoAxeViolations();
});

test('a different professional judgement needs a reason, and the summary shows both', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await hearth.page.goto('./#/practitioner/conflict/outcome');
  const judgement = page.getByRole('group', { name: 'My judgement is' });
  const reason = page.getByLabel('Reason for your judgement');
  // No complaint while typing, before the form is sent.
  await reason.fill('The school');
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
  await expect(page.getByText(/^Error:/)).toHaveCount(0);
  await reason.fill('');

  await page.getByRole('button', { name: 'Save my judgement' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const choose = 'Choose the outcome your professional judgement points to';
  await expect(judgement).toHaveAccessibleDescription(new RegExp(`Error:\\s+${choose}`));
  await hearth.expectNoAxeViolations();
  await page.getByRole('link', { name: choose }).click();
  await expect(judgement.getByRole('radio').first()).toBeFocused();

  await page.getByLabel('Domestic abuse indicated').check();
  await page.getByRole('button', { name: 'Save my judgement' }).click();
  const give = 'Give the reason for your professional judgement';
  await expect(reason).toHaveAccessibleDescription(new RegExp(`Error:\\s+${give}`));
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel('Domestic abuse indicated')).toBeChecked();
  await page.getByRole('link', { name: give }).click();
  await expect(reason).toBeFocused();

  await reason.fill('The school has seen Dad frightened at pick-up.');
  await page.getByRole('button', { name: 'Save my judgement' }).click();
  await expect(page.getByText('Your judgement: Domestic abuse indicated')).toBeVisible();
  await expect(page).not.toHaveTitle(/^Error: /);
  const summary = page.getByLabel('Plain text, ready to paste into a case record or referral form');
  await expect(summary).toHaveValue(/Outcome: Not enough is known to say/);
  await expect(summary).toHaveValue(/Professional judgement: Domestic abuse indicated\nReason for the judgement: The school has seen Dad frightened at pick-up\./);
});

test('choosing the same adult twice: the GOV.UK error pattern, and the set stays with the two chosen before', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  const second = page.getByLabel('Second adult');
  await page.getByLabel('First adult').selectOption('Mum');
  await second.selectOption('Mum');
  await page.getByRole('button', { name: 'Change adults' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(second).toHaveAccessibleDescription(/Error:\s+Choose two different adults/);
  await hearth.expectNoAxeViolations();
  await page.getByRole('link', { name: 'Choose two different adults' }).click();
  await expect(second).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Sections for Mum and Dad' })).toBeVisible();

  await second.selectOption('Dad');
  await page.getByRole('button', { name: 'Change adults' }).click();
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
});

test('notes stay plain text, long notes wrap, and Change links return to the question', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await hearth.openSection('The household');
  await page.getByText('Add a note about: Do the adults argue often?').click();
  const note = `<b>not bold</b> ${'x'.repeat(600)}`;
  await page.getByLabel(/Note \(optional\).*about: Do the adults argue often\?/).fill(note);
  await page.goto('./#/practitioner/conflict/check-answers');
  await expect(page.getByText(`Note: ${note}`)).toBeVisible();
  await expect(page.locator('b', { hasText: 'not bold' })).toHaveCount(0);
  await expect(page.getByText('Not answered').first()).toBeVisible();
  await hearth.expectNoHorizontalScroll();

  await page.getByRole('link', { name: 'Change Do the adults argue often?' }).click();
  await expect(hearth.heading()).toHaveText('The household');
  await expect(page.getByRole('group', { name: 'Do the adults argue often?' }).getByLabel('Yes')).toBeFocused();
});

test('removing an adult from the family record removes their answers', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await hearth.openSection(firstAdultPage);
  await hearth.answerAll('Yes');
  await page.getByRole('link', { name: 'Practitioners' }).click();
  await page.getByRole('button', { name: 'Remove Dad' }).click();
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await expect(page.getByText('Add both adults to the family record first.')).toBeVisible();
});

test('copy for case notes puts the summary on the clipboard, or selects it when the browser refuses', async ({ page, context, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await page.goto('./#/practitioner/conflict/outcome');
  const summary = page.getByLabel('Plain text, ready to paste into a case record or referral form');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy for case notes' }).click();
  await expect(page.getByText('Copied. Paste it into your case notes or referral form.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await summary.inputValue());

  await page.evaluate(() =>
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')),
    }),
  );
  await page.getByRole('button', { name: 'Copy for case notes' }).click();
  await expect(page.getByText('This browser did not allow copying. The text is selected in the box')).toBeVisible();
  await expect(summary).toBeFocused();
  expect(await summary.evaluate((box: HTMLTextAreaElement) => box.selectionStart === 0 && box.selectionEnd === box.value.length)).toBe(true);
  await hearth.expectNoAxeViolations();
});

test('an outcome shows and prints without names when asked', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await page.goto('./#/practitioner/conflict/first-adult/harm');
  await hearth.answer('Has Mum physically hurt Dad, for example by pushing, slapping, hitting, kicking or biting them?', 'Yes');
  await hearth.checkAnswersThenOutcome();
  await expect(page.getByText('Notes and reasons stay as you typed them: check them for names before you share.')).toBeVisible();
  await page.getByLabel('Show and print without names: Adult 1, Child 1 and so on').check();
  await expect(page.getByRole('heading', { name: 'Abuse indicated from Adult 1 towards Adult 2' })).toBeVisible();
  const summary = page.getByLabel('Plain text, ready to paste into a case record or referral form');
  await expect(summary).toHaveValue(/Adults: Adult 1 and Adult 2/);
  await expect(summary).not.toHaveValue(/Mum|Dad/);
  await hearth.expectNoAxeViolations();
  await page.getByLabel('Show and print without names: Adult 1, Child 1 and so on').uncheck();
  await expect(page.getByRole('heading', { name: 'Abuse indicated from Mum towards Dad' })).toBeVisible();
});

test('with three adults the set asks which two first; with two it starts at once, and they can still be swapped', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  for (const adult of ['Mum', 'Dad', 'Gran']) await hearth.addAdult(adult);
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await expect(page.getByRole('heading', { name: 'Which two adults is this about?' })).toBeVisible();
  await page.getByLabel('First adult').selectOption('Mum');
  await page.getByLabel('Second adult').selectOption('Gran');
  await page.getByRole('button', { name: 'Start with these adults' }).click();
  await expect(page.getByRole('heading', { name: 'Sections for Mum and Gran' })).toBeVisible();

  await page.getByRole('link', { name: 'Practitioners', exact: true }).first().click();
  await page.getByRole('button', { name: 'Remove Gran' }).click();
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await expect(hearth.heading()).toHaveText('Safety check before asking');
  await expect(page.getByText('Never ask through a family member acting as interpreter.')).toBeVisible();
  await hearth.expectNoAxeViolations();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await page.getByLabel('First adult').selectOption('Dad');
  await page.getByLabel('Second adult').selectOption('Mum');
  await page.getByRole('button', { name: 'Change adults' }).click();
  await expect(page.getByRole('heading', { name: 'Sections for Dad and Mum' })).toBeVisible();
  await hearth.openSection('What Dad does, and how Mum is affected');
  await expect(page).toHaveURL(/#\/practitioner\/conflict\/first-adult$/);
  await hearth.continue();
  await expect(page).toHaveURL(/#\/practitioner\/conflict\/first-adult\/control$/);
  await expect(page.getByRole('heading', { name: 'Page 2 of 7 Control, checking up and stalking' })).toBeVisible();

  await page.goto('./#/practitioner/conflict/outcome/anything');
  await expect(hearth.heading()).toHaveText('Page not found');
});

test('check your answers puts Yes first, then Not known, and one line for each section not answered or answered No', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad');
  await page.goto('./#/practitioner/conflict/household/arguments');
  await hearth.answer('Do the adults argue often?', 'No');
  await hearth.answer('Do arguments become heated, with shouting, insults or walking out?', 'Not known');
  await hearth.answer('Do arguments usually end without being sorted out?', 'Yes');
  await page.goto('./#/practitioner/conflict/check-answers');
  await expect(page.locator('main h2')).toHaveText(['Answered Yes', 'Not known', 'Not answered', 'Other answers', 'Answered No']);
  const list = (heading: string) => page.locator(`h2:text-is("${heading}") + .govuk-summary-list`);
  await expect(list('Answered Yes')).toContainText('Do arguments usually end without being sorted out?');
  await expect(list('Not known')).toContainText('Do arguments become heated');
  const notAnswered = list('Not answered').locator('.govuk-summary-list__row', { hasText: 'The household' });
  await expect(notAnswered).toContainText('2 questions not answered');
  await expect(notAnswered.getByRole('link', { name: 'Answer The household' })).toHaveAttribute(
    'href',
    '#/practitioner/conflict/household/changes?focus=q-separation',
  );
  await expect(list('Answered No')).toHaveText(/The household\s*1 answer of No\s*Change/);
  await list('Answered No').getByRole('link', { name: 'Change The household' }).click();
  await expect(page.getByRole('group', { name: 'Do the adults argue often?' }).getByLabel('No', { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Do the adults argue often?' }).getByLabel('Yes')).toBeFocused();
  await page.goBack();
  await hearth.expectNoAxeViolations();
});
