import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { screenshot } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LONG = 'Ø'.repeat(3000);
const REVERSING = '\u202EAnna Berg';

async function createOrganisation(page: Page, name: string, slug: string) {
  await page.getByRole('button', { name: 'Ny organisasjon' }).click();
  const form = page.getByRole('dialog', { name: 'Ny organisasjon' });
  await form.getByLabel('Navn', { exact: true }).fill(name);
  await form.getByLabel('Kortnavn (slug)').fill(slug);
  await form.getByRole('button', { name: 'Lagre' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('names from the server never break a row or the page', () => {
  for (const width of [390, 1280]) {
    it(`${width} px: a 3,000-character unbroken name wraps within its cell, whole on hover and focus; a U+202E name is isolated`, async () => {
      const { page, problems } = await openApp(browser, '/organizations', { viewport: { width, height: 800 } });
      await page.locator('main table tbody tr').first().waitFor();
      await createOrganisation(page, LONG, 'lang-navn');
      await createOrganisation(page, REVERSING, 'snudd-navn');
      await page.getByLabel('Søk etter navn eller kortnavn').fill('navn');
      const long = page.locator('main table tbody tr').filter({ hasText: 'lang-navn' });
      await long.waitFor();

      // The page never scrolls sideways, and the row stays a couple of lines high.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const row = await long.boundingBox();
      expect(row?.height).toBeLessThan(120);
      const name = long.locator('bdi.name-text');
      expect(await name.getAttribute('title')).toBe(LONG);
      await long.scrollIntoViewIfNeeded();
      await screenshot(page, `long-names-${width}`);
      const clamped = (await name.boundingBox())?.height ?? 0;
      await name.focus();
      // Focused, the name opens into a box of a few lines that scrolls to the rest of it.
      expect((await name.boundingBox())?.height ?? 0).toBeGreaterThan(clamped);
      expect(await name.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
      await screenshot(page, `long-names-${width}-focused`);

      const reversing = page.locator('main table tbody tr').filter({ hasText: 'snudd-navn' }).locator('bdi.name-text');
      expect(await reversing.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
      expect(await reversing.textContent()).toBe(REVERSING);
      expect(problems).toEqual([]);
    });
  }
});
