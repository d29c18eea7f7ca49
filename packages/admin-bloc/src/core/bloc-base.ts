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
 * const options: BlocBaseOptions<Filters> = { name: 'userFilters', equals: shallowEqual };
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
 * are here too (undefined in a cubit), for the same reason in `add`. The names are short because they are read
 * on every emit and spelled out in every bundle.
 */
export class Internals<State> {
  /** `subscribe` listeners, copied on write. */
  l: StreamListener<State>[] = [];
  /** `close()` has been called (`isClosed`). */
  x = false;
  /** `close()` has finished: the streams have completed. */
  d = false;
  /** The promise `close()` returns. */
  p: Promise<void> | undefined;
  /** `changes$`, made when first read. */
  c: Subject<Change<State>> | undefined;
  /** `errors$`, made when first read. */
  e: Subject<unknown> | undefined;
  /** `state$`, made when first read. */
  t: Observable<State> | undefined;
  /** Winds running work down before the streams complete (`Bloc` cancels its handlers). */
  w: ((c: Internals<State>) => Promise<void>) | undefined;
  /** Bloc: the registrations, by event type and by predicate, in the order they were made. */
  y!: Map<unknown, Lane>;
  /** Bloc: whether a registration is by predicate. */
  m = false;
  /** Bloc: the asynchronous runs still going, which `close()` cancels and waits for. */
  r!: Set<HandlerRun<State>>;
  /** Bloc: the default transformer. */
  f!: EventTransformer<never>;
  /** Bloc: whether `onEvent` or `onDone` is overridden. */
  v = false;

  constructor(
    /** The state. */
    public s: State,
    /** `equals`. */
    readonly q: (previous: State, next: State) => boolean,
    /** This instance's observers. */
    readonly o: readonly BlocObserver[],
    /** Whether a change hook is overridden, so every emit builds a `Change`. */
    public h: boolean,
  ) {}
}

/**
 * @internal A bloc or cubit as the core's functions outside the classes see it: with the members TypeScript
 * keeps private or protected.
 */
export interface Inside<State> {
  readonly name: string;
  readonly state: State;
  _c: Internals<State>;
  addError(error: unknown): void;
  _emit(next: State): void;
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
  (bloc as Inside<unknown>)._c.o.forEach(call);
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
export const observed = <State>(c: Internals<State>): boolean => c.o.length > 0 || globalObservers.length > 0;

/** @internal Whether anyone listens for changes or transitions right now. */
export const hooked = <State>(c: Internals<State>): boolean => c.h || !!c.c || observed(c);

function stream<State, T>(c: Internals<State>, subject: Subject<T>): Observable<T> {
  if (c.d) subject.complete();
  return subject.asObservable();
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
  /** @internal Every per-instance field, in one object of one shape (see `Internals`). */
  declare private readonly _c: Internals<State>;

  constructor(initialState: State, options: BlocBaseOptions<State> = {}) {
    this.name = options.name ?? this.constructor.name;
    this._c = new Internals(
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
    return this._c.s;
  }

  /**
   * True as soon as `close()` has been called, before the handlers have wound down.
   *
   * @example
   * if (!bloc.isClosed) bloc.add({ type: 'page/shown' });
   */
  get isClosed(): boolean {
    return this._c.x;
  }

  /**
   * The current state, then every change; completes when the bloc has closed.
   *
   * @example
   * bloc.state$.subscribe((state) => render(state));
   */
  get state$(): Observable<State> {
    const c = this._c;
    c.t ??= new Observable<State>((subscriber) => {
      subscriber.next(c.s);
      if (c.d) return subscriber.complete();
      const listener: StreamListener<State> = (state) => subscriber.next(state);
      listener.end = subscriber;
      return this.subscribe(listener);
    });
    return c.t;
  }

  /**
   * Every change, as a `Change` (current and next state); completes when the bloc has closed.
   *
   * @example
   * bloc.changes$.subscribe(({ currentState, nextState }) => diff(currentState, nextState));
   */
  get changes$(): Observable<Change<State>> {
    const c = this._c;
    c.c ??= new Subject();
    return stream(c, c.c);
  }

  /**
   * Every error reported through `addError`, a failed handler or a failed emit; completes on close.
   *
   * @example
   * bloc.errors$.subscribe((error) => toast(String(error)));
   */
  get errors$(): Observable<unknown> {
    const c = this._c;
    c.e ??= new Subject();
    return stream(c, c.e);
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
    const c = this._c;
    if (c.d) return noop;
    // Copy on write: an emit iterating the old array is not disturbed by (un)subscribes inside a listener.
    c.l = [...c.l, listener];
    return () => {
      c.l = c.l.filter((l) => l !== listener);
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
    this._c.e?.next(error);
  }

  /**
   * Closes the bloc: `isClosed` turns true at once, running handlers are cancelled and awaited,
   * then every stream completes and observers hear `onClose`. Calling it again returns the same promise.
   *
   * @example
   * await bloc.close();
   */
  close(): Promise<void> {
    const c = this._c;
    if (!c.p) {
      c.x = true;
      c.p = Promise.resolve(c.w?.(c)).then(() => {
        notify(this, 'onClose');
        c.d = true;
        for (const listener of c.l) listener.end?.complete();
        c.l = [];
        c.c?.complete();
        c.e?.complete();
      });
    }
    return c.p;
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

  /**
   * @internal The one way the state changes: cubits, handler emitters, hydration, replay and
   * `blocTest`'s seed all go through it.
   */
  _emit(next: State): void {
    const c = this._c;
    if (c.x) throw fail(this, ': emit after close()');
    const previous = c.s;
    if (c.q(previous, next)) return;
    let change: Change<State> | undefined;
    if (hooked(c)) {
      change = new Change(previous, next);
      tell(this, 'onChange', change);
    }
    c.s = next;
    for (const listener of c.l) listener(next);
    if (change) c.c?.next(change);
  }
}
