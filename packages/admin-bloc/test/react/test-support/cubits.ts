import { Bloc, Cubit, restartable } from 'admin-bloc';
import { vi } from 'vitest';

/** A number that goes up. */
export class CounterCubit extends Cubit<number> {
  constructor(initial = 0) {
    super(initial);
  }
  increment(): void {
    this.emit(this.state + 1);
  }
}

/** A subclass, to show a lookup by base class finds it. */
export class TenCounterCubit extends CounterCubit {
  constructor() {
    super(10);
  }
}

export interface Profile {
  readonly name: string;
  readonly age: number;
}

/** A state with two independent fields, for selector render counts. */
export class ProfileCubit extends Cubit<Profile> {
  constructor(initial: Profile = { name: 'Astrid', age: 30 }) {
    super(initial);
  }
  rename(name: string): void {
    this.emit({ ...this.state, name });
  }
  birthday(): void {
    this.emit({ ...this.state, age: this.state.age + 1 });
  }
}

export type UsersEvent = { type: 'users/requested' } | { type: 'users/cleared' };

export interface UsersState {
  readonly status: 'initial' | 'loading' | 'success' | 'failure';
  readonly users: readonly string[];
}

/**
 * A bloc with an async handler; `load` is what the handler awaits, so a test decides when the "request"
 * answers without timers.
 */
export class UsersBloc extends Bloc<UsersEvent, UsersState> {
  constructor(load: () => Promise<readonly string[]>) {
    super({ status: 'initial', users: [] });
    this.on(
      'users/requested',
      async (_event, emit) => {
        emit({ ...this.state, status: 'loading' });
        emit({ status: 'success', users: await load() });
      },
      restartable(),
    );
    this.on('users/cleared', (_event, emit) => emit({ status: 'initial', users: [] }));
  }
}

/** Counts the live and total subscriptions to a bloc and spies on its `close`. */
export function watch<S>(bloc: Cubit<S>) {
  const original = bloc.subscribe.bind(bloc);
  const counts = { live: 0, total: 0 };
  bloc.subscribe = (listener: (state: S) => void) => {
    counts.live++;
    counts.total++;
    const unsubscribe = original(listener);
    let done = false;
    return () => {
      if (!done) {
        done = true;
        counts.live--;
      }
      unsubscribe();
    };
  };
  const close = vi.spyOn(bloc, 'close');
  return { counts, close };
}

/** Lets the microtasks queued so far run (a provider closes what it owns one microtask after unmount). */
export const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
