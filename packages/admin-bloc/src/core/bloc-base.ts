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
  private _state: State;
  private _listeners: ((state: State) => void)[] = [];
  private readonly _equals: (previous: State, next: State) => boolean;
  private readonly _observers: readonly BlocObserver[];
  private readonly _hookChange: boolean;
  private _closing = false;
  private _closed = false;
  private _closePromise: Promise<void> | undefined;
  private _changes: Subject<Change<State>> | undefined;
  private _errors: Subject<unknown> | undefined;
  private _enders: Set<() => void> | undefined;
  private _stateStream: Observable<State> | undefined;

  constructor(initialState: State, options: BlocBaseOptions<State> = {}) {
    this._state = initialState;
    this.name = options.name ?? this.constructor.name;
    this._equals = options.equals ?? Object.is;
    this._observers = options.observers ?? [];
    // Building a Change object costs an allocation per emit, so it happens only when someone reads it.
    this._hookChange = this.onChange !== BlocBase.prototype.onChange || this._hasTransitionHook();
    this._notify((observer) => observer.onCreate?.(this as BlocBase<unknown>));
  }

  /**
   * The current state, read synchronously.
   *
   * @example
   * counter.state; // 0
   */
  get state(): State {
    return this._state;
  }

  /**
   * True as soon as `close()` has been called, before the handlers have wound down.
   *
   * @example
   * if (!bloc.isClosed) bloc.add({ type: 'page/shown' });
   */
  get isClosed(): boolean {
    return this._closing;
  }

  /**
   * The current state, then every change; completes when the bloc has closed.
   *
   * @example
   * bloc.state$.subscribe((state) => render(state));
   */
  get state$(): Observable<State> {
    this._stateStream ??= new Observable<State>((subscriber) => {
      subscriber.next(this._state);
      if (this._closed) {
        subscriber.complete();
        return;
      }
      const off = this.subscribe((state) => subscriber.next(state));
      const end = () => subscriber.complete();
      this._enders ??= new Set();
      this._enders.add(end);
      return () => {
        off();
        this._enders?.delete(end);
      };
    });
    return this._stateStream;
  }

  /**
   * Every change, as a `Change` (current and next state); completes when the bloc has closed.
   *
   * @example
   * bloc.changes$.subscribe(({ currentState, nextState }) => diff(currentState, nextState));
   */
  get changes$(): Observable<Change<State>> {
    if (!this._changes) {
      this._changes = new Subject();
      if (this._closed) this._changes.complete();
    }
    return this._changes.asObservable();
  }

  /**
   * Every error reported through `addError`, a failed handler or a failed emit; completes on close.
   *
   * @example
   * bloc.errors$.subscribe((error) => toast(String(error)));
   */
  get errors$(): Observable<unknown> {
    if (!this._errors) {
      this._errors = new Subject();
      if (this._closed) this._errors.complete();
    }
    return this._errors.asObservable();
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
    if (this._closed) return noop;
    // Copy on write: an emit iterating the old array is not disturbed by (un)subscribes inside a listener.
    this._listeners = [...this._listeners, listener];
    return () => {
      this._listeners = this._listeners.filter((l) => l !== listener);
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
    this._errors?.next(error);
  }

  /**
   * Closes the bloc: `isClosed` turns true at once, running handlers are cancelled and awaited,
   * then every stream completes and observers hear `onClose`. Calling it again returns the same promise.
   *
   * @example
   * await bloc.close();
   */
  close(): Promise<void> {
    if (!this._closePromise) {
      this._closing = true;
      this._closePromise = this._shutdown().then(() => {
        this._notify((observer) => observer.onClose?.(this as BlocBase<unknown>));
        this._closed = true;
        this._listeners = [];
        for (const end of this._enders ?? []) end();
        this._enders = undefined;
        this._changes?.complete();
        this._errors?.complete();
      });
    }
    return this._closePromise;
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
    return this._hookChange || this._changes !== undefined || this._observed();
  }

  /** @internal Whether any observer (local or global) watches this instance. */
  protected _observed(): boolean {
    return this._observers.length > 0 || getGlobalObservers().length > 0;
  }

  /** @internal Calls every global then every local observer. */
  protected _notify(call: (observer: BlocObserver) => void): void {
    for (const observer of getGlobalObservers()) call(observer);
    for (const observer of this._observers) call(observer);
  }

  /** @internal Whether `next` would be dropped as equal to the current state. */
  protected _same(next: State): boolean {
    return this._equals(this._state, next);
  }

  /**
   * @internal The one way the state changes: cubits, handler emitters, hydration, replay and
   * `blocTest`'s seed all go through it.
   */
  _emit(next: State): void {
    if (this._closing) throw new Error(`${this.name} is closed: it cannot emit new states after close() was called`);
    const previous = this._state;
    if (this._equals(previous, next)) return;
    let change: Change<State> | undefined;
    if (this._hooked()) {
      change = new Change(previous, next);
      this.onChange(change);
      const reported = change as Change<unknown>;
      this._notify((observer) => observer.onChange?.(this as BlocBase<unknown>, reported));
    }
    this._state = next;
    const listeners = this._listeners;
    for (let i = 0; i < listeners.length; i++) (listeners[i] as (state: State) => void)(next);
    if (change) this._changes?.next(change);
  }
}
