import {
  concatMap,
  debounceTime,
  exhaustMap,
  mergeMap,
  type Observable,
  type OperatorFunction,
  switchMap,
  throttleTime,
} from 'rxjs';
import { queue, type Strategy } from './lane.js';

/**
 * Decides how a handler's events become handler runs: `events` are the events the handler takes,
 * `mapper` turns one event into an observable that runs the handler (subscribe) and cancels it
 * (unsubscribe). Any RxJS pipeline works; Dart's `EventTransformer` with observables for streams.
 *
 * @example
 * const latestOnly: EventTransformer<SearchEvent> = (events, mapper) => events.pipe(switchMap(mapper));
 */
export type EventTransformer<Event> = (
  events: Observable<Event>,
  mapper: (event: Event) => Observable<never>,
) => Observable<unknown>;

/** @internal A built-in transformer: an RxJS pipeline that also carries the strategy the bloc runs instead. */
export type NativeTransformer<Event> = EventTransformer<Event> & { readonly run?: Strategy };

const native = <Event>(map: typeof concatMap, run: Strategy): EventTransformer<Event> =>
  Object.assign((events: Observable<Event>, mapper: (event: Event) => Observable<never>) => events.pipe(map(mapper)), {
    run,
  });

/**
 * One event at a time, in order: later events wait for the running handler (`concatMap`).
 * This is the bloc's default transformer. Dart defaults to concurrent, but with an awaitable `add` and
 * async handlers that read `state` after an `await`, overlapping runs are the most common bug; opt into
 * `concurrent()` where order does not matter.
 *
 * @example
 * this.on('cart/itemAdded', handler, sequential());
 */
export function sequential<Event>(): EventTransformer<Event> {
  return native(concatMap, queue);
}

/**
 * Every event at once, handlers overlapping (`mergeMap`); Dart's default.
 *
 * @example
 * this.on('row/expanded', handler, concurrent());
 */
export function concurrent<Event>(): EventTransformer<Event> {
  return native(mergeMap as typeof concatMap, (lane, event) => lane._start(event)._result);
}

/**
 * Ignores events while a handler runs (`exhaustMap`): a double-click submits once. A dropped event's
 * `add` promise resolves at once.
 *
 * @example
 * this.on('form/submitted', handler, droppable());
 */
export function droppable<Event>(): EventTransformer<Event> {
  return native(exhaustMap as typeof concatMap, (lane, event) =>
    lane._currentRun ? undefined : lane._start(event)._result,
  );
}

/**
 * A new event cancels the running handler (`switchMap`): its `emit.signal` aborts and its emits no longer
 * land. The cancelled event's `add` promise resolves once its handler body has settled.
 *
 * @example
 * this.on('search/queryChanged', async (event, emit) => {
 *   emit({ results: await search(event.query, { signal: emit.signal }) });
 * }, restartable());
 */
export function restartable<Event>(): EventTransformer<Event> {
  return native(switchMap as typeof concatMap, (lane, event) => {
    lane._currentRun?.cancel();
    return lane._start(event)._result;
  });
}

/**
 * Waits until events pause for `ms`, then handles the last one with `inner` (default `restartable()`,
 * so a slow request for an old query is cancelled too). The `add` promises of the skipped events
 * resolve when a later event starts its handler, or on close.
 *
 * @example
 * this.on('userList/searchChanged', handler, debounced(300));
 */
export function debounced<Event>(ms: number, inner: EventTransformer<Event> = restartable()): EventTransformer<Event> {
  return (events, mapper) => inner(events.pipe(debounceTime(ms)), mapper);
}

/**
 * Handles the first event, then ignores events for `ms` (`throttleTime`, leading edge), handing the
 * rest to `inner` (default `sequential()`). Skipped events resolve like `debounced`'s.
 *
 * @example
 * this.on('map/panned', handler, throttled(100));
 */
export function throttled<Event>(ms: number, inner: EventTransformer<Event> = sequential()): EventTransformer<Event> {
  return (events, mapper) => inner(events.pipe(throttleTime(ms) as OperatorFunction<Event, Event>), mapper);
}
