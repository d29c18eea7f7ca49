import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { expectNoSeriousA11yViolations, isolated, mainTableRows, screenPath, screenshot } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const nextRequest = (page: Page, matches: (url: URL) => boolean) =>
  page.waitForRequest((request: Request) => {
    const url = new URL(request.url());
    return url.pathname.startsWith('/api/') && matches(url);
  });

/** A Norwegian date and time as `Intl` writes it for nb-NO (`18. mars 2026, 14:00`); never US (`Mar 18, 2026, 2:00 PM`). */
const NORWEGIAN_DATE_TIME = /^\d{1,2}\. \p{L}+\.? \d{4}(,| kl\.) \d{2}:\d{2}$/u;

describe('dates in the app’s language in a browser whose locale is en-US', () => {
  it('activity log: the filters show and take dd.mm.åååå, the URL keeps ISO, the table’s dates are Norwegian', async () => {
    const { page, problems } = await openApp(browser, '/activity', { locale: 'en-US' });
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await mainTableRows(page).first().waitFor();
    const from = page.getByLabel('Fra dato');
    expect(await from.getAttribute('type')).toBe('text');
    expect(await from.getAttribute('placeholder')).toBe('dd.mm.åååå');
    for (const cell of await mainTableRows(page).locator('td:first-child').allTextContents())
      expect(cell).toMatch(NORWEGIAN_DATE_TIME);

    const asked = nextRequest(page, (url) => url.pathname.endsWith('/activity-log') && url.searchParams.has('from'));
    await from.fill('1.3.2026');
    expect(new URL((await asked).url()).searchParams.get('from')).toBe('2026-03-01');
    await expect.poll(() => screenPath(page)).toBe('/activity?from=2026-03-01');
    await screenshot(page, 'dates-activity-en-US-browser');

    // A reload (or a shared link) shows the ISO date of the URL in Norwegian again.
    await page.reload();
    await mainTableRows(page).first().waitFor();
    await expect.poll(() => page.getByLabel('Fra dato').inputValue()).toBe('01.03.2026');

    // What the browser's own date input would have taken, month first, is not a Norwegian date: said so, nothing sent.
    const to = page.getByLabel('Til dato');
    await to.fill('12/31/2026');
    await to.press('Tab');
    await page.getByText(`Ikke en dato. Skriv den som ${isolated('dd.mm.åååå')}, for eksempel 31.01.2026.`).waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(screenPath(page)).toBe('/activity?from=2026-03-01');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'dates-activity-invalid');

    // In English the same date is day/month/year (the app's en-GB), still not the browser's US order.
    await page.getByLabel('Språk').selectOption('en');
    await expect.poll(() => page.getByLabel('From date').inputValue()).toBe('01/03/2026');
    expect(await page.getByLabel('From date').getAttribute('placeholder')).toBe('dd/mm/yyyy');
    expect(problems).toEqual([]);
  });

  it('audit log: the date filters take dd.mm.åååå and ask the server for the ISO date', async () => {
    const { page, problems } = await openApp(browser, '/audit', { locale: 'en-US' });
    await mainTableRows(page).first().waitFor();
    const from = page.getByLabel('Fra dato');
    expect(await from.getAttribute('placeholder')).toBe('dd.mm.åååå');
    const asked = nextRequest(page, (url) => url.pathname.endsWith('/audit-log') && url.searchParams.has('from'));
    await from.fill('01.03.2026');
    expect(new URL((await asked).url()).searchParams.get('from')).toBe('2026-03-01');
    for (const cell of await mainTableRows(page).locator('td:first-child').allTextContents())
      expect(cell).toMatch(NORWEGIAN_DATE_TIME);
    expect(problems).toEqual([]);
  });
});
