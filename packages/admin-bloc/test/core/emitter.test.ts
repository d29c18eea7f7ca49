import { Observable, of, Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Bloc, type Emitter, emitUpdate, restartable } from '../../src/core/index.js';
import { reportedErrors } from '../support/reported-errors.js';

const flush = () => new Promise<void>((done) => setImmediate(done));

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => {
    resolve = res;
  });
  return { promise, resolve };
};

/** An observable that counts its open subscriptions. */
const counted = <T>(source: Observable<T>) => {
  const counter = { open: 0 };
  const observable = new Observable<T>((subscriber) => {
    counter.open++;
    const subscription = source.subscribe(subscriber);
    return () => {
      counter.open--;
      subscription.unsubscribe();
    };
  });
  return { observable, counter };
};

type Todo = { items: { title: string; done: boolean }[]; status: string };
type E = { type: 'go' };

describe('Emitter', () => {
  it('emitUpdate emits immer produce over the current state, and an untouched draft emits nothing', async () => {
    const initial: Todo = { items: [{ title: 'a', done: false }], status: 'idle' };
    const bloc = new Bloc<{ type: 'toggle' } | { type: 'noop' }, Todo>(initial);
    bloc.on('toggle', (_event, emit) =>
      emitUpdate(emit, (draft) => {
        for (const item of draft.items) item.done = true;
      }),
    );
    bloc.on('noop', (_event, emit) => emitUpdate(emit, () => {}));
    const seen: Todo[] = [];
    bloc.subscribe((state) => seen.push(state));
    await bloc.add({ type: 'noop' });
    expect(seen).toEqual([]);
    await bloc.add({ type: 'toggle' });
    expect(bloc.state.items[0]?.done).toBe(true);
    expect(initial.items[0]?.done).toBe(false);
    expect(Object.isFrozen(bloc.state)).toBe(true);
  });

  it('emitUpdate accepts a recipe that returns a new state', async () => {
    const bloc = new Bloc<E, number>(1);
    bloc.on('go', (_event, emit) => emitUpdate(emit, (draft) => draft + 1));
    await bloc.add({ type: 'go' });
    expect(bloc.state).toBe(2);
  });

  it('forEach emits onData for every value and resolves when the source completes', async () => {
    const source = new Subject<number>();
    const bloc = new Bloc<E, string>('');
    bloc.on('go', (_event, emit) => emit.forEach(source, { onData: (n) => `n${n}` }));
    const added = bloc.add({ type: 'go' });
    source.next(1);
    source.next(2);
    expect(bloc.state).toBe('n2');
    source.complete();
    await added;
  });

  it("forEach emits onError's state for an error, and fails the handler without onError", async () => {
    const bloc = new Bloc<{ type: 'handled' } | { type: 'unhandled' }, string>('');
    const handled = new Subject<number>();
    const unhandled = new Subject<number>();
    bloc.on('handled', (_event, emit) =>
      emit.forEach(handled, { onData: String, onError: (error) => `error: ${(error as Error).message}` }),
    );
    bloc.on('unhandled', (_event, emit) => emit.forEach(unhandled, { onData: String }));
    const a = bloc.add({ type: 'handled' });
    handled.error(new Error('down'));
    await a;
    expect(bloc.state).toBe('error: down');
    const b = bloc.add({ type: 'unhandled' });
    unhandled.error(new Error('lost'));
    await expect(b).rejects.toThrow('lost');
  });

  it('onEach calls onData and onError, which emit for themselves', async () => {
    const source = new Subject<number>();
    const bloc = new Bloc<E, number>(0);
    const seen: unknown[] = [];
    bloc.on('go', (_event, emit) =>
      emit.onEach(
        source,
        (n) => {
          seen.push(n);
          if (n % 2 === 0) emit(n);
        },
        (error) => seen.push(error),
      ),
    );
    const added = bloc.add({ type: 'go' });
    source.next(1);
    source.next(2);
    source.error('boom');
    await added;
    expect(seen).toEqual([1, 2, 'boom']);
    expect(bloc.state).toBe(2);
  });

  it('forEach over a source that emits and completes as it is subscribed emits each value and resolves', async () => {
    const bloc = new Bloc<E, number[]>([]);
    bloc.on('go', (_event, emit) => emit.forEach(of(1, 2, 3), { onData: (n) => [...bloc.state, n] }));
    await bloc.add({ type: 'go' });
    expect(bloc.state).toEqual([1, 2, 3]);
  });

  it('fails the handler with what onData or onError throws, and unsubscribes the source', async () => {
    const bloc = new Bloc<{ type: 'badData' } | { type: 'badError' }, number>(0);
    const values = new Subject<number>();
    const data = counted(values);
    bloc.on('badData', (_event, emit) =>
      emit.onEach(data.observable, (n) => {
        if (n === 2) throw new Error('bad data');
        emit(n);
      }),
    );
    const a = bloc.add({ type: 'badData' });
    values.next(1);
    values.next(2);
    await expect(a).rejects.toThrow('bad data');
    expect(bloc.state).toBe(1);
    expect(data.counter.open).toBe(0);

    const failures = new Subject<number>();
    const failing = counted(failures);
    bloc.on('badError', (_event, emit) =>
      emit.forEach(failing.observable, {
        onData: (n) => n,
        onError: () => {
          throw new Error('bad onError');
        },
      }),
    );
    const b = bloc.add({ type: 'badError' });
    failures.error(new Error('down'));
    await expect(b).rejects.toThrow('bad onError');
    expect(failing.counter.open).toBe(0);
  });

  it('unsubscribes the forEach of a restartable run that a newer event cancels, and resolves it', async () => {
    const first = counted(new Subject<number>());
    const bloc = new Bloc<{ type: 'go'; source: Observable<number> }, number>(0);
    const settled: string[] = [];
    bloc.on(
      'go',
      async (event, emit) => {
        await emit.forEach(event.source, { onData: (n) => n });
        settled.push('forEach resolved');
      },
      restartable(),
    );
    const a = bloc.add({ type: 'go', source: first.observable });
    expect(first.counter.open).toBe(1);
    void bloc.add({ type: 'go', source: new Subject<number>() });
    expect(first.counter.open).toBe(0);
    await a;
    expect(settled).toEqual(['forEach resolved']);
  });

  it('closes a forEach subscription the handler did not await when the handler finishes', async () => {
    const { observable, counter } = counted(new Subject<number>());
    const bloc = new Bloc<E, number>(0);
    bloc.on('go', (_event, emit) => {
      void emit.forEach(observable, { onData: (n) => n });
    });
    await bloc.add({ type: 'go' });
    expect(counter.open).toBe(0);
  });

  it('unsubscribes forEach and resolves it when the bloc closes', async () => {
    const { observable, counter } = counted(new Subject<number>());
    const bloc = new Bloc<E, number>(0);
    let forEachSettled = false;
    bloc.on('go', async (_event, emit) => {
      await emit.forEach(observable, { onData: (n) => n });
      forEachSettled = true;
    });
    const added = bloc.add({ type: 'go' });
    expect(counter.open).toBe(1);
    await bloc.close();
    await added;
    expect(counter.open).toBe(0);
    expect(forEachSettled).toBe(true);
  });

  it('reports isDone and aborts its signal when a restartable handler is cancelled', async () => {
    const bloc = new Bloc<{ type: 'go'; gate: Promise<void> }, number>(0);
    const emitters: Emitter<number>[] = [];
    bloc.on(
      'go',
      async (event, emit) => {
        emitters.push(emit);
        await event.gate;
      },
      restartable(),
    );
    const first = deferred();
    const second = deferred();
    void bloc.add({ type: 'go', gate: first.promise });
    const firstSignal = emitters[0]?.signal;
    expect(firstSignal?.aborted).toBe(false);
    expect(emitters[0]?.isDone).toBe(false);
    void bloc.add({ type: 'go', gate: second.promise });
    expect(firstSignal?.aborted).toBe(true);
    expect(emitters[0]?.isDone).toBe(true);
    expect(emitters[1]?.signal.aborted).toBe(false);
    second.resolve();
    await flush();
    expect(emitters[1]?.isDone).toBe(true);
    expect(emitters[1]?.signal.aborted).toBe(false);
    first.resolve();
  });

  it('gives a cancelled handler an already aborted signal when it asks after cancellation', async () => {
    const bloc = new Bloc<{ type: 'go'; gate: Promise<void> }, number>(0);
    const signals: AbortSignal[] = [];
    bloc.on(
      'go',
      async (event, emit) => {
        await event.gate;
        signals.push(emit.signal);
      },
      restartable(),
    );
    const first = deferred();
    const a = bloc.add({ type: 'go', gate: first.promise });
    void bloc.add({ type: 'go', gate: new Promise(() => {}) });
    first.resolve();
    await a;
    expect(signals[0]?.aborted).toBe(true);
  });

  it('drops an emit from a cancelled handler silently', async () => {
    const bloc = new Bloc<{ type: 'go'; gate: Promise<void>; value: number }, number>(0);
    const errors = reportedErrors(bloc);
    bloc.on(
      'go',
      async (event, emit) => {
        await event.gate;
        emit(event.value);
      },
      restartable(),
    );
    const late = deferred();
    const a = bloc.add({ type: 'go', gate: late.promise, value: 1 });
    await bloc.add({ type: 'go', gate: Promise.resolve(), value: 2 });
    late.resolve();
    await a;
    expect(bloc.state).toBe(2);
    expect(errors).toEqual([]);
  });

  it('drops an emitUpdate from a cancelled handler silently, and updates from the newest state', async () => {
    const bloc = new Bloc<{ type: 'go'; gate: Promise<void>; value: number }, { values: number[] }>({ values: [] });
    const errors = reportedErrors(bloc);
    bloc.on(
      'go',
      async (event, emit) => {
        await event.gate;
        emitUpdate(emit, (draft) => {
          draft.values.push(event.value);
        });
      },
      restartable(),
    );
    const late = deferred();
    const a = bloc.add({ type: 'go', gate: late.promise, value: 1 });
    await bloc.add({ type: 'go', gate: Promise.resolve(), value: 2 });
    await bloc.add({ type: 'go', gate: Promise.resolve(), value: 3 });
    late.resolve();
    await a;
    expect(bloc.state.values).toEqual([2, 3]);
    expect(errors).toEqual([]);
  });

  it('drops an emit after the handler finished and reports it through onError', async () => {
    const bloc = new Bloc<E, number>(0, { name: 'leaky' });
    const errors = reportedErrors(bloc);
    let escaped: Emitter<number> | undefined;
    bloc.on('go', (_event, emit) => {
      escaped = emit;
    });
    await bloc.add({ type: 'go' });
    expect(escaped?.isDone).toBe(true);
    escaped?.(5);
    expect(bloc.state).toBe(0);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/leaky: emit after the handler for "go" finished; await its async calls/);
  });

  it('drops an emit after close without an error', async () => {
    const bloc = new Bloc<{ type: 'go'; gate: Promise<void> }, number>(0);
    const errors = reportedErrors(bloc);
    const gate = deferred();
    bloc.on('go', async (event, emit) => {
      await event.gate;
      emit(1);
    });
    const added = bloc.add({ type: 'go', gate: gate.promise });
    const closing = bloc.close();
    gate.resolve();
    await closing;
    await added;
    expect(bloc.state).toBe(0);
    expect(errors).toEqual([]);
  });
});
