// The home visit of issue 16, measured on a 360 by 740 touch phone: two adults, a baby and a
// 6-year-old; the conflict-or-abuse set with a Yes to physical harm; the safer-sleep checklist;
// the case-notes copy and the printout of both outcomes and the family summary. Pages reached,
// taps and phone screens of scrolling are counted as a practitioner would make them, written to
// the test's output (visit.json) and kept under a ceiling, so that a change that makes the visit
// longer is a decision. The figures are in the README.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Hearth } from './hearth';

/** Counts what the practitioner does: every page reached, every tap, every screen scrolled. */
class Visit {
  pages = 0;
  taps = 0;
  /** The length of every page reached, in phone screens: what issue 16 first measured. */
  screens = 0;
  /** How far down each page the practitioner had to scroll to reach what they tapped. */
  scrolled = 0;
  private deepest = 0;
  constructor(private readonly page: Page, private readonly hearth: Hearth) {}

  private async reach(target: Locator): Promise<void> {
    const bottom = await target.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
    this.deepest = Math.max(this.deepest, bottom);
  }

  /** The scrolling the page just left took. */
  leave(): void {
    const height = this.page.viewportSize()!.height;
    this.scrolled += Math.max(0, this.deepest - height) / height;
    this.deepest = 0;
  }

  /** A page has opened: one more page, and its length in phone screens to scroll through. */
  async arrive(): Promise<void> {
    this.leave();
    await expect(this.hearth.heading()).toBeVisible();
    const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
    this.pages += 1;
    this.screens += height / this.page.viewportSize()!.height;
  }

  async tap(target: Locator, opens = false): Promise<void> {
    await this.reach(target);
    await target.click();
    this.taps += 1;
    if (opens) await this.arrive();
  }

  async choose(target: Locator): Promise<void> {
    await this.reach(target);
    await target.check();
    this.taps += 1;
  }

  /** One tap into the field; the typing itself is not counted. */
  async type(field: Locator, text: string): Promise<void> {
    await this.reach(field);
    await field.fill(text);
    this.taps += 1;
  }

  async answer(question: string, answer: 'Yes' | 'No' | 'Not known'): Promise<void> {
    await this.choose(this.page.getByRole('group', { name: question, exact: true }).getByRole('radio', { name: answer, exact: true }));
  }

  /** Continue, page by page, to check your answers, doing `onEach` on each page on the way. */
  async throughTheSet(onEach: () => Promise<void>): Promise<void> {
    while (!/check-answers$/.test(this.page.url())) {
      await onEach();
      await this.tap(this.page.getByRole('link', { name: 'Continue', exact: true }), true);
    }
  }
}

const physicalHarm = 'Has Sam physically hurt Alex, for example by pushing, slapping, hitting, kicking or biting them?';

test('the home visit: pages, taps and screens of scrolling, from home to both printouts', async ({ page, hearth }, testInfo) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  // Printing is counted as the tap; the browser's own print dialogue is not part of Hearth.
  await page.evaluate(() => (window.print = () => {}));
  const visit = new Visit(page, hearth);
  await hearth.open('home');
  await visit.arrive();
  await page.evaluate(() => (window.print = () => {}));
  await visit.tap(page.getByRole('main').getByRole('link', { name: 'Practitioners' }), true);

  for (const adult of ['Sam', 'Alex']) {
    await visit.type(page.getByLabel('Label for this adult'), adult);
    await visit.tap(page.getByRole('button', { name: 'Add adult' }));
  }
  for (const [child, age] of [['Baby', '0'], ['Jo', '6']]) {
    await visit.type(page.getByLabel('Label for this child'), child);
    await visit.type(page.getByLabel('Age in years'), age);
    await visit.tap(page.getByRole('button', { name: 'Add child' }));
  }

  // The conflict-or-abuse set: the safety check, then every page, with seven answers given.
  await visit.tap(page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }), true);
  await expect(hearth.heading()).toHaveText('Safety check before asking');
  const given: [string, 'Yes' | 'No'][] = [
    ['Is Alex afraid of Sam?', 'No'],
    [physicalHarm, 'Yes'],
    ['Is Sam afraid of Alex?', 'No'],
  ];
  await visit.throughTheSet(async () => {
    if (/\/safety$/.test(page.url())) {
      for (const radio of await page.getByRole('radio', { name: 'Yes', exact: true }).all()) await visit.choose(radio);
    }
    for (const [question, answer] of given) {
      if (await page.getByRole('group', { name: question, exact: true }).count()) await visit.answer(question, answer);
    }
  });
  await visit.tap(page.getByRole('link', { name: 'Continue to the outcome' }), true);
  await expect(hearth.heading()).toHaveText(/^Outcome: /);
  await visit.tap(page.getByRole('button', { name: 'Copy for case notes' }));
  await visit.tap(page.getByRole('button', { name: 'Print this outcome' }));

  // On to safer sleep: with one baby it starts at once.
  await visit.tap(page.getByRole('link', { name: 'Continue to the safer-sleep checklist' }), true);
  await expect(hearth.heading()).toHaveText('The baby and where they sleep');
  await visit.type(page.getByLabel("Baby's age in weeks"), '6');
  await visit.throughTheSet(async () => {
    const drink = page.getByRole('group', { name: /^Does Alex ever drink alcohol/ });
    if (await drink.count()) await visit.choose(drink.getByRole('radio', { name: 'Yes', exact: true }));
  });
  await visit.tap(page.getByRole('link', { name: 'Continue to the outcome' }), true);
  await visit.tap(page.getByRole('button', { name: 'Copy for case notes' }));
  await visit.tap(page.getByRole('button', { name: 'Print this outcome' }));

  await visit.tap(page.getByRole('link', { name: 'See the family summary' }).or(page.getByRole('link', { name: 'See the combined family summary' })).first(), true);
  await expect(hearth.heading()).toHaveText('Family summary');
  await visit.tap(page.getByRole('button', { name: 'Copy for case notes' }));
  await visit.tap(page.getByRole('button', { name: 'Print this summary' }));

  visit.leave();
  const tenths = (n: number) => Math.round(n * 10) / 10;
  const measured = { pages: visit.pages, taps: visit.taps, screens: tenths(visit.screens), scrolled: tenths(visit.scrolled) };
  await testInfo.attach('visit.json', { body: JSON.stringify(measured), contentType: 'application/json' });
  console.log(`The home visit on a phone: ${JSON.stringify(measured)}`);
  // Issue 16 measured 22 pages, 102 taps and 131 screens of page before the short pages; these
  // ceilings sit just above what the visit takes now: 45, 69, 148.3 and 74.8 on 1 December 2026,
  // then 47, 71, 160.6 and 83.3 once issue 17 added each adult's own account (two pages) and
  // the interpreter questions to the visit.
  expect(measured.pages).toBeLessThanOrEqual(49);
  expect(measured.taps).toBeLessThanOrEqual(75);
  expect(measured.screens).toBeLessThanOrEqual(165);
  expect(measured.scrolled).toBeLessThanOrEqual(87);
});
