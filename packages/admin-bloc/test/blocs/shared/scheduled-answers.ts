import fc from 'fast-check';
import { http } from 'msw';
import { settled, type setupBlocBackend } from './test-support.js';

// The answers of a property's run, in the order fast-check's scheduler picks: for the random-interleaving
// properties of the list blocs.

/**
 * The opening every random-interleaving property of the list blocs shares: `numRuns` runs, each with its own
 * fast-check scheduler (which decides when each answer arrives) and a random list of between `minLength` and
 * `maxLength` user steps drawn from `step`. The same arbitraries as a hand-written
 * `fc.assert(fc.asyncProperty(fc.scheduler(), fc.array(step, …), run))`, so a recorded seed replays the same run.
 *
 * @example
 * await checkInterleavings(fc.constantFrom('a', 'an'), { minLength: 1, maxLength: 6, numRuns: 30 }, async (s, steps) => {});
 */
export async function checkInterleavings<Step>(
  step: fc.Arbitrary<Step>,
  { minLength, maxLength, numRuns }: { minLength: number; maxLength: number; numRuns: number },
  run: (scheduler: fc.Scheduler, steps: Step[]) => Promise<void>,
) {
  await fc.assert(fc.asyncProperty(fc.scheduler(), fc.array(step, { minLength, maxLength }), run), { numRuns });
}

/**
 * Makes every GET answer of `url` wait its turn in fast-check's scheduler, so a property decides the order
 * answers arrive in (in place of the handlers a previous run left). `arrived` hears each request as it comes,
 * and what it returns hears when that request's turn has come; the answer is the mock's unless `answer` gives one.
 *
 * @example
 * scheduleAnswers(backend, s, `${BASE_URL}/api/v1/contacts*`, 'contacts answer');
 */
export function scheduleAnswers(
  backend: ReturnType<typeof setupBlocBackend>,
  scheduler: fc.Scheduler,
  url: string,
  label: string,
  hooks: {
    arrived?(request: Request): (() => void) | undefined;
    answer?(request: Request): Response | undefined;
  } = {},
) {
  backend.server.resetHandlers();
  backend.server.use(
    http.get(url, async ({ request }) => {
      const turnCame = hooks.arrived?.(request);
      await scheduler.schedule(Promise.resolve(), label);
      turnCame?.();
      return hooks.answer?.(request);
    }),
  );
}

/** Lets the next scheduled answer arrive, when one is waiting (a property's step between two user actions). */
export async function nextAnswer(scheduler: fc.Scheduler) {
  if (scheduler.count() > 0) await scheduler.waitNext(1);
}

/** Ends a scheduled run: the answers still waiting arrive in the scheduler's order until `bloc` has settled. */
export async function settleScheduled(
  backend: ReturnType<typeof setupBlocBackend>,
  scheduler: fc.Scheduler,
  bloc: Parameters<typeof settled>[0],
) {
  await scheduler.waitFor(settled(bloc));
  backend.server.resetHandlers();
}

/**
 * What the server itself shows for a search list's query (contacts, peer mentors): its search when the query
 * has text, else its plain list; a property compares the rows on screen with it.
 */
export async function serverRows<Paging, Rows>(
  source: {
    list(paging: Paging): Promise<{ data: Rows }>;
    search(query: Paging & { query: string }): Promise<{ data: Rows }>;
  },
  paging: Paging,
  search: string,
): Promise<Rows> {
  const text = search.trim();
  return (text ? await source.search({ ...paging, query: text }) : await source.list(paging)).data;
}
