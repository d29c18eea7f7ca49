import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { isolated } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function chooseFile(page: Page, name: string, bytes: Buffer) {
  await page.getByRole('button', { name: 'Importer CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer brukere fra CSV' });
  await dialog.getByLabel('CSV-fil').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  return dialog;
}

describe('the CSV import says what happened, in the coordinator’s language', () => {
  it('the summary counts what the server added and skipped: 3 added, 1 skipped (an e-mail it already knows)', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await page.locator('main table tbody tr').first().waitFor();
    // A person already on the list: the server knows the e-mail and skips the row, without saying which it was.
    const email = (
      (await page.locator('main table tbody tr').first().locator('td', { hasText: '@' }).first().textContent()) ?? ''
    ).trim();
    expect(email).toMatch(/@/);
    const csv = [
      'full_name,email,role',
      'Kari Import,kari.import@example.no,mentor',
      `Kjent Person,${email},mentor`,
      'Ola Import,ola.import@example.no,coordinator',
      'Siri Import,siri.import@example.no,mentee',
    ].join('\n');
    const dialog = await chooseFile(page, 'brukere.csv', Buffer.from(csv));
    await dialog.getByRole('button', { name: 'Importer 4 gyldige rader' }).click();
    const summary = dialog.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('3 lagt til, 1 hoppet over, 0 med feil.');
    expect(problems).toEqual([]);
  });

  it('a binary file is refused without echoing its bytes; an unclosed quote names its line', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await page.locator('main table tbody tr').first().waitFor();
    // The first bytes of a PNG image.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dialog = await chooseFile(page, 'bilde.csv', png);
    const alert = dialog.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain(`${isolated('bilde.csv')} er ikke en tekstfil (CSV), ingenting er lagt til.`);
    expect(await alert.textContent()).not.toContain('PNG');
    expect(await dialog.getByRole('button', { name: /^Importer \d/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Lukk' }).click();

    const quoted = [
      'full_name,email,role',
      'Kari Import,kari.import@example.no,mentor',
      '"Per Hansen,per.hansen@example.no,mentee',
      'Ola Import,ola.import@example.no,coordinator',
    ].join('\n');
    const again = await chooseFile(page, 'sitat.csv', Buffer.from(quoted));
    await expect
      .poll(() => again.getByTestId('import-unclosed-quote').textContent())
      .toBe(
        'Linje 3 har et anførselstegn som ikke lukkes, så resten av filen ble lest som ett felt. Rett linjen og velg filen på nytt.',
      );
    await again.getByRole('button', { name: 'Importer 1 gyldige rader' }).waitFor();
    expect(problems).toEqual([]);
  });
});
