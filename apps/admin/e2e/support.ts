import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const screenshots = fileURLToPath(new URL('../e2e-screenshots/', import.meta.url));

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, listing each rule with
 * the elements it hit so the failure says what to fix.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
  expect(serious).toEqual([]);
}

/**
 * Saves a screenshot of the screen under apps/admin/e2e-screenshots/ (git-ignored) for a human to look at: the
 * viewport, or the whole page with `fullPage`. A name may hold a folder (`layout/390-dark-users`).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const path = `${screenshots}${name}.png`;
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
}

/** The four dashboard figures as shown, digits only (the locale may group thousands with a space). */
export async function shownFigures(page: Page): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const name of ['totalUsers', 'activeMentors', 'monthlyActivities', 'pendingReimbursements']) {
    const text = (await page.locator(`[data-stat="${name}"] dd`).textContent()) ?? '';
    figures[name] = Number(text.replace(/\D/g, ''));
  }
  return figures;
}

/**
 * The screen's own path and query, as a test compares it: the org scope every URL carries (`org`) is left out, so
 * the same assertion holds whichever organisation the demo user starts in.
 */
export function screenPath(page: Page): string {
  const url = new URL(page.url());
  url.searchParams.delete('org');
  return `${url.pathname}${url.search}`;
}

/** The rows of the screen's main table (not the ones in a dialog or the developer panel). */
export function mainTableRows(page: Page): Locator {
  return page.locator('main table tbody tr');
}

/** A value as the app's sentences hold it (bidi-isolated); one spelling for the dom tests and these. */
export { isolated } from '../src/test-support/isolated.js';
