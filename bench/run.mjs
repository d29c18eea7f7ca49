// `npm run bench`: builds the core in production mode, runs every throughput case in its own Node process
// (warm-up, then timed samples), prints medians, spread and the ratios to the baselines measured in the same
// run, then the min+gzip sizes, and writes everything to bench/results/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCore } from './build.mjs';
import { BEHAVIOR_SUBJECT, BLOC_DEFAULT, CUBIT, cases, PIPELINE, workloads } from './cases.mjs';
import { measureSizes } from './sizes.mjs';

const UPDATES = {
  counter: Number(process.env.BENCH_UPDATES ?? workloads.counter.updates),
  list: Number(process.env.BENCH_LIST_UPDATES ?? workloads.list.updates),
};
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9);
const only = process.env.BENCH_ONLY;
const skipSizes = process.env.BENCH_SIZES === '0';

const corePath = await buildCore();
const worker = fileURLToPath(new URL('./worker.mjs', import.meta.url));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = [];
for (const [id, { workload, name, maxUpdates }] of Object.entries(cases)) {
  if (only && !id.includes(only)) continue;
  const updates = Math.min(UPDATES[workload], maxUpdates ?? Number.POSITIVE_INFINITY);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', worker, id, corePath, String(updates), String(WARMUP), String(SAMPLES)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) {
    console.error(child.stderr);
    throw new Error(`case "${id}" failed`);
  }
  const { samples } = JSON.parse(child.stdout.trim().split('\n').at(-1));
  const m = median(samples);
  results.push({
    id,
    workload,
    name,
    updates,
    medianMs: m,
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    nsPerUpdate: (m * 1e6) / updates,
    samples,
  });
  process.stderr.write('.');
}
process.stderr.write('\n');

const find = (workload, name) => results.find((r) => r.workload === workload && r.name === name);
const ratio = (workload, a, b) => {
  const x = find(workload, a);
  const y = find(workload, b);
  // Per update, so a case capped at a smaller n (maxUpdates) compares too; the same as medians when n is the same.
  return x && y ? x.nsPerUpdate / y.nsPerUpdate : undefined;
};
for (const result of results) {
  result.xBehaviorSubject = ratio(result.workload, result.name, BEHAVIOR_SUBJECT);
  result.xPipeline = ratio(result.workload, result.name, PIPELINE);
}
const fmt = (value, digits = 2) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));

const machine = {
  cpu: os.cpus()[0]?.model,
  cores: os.availableParallelism(),
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
};
console.log(
  `\n${machine.cpu} × ${machine.cores}, Node ${machine.node}, ${machine.platform}, load ${machine.loadAverage.join(' ')}`,
);
console.log(`${WARMUP} warm-up + ${SAMPLES} samples per case, each case in its own process, one subscriber`);
for (const [workload, updates] of Object.entries(UPDATES)) {
  const rows = results.filter((r) => r.workload === workload);
  if (rows.length === 0) continue;
  const what = workload === 'counter' ? 'counter increments' : 'updates of one item in a 1,000-item list';
  console.log(`\n### ${workload}: ${updates.toLocaleString('en')} ${what}\n`);
  console.log('| case | median ms | min–max ms | ns/update | × BehaviorSubject.next | × mergeMap pipeline |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const capped = r.updates === updates ? '' : ` (n = ${r.updates.toLocaleString('en')})`;
    console.log(
      `| ${r.name}${capped} | ${fmt(r.medianMs, 1)} | ${fmt(r.minMs, 1)}–${fmt(r.maxMs, 1)} | ${fmt(r.nsPerUpdate, 1)} | ${fmt(r.xBehaviorSubject)} | ${fmt(r.xPipeline)} |`,
    );
  }
}

const goals = Object.keys(UPDATES).flatMap((workload) => [
  {
    goal: `${workload}: Cubit.emit ≤ 1.3 × BehaviorSubject.next`,
    value: ratio(workload, CUBIT, BEHAVIOR_SUBJECT),
    limit: 1.3,
  },
  {
    goal: `${workload}: Bloc.add (default, sequential) ≤ 2 × mergeMap pipeline`,
    value: ratio(workload, BLOC_DEFAULT, PIPELINE),
    limit: 2,
  },
]);

const sizes = skipSizes ? [] : await measureSizes();
const size = (key, bundler) => sizes.find((row) => row.key === key && row.bundler === bundler);
for (const bundler of ['vite', 'esbuild']) {
  const core = size('core', bundler);
  const react = size('react', bundler);
  const client = size('client', bundler);
  const page = size('page', bundler);
  // The core has a ceiling, not a goal (BENCHMARKS.md): 2.3 kB with vite, 2.42 kB with esbuild, as npm run size.
  if (core)
    goals.push({
      goal: `core ≤ ${bundler === 'vite' ? '2.3' : '2.42'} kB min+gzip without rxjs, its ceiling (${bundler})`,
      value: core.external.gzip / 1000,
      limit: bundler === 'vite' ? 2.3 : 2.42,
    });
  if (react)
    goals.push({
      goal: `react ≤ 1.5 kB min+gzip without react (${bundler})`,
      value: react.external.gzip / 1000,
      limit: 1.5,
    });
  if (client)
    goals.push({
      goal: `client ≤ 22 kB min+gzip with ky and zod (${bundler})`,
      value: client.bundled.gzip / 1000,
      limit: 22,
    });
  if (page)
    goals.push({
      goal: `Bloc, Cubit and React bindings ≤ 9 kB min+gzip with rxjs (${bundler})`,
      value: page.bundled.gzip / 1000,
      limit: 9,
    });
}

console.log('\n| goal | measured | met |');
console.log('|---|---:|---|');
for (const g of goals) {
  g.met = g.value !== undefined && g.value <= g.limit;
  console.log(`| ${g.goal} | ${fmt(g.value)} | ${g.value === undefined ? '–' : g.met ? 'yes' : 'no'} |`);
}

if (sizes.length) {
  console.log(
    '\n| import (minified, tree-shaken) | bundler | dependencies external: min B | min+gzip B | dependencies bundled: min B | min+gzip B |',
  );
  console.log('|---|---|---:|---:|---:|---:|');
  for (const s of sizes) {
    console.log(
      `| ${s.name} | ${s.bundler} | ${s.external.minified} | ${s.external.gzip} | ${s.bundled?.minified ?? '–'} | ${s.bundled?.gzip ?? '–'} |`,
    );
  }
}

/** The size rows as figures, without the list of modules in each bundle. */
function withoutModules({ external, bundled, ...row }) {
  const figures = (build) => build && { minified: build.minified, gzip: build.gzip };
  return { ...row, external: figures(external), bundled: figures(bundled) };
}

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
const file = `${resultsDir}core-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), machine, updates: UPDATES, warmup: WARMUP, samples: SAMPLES, results, goals, sizes: sizes.map(withoutModules) }, null, 2)}\n`,
);
console.log(`\nwritten to ${file}`);

// The dashboard: cold start in headless Chromium and initial JS (bench/app-cold-start.mjs), in its own process.
if (!only || only === 'app') {
  const app = spawnSync(process.execPath, [fileURLToPath(new URL('./app-cold-start.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
  if (app.status !== 0) throw new Error('the app cold-start bench failed');
}
