import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bloc, restartable } from '../../src/core/index.js';
import { reportedErrors } from '../support/reported-errors.js';

const signal = () => {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { fired, fire };
};

const slowStarted = signal();
const slowAborted = signal();
const serverLog: string[] = [];

const server = setupServer(
  http.get('https://api.example.test/search', async ({ request }) => {
    const query = new URL(request.url).searchParams.get('q') ?? '';
    serverLog.push(`start ${query}`);
    if (query === 'slow') {
      slowStarted.fire();
      // Never answers on its own: only the client's abort ends this request.
      await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve(), { once: true }));
      serverLog.push(`aborted ${query}`);
      slowAborted.fire();
      return HttpResponse.json({ results: ['late result'] });
    }
    return HttpResponse.json({ results: [`results for ${query}`] });
  }),
);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

type SearchEvent = { type: 'search/queryChanged'; query: string };

it('aborts the running fetch of a restartable handler at the server, and its late result never lands', async () => {
  const bloc = new Bloc<SearchEvent, string[]>([]);
  const handlerSignals: AbortSignal[] = [];
  bloc.on(
    'search/queryChanged',
    async (event, emit) => {
      handlerSignals.push(emit.signal);
      const response = await fetch(`https://api.example.test/search?q=${event.query}`, { signal: emit.signal });
      const body = (await response.json()) as { results: string[] };
      emit(body.results);
    },
    restartable(),
  );
  const errors = reportedErrors(bloc);
  const states: string[][] = [];
  bloc.subscribe((state) => states.push(state));

  const slow = bloc.add({ type: 'search/queryChanged', query: 'slow' });
  await slowStarted.fired;
  const fast = bloc.add({ type: 'search/queryChanged', query: 'fast' });
  expect(handlerSignals[0]?.aborted).toBe(true);
  await slowAborted.fired;
  await fast;
  await slow;

  // The abort reaches the server before the next request starts: cancellation happens inside add().
  expect(serverLog).toEqual(['start slow', 'aborted slow', 'start fast']);
  expect(states).toEqual([['results for fast']]);
  expect(errors).toEqual([]);
  await bloc.close();
  expect(bloc.state).toEqual(['results for fast']);
});
