// Runs one benchmark case in its own process: warm-up, then timed samples, each on a fresh store.
// Prints one JSON line: the sample durations in milliseconds.
import { performance } from 'node:perf_hooks';
import { cases } from './cases.mjs';

const [id, corePath, updatesArg, warmupArg, samplesArg] = process.argv.slice(2);
const updates = Number(updatesArg);
const bench = cases[id];
if (!bench) throw new Error(`unknown case ${id}`);
const lib = {
  core: await import(corePath),
  rxjs: await import('rxjs'),
  zustand: await import('zustand/vanilla'),
  redux: await import('redux'),
  blocState: await import('@bloc-state/bloc'),
  jacobtipp: await import('@jacobtipp/bloc'),
  felangel: await import('@felangel/bloc'),
};

async function sample() {
  const run = bench.setup(lib);
  globalThis.gc?.();
  const start = performance.now();
  const result = await run(updates);
  const ms = performance.now() - start;
  const expected = bench.expect(updates);
  if (result !== expected) throw new Error(`${id}: counted ${result}, expected ${expected}`);
  return ms;
}

for (let i = 0; i < Number(warmupArg); i++) await sample();
const samples = [];
for (let i = 0; i < Number(samplesArg); i++) samples.push(await sample());
process.stdout.write(`${JSON.stringify({ id, samples })}\n`);
