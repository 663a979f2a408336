// Every page, and the states that change what is on it, with zero axe-core violations and no
// horizontal scrolling (the narrow project runs these at 320 px wide).
import { test, expect } from './fixtures';
import { routes } from './hearth';

for (const route of Object.keys(routes) as (keyof typeof routes)[]) {
  test(`${route} page has no axe violations and fits the screen`, async ({ hearth }) => {
    await hearth.open(route);
    await hearth.expectNoAxeViolations();
    await hearth.expectNoHorizontalScroll();
  });
}

test('family record with people and with errors has no axe violations', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');
  await hearth.addChild('Baby', '0');
  await hearth.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Add child' }).click();
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
});

test('the Exit this page count has no axe violations', async ({ page, hearth }) => {
  await hearth.open('help');
  await page.keyboard.press('Shift');
  await hearth.expectNoAxeViolations();
});

test('every page of the conflict-or-abuse set has no axe violations and fits the screen', async ({ page, hearth }) => {
  await hearth.startConflict('Parent 1', 'Parent 2', ['Older child', '6']);
  await hearth.expectNoAxeViolations();
  for (const step of ['safety', 'first-adult', 'second-adult', 'household', 'children', 'agencies', 'check-answers', 'outcome']) {
    await page.goto(`./#/practitioner/conflict/${step}`);
    await expect(hearth.heading()).toBeVisible();
    await hearth.expectNoAxeViolations();
    await hearth.expectNoHorizontalScroll();
  }
});

test('every page of the safer-sleep checklist, the family plan and the summary: no axe violations, fits the screen', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Parent 1');
  await hearth.addChild('Baby', '0');
  await hearth.startSaferSleep('Baby');
  await hearth.expectNoAxeViolations();
  await page.goto('./#/practitioner/safer-sleep/coming-up');
  await hearth.answer('Are visitors coming to stay, or a party or celebration coming up?', 'Yes');
  for (const step of ['baby', 'conversation', 'carers', 'household', 'coming-up', 'plan', 'sharing', 'check-answers', 'outcome']) {
    await page.goto(`./#/practitioner/safer-sleep/${step}`);
    await expect(hearth.heading()).toBeVisible();
    await hearth.expectNoAxeViolations();
    await hearth.expectNoHorizontalScroll();
  }
  for (const route of ['familyPlan', 'familySummary'] as const) {
    await page.goto(`./${route === 'familyPlan' ? '#/practitioner/family-plan' : '#/practitioner/summary'}`);
    await expect(hearth.heading()).toBeVisible();
    await hearth.expectNoAxeViolations();
    await hearth.expectNoHorizontalScroll();
  }
});

test('the tonight answer at its longest (every question Yes) has no axe violations and fits the screen', async ({ page, hearth }) => {
  await hearth.open('tonight');
  await hearth.answerAll('Yes');
  await page.getByRole('button', { name: 'Show my answer for tonight' }).click();
  const answer = page.getByRole('region', { name: 'Your answer for tonight' });
  await expect(answer).toContainText('ask a sober adult to come over');
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
});
