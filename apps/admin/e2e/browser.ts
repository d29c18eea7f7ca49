import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../../test/chromium.js';

/**
 * Starts the system Chromium for one e2e file. Playwright gives each launch a fresh temporary
 * profile, so no service worker or stored state leaks from one file into the next.
 *
 * @example
 * const browser = await launchChromium();
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens a page of the built app at a path, in a context of its own; fails the test on any uncaught page error or
 * console error, since those are bugs a coordinator would hit. `initScript` runs in the page before the app loads.
 *
 * @example
 * const page = await openApp(browser, '/');
 */
export async function openApp(
  browser: Browser,
  path: string,
  options: { initScript?: () => void } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(new URL(path, inject('baseUrl')).href);
  return { page, problems };
}
