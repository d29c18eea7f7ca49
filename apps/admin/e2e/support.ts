import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
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

/** Saves a 1280×800 screenshot of the screen under apps/admin/e2e-screenshots/ (git-ignored) for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}${name}.png` });
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
