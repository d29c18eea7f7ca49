import { createMockDb } from 'admin-bloc/mocks';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { expectNoSeriousA11yViolations, isolated, screenshot, shownFigures } from './support.js';

const ROOT = 'org_kNr8aQ';
const NORD = 'org_tY2zLm';
const db = createMockDb();
const totals = (orgId: string) => {
  const scope = db.subtree(orgId);
  const people = [...db.people.values()].filter((person) => scope.has(person.orgId));
  return {
    users: db.stats(scope).totalUsers,
    activities: db.activities.filter((activity) => scope.has(activity.orgId)).length,
    // Document 003's contacts are the mentors and coordinators of the scope; its peer mentors have a directory entry.
    contacts: people.filter((person) => person.role === 'mentor' || person.role === 'coordinator').length,
    peerMentors: [...db.peerMentors.values()].filter((entry) => scope.has(db.people.get(entry.personId)?.orgId ?? ''))
      .length,
  };
};

/** A URL's query without the org scope every URL carries (`org`). */
const screenSearch = (href: string) => {
  const url = new URL(href);
  url.searchParams.delete('org');
  return url.search;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const shownTotal = async (page: Page) =>
  Number(
    /\((\d[\d\s\u00a0]*)/.exec((await page.getByTestId('page-info').textContent()) ?? '')?.[1]?.replace(/\D/g, ''),
  );

async function chooseScope(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^Organisasjon/ }).click();
  await page.getByRole('treeitem', { name }).click();
}

async function go(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: link }).click();
}

describe('screens', () => {
  it('a scope switch updates every screen', async () => {
    const { page, problems } = await openApp(browser, '/');
    await chooseScope(page, /Rogaland Nord/);
    await expect.poll(() => shownFigures(page)).toMatchObject({ totalUsers: totals(NORD).users });
    await go(page, 'Brukere');
    await expect.poll(() => shownTotal(page)).toBe(totals(NORD).users);
    await go(page, 'Aktivitetslogg');
    await expect.poll(() => shownTotal(page)).toBe(totals(NORD).activities);
    await go(page, 'Kontakter');
    await expect.poll(() => shownTotal(page)).toBe(totals(NORD).contacts);
    await go(page, 'Likepersoner');
    await expect.poll(() => shownTotal(page)).toBe(totals(NORD).peerMentors);
    await go(page, 'Aktivitetslogg');
    await expect.poll(() => shownTotal(page)).toBe(totals(NORD).activities);

    // Switching while on a screen reloads that screen for the new scope, and the others follow.
    await chooseScope(page, /Stavanger Region/);
    await expect.poll(() => shownTotal(page)).toBe(totals(ROOT).activities);
    await go(page, 'Kontakter');
    await expect.poll(() => shownTotal(page)).toBe(totals(ROOT).contacts);
    await go(page, 'Likepersoner');
    await expect.poll(() => shownTotal(page)).toBe(totals(ROOT).peerMentors);
    await go(page, 'Brukere');
    await expect.poll(() => shownTotal(page)).toBe(totals(ROOT).users);
    await go(page, 'Oversikt');
    await expect.poll(() => shownFigures(page)).toMatchObject({ totalUsers: totals(ROOT).users });
    expect(problems).toEqual([]);
  });

  it('every screen renders its content with no serious accessibility violations', async () => {
    const { page, problems } = await openApp(browser, '/');
    const screens: [string, string, () => Promise<void>][] = [
      ['Aktivitetslogg', 'activity', () => page.locator('table tbody tr').first().waitFor()],
      ['Kontakter', 'contacts', () => page.locator('table tbody tr').first().waitFor()],
      ['Likepersoner', 'peer-mentors', () => page.locator('table tbody tr').first().waitFor()],
      ['Organisasjoner', 'organizations', () => page.getByRole('cell', { name: 'Stavanger Region' }).first().waitFor()],
      [
        'Plattform',
        'platform',
        () => page.getByRole('heading', { name: 'Økter' }).locator('..').locator('tbody tr').first().waitFor(),
      ],
      ['Revisjonslogg', 'audit', () => page.locator('table tbody tr').first().waitFor()],
    ];
    for (const [link, name, ready] of screens) {
      await go(page, link);
      await ready();
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, name);
    }
    expect(problems).toEqual([]);
  });

  it('a contact form shows per-field errors, then saves and the contact shows in the list and its detail', async () => {
    const { page, problems } = await openApp(browser, '/contacts');
    await page.locator('table tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Ny kontakt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny kontakt' });
    await dialog.getByLabel('E-post').fill('not-an-email');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    const email = dialog.getByLabel('E-post');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByLabel('Navn').getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'contacts-form-errors');

    await dialog.getByLabel('Navn').fill('Eva Kontakt');
    await email.fill('eva.kontakt@example.no');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByLabel('Søk i kontakter').fill('Eva Kontakt');
    // The name is a link to the contact's own URL (/contacts/:id).
    await page.getByRole('link', { name: 'Eva Kontakt', exact: true }).click();
    await page.getByRole('complementary').getByText('eva.kontakt@example.no').waitFor();
    expect(problems).toEqual([]);
  });
});

describe('links', () => {
  it('the dashboard links into the filtered user list and activity log', async () => {
    const { page, problems } = await openApp(browser, '/');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Se aktive mentorer' }).click();
    await expect.poll(() => screenSearch(page.url())).toBe('?role=mentor&status=active');
    await main.locator('table tbody tr').first().waitFor();
    await expect
      .poll(async () => new Set(await main.locator('table tbody tr td:nth-child(5)').allTextContents()))
      .toEqual(new Set(['Mentor']));

    // The link beside the month's figure opens that month's log, whose total is the figure.
    await go(page, 'Oversikt');
    const monthly = (await shownFigures(page)).monthlyActivities;
    await main.getByRole('link', { name: 'Se månedens aktiviteter' }).click();
    await expect.poll(() => screenSearch(page.url())).toBe('?from=2026-03-01&to=2026-03-26');
    await expect.poll(() => shownTotal(page)).toBe(monthly);

    await go(page, 'Oversikt');
    await main.getByRole('link', { name: 'Se alle mentorsamtaler' }).click();
    await expect.poll(() => main.getByLabel('Type').inputValue()).toBe('mentoring_session');
    await expect
      .poll(async () => new Set(await main.locator('table tbody tr td:nth-child(2)').allTextContents()))
      .toEqual(new Set(['Mentorsamtale']));
    await page.reload();
    await expect.poll(() => main.getByLabel('Type').inputValue()).toBe('mentoring_session');
    expect(screenSearch(page.url())).toBe('?type=mentoring_session');
    expect(problems).toEqual([]);
  });
});

describe('screen states', () => {
  it('a 403 for one screen shows its forbidden state; a failing screen shows an error whose retry recovers once the dev panel clears the fault', async () => {
    const { page } = await openApp(browser, '/activity?mockFail=data.activityLog:403');
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Ingen tilgang' }).waitFor();
    // The rest of the app still works: the shell and other screens are not forbidden.
    await go(page, 'Revisjonslogg');
    await main.locator('table tbody tr').first().waitFor();

    await page.getByText('Utviklerpanel (mock)').click();
    await page.getByLabel('Endepunkt (f.eks. data.users.*)').fill('auditLog.list');
    await page.getByLabel('Svar', { exact: true }).selectOption('503');
    await page.getByRole('button', { name: 'Legg til' }).click();
    await go(page, 'Oversikt');
    await page.locator('[data-stat="totalUsers"] dd').waitFor();
    await go(page, 'Revisjonslogg');
    const error = main.getByRole('alert');
    await error.filter({ hasText: 'Serveren fikk et problem' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'audit-error');

    await page.getByRole('button', { name: 'Fjern alle feil' }).click();
    await main.getByRole('button', { name: 'Prøv igjen' }).click();
    await main.locator('table tbody tr').first().waitFor();
    expect(await error.count()).toBe(0);
  });
});

describe('records', () => {
  it('organizations: create with a per-field error first, edit, delete', async () => {
    const { page, problems } = await openApp(browser, '/organizations');
    const main = page.getByRole('main');
    await main.getByRole('cell', { name: 'Rogaland Nord', exact: true }).waitFor();
    await main.getByRole('button', { name: 'Ny organisasjon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny organisasjon' });
    await dialog.getByLabel('Navn', { exact: true }).fill('Sandnes Sentrum');
    const slug = dialog.getByLabel('Kortnavn (slug)');
    // The slug is proposed from the name.
    expect(await slug.inputValue()).toBe('sandnes-sentrum');
    await slug.fill('Sandnes Sentrum!');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(() => slug.getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the first invalid field.
    await expect.poll(() => slug.evaluate((element) => element === document.activeElement)).toBe(true);
    await dialog.getByText('Bruk små bokstaver, tall og enkle bindestreker.').waitFor();
    await slug.fill('sandnes-sentrum');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The save is announced in the polite live region.
    await page.getByTestId('toasts').getByText('Lagret.').waitFor();
    const row = main.getByRole('row').filter({ hasText: 'Sandnes Sentrum' });
    await row.waitFor();
    // It is in the scope tree at once.
    await page.getByRole('button', { name: /^Organisasjon/ }).click();
    await page.getByRole('searchbox', { name: 'Søk i organisasjoner' }).fill('sandnes');
    await page.getByRole('treeitem', { name: /Sandnes Sentrum/ }).waitFor();
    await page.keyboard.press('Escape');

    await main.getByRole('button', { name: `Rediger ${isolated('Sandnes Sentrum')}` }).click();
    const edit = page.getByRole('dialog', { name: 'Rediger organisasjon' });
    await edit.getByLabel('Abonnement').selectOption('enterprise');
    await edit.getByRole('button', { name: 'Lagre' }).click();
    await edit.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'enterprise' }).waitFor();

    await main.getByRole('button', { name: `Slett ${isolated('Sandnes Sentrum')}` }).click();
    await page.getByRole('dialog', { name: 'Slette organisasjonen?' }).getByRole('button', { name: 'Slett' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('toasts').getByText('Slettet.').waitFor();
    expect(await page.getByTestId('toasts').getAttribute('aria-live')).toBe('polite');
    expect(problems).toEqual([]);
  });

  it('platform: change a user’s role, suspend a user, filter sessions, load more users', async () => {
    const { page, problems } = await openApp(browser, '/platform');
    const users = page.getByRole('region', { name: 'Plattformbrukere' });
    const firstRow = users.locator('tbody tr').first();
    await firstRow.waitFor();
    const before = await users.locator('tbody tr').count();
    const name = (await firstRow.locator('td').first().textContent()) ?? '';
    const role = users.getByRole('combobox', { name: `Rolle for ${isolated(name)}` });
    await role.selectOption('admin');
    // Making someone an administrator is asked first.
    await page
      .getByRole('dialog', { name: 'Gjøre brukeren til administrator?' })
      .getByRole('button', { name: 'Gjør til administrator' })
      .click();
    await expect.poll(() => role.isDisabled()).toBe(false);
    await expect.poll(() => role.inputValue()).toBe('admin');

    await users.getByRole('button', { name: `Suspender ${isolated(name)}` }).click();
    await page.getByRole('dialog', { name: 'Suspendere brukeren?' }).getByRole('button', { name: 'Suspender' }).click();
    await users.locator('tbody tr').first().getByText('Suspendert').waitFor();

    await users.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => users.locator('tbody tr').count()).toBeGreaterThan(before);

    const sessions = page.getByRole('region', { name: 'Økter' });
    await sessions.getByLabel('Status').selectOption('expired');
    await expect
      .poll(async () => new Set(await sessions.locator('tbody tr td:nth-child(4)').allTextContents()))
      .toEqual(new Set(['Utløpt']));
    expect(problems).toEqual([]);
  });
});
