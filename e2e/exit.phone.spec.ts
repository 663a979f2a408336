// Exit this page on a phone: a bar stuck to the top that never sits on what the user reads or taps.
import { test, expect } from './fixtures';

for (const route of ['tonight', 'howHearthDecides', 'practitioner'] as const) {
  test(`on ${route}, nothing that takes focus ends up under Exit this page`, async ({ page, hearth }) => {
    await hearth.open(route);
    const bar = page.locator('.govuk-exit-this-page');
    const viewport = page.viewportSize()!;
    let checked = 0;
    // Forward, then back: going back, the browser scrolls each field in at the top of the screen.
    for (let tab = 0; tab < 80; tab++) {
      await page.keyboard.press(tab < 40 ? 'Tab' : 'Shift+Tab');
      const focused = await page.evaluate(async () => {
        await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body || element.closest('.govuk-exit-this-page')) return null;
        // A field comes into view with its label, which says what to enter.
        const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
        const field = element.getBoundingClientRect();
        const top = Math.min(field.top, label?.getBoundingClientRect().top ?? field.top);
        const bottom = field.bottom;
        return { top, bottom, name: element.id || element.textContent?.trim().slice(0, 40) };
      });
      if (!focused) continue;
      const box = (await bar.boundingBox())!;
      const overlap = Math.min(focused.bottom, box.y + box.height) - Math.max(focused.top, box.y);
      expect(overlap, `${focused.name} is under Exit this page (${JSON.stringify([focused, box, tab])})`).toBeLessThanOrEqual(1);
      expect(focused.bottom, `${focused.name} is below the screen`).toBeLessThanOrEqual(viewport.height + 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
}

test('after scrolling, the bar spans the screen on the page background, so no text shows beside it', async ({ page, hearth }) => {
  await hearth.open('howHearthDecides');
  await page.mouse.wheel(0, 1500);
  await page.evaluate(() => window.scrollBy(0, 1500));
  const bar = page.locator('.govuk-exit-this-page');
  const box = (await bar.boundingBox())!;
  expect(box.y).toBe(0);
  expect(box.x).toBe(0);
  expect(box.width).toBe(page.viewportSize()!.width);
  const background = await bar.evaluate((element) => getComputedStyle(element).backgroundColor);
  const page_background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe(page_background);
  await expect(hearth.exitButton()).toBeInViewport();
});

test('tapping an answer does not make the page lay itself out while the tap is handled', async ({ page, hearth }) => {
  await hearth.open('tonight');
  // Measuring during an event lays the page out at once, and again once the answer has changed
  // it: one layout too many for every answer on a slow phone. The check for the bar waits for the frame.
  await page.evaluate(() => {
    const measure = Element.prototype.getBoundingClientRect;
    (window as unknown as { measuredIn: string[] }).measuredIn = [];
    Element.prototype.getBoundingClientRect = function () {
      if (window.event) (window as unknown as { measuredIn: string[] }).measuredIn.push(window.event.type);
      return measure.call(this);
    };
  });
  await page.getByRole('radio').first().click();
  await page.getByRole('radio').nth(3).click();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(2);
  expect(await page.evaluate(() => (window as unknown as { measuredIn: string[] }).measuredIn)).toEqual([]);
});
