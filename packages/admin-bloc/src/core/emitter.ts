import { type Draft, produce } from 'immer';
import type { Observable, Subscription } from 'rxjs';

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

/** @internal What a handler run needs from its bloc. */
export interface EmitterHost<State> {
  readonly state: State;
  readonly isClosed: boolean;
  readonly name: string;
  addError(error: unknown): void;
  _emitFrom(event: { type: string }, next: State): void;
}

interface Disposable {
  subscription: Subscription | undefined;
  resolve: () => void;
}

type InternalEmitter<State> = Emitter<State> & { _run: HandlerRun<State> };

const emitterPrototype = Object.create(Function.prototype, {
  isDone: {
    get(this: InternalEmitter<unknown>) {
      return this._run.done || this._run.cancelled;
    },
  },
  signal: {
    get(this: InternalEmitter<unknown>) {
      return this._run.signal();
    },
  },
  update: {
    value(this: InternalEmitter<unknown>, recipe: (draft: unknown) => unknown) {
      this(produce(this._run.host.state, recipe as never));
    },
  },
  forEach: {
    value(
      this: InternalEmitter<unknown>,
      source: Observable<unknown>,
      options: { onData: (data: unknown) => unknown; onError?: (error: unknown) => unknown },
    ) {
      const { onData, onError } = options;
      return this.onEach(source, (data) => this(onData(data)), onError && ((error) => this(onError(error))));
    },
  },
  onEach: {
    value(
      this: InternalEmitter<unknown>,
      source: Observable<unknown>,
      onData: (data: unknown) => void,
      onError?: (error: unknown) => void,
    ) {
      return this._run.follow(source, onData, onError);
    },
  },
});

/**
 * @internal One invocation of a handler: owns its emitter, its abort controller and the
 * subscriptions it opened through `forEach`/`onEach`.
 */
export class HandlerRun<State> {
  done = false;
  cancelled = false;
  /** Settles `add`'s promise when the handler ran asynchronously. */
  promise: Promise<void> | undefined;
  settle: [(value: undefined) => void, (error: unknown) => void] | undefined;
  /** Called once when the run ends (the generic transformer path completes its inner observable). */
  onEnd: (() => void) | undefined;
  readonly emit: Emitter<State>;
  private _controller: AbortController | undefined;
  private _disposables: Disposable[] | undefined;

  constructor(
    readonly host: EmitterHost<State>,
    readonly event: { type: string },
  ) {
    const emit = ((state: State) => this.push(state)) as InternalEmitter<State>;
    Object.setPrototypeOf(emit, emitterPrototype);
    emit._run = this;
    this.emit = emit;
  }

  push(next: State): void {
    if (this.cancelled || this.host.isClosed) return;
    if (this.done) {
      this.host.addError(
        new Error(
          `${this.host.name}: emit was called after the handler for "${this.event.type}" had finished; await every async call in the handler`,
        ),
      );
      return;
    }
    this.host._emitFrom(this.event, next);
  }

  signal(): AbortSignal {
    // An AbortController per run would dominate the cost of a synchronous handler, so it is made on demand.
    if (!this._controller) {
      this._controller = new AbortController();
      if (this.cancelled) this._controller.abort();
    }
    return this._controller.signal;
  }

  follow<T>(source: Observable<T>, onData: (data: T) => void, onError?: (error: unknown) => void): Promise<void> {
    if (this.done || this.cancelled) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const entry: Disposable = { subscription: undefined, resolve };
      const finish = (fail?: { error: unknown }) => {
        entry.subscription?.unsubscribe();
        const list = this._disposables;
        if (list) list.splice(list.indexOf(entry), 1);
        if (fail) reject(fail.error);
        else resolve();
      };
      this._disposables ??= [];
      this._disposables.push(entry);
      let ended = false;
      const end = (fail?: { error: unknown }) => {
        if (ended) return;
        ended = true;
        finish(fail);
      };
      entry.subscription = source.subscribe({
        next: (data) => {
          try {
            onData(data);
          } catch (error) {
            end({ error });
          }
        },
        error: (error: unknown) => {
          if (!onError) return end({ error });
          try {
            onError(error);
            end();
          } catch (thrown) {
            end({ error: thrown });
          }
        },
        complete: () => end(),
      });
      if (ended) entry.subscription.unsubscribe();
    });
  }

  cancel(): void {
    if (this.done || this.cancelled) return;
    this.cancelled = true;
    this._controller?.abort();
    this.dispose();
  }

  dispose(): void {
    const list = this._disposables;
    if (!list) return;
    this._disposables = undefined;
    for (const entry of list) {
      entry.subscription?.unsubscribe();
      entry.resolve();
    }
  }
}
