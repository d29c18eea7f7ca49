import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { isolated, screenPath } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Every API request the page makes, and every answer of 400 or above, for the assertions. */
function watchApi(page: Page): { requests: URL[]; refused: string[] } {
  const seen = { requests: [] as URL[], refused: [] as string[] };
  page.on('request', (request) => {
    if (request.url().includes('/api/')) seen.requests.push(new URL(request.url()));
  });
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400)
      seen.refused.push(`${response.status()} ${response.url()}`);
  });
  return seen;
}

/**
 * Goes to `href` as an in-app link does (History API and `popstate`), without reloading the page and its mock
 * worker: the screen mounts and reads its URL exactly as after a full load, at a fraction of the time.
 */
const visit = (page: Page, href: string) =>
  page.evaluate((target) => {
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, href);

const rowsShown = (page: Page) => page.locator('main table tbody tr').first().waitFor();

/** The list screens, how each shows it is working, and the path it settles on. */
const SCREENS: [string, (page: Page) => Promise<void>][] = [
  ['/', (page) => page.locator('[data-stat="totalUsers"] dd').waitFor()],
  ['/users', rowsShown],
  ['/activity', rowsShown],
  ['/contacts', rowsShown],
  ['/peer-mentors', rowsShown],
  ['/organizations', rowsShown],
  [
    '/platform',
    (page) => page.getByRole('heading', { name: 'Økter' }).locator('..').locator('tbody tr').first().waitFor(),
  ],
  ['/audit', rowsShown],
];

const GARBAGE = new URLSearchParams([
  ['page', '-3'],
  ['page', '1e400'],
  ['limit', '99999'],
  ['role', '<script>alert(1)</script>'],
  ['status', 'maybe'],
  ['from', '2026-02-30'],
  ['to', 'not-a-date'],
  ['type', '../../etc/passwd'],
  ['sort', "full_name:';--"],
  ['org', '%00'],
]).toString();

describe('bad input', () => {
  it('garbage URL parameters on every list screen are ignored, and routes with path characters are not found', async () => {
    const { page, problems } = await openApp(browser, '/');
    const api = watchApi(page);
    for (const [screen, ready] of SCREENS) {
      await visit(page, `${screen}?${GARBAGE}`);
      await ready(page);
      expect(await page.locator('.state-error').count(), screen).toBe(0);
    }
    // The screens that keep their state in the URL rewrite it to what they show: the unfiltered list.
    await visit(page, `/users?${GARBAGE}`);
    await rowsShown(page);
    await expect.poll(() => screenPath(page)).toBe('/users');
    await visit(page, `/activity?${GARBAGE}`);
    await rowsShown(page);
    await expect.poll(() => screenPath(page)).toBe('/activity');
    expect(api.refused).toEqual([]);

    // Ids and path characters in a route: the not-found screen, and nothing in them runs.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const [index, route] of [
      '/users/..%2F..%2Fplatform',
      '/contacts/%3Fid%3D1',
      '/peer-mentors/a%2Fb',
      '/organizations/%252e%252e',
      '/audit/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '/users%2F..%2Faudit',
    ].entries()) {
      // The first as a pasted link (the server's fallback to the app included), the rest as in-app links.
      if (index === 0) await page.goto(new URL(route, page.url()).href);
      else await visit(page, route);
      await page.getByText('Siden finnes ikke.').waitFor();
      expect(await page.title(), route).toMatch(/^Siden finnes ikke\./);
      expect(await page.locator('img[src="x"]').count(), route).toBe(0);
    }
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a 10 000-character search is cut to 200 on every screen with a search, and no request is refused', async () => {
    const { page, problems } = await openApp(browser, '/');
    const api = watchApi(page);
    const huge = `Haugen${'x'.repeat(9_994)}`;
    for (const [screen, ready] of SCREENS.filter(([screen]) =>
      ['/users', '/contacts', '/peer-mentors', '/organizations', '/platform'].includes(screen),
    )) {
      await visit(page, screen);
      await ready(page);
      const box = page.locator('main input[type="search"]');
      await box.fill(huge);
      // Some screens show the search their bloc holds, after its debounce.
      await expect.poll(async () => (await box.inputValue()).length, { message: screen }).toBe(200);
      // The screen settles on a result (rows or "no match"), not on an error.
      await page.getByRole('main').getByRole('status').or(page.locator('main table tbody tr')).first().waitFor();
      expect(await page.locator('.state-error').count(), screen).toBe(0);
    }
    // The scope tree's search too.
    await page.getByRole('button', { name: /^Organisasjon/ }).click();
    const treeSearch = page.getByRole('searchbox', { name: 'Søk i organisasjoner' });
    await treeSearch.fill(huge);
    await expect.poll(async () => (await treeSearch.inputValue()).length).toBe(200);
    await page.keyboard.press('Escape');
    // An in-app link carrying the whole string is cut the same way (a pasted 10 kB URL may not even reach the app:
    // servers limit the request line).
    await visit(page, `/users?q=${huge}`);
    await page.getByRole('main').getByRole('status').first().waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(200);

    const sent = api.requests.flatMap((url) => [...url.searchParams.entries()].map(([, value]) => value.length));
    expect(Math.max(...sent)).toBeLessThanOrEqual(200);
    expect(api.refused).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('CSV files as spreadsheets save them (Windows-1252, BOM, quoted line breaks, wrong header, 10 000 rows); formulas exported inert', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await rowsShown(page);
    const dialog = page.getByRole('dialog', { name: 'Importer brukere fra CSV' });
    const summary = dialog.getByTestId('import-preview-summary');
    const preview = dialog.getByRole('region', { name: 'Forhåndsvisning av radene' });
    const choose = async (name: string, buffer: Buffer) => {
      await page.getByRole('button', { name: 'Importer CSV' }).click();
      await dialog.getByLabel('CSV-fil').setInputFiles({ name, mimeType: 'text/csv', buffer });
    };
    const close = async () => {
      await dialog.getByRole('button', { name: 'Lukk' }).click();
      await dialog.waitFor({ state: 'detached' });
    };

    // Norwegian Excel's "CSV (semikolonseparert)": Windows-1252 and semicolons.
    await choose('excel.csv', Buffer.from('full_name;email;role\r\nKari Sør;kari.sor@example.no;mentor\r\n', 'latin1'));
    await expect.poll(() => summary.textContent()).toBe(`${isolated('excel.csv')}: 1 rader, 1 gyldige, 0 med feil.`);
    expect(await preview.innerText()).toContain('Kari Sør');
    await close();

    await choose('bom.csv', Buffer.from('\uFEFFfull_name,email,role\nÅse Ødegård,ase@example.no,mentee\n', 'utf8'));
    await expect.poll(() => summary.textContent()).toBe(`${isolated('bom.csv')}: 1 rader, 1 gyldige, 0 med feil.`);
    expect(await preview.innerText()).toContain('Åse Ødegård');
    await close();

    await choose(
      'quoted.csv',
      Buffer.from(
        'full_name,email,role\n"Olsen, Kari ""KO""",kari.ko@example.no,mentor\n"Per\nHansen",not-an-email,mentee\n',
      ),
    );
    await expect.poll(() => summary.textContent()).toBe(`${isolated('quoted.csv')}: 2 rader, 1 gyldige, 1 med feil.`);
    expect(await preview.innerText()).toContain('Olsen, Kari "KO"');
    expect(await preview.locator('li').filter({ hasText: 'Per' }).innerText()).toMatch(/^Linje 3/);
    await close();

    await choose('wrong.csv', Buffer.from('name,e-mail,role\nKari,kari@example.no,mentor\n'));
    expect(await dialog.getByRole('alert').innerText()).toBe(
      `Filen kan ikke importeres, ingenting er lagt til. Kolonner som mangler: ${isolated('full_name, email')}. Første linje i filen har: ${isolated('name, e-mail, role')}.`,
    );
    expect(await dialog.getByRole('button', { name: /^Importer/ }).count()).toBe(0);
    await close();

    const lines = ['full_name,email,role'];
    for (let i = 1; i <= 10_000; i++) lines.push(`Person ${i},person${i}@example.no,mentee`);
    await choose('many.csv', Buffer.from(lines.join('\n')));
    // Reading and validating 10 000 rows takes a fraction of a second, many times that on a loaded CI machine.
    await expect
      .poll(async () => (await summary.textContent())?.replace(/\s/g, ' '), { timeout: 30_000 })
      .toBe(`${isolated('many.csv')}: 10 000 rader, 10 000 gyldige, 0 med feil.`);
    expect(await preview.locator('li').count()).toBeLessThan(60);
    await preview.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await preview.getByText('Linje 10001').waitFor();
    // Still answering: the dialog closes at once.
    await close();

    // Names a spreadsheet would run as formulas (= + - @) are exported with a leading apostrophe.
    const names = ['=HYPERLINK("http://x")', '+SUM(1;2)', '-2+3 Hansen', '@cmd Olsen'];
    const csv = [
      'full_name,email,role',
      ...names.map((name, i) => `"${name.replaceAll('"', '""')}",formula${i}@example.no,mentee`),
    ];
    await page.getByRole('button', { name: 'Importer CSV' }).click();
    await dialog
      .getByLabel('CSV-fil')
      .setInputFiles({ name: 'f.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
    await dialog.getByRole('button', { name: 'Importer 4 gyldige rader' }).click();
    await dialog.getByTestId('import-summary').waitFor();
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    await page.getByLabel('Søk etter navn eller e-post').fill('formula');
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(4);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksporter CSV' }).click(),
    ]);
    const exported = (await readFile((await download.path()) ?? '', 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const cells = exported.slice(1).map((line) => line.split('","')[1] ?? '');
    expect(cells.sort()).toEqual(names.map((name) => `'${name.replaceAll('"', '""')}`).sort());
    expect(problems).toEqual([]);
  });
});
