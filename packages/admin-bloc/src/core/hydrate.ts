import { BehaviorSubject, type Observable, type Subscription, skip } from 'rxjs';
import { type BlocBase, setState } from './bloc-base.js';
import type { HydrationStorage } from './hydration-storage.js';

/**
 * Where a hydration stands: `pending` while the storage is read; then `restored` (the stored state was
 * applied), `empty` (nothing stored), `discarded` (the bloc changed, or closed, before the read finished:
 * the bloc's own state won) or `failed` (unreadable, corrupt, too new or unmigratable data: the bloc keeps
 * its initial state and the error goes to its `onError`/`errors$`).
 *
 * @example
 * const status: HydrationStatus = hydration.status;
 */
export type HydrationStatus = 'pending' | 'restored' | 'empty' | 'discarded' | 'failed';

/**
 * How to store one bloc's state.
 *
 * @example
 * const options: HydrateOptions<Filters> = { key: 'userList/filters', storage, version: 2, migrate };
 */
export interface HydrateOptions<State> {
  /** The storage key. Explicit, because class names do not survive minification. */
  key: string;
  storage: HydrationStorage;
  /** The version of the stored shape (default 1). Data of an older version goes through `migrate`. */
  version?: number;
  /** Turns the JSON stored by `fromVersion` into the JSON of the current version. */
  migrate?: (json: unknown, fromVersion: number) => unknown;
  /** Turns a state into JSON-safe data (default: the state itself). */
  toJSON?: (state: State) => unknown;
  /** Turns stored JSON back into a state; throw to reject data that does not fit (default: the JSON itself). */
  fromJSON?: (json: unknown) => State;
}

/**
 * A running hydration: its status (also as an observable that completes when the bloc closes),
 * a promise of the settled status, and `clear()` to forget what is stored.
 *
 * @example
 * const hydration = hydrate(bloc, { key: 'dashboard', storage });
 * await hydration.ready;
 */
export interface Hydration {
  readonly status: HydrationStatus;
  readonly status$: Observable<HydrationStatus>;
  /** Resolves with the status once it is no longer `pending`; never rejects. */
  readonly ready: Promise<HydrationStatus>;
  /** Removes the stored state (the bloc's current state is kept). */
  clear(): Promise<void>;
  /** Stops persisting changes. Closing the bloc does it too. */
  dispose(): void;
}

interface Stored {
  v: number;
  state: unknown;
}

const isStored = (value: unknown): value is Stored =>
  typeof value === 'object' && value !== null && typeof (value as Stored).v === 'number' && 'state' in value;

/**
 * Restores a bloc's state from `storage` and then stores every change, as `{ v: version, state }` JSON.
 * The rule for changes made while the storage is being read: the bloc's change wins, the stored state is
 * discarded (status `discarded`) and the current state is written. Hydration never throws into the app:
 * every failure is reported through the bloc's `addError`. Unlike Dart's `HydratedBloc`, restoring happens
 * after construction (storage is async), so it arrives as an ordinary change.
 *
 * @example
 * const filters = new UserFiltersCubit();
 * const hydration = hydrate(filters, {
 *   key: 'userList/filters',
 *   storage: createLocalStorage(),
 *   version: 2,
 *   migrate: (json, from) => (from === 1 ? { ...(json as object), pageSize: 25 } : json),
 * });
 * hydration.status$.subscribe((status) => console.debug(status));
 */
export function hydrate<State>(bloc: BlocBase<State>, options: HydrateOptions<State>): Hydration {
  const { key, storage, migrate } = options;
  const version = options.version ?? 1;
  const toJSON = options.toJSON ?? ((state: State) => state);
  const fromJSON = options.fromJSON ?? ((json: unknown) => json as State);
  const status = new BehaviorSubject<HydrationStatus>('pending');
  let changedMeanwhile = false;
  let persisting = false;
  let writes: Promise<void> = Promise.resolve();

  const report = (message: string, cause: unknown) => {
    bloc.addError(new Error(`${bloc.name}: ${message} (storage key "${key}")`, { cause }));
  };
  const write = (state: State) => {
    writes = writes.then(async () => {
      try {
        await storage.setItem(key, JSON.stringify({ v: version, state: toJSON(state) }));
      } catch (error) {
        report('could not store the state', error);
      }
    });
  };

  // `let`: a bloc closed already completes state$ inside subscribe, before the assignment.
  let subscription: Subscription | undefined;
  subscription = bloc.state$.pipe(skip(1)).subscribe({
    next: (state) => {
      if (persisting) write(state);
      else changedMeanwhile = true;
    },
    complete: () => dispose(),
  });
  if (status.closed) subscription.unsubscribe();
  function dispose() {
    persisting = false;
    subscription?.unsubscribe();
    if (status.value === 'pending') status.next('discarded');
    status.complete();
  }

  const settle = (next: HydrationStatus): HydrationStatus => {
    if (status.closed) return status.value;
    persisting = true;
    status.next(next);
    if (next === 'discarded') write(bloc.state);
    return next;
  };

  const restore = (raw: string | null): HydrationStatus => {
    if (bloc.isClosed || status.closed) return status.value === 'pending' ? 'discarded' : status.value;
    if (changedMeanwhile) return settle('discarded');
    if (raw === null) return settle('empty');
    let state: State;
    try {
      const stored: unknown = JSON.parse(raw);
      if (!isStored(stored)) throw new Error('the stored value is not a { v, state } record');
      let json = stored.state;
      if (stored.v > version) throw new Error(`stored version ${stored.v} is newer than ${version}`);
      if (stored.v < version) {
        if (!migrate) throw new Error(`stored version ${stored.v} is older than ${version} and there is no migrate`);
        json = migrate(json, stored.v);
      }
      state = fromJSON(json);
    } catch (error) {
      report('could not restore the stored state; keeping the initial state', error);
      return settle('failed');
    }
    settle('restored');
    setState(bloc, state);
    return 'restored';
  };

  const ready = (async () => {
    let raw: string | null;
    try {
      raw = await storage.getItem(key);
    } catch (error) {
      report('could not read the stored state; keeping the initial state', error);
      return settle('failed');
    }
    return restore(raw);
  })();

  return {
    get status() {
      return status.value;
    },
    status$: status.asObservable(),
    ready,
    clear: async () => {
      await writes;
      try {
        await storage.removeItem(key);
      } catch (error) {
        report('could not remove the stored state', error);
      }
    },
    dispose,
  };
}
