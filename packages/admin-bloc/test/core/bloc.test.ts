import { afterEach, describe, expect, it, vi } from 'vitest';
import { Bloc, type Change, concurrent, sequential, Transition } from '../../src/core/index.js';
import { type BlocObserver, setGlobalObservers } from '../../src/core/observer.js';
import { reportedErrors } from '../support/reported-errors.js';

type CounterEvent =
  | { type: 'counter/incremented'; by: number }
  | { type: 'counter/reset' }
  | { type: 'counter/failed'; message: string }
  | { type: 'counter/slow'; release: Promise<void> };

const flush = () => new Promise<void>((done) => setImmediate(done));

class CounterBloc extends Bloc<CounterEvent, number> {
  constructor() {
    super(0);
    this.on('counter/incremented', (event, emit) => emit(this.state + event.by));
    this.on('counter/reset', (_event, emit) => emit(0));
    this.on('counter/failed', (event) => {
      throw new Error(event.message);
    });
    this.on('counter/slow', async (event, emit) => {
      await event.release;
      emit(this.state + 100);
    });
  }
}

const deferred = () => {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

afterEach(() => setGlobalObservers([]));

describe('Bloc.on', () => {
  it('routes by type, by a list of types and by a predicate', async () => {
    type E = { type: 'a' } | { type: 'b' } | { type: 'c'; n: number };
    const bloc = new Bloc<E, string>('');
    bloc.on(['a', 'b'], (event, emit) => emit(`${bloc.state}${event.type}`));
    bloc.on(
      (event): event is Extract<E, { type: 'c' }> => event.type === 'c',
      (event, emit) => emit(`${bloc.state}c${event.n}`),
    );
    await bloc.add({ type: 'a' });
    await bloc.add({ type: 'b' });
    await bloc.add({ type: 'c', n: 3 });
    expect(bloc.state).toBe('abc3');
  });

  it('throws when a type or predicate already has a handler', () => {
    const bloc = new CounterBloc();
    expect(() => bloc.on('counter/reset', () => {})).toThrow('CounterBloc already has a handler for "counter/reset"');
    const other = new Bloc<CounterEvent, number>(0);
    other.on(['counter/reset'], () => {});
    expect(() => other.on(['counter/slow', 'counter/reset'], () => {})).toThrow(/"counter\/reset"/);
    const predicate = (event: CounterEvent) => event.type === 'counter/slow';
    other.on(predicate, () => {});
    expect(() => other.on(predicate, () => {})).toThrow(/predicate/);
  });

  // Changed with add's refusals: it used to throw synchronously, which a `.catch()` on its promise never saw.
  it('rejects add for an event no handler takes, naming its type, and never throws', async () => {
    const bloc = new Bloc<CounterEvent, number>(0, { name: 'counter' });
    let added: Promise<void> | undefined;
    expect(() => {
      added = bloc.add({ type: 'counter/reset' });
    }).not.toThrow();
    await expect(added).rejects.toThrow('counter: no handler for "counter/reset"');
  });

  it('runs every handler whose predicate matches and settles add when all are done', async () => {
    type E = { type: 'x' };
    const bloc = new Bloc<E, number>(0);
    const log: string[] = [];
    bloc.on('x', () => {
      log.push('type');
    });
    bloc.on(
      () => true,
      async () => {
        await Promise.resolve();
        log.push('predicate');
      },
    );
    await bloc.add({ type: 'x' });
    expect(log).toEqual(['type', 'predicate']);
  });
});

describe('Bloc.add', () => {
  it('resolves when the handler has finished', async () => {
    const bloc = new CounterBloc();
    const gate = deferred();
    let settled = false;
    const added = bloc.add({ type: 'counter/slow', release: gate.promise }).then(() => (settled = true));
    await flush();
    expect(settled).toBe(false);
    gate.resolve();
    await added;
    expect(bloc.state).toBe(100);
  });

  it("rejects with the handler's error, sync or async, and reports it through onError and errors$", async () => {
    const reported: unknown[] = [];
    class Reporting extends CounterBloc {
      protected override onError(error: unknown) {
        reported.push(error);
      }
    }
    const bloc = new Reporting();
    const errors = reportedErrors(bloc);
    await expect(bloc.add({ type: 'counter/failed', message: 'sync' })).rejects.toThrow('sync');
    const gate = deferred();
    const failing = bloc.add({ type: 'counter/slow', release: gate.promise });
    gate.reject(new Error('async'));
    await expect(failing).rejects.toThrow('async');
    expect(reported.map((error) => (error as Error).message)).toEqual(['sync', 'async']);
    expect(errors).toEqual(reported);
  });

  it('never turns an ignored failing add into an unhandled rejection', async () => {
    // The listener is process-wide: a rejection left by any other test in this worker would land here too,
    // so only the errors this test provokes count.
    const provoked = new Set(['ignored sync', 'ignored async', 'ignored, from one of two handlers']);
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => {
      if (reason instanceof Error && provoked.has(reason.message)) unhandled.push(reason);
    };
    process.on('unhandledRejection', listener);
    try {
      const bloc = new CounterBloc();
      bloc.add({ type: 'counter/failed', message: 'ignored sync' });
      const gate = deferred();
      bloc.add({ type: 'counter/slow', release: gate.promise });
      bloc.add({ type: 'counter/slow', release: gate.promise }); // queued behind the first (sequential)
      gate.reject(new Error('ignored async'));
      const twoHandlers = new Bloc<{ type: 'x' }, number>(0);
      twoHandlers.on('x', () => {
        throw new Error('ignored, from one of two handlers');
      });
      twoHandlers.on(
        () => true,
        () => {},
      );
      twoHandlers.add({ type: 'x' });
      await flush();
      await flush();
    } finally {
      process.off('unhandledRejection', listener);
    }
    expect(unhandled).toEqual([]);
  });

  // Changed with add's refusals: it used to throw synchronously, which a `.catch()` on its promise never saw.
  it('rejects after close, naming the bloc and the event, and a .catch() sees it', async () => {
    const bloc = new CounterBloc();
    void bloc.close();
    const seen: unknown[] = [];
    await bloc.add({ type: 'counter/reset' }).catch((error: unknown) => seen.push(error));
    expect(seen).toEqual([new Error('CounterBloc: add("counter/reset") after close()')]);
  });

  it('refuses the same way before and after close: both are rejections of the promise add returns', async () => {
    const bloc = new Bloc<CounterEvent, number>(0, { name: 'counter' });
    bloc.on('counter/incremented', (event, emit) => emit(bloc.state + event.by));
    const refusals = async (add: () => Promise<void>) => {
      try {
        await add();
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(await refusals(() => bloc.add({ type: 'counter/reset' }))).toBe('counter: no handler for "counter/reset"');
    await bloc.close();
    expect(await refusals(() => bloc.add({ type: 'counter/incremented', by: 1 }))).toBe(
      'counter: add("counter/incremented") after close()',
    );
  });
});

describe('Bloc hooks', () => {
  it('calls onEvent, onTransition, onChange and onDone in order, with Transition and Change values', async () => {
    const log: string[] = [];
    class Hooked extends CounterBloc {
      protected override onEvent(event: CounterEvent) {
        log.push(`event ${event.type}`);
      }
      protected override onTransition(transition: Transition<CounterEvent, number>) {
        log.push(`transition ${transition.currentState}->${transition.nextState} by ${transition.event.type}`);
      }
      protected override onChange(change: Change<number>) {
        log.push(`change ${change.currentState}->${change.nextState}`);
      }
      protected override onDone(event: CounterEvent, error?: unknown) {
        log.push(`done ${event.type}${error ? ` with ${(error as Error).message}` : ''}`);
      }
      protected override onError(error: unknown) {
        log.push(`error ${(error as Error).message}`);
      }
    }
    const bloc = new Hooked();
    await bloc.add({ type: 'counter/incremented', by: 2 });
    await bloc.add({ type: 'counter/failed', message: 'nope' }).catch(() => {});
    expect(log).toEqual([
      'event counter/incremented',
      'transition 0->2 by counter/incremented',
      'change 0->2',
      'done counter/incremented',
      'event counter/failed',
      'error nope',
      'done counter/failed with nope',
    ]);
  });

  it('notifies observers of event, transition, change, error, done and close', async () => {
    const log: string[] = [];
    const observer: BlocObserver = {
      onEvent: (_bloc, event) => log.push(`event ${(event as CounterEvent).type}`),
      onTransition: (_bloc, transition) => {
        expect(transition).toBeInstanceOf(Transition);
        log.push(`transition ${String(transition.nextState)}`);
      },
      onChange: (_bloc, change) => log.push(`change ${String(change.nextState)}`),
      onError: (_bloc, error) => log.push(`error ${(error as Error).message}`),
      onDone: (_bloc, event, error) => log.push(`done ${(event as CounterEvent).type} ${error ? 'failed' : 'ok'}`),
      onClose: (bloc) => log.push(`close ${bloc.name}`),
    };
    setGlobalObservers([observer]);
    const bloc = new CounterBloc();
    await bloc.add({ type: 'counter/incremented', by: 1 });
    await bloc.add({ type: 'counter/failed', message: 'm' }).catch(() => {});
    await bloc.close();
    expect(log).toEqual([
      'event counter/incremented',
      'transition 1',
      'change 1',
      'done counter/incremented ok',
      'event counter/failed',
      'error m',
      'done counter/failed failed',
      'close CounterBloc',
    ]);
  });

  it('does not report a transition for an emit equal to the current state', async () => {
    const transitions: unknown[] = [];
    const bloc = new Bloc<{ type: 'same' }, number>(1, {
      observers: [{ onTransition: (_bloc, transition) => transitions.push(transition) }],
    });
    bloc.on('same', (_event, emit) => emit(1));
    await bloc.add({ type: 'same' });
    expect(transitions).toEqual([]);
  });
});

describe('Bloc transformers', () => {
  it('runs handlers sequentially by default', async () => {
    const bloc = new CounterBloc();
    const first = deferred();
    const second = deferred();
    const a = bloc.add({ type: 'counter/slow', release: first.promise });
    const b = bloc.add({ type: 'counter/slow', release: second.promise });
    second.resolve();
    await flush();
    expect(bloc.state).toBe(0);
    first.resolve();
    await a;
    await b;
    expect(bloc.state).toBe(200);
  });

  it('takes a bloc-wide default transformer, which a handler can override', async () => {
    type E = { type: 'x'; gate: Promise<void>; tag: string } | { type: 'y'; gate: Promise<void>; tag: string };
    const bloc = new Bloc<E, string[]>([], { transformer: concurrent() });
    const handler = async (event: E, emit: (state: string[]) => void) => {
      await event.gate;
      emit([...bloc.state, event.tag]);
    };
    bloc.on('x', handler);
    bloc.on('y', handler, sequential());
    const x1 = deferred();
    const x2 = deferred();
    const y1 = deferred();
    const y2 = deferred();
    const all = [
      bloc.add({ type: 'x', gate: x1.promise, tag: 'x1' }),
      bloc.add({ type: 'x', gate: x2.promise, tag: 'x2' }),
      bloc.add({ type: 'y', gate: y1.promise, tag: 'y1' }),
      bloc.add({ type: 'y', gate: y2.promise, tag: 'y2' }),
    ];
    x2.resolve();
    y2.resolve();
    await flush();
    expect(bloc.state).toEqual(['x2']);
    x1.resolve();
    y1.resolve();
    await Promise.all(all);
    expect(bloc.state).toEqual(['x2', 'x1', 'y1', 'y2']);
  });
});

describe('Bloc.close', () => {
  it('cancels running handlers, waits for them, drops queued events and completes every stream', async () => {
    const bloc = new CounterBloc();
    const gate = deferred();
    const log: string[] = [];
    bloc.state$.subscribe({ complete: () => log.push('state$ complete') });
    bloc.changes$.subscribe({ complete: () => log.push('changes$ complete') });
    bloc.errors$.subscribe({ complete: () => log.push('errors$ complete') });
    const running = bloc.add({ type: 'counter/slow', release: gate.promise });
    const queued = bloc.add({ type: 'counter/slow', release: Promise.resolve() });
    const closing = bloc.close().then(() => log.push('closed'));
    expect(bloc.isClosed).toBe(true);
    await flush();
    expect(log).toEqual([]);
    gate.resolve();
    await closing;
    await running;
    await queued;
    expect(log).toEqual(['state$ complete', 'changes$ complete', 'errors$ complete', 'closed']);
    expect(bloc.state).toBe(0);
  });

  it('cancels a handler that calls close from its synchronous part', async () => {
    type E = { type: 'shutdown' };
    const bloc = new Bloc<E, number>(0);
    const gate = deferred();
    bloc.on('shutdown', async (_event, emit) => {
      void bloc.close();
      emit(1);
      await gate.promise;
      emit(2);
    });
    const done = bloc.add({ type: 'shutdown' });
    gate.resolve();
    await done;
    expect(bloc.state).toBe(0);
  });
});

describe('the development warning for a failure nothing hears', () => {
  const warnings = () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    return warn;
  };
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('warns once, naming the bloc and the event, when nobody awaits add and nobody listens to errors', async () => {
    vi.useFakeTimers();
    const warn = warnings();
    const bloc = new CounterBloc();
    void bloc.add({ type: 'counter/failed', message: 'lost' });
    await vi.runAllTimersAsync();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^CounterBloc: the handler for "counter\/failed" failed and nothing heard it/,
    );
    expect(warn.mock.calls[0]?.[1]).toEqual(new Error('lost'));
  });

  it('warns for an asynchronous failure and for one queued behind it (sequential)', async () => {
    vi.useFakeTimers();
    const warn = warnings();
    const bloc = new CounterBloc();
    const first = deferred();
    const second = deferred();
    void bloc.add({ type: 'counter/slow', release: first.promise });
    void bloc.add({ type: 'counter/slow', release: second.promise });
    first.reject(new Error('first'));
    second.reject(new Error('queued'));
    await vi.runAllTimersAsync();
    expect(warn.mock.calls.map((call) => (call[1] as Error).message)).toEqual(['first', 'queued']);
  });

  it('stays silent when the promise is awaited, caught or chained, or errors are listened to', async () => {
    vi.useFakeTimers();
    const warn = warnings();
    const awaited = new CounterBloc();
    await expect(awaited.add({ type: 'counter/failed', message: 'awaited' })).rejects.toThrow('awaited');
    const caughtLater = new CounterBloc();
    caughtLater.add({ type: 'counter/failed', message: 'caught' }).catch(() => {});
    const inAll = new CounterBloc();
    Promise.all([inAll.add({ type: 'counter/failed', message: 'in all' })]).catch(() => {});
    const listened = new CounterBloc();
    listened.errors$.subscribe(() => {});
    void listened.add({ type: 'counter/failed', message: 'listened' });
    class Hooked extends CounterBloc {
      protected override onError(_error: unknown) {}
    }
    void new Hooked().add({ type: 'counter/failed', message: 'hooked' });
    const observed = new Bloc<CounterEvent, number>(0, { observers: [{ onError: () => {} }] });
    observed.on('counter/failed', () => {
      throw new Error('observed');
    });
    void observed.add({ type: 'counter/failed', message: 'observed' });
    await vi.runAllTimersAsync();
    expect(warn).not.toHaveBeenCalled();
  });

  it('stays silent for a handler that succeeds or is cancelled', async () => {
    vi.useFakeTimers();
    const warn = warnings();
    const bloc = new Bloc<{ type: 'waited' } | { type: 'done' }, number>(0);
    bloc.on('done', (_event, emit) => emit(1));
    bloc.on('waited', async (_event, emit) => {
      await new Promise<void>((_resolve, reject) =>
        emit.signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    });
    void bloc.add({ type: 'done' });
    void bloc.add({ type: 'waited' });
    await bloc.close();
    await vi.runAllTimersAsync();
    expect(bloc.state).toBe(1);
    expect(warn).not.toHaveBeenCalled();
  });
});
