import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { expectNoSeriousA11yViolations, screenshot } from './support.js';

/**
 * Every screen on a phone, a tablet and a desktop, in the light and the dark theme: the document never scrolls
 * sideways (nor with a dialog open), axe finds nothing serious, and a screenshot of each lands in
 * e2e-screenshots/layout/ for a human to look at. One page per width and theme, moving between screens inside
 * the app as a coordinator does, keeps the matrix to six page loads.
 */
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const THEMES = ['light', 'dark'] as const;

interface ScreenCase {
  readonly link: string;
  readonly name: string;
  readonly ready: (page: Page) => Promise<void>;
  /** A dialog the screen opens, checked the same way, then closed. */
  readonly dialog?: { readonly open: string; readonly title: string };
  /** The record detail the first row's link opens (`/users/:id`, `/contacts/:id`), checked the same way, then left by Back. */
  readonly detail?: (page: Page) => Promise<void>;
}

const firstRow = (page: Page) => page.getByRole('main').locator('table tbody tr').first().waitFor();
const SCREENS: readonly ScreenCase[] = [
  { link: 'Oversikt', name: 'dashboard', ready: (page) => page.locator('[data-stat="totalUsers"] dd').waitFor() },
  {
    link: 'Brukere',
    name: 'users',
    ready: firstRow,
    dialog: { open: 'Importer CSV', title: 'Importer brukere fra CSV' },
    detail: (page) => page.getByTestId('user-detail').waitFor(),
  },
  { link: 'Aktivitetslogg', name: 'activity', ready: firstRow },
  {
    link: 'Kontakter',
    name: 'contacts',
    ready: firstRow,
    dialog: { open: 'Ny kontakt', title: 'Ny kontakt' },
    detail: (page) => page.getByRole('complementary').locator('dl').waitFor(),
  },
  { link: 'Likepersoner', name: 'peer-mentors', ready: firstRow },
  {
    link: 'Organisasjoner',
    name: 'organizations',
    ready: firstRow,
    dialog: { open: 'Ny organisasjon', title: 'Ny organisasjon' },
  },
  {
    link: 'Plattform',
    name: 'platform',
    ready: (page) => page.getByRole('region', { name: 'Økter' }).locator('tbody tr').first().waitFor(),
  },
  { link: 'Revisjonslogg', name: 'audit', ready: firstRow },
];

/** How far the document is wider than the window (0 when it does not scroll sideways). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Opens a screen through the navigation, first through the menu button where the navigation is folded into it. */
async function go(page: Page, link: string): Promise<void> {
  // The navigation is there once the session is; the menu button shows only where it is folded.
  await page.locator('nav.app-nav').waitFor({ state: 'attached' });
  const menu = page.getByRole('button', { name: 'Meny', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: link }).click();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('layout', () => {
  for (const device of WIDTHS) {
    for (const theme of THEMES) {
      // One page per width and theme, shared by its screens' tests (each a test of its own, so a loaded machine
      // times one screen, not the whole round).
      describe(`${device.name} (${device.width} px), ${theme} theme`, () => {
        let page: Page;
        let problems: string[];
        const prefix = `layout/${device.width}-${theme}`;
        beforeAll(async () => {
          ({ page, problems } = await openApp(browser, '/', {
            viewport: { width: device.width, height: device.height },
            colorScheme: theme,
          }));
        });
        afterAll(async () => {
          await page?.context().close();
        });

        for (const screen of SCREENS) {
          const extras = [screen.dialog ? 'its dialog' : '', screen.detail ? 'a detail' : ''].filter(Boolean);
          it(`${screen.name}${extras.length > 0 ? ` with ${extras.join(' and ')}` : ''}: fits, passes axe, is photographed`, async () => {
            await go(page, screen.link);
            await screen.ready(page);
            expect(await sidewaysOverflow(page)).toBe(0);
            await expectNoSeriousA11yViolations(page);
            await screenshot(page, `${prefix}-${screen.name}`, { fullPage: true });
            if (screen.dialog) {
              await page.getByRole('main').getByRole('button', { name: screen.dialog.open }).click();
              const dialog = page.getByRole('dialog', { name: screen.dialog.title });
              await dialog.waitFor();
              expect(await sidewaysOverflow(page)).toBe(0);
              const box = await dialog.boundingBox();
              expect(box && box.x >= 0 && box.x + box.width <= device.width).toBe(true);
              await expectNoSeriousA11yViolations(page);
              await screenshot(page, `${prefix}-${screen.name}-dialog`);
              await page.keyboard.press('Escape');
              await dialog.waitFor({ state: 'detached' });
            }
            if (screen.detail) {
              await page.getByRole('main').locator('table tbody tr').first().getByRole('link').first().click();
              await screen.detail(page);
              expect(await sidewaysOverflow(page)).toBe(0);
              await expectNoSeriousA11yViolations(page);
              await screenshot(page, `${prefix}-${screen.name}-detail`, { fullPage: true });
              await page.goBack();
              await screen.ready(page);
            }
            expect(problems).toEqual([]);
          });
        }

        if (device.width < 960) {
          it('the folded menu takes focus, holds scope, demo user and language, and gives focus back', async () => {
            const menu = page.getByRole('button', { name: 'Meny', exact: true });
            await menu.click();
            await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
            await expect
              .poll(() => page.evaluate(() => document.activeElement?.closest('.app-menu, .app-nav') !== null))
              .toBe(true);
            await page.getByLabel('Demobruker').waitFor();
            expect(await sidewaysOverflow(page)).toBe(0);
            await expectNoSeriousA11yViolations(page);
            await screenshot(page, `${prefix}-menu`);
            await page.getByRole('button', { name: /^Organisasjon/ }).click();
            await page.getByRole('tree').waitFor();
            expect(await sidewaysOverflow(page)).toBe(0);
            await screenshot(page, `${prefix}-scope-tree`);
            await page.keyboard.press('Escape');
            await page.keyboard.press('Escape');
            await expect
              .poll(() =>
                page
                  .getByRole('button', { name: 'Meny', exact: true })
                  .evaluate((button) => button === document.activeElement),
              )
              .toBe(true);
            expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).isVisible()).toBe(false);
            expect(problems).toEqual([]);
          });
        }
      });
    }
  }
});
