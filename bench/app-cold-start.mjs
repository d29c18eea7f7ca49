// Cold start of the built dashboard in headless Chromium: from navigation to the four dashboard figures on screen,
// on the MSW service worker (mock mode), each run in a fresh browser context (no cache, no worker registered).
// The baseline, measured in the same run and browser, is a static page's first contentful paint.
//
//   npx node bench/app-cold-start.mjs          (BENCH_RUNS=5; `npm run bench` runs it too)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../test/chromium.ts';
import { buildAppForBench, measureAppInitialJs } from './app-initial-js.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Builds the app, serves it with `vite preview` and measures `runs` cold starts and as many baseline loads.
 *
 * @example
 * const { coldStartMs, baselineMs } = await measureAppColdStart({ runs: 5 });
 */
export async function measureAppColdStart({ runs = RUNS } = {}) {
  const dist = await buildAppForBench(fileURLToPath(new URL('./.build/app', import.meta.url)));
  writeFileSync(`${dist}/bench-baseline.html`, '<!doctype html><title>baseline</title><p>static page</p>\n');
  const server = await preview({
    root: fileURLToPath(new URL('../apps/admin/', import.meta.url)),
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  const origin = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const coldStart = [];
  const baseline = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/bench-baseline.html`);
      baseline.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              new PerformanceObserver((list) => {
                const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
                if (paint) resolve(paint.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        ),
      );
      await context.close();

      const appContext = await browser.newContext();
      const appPage = await appContext.newPage();
      await appPage.goto(`${origin}/`, { waitUntil: 'commit' });
      // performance.now() counts from the navigation's start.
      const handle = await appPage.waitForFunction(
        () => (document.querySelectorAll('.stats .stat dd').length === 4 ? performance.now() : false),
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      coldStart.push(await handle.jsonValue());
      await appContext.close();
      process.stderr.write('.');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stderr.write('\n');
  return {
    runs,
    coldStartMs: median(coldStart),
    coldStartSamples: coldStart,
    baselineMs: median(baseline),
    baselineSamples: baseline,
    initialJs: measureAppInitialJs(dist),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureAppColdStart();
  const range = (samples) => `${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)}`;
  console.log(`\nCold start, median of ${result.runs}, each in a fresh browser context (headless Chromium)\n`);
  console.log('| measure | median ms | min–max ms |');
  console.log('|---|---:|---:|');
  console.log(
    `| static page, first contentful paint (baseline) | ${result.baselineMs.toFixed(0)} | ${range(result.baselineSamples)} |`,
  );
  console.log(
    `| dashboard: navigation → four figures visible (MSW worker) | ${result.coldStartMs.toFixed(0)} | ${range(result.coldStartSamples)} |`,
  );
  console.log(`\napp initial JS: ${result.initialJs.gzip} bytes min+gzip (${result.initialJs.files.length} files)`);
}
