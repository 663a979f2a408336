// Trainer mode on a projector, at 1280x800 and 1920x1080: every slide of both scenarios fits the
// screen with no scrolling and no text smaller than 4% of the screen's height; a new slide opens
// at its top with no frame around it; the trainer's notes stay off the slides; the answers behind
// an outcome and the phone code open from the keyboard.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { Hearth } from './hearth';

/** The smallest text on the page, and what else would keep the slide from fitting the screen. */
async function measure(page: Page) {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    for (const element of document.querySelectorAll('main *')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      if (!ownText || !element.checkVisibility({ visibilityProperty: true }) || element.closest('.govuk-visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest.size) smallest = { size, text: element.textContent!.trim().slice(0, 40) };
    }
    const root = document.documentElement;
    return { smallest, tooTall: root.scrollHeight - innerHeight, tooWide: root.scrollWidth - innerWidth, height: innerHeight };
  });
}

/** What is wrong with the slide on screen, if anything: each problem a line. */
async function misfits(page: Page): Promise<string[]> {
  const slide = `${new URL(page.url()).hash}`;
  const { smallest, tooTall, tooWide, height } = await measure(page);
  const problems: string[] = [];
  // 4% of the height, less half a pixel for rounding.
  if (smallest.size < 0.04 * height - 0.5) problems.push(`${slide}: "${smallest.text}" is ${smallest.size}px, under 4% of ${height}px`);
  if (tooTall > 0) problems.push(`${slide}: ${tooTall}px too tall for the screen`);
  if (tooWide > 0) problems.push(`${slide}: ${tooWide}px too wide for the screen`);
  return problems;
}

/** The kind of slide on screen, from the page title ("Step 3 of 7: Police, for discussion – …"). */
function kindOf(title: string): string {
  const name = title.split(' – ')[0].replace(', roles swapped', '');
  if (name.startsWith('Step')) return name.endsWith('for discussion') ? 'Questions for the room' : 'Step';
  return name.replace(/ \d+ of \d+$/, '');
}

/** Walks every slide by the keyboard from the one on screen, checking each, and axe on each kind. */
async function walk(page: Page, hearth: Hearth): Promise<string[]> {
  const problems: string[] = [];
  const next = page.getByRole('button', { name: /^Next/ });
  const kinds = new Set<string>();
  for (;;) {
    problems.push(...(await misfits(page)));
    const kind = kindOf(await page.title());
    if (!kinds.has(kind)) {
      kinds.add(kind);
      await hearth.expectNoAxeViolations();
    }
    if (await next.isDisabled()) break;
    const before = page.url();
    await page.keyboard.press('ArrowRight');
    await expect(page).not.toHaveURL(before);
  }
  expect([...kinds].sort()).toEqual(['Introduction', 'Learning point', 'Putting it together', 'Questions for the room', 'Step', 'Timeline']);
  return problems;
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  test.describe(`on a ${viewport.width}x${viewport.height} projector`, () => {
    test.use({ viewport });

    test('every slide of both scenarios fits the screen, its smallest text at least 4% of the screen height', async ({ page, hearth }) => {
      test.setTimeout(120_000);
      await page.goto('./#/trainer/willow-lane/0');
      await hearth.presenterReady();
      const problems = await walk(page, hearth);
      // The other scenario with the roles swapped, which adds to what some slides say.
      await page.goto('./#/trainer/harbour-street/0/swapped');
      await hearth.presenterReady();
      problems.push(...(await walk(page, hearth)));
      expect(problems).toEqual([]);
    });

    test('a new slide opens at its top, with focus on the page and no frame around the slide', async ({ page, hearth }) => {
      await page.goto('./#/trainer/willow-lane/5');
      await hearth.presenterReady();
      // Open answers make the slide taller than the screen.
      await hearth.conflictPanel().getByText('The answers behind this').click();
      await hearth.sleepPanel().getByText('The answers behind this').click();
      await page.mouse.wheel(0, 2000);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
      await page.keyboard.press('ArrowRight');
      await expect(hearth.heading()).toHaveText('For discussion: Police');
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
      await expect(hearth.conflictPanel().getByRole('listitem').first()).toBeHidden();
      const focused = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { id: document.activeElement!.id, outline: style.outlineStyle, shadow: style.boxShadow };
      });
      expect(focused).toEqual({ id: 'main-content', outline: 'none', shadow: 'none' });
      // Keyboard focus on the controls is still drawn: GOV.UK's yellow.
      await page.getByRole('button', { name: /^Next/ }).focus();
      await expect(page.getByRole('button', { name: /^Next/ })).toHaveCSS('background-color', 'rgb(255, 221, 0)');
    });

    test("the trainer's notes are on the trainer mode page, not on the slides", async ({ page, hearth }) => {
      await hearth.open('trainer');
      const notes = page.getByRole('list').filter({ hasText: 'Home and End to the first and last' });
      await expect(notes).toBeVisible();
      await expect(page.getByText('Phones cannot open Hearth here')).toBeVisible();
      await page.getByRole('link', { name: 'Present Harbour Street: a referral nobody followed up' }).click();
      await hearth.presenterReady();
      for (const slide of ['0', '1', '2']) {
        await page.goto(`./#/trainer/harbour-street/${slide}`);
        await expect(hearth.heading()).toBeVisible();
        await expect(page.getByRole('main')).not.toContainText('Phones cannot');
        await expect(page.getByRole('main')).not.toContainText('Home and End');
      }
    });

    test('the answers behind an outcome open from the keyboard, each with the agency it came from', async ({ page, hearth }) => {
      await page.goto('./#/trainer/harbour-street/9');
      await hearth.presenterReady();
      const answers = hearth.conflictPanel().getByText('Has Morgan (mother) physically hurt Charlie (father), for example by pushing, slapping, hitting, kicking or biting them? (Police)');
      await expect(hearth.conflictPanel().getByText('Both directions, between Charlie (father) and Morgan (mother)')).toBeVisible();
      await expect(answers).toBeHidden();
      const focused = () => page.evaluate(() => document.activeElement?.textContent);
      for (let press = 0; press < 6 && (await focused()) !== 'The answers behind this'; press++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('The answers behind this');
      await page.keyboard.press('Enter');
      await expect(answers).toBeVisible();
      await expect(hearth.conflictPanel().getByText('From Morgan (mother) towards Charlie (father)')).toBeVisible();
      await hearth.expectNoAxeViolations();
      // Space opens and closes it too, and does not move to the next slide.
      await page.keyboard.press(' ');
      await expect(answers).toBeHidden();
      await expect(hearth.heading()).toHaveText('GP');
    });

    test('the phone code takes the place of the slide, large enough to scan from the back of the room', async ({ page, hearth }) => {
      await page.goto('./#/trainer/willow-lane/5');
      await hearth.presenterReady();
      await page.keyboard.press('q');
      const code = page.getByRole('region', { name: 'Follow on your phone' });
      const box = (await code.getByRole('img', { name: "QR code for this slide's address" }).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(0.6 * viewport.height);
      expect(await misfits(page)).toEqual([]);
      await hearth.expectNoAxeViolations();
      await page.keyboard.press('q');
      await expect(hearth.heading()).toHaveText('Police');
    });
  });
}
