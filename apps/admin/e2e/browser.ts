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
 * console error, since those are bugs a coordinator would hit. `initScript` runs in the page before the app loads;
 * `viewport` (1280×800 unless given) and `colorScheme` (light unless given) are the device's.
 *
 * @example
 * const page = await openApp(browser, '/');
 */
export async function openApp(
  browser: Browser,
  path: string,
  options: {
    initScript?: () => void;
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    /** The browser's own locale (`en-US`), which the app's language must not follow. */
    locale?: string;
  } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.locale ? { locale: options.locale } : {}),
  });
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
