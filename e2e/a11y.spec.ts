// Every page, and the states that change what is on it, with zero axe-core violations and no
// horizontal scrolling (the narrow project runs these at 320 px wide, where every page's tap
// targets must also be at least 44 px each way).
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { routes } from './hearth';

for (const route of Object.keys(routes) as (keyof typeof routes)[]) {
  test(`${route} page has no axe violations and fits the screen`, async ({ hearth }, testInfo) => {
    await hearth.open(route);
    await hearth.expectNoAxeViolations();
    await hearth.expectNoHorizontalScroll();
    if (testInfo.project.name === 'narrow') await hearth.expectTapTargetsAtLeast44px();
  });
}

test('the theme follows the device: dark pages in the dark projects, light ones otherwise', async ({ page, hearth }, testInfo) => {
  await hearth.open('tonight');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  const light = (r + g + b) / 3 > 128;
  expect(light, `body background ${background}`).toBe(!testInfo.project.name.endsWith('-dark'));
});

test('family record with people and with errors has no axe violations', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');
  await hearth.addChild('Baby', '0');
  await hearth.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Add child' }).click();
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
});

test('the casework hub with entries, overdue follow-ups and a form with errors: no axe violations, fits the screen', async ({ page, hearth }, testInfo) => {
  await hearth.open('caseReferral');
  await page.getByLabel('Who the referral was made to').fill('Early help');
  await page.getByLabel('Made on').fill('2026-01-02');
  await page.getByLabel('Follow up by').fill('2026-01-09');
  await page.getByRole('radio', { name: 'Declined' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
  await page.getByRole('radio', { name: 'No reply' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Overdue follow-ups' })).toBeVisible();
  for (const route of ['casework', 'chronology'] as const) {
    await hearth.open(route);
    await hearth.expectNoAxeViolations();
    await hearth.expectNoHorizontalScroll();
    if (testInfo.project.name === 'narrow') await hearth.expectTapTargetsAtLeast44px();
  }
});

test("a child's voice and day, with why not seen alone and an interpreter's language open, has no axe violations and fits the screen", async ({ page, hearth }, testInfo) => {
  await hearth.open('practitioner');
  await hearth.addChild('Older child', '9');
  await page.getByRole('link', { name: "Older child's voice and day" }).click();
  await hearth.answer('Was Older child seen alone?', 'Not possible');
  await hearth.answer('Does Older child need an interpreter?', 'Yes');
  await expect(page.getByLabel('Which language does Older child need?')).toBeVisible();
  await expect(page.getByLabel('Why not?')).toBeVisible();
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
  if (testInfo.project.name === 'narrow') await hearth.expectTapTargetsAtLeast44px();
});

test('the Exit this page count has no axe violations', async ({ page, hearth }) => {
  await hearth.open('help');
  await page.keyboard.press('Shift');
  await hearth.expectNoAxeViolations();
});

test('every page of the conflict-or-abuse set has no axe violations and fits the screen', async ({ page, hearth }) => {
  // Many pages, each scanned: a busy machine can take longer than one page's usual time.
  test.slow();
  await hearth.startConflict('Parent 1', 'Parent 2', ['Older child', '6']);
  await hearth.expectNoAxeViolations();
  const pages = ['safety', 'first-adult', 'first-adult/harm', 'second-adult/care', 'accounts', 'household', 'household/changes', 'children'];
  for (const step of [...pages, 'agencies', 'check-answers', 'outcome']) {
    await page.goto(`./#/practitioner/conflict/${step}`);
    await expect(hearth.heading()).toBeVisible();
    await hearth.expectNoAxeViolations();
    await hearth.expectNoHorizontalScroll();
  }
});

// Two tests, one page list each, so that the extra pages of the short-page sections fit the time
// a test has.
for (const [name, steps] of [
  ['the sections', ['baby', 'baby/by-night', 'conversation', 'conversation/dangers', 'carers', 'carers/carer-1-health', 'household']],
  ['the rest', ['coming-up', 'coming-up/new-people', 'plan', 'sharing', 'check-answers', 'outcome']],
] as const) {
  test(`every page of the safer-sleep checklist (${name}), the family plan and the summary: no axe violations, fits the screen`, async ({ page, hearth }) => {
    // Many pages, each scanned: a busy machine can take longer than one page's usual time.
    test.slow();
    await hearth.open('practitioner');
    await hearth.addAdult('Parent 1');
    await hearth.addChild('Baby', '0');
    await hearth.startSaferSleep('Baby');
    await hearth.expectNoAxeViolations();
    await page.goto('./#/practitioner/safer-sleep/coming-up');
    await hearth.answer('Are visitors coming to stay, or a party or celebration coming up?', 'Yes');
    const others = name === 'the rest' ? ['#/practitioner/family-plan', '#/practitioner/summary'] : [];
    for (const address of [...steps.map((step) => `#/practitioner/safer-sleep/${step}`), ...others]) {
      await page.goto(`./${address}`);
      await expect(hearth.heading()).toBeVisible();
      await hearth.expectNoAxeViolations();
      await hearth.expectNoHorizontalScroll();
    }
  });
}

test('the tonight answer at its longest (every question Yes) has no axe violations and fits the screen', async ({ page, hearth }) => {
  await hearth.open('tonight');
  await hearth.answerAll('Yes');
  await page.getByRole('button', { name: 'Show my answer for tonight' }).click();
  const answer = page.getByRole('region', { name: 'Your answer for tonight' });
  await expect(answer).toContainText('ask a sober adult to come over');
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
});

test('passphrase errors, the no-passphrase warning, saved records and the question before replacing one: no axe violations, fit the screen', async ({ page, hearth, guards }) => {
  // It reloads with a record open, which now asks first (issue 16): the test means to leave.
  page.on('dialog', (dialog) => dialog.accept());
  const earlier = JSON.parse(readFileSync('tests/fixtures/saved-by-previous-release.json', 'utf8'));
  guards.userChoseToStore('localStorage hearth-record:*');
  const check = async () => {
    await hearth.expectNoAxeViolations();
    await hearth.expectNoHorizontalScroll();
  };
  await hearth.open('practitioner');
  await page.evaluate((items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v as string)), earlier.localStorage);
  await page.reload();
  await hearth.addAdult('Parent 1');
  await hearth.recordFiles();
  await page.getByRole('button', { name: 'Export record as a file' }).click();
  await page.getByRole('button', { name: 'Save this record on this device' }).click();
  // The second button's errors replace the first's, as each button sends its own form.
  await expect(page.locator('.govuk-error-message')).toHaveCount(2);
  await check();

  await page.getByLabel('Save without a passphrase: anyone who gets the file can read it').check();
  await expect(page.locator('.govuk-warning-text')).toBeVisible();
  await check();

  const save = async () => {
    await page.getByLabel('Name for the saved record').fill('JS');
    await page.getByLabel('Passphrase for the saved record').fill('river lamp quiet');
    await page.getByRole('button', { name: 'Save this record on this device' }).click();
  };
  await save();
  await expect(page.getByText('Saved on this device as "JS"')).toBeVisible();
  await save();
  await expect(page.getByText('A record called "JS" is already saved on this device.')).toBeVisible();
  await check();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.reload();
  await expect(page.getByRole('term').filter({ hasText: /^Saved record, / })).toHaveCount(1);
  await expect(page.getByRole('term').filter({ hasText: 'JS 27 Nov' })).toHaveCount(1);
  await check();
});
