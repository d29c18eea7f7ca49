import type fc from 'fast-check';

/**
 * fast-check parameters for the random-run suites, with replay from the environment: a failing run prints
 * `seed` and `path`; `CHAOS_SEED=<seed> CHAOS_PATH=<path>` replays exactly that run (pick the property with
 * vitest's `-t`), and `CHAOS_RUNS=<n>` overrides the number of runs (e.g. a long local soak).
 *
 * @example
 * await fc.assert(property, chaosParameters(40));
 * // CHAOS_SEED=-121493193 CHAOS_PATH=34:1:3:4:3:3 npx vitest run --project node user-list-race -t 'never show'
 */
export function chaosParameters<T>(numRuns: number, env: Record<string, string | undefined> = process.env) {
  const runs = Number(env.CHAOS_RUNS);
  const seed = Number(env.CHAOS_SEED);
  const parameters: fc.Parameters<T> = {
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : numRuns,
    ...(env.CHAOS_SEED && Number.isInteger(seed) ? { seed } : {}),
    ...(env.CHAOS_PATH ? { path: env.CHAOS_PATH } : {}),
  };
  return parameters;
}

/**
 * A test's time limit that grows with `CHAOS_RUNS`: the default limit fits the default runs, a soak of
 * thousands of runs gets room in proportion.
 *
 * @example
 * it('holds under random interleavings', async () => { ... }, chaosTimeout(60_000, 40));
 */
export function chaosTimeout(ms: number, numRuns: number, env: Record<string, string | undefined> = process.env) {
  const runs = Number(env.CHAOS_RUNS);
  return Number.isInteger(runs) && runs > numRuns ? Math.ceil((ms * runs) / numRuns) : ms;
}
