// Trainer mode: a scenario presented by keyboard alone, outcomes from the practitioner rules at
// each step, the swap exercise, a trainer's own scenario file, and working with no network.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const willowLane = JSON.parse(readFileSync('content/scenarios/willow-lane.json', 'utf8'));

function scenarioFile(edit: (scenario: any) => void): { name: string; mimeType: string; buffer: Buffer } {
  const scenario = structuredClone(willowLane);
  edit(scenario);
  return { name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario, null, 2)) };
}

test('a whole scenario by keyboard alone, with both outcomes changing as agencies share', async ({ page, hearth }) => {
  await hearth.open('trainer');
  await page.getByRole('link', { name: 'Present Willow Lane: a new baby, a night out and seven agencies' }).focus();
  await page.keyboard.press('Enter');
  await expect(hearth.heading()).toHaveText('Willow Lane: a new baby, a night out and seven agencies');
  await hearth.presenterReady();

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/trainer\/willow-lane\/1$/);
  await expect(hearth.heading()).toHaveText('Health visitor');
  await hearth.expectOutcomes('not-enough-known', 'protect');
  await expect(hearth.sleepPanel()).toContainText('a baby born early or small (Health visitor)');
  await expect(hearth.sleepPanel()).not.toContainText('present together');

  // Each agency's step is followed by its questions for the room, with the outcomes still beside them.
  await page.keyboard.press(' ');
  await expect(hearth.heading()).toHaveText('For discussion: Health visitor');
  await expect(page.getByRole('listitem').filter({ hasText: 'Whose voice has the health visitor heard so far' })).toBeVisible();
  await hearth.expectOutcomes('not-enough-known', 'protect');

  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(hearth.heading()).toHaveText('Police');
  await expect(page).toHaveTitle('Step 3 of 7: Police – Willow Lane: a new baby, a night out and seven agencies – Hearth');
  await hearth.expectOutcomes('abuse-indicated', 'protect');
  await expect(hearth.conflictPanel()).toContainText('From Alex (mother) towards Jordan (father)');
  await expect(hearth.conflictPanel()).toContainText('Changed');
  await expect(hearth.conflictPanel()).toContainText('(Police)');
  await expect(hearth.sleepPanel()).toContainText('domestic abuse (the conflict-or-abuse outcome)');
  await expect(hearth.sleepPanel()).toContainText('risks present together');
  await hearth.expectNoAxeViolations();

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(hearth.heading()).toHaveText("Children's social care front door");
  await expect(hearth.conflictPanel()).not.toContainText('Changed');

  for (let press = 0; press < 4; press++) await page.keyboard.press('ArrowRight');
  await expect(hearth.heading()).toHaveText('GP');
  await hearth.expectOutcomes('high-risk', 'protect');
  await expect(hearth.conflictPanel()).toContainText('High-risk marker: separation, with both control and violence');

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(hearth.heading()).toHaveText('School');
  await hearth.expectOutcomes('abuse-indicated', 'protect');

  for (let press = 0; press < 6; press++) await page.keyboard.press('ArrowRight');
  await expect(hearth.heading()).toHaveText('What each agency could see on its own');
  const together = page.getByRole('row', { name: /All agencies together/ });
  await expect(together).toContainText('High-risk markers present: act today');
  await expect(page.getByRole('row', { name: /^Police/ })).toContainText('Domestic abuse indicated');
  await hearth.expectNoAxeViolations();

  // The timeline and the learning points go over as many slides as they need.
  await page.keyboard.press('ArrowRight');
  await expect(hearth.heading()).toHaveText('Who knew what, and when');
  await expect(page.getByText('Timeline 1 of 5', { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').first()).toContainText('6 weeks before the birth: Perinatal mental health team');
  await page.keyboard.press('End');
  await expect(page.getByText('Learning point 7 of 7', { exact: true })).toBeVisible();
  await expect(hearth.heading()).toHaveText('Follow referrals up');
  await page.keyboard.press('ArrowRight');
  await expect(hearth.heading()).toHaveText('Follow referrals up');
  await page.keyboard.press('ArrowLeft');
  await expect(hearth.heading()).toHaveText('Talk about alcohol and sleep, even without dependency');

  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/#\/trainer\/willow-lane\/0$/);
});

test('the swap exercise changes the roles and never the outcomes', async ({ page, hearth }) => {
  await page.goto('./#/trainer/willow-lane/5');
  await expect(hearth.heading()).toHaveText('Police');
  await hearth.presenterReady();
  await page.keyboard.press('s');
  await expect(page).toHaveURL(/#\/trainer\/willow-lane\/5\/swapped$/);
  await expect(page).toHaveTitle(/^Step 3 of 7: Police, roles swapped – /);
  await expect(page.getByText('Roles swapped', { exact: true })).toBeVisible();
  await hearth.expectOutcomes('abuse-indicated', 'protect');
  await expect(hearth.conflictPanel()).toContainText('From Alex (father) towards Jordan (mother)');

  // The swap's own question leads the questions for the room.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/trainer\/willow-lane\/6\/swapped$/);
  const questions = page.getByRole('listitem');
  await expect(questions.first()).toHaveText('Alex is now the father and Jordan the mother. The outcomes have not changed. Did your instinct?');
  await expect(questions.filter({ hasText: 'If the father had been cut by the mother' })).toBeVisible();

  for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/trainer\/willow-lane\/11\/swapped$/);
  await hearth.expectOutcomes('high-risk', 'protect');

  await page.getByRole('button', { name: 'Swap the roles back' }).click();
  await expect(page).toHaveURL(/#\/trainer\/willow-lane\/11$/);
  await hearth.expectOutcomes('high-risk', 'protect');
  await expect(page.getByText('Roles swapped')).toHaveCount(0);
});

test("a trainer's own scenario loads; a broken one is refused with every problem and the first stays", async ({ page, hearth }) => {
  await hearth.open('trainer');
  const file = page.getByLabel('Scenario file');
  await file.setInputFiles(scenarioFile((s) => {
    s.id = 'oak-road';
    s.title = 'Oak Road: our own practice scenario';
  }));
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await expect(page.getByText('Loaded from your file: Oak Road: our own practice scenario')).toBeVisible();

  await file.setInputFiles(scenarioFile((s) => {
    s.id = 'willow-lane';
    s.steps[0].agency = 'midwife';
    s.steps[1].answers[0].question = 'mental-helth';
    s.learning_points[0].source = '';
  }));
  await page.getByRole('button', { name: 'Load scenario' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused().catch(() => expect(page.locator('.govuk-error-summary')).toBeFocused());
  await expect(summary.getByRole('listitem')).toHaveCount(4);
  await expect(summary).toContainText('The id "willow-lane" is already used by a scenario built into Hearth');
  await expect(summary).toContainText('Step 1: "agency" must be one of: health-visitor');
  await expect(summary).toContainText('there is no question "mental-helth" in the safer-sleep set');
  await expect(summary).toContainText('Learning point 1: "source" is missing or empty');
  await expect(page.getByText('The file was not loaded: 4 problems to fix. The scenario loaded before is still here.')).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(file).toHaveAccessibleDescription(/Error:\s+The id "willow-lane" is already used by a scenario built into Hearth/);
  await hearth.expectNoAxeViolations();

  await page.getByRole('link', { name: 'Present Oak Road: our own practice scenario' }).click();
  await expect(hearth.heading()).toHaveText('Oak Road: our own practice scenario');
  await hearth.presenterReady();
  await page.keyboard.press('ArrowRight');
  await expect(hearth.heading()).toHaveText('Health visitor');
  await hearth.expectOutcomes('not-enough-known', 'protect');
});

test('Load scenario with no file chosen: the GOV.UK error pattern, with the summary at the top of the page', async ({ page, hearth }) => {
  await hearth.open('trainer');
  await page.getByRole('button', { name: 'Load scenario' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const [top, heading] = [await summary.boundingBox(), await hearth.heading().boundingBox()];
  expect(top!.y, 'the summary comes before the page heading').toBeLessThan(heading!.y);
  const file = page.getByLabel('Scenario file');
  await expect(file).toHaveAccessibleDescription(/Error:\s+Choose a scenario file first/);
  await summary.getByRole('link', { name: 'Choose a scenario file first' }).click();
  await expect(file).toBeFocused();
  await hearth.expectNoAxeViolations();
});

test('a file that is not JSON gets one clear sentence', async ({ page, hearth }) => {
  await hearth.open('trainer');
  await page.getByLabel('Scenario file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": "x",\n oops }') });
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('The file is not valid JSON: the problem is at line 2');
});

test('once loaded, a scenario runs to the end with the network gone', async ({ page, context, hearth }) => {
  await page.goto('./#/trainer/harbour-street/0');
  await expect(hearth.heading()).toHaveText('Harbour Street: a referral nobody followed up');
  await hearth.presenterReady();
  await context.setOffline(true);
  for (let press = 0; press < 9; press++) await page.keyboard.press('ArrowRight');
  await expect(hearth.heading()).toHaveText('GP');
  await hearth.expectOutcomes('high-risk', 'protect');
  await expect(hearth.conflictPanel()).toContainText('Both directions, between Charlie (father) and Morgan (mother)');
  await expect(hearth.conflictPanel()).toContainText('Both directions: each adult separately, never together');
  await page.keyboard.press('End');
  await expect(hearth.heading()).toHaveText('Follow referrals up');
  await context.setOffline(false);
});

test('the phone code holds only the scenario and the slide; the trainer is told when phones cannot reach it', async ({ page, hearth }) => {
  await hearth.open('trainer');
  await expect(page.getByText('Phones cannot open Hearth here: it is running from this computer only.')).toBeVisible();
  await page.goto('./#/trainer/willow-lane/2');
  await hearth.presenterReady();
  const code = page.getByRole('region', { name: 'Follow on your phone' });
  await expect(code).toHaveCount(0);
  await page.keyboard.press('q');
  await expect(code.getByRole('img', { name: "QR code for this slide's address" })).toBeVisible();
  await expect(code).toContainText('#/trainer/willow-lane/2');
  await expect(code).not.toContainText('Phones cannot open');
  await expect(page.getByRole('button', { name: 'Phone code' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Phone code' }).click();
  await expect(code).toHaveCount(0);
  await expect(hearth.heading()).toHaveText('For discussion: Health visitor');
});

test("a participant's phone follows a slide's address, and is told when a scenario is not on it", async ({ page: phone }) => {
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto('./#/trainer/willow-lane/9');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('School');
  await expect(phone.getByRole('button', { name: 'Phone code' })).toBeHidden();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // The buttons are at the foot of a slide taller than a phone; the next slide opens at its top.
  await phone.getByRole('button', { name: /^Next/ }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('For discussion: School');
  await expect.poll(() => phone.evaluate(() => scrollY)).toBe(0);
  await phone.goto('./#/trainer/oak-road/2');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('This scenario is not on this device');
  await expect(phone).toHaveTitle('This scenario is not on this device – Hearth');
});
