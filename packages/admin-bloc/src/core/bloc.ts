import { Observable, Subject, type Subscription } from 'rxjs';
import { BlocBase, type BlocBaseOptions } from './bloc-base.js';
import { type Emitter, HandlerRun } from './emitter.js';
import { type EventTransformer, type KnownTransformer, sequential, type TransformerKind } from './transformers.js';
import { Transition } from './transition.js';

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
 * super(initialState, { name: 'userList', transformer: concurrent() });
 */
export interface BlocOptions<Event, State> extends BlocBaseOptions<State> {
  /** The transformer of every `on` that does not name its own. Defaults to `sequential()`. */
  transformer?: EventTransformer<Event>;
}

const RESOLVED: Promise<void> = Promise.resolve();
const noop = (): void => {};

interface Queued {
  event: { type: string };
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Registration<State> {
  handler: EventHandler<never, State>;
  kind: TransformerKind | undefined;
  predicate: ((event: { type: string }) => boolean) | undefined;
  /** The run that holds the handler (sequential, droppable, restartable). */
  current: HandlerRun<State> | undefined;
  /** Events waiting for the current run (sequential); read from `head` so a long queue drains in O(n). */
  queue: Queued[];
  head: number;
  draining: boolean;
  /** The generic RxJS path, for transformers the bloc cannot run natively. */
  subject: Subject<{ type: string }> | undefined;
  subscription: Subscription | undefined;
  pending: Queued[];
}

type Run<State> = HandlerRun<State> & { result?: Promise<void> | undefined };

/**
 * Events in, states out. Register one handler per event type with `on`; `add` returns a promise that
 * settles when that event's handler has finished (it rejects with the handler's error, which also goes to
 * `onError`/`errors$`; an ignored promise never becomes an unhandled rejection). Differences from Dart:
 * `add` is awaitable, the default transformer is `sequential()` (see there why), and `add` of an event no
 * handler takes throws at once, in production too.
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
  private readonly _byType = new Map<string, Registration<State>>();
  private readonly _byPredicate: Registration<State>[] = [];
  private readonly _registrations: Registration<State>[] = [];
  private readonly _runs = new Set<Run<State>>();
  private readonly _transformer: EventTransformer<Event>;
  private readonly _hookEvent: boolean;

  constructor(initialState: State, options: BlocOptions<Event, State> = {}) {
    super(initialState, options);
    this._transformer = options.transformer ?? sequential();
    this._hookEvent = this.onEvent !== Bloc.prototype.onEvent || this.onDone !== Bloc.prototype.onDone;
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
    const chosen = (transformer ?? this._transformer) as unknown as KnownTransformer<{ type: string }>;
    const registration: Registration<State> = {
      handler,
      kind: chosen.kind,
      predicate: typeof match === 'function' ? (match as (event: { type: string }) => boolean) : undefined,
      current: undefined,
      queue: [],
      head: 0,
      draining: false,
      subject: undefined,
      subscription: undefined,
      pending: [],
    };
    if (typeof match === 'function') {
      if (this._byPredicate.some((r) => r.predicate === match)) {
        throw new Error(`${this.name} already has a handler for this predicate`);
      }
    } else {
      const types = typeof match === 'string' ? [match] : match;
      for (const type of types) {
        if (this._byType.has(type)) throw new Error(`${this.name} already has a handler for "${type}"`);
      }
    }
    if (!chosen.kind) this._pipe(registration, chosen);
    if (typeof match === 'function') this._byPredicate.push(registration);
    else for (const type of typeof match === 'string' ? [match] : match) this._byType.set(type, registration);
    this._registrations.push(registration);
  }

  /**
   * Sends an event. Resolves when its handler has finished (or the transformer dropped it), rejects
   * with the handler's error. Throws at once after `close()` or for an event no handler takes.
   *
   * @example
   * await bloc.add({ type: 'userList/pageChanged', page: 2 });
   */
  add(event: Event): Promise<void> {
    if (this.isClosed) throw new Error(`${this.name} is closed: cannot add "${event.type}" after close() was called`);
    const byType = this._byType.get(event.type);
    if (this._byPredicate.length === 0) {
      if (!byType) throw this._unhandled(event);
      if (this._hookEvent || this._observed()) this._reportEvent(event);
      return this._dispatch(byType, event) ?? RESOLVED;
    }
    const targets = byType ? [byType] : [];
    for (const registration of this._byPredicate) if (registration.predicate?.(event)) targets.push(registration);
    if (targets.length === 0) throw this._unhandled(event);
    if (this._hookEvent || this._observed()) this._reportEvent(event);
    const results = targets.map((registration) => this._dispatch(registration, event) ?? RESOLVED);
    if (results.length === 1) return results[0] as Promise<void>;
    const all = Promise.all(results).then(noop);
    all.catch(noop);
    return all;
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

  /** @internal */
  protected override _hasTransitionHook(): boolean {
    return this.onTransition !== Bloc.prototype.onTransition;
  }

  /** @internal A handler's emit, after its emitter checked that the run may still emit. */
  _emitFrom(event: { type: string }, next: State): void {
    if (this._same(next)) return;
    if (this._hooked()) {
      const transition = new Transition(this.state, event as Event, next);
      this.onTransition(transition);
      const reported = transition as Transition<unknown, unknown>;
      this._notify((observer) => observer.onTransition?.(this as BlocBase<unknown>, reported));
    }
    this._emit(next);
  }

  protected override async _shutdown(): Promise<void> {
    for (const registration of this._registrations) {
      registration.subscription?.unsubscribe();
      for (const skipped of registration.pending.splice(0)) skipped.resolve();
      const queue = registration.queue.slice(registration.head);
      registration.queue = [];
      registration.head = 0;
      for (const queued of queue) queued.resolve();
    }
    const running = [...this._runs];
    for (const run of running) run.cancel();
    await Promise.all(running.map((run) => run.promise));
  }

  private _unhandled(event: Event): Error {
    return new Error(`${this.name} has no handler for "${event.type}": register one with on('${event.type}', …)`);
  }

  private _reportEvent(event: Event): void {
    this.onEvent(event);
    this._notify((observer) => observer.onEvent?.(this as BlocBase<unknown>, event));
  }

  /** Native strategies: the same semantics as the RxJS operators, without a pipeline per event. */
  private _dispatch(registration: Registration<State>, event: { type: string }): Promise<void> | undefined {
    switch (registration.kind) {
      case 'concurrent':
        return this._invoke(registration, event).result;
      case 'sequential':
        if (registration.current || registration.queue.length > registration.head) {
          const queued = new Promise<void>((resolve, reject) => registration.queue.push({ event, resolve, reject }));
          queued.catch(noop);
          return queued;
        }
        return this._invoke(registration, event).result;
      case 'droppable':
        return registration.current ? undefined : this._invoke(registration, event).result;
      case 'restartable':
        registration.current?.cancel();
        return this._invoke(registration, event).result;
      default:
        return this._push(registration, event);
    }
  }

  private _invoke(registration: Registration<State>, event: { type: string }, onEnd?: () => void): Run<State> {
    const run: Run<State> = new HandlerRun<State>(this, event);
    run.onEnd = onEnd;
    if (registration.kind !== 'concurrent' && registration.kind !== undefined) registration.current = run;
    let out: unknown;
    try {
      out = (registration.handler as EventHandler<{ type: string }, State>)(event, run.emit);
    } catch (error) {
      this._end(registration, run, error, true);
      return run;
    }
    if (out !== null && typeof out === 'object' && typeof (out as PromiseLike<void>).then === 'function') {
      this._runs.add(run);
      run.promise = new Promise<void>((resolve, reject) => {
        run.settle = [resolve, reject];
      });
      run.result = run.promise;
      // close() called from this handler's synchronous part: the run is cancelled but close cannot wait for it.
      if (this.isClosed) run.cancel();
      (out as PromiseLike<void>).then(
        () => this._end(registration, run, undefined, false),
        (error: unknown) => this._end(registration, run, error, true),
      );
      return run;
    }
    this._end(registration, run, undefined, false);
    return run;
  }

  private _end(registration: Registration<State>, run: Run<State>, error: unknown, failed: boolean): void {
    run.done = true;
    run.dispose();
    if (run.promise) this._runs.delete(run);
    if (registration.current === run) registration.current = undefined;
    const reported = failed && !run.cancelled;
    if (reported) this.addError(error);
    if (this._hookEvent || this._observed()) {
      const event = run.event as Event;
      this.onDone(event, reported ? error : undefined);
      this._notify((observer) => observer.onDone?.(this as BlocBase<unknown>, event, reported ? error : undefined));
    }
    run.onEnd?.();
    if (registration.queue.length > registration.head) this._drain(registration);
    if (run.settle) {
      if (reported) {
        run.promise?.catch(noop);
        run.settle[1](error);
      } else run.settle[0](undefined);
    } else if (reported) {
      run.result = Promise.reject(error);
      run.result.catch(noop);
    }
  }

  private _drain(registration: Registration<State>): void {
    if (registration.draining) return;
    registration.draining = true;
    while (!registration.current && registration.queue.length > registration.head && !this.isClosed) {
      const next = registration.queue[registration.head++] as Queued;
      if (registration.head === registration.queue.length) {
        registration.queue = [];
        registration.head = 0;
      }
      const result = this._invoke(registration, next.event).result;
      if (result) result.then(next.resolve, next.reject);
      else next.resolve();
    }
    registration.draining = false;
  }

  private _pipe(registration: Registration<State>, transformer: EventTransformer<{ type: string }>): void {
    const subject = new Subject<{ type: string }>();
    registration.subject = subject;
    const mapper = (event: { type: string }) =>
      new Observable<never>((subscriber) => {
        const pending = registration.pending;
        // The last entry of this event: one event object added again and again (a shared constant) is told
        // apart only by position, and a transformer that skips (debounce) hands on the latest of them.
        const at = pending.findLastIndex((entry) => entry.event === event);
        // Events queued before this one were skipped by the transformer (debounce, throttle, exhaust).
        const skipped = at >= 0 ? pending.splice(0, at + 1) : [];
        const entry = skipped.pop();
        for (const other of skipped) other.resolve();
        const run = this._invoke(registration, event, () => subscriber.complete());
        if (entry) {
          if (run.result) run.result.then(entry.resolve, entry.reject);
          else entry.resolve();
        }
        return () => run.cancel();
      });
    registration.subscription = transformer(subject.asObservable(), mapper).subscribe({
      error: (error: unknown) => this.addError(error),
    });
  }

  private _push(registration: Registration<State>, event: { type: string }): Promise<void> {
    let entry: Queued | undefined;
    const promise = new Promise<void>((resolve, reject) => {
      entry = {
        event,
        resolve,
        reject: (error) => {
          promise.catch(noop);
          reject(error);
        },
      };
    });
    registration.pending.push(entry as Queued);
    registration.subject?.next(event);
    return promise;
  }
}
