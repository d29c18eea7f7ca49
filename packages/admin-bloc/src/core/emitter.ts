import { Observable, Subject } from 'rxjs';
import { fail, hooked, type Inside, setState, tell } from './bloc-base.js';
import type { Lane } from './lane.js';
import { Transition } from './transition.js';

/**
 * What a handler gets to change the state: one emitter per handler invocation. Calling it emits (to update
 * through an immer draft instead, see `emitUpdate`). Once the handler has finished, been cancelled
 * (restartable, close) or the bloc has closed, emits never change the state; an emit after the handler has
 * finished is a bug and is reported through `onError`.
 *
 * @example
 * bloc.on('users/requested', async (event, emit) => {
 *   emit({ ...bloc.state, status: 'loading' });
 *   const users = await repository.users({ signal: emit.signal });
 *   emit({ ...bloc.state, status: 'success', users });
 * });
 */
export interface Emitter<State> {
  (state: State): void;
  /**
   * Emits `onData(value)` for every value of `source` (and `onError(error)` for its error, or fails the
   * handler without one). Resolves when `source` completes or the handler is cancelled, which also
   * unsubscribes. A subscription still open when the handler finishes is closed then.
   */
  forEach<T>(
    source: Observable<T>,
    options: { onData: (data: T) => State; onError?: (error: unknown) => State },
  ): Promise<void>;
  /** Like `forEach`, but the callbacks emit for themselves (or not at all). */
  onEach<T>(source: Observable<T>, onData: (data: T) => void, onError?: (error: unknown) => void): Promise<void>;
  /** True once the handler has finished or been cancelled. */
  readonly isDone: boolean;
  /** Aborted when the handler is cancelled (restartable, close): pass it to `fetch`, `ky`, … */
  readonly signal: AbortSignal;
}

/** An emitter with its run: the one field every method of the shared prototype reads (renamed by the build). */
type InternalEmitter<State> = Emitter<State> & { _run: HandlerRun<State> };

// One prototype for every emitter: a handler run costs one closure, not five.
const emitterPrototype: ThisType<InternalEmitter<unknown>> & object = {
  __proto__: Function.prototype,
  get isDone() {
    return this._run._done || this._run._cancelled;
  },
  get signal() {
    // An AbortController per run would dominate the cost of a synchronous handler, so it is made on demand.
    const run = this._run;
    run._abortController ??= new AbortController();
    if (run._cancelled) run._abortController.abort();
    return run._abortController.signal;
  },
  forEach(
    source: Observable<unknown>,
    { onData, onError }: { onData: (data: unknown) => unknown; onError?: (error: unknown) => unknown },
  ) {
    return this.onEach(source, (data) => this(onData(data)), onError && ((error) => this(onError(error))));
  },
  onEach(source: Observable<unknown>, onData: (data: unknown) => void, onError?: (error: unknown) => void) {
    const run = this._run;
    if (run._done || run._cancelled) return Promise.resolve();
    run._stop ??= new Subject();
    const stop = run._stop;
    // `source.pipe(catchError(…), takeUntil(stop))` written out: those two operators bring RxJS's `innerFrom` and its
    // helpers (about 2 kB min+gzip) into every bundle with a Bloc, to adapt an observable and a Subject we already
    // hold. Observable.forEach resolves on complete and rejects on an error or when onData throws.
    return new Observable<unknown>((subscriber) => {
      subscriber.add(stop.subscribe(() => subscriber.complete()));
      subscriber.add(
        source.subscribe({
          next: (data) => subscriber.next(data),
          error: (error: unknown) => {
            if (!onError) return subscriber.error(error);
            try {
              onError(error);
            } catch (failure) {
              return subscriber.error(failure);
            }
            subscriber.complete();
          },
          complete: () => subscriber.complete(),
        }),
      );
    }).forEach(onData);
  },
};

/** @internal The state of the bloc whose handler got `emit`: what `emitUpdate` hands immer as its base. */
export function currentState<State>(emit: Emitter<State>): State {
  return (emit as InternalEmitter<State>)._run._bloc.state;
}

/**
 * @internal One invocation of a handler: owns its emitter, its abort controller and the
 * subscriptions it opened through `forEach`/`onEach`.
 */
export class HandlerRun<State> {
  // A run is made per event: its fields start with `_` so the build shortens them (mangle.json).
  /** The handler has finished (or failed, or was cancelled and has settled since). */
  _done = false;
  /** Cancelled (restartable, close): its emits are dropped, its failure is not reported. */
  _cancelled = false;
  /** What `add` gets: settles after an asynchronous handler has ended; rejected when a reported failure ended it. */
  _result: Promise<void> | undefined;
  /** The abort controller behind `emit.signal`, made on demand: one per run would dominate a synchronous handler. */
  _abortController: AbortController | undefined;
  /** Ends the subscriptions `forEach`/`onEach` opened (each unsubscribes and its promise resolves). */
  _stop: Subject<void> | undefined;
  // Declared, not class fields: the constructor's assignments create them, and a bundle spells each name once.
  declare readonly emit: Emitter<State>;
  /** The bloc whose handler runs. */
  declare readonly _bloc: Inside<State>;
  declare readonly event: { type: string };
  /** Called once when the run ends: the sequential strategy drains its queue, the RxJS path completes. */
  declare readonly _onEnd: ((lane: Lane) => void) | undefined;

  constructor(bloc: Inside<State>, event: { type: string }, onEnd?: (lane: Lane) => void) {
    this._bloc = bloc;
    this.event = event;
    this._onEnd = onEnd;
    const emit = ((state: State) => push(this, state)) as InternalEmitter<State>;
    Object.setPrototypeOf(emit, emitterPrototype);
    emit._run = this;
    this.emit = emit;
  }

  /** Cancels the run: its signal aborts, its subscriptions end and its emits no longer land. */
  cancel(): void {
    if (this._done || this._cancelled) return;
    this._cancelled = true;
    this._abortController?.abort();
    this._stop?.next();
  }
}

/** What calling a handler's `emit` does: drops it when cancelled or closed, reports it when too late. */
function push<State>(run: HandlerRun<State>, next: State): void {
  const bloc = run._bloc;
  const internals = bloc._internals;
  if (run._cancelled || internals._closing) return;
  if (run._done) {
    bloc.addError(fail(bloc, `: emit after the handler for "${run.event.type}" finished; await its async calls`));
  } else if (!internals._equals(internals._state, next)) {
    if (hooked(internals)) {
      tell(bloc, 'onTransition', new Transition(bloc.state, run.event, next));
    }
    setState(bloc, next);
  }
}
