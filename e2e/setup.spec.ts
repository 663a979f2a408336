// The setup page (#/setup): a partnership makes its local.json in a form, previews the Help page
// and next steps with it, starts from its existing file, and downloads the file, or Hearth as a
// single file with the settings built in. Run at 1280 and at 320 px wide.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { northshire } from './hearth';

const example = readFileSync('docs/adopt/local.json.example', 'utf8');
const frontDoor = "Children's front door or MASH, in office hours";

async function load(page: Page, text: string): Promise<void> {
  await page.getByLabel('local.json file').setInputFiles({ name: 'local.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Load local.json', exact: true }).click();
}

test('the About page leads to the setup page, which says nothing entered leaves the device', async ({ page, hearth }, testInfo) => {
  await hearth.open('about');
  await page.getByRole('link', { name: 'set up Hearth for your area' }).click();
  await expect(hearth.heading()).toHaveText('Set up Hearth for your area');
  await expect(page).toHaveTitle('Set up Hearth for your area – Hearth');
  await expect(page.getByText('Nothing you enter here leaves this device')).toBeVisible();
  // The form starts from the settings in use: here the national ones.
  await expect(page.getByLabel('Where Exit this page goes')).toHaveValue('https://www.bbc.co.uk/weather');
  await expect(page.getByRole('group', { name: 'MARAC co-ordinator' }).getByLabel('Why someone would call')).toHaveValue(/^To refer someone at high risk/);
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
  if (testInfo.project.name === 'narrow') await hearth.expectTapTargetsAtLeast44px();
});

test('what is typed shows in the preview and comes back in the downloaded local.json', async ({ page, hearth }, testInfo) => {
  await hearth.open('setup');
  await hearth.fillSetupForm();

  await page.getByText('The Help page', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Local contacts in Northshire' })).toBeVisible();
  await expect(page.locator('#local-front-door')).toContainText("Northshire Children's Front Door");
  await expect(page.locator('#local-front-door').getByRole('link', { name: '01632 960 001' })).toHaveAttribute('href', 'tel:01632960001');
  await expect(page.getByRole('link', { name: 'Threshold document (levels of need) (opens in a new tab)' })).toHaveAttribute(
    'href',
    'https://www.example.org/northshire/thresholds',
  );
  await page.getByText('Next steps when high-risk markers are present').click();
  const marac = page.getByRole('listitem').filter({ hasText: 'Consider a referral to MARAC' });
  await expect(marac).toContainText('Northshire MARAC co-ordinator: 01632 960 004');
  // The preview follows each change as it is typed.
  await page.getByRole('group', { name: 'MARAC co-ordinator' }).getByLabel('Phone number').fill('01632 960 044');
  await expect(marac).toContainText('Northshire MARAC co-ordinator: 01632 960 044');
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
  if (testInfo.project.name === 'narrow') await hearth.expectTapTargetsAtLeast44px();

  const text = await hearth.downloadLocalJson();
  await expect(page.locator('.hearth-message[role=status]')).toContainText('Put it beside index.html in the folder you host Hearth from');
  const settings = JSON.parse(text);
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  expect(settings).toMatchObject({
    hearth_local_settings: 1,
    area: 'Northshire',
    updated: today,
    exit_url: northshire.exitUrl,
    idle_minutes: 45,
    procedures: { thresholds: 'https://www.example.org/northshire/thresholds', safer_sleep: null, escalation: null },
    escalation_stages: [],
  });
  // Roles left with no name and no number are not set; a purpose left as it was is Hearth's.
  expect(settings.contacts).toEqual([
    {
      id: 'front-door',
      name: "Northshire Children's Front Door",
      number: '01632 960 001',
      hours: 'Monday to Friday, 9am to 5pm',
      purpose: 'To share a concern about a child, make a referral or ask for advice.',
    },
    {
      id: 'marac',
      name: 'Northshire MARAC co-ordinator',
      number: '01632 960 044',
      hours: '',
      purpose: 'To refer someone at high risk of serious harm to MARAC, or to ask about a referral.',
    },
  ]);
});

test('an escalation stage added to the form goes into the file', async ({ page, hearth }) => {
  await hearth.open('setup');
  await page.getByRole('button', { name: 'Add an escalation stage' }).click();
  const stage = page.getByRole('group', { name: 'Escalation stage 1' });
  await expect(stage.getByLabel('Id'), 'the new row is where the user carries on').toBeFocused();
  await stage.getByLabel('Id').fill('talk-to-manager');
  await stage.getByLabel('Name').fill('Talk to your manager');
  await stage.getByLabel('What to do at this stage').fill('Within 2 working days.');
  const settings = JSON.parse(await hearth.downloadLocalJson());
  expect(settings.escalation_stages).toEqual([{ id: 'talk-to-manager', label: 'Talk to your manager', hint: 'Within 2 working days.' }]);
});

test('contacts of your own: a loaded one can be changed, a new one is checked as typed, and both go into the file', async ({ page, hearth }, testInfo) => {
  await hearth.open('setup');
  const withOwn = JSON.parse(example);
  const healthVisiting = { id: 'health-visiting', name: 'Northshire health visiting', number: '01632 960 009', hours: '', purpose: 'Advice about a baby.' };
  withOwn.contacts.push(healthVisiting);
  await load(page, JSON.stringify(withOwn));
  const first = page.getByRole('group', { name: 'Your contact 1' });
  await expect(first.getByLabel('Id')).toHaveValue('health-visiting');
  await expect(first.getByLabel('Name', { exact: true })).toHaveValue('Northshire health visiting');
  await first.getByLabel('Hours').fill('Monday to Friday, 9am to 5pm');

  await page.getByRole('button', { name: 'Add a contact of your own' }).click();
  const second = page.getByRole('group', { name: 'Your contact 2' });
  await expect(second.getByLabel('Id'), 'the new row is where the user carries on').toBeFocused();
  await second.getByLabel('Id').fill('front-door');
  await expect(second.getByLabel('Id')).toHaveAccessibleDescription(/Error:\s+The id "front-door" is for one of the contacts above: give your contact 2 an id of its own/);
  await second.getByLabel('Id').fill('childrens-centres');
  await second.getByLabel('Name', { exact: true }).fill("Northshire children's centres");
  await expect(page.locator('.govuk-error-message')).toHaveCount(0);
  await page.getByRole('button', { name: 'Download local.json' }).click();
  await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText([
    'Enter the phone number for your contact 2',
    'Enter why someone would call your contact 2',
  ]);
  await second.getByLabel('Phone number').fill('01632 960 010');
  await second.getByLabel('Why someone would call').fill('Groups and support for parents of young children.');
  await expect(page.locator('.govuk-details', { hasText: 'The Help page' })).toContainText("Northshire children's centres");
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
  if (testInfo.project.name === 'narrow') await hearth.expectTapTargetsAtLeast44px();

  const settings = JSON.parse(await hearth.downloadLocalJson());
  expect(settings.contacts.slice(-2)).toEqual([
    { ...healthVisiting, hours: 'Monday to Friday, 9am to 5pm' },
    { id: 'childrens-centres', name: "Northshire children's centres", number: '01632 960 010', hours: '', purpose: 'Groups and support for parents of young children.' },
  ]);
});

test('loading an existing local.json fills the form, so an update is an edit', async ({ page, hearth }) => {
  await hearth.open('setup');
  await load(page, example);
  await expect(page.locator('.hearth-message[role=status]')).toContainText('Loaded: the form now holds the settings from your file');
  await expect(page.getByLabel('Area or partnership name')).toHaveValue('Northshire');
  const earlyHelp = page.getByRole('group', { name: 'Early help' });
  await expect(earlyHelp.getByLabel('Name', { exact: true })).toHaveValue('Northshire Early Help Hub');
  await expect(earlyHelp.getByLabel('Phone number')).toHaveValue('01632 960 005');
  await expect(page.getByLabel('Safer sleep procedure')).toHaveValue('https://www.example.org/northshire/safer-sleep-procedure');

  await earlyHelp.getByLabel('Hours').fill('Monday to Friday, 8am to 6pm');
  const settings = JSON.parse(await hearth.downloadLocalJson());
  const expected = JSON.parse(example);
  expected.contacts[4].hours = 'Monday to Friday, 8am to 6pm';
  expect({ ...settings, updated: expected.updated }).toEqual(expected);
});

test('a broken local.json is refused with every problem listed, and what was typed stays', async ({ page, hearth }, testInfo) => {
  await hearth.open('setup');
  await page.getByLabel('Area or partnership name').fill('Southshire');
  const broken = example.replace('"https://www.bbc.co.uk/weather"', '"http://www.bbc.co.uk/weather"').replace('"01632 960 003"', '"01632 96O 003"');
  await load(page, broken);

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Set up Hearth for your area/);
  const problems = summary.getByRole('link');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('"exit_url" is "http://www.bbc.co.uk/weather"');
  await expect(problems.nth(1)).toContainText('Contact 3 ("domestic-abuse-service"): "number" is "01632 96O 003"');
  await expect(problems.nth(0)).toHaveAttribute('href', '#settings-file');
  await expect(page.locator('#settings-file-error')).toContainText('The file was not loaded');
  await expect(page.getByLabel('Area or partnership name')).toHaveValue('Southshire');
  await expect(page.getByLabel('Where Exit this page goes')).toHaveValue('https://www.bbc.co.uk/weather');
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
  if (testInfo.project.name === 'narrow') await hearth.expectTapTargetsAtLeast44px();

  // The same file put right loads, and the problems go.
  await load(page, example);
  await expect(summary).toBeHidden();
  await expect(page).toHaveTitle('Set up Hearth for your area – Hearth');
  await expect(page.getByLabel('Area or partnership name')).toHaveValue('Northshire');
});

test('a number with letters is shown as typed, and blocks the download in the GOV.UK error style', async ({ page, hearth }, testInfo) => {
  await hearth.open('setup');
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  const group = page.getByRole('group', { name: frontDoor });
  await group.getByLabel('Name', { exact: true }).fill("Northshire Children's Front Door");
  // Something still to fill in waits for the download; a mistake in what is typed shows at once.
  await expect(page.locator('.govuk-error-message')).toHaveCount(0);
  await group.getByLabel('Phone number').fill('01632 96O 001');
  await expect(page.locator('#front-door-number-error')).toContainText('use only digits and spaces');
  await page.getByRole('group', { name: 'Early help' }).getByLabel('Name', { exact: true }).fill('Northshire Early Help Hub');

  await page.getByRole('button', { name: 'Download local.json' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole('link')).toHaveText([
    "The phone number for Children's front door or MASH, in office hours: use only digits and spaces, as people dial it",
    'Enter the phone number for Early help, or clear its name to leave it out',
  ]);
  await expect(page.locator('#early-help-number-error')).toContainText('Enter the phone number for Early help');
  await summary.getByRole('link').first().click();
  await expect(group.getByLabel('Phone number')).toBeFocused();
  await hearth.expectNoAxeViolations();
  await hearth.expectNoHorizontalScroll();
  if (testInfo.project.name === 'narrow') await hearth.expectTapTargetsAtLeast44px();
  // Nor does the single file come while there are problems.
  await page.getByRole('button', { name: 'Download Hearth as a single file with these settings' }).click();
  await expect(summary.getByRole('link')).toHaveCount(2);
  expect(downloads).toEqual([]);

  await group.getByLabel('Phone number').fill('01632 960 001');
  await page.getByRole('group', { name: 'Early help' }).getByLabel('Name', { exact: true }).fill('');
  await hearth.downloadLocalJson();
  await expect(summary).toBeHidden();
  await expect(page).toHaveTitle('Set up Hearth for your area – Hearth');
});

test('without a release hearth.html beside it, the single file is plainly not offered', async ({ page, hearth }) => {
  await hearth.open('setup');
  await page.getByRole('button', { name: 'Download Hearth as a single file with these settings' }).click();
  await expect(page.locator('.hearth-message[role=status]')).toContainText('This copy of Hearth was not installed from a release download, so it cannot make a single file');
});

test("the single file carries the settings in its placeholder, safely, with the SHA-256 of what was saved", async ({ page, hearth }) => {
  const release = '<!doctype html><html><head><script type="application/json" id="hearth-local-settings"></script><script type="module">start()</script></head><body></body></html>';
  await page.route('**/hearth.html', (route) => route.fulfill({ contentType: 'text/html', body: release }));
  await hearth.open('setup');
  await hearth.fillSetupForm({ ...northshire, area: 'Northshire </script><!--' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Hearth as a single file with these settings' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hearth.html');
  const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
  const text = bytes.toString();

  const [before, rest] = text.split('<script type="application/json" id="hearth-local-settings">');
  expect(before).toBe('<!doctype html><html><head>');
  const [carried, after] = rest.split('</script>', 2);
  expect(after).toBe('<script type="module">start()');
  expect(carried).not.toContain('<');
  expect(JSON.parse(carried)).toMatchObject({ area: 'Northshire </script><!--', exit_url: northshire.exitUrl, idle_minutes: 45 });

  await expect(page.locator('.hearth-message[role=status]')).toContainText('hearth.html is downloaded, with these settings built in');
  await expect(page.getByLabel('SHA-256 of hearth.html')).toHaveValue(createHash('sha256').update(bytes).digest('hex'));
});
