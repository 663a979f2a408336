// Printing: every outcome and the family summary print what "Copy for case notes" copies, findings
// first, with nothing to click or fill in. Each printout is also kept as a screenshot under print
// media (test-results/), to be looked at.
import type { TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Hearth } from './hearth';

const nothingToClick = ['a', 'input', 'textarea', 'select', 'button', 'summary'].map((tag) => `${tag}:visible`).join(', ');

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A copied line as print shows it: a heading without its colon, a list item without its mark. */
const asPrinted = (line: string) => words(line.replace(/^(- |\d+\. )/, '').replace(/:$/, ''));

/**
 * The copy, then the page under print media: every line of the copy is printed, the outcome,
 * the reasons and the next steps in the copy's order, and no field, button or link shows.
 */
async function expectPrintHoldsTheCopy(hearth: Hearth, testInfo: TestInfo, name: string): Promise<string> {
  const { page } = hearth;
  const copy = await hearth.copyForCaseNotes();
  const screen = page.viewportSize()!;
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  try {
    // What shows on paper: the page's visible text, and the notes the style sheet draws from
    // each visible paragraph's data-heading and data-text (so that the screen holds each sentence once).
    const notes = page.locator('.hearth-case-notes p');
    await expect(notes.first()).toBeVisible();
    const drawn = await notes.evaluateAll((ps) =>
      ps.filter((p) => p.getBoundingClientRect().height > 0 && getComputedStyle(p, '::before').content !== 'none').map((p) => `${p.dataset.heading}\n${p.dataset.text}`),
    );
    const printed = words(`${await page.locator('body').innerText()} ${drawn.join('\n')}`);
    const lines = copy.split('\n').filter((line) => line.trim());
    for (const line of lines) expect(printed, 'every line of the copy is printed').toContain(asPrinted(line));

    const outcome = lines.find((line) => line.startsWith('Outcome: '))!;
    const steps = lines.indexOf('Next steps:');
    const reasons = lines.slice(lines.indexOf(outcome) + 1, steps).filter((line) => line.startsWith('- '));
    const nextSteps = lines.slice(steps + 1).filter((line) => /^\d+\. /.test(line));
    expect(nextSteps.length, 'the copy has next steps').toBeGreaterThan(0);
    const order = [outcome, ...reasons, 'Next steps:', ...nextSteps].map((line) => printed.indexOf(asPrinted(line)));
    expect(order, 'outcome, reasons and next steps print in the copy\'s order').toEqual([...order].sort((a, b) => a - b));
    expect(printed.indexOf(asPrinted(outcome)), 'the outcome comes before the safety check and the rules').toBeLessThan(
      printed.indexOf('Rules that applied'),
    );

    await expect(page.locator(nothingToClick), 'nothing to click or fill in is printed').toHaveCount(0);
    await expect(page.getByText(/^Printed on \d+ \w+ \d{4} from Hearth \d/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${name}-print.png`), fullPage: true });
    await page.pdf({ path: testInfo.outputPath(`${name}.pdf`), format: 'A4' });
  } finally {
    await page.emulateMedia({ media: 'screen' });
    // The phone or desktop the test runs on, for what it does next.
    await page.setViewportSize(screen);
  }
  return copy;
}

/** Mum, Dad and a baby, with abuse by Mum towards Dad and a note, a follow-up date and a judgement. */
async function conflictWithAbuse(hearth: Hearth) {
  const { page } = hearth;
  await hearth.startConflict('Mum', 'Dad', ['Baby', '0']);
  await hearth.openSection('Safety check before asking');
  await hearth.answerAll('Yes');
  await hearth.continueToNextPage();
  const hurt = 'Has Mum physically hurt Dad, for example by pushing, slapping, hitting, kicking or biting them?';
  await hearth.answerSection('No', { [hurt]: 'Yes' });
  await page.goto('./#/practitioner/conflict/first-adult/harm');
  await page.getByText('Add a note about: Has Mum physically hurt Dad').click();
  await page.getByLabel(/Note \(optional\).*about: Has Mum physically hurt Dad/).fill('Police attended in March.');
  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: Domestic abuse indicated');
  await page.getByLabel('Follow up by').first().fill('2026-12-03');
  await expect(page.getByText('Set for 3 December 2026.')).toBeVisible();
  await page.getByLabel('High-risk markers present: act today').check();
  await page.getByLabel('Reason for your judgement').fill('Dad described being held down.');
  await page.getByRole('button', { name: 'Save my judgement' }).click();
  await expect(page.getByText('Your judgement: High-risk markers present: act today')).toBeVisible();
}

test('the conflict outcome prints its copy: outcome, reasons, next steps with the follow-up, notes', async ({ page, hearth }, testInfo) => {
  await conflictWithAbuse(hearth);
  await expect(page.getByRole('button', { name: 'Print this outcome' })).toBeVisible();
  const copy = await expectPrintHoldsTheCopy(hearth, testInfo, 'conflict-outcome');
  expect(copy).toMatch(/Outcome: Domestic abuse indicated\n[^\n]+\nNo adult's own account is recorded as heard: the outcome rests on what others have said\.\nProfessional judgement: High-risk markers present: act today\nReason for the judgement: Dad described being held down\./);
  expect(copy).toContain('Follow up by 3 December 2026.');
  expect(copy).toContain('Notes: What Mum does:\n- Has Mum physically hurt Dad, for example by pushing, slapping, hitting, kicking or biting them? Yes (note: Police attended in March.)');
  await expect(page.getByRole('link', { name: 'Continue to the safer-sleep checklist' })).toBeVisible();
  await hearth.expectNoAxeViolations();
});

test('with most answers unknown, the copy and the print count them in one line for each part', async ({ page, hearth }, testInfo) => {
  await hearth.startConflict('Parent 1', 'Parent 2', ['Older child', '6']);
  await hearth.openSection('What Parent 1 does, and how Parent 2 is affected');
  await hearth.answerSection('Not known');
  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: Not enough is known to say');
  const copy = await expectPrintHoldsTheCopy(hearth, testInfo, 'conflict-not-enough-known');
  const unknown = copy.split('Not known or not answered:\n')[1].split('\n\n')[0].trim().split('\n');
  expect(unknown).toHaveLength(4);
  expect(unknown[0]).toMatch(/^- What Parent 1 does: \d+ not known\. May know, not yet checked with: Police, .*GP/);
  expect(unknown[1]).toMatch(/^- What Parent 2 does: \d+ not answered\. May know/);
  expect(unknown[2]).toMatch(/^- The household: \d+ not answered/);
  expect(unknown[3]).toMatch(/^- About Older child: \d+ not answered/);
  await expect(page.getByRole('listitem').filter({ hasText: /^What Parent 2 does: \d+ not answered\. May know/ })).toBeVisible();
});

test('the safer-sleep outcome prints its copy, and links back to the conflict-or-abuse outcome', async ({ page, hearth }, testInfo) => {
  await conflictWithAbuse(hearth);
  await page.getByRole('link', { name: 'Continue to the safer-sleep checklist' }).click();
  // With one baby, the checklist starts at once, about that baby.
  await expect(hearth.heading()).toHaveText('The baby and where they sleep');
  await page.getByRole('link', { name: 'Back to all sections' }).click();
  await hearth.openSection('Each carer');
  const drinks = 'Does Dad ever drink alcohol while caring for the baby, or before sleeping in the same bed, room or sofa as the baby, even once in a while?';
  await hearth.answerSection('No', { [drinks]: 'Yes' });
  await page.goto('./#/practitioner/safer-sleep/coming-up');
  await hearth.answer('Are visitors coming to stay, or a party or celebration coming up?', 'Yes');
  await page.goto('./#/practitioner/safer-sleep/plan');
  await page.getByLabel('Where will the baby sleep?').fill('Own travel cot in our bedroom');
  await hearth.checkAnswersThenOutcome();
  await expect(hearth.heading()).toHaveText('Outcome: Protect: risks are present, so plan with the family');
  const copy = await expectPrintHoldsTheCopy(hearth, testInfo, 'sleep-outcome');
  expect(copy).toContain('Baby sleeps: Own travel cot in our bedroom.');

  await page.getByRole('link', { name: 'See the conflict-or-abuse outcome' }).click();
  await expect(hearth.heading()).toHaveText('Outcome: Domestic abuse indicated');
  await page.getByRole('link', { name: 'See the safer-sleep outcome' }).click();
  await expect(hearth.heading()).toHaveText('Outcome: Protect: risks are present, so plan with the family');
  await hearth.expectNoAxeViolations();
});

test('the family summary prints both outcomes and the risks together first, then each set in full', async ({ page, hearth }, testInfo) => {
  await conflictWithAbuse(hearth);
  await hearth.startSaferSleep('Baby');
  await page.goto('./#/practitioner/safer-sleep/carers/carer-2-health');
  await hearth.answer('Does Dad have mental health difficulties, including during pregnancy or since the birth?', 'Yes');
  await page.goto('./#/practitioner/summary');
  await expect(hearth.heading()).toHaveText('Family summary');
  await expect(page.getByRole('button', { name: 'Print this summary' })).toBeVisible();
  const copy = await expectPrintHoldsTheCopy(hearth, testInfo, 'family-summary');
  expect(copy).toMatch(/^Family summary\nDate: .+\n\nParental conflict or domestic abuse: Domestic abuse indicated\nSafer sleep: Protect: risks are present, so plan with the family\nRisks together: Mental health and domestic abuse are present together\./);
  expect(copy.match(/^Next steps:$/gm)).toHaveLength(2);
  await hearth.expectNoAxeViolations();
});

test('without a baby in the record the conflict outcome offers no safer-sleep link; the plan prints without links', async ({ page, hearth }, testInfo) => {
  await hearth.startConflict('Mum', 'Dad', ['Older child', '6']);
  await page.goto('./#/practitioner/conflict/outcome');
  await expect(page.getByRole('button', { name: 'Print this outcome' })).toBeVisible();
  await expect(page.getByRole('link', { name: /safer-sleep/ })).toHaveCount(0);

  await hearth.open('practitioner');
  await hearth.addChild('Baby', '0');
  await hearth.startSaferSleep('Baby');
  await page.goto('./#/practitioner/family-plan');
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(nothingToClick)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('family-plan-print.png'), fullPage: true });
});

test('without names, the printout has roles only, as the copy does', async ({ page, hearth }) => {
  await hearth.startConflict('Mum', 'Dad', ['Baby', '0']);
  await page.goto('./#/practitioner/conflict/outcome');
  await page.getByLabel('Show and print without names: Adult 1, Child 1 and so on').check();
  await page.emulateMedia({ media: 'print' });
  const drawn = (await page.locator('.hearth-case-notes p').evaluateAll((ps) => ps.map((p) => `${p.dataset.heading}\n${p.dataset.text}`))).join('\n');
  expect(drawn).toContain('Adults: Adult 1 and Adult 2');
  expect(drawn).toContain('Children: Child 1 (under 1)');
  expect(drawn).not.toMatch(/Mum|Dad|Baby/);
});
