// The benchmark cases. Each `setup(lib)` builds a fresh store with one subscriber that reads the state,
// and returns `run(n)`: n counter updates, resolving to the final count (checked, so nothing is optimised away).
export const cases = {
  'plain function + listener': {
    setup: () => {
      let state = 0;
      let seen = 0;
      const listeners = [(value) => (seen = value)];
      const set = (next) => {
        state = next;
        for (let i = 0; i < listeners.length; i++) listeners[i](next);
      };
      return (n) => {
        for (let i = 0; i < n; i++) set(state + 1);
        return seen;
      };
    },
  },
  'rxjs BehaviorSubject.next': {
    setup: ({ rxjs }) => {
      const subject = new rxjs.BehaviorSubject(0);
      let seen = 0;
      subject.subscribe((value) => (seen = value));
      return (n) => {
        for (let i = 0; i < n; i++) subject.next(subject.value + 1);
        return seen;
      };
    },
  },
  'rxjs Subject → scan': {
    setup: ({ rxjs }) => {
      const events = new rxjs.Subject();
      let seen = 0;
      events.pipe(rxjs.scan((count) => count + 1, 0)).subscribe((value) => (seen = value));
      return (n) => {
        for (let i = 0; i < n; i++) events.next(INCREMENT);
        return seen;
      };
    },
  },
  'rxjs Subject → mergeMap(of) → BehaviorSubject': {
    setup: ({ rxjs }) => {
      const events = new rxjs.Subject();
      const state = new rxjs.BehaviorSubject(0);
      events.pipe(rxjs.mergeMap(() => rxjs.of(state.value + 1))).subscribe(state);
      let seen = 0;
      state.subscribe((value) => (seen = value));
      return (n) => {
        for (let i = 0; i < n; i++) events.next(INCREMENT);
        return seen;
      };
    },
  },
  'zustand vanilla setState': {
    setup: ({ zustand }) => {
      const store = zustand.createStore(() => ({ count: 0 }));
      let seen = 0;
      store.subscribe((state) => (seen = state.count));
      const increment = (state) => ({ count: state.count + 1 });
      return (n) => {
        for (let i = 0; i < n; i++) store.setState(increment);
        return seen;
      };
    },
  },
  'redux dispatch': {
    setup: ({ redux }) => {
      const store = redux.legacy_createStore((state = 0, action) => (action.type === 'inc' ? state + 1 : state));
      let seen = 0;
      store.subscribe(() => (seen = store.getState()));
      const action = { type: 'inc' };
      return (n) => {
        for (let i = 0; i < n; i++) store.dispatch(action);
        return seen;
      };
    },
  },
  'Cubit.emit (subscribe)': {
    setup: ({ core }) => cubitCase(counterClass(core)),
  },
  'Cubit.emit (subscribe; a new Cubit subclass per sample)': {
    // Base-class code that has seen many subclasses goes megamorphic, as in an app with many cubits.
    setup: ({ core }) => cubitCase(makeCounterClass(core)),
  },
  'Cubit.emit (state$ subscriber)': {
    setup: ({ core }) => {
      const counter = new core.Cubit(0);
      let seen = 0;
      counter.state$.subscribe((value) => (seen = value));
      return (n) => {
        for (let i = 0; i < n; i++) counter.emit(counter.state + 1);
        return seen;
      };
    },
  },
  ...Object.fromEntries(
    ['sequential', 'concurrent', 'droppable', 'restartable'].map((transformer) => [
      `Bloc.add → handler → emit (${transformer})`,
      { setup: ({ core }) => syncBloc(core, core[transformer]()) },
    ]),
  ),
  'Bloc.add → async handler → emit (sequential, awaited)': {
    setup: ({ core }) => {
      const bloc = new core.Bloc(0, { transformer: core.sequential() });
      bloc.on('inc', async (_event, emit) => emit(bloc.state + 1));
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
  'Bloc.add → async handler → emit (concurrent, awaited)': {
    setup: ({ core }) => {
      const bloc = new core.Bloc(0, { transformer: core.concurrent() });
      bloc.on('inc', async (_event, emit) => emit(bloc.state + 1));
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
  'Bloc.add → RxJS pipeline (custom mergeMap transformer)': {
    setup: ({ core, rxjs }) => syncBloc(core, (events, mapper) => events.pipe(rxjs.mergeMap(mapper))),
  },
  'Bloc.add → debounced(0) (1 handler run, awaited)': {
    expect: () => 1,
    setup: ({ core }) => {
      const bloc = new core.Bloc(0);
      bloc.on('inc', (_event, emit) => emit(bloc.state + 1), core.debounced(0));
      let seen = 0;
      bloc.subscribe((value) => (seen = value));
      return async (n) => {
        let last;
        for (let i = 0; i < n; i++) last = bloc.add({ type: 'inc' });
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
        for (let i = 0; i < n; i++) bloc.add({ type: 'inc' });
        await bloc.close();
        return seen;
      };
    },
  },
};

const INCREMENT = { type: 'inc' };

function makeCounterClass(core) {
  return class Counter extends core.Cubit {
    increment() {
      this.emit(this.state + 1);
    }
  };
}

let Counter;
const counterClass = (core) => {
  Counter ??= makeCounterClass(core);
  return Counter;
};

function cubitCase(CounterClass) {
  const counter = new CounterClass(0);
  let seen = 0;
  counter.subscribe((value) => (seen = value));
  return (n) => {
    for (let i = 0; i < n; i++) counter.increment();
    return seen;
  };
}

function syncBloc(core, transformer) {
  const bloc = new core.Bloc(0, { transformer });
  bloc.on('inc', (_event, emit) => emit(bloc.state + 1));
  let seen = 0;
  bloc.subscribe((value) => (seen = value));
  return (n) => {
    for (let i = 0; i < n; i++) bloc.add(INCREMENT);
    return seen;
  };
}
