import { filter, mergeMap } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Bloc,
  concurrent,
  debounced,
  droppable,
  type EventTransformer,
  restartable,
  sequential,
  throttled,
} from '../../src/core/index.js';
import { reportedErrors } from '../support/reported-errors.js';

type Job = { type: 'job'; id: string; ms: number };

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The same transformer without its native marker, so the bloc runs it through the RxJS pipeline. */
const viaRxjs =
  (transformer: EventTransformer<Job>): EventTransformer<Job> =>
  (events, mapper) =>
    transformer(events, mapper);

/** A bloc whose handler waits `ms` (fake time), then emits a log entry `id@time`. */
const jobs = (transformer: EventTransformer<Job>) => {
  const bloc = new Bloc<Job, string[]>([]);
  const started: string[] = [];
  bloc.on(
    'job',
    async (event, emit) => {
      started.push(`${event.id}@${Date.now()}`);
      await sleep(event.ms);
      emit([...bloc.state, `${event.id}@${Date.now()}`]);
    },
    transformer,
  );
  const settled: string[] = [];
  const add = (id: string, ms: number) => bloc.add({ type: 'job', id, ms }).then(() => settled.push(id));
  return { bloc, started, settled, add };
};

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each([
  ['native', (t: EventTransformer<Job>) => t],
  ['RxJS pipeline', viaRxjs],
] as const)('transformers (%s)', (path, wrap) => {
  it('sequential runs one at a time in order', async () => {
    const { bloc, add, settled } = jobs(wrap(sequential()));
    void add('a', 100);
    void add('b', 10);
    await vi.advanceTimersByTimeAsync(100);
    expect(bloc.state).toEqual(['a@100']);
    await vi.advanceTimersByTimeAsync(10);
    expect(bloc.state).toEqual(['a@100', 'b@110']);
    expect(settled).toEqual(['a', 'b']);
  });

  it('concurrent overlaps handlers', async () => {
    const { bloc, add } = jobs(wrap(concurrent()));
    void add('a', 100);
    void add('b', 10);
    await vi.advanceTimersByTimeAsync(100);
    expect(bloc.state).toEqual(['b@10', 'a@100']);
  });

  it('droppable ignores events while a handler runs and resolves them at once', async () => {
    const { bloc, add, settled, started } = jobs(wrap(droppable()));
    void add('a', 100);
    void add('b', 10);
    await vi.advanceTimersByTimeAsync(0);
    // A pipeline cannot tell a dropped event from a delayed one: it settles when a later event starts.
    expect(settled).toEqual(path === 'native' ? ['b'] : []);
    await vi.advanceTimersByTimeAsync(100);
    void add('c', 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(bloc.state).toEqual(['a@100', 'c@110']);
    expect(started).toEqual(['a@0', 'c@100']);
    expect(settled).toEqual(path === 'native' ? ['b', 'a', 'c'] : ['a', 'b', 'c']);
  });

  it('restartable cancels the running handler; its late result never lands', async () => {
    const { bloc, add, settled } = jobs(wrap(restartable()));
    void add('a', 100);
    await vi.advanceTimersByTimeAsync(50);
    void add('b', 10);
    await vi.advanceTimersByTimeAsync(100);
    expect(bloc.state).toEqual(['b@60']);
    expect(settled).toEqual(['b', 'a']);
  });
});

describe('debounced', () => {
  it('handles only the last event after a pause and resolves the skipped ones when it starts', async () => {
    const { bloc, add, settled, started } = jobs(debounced(50));
    void add('a', 10);
    await vi.advanceTimersByTimeAsync(20);
    void add('b', 10);
    await vi.advanceTimersByTimeAsync(20);
    void add('c', 10);
    await vi.advanceTimersByTimeAsync(49);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual(['c@90']);
    expect(settled).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(10);
    expect(bloc.state).toEqual(['c@100']);
    expect(settled).toEqual(['a', 'b', 'c']);
  });

  it('cancels a slow handler when a later debounced event starts (restartable inside by default)', async () => {
    const { bloc, add } = jobs(debounced(50));
    void add('slow', 500);
    await vi.advanceTimersByTimeAsync(100);
    void add('fast', 10);
    await vi.advanceTimersByTimeAsync(1000);
    expect(bloc.state).toEqual(['fast@160']);
  });

  it('queues debounced events with a sequential inner transformer', async () => {
    const { bloc, add } = jobs(debounced(50, sequential()));
    void add('slow', 500);
    await vi.advanceTimersByTimeAsync(100);
    void add('fast', 10);
    await vi.advanceTimersByTimeAsync(1000);
    expect(bloc.state).toEqual(['slow@550', 'fast@560']);
  });

  it('settles every add of one event object added again and again (a shared constant event)', async () => {
    const bloc = new Bloc<{ type: 'refresh' }, number>(0);
    bloc.on('refresh', (_event, emit) => emit(bloc.state + 1), debounced(50));
    const refresh = { type: 'refresh' } as const;
    let settled = 0;
    for (let i = 0; i < 3; i++) void bloc.add(refresh).then(() => settled++);
    await vi.advanceTimersByTimeAsync(50);
    expect(bloc.state).toBe(1);
    expect(settled).toBe(3);
  });

  it('resolves skipped events when the bloc closes', async () => {
    const { bloc, add, settled } = jobs(debounced(50));
    void add('a', 10);
    await bloc.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(100);
    expect(bloc.state).toEqual([]);
  });
});

describe('throttled', () => {
  it('handles the first event and ignores the others for the window', async () => {
    const { bloc, add, started } = jobs(throttled(50));
    void add('a', 10);
    await vi.advanceTimersByTimeAsync(20);
    void add('b', 10);
    await vi.advanceTimersByTimeAsync(40);
    void add('c', 10);
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toEqual(['a@0', 'c@60']);
    expect(bloc.state).toEqual(['a@10', 'c@70']);
  });
});

describe('custom transformers', () => {
  it('run through RxJS, and events the pipeline filters out resolve when a later one starts', async () => {
    const evenOnly: EventTransformer<Job> = (events, mapper) =>
      events.pipe(
        filter((event) => Number(event.id) % 2 === 0),
        mergeMap(mapper),
      );
    const { bloc, add, settled } = jobs(evenOnly);
    void add('1', 10);
    void add('2', 10);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toEqual(['1']);
    await vi.advanceTimersByTimeAsync(10);
    expect(bloc.state).toEqual(['2@10']);
  });

  it('report a failing pipeline through errors$', async () => {
    const broken: EventTransformer<Job> = (events) =>
      events.pipe(
        mergeMap(() => {
          throw new Error('pipeline broke');
        }),
      );
    const bloc = new Bloc<Job, number>(0);
    const errors = reportedErrors(bloc);
    bloc.on('job', () => {}, broken);
    void bloc.add({ type: 'job', id: 'x', ms: 0 });
    expect(errors.map(String)).toEqual(['Error: pipeline broke']);
  });
});
