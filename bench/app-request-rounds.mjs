// Cold start of every screen of the built dashboard in headless Chromium at 800 ms mock latency: how many API
// requests go out and in how many rounds until the screen's content is on screen. A request's round is one more
// than the highest round of the requests that had been answered when it started (at 800 ms a round is plain to see).
// Each screen opens in a fresh browser context (no worker, no cache), as a cold start.
//
//   npx node bench/app-request-rounds.mjs                         builds the app and serves it
//   BENCH_ORIGIN=http://127.0.0.1:4173 npx node bench/app-request-rounds.mjs   measures an app already served
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../test/chromium.ts';
import { buildAppForBench } from './app-initial-js.mjs';

const LATENCY = Number(process.env.BENCH_LATENCY ?? 800);

/** Each screen's path and what shows its content (not a skeleton). */
export const SCREENS = [
  ['dashboard', '/', '[data-stat="totalUsers"] dd'],
  ['users', '/users', 'main table[aria-busy="false"] tbody tr'],
  ['users, searched', '/users?q=Haugen', 'main table[aria-busy="false"] tbody tr'],
  ['activity log', '/activity', 'main table tbody tr'],
  ['contacts', '/contacts', 'main table tbody tr'],
  ['peer mentors', '/peer-mentors', 'main table tbody tr'],
  ['organisations', '/organizations', 'main table tbody tr'],
  ['platform', '/platform', 'main table tbody tr'],
  ['audit log', '/audit', 'main table tbody tr'],
];

async function measure(browser, origin, path, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  const started = new Map();
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/api/')) return;
    started.set(request, {
      what: `${request.method()} ${new URL(request.url()).pathname}`,
      start: Date.now(),
      end: null,
    });
  });
  const ended = (request) => {
    const entry = started.get(request);
    if (entry && entry.end === null) {
      entry.end = Date.now();
      requests.push(entry);
    }
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${origin}${path}${separator}mockLatency=${LATENCY}`);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  const readyAt = Date.now();
  for (const [request, entry] of started) if (entry.end === null && entry.start <= readyAt) ended(request);
  await context.close();
  const counted = requests.filter((entry) => entry.start <= readyAt).sort((a, b) => a.start - b.start);
  for (const entry of counted) {
    const before = counted.filter((other) => other !== entry && other.end !== null && other.end <= entry.start);
    entry.round = 1 + Math.max(0, ...before.map((other) => other.round ?? 0));
  }
  return {
    requests: counted.length,
    rounds: Math.max(0, ...counted.map((entry) => entry.round)),
    list: counted.map((entry) => `${entry.round}: ${entry.what}`),
  };
}

let origin = process.env.BENCH_ORIGIN;
let server;
if (!origin) {
  const dist = await buildAppForBench(fileURLToPath(new URL('./.build/app', import.meta.url)));
  server = await preview({
    root: fileURLToPath(new URL('../apps/admin/', import.meta.url)),
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  origin = `http://127.0.0.1:${server.httpServer.address().port}`;
}
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  console.log(`| screen | path | requests | rounds | (at ${LATENCY} ms mock latency) |`);
  console.log('|---|---|---:|---:|---|');
  for (const [name, path, ready] of SCREENS) {
    const result = await measure(browser, origin, path, ready);
    console.log(`| ${name} | \`${path}\` | ${result.requests} | ${result.rounds} | ${result.list.join('; ')} |`);
  }
} finally {
  await browser.close();
  await server?.close();
}
