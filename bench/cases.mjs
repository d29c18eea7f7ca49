// The core throughput cases. Two workloads, the same for every library:
// - counter: n increments of a number;
// - list: n updates of a 1,000-item list, each one replacing one item immutably (a new array and a new item,
//   the way a reducer updates a table row).
// Each case's `setup(lib, workload)` builds a fresh store with one subscriber that reads the state, and returns
// `run(n)`: n updates, resolving to `workload.result(last state seen)`, checked so nothing is optimised away.

const LIST_SIZE = 1000;

export const workloads = {
  counter: {
    updates: 1e6,
    initial: () => 0,
    /** The update, as a reducer of (state, event). */
    reduce: (count) => count + 1,
    event: () => INCREMENT,
    result: (count) => count,
    expect: (n) => n,
  },
  list: {
    updates: 1e4,
    initial: () => Array.from({ length: LIST_SIZE }, (_, id) => ({ id, label: `row ${id}`, hits: 0 })),
    reduce: (items, event) => items.map((item) => (item.id === event.id ? { ...item, hits: item.hits + 1 } : item)),
    event: (i) => ({ type: 'inc', id: i % LIST_SIZE }),
    result: (items) => items.reduce((sum, item) => sum + item.hits, 0),
    expect: (n) => n,
  },
};

const INCREMENT = { type: 'inc' };

/** Cases that run both workloads. */
const shared = {
  'plain function + listener': (_lib, w) => {
    let state = w.initial();
    let seen;
    const listeners = [(value) => (seen = value)];
    const set = (next) => {
      state = next;
      for (let i = 0; i < listeners.length; i++) listeners[i](next);
    };
    return (n) => {
      for (let i = 0; i < n; i++) set(w.reduce(state, w.event(i)));
      return w.result(seen);
    };
  },
  'rxjs BehaviorSubject.next': ({ rxjs }, w) => {
    const subject = new rxjs.BehaviorSubject(w.initial());
    let seen;
    subject.subscribe((value) => (seen = value));
    return (n) => {
      for (let i = 0; i < n; i++) subject.next(w.reduce(subject.value, w.event(i)));
      return w.result(seen);
    };
  },
  'rxjs Subject → scan': ({ rxjs }, w) => {
    const events = new rxjs.Subject();
    let seen;
    events.pipe(rxjs.scan(w.reduce, w.initial())).subscribe((value) => (seen = value));
    return (n) => {
      for (let i = 0; i < n; i++) events.next(w.event(i));
      return w.result(seen);
    };
  },
  'rxjs Subject → mergeMap(of) → BehaviorSubject': ({ rxjs }, w) => {
    const events = new rxjs.Subject();
    const state = new rxjs.BehaviorSubject(w.initial());
    events.pipe(rxjs.mergeMap((event) => rxjs.of(w.reduce(state.value, event)))).subscribe(state);
    let seen;
    state.subscribe((value) => (seen = value));
    return (n) => {
      for (let i = 0; i < n; i++) events.next(w.event(i));
      return w.result(seen);
    };
  },
  'zustand vanilla setState': ({ zustand }, w) => {
    const store = zustand.createStore(() => ({ value: w.initial() }));
    let seen;
    store.subscribe((state) => (seen = state.value));
    return (n) => {
      for (let i = 0; i < n; i++) {
        const event = w.event(i);
        store.setState((state) => ({ value: w.reduce(state.value, event) }));
      }
      return w.result(seen);
    };
  },
  'redux dispatch': ({ redux }, w) => {
    const store = redux.legacy_createStore((state = w.initial(), action) =>
      action.type === 'inc' ? w.reduce(state, action) : state,
    );
    let seen;
    store.subscribe(() => (seen = store.getState()));
    return (n) => {
      for (let i = 0; i < n; i++) store.dispatch(w.event(i));
      return w.result(seen);
    };
  },
  'Cubit.emit (subscribe)': ({ core }, w) => cubitCase(counterClass(core), w),
  'Cubit.emit (subscribe; a new Cubit subclass per sample)': ({ core }, w) =>
    // Base-class code that has seen many subclasses goes megamorphic, as in an app with many cubits.
    cubitCase(makeCubitClass(core), w),
  'Cubit.emit (state$ subscriber)': ({ core }, w) => {
    const cubit = new core.Cubit(w.initial());
    let seen;
    cubit.state$.subscribe((value) => (seen = value));
    return (n) => {
      for (let i = 0; i < n; i++) cubit.emit(w.reduce(cubit.state, w.event(i)));
      return w.result(seen);
    };
  },
  ...Object.fromEntries(
    ['sequential', 'concurrent', 'droppable', 'restartable'].map((transformer) => [
      `Bloc.add → handler → emit (${transformer})`,
      ({ core }, w) => syncBloc(core, w, core[transformer]()),
    ]),
  ),
  'Bloc.add → handler → emit (custom RxJS mergeMap transformer)': ({ core, rxjs }, w) =>
    syncBloc(core, w, (events, mapper) => events.pipe(rxjs.mergeMap(mapper))),
};

/** Counts handled events; `until(n)` resolves once n have been handled, at once or later. */
function handledCount() {
  let handled = 0;
  let settle = () => {};
  return {
    one() {
      handled++;
      settle();
    },
    until(n) {
      return new Promise((resolve) => {
        settle = () => handled >= n && resolve();
        settle();
      });
    },
  };
}

/** A port's timed run: adds n events and ends when n have been handled, whenever the port runs its handlers. */
function addUntilHandled(bloc, Event, handled, w, seen) {
  return async (n) => {
    const settled = handled.until(n);
    for (let i = 0; i < n; i++) bloc.add(new Event(w.event(i)));
    await settled;
    bloc.close();
    return w.result(seen());
  };
}

/**
 * The other TypeScript/JavaScript ports of Dart's bloc, on the same workloads: a Cubit whose method emits, and a
 * Bloc whose handler emits for each added event (they take event classes, not `type` strings). @felangel/bloc is in
 * felangelCases() below: its API is older.
 */
function portCases(key, label) {
  const portCubit = (lib, w) => {
    const port = lib[key];
    class Counter extends port.Cubit {
      set(value) {
        this.emit(value);
      }
    }
    const cubit = new Counter(w.initial());
    let seen;
    cubit.state$.subscribe((value) => (seen = value));
    return (n) => {
      for (let i = 0; i < n; i++) cubit.set(w.reduce(cubit.state, w.event(i)));
      cubit.close();
      return w.result(seen);
    };
  };
  const portBloc = (lib, w) => {
    const port = lib[key];
    const EventBase = port.BlocEvent ?? class {};
    class Updated extends EventBase {
      constructor(payload) {
        super();
        this.payload = payload;
      }
    }
    const handled = handledCount();
    class Counter extends port.Bloc {
      constructor() {
        super(w.initial());
        this.on(Updated, (event, emit) => {
          emit(w.reduce(this.state, event.payload));
          handled.one();
        });
      }
    }
    const bloc = new Counter();
    let seen;
    bloc.state$.subscribe((value) => (seen = value));
    // Whether the port runs handlers at once or later, the run ends when n handlers have emitted.
    return addUntilHandled(bloc, Updated, handled, w, () => seen);
  };
  return { [`${label} Cubit.emit (state$ subscriber)`]: portCubit, [`${label} Bloc.add → handler → emit`]: portBloc };
}

/**
 * @felangel/bloc 0.3.0, its only release: a Bloc with no `on()` handlers and no Cubit. Every added event goes
 * through `mapEventToState`, an async generator whose `yield` is the new state, queued with `concatMap` (the default
 * `transformEvents`), and the state is read through `listen()`. It runs on the rxjs 7 everything else here uses: the
 * root package.json's `overrides` widen its `rxjs: 6.x.x` peer so `npm ci` installs it. Its Bloc uses only
 * `Observable`, `Subject`, `Subscription.EMPTY`, `EMPTY`, `concatMap`, `map` and `catchError`, which rxjs 7 kept,
 * and the same events gave the same states, errors and completion on rxjs 7.8.2 as on 6.6.7.
 */
function felangelCases() {
  const felangelBloc = ({ felangel }, w) => {
    class Updated {
      constructor(payload) {
        this.payload = payload;
      }
    }
    const handled = handledCount();
    class Counter extends felangel.Bloc {
      constructor() {
        super(w.initial());
      }
      async *mapEventToState(event) {
        yield w.reduce(this.state, event.payload);
        handled.one();
      }
    }
    const bloc = new Counter();
    let seen;
    bloc.listen((value) => (seen = value));
    // Its states arrive after the event's generator is awaited, so the run ends when n generators have yielded.
    return addUntilHandled(bloc, Updated, handled, w, () => seen);
  };
  // Its time per event grows with the number of events queued at once (in one run: 32 µs at 10⁴, 54 µs at 3·10⁴,
  // 88 µs at 10⁵; the same growth on rxjs 6.6.7), so 10⁶ counter events would take most of an hour per sample.
  // Capped at 10⁵: the run prints its n beside the name and compares it per update.
  return {
    '@felangel/bloc Bloc.add → mapEventToState → yield': { setup: felangelBloc, maxUpdates: { counter: 1e5 } },
  };
}

Object.assign(
  shared,
  portCases('blocState', '@bloc-state/bloc'),
  portCases('jacobtipp', '@jacobtipp/bloc'),
  felangelCases(),
);

/** Counter-only cases: async handlers and the timed transformers. */
const counterOnly = {
  'Bloc.add → async handler → emit (sequential, awaited)': ({ core }, w) => asyncBloc(core, w, core.sequential()),
  'Bloc.add → async handler → emit (concurrent, awaited)': ({ core }, w) => asyncBloc(core, w, core.concurrent()),
  'Bloc.add → debounced(0) (1 handler run, awaited)': {
    expect: () => 1,
    setup: ({ core }) => {
      const bloc = new core.Bloc(0);
      bloc.on('inc', (_event, emit) => emit(bloc.state + 1), core.debounced(0));
      let seen = 0;
      bloc.subscribe((value) => (seen = value));
      return async (n) => {
        let last;
        for (let i = 0; i < n; i++) last = bloc.add(INCREMENT);
        await last;
        return seen;
      };
    },
  },
  'Bloc.add → throttled(0) (1 handler run, awaited)': {
    expect: () => 1,
    setup: ({ core }) => {
      const bloc = new core.Bloc(0);
      bloc.on('inc', (_event, emit) => emit(bloc.state + 1), core.throttled(0));
      let seen = 0;
      bloc.subscribe((value) => (seen = value));
      return async (n) => {
        for (let i = 0; i < n; i++) bloc.add(INCREMENT);
        await bloc.close();
        return seen;
      };
    },
  },
};

/**
 * Every case by id (`workload: name`): `{ workload, name, setup(lib), expect(n), maxUpdates? }` (a case too slow for
 * the workload's default n runs at most `maxUpdates`).
 * The baselines of the goals: `BEHAVIOR_SUBJECT` for Cubit, `PIPELINE` for Bloc.
 */
export const cases = {};
for (const [workload, w] of Object.entries(workloads)) {
  for (const [name, spec] of Object.entries(shared)) {
    const setup = typeof spec === 'function' ? spec : spec.setup;
    const maxUpdates = spec.maxUpdates?.[workload];
    cases[`${workload}: ${name}`] = { workload, name, setup: (lib) => setup(lib, w), expect: w.expect, maxUpdates };
  }
}
for (const [name, spec] of Object.entries(counterOnly)) {
  const w = workloads.counter;
  cases[`counter: ${name}`] =
    typeof spec === 'function'
      ? { workload: 'counter', name, setup: (lib) => spec(lib, w), expect: w.expect }
      : { workload: 'counter', name, ...spec };
}

export const BEHAVIOR_SUBJECT = 'rxjs BehaviorSubject.next';
export const PIPELINE = 'rxjs Subject → mergeMap(of) → BehaviorSubject';
export const CUBIT = 'Cubit.emit (subscribe)';
export const BLOC_DEFAULT = 'Bloc.add → handler → emit (sequential)';

function makeCubitClass(core) {
  return class Counter extends core.Cubit {
    update(w, i) {
      this.emit(w.reduce(this.state, w.event(i)));
    }
  };
}

let Counter;
const counterClass = (core) => {
  Counter ??= makeCubitClass(core);
  return Counter;
};

function cubitCase(CubitClass, w) {
  const cubit = new CubitClass(w.initial());
  let seen;
  cubit.subscribe((value) => (seen = value));
  return (n) => {
    for (let i = 0; i < n; i++) cubit.update(w, i);
    return w.result(seen);
  };
}

function syncBloc(core, w, transformer) {
  const bloc = new core.Bloc(w.initial(), { transformer });
  bloc.on('inc', (event, emit) => emit(w.reduce(bloc.state, event)));
  let seen;
  bloc.subscribe((value) => (seen = value));
  return (n) => {
    for (let i = 0; i < n; i++) bloc.add(w.event(i));
    return w.result(seen);
  };
}

function asyncBloc(core, w, transformer) {
  const bloc = new core.Bloc(w.initial(), { transformer });
  bloc.on('inc', async (event, emit) => emit(w.reduce(bloc.state, event)));
  let seen;
  bloc.subscribe((value) => (seen = value));
  return async (n) => {
    let last;
    for (let i = 0; i < n; i++) last = bloc.add(w.event(i));
    await last;
    return w.result(seen);
  };
}
