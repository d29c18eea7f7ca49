import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { isolated, mainTableRows, screenPath } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const pageInfo = (page: Page) => page.getByTestId('page-info');
/** Failed answers the test asked the mock for show up as console errors; anything else is a bug. */
const unexpected = (problems: string[]) => problems.filter((problem) => !/status of (500|404)/.test(problem));

/** Resolves with the next API request whose path (and query) matches. */
const nextRequest = (page: Page, matches: (url: URL) => boolean) =>
  page.waitForRequest((request: Request) => {
    const url = new URL(request.url());
    return url.pathname.startsWith('/api/') && matches(url);
  });

async function waitForList(page: Page): Promise<void> {
  await mainTableRows(page).first().waitFor();
  await page.locator('main table[aria-busy="false"]').waitFor();
}

/** Clears every fault of the mock backend through the dev panel, as a coordinator trying it out would. */
async function clearFaults(page: Page): Promise<void> {
  const panel = page.locator('details.dev-panel');
  if (!(await panel.evaluate((element) => (element as HTMLDetailsElement).open)))
    await panel.locator('summary').click();
  await panel.getByRole('button', { name: 'Fjern alle feil' }).click();
  await panel.locator('summary').click();
}

/** What shows a screen's content, not a skeleton or an error. */
const SCREENS: readonly { path: string; name: string; firstLoad: string; content: string }[] = [
  { path: '/', name: 'Oversikt', firstLoad: 'data.dashboardStats', content: '[data-stat="totalUsers"] dd' },
  { path: '/users', name: 'Brukere', firstLoad: 'data.users.list', content: 'main table tbody tr' },
  { path: '/activity', name: 'Aktivitetslogg', firstLoad: 'data.activityLog', content: 'main table tbody tr' },
  { path: '/contacts', name: 'Kontakter', firstLoad: 'contacts.list', content: 'main table tbody tr' },
  { path: '/peer-mentors', name: 'Likepersoner', firstLoad: 'peerMentors.list', content: 'main table tbody tr' },
  {
    path: '/organizations',
    name: 'Organisasjoner',
    firstLoad: 'organizations.list',
    content: 'main table tbody tr',
  },
  { path: '/platform', name: 'Plattform', firstLoad: 'platform.*', content: 'main table tbody tr' },
  { path: '/audit', name: 'Revisjonslogg', firstLoad: 'auditLog.list', content: 'main table tbody tr' },
];

/** The shell's start-up reads: the remembered scope (which also names the admin), the admin, the org tree. */
const START_UP = 'state.selectedOrg.get:500,users.get:500,data.orgNodes:500';

describe('no dead ends', () => {
  it('1: a page past the end shows the last page, and every later action still sends its request', async () => {
    const { page, problems } = await openApp(browser, '/users?page=16');
    await waitForList(page);
    // Rogaland Nord (the admin's remembered scope): 184 people, 10 pages.
    await expect.poll(() => pageInfo(page).textContent()).toMatch(/^Side 10 av 10/);
    await expect.poll(() => screenPath(page)).toBe('/users?page=10');

    const filtered = nextRequest(page, (url) => url.pathname.endsWith('/data/users') && url.searchParams.has('role'));
    await page.getByLabel('Rolle', { exact: true }).selectOption('mentor');
    await filtered;
    await waitForList(page);
    const cleared = nextRequest(page, (url) => url.pathname.endsWith('/data/users') && !url.searchParams.has('role'));
    await page.getByRole('button', { name: 'Nullstill filtre' }).click();
    await cleared;
    await waitForList(page);

    const activity = nextRequest(page, (url) => url.pathname.endsWith('/data/activity-log'));
    await page.getByRole('link', { name: 'Aktivitetslogg' }).click();
    await activity;
    await mainTableRows(page).first().waitFor();

    // A link far past the end, opened cold, and a scope switch after it.
    await page.goto(new URL('/users?role=mentor&page=99', page.url()).href);
    await waitForList(page);
    await expect.poll(() => screenPath(page)).toMatch(/^\/users\?role=mentor&page=\d$/);
    const wholeTree = nextRequest(page, (url) => url.pathname.endsWith('/data/users'));
    await page.getByRole('button', { name: /^Organisasjon/ }).click();
    await page.getByRole('treeitem', { name: /Stavanger Region/ }).click();
    await wholeTree;
    await waitForList(page);
    await expect.poll(() => screenPath(page)).toBe('/users?role=mentor');
    expect(unexpected(problems)).toEqual([]);
  });

  describe('2: a confirmed delete is sent when the coordinator moves on during its undo window', () => {
    /** A super-admin on `/users?q=Haugen` who has just confirmed the first row's delete; its DELETE is awaited. */
    async function confirmDelete() {
      const opened = await openApp(browser, '/users?q=Haugen', {
        initScript: () => localStorage.setItem('admin-bloc.demo-role', 'superAdmin'),
      });
      const { page } = opened;
      await page.getByTestId('admin-role').filter({ hasText: 'Superadministrator' }).waitFor();
      await waitForList(page);
      const name = (await mainTableRows(page).first().locator('td').nth(1).textContent()) ?? '';
      const sent = page.waitForRequest((request) => request.method() === 'DELETE', { timeout: 4_000 });
      sent.catch(() => undefined);
      await page.getByRole('button', { name: `Slett ${isolated(name)}` }).click();
      await page.getByRole('dialog', { name: 'Slette brukeren?' }).getByRole('button', { name: 'Slett' }).click();
      await page.getByText(`${isolated(name)} er slettet.`).waitFor();
      return { ...opened, name, sent };
    }

    it('signing out sends it first and says so', async () => {
      const { page, problems, name, sent } = await confirmDelete();
      await page.getByRole('button', { name: 'Logg ut' }).click();
      expect((await (await sent).response())?.ok()).toBe(true);
      await page.getByRole('heading', { name: 'Du er logget ut' }).waitFor();
      await page.getByRole('status').filter({ hasText: name }).waitFor();
      expect(unexpected(problems)).toEqual([]);
    });

    it('going to another screen sends it at once and says so there', async () => {
      const { page, problems, name, sent } = await confirmDelete();
      await page.getByRole('link', { name: 'Aktivitetslogg' }).click();
      expect((await (await sent).response())?.ok()).toBe(true);
      await page.getByRole('heading', { name: 'Aktivitetslogg' }).waitFor();
      await page.getByRole('status').filter({ hasText: name }).waitFor();
      // Back on the list, the person is gone for good.
      await page.getByRole('link', { name: 'Brukere' }).click();
      await waitForList(page);
      expect(await mainTableRows(page).filter({ hasText: name }).count()).toBe(0);
      expect(unexpected(problems)).toEqual([]);
    });

    it('switching the scope still sends it', async () => {
      const { page, problems, sent } = await confirmDelete();
      await page.getByRole('button', { name: /^Organisasjon/ }).click();
      await page.getByRole('treeitem', { name: /Rogaland Nord/ }).click();
      const request = await page.waitForRequest((request) => request.method() === 'DELETE', { timeout: 10_000 });
      expect((await request.response())?.ok()).toBe(true);
      sent.catch(() => undefined);
      expect(unexpected(problems)).toEqual([]);
    });
    // Closing the tab: see real-mode.e2e.ts (the mock in the page goes with the page; a real server keeps it).
  });

  it('the activity log keeps its page in the URL, brings a page past the end back to the last, and checks the dates', async () => {
    const { page, problems } = await openApp(browser, '/activity?page=999');
    await mainTableRows(page).first().waitFor();
    await expect.poll(() => screenPath(page)).toMatch(/^\/activity\?page=\d+$/);
    const last = Number(new URL(page.url()).searchParams.get('page'));
    await expect.poll(() => pageInfo(page).textContent()).toMatch(new RegExp(`^Side ${last} av ${last} `));
    const back = nextRequest(page, (url) => url.pathname.endsWith('/activity-log'));
    await page.getByRole('button', { name: 'Forrige' }).click();
    await back;
    await expect.poll(() => screenPath(page)).toBe(`/activity?page=${last - 1}`);
    await page.reload();
    await expect.poll(() => pageInfo(page).textContent()).toMatch(new RegExp(`^Side ${last - 1} av ${last} `));

    // An end before the start is said in Norwegian, and nothing is asked of the server.
    await page.getByLabel('Fra dato').fill('2026-03-20');
    await mainTableRows(page).first().waitFor();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/activity-log')) asked.push(request.url());
    });
    await page.getByLabel('Til dato').fill('2026-03-10');
    await page.getByText('Til-datoen kan ikke være før fra-datoen.').waitFor();
    expect(asked).toEqual([]);
    expect(unexpected(problems)).toEqual([]);
  });

  it('Organisasjoner says it shows the whole organisation, offers no delete for the root, and says why a delete is refused', async () => {
    const { page, problems } = await openApp(browser, '/organizations');
    await mainTableRows(page).first().waitFor();
    await page.getByText('Viser hele organisasjonen').waitFor();
    await mainTableRows(page).filter({ hasText: 'Stavanger Region' }).waitFor();
    expect(await page.getByRole('button', { name: `Slett ${isolated('Stavanger Region')}` }).count()).toBe(0);
    await page.getByRole('button', { name: `Slett ${isolated('Rogaland Nord')}` }).click();
    await page.getByRole('dialog', { name: 'Slette organisasjonen?' }).getByRole('button', { name: 'Slett' }).click();
    await page.getByRole('alert').filter({ hasText: 'Organisasjonen har underorganisasjoner' }).waitFor();
    expect(unexpected(problems.filter((problem) => !problem.includes('409')))).toEqual([]);
  });

  it('the org scope is in every URL: a shared link shows its scope, and a reload keeps it', async () => {
    // The admin's remembered scope is Rogaland Nord; the link is for Haugaland Sør og Vest.
    const { page, problems } = await openApp(browser, '/users?org=org_xW7pNq');
    await page.getByRole('button', { name: /^Organisasjon Haugaland Sør og Vest/ }).waitFor();
    await waitForList(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('org')).toBe('org_xW7pNq');
    // Moving between screens keeps it, and so does a filter the list writes into its URL.
    await page.getByRole('link', { name: 'Aktivitetslogg' }).click();
    await mainTableRows(page).first().waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('org')).toBe('org_xW7pNq');
    await page.getByRole('button', { name: /^Organisasjon/ }).click();
    await page.getByRole('treeitem', { name: /Stavanger Region/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('org')).toBe('org_kNr8aQ');
    await page.reload();
    await page.getByRole('button', { name: /^Organisasjon Hele treet/ }).waitFor();
    await mainTableRows(page).first().waitFor();
    expect(unexpected(problems)).toEqual([]);
  });

  it('3: a failed start shows the failure with a retry that brings the dashboard once the fault is cleared', async () => {
    for (const fault of ['data.orgNodes:500', 'state.selectedOrg.get:500']) {
      const { page, problems } = await openApp(browser, `/?mockFail=${fault}`);
      await page.getByRole('heading', { name: 'Panelet fikk ikke startet' }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Serveren fikk et problem' }).waitFor();
      await clearFaults(page);
      const retried = nextRequest(page, () => true);
      await page.getByRole('button', { name: 'Prøv igjen' }).click();
      await retried;
      await page.locator('[data-stat="totalUsers"] dd').waitFor();
      expect(unexpected(problems)).toEqual([]);
      await page.context().close();
    }
  });

  it('4: deleting the last rows of the last page goes to the last page that has rows', async () => {
    const { page, problems } = await openApp(browser, '/users?page=99', {
      initScript: () => localStorage.setItem('admin-bloc.demo-role', 'superAdmin'),
    });
    await page.getByTestId('admin-role').filter({ hasText: 'Superadministrator' }).waitFor();
    await waitForList(page);
    const info = (await pageInfo(page).textContent()) ?? '';
    const [, last, total] = /^Side (\d+) av \d+ \((\d+)/.exec(info) ?? [];
    const left = Number(total) - (Number(last) - 1) * 20;
    const deletes: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.method() === 'DELETE') deletes.push(request.url());
    });
    for (let deleted = 0; deleted < left; deleted++) {
      const name = (await mainTableRows(page).first().locator('td').nth(1).textContent()) ?? '';
      await page.getByRole('button', { name: `Slett ${isolated(name)}` }).click();
      await page.getByRole('dialog', { name: 'Slette brukeren?' }).getByRole('button', { name: 'Slett' }).click();
      await page.getByText(`${isolated(name)} er slettet.`).waitFor();
    }
    // At once, while the deletes wait for their undo window: the page before, now the last, with the right count.
    const previous = `Side ${Number(last) - 1} av ${Number(last) - 1} (${Number(total) - left} totalt)`;
    await expect.poll(() => pageInfo(page).textContent()).toBe(previous);
    await waitForList(page);
    expect(await mainTableRows(page).count()).toBe(20);
    expect(await page.getByText('Ingen brukere passer filteret.').count()).toBe(0);
    await expect.poll(() => screenPath(page)).toBe(`/users?page=${Number(last) - 1}`);
    // And still so once they are sent.
    await expect.poll(() => deletes.length, { timeout: 20_000 }).toBe(left);
    await page.locator('main table[aria-busy="false"]').waitFor();
    expect(await pageInfo(page).textContent()).toBe(previous);
    expect(unexpected(problems)).toEqual([]);
  });

  it('5: a searched link opened cold sends the searched request only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const lists: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/v1/admin/data/users') lists.push(url);
    });
    await page.goto(new URL('/users?q=Haugen&mockLatency=300', inject('baseUrl')).href);
    await mainTableRows(page).filter({ hasText: 'Haugen' }).first().waitFor();
    expect(lists.map((url) => url.searchParams.get('search'))).toEqual(['Haugen']);
    await context.close();
  });

  for (const screen of SCREENS) {
    it(`${screen.name}: a failed first load and failed start-up reads end in a retry that brings the data`, async () => {
      const own = await openApp(browser, `${screen.path}?mockFail=${screen.firstLoad}:500`);
      await own.page.getByRole('button', { name: 'Prøv igjen' }).first().waitFor();
      await clearFaults(own.page);
      // Plattform has three parts, each with its own retry.
      const retries = own.page.getByRole('button', { name: 'Prøv igjen' });
      for (let left = await retries.count(); left > 0; left = await retries.count()) {
        await retries.first().click();
        await expect.poll(() => retries.count()).toBeLessThan(left);
      }
      await own.page.locator(screen.content).first().waitFor();
      expect(unexpected(own.problems)).toEqual([]);
      await own.page.context().close();

      const shell = await openApp(browser, `${screen.path}?mockFail=${START_UP}`);
      await shell.page.getByRole('heading', { name: 'Panelet fikk ikke startet' }).waitFor();
      await clearFaults(shell.page);
      await shell.page.getByRole('button', { name: 'Prøv igjen' }).click();
      await shell.page.locator(screen.content).first().waitFor();
      expect(unexpected(shell.problems)).toEqual([]);
      await shell.page.context().close();
    });
  }
});
