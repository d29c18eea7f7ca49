import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { screenPath, mainTableRows } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Every API request whose path ends with `suffix`, as it was sent (path and query), from now on. */
function record(page: Page, suffix: string): URL[] {
  const seen: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') && url.pathname.endsWith(suffix)) seen.push(url);
  });
  return seen;
}

describe('every list keeps its view in the URL', () => {
  it('Revisjonslogg: a shared filtered link loads the filtered log with one request, and a reload shows the same', async () => {
    const { page, problems } = await openApp(browser, '/');
    await page.locator('main').waitFor();
    const seen = record(page, '/audit-log');
    const base = new URL(page.url()).origin;
    await page.goto(`${base}/audit?action=UPDATE&resource=user`);
    await mainTableRows(page).first().waitFor();
    await page.locator('main table[aria-busy="false"]').waitFor();
    // One request, already filtered: no newest-page request before it.
    expect(seen.map((url) => [url.searchParams.get('action'), url.searchParams.get('resource_type')])).toEqual([
      ['UPDATE', 'user'],
    ]);
    await expect.poll(() => page.getByLabel('Handling', { exact: true }).inputValue()).toBe('UPDATE');
    expect(await page.getByLabel('Ressurstype').inputValue()).toBe('user');
    await expect.poll(() => screenPath(page)).toBe('/audit?action=UPDATE&resource=user');

    // A filter chosen on screen goes into the URL, and a reload shows it again.
    await page.getByLabel('Handling', { exact: true }).selectOption('CREATE');
    await expect.poll(() => screenPath(page)).toBe('/audit?action=CREATE&resource=user');
    seen.length = 0;
    await page.reload();
    await mainTableRows(page).first().waitFor();
    await page.locator('main table[aria-busy="false"]').waitFor();
    expect(await page.getByLabel('Handling', { exact: true }).inputValue()).toBe('CREATE');
    expect(seen.map((url) => url.searchParams.get('action'))).toEqual(['CREATE']);
    expect(problems).toEqual([]);
  });

  it('Kontakter: a searched link sends only the searched request, typing writes the URL, and a reload keeps it', async () => {
    const { page, problems } = await openApp(browser, '/');
    await page.locator('main').waitFor();
    const plain = record(page, '/contacts');
    const searched = record(page, '/contacts/search');
    const base = new URL(page.url()).origin;
    await page.goto(`${base}/contacts?q=berg`);
    await mainTableRows(page).first().waitFor();
    await page.locator('main table[aria-busy="false"]').waitFor();
    expect(plain).toEqual([]);
    expect(searched.map((url) => url.searchParams.get('q'))).toEqual(['berg']);
    expect(await page.getByLabel('Søk i kontakter').inputValue()).toBe('berg');
    await expect.poll(() => screenPath(page)).toBe('/contacts?q=berg');

    await page.getByLabel('Søk i kontakter').fill('haugen');
    await expect.poll(() => screenPath(page)).toBe('/contacts?q=haugen');
    await page.reload();
    await mainTableRows(page).first().waitFor();
    expect(await page.getByLabel('Søk i kontakter').inputValue()).toBe('haugen');
    expect(problems).toEqual([]);
  });

  it('Organisasjoner and Plattform: a searched link runs the search alone and keeps it', async () => {
    const { page, problems } = await openApp(browser, '/');
    await page.locator('main').waitFor();
    const orgs = record(page, '/admin/organizations');
    const base = new URL(page.url()).origin;
    await page.goto(`${base}/organizations?q=rogaland`);
    await mainTableRows(page).first().waitFor();
    await page.locator('main table[aria-busy="false"]').waitFor();
    expect(orgs.map((url) => url.searchParams.get('search'))).toEqual(['rogaland']);
    expect(await page.getByLabel('Søk etter navn eller kortnavn').inputValue()).toBe('rogaland');
    await expect.poll(() => screenPath(page)).toBe('/organizations?q=rogaland');

    const users = record(page, '/v1/admin/users');
    await page.goto(`${base}/platform?q=haugen`);
    await page.locator('#platform-users-title').waitFor();
    await mainTableRows(page).first().waitFor();
    await expect.poll(() => users.length).toBeGreaterThan(0);
    // The list's own requests (a page of 20); the sessions' names come from a lookup of its own (limit 100).
    const listed = users.filter((url) => url.searchParams.get('limit') === '20');
    expect(listed.map((url) => url.searchParams.get('search'))).toEqual(['haugen']);
    await expect.poll(() => screenPath(page)).toBe('/platform?q=haugen');
    expect(problems).toEqual([]);
  });

  it('Plattform asks before making someone an administrator, and sends nothing on cancel', async () => {
    const { page, problems } = await openApp(browser, '/platform');
    await mainTableRows(page).first().waitFor();
    const changes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') changes.push(request.url());
    });
    const role = page
      .locator('main table tbody tr select')
      .filter({ has: page.locator('option:checked[value="user"]') });
    const first = role.first();
    const label = (await first.getAttribute('aria-label')) ?? '';
    const name = label.replace(/^Rolle for /, '');
    await first.selectOption('admin');
    const dialog = page.getByRole('dialog', { name: 'Gjøre brukeren til administrator?' });
    await dialog.getByText(name).waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe('user');
    expect(changes).toEqual([]);

    await page.getByLabel(label, { exact: true }).selectOption('admin');
    const sent = page.waitForRequest((request) => request.method() === 'PATCH');
    await dialog.getByRole('button', { name: 'Gjør til administrator' }).click();
    expect(new URL((await sent).url()).pathname).toMatch(/^\/api\/v1\/admin\/users\/[^/]+$/);
    await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe('admin');
    expect(problems).toEqual([]);
  });
});
