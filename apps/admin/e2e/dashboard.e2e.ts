import { createMockDb } from 'admin-bloc/mocks';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { expectNoSeriousA11yViolations, screenshot, shownFigures } from './support.js';

const ROOT = 'org_kNr8aQ';
const NORD = 'org_tY2zLm';

// The figures come from a freshly seeded mock db (the one the page's service worker serves), counted by the
// db's own query, so the test fails if the page shows anything but what the handler answered.
const db = createMockDb();
const expected = (orgId: string) => db.stats(db.subtree(orgId));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('dashboard', () => {
  it('shows the whole tree’s figures, then Rogaland Nord’s after choosing it in the scope tree', async () => {
    // The seeded figures are the contract's: a changed seed must not make this test pass by accident.
    expect(expected(ROOT)).toEqual({
      totalUsers: 291,
      activeMentors: 67,
      monthlyActivities: 502,
      pendingReimbursements: 14,
    });
    expect(expected(NORD)).toEqual({
      totalUsers: 184,
      activeMentors: 42,
      monthlyActivities: 317,
      pendingReimbursements: 9,
    });

    const { page, problems } = await openApp(browser, '/');
    const scopeButton = page.getByRole('button', { name: /Organisasjon/ });
    await scopeButton.click();
    await page.getByRole('treeitem', { name: /Stavanger Region/ }).click();
    await page.getByRole('button', { name: /Organisasjon Hele treet/ }).waitFor();
    await expect.poll(() => shownFigures(page)).toEqual(expected(ROOT));
    await page.getByRole('img', { name: /Aktiviteter per uke/ }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'dashboard-root');

    await scopeButton.click();
    await page.getByRole('searchbox', { name: 'Søk i organisasjoner' }).fill('nord');
    await page.getByRole('treeitem', { name: /Rogaland Nord/ }).click();
    await page.getByRole('heading', { name: /Rogaland Nord/ }).waitFor();
    await expect.poll(() => shownFigures(page)).toEqual(expected(NORD));
    await screenshot(page, 'dashboard-rogaland-nord');
    expect(problems).toEqual([]);
  });
});
