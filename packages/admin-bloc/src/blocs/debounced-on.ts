import { debounce, Observable } from 'rxjs';
import { type EventTransformer, restartable } from '../core/transformers.js';
import type { Timers } from './shared/timers.js';

/**
 * `debounced(ms, inner)` on the bloc's injected `Timers` instead of RxJS's global scheduler: waits until events
 * pause for `ms`, then hands the last one to `inner` (default `restartable()`, so the request of an older query
 * is aborted through the Emitter's `signal`). With the timers injected, a test steps the debounce by hand
 * while MSW keeps the real event loop (global fake timers would stop MSW's own timers too).
 *
 * @example
 * this.on('contacts/searchChanged', handler, debouncedOn(timers, 300));
 */
export function debouncedOn<Event>(
  timers: Timers,
  ms: number,
  inner: EventTransformer<Event> = restartable(),
): EventTransformer<Event> {
  const quiet = () =>
    new Observable<void>((subscriber) => {
      const handle = timers.setTimeout(() => {
        subscriber.next();
        subscriber.complete();
      }, ms);
      return () => timers.clearTimeout(handle);
    });
  return (events, mapper) => inner(events.pipe(debounce(quiet)), mapper);
}
