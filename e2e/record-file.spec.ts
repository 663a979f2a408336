// Moving a record as a file: export and open again, plain and protected by a passphrase; every
// refusal gets a clear message and leaves the record open now untouched.
import { test, expect } from './fixtures';
import type { Hearth } from './hearth';
import type { Page } from '@playwright/test';

async function exportRecord(page: Page, passphrase = ''): Promise<string> {
  await page.getByLabel('Passphrase for the file (optional)').fill(passphrase);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export record as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hearth-record.json');
  return Buffer.concat(await (await file.createReadStream()).toArray()).toString();
}

async function openRecord(page: Page, contents: string | Buffer, passphrase = '') {
  await page.getByLabel('Open a record file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
  await page.getByLabel('Passphrase, if the file has one').fill(passphrase);
  await page.getByRole('button', { name: 'Open record' }).click();
}

async function familyWithAnswers(hearth: Hearth) {
  await hearth.startConflict('Mum', 'Dad', ['Baby', '0']);
  await hearth.openSection('What Mum does, and how Dad is affected');
  await hearth.answer('Is Dad afraid of Mum?', 'Yes');
  await hearth.page.getByRole('link', { name: 'Practitioners' }).first().click();
}

test('a record exported as a plain file opens again with its answers', async ({ page, hearth }) => {
  await familyWithAnswers(hearth);
  const file = await exportRecord(page);
  expect(JSON.parse(file)).toMatchObject({ format: 'hearth-record', schema: 1 });
  await expect(page.getByText('It is not protected: anyone with the file can read it.')).toBeVisible();

  await page.getByRole('button', { name: 'Remove Mum' }).click();
  await page.getByRole('button', { name: 'Remove Dad' }).click();
  await openRecord(page, file);
  await expect(page.getByText('The record is open.')).toBeVisible();
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum', 'Dad', 'Baby']);
  await page.goto('./#/practitioner/conflict/outcome');
  await expect(hearth.heading()).toHaveText('Outcome: Domestic abuse indicated');
  await expect(page.getByText('Is Dad afraid of Mum? Yes')).toBeVisible();
  await hearth.expectNoAxeViolations();
});

test('a passphrase protects the file; a wrong one is refused and the open record stays', async ({ page, hearth }) => {
  await familyWithAnswers(hearth);
  const file = await exportRecord(page, 'blue kettle seven lanterns');
  expect(JSON.parse(file)).toMatchObject({ format: 'hearth-record-encrypted', kdf: 'PBKDF2-SHA-256', iterations: 600000 });
  expect(file).not.toContain('Mum');

  await page.getByRole('button', { name: 'Remove Dad' }).click();
  await openRecord(page, file, 'wrong words');
  await expect(page.getByRole('alert')).toHaveText(/The passphrase is wrong, or the file has been changed/);
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum', 'Baby']);

  await openRecord(page, file);
  await expect(page.getByRole('alert')).toHaveText(/This record is protected with a passphrase/);

  await openRecord(page, file, 'blue kettle seven lanterns');
  await expect(page.getByText('The record is open.')).toBeVisible();
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum', 'Dad', 'Baby']);
});

test('other files get a clear message and change nothing', async ({ page, hearth }) => {
  await hearth.open('practitioner');
  await hearth.addAdult('Carer A');
  const cases: [string | Buffer, RegExp][] = [
    ['{"name": "a spreadsheet"}', /This file is not a Hearth record/],
    ['{"format": "hearth-record", "schema": 7}', /made by a newer version of Hearth \(format 7\)\. Update Hearth/],
    ['{"format": "hearth-record", "schema": 1, "saved": "2026-11-27", "adults": [', /damaged or incomplete/],
    [Buffer.alloc(3 * 1024 * 1024, 32), /too big to be a Hearth record/],
  ];
  for (const [contents, message] of cases) {
    await openRecord(page, contents);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Carer A']);
  }
  await hearth.expectNoAxeViolations();
});

test('saving on this device: only when chosen, sealed, listed, opened with the passphrase, deleted', async ({ page, hearth, guards }) => {
  await familyWithAnswers(hearth);
  await page.getByRole('button', { name: 'Save this record on this device' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter a name for the saved record and a passphrase to protect it.');
  expect(await page.evaluate(() => localStorage.length), 'nothing stored until the user chooses').toBe(0);

  guards.userChoseToStore('localStorage hearth-record:JS 27 Nov');
  await page.getByLabel('Name for the saved record').fill('JS 27 Nov');
  await page.getByLabel('Passphrase', { exact: true }).fill('river lamp quiet');
  await page.getByRole('button', { name: 'Save this record on this device' }).click();
  await expect(page.getByText('Saved on this device as "JS 27 Nov", protected by your passphrase.')).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('hearth-record:JS 27 Nov'));
  expect(stored).toContain('hearth-record-encrypted');
  expect(stored).not.toContain('Mum');
  await hearth.expectNoAxeViolations();

  await page.reload();
  await expect(hearth.familyRecord()).toHaveCount(0);
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong');
  await page.getByRole('button', { name: 'Open JS 27 Nov with the passphrase above' }).click();
  await expect(page.getByRole('alert')).toHaveText(/The passphrase is wrong/);
  await page.getByLabel('Passphrase', { exact: true }).fill('river lamp quiet');
  await page.getByRole('button', { name: 'Open JS 27 Nov with the passphrase above' }).click();
  await expect(page.getByText('"JS 27 Nov" is open.')).toBeVisible();
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum', 'Dad', 'Baby']);

  await page.getByRole('button', { name: 'Delete JS 27 Nov' }).click();
  await expect(page.getByText('"JS 27 Nov" was deleted from this device.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('when storage fails, the user is told plainly and the record stays open', async ({ page, hearth }) => {
  await familyWithAnswers(hearth);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Name for the saved record').fill('JS');
  await page.getByLabel('Passphrase', { exact: true }).fill('river lamp quiet');
  await page.getByRole('button', { name: 'Save this record on this device' }).click();
  await expect(page.getByRole('alert')).toHaveText(/could not be saved on this device: its storage may be full or turned off\. It is still open here/);
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum', 'Dad', 'Baby']);
});

test('a sealed file asking for billions of iterations is refused at once, and Open and Export still work', async ({ page, hearth }) => {
  await familyWithAnswers(hearth);
  const hostile = JSON.stringify({
    format: 'hearth-record-encrypted', schema: 1, kdf: 'PBKDF2-SHA-256', iterations: 4294967295,
    salt: '07'.repeat(16), nonce: '09'.repeat(12), ciphertext: '01'.repeat(40),
  });
  await openRecord(page, hostile, 'blue kettle seven lanterns');
  await expect(page.getByRole('alert')).toHaveText(
    'This file asks Hearth to work through its passphrase 4,294,967,295 times, and Hearth only accepts 600,000 to 6,000,000, so it was not made by Hearth or has been changed. Nothing was opened.',
  );
  await expect(hearth.familyRecord().getByRole('term')).toHaveText(['Mum', 'Dad', 'Baby']);
  await expect(page.getByRole('button', { name: 'Open record' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Export record as a file' })).toBeEnabled();
  await hearth.expectNoAxeViolations();
});
