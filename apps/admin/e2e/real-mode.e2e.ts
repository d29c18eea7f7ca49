import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockDb, DEMO_PEOPLE, DEMO_TOKENS, type MockHttpServer, startMockHttpServer } from 'admin-bloc/mocks';
import type { Browser } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.js';
import { appRoot, buildApp } from './build-app.js';
import { expectNoSeriousA11yViolations, isolated, screenshot, shownFigures } from './support.js';

const outDir = mkdtempSync(join(tmpdir(), 'admin-real-mode-'));

let backend: MockHttpServer;
let server: PreviewServer;
let baseUrl: string;
let browser: Browser;

// Real mode as an operator runs it: the app built with VITE_API_BASE_URL and no token, talking over HTTP (CORS) to
// a backend on another origin — here the same mock backend served by a real HTTP server.
beforeAll(async () => {
  backend = await startMockHttpServer({ port: 0, profile: inject('mockProfile') });
  await buildApp({ outDir, env: { VITE_API_BASE_URL: backend.url, VITE_SUPER_ADMIN_IDS: DEMO_PEOPLE.superAdmin } });
  server = await preview({
    root: appRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not report a TCP port');
  baseUrl = `http://127.0.0.1:${address.port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await backend?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('real mode', () => {
  it('signs in with a pasted token and shows the backend’s figures, with no mock worker in the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
    expect(await page.getByLabel('Demobruker').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'real-mode-sign-in');

    await page.getByLabel('Tilgangsnøkkel (Bearer-token)').fill(DEMO_TOKENS.admin);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('admin-name').filter({ hasText: 'Astrid Haugen' }).waitFor();
    const db = createMockDb();
    // The admin's remembered scope in the seed is Rogaland Nord.
    await expect.poll(() => shownFigures(page)).toEqual(db.stats(db.subtree('org_tY2zLm')));
    expect(requested.some((url) => url.startsWith(`${backend.url}/api/v1/admin/data/dashboard-stats`))).toBe(true);
    expect(requested.filter((url) => url.includes('mockServiceWorker') || /\/assets\/mocks-/.test(url))).toEqual([]);

    // The chosen scope lives in the backend's admin state: after a reload and signing in again it is still chosen.
    await page.getByRole('button', { name: /^Organisasjon/ }).click();
    await page.getByRole('treeitem', { name: /Stavanger Region/ }).click();
    await expect.poll(() => shownFigures(page)).toEqual(db.stats(db.subtree('org_kNr8aQ')));
    await page.reload();
    await page.getByLabel('Tilgangsnøkkel (Bearer-token)').fill(DEMO_TOKENS.admin);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('button', { name: /^Organisasjon Hele treet/ }).waitFor();
    await expect.poll(() => shownFigures(page)).toEqual(db.stats(db.subtree('org_kNr8aQ')));

    // Signing out by choice says so, and the token can be pasted again.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByRole('heading', { name: 'Du er logget ut' }).waitFor();
    await page.getByText('Du har logget ut.').waitFor();
    await page.getByLabel('Tilgangsnøkkel (Bearer-token)').fill(DEMO_TOKENS.superAdmin);
    await page.getByRole('button', { name: 'Logg inn igjen' }).click();
    await page.getByTestId('admin-name').filter({ hasText: 'Ingrid Sæther' }).waitFor();
    await context.close();
  });

  it('closing the tab during a delete’s undo window still deletes: sent on pagehide with keepalive', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/users?q=Haugen`);
    await page.getByLabel('Tilgangsnøkkel (Bearer-token)').fill(DEMO_TOKENS.superAdmin);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('admin-name').filter({ hasText: 'Ingrid Sæther' }).waitFor();
    const row = page.locator('main table[aria-busy="false"] tbody tr').first();
    await row.waitFor();
    const name = (await row.locator('td').nth(1).textContent()) ?? '';
    const person = [...backend.backend.db.people.values()].find((candidate) => candidate.fullName === name);
    if (!person) throw new Error(`no ${name} in the backend`);
    await page.getByRole('button', { name: `Slett ${isolated(name)}` }).click();
    await page.getByRole('dialog', { name: 'Slette brukeren?' }).getByRole('button', { name: 'Slett' }).click();
    await page.getByText(`${isolated(name)} er slettet.`).waitFor();
    expect(backend.backend.db.people.has(person.id)).toBe(true);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => backend.backend.db.people.has(person.id)).toBe(false);
    await context.close();
  });
});
