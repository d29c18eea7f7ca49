import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { createServer, defaultClientConditions, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../../test/chromium.js';

/**
 * `startMockWorker` in a real Chromium: a Vite dev server serves a page that imports this entry from
 * source and starts MSW's service worker (the app's `public/mockServiceWorker.js`), then calls the API
 * with `fetch` like the app does.
 */
const packageRoot = new URL('../../', import.meta.url).pathname;
const workerScriptDir = new URL('../../../../apps/admin/public', import.meta.url).pathname;

const PAGE = `<!doctype html><html><body><script type="module">
  import { DEMO_TOKENS, startMockWorker } from '/src/mocks/index.ts';
  const call = async (path, token = DEMO_TOKENS.admin) => {
    try {
      const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token } });
      return { status: response.status, body: await response.json().catch(() => null) };
    } catch (error) {
      return { failed: String(error) };
    }
  };
  if (location.hash === '#update-rejects') {
    // What Chromium does when the closing page's worker unregistered itself before MSW's update() ran.
    const script = new URL('/mockServiceWorker.js', location.href).href;
    ServiceWorkerRegistration.prototype.update = () =>
      Promise.reject(new DOMException("Failed to update a ServiceWorker for scope ('" + location.origin + "/') with script ('" + script + "'): Not found", 'InvalidStateError'));
  }
  const mock = await startMockWorker();
  window.results = {
    stats: await call('/api/v1/admin/data/dashboard-stats?org_ids=org_tY2zLm'),
    forbidden: await call('/api/admin/users', DEMO_TOKENS.nonAdmin),
    usersList: await call('/api/v1/admin/data/users'),
    unhandled: await call('/api/v1/not-in-the-contract'),
    passedThrough: await fetch('/package.json').then((response) => ({ status: response.status })),
    notApi: await fetch('/some/route').then(async (response) => ({ text: await response.text() })),
    faults: mock.faults.get(),
  };
</script></body></html>`;

let server: ViteDevServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: packageRoot,
    publicDir: workerScriptDir,
    // Its own folder per run: two runs on one machine sharing Vite's dependency cache rebuild it under each other.
    cacheDir: mkdtempSync(join(tmpdir(), 'admin-bloc-mocks-worker-test-')),
    logLevel: 'silent',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    optimizeDeps: { include: ['msw', 'msw/browser', 'zod/mini', 'zod/locales'], entries: [] },
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    plugins: [
      {
        name: 'mocks-worker-test-page',
        configureServer(dev) {
          dev.middlewares.use((request, response, next) => {
            if (request.url === '/' || request.url?.startsWith('/?')) {
              response.setHeader('Content-Type', 'text/html');
              response.end(PAGE);
              return;
            }
            next();
          });
        },
      },
    ],
  });
  await server.listen();
  const address = server.httpServer?.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) rmSync(server.config.cacheDir, { recursive: true, force: true });
});

async function results(path: string, context?: BrowserContext) {
  const page = await (context ?? browser).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => 'results' in window, undefined, { timeout: 30_000 });
  const value = await page.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results);
  await page.close();
  expect(errors).toEqual([]);
  return value as Record<string, { status?: number; body?: { data?: unknown }; failed?: string }>;
}

describe('startMockWorker in Chromium', () => {
  it('serves the contract from the service worker and fails unhandled requests', async () => {
    const answers = await results('/');
    expect(answers.stats).toEqual({
      status: 200,
      body: {
        data: {
          org_ids: ['org_tY2zLm'],
          active_mentors: 42,
          monthly_activities: 317,
          pending_reimbursements: 9,
          total_users: 184,
        },
      },
    });
    expect(answers.forbidden?.status).toBe(403);
    expect(answers.usersList?.status).toBe(200);
    // In a browser MSW fails an unhandled request as a 500 carrying the error (it cannot drop the connection).
    expect(answers.unhandled?.status).toBe(500);
    expect(JSON.stringify(answers.unhandled?.body)).toContain('No mock handler for GET');
    expect(answers.passedThrough?.status).toBe(200);
    expect((answers.notApi as unknown as { text: string }).text).not.toContain('No mock handler');
  }, 60_000);

  it('a worker left registered whose update is refused (a reload racing the closing page) still serves, with no page error', async () => {
    const context = await browser.newContext();
    try {
      // A page that stays open keeps the worker registered (it unregisters itself when its last page closes).
      const first = await context.newPage();
      await first.goto(`${origin}/`);
      await first.waitForFunction(() => 'results' in window, undefined, { timeout: 30_000 });
      // `results` fails on any page error: MSW leaves the refused update unhandled, startMockWorker handles it.
      const again = await results('/#update-rejects', context);
      expect(again.usersList?.status).toBe(200);
      expect(again.stats?.status).toBe(200);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('takes faults from the page’s URL', async () => {
    const answers = await results('/?mockFail=data.users.list:503&mockLatency=5');
    expect(answers.faults).toEqual({ fail: { 'data.users.list': 503 }, latency: 5 });
    expect(answers.usersList?.status).toBe(503);
    expect(answers.stats?.status).toBe(200);
  }, 60_000);
});
