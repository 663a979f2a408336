// Issue 16 on a phone (360 by 740, touch): with two adults, a baby and a 6-year-old, a
// practitioner goes straight into the conflict-or-abuse set, moves through short pages that
// each say where they are, and finds the one Yes first on check your answers, with one link for
// each section still to answer. Every page is measured in phone screens as it is reached.
import { test, expect } from './fixtures';
import type { Hearth } from './hearth';

/** About three phone screens of questions, with the header and footer around them. */
const MOST_SCREENS = 3.5;
/** The agencies page lists every agency who may know (13 since issue 17), one group each. */
const MOST_AGENCY_SCREENS = 6;

async function phoneScreens(hearth: Hearth): Promise<number> {
  const height = await hearth.page.evaluate(() => document.documentElement.scrollHeight);
  return height / (hearth.page.viewportSize()?.height ?? 740);
}

/**
 * From this page, Continue through every page of the set to check your answers, measuring each
 * page of questions and its tap targets on the way.
 */
async function throughEveryPage(hearth: Hearth, onEach: () => Promise<void> = async () => {}): Promise<string[]> {
  const { page } = hearth;
  const positions: string[] = [];
  for (;;) {
    if (/check-answers$/.test(page.url())) return positions;
    await hearth.expectTapTargetsAtLeast44px();
    const screens = await phoneScreens(hearth);
    const most = /\/agencies$/.test(page.url()) ? MOST_AGENCY_SCREENS : MOST_SCREENS;
    expect(screens, `${page.url()} is ${screens.toFixed(1)} phone screens long`).toBeLessThanOrEqual(most);
    const position = page.locator('.hearth-page-heading .govuk-caption-m');
    if (await position.count()) positions.push(`${await hearth.heading().textContent()}: ${await position.textContent()}`);
    await onEach();
    await hearth.continueToNextPage();
  }
}

const physicalHarm = 'Has Sam physically hurt Alex, for example by pushing, slapping, hitting, kicking or biting them?';

test('two adults, a baby and a 6-year-old: straight into short pages, and the Yes first on check your answers', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Sam');
  await hearth.addAdult('Alex');
  await hearth.addChild('Baby', '0');
  await hearth.addChild('Jo', '6');
  // The record and the two sets first; keeping or moving the record and stepping away below.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Family record',
    'Question sets',
    'Checks, sharing and referrals',
    'Keep or move this record',
    'When you step away',
    'Guidance',
  ]);
  await hearth.expectTapTargetsAtLeast44px();
  await page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
  await expect(hearth.heading()).toHaveText('Safety check before asking');
  await expect(page.getByText('Parental conflict or domestic abuse? – step 1 of 8')).toBeVisible();
  await expect(page).toHaveURL(/#\/practitioner\/conflict\/safety$/);
  await hearth.answerAll('Yes');

  const positions = await throughEveryPage(hearth, async () => {
    if (await page.getByRole('group', { name: physicalHarm }).count()) await hearth.answer(physicalHarm, 'Yes');
  });
  const adult = (who: string) => [1, 2, 3, 4, 5, 6, 7].map((n) => `${who}: Page ${n} of 7`);
  expect(positions).toEqual([
    ...adult('What Sam does, and how Alex is affected'),
    ...adult('What Alex does, and how Sam is affected'),
    "Each adult's own account: Page 1 of 2",
    "Each adult's own account: Page 2 of 2",
    'The household: Page 1 of 2',
    'The household: Page 2 of 2',
    'The children: Page 1 of 2',
    'The children: Page 2 of 2',
  ]);

  await expect(hearth.heading()).toHaveText('Check your answers');
  expect(await phoneScreens(hearth), 'check your answers, once 17 phone screens').toBeLessThanOrEqual(4.5);
  const yes = page.locator('h2:text-is("Answered Yes") + .govuk-summary-list');
  await expect(page.locator('main h2').first()).toHaveText('Answered Yes');
  await expect(yes.locator('.govuk-summary-list__row')).toHaveCount(1);
  await expect(yes).toContainText(physicalHarm);
  await yes.getByRole('link', { name: `Change ${physicalHarm}` }).click();
  await expect(page).toHaveURL(/#\/practitioner\/conflict\/first-adult\/harm\?focus=/);
  await expect(page.getByRole('group', { name: physicalHarm }).getByLabel('Yes')).toBeFocused();
  await page.goBack();

  const notAnswered = page.locator('h2:text-is("Not answered") + .govuk-summary-list');
  await expect(notAnswered.locator('.govuk-summary-list__row')).toHaveCount(6);
  for (const [section, count] of [
    ['Safety check before asking', '2 questions not answered'],
    ['What Sam does, and how Alex is affected', '18 questions not answered'],
    ['What Alex does, and how Sam is affected', '19 questions not answered'],
    ["Each adult's own account", 'not answered'],
    ['The household', '5 questions not answered'],
    ['The children', '6 questions not answered'],
  ]) {
    const row = notAnswered.locator('.govuk-summary-list__row', { hasText: section });
    await expect(row).toContainText(count);
    await expect(row.getByRole('link')).toHaveCount(1);
  }
  const changeLinks = await page.locator('main a:visible').filter({ hasText: /^(Change|Answer)/ }).count();
  expect(changeLinks, 'links to change or answer, down from 62 when every question had its own row').toBeLessThanOrEqual(20);
  await hearth.expectNoAxeViolations();
  await hearth.expectTapTargetsAtLeast44px();
  await hearth.expectNoHorizontalScroll();

  await page.getByRole('link', { name: 'Continue to the outcome' }).click();
  await expect(hearth.heading()).toContainText('Outcome:');
  await hearth.expectTapTargetsAtLeast44px();
});

test('the safer-sleep checklist with one baby starts at once, and every page fits about three phone screens', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Sam');
  await hearth.addAdult('Alex');
  await hearth.addChild('Baby', '0');
  await page.getByRole('link', { name: 'Safer sleep: prevent and protect' }).click();
  await expect(hearth.heading()).toHaveText('The baby and where they sleep');
  await expect(page).toHaveURL(/#\/practitioner\/safer-sleep\/baby$/);
  const positions = await throughEveryPage(hearth, async () => {
    const drink = page.getByRole('group', { name: /^Does Alex ever drink alcohol/ });
    if (await drink.count()) await drink.getByRole('radio', { name: 'Yes', exact: true }).check();
  });
  expect(positions).toContain('Each carer: Page 3 of 4');
  await expect(hearth.heading()).toHaveText('Check your answers');
  await expect(page.locator('main h2').first()).toHaveText('Answered Yes');
  await expect(page.locator('h2:text-is("Answered Yes") + .govuk-summary-list .govuk-summary-list__row')).toHaveCount(1);
  await hearth.expectTapTargetsAtLeast44px();
  await page.getByRole('link', { name: 'Continue to the outcome' }).click();
  await expect(hearth.heading()).toContainText(/outcome/i);
  await hearth.expectTapTargetsAtLeast44px();
  await page.goBack();

  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await page.getByRole('link', { name: 'Back to all sections' }).click();
  await expect(page.getByRole('heading', { name: 'Sections for Baby' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Baby', exact: true })).toBeChecked();
});
