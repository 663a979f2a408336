// SUDI "prevent and protect": journeys to prevent and to protect, the out-of-routine plan, the
// link from the conflict-or-abuse set, and printing. Guards and axe on every step.
import { test, expect } from './fixtures';
import type { Hearth } from './hearth';

async function familyWithBaby(hearth: Hearth) {
  await hearth.open('practitioner');
  await hearth.addAdult('Mum');
  await hearth.addAdult('Dad');
  await hearth.addChild('Baby', '0');
}

const ownCot = "Own cot or Moses basket, in the parents' or carer's room";

async function baby(hearth: Hearth, night = ownCot) {
  const { page } = hearth;
  await hearth.openSection('The baby and where they sleep');
  await page.getByLabel("Baby's age in weeks").fill('10');
  await hearth.answer('Was the baby born at 37 weeks or earlier?', 'No');
  await hearth.answer('Did the baby weigh 2.5 kg (5.5 lb) or less at birth?', 'No');
  await hearth.continue();
  await expect(page.getByRole('heading', { name: 'Page 2 of 3 By day' })).toBeVisible();
  await hearth.sleepsAt('day', ownCot);
  await page.getByLabel('Anything to add about where the baby sleeps by day (optional)').fill('Moses basket in the living room');
  await hearth.answer('Have you seen where the baby sleeps by day?', 'Yes');
  await hearth.expectNoAxeViolations();
  await hearth.continue();
  await hearth.sleepsAt('night', night);
  await hearth.answer('Have you seen where the baby sleeps by night?', 'Yes');
  await hearth.continue();
  await expect(hearth.heading()).toHaveText('The safer sleep conversation');
  await hearth.answerAll('Yes');
  await hearth.expectNoAxeViolations();
  await hearth.answerSection('Yes');
}


test('a carer whose own view was not heard shows on the outcome page, not only in the copied text', async ({ page, hearth }) => {
  await familyWithBaby(hearth);
  await hearth.startSaferSleep('Baby');
  await hearth.openSection('The safer sleep conversation');
  await hearth.answerAll('Yes');
  await hearth.answer('Was Dad present for this conversation?', 'No');
  await hearth.answer("Did you hear Dad's own view of how the baby sleeps?", 'No');
  await page.goto('./#/practitioner/safer-sleep/outcome');
  await expect(page.getByRole('heading', { name: 'Carers whose own view is not yet heard' })).toBeVisible();
  await expect(page.getByText('Dad: present: No; their view heard: No')).toBeVisible();
  await expect(page.getByText(/^Mum: present/)).toHaveCount(0);
  await hearth.expectNoAxeViolations();
});

test('a family with no added risks gets the prevent conversation', async ({ page, hearth }) => {
  // A whole journey: about 22 s on a 2-core machine, close to the usual 30 s limit.
  test.slow();
  await familyWithBaby(hearth);
  await hearth.startSaferSleep('Baby');
  await baby(hearth);
  await expect(hearth.heading()).toHaveText('Each carer');
  await hearth.answerAll('No');
  await hearth.expectNoAxeViolations();
  await hearth.answerSection('No');
  await hearth.answerSection('No');
  await expect(hearth.heading()).toHaveText('Coming up');
  await hearth.answerSection('No');
  await expect(page.getByText('Nothing coming up is recorded.')).toBeVisible();
  await hearth.continue();
  await page.getByLabel('Shared with Health visitor').check();
  await page.getByLabel('Review by').fill('2027-01-15');
  await hearth.expectNoAxeViolations();

  await hearth.checkAnswersThenOutcome();
  await hearth.expectNoAxeViolations();
  await expect(hearth.heading()).toHaveText('Outcome: Prevent: the safer sleep conversation for every family');
  await expect(page.getByText(/on what is known, no added risks are present\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not yet talked about' })).toHaveCount(0);
  const summary = page.getByLabel('Plain text, ready to paste into a case record');
  await expect(summary).toHaveValue(/Baby: Baby, 10 weeks old/);
  await expect(summary).toHaveValue(/Shared with: Health visitor/);
  await expect(summary).toHaveValue(/Review: by 15 January 2027/);
});

test('occasional drinking and a party coming up: protect, with a plan naming the sober adult', async ({ page, hearth }) => {
  // A whole journey: about 22 s on a 2-core machine, close to the usual 30 s limit.
  test.slow();
  await familyWithBaby(hearth);
  await hearth.startSaferSleep('Baby');
  await baby(hearth);
  await hearth.answerSection('No', {
    'Does Mum ever drink alcohol while caring for the baby, or before sleeping in the same bed, room or sofa as the baby, even once in a while?':
      'Yes',
  });
  await hearth.answerSection('No');
  await hearth.answerSection('No', { 'Are visitors coming to stay, or a party or celebration coming up?': 'Yes' });
  await expect(page.getByRole('heading', { name: 'Visitors, a party or a celebration' })).toBeVisible();
  await page.getByLabel('Where will the baby sleep?').fill('Own travel cot in our bedroom');
  await page.getByLabel('Who is in charge: the adult who stays sober?').fill('Dad');
  await page.getByLabel('What is needed?').fill('Travel cot');
  await hearth.expectNoAxeViolations();

  await hearth.checkAnswersThenOutcome();
  await hearth.expectNoAxeViolations();
  await expect(hearth.heading()).toHaveText('Outcome: Protect: risks are present, so plan with the family');
  await expect(page.getByRole('heading', { name: 'Risk: alcohol' })).toBeVisible();
  await expect(page.getByText(/^Does Mum ever drink alcohol while caring for the baby.* Yes$/)).toBeVisible();
  for (const step of ['Discuss the family with your safeguarding lead', "Record the sleep risk in the child's plan", 'Set a named review date']) {
    await expect(page.getByRole('listitem').filter({ hasText: step })).toBeVisible();
  }
  await expect(page.getByText(/Alcohol and a break in routine are present together\./)).toBeVisible();

  await page.getByRole('link', { name: "The family's copy of the plan" }).click();
  await expect(hearth.heading()).toHaveText('Sleep plan for Baby');
  await expect(page.getByText('In charge, and sober: Dad')).toBeVisible();
  await expect(page.getByText('Baby sleeps: Own travel cot in our bedroom')).toBeVisible();
  await hearth.expectNoAxeViolations();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.hearth-header')).toBeHidden();
  await expect(hearth.exitButton()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this plan' })).toBeHidden();
  await expect(page.getByText(/Made on .* with Hearth/)).toBeVisible();
  await expect(page.getByText(/^Printed on \d+ \w+ \d{4} from Hearth \d/)).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'the family plan prints on one page').toBe(1);
});

test('abuse recorded in the conflict-or-abuse set shows up in safer sleep and the family summary', async ({ page, hearth }) => {
  await familyWithBaby(hearth);
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await expect(hearth.heading()).toHaveText('Safety check before asking');
  await page.goto('./#/practitioner/conflict/first-adult/harm');
  await hearth.answer('Has Mum physically hurt Dad, for example by pushing, slapping, hitting, kicking or biting them?', 'Yes');

  await hearth.startSaferSleep('Baby');
  await hearth.openSection('Each carer');
  await hearth.answerSection('No', { 'Does Dad have mental health difficulties, including during pregnancy or since the birth?': 'Yes' });
  await hearth.checkAnswersThenOutcome();
  await hearth.expectNoAxeViolations();
  await expect(hearth.heading()).toHaveText('Outcome: Protect: risks are present, so plan with the family');
  await expect(page.getByRole('heading', { name: 'Risk: domestic abuse' })).toBeVisible();
  await expect(page.getByText('Domestic abuse indicated in the conflict-or-abuse questions on this record (from Mum towards Dad)')).toBeVisible();
  await expect(page.getByText(/Mental health and domestic abuse are present together\./)).toBeVisible();

  await page.goto('./#/practitioner/safer-sleep/check-answers');
  await expect(page.getByText('From the conflict-or-abuse questions: Domestic abuse indicated').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /See the conflict-or-abuse outcome Is Mum experiencing or using domestic abuse\?/ })).toBeVisible();
  await page.goto('./#/practitioner/safer-sleep/outcome');
  await page.getByRole('link', { name: 'See the combined family summary' }).click();
  await expect(hearth.heading()).toHaveText('Family summary');
  await expect(page.getByRole('definition').filter({ hasText: 'Domestic abuse indicated' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Protect: risks are present' })).toBeVisible();
  await expect(page.getByText(/^Mental health and domestic abuse are present together\./)).toBeVisible();
  const both = page.getByLabel('Plain text of both question sets, ready to paste into a case record');
  await expect(both).toHaveValue(/Parental conflict or domestic abuse\? Summary[\s\S]*Safer sleep: prevent and protect\. Summary/);
  await hearth.expectNoAxeViolations();
});

test('a baby sleeping on a sofa with an adult, with every other answer No, is protect', async ({ page, hearth }) => {
  await familyWithBaby(hearth);
  await hearth.startSaferSleep('Baby');
  await baby(hearth, 'On a sofa or armchair, with an adult');
  await hearth.answerSection('No');
  await hearth.answerSection('No');
  await hearth.answerSection('No');
  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: Protect: risks are present, so plan with the family');
  await expect(page.getByRole('heading', { name: 'Risk: an unsafe place to sleep' })).toBeVisible();
  await expect(page.getByText(/^By night, the baby sleeps on a sofa or armchair with an adult: the most dangerous place/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Rule 1 \(sets the outcome\): The baby sleeps, by day or by night, in an adult bed with an adult, on a sofa/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'The baby sleeps somewhere unsafe now. Agree with the family, today' })).toBeVisible();
  await expect(page.getByText('Agree the plan for each situation coming up')).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'Discuss the family with your safeguarding lead, today if the baby sleeps somewhere unsafe now.' })).toBeVisible();
  await hearth.expectNoAxeViolations();
});

test('a safer-sleep check with nothing known says not enough is known, and what to find out', async ({ page, hearth }) => {
  await familyWithBaby(hearth);
  await hearth.startSaferSleep('Baby');
  await page.getByRole('link', { name: 'Check your answers' }).click();
  await page.getByRole('link', { name: 'Continue to the outcome' }).click();
  await expect(hearth.heading()).toHaveText('Outcome: Not enough is known to say');
  await expect(page.getByText(/no added risks are present/i)).toHaveCount(0);
  await expect(page.getByText('To find out: where the baby sleeps by day')).toBeVisible();
  await expect(page.getByText('To find out: where the baby sleeps by night')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not known or not answered' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^About Mum: \d+ not answered$/ })).toBeVisible();
  await expect(page.getByText(/^Does Mum ever drink alcohol while caring for the baby/), 'counted, not listed').toHaveCount(0);
  await hearth.expectNoAxeViolations();
  await page.getByRole('link', { name: 'How Hearth decides: every rule, in plain words' }).click();
  await expect(page.locator('#sleep-rule')).toContainText('Where the baby sleeps, by day or by night, is not known, not recorded or somewhere else not yet described, or has not been seen.');
});

test('a bad age in weeks: no complaint while typing, then the GOV.UK error pattern and no way past it, keeping what was typed', async ({ page, hearth }) => {
  await familyWithBaby(hearth);
  await hearth.startSaferSleep('Baby');
  await hearth.openSection('The baby and where they sleep');
  const age = page.getByLabel("Baby's age in weeks");
  await age.fill('60');
  await expect(page.locator('.govuk-error-message')).toHaveCount(0);
  const address = page.url();

  await page.getByRole('link', { name: 'Continue' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('#baby-age-error')).toHaveText('Error: Age must be a whole number of weeks from 0 to 52');
  await expect(page).toHaveURL(address);
  await expect(age).toHaveValue('60');
  await hearth.expectNoAxeViolations();
  await summary.getByRole('link', { name: 'Age must be a whole number of weeks from 0 to 52' }).click();
  await expect(age).toBeFocused();

  await age.fill('6');
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page).not.toHaveURL(address);
});

test('a 6 typed on to 60 keeps the 6 in the record and the 60 in the field, and neither Back leaves it', async ({ page, hearth }) => {
  await familyWithBaby(hearth);
  await hearth.startSaferSleep('Baby');
  await hearth.openSection('The baby and where they sleep');
  const age = page.getByLabel("Baby's age in weeks");
  await age.pressSequentially('60');
  const address = page.url();
  const problem = 'Age must be a whole number of weeks from 0 to 52';
  for (const [name, typed] of [['Back to all sections', '60'], ['Back', '600']]) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(address);
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(age).toHaveAccessibleDescription(new RegExp(`Error:\\s+${problem}`));
    await expect(age).toHaveValue(typed);
    await page.getByRole('link', { name: problem }).click();
    await expect(age).toBeFocused();
    await age.press('End');
    await age.press('0');
  }
  await expect(age).toHaveValue('6000');

  // Leaving by the menu is not stopped, and loses nothing typed; the record keeps the last age,
  // and the check page lists what was typed after it too.
  await hearth.nav().getByRole('link', { name: 'Practitioners' }).click();
  await page.goto('./#/practitioner/safer-sleep/check-answers');
  await expect(page.locator('.govuk-summary-list__row', { hasText: "Baby's age in weeks" }).getByRole('definition').first())
    .toHaveText('6 (typed since: 6000, which is not an age in weeks)');
  await page.getByRole('link', { name: "Change Baby's age in weeks" }).click();
  await expect(age).toHaveValue('6000');
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
});

test('after one Continue with a bad age, typing again brings no message until the next Continue', async ({ page, hearth }) => {
  await familyWithBaby(hearth);
  await hearth.startSaferSleep('Baby');
  await hearth.openSection('The baby and where they sleep');
  const age = page.getByLabel("Baby's age in weeks");
  const error = page.getByText(/^Error: Age must be/);
  await age.fill('60');
  await page.getByRole('link', { name: 'Continue', exact: true }).click();
  await expect(error).toBeVisible();

  await age.fill('6');
  await age.pressSequentially('00');
  await expect(error).toHaveCount(0);
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
  await page.getByRole('link', { name: 'Continue', exact: true }).click();
  await expect(error).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
});
