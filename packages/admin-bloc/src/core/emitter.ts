import { type Draft, produce } from 'immer';
import { catchError, EMPTY, type Observable, Subject, takeUntil } from 'rxjs';
import { fail, hooked, type Inside, tell } from './bloc-base.js';
import type { Lane } from './lane.js';
import { Transition } from './transition.js';

/**
 * What a handler gets to change the state: one emitter per handler invocation. Calling it emits;
 * `update` emits immer's `produce` over the current state. Once the handler has finished, been
 * cancelled (restartable, close) or the bloc has closed, emits never change the state; an emit after
 * the handler has finished is a bug and is reported through `onError`.
 *
 * @example
 * bloc.on('users/requested', async (event, emit) => {
 *   emit({ ...bloc.state, status: 'loading' });
 *   const users = await repository.users({ signal: emit.signal });
 *   emit.update((draft) => {
 *     draft.status = 'success';
 *     draft.users = users;
 *   });
 * });
 */
export interface Emitter<State> {
  (state: State): void;
  /** Emits `produce(state, recipe)`: an unchanged draft keeps the state identical, so nothing is emitted. */
  // biome-ignore lint/suspicious/noConfusingVoidType: immer recipes either mutate the draft (void) or return a state
  update(recipe: (draft: Draft<State>) => void | State): void;
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

type InternalEmitter<State> = Emitter<State> & { _r: HandlerRun<State> };

// One prototype for every emitter: a handler run costs one closure, not five.
const emitterPrototype: ThisType<InternalEmitter<unknown>> & object = {
  __proto__: Function.prototype,
  get isDone() {
    return this._r.d || this._r.x;
  },
  get signal() {
    // An AbortController per run would dominate the cost of a synchronous handler, so it is made on demand.
    const run = this._r;
    run.a ??= new AbortController();
    if (run.x) run.a.abort();
    return run.a.signal;
  },
  update(recipe: (draft: unknown) => unknown) {
    this(produce(this._r.o.state, recipe as never));
  },
  forEach(
    source: Observable<unknown>,
    { onData, onError }: { onData: (data: unknown) => unknown; onError?: (error: unknown) => unknown },
  ) {
    return this.onEach(source, (data) => this(onData(data)), onError && ((error) => this(onError(error))));
  },
  onEach(source: Observable<unknown>, onData: (data: unknown) => void, onError?: (error: unknown) => void) {
    const run = this._r;
    if (run.d || run.x) return Promise.resolve();
    run.t ??= new Subject();
    // Observable.forEach resolves on complete and rejects on an error or when onData throws; stop ends it early.
    return source
      .pipe(
        catchError((error: unknown) => {
          if (!onError) throw error;
          onError(error);
          return EMPTY;
        }),
        takeUntil(run.t),
      )
      .forEach(onData);
  },
};

/**
 * @internal One invocation of a handler: owns its emitter, its abort controller and the
 * subscriptions it opened through `forEach`/`onEach`.
 */
export class HandlerRun<State> {
  // One-letter fields: a run is made per event, and each name is spelled out in every bundle.
  /** Done: the handler has finished (or failed, or was cancelled and has settled since). */
  d = false;
  /** Cancelled (restartable, close): its emits are dropped, its failure is not reported. */
  x = false;
  /** What `add` gets: settles after an asynchronous handler has ended; rejected when a reported failure ended it. */
  r: Promise<void> | undefined;
  /** The abort controller behind `emit.signal`, made on demand. */
  a: AbortController | undefined;
  /** Ends the subscriptions `forEach`/`onEach` opened (each unsubscribes and its promise resolves). */
  t: Subject<void> | undefined;
  readonly emit: Emitter<State>;

  constructor(
    /** The bloc. */
    readonly o: Inside<State>,
    readonly event: { type: string },
    /** Called once when the run ends: the sequential strategy drains its queue, the RxJS path completes. */
    readonly n?: (lane: Lane) => void,
  ) {
    const emit = ((state: State) => push(this, state)) as InternalEmitter<State>;
    Object.setPrototypeOf(emit, emitterPrototype);
    emit._r = this;
    this.emit = emit;
  }

  /** Cancels the run: its signal aborts, its subscriptions end and its emits no longer land. */
  cancel(): void {
    if (this.d || this.x) return;
    this.x = true;
    this.a?.abort();
    this.t?.next();
  }
}

function push<State>(run: HandlerRun<State>, next: State): void {
  const bloc = run.o;
  const c = bloc._c;
  if (run.x || c.x) return;
  if (run.d) {
    bloc.addError(fail(bloc, `: emit after the handler for "${run.event.type}" finished; await its async calls`));
  } else if (!c.q(c.s, next)) {
    if (hooked(c)) {
      tell(bloc, 'onTransition', new Transition(bloc.state, run.event, next));
    }
    bloc._emit(next);
  }
}
