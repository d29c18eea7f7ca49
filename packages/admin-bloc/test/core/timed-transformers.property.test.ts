import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Bloc, debounced, type EventTransformer, throttled } from '../../src/core/index.js';

type Tick = { type: 'tick'; id: number };

const WINDOW = 50;
// At exactly the window the operator's timer is due before the next event is added (fake timers run
// due timers first), so the window counts as passed: the models use >=.
const gaps = fc.array(fc.integer({ min: 0, max: 3 * WINDOW }), { minLength: 1, maxLength: 20 });

/** Adds one event after each gap (fake time), then lets every timer run out; returns the ids handled. */
async function handled(transformer: EventTransformer<Tick>, eventGaps: number[]) {
  const bloc = new Bloc<Tick, number>(-1);
  const seen: number[] = [];
  bloc.on(
    'tick',
    (event, emit) => {
      seen.push(event.id);
      emit(event.id);
    },
    transformer,
  );
  const adds: Promise<void>[] = [];
  for (const [id, gap] of eventGaps.entries()) {
    await vi.advanceTimersByTimeAsync(gap);
    adds.push(bloc.add({ type: 'tick', id }));
  }
  await vi.advanceTimersByTimeAsync(10 * WINDOW);
  await bloc.close();
  await Promise.all(adds);
  return seen;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timed transformers against their models', () => {
  it('debounced handles exactly the events followed by a pause of the window (or by nothing)', async () => {
    await fc.assert(
      fc.asyncProperty(gaps, async (eventGaps) => {
        const model = eventGaps.flatMap((_gap, id) => {
          const next = eventGaps[id + 1];
          return next === undefined || next >= WINDOW ? [id] : [];
        });
        expect(await handled(debounced(WINDOW), eventGaps)).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('throttled handles an event when the window since the last handled one has passed', async () => {
    await fc.assert(
      fc.asyncProperty(gaps, async (eventGaps) => {
        const model: number[] = [];
        let time = 0;
        let lastHandled = Number.NEGATIVE_INFINITY;
        for (const [id, gap] of eventGaps.entries()) {
          time += gap;
          if (time - lastHandled >= WINDOW) {
            model.push(id);
            lastHandled = time;
          }
        }
        expect(await handled(throttled(WINDOW), eventGaps)).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });
});
