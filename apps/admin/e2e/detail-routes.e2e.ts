import type { Browser, Page } from 'playwright-core';
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

async function waitForRows(page: Page): Promise<void> {
  await mainTableRows(page).first().waitFor();
  await page.locator('main table[aria-busy="false"]').waitFor();
}

describe('detail URLs', () => {
  it('users: a row opens /users/:id, a reload and a cold link show the same person, Back returns to the filtered list', async () => {
    const { page, problems } = await openApp(browser, '/users');
    await waitForRows(page);
    await page.getByLabel('Rolle', { exact: true }).selectOption('mentor');
    await expect.poll(() => screenPath(page)).toBe('/users?role=mentor');
    await page.getByRole('button', { name: 'Neste' }).click();
    await expect.poll(() => screenPath(page)).toBe('/users?role=mentor&page=2');
    await waitForRows(page);

    const link = mainTableRows(page).first().locator('td').nth(1).getByRole('link');
    const name = (await link.textContent()) ?? '';
    expect(name).not.toBe('');
    await link.click();
    await expect.poll(() => screenPath(page)).toMatch(/^\/users\/[^/?]+\?role=mentor&page=2$/);
    const detailPath = screenPath(page);
    const detailUrl = page.url();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(name);
    await page.getByTestId('user-detail').waitFor();
    expect(await page.getByTestId('user-detail').textContent()).toContain('@');
    // Focus is on the person opened, not on the link that is gone.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('user-detail-title');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'detail-user');

    await page.reload();
    await page.getByTestId('user-detail').waitFor();
    expect(screenPath(page)).toBe(detailPath);
    expect(await heading.textContent()).toBe(name);

    // Back: the list with its filters and page, as it was.
    await page.goBack();
    await expect.poll(() => screenPath(page)).toBe('/users?role=mentor&page=2');
    await waitForRows(page);
    expect(await page.getByLabel('Rolle', { exact: true }).inputValue()).toBe('mentor');
    await expect.poll(() => page.getByTestId('page-info').textContent()).toMatch(/^Side 2/);

    // The same link opened cold, in a fresh browser context (a link shared with a colleague).
    const cold = await openApp(browser, detailUrl);
    await cold.page.getByTestId('user-detail').waitFor();
    expect(await cold.page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    // The in-app way back keeps the list's filters too.
    await cold.page.getByRole('link', { name: 'Tilbake til brukerlisten' }).first().click();
    await expect.poll(() => screenPath(cold.page)).toBe('/users?role=mentor&page=2');
    await waitForRows(cold.page);
    expect(cold.problems).toEqual([]);
    await cold.page.context().close();
    expect(problems).toEqual([]);
  });

  it('users: an unknown id says so, with a way back to the list', async () => {
    const { page, problems } = await openApp(browser, '/users/usr_finnesIkke?role=mentee');
    const notFound = page.getByTestId('record-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain(`Fant ingen bruker med ID ${isolated('usr_finnesIkke')}`);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'detail-user-not-found');
    await notFound.getByRole('link', { name: 'Tilbake til brukerlisten' }).click();
    await expect.poll(() => screenPath(page)).toBe('/users?role=mentee');
    await waitForRows(page);
    // A 404 of a detail is a state of the screen, not a console error.
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  });

  it('contacts: a row opens /contacts/:id, a reload and a cold link show it, Back closes it; an unknown id says so', async () => {
    const { page, problems } = await openApp(browser, '/contacts');
    await waitForRows(page);
    const link = mainTableRows(page).nth(2).locator('td').first().getByRole('link');
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect.poll(() => screenPath(page)).toMatch(/^\/contacts\/[^/?]+$/);
    const detailPath = screenPath(page);
    const detail = page.getByRole('complementary', { name });
    await detail.locator('dl').waitFor();
    expect(await detail.locator('dl').textContent()).toContain('@');
    expect(await mainTableRows(page).nth(2).getAttribute('class')).toBe('row-current');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'detail-contact');

    await page.reload();
    await page.getByRole('complementary', { name }).locator('dl').waitFor();
    expect(screenPath(page)).toBe(detailPath);

    await page.goBack();
    await expect.poll(() => screenPath(page)).toBe('/contacts');
    await page.getByRole('complementary').waitFor({ state: 'detached' });
    await waitForRows(page);

    const cold = await openApp(browser, detailPath);
    await cold.page.getByRole('complementary', { name }).locator('dl').waitFor();
    await cold.page.getByRole('link', { name: 'Lukk detaljene' }).click();
    await expect.poll(() => screenPath(cold.page)).toBe('/contacts');
    await cold.page.getByRole('complementary').waitFor({ state: 'detached' });
    expect(cold.problems).toEqual([]);
    await cold.page.context().close();

    await page.goto(new URL('/contacts/usr_finnesIkke', page.url()).href);
    const notFound = page.getByTestId('record-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain(`Fant ingen kontakt med ID ${isolated('usr_finnesIkke')}`);
    await notFound.getByRole('link', { name: 'Tilbake til kontaktene' }).click();
    await expect.poll(() => screenPath(page)).toBe('/contacts');
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  });
});
