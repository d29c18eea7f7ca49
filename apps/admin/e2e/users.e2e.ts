import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { expectNoSeriousA11yViolations, isolated, screenPath, screenshot } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const rows = (page: Page) => page.locator('table tbody tr');
const firstName = async (page: Page) => (await rows(page).first().locator('td').nth(1).textContent()) ?? '';
const pageInfo = (page: Page) => page.getByTestId('page-info');

async function waitForRows(page: Page): Promise<void> {
  await rows(page).first().waitFor();
  await page.locator('table[aria-busy="false"]').waitFor();
}

describe('users', () => {
  it('the list shows e-mail and organisation; the header checkbox selects the page; the page size lives in the URL', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await waitForRows(page);
    const headers = await page.locator('table thead th').allTextContents();
    expect(headers.slice(1, 4)).toEqual([expect.stringContaining('Navn'), 'E-post', 'Organisasjon']);
    // E-mails arrive from the people lookup; organisations are names from the org tree, not ids.
    await expect.poll(() => rows(page).first().locator('td').nth(2).textContent()).toMatch(/@/);
    expect(await rows(page).first().locator('td').nth(3).textContent()).not.toMatch(/^org_/);

    await page.getByRole('checkbox', { name: 'Velg alle på siden' }).check();
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toMatch(/^20 /);
    await page.getByRole('checkbox', { name: 'Velg alle på siden' }).uncheck();
    await page.getByTestId('selected-count').waitFor({ state: 'detached' });

    await page.getByLabel('Per side').selectOption('50');
    await expect.poll(() => screenPath(page)).toBe('/users?size=50');
    await expect.poll(() => rows(page).count()).toBe(50);
    await page.reload();
    await waitForRows(page);
    await expect.poll(() => rows(page).count()).toBe(50);
    expect(await page.getByLabel('Per side').inputValue()).toBe('50');
    expect(problems).toEqual([]);
  });

  it('filters, search and page live in the URL: restored on reload and on back/forward; bad values fall back', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await waitForRows(page);
    const role = page.getByLabel('Rolle', { exact: true });

    await role.selectOption('mentor');
    await expect.poll(() => screenPath(page)).toBe('/users?role=mentor');
    await waitForRows(page);
    await page.getByRole('button', { name: 'Neste' }).click();
    await expect.poll(() => screenPath(page)).toBe('/users?role=mentor&page=2');
    await expect.poll(() => pageInfo(page).textContent()).toMatch(/^Side 2 av/);
    await waitForRows(page);
    const secondPageFirst = await firstName(page);

    await page.reload();
    await waitForRows(page);
    await expect.poll(() => pageInfo(page).textContent()).toMatch(/^Side 2 av/);
    expect(await role.inputValue()).toBe('mentor');
    expect(await firstName(page)).toBe(secondPageFirst);

    await page.goBack();
    await expect.poll(() => screenPath(page)).toBe('/users?role=mentor');
    await expect.poll(() => pageInfo(page).textContent()).toMatch(/^Side 1 av/);
    await page.goBack();
    await expect.poll(() => screenPath(page)).toBe('/users');
    await expect.poll(() => role.inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => role.inputValue()).toBe('mentor');

    // Search by the last name of a shown user: debounced, in the URL, and restored on reload.
    const surname = secondPageFirst.split(' ').at(-1) ?? '';
    const unfilteredTotal = Number(/\((\d+)/.exec((await pageInfo(page).textContent()) ?? '')?.[1]);
    await page.getByLabel('Søk etter navn eller e-post').fill(surname);
    await expect.poll(() => screenPath(page)).toBe(`/users?role=mentor&q=${encodeURIComponent(surname)}`);
    // The search matches names and e-mail addresses; the table shows names, so check the found user and the count.
    const totalOf = async () => Number(/\((\d+)/.exec((await pageInfo(page).textContent()) ?? '')?.[1]);
    await expect.poll(totalOf).toBeLessThan(unfilteredTotal);
    await rows(page).filter({ hasText: secondPageFirst }).waitFor();
    const found = await totalOf();
    await page.reload();
    await waitForRows(page);
    expect(await page.getByLabel('Søk etter navn eller e-post').inputValue()).toBe(surname);
    await expect.poll(totalOf).toBe(found);
    await rows(page).filter({ hasText: secondPageFirst }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'users-filtered');

    await page.goto(new URL('/users?role=admin&status=maybe&page=-4&sort=email:up', page.url()).href);
    await waitForRows(page);
    await expect.poll(() => screenPath(page)).toBe('/users');
    expect(await role.inputValue()).toBe('');
    expect(problems).toEqual([]);
  });

  it('an optimistic status change rolls back with a message when the server refuses it', async () => {
    // The mock backend reads faults from the first URL: every user update fails, and answers take a moment,
    // so the optimistic change is visible before the refusal arrives.
    const { page } = await openApp(browser, '/users?mockFail=data.users.update:500&mockLatency=300');
    await waitForRows(page);
    const name = await firstName(page);
    const toggle = page.getByRole('switch', { name: `Aktiv: ${isolated(name)}` });
    const before = await toggle.isChecked();
    await toggle.click();
    expect(await toggle.isChecked()).toBe(!before);
    const alert = page.getByRole('alert').filter({ hasText: `Statusen til ${isolated(name)} ble ikke endret` });
    await alert.waitFor();
    expect(await toggle.isChecked()).toBe(before);
    expect(await alert.textContent()).toContain('Serveren fikk et problem');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'users-rollback');
  });

  it('delete is absent for an admin and offered, confirmed and undoable for a super-admin', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await waitForRows(page);
    expect(await page.getByRole('button', { name: /^Slett/ }).count()).toBe(0);

    await page.getByLabel('Demobruker').selectOption('superAdmin');
    await page.getByTestId('admin-role').filter({ hasText: 'Superadministrator' }).waitFor();
    await waitForRows(page);
    const name = await firstName(page);
    const deleteButton = page.getByRole('button', { name: `Slett ${isolated(name)}` });
    await deleteButton.click();
    const dialog = page.getByRole('dialog', { name: 'Slette brukeren?' });
    await dialog.waitFor();
    // Focus moves into the dialog, onto the safe choice.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'users-delete-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // ... and back to the button that opened it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Slett ${isolated(name)}`);

    await deleteButton.click();
    await dialog.getByRole('button', { name: 'Slett' }).click();
    await page.getByText(`${isolated(name)} er slettet.`).waitFor();
    expect(await rows(page).filter({ hasText: name }).count()).toBe(0);
    await page.getByRole('button', { name: 'Angre' }).click();
    await rows(page).filter({ hasText: name }).first().waitFor();
    await page
      .getByTestId('toasts')
      .getByText(`Slettingen av ${isolated(name)} er angret.`)
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('a CSV with good and bad rows imports only the good ones and reports the bad ones by line', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await waitForRows(page);
    const csv = [
      'full_name,email,role',
      'Kari Import,kari.import@example.no,mentor',
      'Per Uten Epost,not-an-email,mentee',
      'Ola Import,ola.import@example.no,coordinator',
      'Pilot Import,pilot.import@example.no,pilot',
      'Siri Import,siri.import@example.no,mentee',
    ].join('\n');
    await page.getByRole('button', { name: 'Importer CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer brukere fra CSV' });
    // The dialog names the organisation the people will join (the demo admin's remembered scope) and offers a
    // template whose columns are the ones the import reads.
    expect(await dialog.getByTestId('import-target').textContent()).toContain(
      `Personene legges til i ${isolated('Rogaland Nord')}.`,
    );
    const template = await dialog.getByRole('link', { name: 'Last ned en mal (CSV)' }).getAttribute('href');
    expect(decodeURIComponent(template?.split(',').slice(1).join(',') ?? '').split('\n')[0]).toBe(
      'full_name,email,role',
    );
    await dialog
      .getByLabel('CSV-fil')
      .setInputFiles({ name: 'users.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => dialog.getByTestId('import-preview-summary').textContent())
      .toBe(`${isolated('users.csv')}: 5 rader, 3 gyldige, 2 med feil.`);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'users-import-preview');

    await dialog.getByRole('button', { name: 'Importer 3 gyldige rader' }).click();
    const summary = dialog.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('3 lagt til, 0 hoppet over, 2 med feil.');
    const failed = await dialog
      .getByRole('list', { name: 'Rader som ikke ble importert' })
      .locator('li')
      .allTextContents();
    expect(failed.map((line) => line.split(':')[0])).toEqual(['Linje 3', 'Linje 5']);
    await screenshot(page, 'users-import-summary');
    await dialog.getByRole('button', { name: 'Lukk' }).click();

    await page.getByLabel('Søk etter navn eller e-post').fill('Import');
    await expect
      .poll(async () => (await rows(page).locator('td:nth-child(2)').allTextContents()).sort())
      .toEqual(['Kari Import', 'Ola Import', 'Siri Import']);
    expect(problems).toEqual([]);
  });

  it('exports the current filter as CSV with formula cells neutralised, and changes status in bulk', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await waitForRows(page);
    // A name a spreadsheet would run as a formula, brought in through the import.
    await page.getByRole('button', { name: 'Importer CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer brukere fra CSV' });
    await dialog.getByLabel('CSV-fil').setInputFiles({
      name: 'formula.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('full_name,email,role\n"=HYPERLINK(""http://x"")",formula@example.no,mentee\n'),
    });
    await dialog.getByRole('button', { name: 'Importer 1 gyldige rader' }).click();
    await dialog.getByTestId('import-summary').waitFor();
    await dialog.getByRole('button', { name: 'Lukk' }).click();

    await page.getByLabel('Søk etter navn eller e-post').fill('HYPERLINK');
    await expect.poll(() => rows(page).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksporter CSV' }).click(),
    ]);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"user_id","full_name","role","status","org_id"');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"\'=HYPERLINK(""http://x"")"');

    // Bulk: every user matching the filter, set inactive.
    await page.getByLabel('Søk etter navn eller e-post').fill('');
    await page.getByLabel('Rolle', { exact: true }).selectOption('coordinator');
    await waitForRows(page);
    await page.getByRole('button', { name: /^Velg alle \d+ som passer filteret$/ }).click();
    const count = Number((await page.getByTestId('selected-count').textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sett inaktiv' }).click();
    await page.getByText(`Status endret for ${count} av ${count} (0 feilet).`).waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('active');
    await page.getByText('Ingen brukere passer filteret.').waitFor();
    await screenshot(page, 'users-bulk-done');
    expect(problems).toEqual([]);
  });
});
