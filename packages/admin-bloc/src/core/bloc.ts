import { Observable, Subject } from 'rxjs';
import {
  BlocBase,
  type BlocBaseOptions,
  caught,
  fail,
  type Inside,
  type Internals,
  noop,
  tell,
  observed,
  overrides,
} from './bloc-base.js';
import { watchFailure } from './development.js';
import { type Emitter, HandlerRun } from './emitter.js';
import { hold, type Lane, pass, queue, type Strategy } from './lane.js';
import type { EventTransformer, NativeTransformer } from './transformers.js';
import type { Transition } from './transition.js';

/**
 * A handler for the events `on` routes to it. Return a promise for async work; the run ends when it settles.
 *
 * @example
 * const onIncremented: EventHandler<Incremented, number> = (event, emit) => emit(bloc.state + event.by);
 */
export type EventHandler<Event, State> = (event: Event, emit: Emitter<State>) => void | Promise<void>;

/**
 * Options of a bloc: the shared ones plus the bloc-wide default transformer.
 *
 * @example
 * const options: BlocOptions<UserListEvent, UserListState> = { name: 'userList', transformer: concurrent() };
 */
export interface BlocOptions<Event, State> extends BlocBaseOptions<State> {
  /** The transformer of every `on` that does not name its own. Defaults to `sequential()`. */
  transformer?: EventTransformer<Event>;
}

const RESOLVED: Promise<void> = Promise.resolve();

/**
 * Events in, states out. Register one handler per event type with `on`; `add` returns a promise that
 * settles when that event's handler has finished (it rejects with the handler's error, which also goes to
 * `onError`/`errors$`; an ignored promise never becomes an unhandled rejection). Differences from Dart:
 * `add` is awaitable, the default transformer is `sequential()` (see there why), and `add` of an event no
 * handler takes rejects, in production too.
 *
 * Cancellation (restartable, close) aborts `emit.signal` and makes the run's emits no-ops at once; an error
 * the cancelled body throws afterwards (typically the `AbortError` of its fetch) is not reported. `close()`
 * waits for cancelled bodies to settle, so a handler should hand `emit.signal` to whatever it awaits.
 *
 * @example
 * type CounterEvent = { type: 'counter/incremented'; by: number } | { type: 'counter/reset' };
 * class CounterBloc extends Bloc<CounterEvent, number> {
 *   constructor() {
 *     super(0);
 *     this.on('counter/incremented', (event, emit) => emit(this.state + event.by));
 *     this.on('counter/reset', (_event, emit) => emit(0), droppable());
 *   }
 * }
 * await new CounterBloc().add({ type: 'counter/incremented', by: 2 });
 */
export class Bloc<Event extends { type: string }, State> extends BlocBase<State> {
  constructor(initialState: State, options: BlocOptions<Event, State> = {}) {
    super(initialState, options);
    const internals = (this as unknown as Inside<State>)._internals;
    internals._lanes = new Map();
    internals._activeRuns = new Set();
    internals._defaultTransformer = options.transformer as EventTransformer<never> | undefined;
    internals._eventHooked = overrides(this, Bloc, 'onEvent') || overrides(this, Bloc, 'onDone');
    internals._changeHooked ||= overrides(this, Bloc, 'onTransition');
    internals._windDown = shutdown;
  }

  /**
   * Routes events to `handler`: by type, by several types, or by a predicate (a type guard narrows).
   * A type that already has a handler throws. `transformer` overrides the bloc-wide default.
   *
   * @example
   * this.on('userList/pageChanged', async (event, emit) => {
   *   emit({ ...this.state, page: event.page }); // event is narrowed to the pageChanged member
   * }, restartable());
   * this.on(['userList/refreshed', 'userList/shown'], (event, emit) => {}, droppable());
   */
  on<T extends Event['type']>(
    type: T | readonly T[],
    handler: EventHandler<Extract<Event, { type: T }>, State>,
    transformer?: EventTransformer<Extract<Event, { type: T }>>,
  ): void;
  on<E extends Event>(
    predicate: (event: Event) => event is E,
    handler: EventHandler<E, State>,
    transformer?: EventTransformer<E>,
  ): void;
  on(
    predicate: (event: Event) => boolean,
    handler: EventHandler<Event, State>,
    transformer?: EventTransformer<Event>,
  ): void;
  on(
    match: string | readonly string[] | ((event: Event) => boolean),
    handler: EventHandler<never, State>,
    transformer?: unknown,
  ): void {
    const self = this as unknown as Inside<State>;
    const internals = self._internals;
    // Types and predicates share one map: a type is a string, a predicate a function.
    const keys: readonly unknown[] = typeof match === 'object' ? match : [match];
    for (const key of keys) {
      if (internals._lanes.has(key)) {
        throw fail(this, ` already has a handler for ${typeof key === 'string' ? `"${key}"` : 'this predicate'}`);
      }
    }
    const chosen = (transformer ?? internals._defaultTransformer) as NativeTransformer<{ type: string }> | undefined;
    const lane: Lane = {
      _handler: handler,
      _predicate: typeof match === 'function' ? (match as (event: { type: string }) => boolean) : undefined,
      // No transformer: sequential()'s strategy, without `sequential()` itself and the RxJS operator it carries.
      _strategy: (chosen ? chosen.run : queue) as Strategy,
      _start: (event, onEnd) => start(self, lane, event, onEnd),
      _currentRun: undefined,
      _held: [],
      _heldFrom: 0,
      _draining: false,
      _pipeline: undefined,
    };
    if (chosen && !chosen.run) lane._strategy = pipe(self, lane, chosen);
    if (lane._predicate) internals._hasPredicates = true;
    for (const key of keys) internals._lanes.set(key, lane);
  }

  /**
   * Sends an event. Resolves when its handler has finished (or the transformer dropped it), rejects
   * with the handler's error. A refused event rejects too, never throws: after `close()`, or when no handler
   * takes it; unlike a handler's failure, such a rejection is not caught for you, so an ignored refusal shows as
   * an unhandled rejection. In development a handler's failure that nothing hears (no `await`/`catch` of this
   * promise, no `errors$` or `onError` listener) is warned about on the console.
   *
   * @example
   * await bloc.add({ type: 'userList/pageChanged', page: 2 });
   */
  add(event: Event): Promise<void> {
    const internals = (this as unknown as Inside<State>)._internals;
    if (internals._closing) return Promise.reject(fail(this, `: add("${event.type}") after close()`));
    let lane = internals._lanes.get(event.type);
    let lanes: Lane[] | undefined;
    if (internals._hasPredicates) {
      lanes = lane ? [lane] : [];
      for (const other of internals._lanes.values()) if (other._predicate?.(event)) lanes.push(other);
      lane = lanes[0];
    }
    if (!lane) return Promise.reject(fail(this, `: no handler for "${event.type}"`));
    if (internals._eventHooked || observed(internals)) {
      tell(this, 'onEvent', event);
    }
    const result =
      lanes && lanes.length > 1
        ? caught(Promise.all(lanes.map((other) => other._strategy(other, event))).then(noop))
        : lane._strategy(lane, event);
    // Development only: written out here rather than as a shared constant, because bundlers fold this condition to
    // `false` where they replace `process.env.NODE_ENV` and then drop the check from production bundles; a constant
    // holding it is not folded (measured with vite and esbuild). `typeof process` keeps a browser without a bundler
    // from throwing; the check is off there.
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && result) {
      return watchFailure(this as never, internals as never, event, result);
    }
    return result ?? RESOLVED;
  }

  /**
   * Called with every event before its handler runs.
   *
   * @example
   * protected override onEvent(event: CounterEvent) {
   *   analytics.track(event.type);
   * }
   */
  protected onEvent(_event: Event): void {}

  /**
   * Called with every transition (event, current and next state) before the state changes.
   *
   * @example
   * protected override onTransition(transition: Transition<CounterEvent, number>) {
   *   console.debug(transition.event.type, transition.nextState);
   * }
   */
  protected onTransition(_transition: Transition<Event, State>): void {}

  /**
   * Called when an event's handler has ended: finished, failed (with the error) or cancelled.
   *
   * @example
   * protected override onDone(event: CounterEvent, error?: unknown) {
   *   if (error) console.error(event.type, error);
   * }
   */
  protected onDone(_event: Event, _error?: unknown): void {}
}

/** Runs the handler for `event` now; the run ends at once when the handler is synchronous. */
function start<State>(
  bloc: Inside<State>,
  lane: Lane,
  event: { type: string },
  onEnd?: (lane: Lane) => void,
): HandlerRun<State> {
  const run = new HandlerRun<State>(bloc, event, onEnd);
  lane._currentRun = run;
  let out: unknown;
  try {
    out = (lane._handler as EventHandler<{ type: string }, State>)(event, run.emit);
  } catch (error) {
    if (end(bloc, lane, run, true, error)) run._result = caught(Promise.reject(error));
    return run;
  }
  if (out && typeof (out as PromiseLike<void>).then === 'function') {
    bloc._internals._activeRuns.add(run);
    // add's promise: settled once the run has ended, rejected with the error when the failure is reported.
    run._result = caught(
      Promise.resolve(out).then(
        () => {
          end(bloc, lane, run);
        },
        (error: unknown) => {
          if (end(bloc, lane, run, true, error)) throw error;
        },
      ),
    );
    // close() called from this handler's synchronous part: the run is cancelled but close cannot wait for it.
    if (bloc._internals._closing) run.cancel();
  } else end(bloc, lane, run);
  return run;
}

/** Ends a run: reports a failure (unless cancelled) and tells `onDone`. Returns whether the failure was reported. */
function end<State>(
  bloc: Inside<State>,
  lane: Lane,
  run: HandlerRun<State>,
  failed?: boolean,
  error?: unknown,
): boolean | undefined {
  const internals = bloc._internals;
  run._done = true;
  // Ends the subscriptions forEach/onEach opened.
  run._stop?.next();
  if (run._result) internals._activeRuns.delete(run);
  if (lane._currentRun === run) lane._currentRun = undefined;
  const reported = failed && !run._cancelled;
  if (reported) bloc.addError(error);
  if (internals._eventHooked || observed(internals)) {
    tell(bloc, 'onDone', run.event, reported ? error : undefined);
  }
  run._onEnd?.(lane);
  return reported;
}

/** Cancels every running handler and settles every held event, then waits for the cancelled handlers. */
async function shutdown<State>(internals: Internals<State>): Promise<void> {
  for (const lane of internals._lanes.values()) {
    lane._pipeline?.unsubscribe();
    for (const held of lane._held.splice(lane._heldFrom)) held.resolve();
  }
  await Promise.all(
    [...internals._activeRuns].map((run) => {
      run.cancel();
      return run._result;
    }),
  );
}

/** The generic path, for transformers the bloc cannot run natively: the events go through the transformer's pipeline. */
function pipe<State>(bloc: Inside<State>, lane: Lane, transformer: EventTransformer<{ type: string }>): Strategy {
  const subject = new Subject<{ type: string }>();
  const mapper = (event: { type: string }) =>
    new Observable<never>((subscriber) => {
      const held = lane._held;
      // The last entry of this event: one event object added again and again (a shared constant) is told
      // apart only by position, and a transformer that skips (debounce) hands on the latest of them.
      const at = held.findLastIndex((entry) => entry.event === event);
      // Events held before this one were skipped by the transformer (debounce, throttle, exhaust).
      const skipped = at >= 0 ? held.splice(0, at + 1) : [];
      const entry = skipped.pop();
      for (const other of skipped) other.resolve();
      const run = lane._start(event, () => subscriber.complete());
      if (entry) pass(run._result, entry);
      return () => run.cancel();
    });
  lane._pipeline = transformer(subject.asObservable(), mapper).subscribe({
    error: (error: unknown) => bloc.addError(error),
  });
  return (lane, event) => {
    const held = hold(lane, event);
    subject.next(event);
    return held;
  };
}
