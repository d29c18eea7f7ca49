import { Observable, Subject } from 'rxjs';
import { Change } from './change.js';
import type { HandlerRun } from './emitter.js';
import type { Lane } from './lane.js';
import { type BlocObserver, globalObservers } from './observer.js';
import type { EventTransformer } from './transformers.js';
import type { Transition } from './transition.js';

/**
 * Options every bloc and cubit accepts.
 *
 * @example
 * const options: BlocBaseOptions<Filters> = {
 *   name: 'userFilters',
 *   equals: (previous, next) => previous.role === next.role && previous.search === next.search,
 * };
 */
export interface BlocBaseOptions<State> {
  /** Shown in errors, observers and devtools. Defaults to the constructor name (minifiers may rename it). */
  name?: string;
  /** Decides whether a new state is a change at all. Defaults to `Object.is`. */
  equals?: (previous: State, next: State) => boolean;
  /** Observers for this instance only, next to the global ones. */
  observers?: readonly BlocObserver[];
}

/** @internal Does nothing; the one the core shares. */
export const noop = (): void => {};

/** @internal Whether `bloc`'s class overrides `base`'s method `name`: an empty hook is not worth calling. */
export const overrides = (bloc: object, base: { prototype: object }, name: string): boolean =>
  (bloc as Record<string, unknown>)[name] !== (base.prototype as Record<string, unknown>)[name];

/** @internal Returns `promise`, which never becomes an unhandled rejection. */
export function caught<T>(promise: Promise<T>): Promise<T> {
  promise.catch(noop);
  return promise;
}

/** @internal A listener of `state$`: it carries its subscriber so `close()` can complete it. */
type StreamListener<State> = ((state: State) => void) & { end?: { complete(): void } };

/**
 * @internal A bloc's fields live here rather than on the instance: base-class code shared by many subclasses
 * sees many hidden classes, so every `this.field` read there goes megamorphic. One such read, then reads on
 * this single shape, keeps an emit cheap in an app with many blocs (measured: bench/). A `Bloc`'s own fields
 * are here too (undefined in a cubit), for the same reason in `add`.
 *
 * Every field starts with `_`: the library build renames exactly these names to short ones from the explicit
 * list in `mangle.json` (as Preact does), because each is spelled out in every bundle; the source and the
 * `.d.ts` keep the readable names. A new field here needs its line in `mangle.json` (a test checks).
 */
export class Internals<State> {
  /** The `subscribe` listeners, copied on write so an emit iterating the old array is not disturbed. */
  _listeners: StreamListener<State>[] = [];
  /** `close()` has been called: `isClosed` is true, `add` and `emit` are refused. */
  _closing = false;
  /** `close()` has finished: the streams have completed and new subscribers complete at once. */
  _closed = false;
  /** The promise `close()` returns, so a second call returns the same one. */
  _closePromise: Promise<void> | undefined;
  /** The subject behind `changes$`, made when first read so an unobserved bloc allocates none. */
  _changeSubject: Subject<Change<State>> | undefined;
  /** The subject behind `errors$`, made when first read. */
  _errorSubject: Subject<unknown> | undefined;
  /** `state$`, made when first read and then shared by every reader. */
  _stateStream: Observable<State> | undefined;
  /** Winds running work down before the streams complete (`Bloc` cancels its handlers; a cubit has none). */
  _windDown: ((internals: Internals<State>) => Promise<void>) | undefined;
  /** Bloc: the registrations by event type and by predicate (a function key), in the order they were made. */
  _lanes!: Map<unknown, Lane>;
  /** Bloc: whether any registration is by predicate, so `add` looks past the type only when one is. */
  _hasPredicates = false;
  /** Bloc: the asynchronous handler runs still going, which `close()` cancels and waits for. */
  _activeRuns!: Set<HandlerRun<State>>;
  /** Bloc: the transformer of every `on` that names none; undefined for the default, `sequential()`. */
  _defaultTransformer!: EventTransformer<never> | undefined;
  /** Bloc: whether `onEvent` or `onDone` is overridden, so `add` calls them only when someone listens. */
  _eventHooked = false;

  // The four below are declared, not class fields: the constructor's assignments create them, and a bundle spells
  // each name once rather than twice (a field declaration and an assignment).
  /** The current state. */
  declare _state: State;
  /** The `equals` option: whether a new state is no change at all. */
  declare readonly _equals: (previous: State, next: State) => boolean;
  /** This instance's own observers (the global ones are read from `observer.ts`). */
  declare readonly _observers: readonly BlocObserver[];
  /** Whether a change or transition hook is overridden, so every emit builds a `Change`. */
  declare _changeHooked: boolean;

  constructor(
    state: State,
    equals: (previous: State, next: State) => boolean,
    observers: readonly BlocObserver[],
    changeHooked: boolean,
  ) {
    this._state = state;
    this._equals = equals;
    this._observers = observers;
    this._changeHooked = changeHooked;
  }
}

/**
 * @internal A bloc or cubit as the core's functions outside the classes see it: with its internals and the
 * hooks TypeScript keeps protected.
 */
export interface Inside<State> {
  readonly name: string;
  readonly state: State;
  _internals: Internals<State>;
  addError(error: unknown): void;
  onEvent(event: unknown): void;
  onChange(change: Change<State>): void;
  onError(error: unknown): void;
  onTransition(transition: Transition<unknown, State>): void;
  onDone(event: unknown, error?: unknown): void;
}

/** @internal An error whose message starts with the bloc's name: `text` goes right after it. */
export const fail = (bloc: { readonly name: string }, text: string): Error => new Error(bloc.name + text);

/** @internal Calls `hook` of every global then every local observer, with the bloc and `args`. */
export function notify(bloc: unknown, hook: keyof BlocObserver, ...args: unknown[]): void {
  const call = (observer: BlocObserver) =>
    (observer[hook] as ((...all: unknown[]) => void) | undefined)?.(bloc, ...args);
  globalObservers.forEach(call);
  (bloc as Inside<unknown>)._internals._observers.forEach(call);
}

/** @internal Calls the bloc's own `hook` with `args`, then the observers'. */
export function tell(
  bloc: unknown,
  hook: 'onEvent' | 'onChange' | 'onTransition' | 'onError' | 'onDone',
  ...args: unknown[]
): void {
  ((bloc as Inside<unknown>)[hook] as (...all: unknown[]) => void)(...args);
  notify(bloc, hook, ...args);
}

/** @internal Whether any observer (local or global) watches this instance. */
export const observed = <State>(internals: Internals<State>): boolean =>
  internals._observers.length > 0 || globalObservers.length > 0;

/** @internal Whether anyone listens for changes or transitions right now. */
export const hooked = <State>(internals: Internals<State>): boolean =>
  internals._changeHooked || !!internals._changeSubject || observed(internals);

/** A stream of one of the bloc's subjects; a subscriber after `close()` has finished gets completion at once. */
function stream<State, T>(internals: Internals<State>, subject: Subject<T>): Observable<T> {
  if (internals._closed) subject.complete();
  return subject.asObservable();
}

/**
 * @internal The one way the state changes: a cubit's `emit`, a handler's emitter, hydration, replay and
 * `blocTest`'s seed all go through it. A function, not a method, so it is no member of any bloc: only code
 * inside the package can set a bloc's state without going through its events or its own methods.
 */
export function setState<State>(bloc: BlocBase<State> | Inside<State>, next: State): void {
  const internals = (bloc as Inside<State>)._internals;
  if (internals._closing) throw fail(bloc, ': emit after close()');
  const previous = internals._state;
  if (internals._equals(previous, next)) return;
  let change: Change<State> | undefined;
  if (hooked(internals)) {
    change = new Change(previous, next);
    tell(bloc, 'onChange', change);
  }
  internals._state = next;
  for (const listener of internals._listeners) listener(next);
  if (change) internals._changeSubject?.next(change);
}

/**
 * What `Bloc` and `Cubit` share: a synchronous `state`, change notification, errors and an async
 * `close()`. States equal by `equals` (default `Object.is`) are dropped; unlike Dart, even the first
 * emit of a state equal to the initial one is dropped, because `state$` already replays the current state.
 *
 * @example
 * function logState<S>(bloc: BlocBase<S>) {
 *   return bloc.subscribe((state) => console.debug(bloc.name, state));
 * }
 */
export abstract class BlocBase<State> {
  /** The name used in errors, observers and devtools. */
  declare readonly name: string;
  /**
   * @internal Every per-instance field, in one object of one shape (see `Internals`). Left out of the `.d.ts`
   * (`stripInternal`) and renamed by the build (`mangle.json`): it is no part of the API.
   */
  declare private readonly _internals: Internals<State>;

  constructor(initialState: State, options: BlocBaseOptions<State> = {}) {
    this.name = options.name ?? this.constructor.name;
    this._internals = new Internals(
      initialState,
      options.equals ?? Object.is,
      options.observers ?? [],
      // Building a Change object costs an allocation per emit, so it happens only when someone reads it.
      overrides(this, BlocBase, 'onChange'),
    );
    notify(this, 'onCreate');
  }

  /**
   * The current state, read synchronously.
   *
   * @example
   * counter.state; // 0
   */
  get state(): State {
    return this._internals._state;
  }

  /**
   * True as soon as `close()` has been called, before the handlers have wound down.
   *
   * @example
   * if (!bloc.isClosed) bloc.add({ type: 'page/shown' });
   */
  get isClosed(): boolean {
    return this._internals._closing;
  }

  /**
   * The current state, then every change; completes when the bloc has closed.
   *
   * @example
   * bloc.state$.subscribe((state) => render(state));
   */
  get state$(): Observable<State> {
    const internals = this._internals;
    internals._stateStream ??= new Observable<State>((subscriber) => {
      subscriber.next(internals._state);
      if (internals._closed) return subscriber.complete();
      const listener: StreamListener<State> = (state) => subscriber.next(state);
      listener.end = subscriber;
      return this.subscribe(listener);
    });
    return internals._stateStream;
  }

  /**
   * Every change, as a `Change` (current and next state); completes when the bloc has closed.
   *
   * @example
   * bloc.changes$.subscribe(({ currentState, nextState }) => diff(currentState, nextState));
   */
  get changes$(): Observable<Change<State>> {
    const internals = this._internals;
    internals._changeSubject ??= new Subject();
    return stream(internals, internals._changeSubject);
  }

  /**
   * Every error reported through `addError`, a failed handler or a failed emit; completes on close.
   *
   * @example
   * bloc.errors$.subscribe((error) => toast(String(error)));
   */
  get errors$(): Observable<unknown> {
    const internals = this._internals;
    internals._errorSubject ??= new Subject();
    return stream(internals, internals._errorSubject);
  }

  /**
   * Calls `listener` with every new state (not the current one), synchronously after it changes.
   * The cheapest way to follow a bloc (React's `useSyncExternalStore` uses it). Returns the unsubscribe.
   *
   * @example
   * const off = counter.subscribe((count) => console.debug(count));
   * off();
   */
  subscribe(listener: (state: State) => void): () => void {
    const internals = this._internals;
    if (internals._closed) return noop;
    // Copy on write: an emit iterating the old array is not disturbed by (un)subscribes inside a listener.
    internals._listeners = [...internals._listeners, listener];
    return () => {
      internals._listeners = internals._listeners.filter((other) => other !== listener);
    };
  }

  /**
   * Reports an error: to `onError`, the observers and `errors$`. It never changes the state.
   *
   * @example
   * bloc.addError(new Error('the org scope stream failed'));
   */
  addError(error: unknown): void {
    tell(this, 'onError', error);
    this._internals._errorSubject?.next(error);
  }

  /**
   * Closes the bloc: `isClosed` turns true at once, running handlers are cancelled and awaited,
   * then every stream completes and observers hear `onClose`. Calling it again returns the same promise.
   *
   * @example
   * await bloc.close();
   */
  close(): Promise<void> {
    const internals = this._internals;
    if (!internals._closePromise) {
      internals._closing = true;
      internals._closePromise = Promise.resolve(internals._windDown?.(internals)).then(() => {
        notify(this, 'onClose');
        internals._closed = true;
        for (const listener of internals._listeners) listener.end?.complete();
        internals._listeners = [];
        internals._changeSubject?.complete();
        internals._errorSubject?.complete();
      });
    }
    return internals._closePromise;
  }

  /**
   * Called with every change before the state is updated. Override to log or persist.
   *
   * @example
   * protected override onChange(change: Change<number>) {
   *   console.debug(change.currentState, '→', change.nextState);
   * }
   */
  protected onChange(_change: Change<State>): void {}

  /**
   * Called with every reported error. Override to log.
   *
   * @example
   * protected override onError(error: unknown) {
   *   console.error(error);
   * }
   */
  protected onError(_error: unknown): void {}
}
