// The guidance pages: found from the practitioner hub by name, each with what a practitioner most
// needs there and its lines as numbers to tap.
import { test, expect } from './fixtures';

test('information sharing: consent, and recording what was shared', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await page.getByRole('link', { name: 'Sharing information to safeguard a child' }).click();
  await expect(hearth.heading()).toHaveText('Sharing information to safeguard a child');
  await expect(page).toHaveTitle('Sharing information to safeguard a child – Hearth');
  await expect(page.getByRole('heading', { name: 'When not to ask for consent' })).toBeVisible();
  await expect(page.getByText(/Do not seek consent where asking would increase the risk .* or where a child is at risk of significant harm/)).toBeVisible();
  await expect(page.getByText('Record what you shared, with whom, when and why, and on what basis.')).toBeVisible();
  await expect(page.getByText('When you decide not to share, record that too, with your reasons.')).toBeVisible();
});

test('other routes: each route with a number to call', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await page.getByRole('link', { name: /^Other routes: forced marriage, FGM/ }).click();
  await expect(hearth.heading()).toHaveText(/^Other routes: forced marriage, FGM, disclosure scheme, school notification and MARAC$/);
  const titles = [
    'Honour-based abuse and forced marriage',
    'Female genital mutilation (FGM)',
    "Domestic violence disclosure scheme (Clare's Law)",
    'School notification (Operation Encompass)',
    'MARAC (high-risk domestic abuse)',
  ];
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(titles);
  for (const id of ['forced-marriage', 'fgm', 'disclosure-scheme', 'operation-encompass', 'marac']) {
    // Each route's lines follow its heading, before the next route's.
    const links = page.locator(`h2#${id} ~ ul:not(.govuk-list--bullet)`).first().locator('a[href^="tel:"]');
    expect(await links.count(), id).toBeGreaterThan(0);
  }
  await expect(page.getByRole('link', { name: '0800 5999 247' })).toHaveAttribute('href', 'tel:08005999247');
  await expect(page.getByText('Consent is not needed for a high-risk referral. Tell the person where that is safe.')).toBeVisible();
});
