// `npm run bench`: builds the core in production mode, runs every case in its own Node process,
// prints medians, spread and ratios, and writes the result to bench/results/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCore } from './build.mjs';
import { cases } from './cases.mjs';

const UPDATES = Number(process.env.BENCH_UPDATES ?? 1e6);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9);
const only = process.env.BENCH_ONLY;

const { corePath, sizes } = await buildCore();
const worker = fileURLToPath(new URL('./worker.mjs', import.meta.url));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = [];
for (const name of Object.keys(cases)) {
  if (only && !name.includes(only)) continue;
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', worker, name, corePath, String(UPDATES), String(WARMUP), String(SAMPLES)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) {
    console.error(child.stderr);
    throw new Error(`case "${name}" failed`);
  }
  const { samples } = JSON.parse(child.stdout.trim().split('\n').at(-1));
  const m = median(samples);
  results.push({
    name,
    medianMs: m,
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    nsPerUpdate: (m * 1e6) / UPDATES,
    samples,
  });
  process.stderr.write('.');
}
process.stderr.write('\n');

const byName = Object.fromEntries(results.map((result) => [result.name, result]));
const ratio = (a, b) => (byName[a] && byName[b] ? byName[a].medianMs / byName[b].medianMs : undefined);
const BS = 'rxjs BehaviorSubject.next';
const PIPE = 'rxjs Subject → mergeMap(of) → BehaviorSubject';
const fmt = (value, digits = 2) => (value === undefined ? '–' : value.toFixed(digits));

console.log(
  `\n${UPDATES.toExponential(0)} counter updates, one subscriber; ${WARMUP} warm-up + ${SAMPLES} samples per case, each case in its own process`,
);
console.log(`${os.cpus()[0]?.model} × ${os.cpus().length}, Node ${process.version}, ${os.platform()} ${os.arch()}\n`);
console.log('| case | median ms | min–max ms | ns/update | × BehaviorSubject | × mergeMap pipeline |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const result of results) {
  console.log(
    `| ${result.name} | ${fmt(result.medianMs, 1)} | ${fmt(result.minMs, 1)}–${fmt(result.maxMs, 1)} | ${fmt(result.nsPerUpdate, 1)} | ${fmt(ratio(result.name, BS))} | ${fmt(ratio(result.name, PIPE))} |`,
  );
}

const goals = [
  { goal: 'Cubit.emit ≤ 1.3 × BehaviorSubject.next', value: ratio('Cubit.emit (subscribe)', BS), limit: 1.3 },
  {
    goal: 'Bloc.add (default, sequential) ≤ 2 × mergeMap pipeline',
    value: ratio('Bloc.add → handler → emit (sequential)', PIPE),
    limit: 2,
  },
  { goal: 'core ≤ 2 kB min+gzip without rxjs', value: sizes.find((s) => s.name === 'core')?.gzip / 1000, limit: 2 },
];
console.log('\n| goal | measured | met |');
console.log('|---|---:|---|');
for (const { goal, value, limit } of goals)
  console.log(`| ${goal} | ${fmt(value)} | ${value <= limit ? 'yes' : 'no'} |`);

console.log('\n| build (vite library mode, minified) | min bytes | min+gzip bytes |');
console.log('|---|---:|---:|');
for (const size of sizes) console.log(`| ${size.name} | ${size.minified} | ${size.gzip} |`);

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
const file = `${resultsDir}core-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
      },
      updates: UPDATES,
      warmup: WARMUP,
      samples: SAMPLES,
      results,
      goals,
      sizes,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to ${file}`);
