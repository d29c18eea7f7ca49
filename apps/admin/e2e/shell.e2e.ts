import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { expectNoSeriousA11yViolations, screenshot } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('shell', () => {
  it('a caller who is not an admin sees the forbidden screen', async () => {
    const { page, problems } = await openApp(browser, '/');
    await page.getByTestId('admin-name').waitFor();
    await page.getByLabel('Demobruker').selectOption('nonAdmin');
    await page.getByRole('heading', { name: 'Ingen tilgang' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'forbidden');
    // The forbidden answers are expected here; anything else in the console is not.
    expect(problems.filter((problem) => !problem.includes('403'))).toEqual([]);
  });

  it('an expired session shows the signed-out screen, and signing in again brings the dashboard back', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await page.getByTestId('admin-name').waitFor();
    await page.getByLabel('Demobruker').selectOption('expired');
    await page.getByRole('heading', { name: 'Du er logget ut' }).waitFor();
    expect(await page.getByLabel('Demobruker').inputValue()).toBe('expired');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'signed-out');
    // The choice survives a reload: still signed out.
    await page.reload();
    await page.getByRole('heading', { name: 'Du er logget ut' }).waitFor();
    await page.getByRole('button', { name: 'Logg inn igjen' }).click();
    await page.getByTestId('admin-name').filter({ hasText: 'Astrid Haugen' }).waitFor();
    await page.getByRole('heading', { name: 'Brukere' }).waitFor();
    expect(await page.getByLabel('Demobruker').inputValue()).toBe('admin');
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });

  it('the language switch turns the screen into English with English number and date formats', async () => {
    const { page } = await openApp(browser, '/');
    await page.locator('[data-stat="totalUsers"] dd').waitFor();
    const refreshed = page.getByTestId('refreshed-at');
    expect(await refreshed.textContent()).toMatch(/^Oppdatert \u206826\. mars 2026.*\u2069$/);
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { name: /^Dashboard/ }).waitFor();
    expect(await refreshed.textContent()).toMatch(/^Refreshed \u206826 Mar 2026.*\u2069$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: /^Dashboard/ }).waitFor();
  });

  it('the scope tree works from the keyboard: search, arrows, Enter, Escape returns focus', async () => {
    const { page } = await openApp(browser, '/');
    const button = page.getByRole('button', { name: /^Organisasjon/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const search = page.getByRole('searchbox', { name: 'Søk i organisasjoner' });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Organisasjon Hele treet/ }).waitFor();
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await search.fill('haugaland');
    await expect
      .poll(() => page.getByRole('treeitem').allTextContents())
      .toEqual([
        expect.stringContaining('Stavanger Region'),
        expect.stringContaining('Rogaland Nord'),
        expect.stringContaining('Haugaland Sør og Vest'),
      ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByRole('tree').count()).toBe(0);

    // Type-ahead: ↓ from the search goes to the first hit, not to the root shown above it.
    await page.keyboard.press('Enter');
    await search.fill('jær');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/Jæren$/);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Organisasjon Jæren/ }).waitFor();
  });
});
