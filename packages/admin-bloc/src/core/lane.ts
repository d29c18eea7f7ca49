import type { Subscription } from 'rxjs';
import { caught } from './bloc-base.js';

/** @internal A handler run as a strategy sees it (`HandlerRun`). */
export interface Run {
  /** What the run's `add` gets; undefined: the handler finished synchronously without an error. */
  readonly _result: Promise<void> | undefined;
  cancel(): void;
}

/** @internal An event a strategy holds back, with the settlers of the promise its `add` returned. */
export interface Held {
  event: { type: string };
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * @internal One `on` registration as the bloc and its strategy see it. The fields are read on every `add`;
 * like `Internals`' they start with `_` and the build shortens them from `mangle.json`.
 */
export interface Lane {
  /** The handler `on` registered. */
  _handler: (event: never, emit: never) => unknown;
  /** The predicate of `on(predicate, …)`; undefined for a registration by type. */
  _predicate: ((event: { type: string }) => boolean) | undefined;
  /** How events become runs: the transformer's native strategy, or the bloc's RxJS path for any other transformer. */
  _strategy: Strategy;
  /** Starts a run of the handler; `onEnd` is called when it has ended, before its `add` settles. */
  _start: (event: { type: string }, onEnd?: (lane: Lane) => void) => Run;
  /** The run started last, until it ends: the run that holds the handler (sequential, droppable, restartable). */
  _currentRun: Run | undefined;
  /** Events held back: waiting for the running handler (sequential) or inside the RxJS pipeline; resolved on close. */
  _held: Held[];
  /** Where `_held` is read from, so a long sequential queue drains in O(n) rather than shifting the array. */
  _heldFrom: number;
  /** True while a sequential lane drains its queue (a handler that ends synchronously must not drain again). */
  _draining: boolean;
  /** The RxJS pipeline of the generic path, unsubscribed on close. */
  _pipeline: Subscription | undefined;
}

/**
 * @internal A built-in transformer's way to run a handler's events without an RxJS pipeline (the same semantics,
 * no Subject and no subscription per event). It returns what `add` returns; undefined means resolved.
 * Each strategy lives with the transformer that carries it, so a bundle holds only those it imports; `queue`,
 * the default's, lives here.
 */
export type Strategy = (lane: Lane, event: { type: string }) => Promise<void> | undefined;

/** @internal Holds `event` back in the lane's queue; the promise never becomes an unhandled rejection. */
export function hold(lane: Lane, event: { type: string }): Promise<void> {
  return caught(new Promise<void>((resolve, reject) => lane._held.push({ event, resolve, reject })));
}

/** @internal Settles a held event's `add` with the result of the run that handled it. */
export function pass(result: Promise<void> | undefined, held: Held): void {
  if (result) result.then(held.resolve, held.reject);
  else held.resolve();
}

/**
 * @internal The strategy of `sequential()`, the bloc's default: runs the event now if the handler is free and
 * nothing waits, else queues it behind the others. It lives here rather than with `sequential()` so that a bloc
 * without a transformer of its own runs it without importing `sequential()`, whose RxJS form (`concatMap`) brings
 * RxJS's `innerFrom` and its helpers into the bundle.
 */
export const queue: Strategy = (lane, event) =>
  lane._currentRun || lane._held.length > lane._heldFrom ? hold(lane, event) : lane._start(event, drain)._result;

/** Called when a sequential run ends: starts the waiting events one by one while their handlers end synchronously. */
function drain(lane: Lane): void {
  if (lane._draining) return;
  lane._draining = true;
  while (!lane._currentRun && lane._held.length > lane._heldFrom) {
    const next = lane._held[lane._heldFrom++] as Held;
    if (lane._heldFrom === lane._held.length) {
      lane._held = [];
      lane._heldFrom = 0;
    }
    pass(lane._start(next.event, drain)._result, next);
  }
  lane._draining = false;
}
