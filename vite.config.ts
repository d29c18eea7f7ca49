import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, locateChromium } from './test/chromium.ts';

// With no browser found the browser project's global setup fails with install instructions;
// the config itself must still load so the node and dom projects run.
const browserLaunch = { executablePath: locateChromium(), args: CHROMIUM_ARGS };

// Tests resolve admin-bloc to its TypeScript source through the `source` export condition.
const sourceConditions = {
  node: ['source', ...defaultServerConditions],
  client: ['source', ...defaultClientConditions],
};

// The long random-run suites (`*.chaos.test.ts`) run only in `npm run test:chaos` (or with CHAOS=1), not in `npm test`.
const chaosRun = process.env.npm_lifecycle_event === 'test:chaos' || process.env.CHAOS === '1';

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions: sourceConditions.node },
        ssr: { resolve: { conditions: sourceConditions.node } },
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.chaos.test.ts'],
          typecheck: {
            enabled: true,
            include: ['packages/*/test/**/*.test-d.ts'],
            tsconfig: 'packages/admin-bloc/tsconfig.json',
          },
        },
      },
      ...(chaosRun
        ? [
            {
              resolve: { conditions: sourceConditions.node },
              ssr: { resolve: { conditions: sourceConditions.node } },
              test: { name: 'chaos', environment: 'node', include: ['packages/*/test/**/*.chaos.test.ts'] },
            },
          ]
        : []),
      {
        plugins: [react()],
        resolve: { conditions: sourceConditions.client },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['packages/*/test/**/*.test.tsx', 'apps/*/src/**/*.test.tsx', 'apps/*/src/**/*.test.ts'],
          exclude: ['**/*.browser.test.tsx'],
          setupFiles: ['test/dom-setup.ts'],
          // Whole-app flows (sign-in, a screen's first load, a dialog's save) on a shared 2-core machine: 5 s,
          // vitest's default, was too short for them under load; a hung flow still fails.
          testTimeout: 15_000,
        },
      },
      {
        plugins: [react()],
        resolve: { conditions: sourceConditions.client },
        optimizeDeps: { include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', 'vitest-browser-react'] },
        test: {
          name: 'browser',
          globalSetup: ['test/require-chromium.ts'],
          include: ['packages/*/test/**/*.browser.test.tsx', 'apps/*/src/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: browserLaunch }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        ssr: { resolve: { conditions: sourceConditions.node } },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/*/e2e/**/*.e2e.ts'],
          globalSetup: ['apps/admin/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page load on the MSW worker took 3 s at the median and 4 s at worst on a loaded 2-core machine
          // (BENCHMARKS.md, cold start); vitest's default poll gives up after 1 s.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
