// A page object for Hearth: finds things by role and label, as a person would.
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const routes = {
  home: '',
  practitioner: '#/practitioner',
  trainer: '#/trainer',
  guide: '#/family',
  help: '#/help',
  about: '#/about',
  localSettings: '#/local-settings',
  setup: '#/setup',
  howHearthDecides: '#/how-hearth-decides',
  exitInfo: '#/exit-this-page',
  notFound: '#/no-such-page',
  conflict: '#/practitioner/conflict',
  conflictSafety: '#/practitioner/conflict/safety',
  conflictFirstAdult: '#/practitioner/conflict/first-adult',
  conflictCheckAnswers: '#/practitioner/conflict/check-answers',
  conflictOutcome: '#/practitioner/conflict/outcome',
  saferSleep: '#/practitioner/safer-sleep',
  sleepBaby: '#/practitioner/safer-sleep/baby',
  sleepOutcome: '#/practitioner/safer-sleep/outcome',
  planHandout: '#/practitioner/family-plan',
  recordSummary: '#/practitioner/summary',
  recordFiles: '#/practitioner/records',
  informationSharing: '#/practitioner/information-sharing',
  otherRoutes: '#/practitioner/other-routes',
  casework: '#/practitioner/casework',
  caseCheck: '#/practitioner/casework/check',
  caseShare: '#/practitioner/casework/share',
  caseIncident: '#/practitioner/casework/incident',
  caseReferral: '#/practitioner/casework/referral',
  caseChallenge: '#/practitioner/casework/challenge',
  chronology: '#/practitioner/chronology',
  expired: '#/expired',
  tonight: '#/family/tonight',
  mySleepPlan: '#/family/plan',
  presentingIntro: '#/trainer/willow-lane/0',
  presentingStep: '#/trainer/willow-lane/5/swapped',
  presentingDiscussion: '#/trainer/harbour-street/10/swapped',
  presentingAlone: '#/trainer/willow-lane/15',
  presentingTimeline: '#/trainer/harbour-street/16',
  presentingLearning: '#/trainer/willow-lane/21',
} as const;

type Answer = 'Yes' | 'No' | 'Not known';

/** What `fillSetupForm` types into the setup page: each contact by its role's label on the form. */
export interface SetupForm {
  area: string;
  exitUrl: string;
  idleMinutes: string;
  contacts: Record<string, { name: string; number: string; hours?: string }>;
  /** Each procedure link by its label on the form. */
  procedures: Record<string, string>;
}

/** A fictional partnership's settings, with the numbers Ofcom keeps for drama. */
export const northshire: SetupForm = {
  area: 'Northshire',
  exitUrl: 'https://www.example.org/weather',
  idleMinutes: '45',
  contacts: {
    "Children's front door or MASH, in office hours": {
      name: "Northshire Children's Front Door",
      number: '01632 960 001',
      hours: 'Monday to Friday, 9am to 5pm',
    },
    'MARAC co-ordinator': { name: 'Northshire MARAC co-ordinator', number: '01632 960 004' },
  },
  procedures: { 'Threshold document (levels of need)': 'https://www.example.org/northshire/thresholds' },
};

export class Hearth {
  constructor(readonly page: Page) {}

  async open(route: keyof typeof routes): Promise<void> {
    await this.page.goto(`./${routes[route]}`);
    await expect(this.heading()).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  exitButton(): Locator {
    return this.page.getByRole('button', { name: 'Emergency Exit this page' });
  }

  async addAdult(label: string): Promise<void> {
    await this.page.getByLabel('Label for this adult').fill(label);
    await this.page.getByRole('button', { name: 'Add adult' }).click();
  }

  async addChild(label: string, age: string): Promise<void> {
    await this.page.getByLabel('Label for this child').fill(label);
    await this.page.getByLabel('Age in years').fill(age);
    await this.page.getByRole('button', { name: 'Add child' }).click();
  }

  /**
   * Starts the conflict-or-abuse set for two adults and a child, from the family record. With
   * exactly two adults the set opens at its first page with them chosen; Back goes to its sections.
   */
  async startConflict(first: string, second: string, child?: [string, string]): Promise<void> {
    await this.open('practitioner');
    await this.addAdult(first);
    await this.addAdult(second);
    if (child) await this.addChild(...child);
    await this.page.getByRole('link', { name: 'Parental conflict or domestic abuse?' }).click();
    await expect(this.heading()).toHaveText('Safety check before asking');
    await this.page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `Sections for ${first} and ${second}` })).toBeVisible();
  }

  /**
   * Starts the safer-sleep checklist for the only baby, from the practitioner page: it opens at
   * its first page with the baby chosen; Back goes to its sections.
   */
  async startSaferSleep(baby: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Practitioners', exact: true }).first().click();
    await this.page.getByRole('link', { name: 'Safer sleep: prevent and protect' }).click();
    await expect(this.heading()).toHaveText('The baby and where they sleep');
    await this.page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `Sections for ${baby}` })).toBeVisible();
  }

  /** Opens a section from the list of sections, and waits until its page has replaced the list. */
  async openSection(name: string | RegExp): Promise<void> {
    const list = (await this.heading().textContent()) ?? '';
    await this.page.getByRole('link', { name }).click();
    await expect(this.heading()).not.toHaveText(list);
  }

  async answer(question: string, answer: Answer): Promise<void> {
    await this.page.getByRole('group', { name: question, exact: true }).getByRole('radio', { name: answer, exact: true }).check();
  }

  /** Gives every question on this page the same answer. */
  async answerAll(answer: Answer): Promise<void> {
    for (const radio of await this.page.getByRole('radio', { name: answer, exact: true }).all()) await radio.check();
  }

  /** From any page of a set: back to its sections, check your answers (with axe), the outcome. */
  async checkAnswersThenOutcome(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to all sections' }).click();
    await this.page.getByRole('link', { name: 'Check your answers' }).click();
    await expect(this.heading()).toHaveText('Check your answers');
    await this.expectNoAxeViolations();
    await this.page.getByRole('link', { name: 'Continue to the outcome' }).click();
    await expect(this.heading()).toContainText('Outcome:');
  }

  /** Chooses where the baby sleeps, by day or by night, on the baby's page. */
  async sleepsAt(time: 'day' | 'night', place: string): Promise<void> {
    await this.page.getByRole('group', { name: `Where does the baby sleep by ${time}?` }).getByRole('radio', { name: place, exact: true }).check();
  }

  async continue(): Promise<void> {
    await this.page.getByRole('link', { name: 'Continue', exact: true }).click();
  }

  /**
   * Continue, then wait until the next page has replaced this one. Continue is a link: the
   * address changes first and the page follows on the hash change, so a test that acts as soon
   * as the address changes may still be reading the page it left.
   */
  async continueToNextPage(): Promise<void> {
    const where = () => this.page.locator('h1, .hearth-page-heading').allTextContents().then((texts) => texts.join(' | '));
    const before = await where();
    const here = this.page.url();
    await this.continue();
    await expect(this.page).not.toHaveURL(here);
    await expect.poll(where).not.toBe(before);
  }

  /**
   * Gives every question in this section the same answer, except those named in `except`, page
   * by page, and continues to the next section.
   */
  async answerSection(answer: Answer, except: Record<string, Answer> = {}): Promise<void> {
    const section = await this.heading().textContent();
    for (;;) {
      await this.answerAll(answer);
      for (const [question, given] of Object.entries(except)) {
        if (await this.page.getByRole('group', { name: question, exact: true }).count()) await this.answer(question, given);
      }
      await this.continueToNextPage();
      if ((await this.heading().textContent()) !== section) return;
    }
  }

  /** "Copy for case notes" on an outcome or summary page, and what it put on the clipboard. */
  async copyForCaseNotes(): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.getByRole('button', { name: 'Copy for case notes' }).click();
    await expect(this.page.getByText('Copied. Paste it into your case notes or referral form.')).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Waits until a scenario's slides answer the keyboard. */
  async presenterReady(): Promise<void> {
    await expect(this.page.locator('.hearth-presenter[data-keys="ready"]')).toBeVisible();
  }

  /** The two outcome panels beside a slide in trainer mode. */
  conflictPanel(): Locator {
    return this.page.getByRole('region', { name: 'Conflict or abuse?' });
  }

  sleepPanel(): Locator {
    return this.page.getByRole('region', { name: 'Safer sleep' });
  }

  /** Both outcomes, as the data attributes the panels carry for tests and styles. */
  async expectOutcomes(conflict: string, sleep: 'prevent' | 'protect' | 'not-enough-known'): Promise<void> {
    await expect(this.conflictPanel()).toHaveAttribute('data-outcome', conflict);
    await expect(this.sleepPanel()).toHaveAttribute('data-outcome', sleep);
  }

  /** From the practitioners' hub to the page for saving, opening and moving the record. */
  async recordFiles(): Promise<void> {
    await this.page.getByRole('link', { name: 'Save, open or move a record' }).click();
    await expect(this.heading()).toHaveText('Save, open or move a record');
  }

  async backToHub(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to practitioner tools' }).click();
    await expect(this.heading()).toHaveText('Practitioner tools');
  }

  familyRecord(): Locator {
    return this.page.locator('dl.hearth-family-record');
  }

  /** Fills the setup page's form (#/setup) with `form`, leaving every other field as it is. */
  async fillSetupForm(form: SetupForm = northshire): Promise<void> {
    await this.page.getByLabel('Area or partnership name').fill(form.area);
    await this.page.getByLabel('Where Exit this page goes').fill(form.exitUrl);
    await this.page.getByLabel('Minutes without use before an open record is locked or cleared').fill(form.idleMinutes);
    for (const [role, contact] of Object.entries(form.contacts)) {
      const group = this.page.getByRole('group', { name: role, exact: true });
      await group.getByLabel('Name', { exact: true }).fill(contact.name);
      await group.getByLabel('Phone number').fill(contact.number);
      await group.getByLabel('Hours').fill(contact.hours ?? '');
    }
    for (const [label, url] of Object.entries(form.procedures)) await this.page.getByLabel(label).fill(url);
  }

  /** Presses "Download local.json" on the setup page: the file's text. */
  async downloadLocalJson(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download local.json', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('local.json');
    return Buffer.concat(await (await file.createReadStream()).toArray()).toString();
  }

  async expectNoAxeViolations(): Promise<void> {
    // axe's region rule lets a skip link sit outside the landmarks only if it points into the
    // page; Exit this page's skip link points away by design (GOV.UK's pattern), so skip links
    // count as regions of their own. The other regions are axe's own defaults.
    const region = { options: { regionMatcher: 'dialog, [role=dialog], [role=alertdialog], svg, .govuk-skip-link' } };
    const results = await new AxeBuilder({ page: this.page }).options({ checks: { region } }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary, 'axe-core violations').toEqual([]);
  }

  /**
   * Buttons, radios and checkboxes with their labels, text boxes, the header and footer links,
   * Back, Exit this page, every details' summary, and every link that stands alone (the only
   * thing in its paragraph, heading or list item, or a summary list's action or a button
   * group's link): at least 44 px each way to tap. Links inside a sentence are exempt.
   */
  async expectTapTargetsAtLeast44px(): Promise<void> {
    const small = await this.page.evaluate(() => {
      const standsAlone = (link: Element) => {
        if (link.closest('.govuk-summary-list__actions, .govuk-button-group')) return true;
        let block = link.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
        return block.textContent?.trim() === link.textContent?.trim();
      };
      const targets = document.querySelectorAll(
        'main button, main input, main .govuk-button, main .govuk-radios__label, main .govuk-checkboxes__label, main summary, header a, .hearth-footer__links a, .govuk-back-link, .govuk-exit-this-page__button',
      );
      return [...targets, ...[...document.querySelectorAll('main a')].filter(standsAlone)]
        // A task list's link covers its whole row; a radio or checkbox is its input and label.
        .map((element) => ({ element, box: (element.closest('.govuk-task-list__item--with-link, .govuk-radios__item, .govuk-checkboxes__item') ?? element).getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
        .map(({ element, box }) => `${element.id || element.textContent?.trim()}: ${Math.round(box.width)}x${Math.round(box.height)}`);
    });
    expect(small, 'tap targets smaller than 44 px').toEqual([]);
  }

  /**
   * After a page change: focus on main, where a screen reader starts reading the new page, and
   * no frame drawn around the whole page.
   */
  async expectFocusOnMainWithoutFrame(): Promise<void> {
    const main = this.page.getByRole('main');
    await expect(main).toBeFocused();
    await expect(main).toHaveCSS('outline-style', 'none');
    await expect(main).toHaveCSS('box-shadow', 'none');
  }

  async expectNoHorizontalScroll(): Promise<void> {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);
  }
}
