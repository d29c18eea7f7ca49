import { Observable, Subject } from 'rxjs';
import { Change } from './change.js';
import { type BlocObserver, getGlobalObservers } from './observer.js';

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

const noop = (): void => {};

/**
 * A bloc's fields live here rather than on the instance: base-class code shared by many subclasses sees
 * many hidden classes, so every `this.field` read there goes megamorphic. One such read, then reads on
 * this single shape, keeps an emit cheap in an app with many blocs (measured: bench/).
 */
class Internals<State> {
  listeners: ((state: State) => void)[] = [];
  closing = false;
  closed = false;
  closePromise: Promise<void> | undefined = undefined;
  changes: Subject<Change<State>> | undefined = undefined;
  errors: Subject<unknown> | undefined = undefined;
  enders: Set<() => void> | undefined = undefined;
  stateStream: Observable<State> | undefined = undefined;

  constructor(
    public state: State,
    readonly equals: (previous: State, next: State) => boolean,
    readonly observers: readonly BlocObserver[],
    readonly hookChange: boolean,
  ) {}
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
  readonly name: string;
  /** @internal Every per-instance field, in one object of one shape (see `Internals`). */
  private readonly _c: Internals<State>;

  constructor(initialState: State, options: BlocBaseOptions<State> = {}) {
    this.name = options.name ?? this.constructor.name;
    this._c = new Internals(
      initialState,
      options.equals ?? Object.is,
      options.observers ?? [],
      // Building a Change object costs an allocation per emit, so it happens only when someone reads it.
      this.onChange !== BlocBase.prototype.onChange || this._hasTransitionHook(),
    );
    this._notify((observer) => observer.onCreate?.(this as BlocBase<unknown>));
  }

  /**
   * The current state, read synchronously.
   *
   * @example
   * counter.state; // 0
   */
  get state(): State {
    return this._c.state;
  }

  /**
   * True as soon as `close()` has been called, before the handlers have wound down.
   *
   * @example
   * if (!bloc.isClosed) bloc.add({ type: 'page/shown' });
   */
  get isClosed(): boolean {
    return this._c.closing;
  }

  /**
   * The current state, then every change; completes when the bloc has closed.
   *
   * @example
   * bloc.state$.subscribe((state) => render(state));
   */
  get state$(): Observable<State> {
    this._c.stateStream ??= new Observable<State>((subscriber) => {
      subscriber.next(this._c.state);
      if (this._c.closed) {
        subscriber.complete();
        return;
      }
      const off = this.subscribe((state) => subscriber.next(state));
      const end = () => subscriber.complete();
      this._c.enders ??= new Set();
      this._c.enders.add(end);
      return () => {
        off();
        this._c.enders?.delete(end);
      };
    });
    return this._c.stateStream;
  }

  /**
   * Every change, as a `Change` (current and next state); completes when the bloc has closed.
   *
   * @example
   * bloc.changes$.subscribe(({ currentState, nextState }) => diff(currentState, nextState));
   */
  get changes$(): Observable<Change<State>> {
    if (!this._c.changes) {
      this._c.changes = new Subject();
      if (this._c.closed) this._c.changes.complete();
    }
    return this._c.changes.asObservable();
  }

  /**
   * Every error reported through `addError`, a failed handler or a failed emit; completes on close.
   *
   * @example
   * bloc.errors$.subscribe((error) => toast(String(error)));
   */
  get errors$(): Observable<unknown> {
    if (!this._c.errors) {
      this._c.errors = new Subject();
      if (this._c.closed) this._c.errors.complete();
    }
    return this._c.errors.asObservable();
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
    if (this._c.closed) return noop;
    // Copy on write: an emit iterating the old array is not disturbed by (un)subscribes inside a listener.
    this._c.listeners = [...this._c.listeners, listener];
    return () => {
      this._c.listeners = this._c.listeners.filter((l) => l !== listener);
    };
  }

  /**
   * Reports an error: to `onError`, the observers and `errors$`. It never changes the state.
   *
   * @example
   * bloc.addError(new Error('the org scope stream failed'));
   */
  addError(error: unknown): void {
    this.onError(error);
    this._notify((observer) => observer.onError?.(this as BlocBase<unknown>, error));
    this._c.errors?.next(error);
  }

  /**
   * Closes the bloc: `isClosed` turns true at once, running handlers are cancelled and awaited,
   * then every stream completes and observers hear `onClose`. Calling it again returns the same promise.
   *
   * @example
   * await bloc.close();
   */
  close(): Promise<void> {
    if (!this._c.closePromise) {
      this._c.closing = true;
      this._c.closePromise = this._shutdown().then(() => {
        this._notify((observer) => observer.onClose?.(this as BlocBase<unknown>));
        this._c.closed = true;
        this._c.listeners = [];
        for (const end of this._c.enders ?? []) end();
        this._c.enders = undefined;
        this._c.changes?.complete();
        this._c.errors?.complete();
      });
    }
    return this._c.closePromise;
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

  /** @internal Winds down running work before streams complete; `Bloc` cancels its handlers here. */
  protected _shutdown(): Promise<void> {
    return Promise.resolve();
  }

  /** @internal Whether the subclass overrides a transition hook (so every emit builds a Change). */
  protected _hasTransitionHook(): boolean {
    return false;
  }

  /** @internal Whether anyone listens for changes or transitions right now. */
  protected _hooked(): boolean {
    return this._c.hookChange || this._c.changes !== undefined || this._observed();
  }

  /** @internal Whether any observer (local or global) watches this instance. */
  protected _observed(): boolean {
    return this._c.observers.length > 0 || getGlobalObservers().length > 0;
  }

  /** @internal Calls every global then every local observer. */
  protected _notify(call: (observer: BlocObserver) => void): void {
    for (const observer of getGlobalObservers()) call(observer);
    for (const observer of this._c.observers) call(observer);
  }

  /** @internal Whether `next` would be dropped as equal to the current state. */
  protected _same(next: State): boolean {
    return this._c.equals(this._c.state, next);
  }

  /**
   * @internal The one way the state changes: cubits, handler emitters, hydration, replay and
   * `blocTest`'s seed all go through it.
   */
  _emit(next: State): void {
    const c = this._c;
    if (c.closing) throw new Error(`${this.name} is closed: it cannot emit new states after close() was called`);
    const previous = c.state;
    if (c.equals(previous, next)) return;
    let change: Change<State> | undefined;
    if (c.hookChange || c.changes !== undefined || c.observers.length > 0 || getGlobalObservers().length > 0) {
      change = new Change(previous, next);
      this.onChange(change);
      const reported = change as Change<unknown>;
      this._notify((observer) => observer.onChange?.(this as BlocBase<unknown>, reported));
    }
    c.state = next;
    const listeners = c.listeners;
    for (let i = 0; i < listeners.length; i++) (listeners[i] as (state: State) => void)(next);
    if (change) c.changes?.next(change);
  }
}
