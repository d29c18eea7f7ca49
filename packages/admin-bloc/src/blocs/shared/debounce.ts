import { debounce, Observable } from 'rxjs';
import { type EventTransformer, restartable } from '../../core/transformers.js';
import type { Timers } from './timers.js';

/**
 * `debounced(ms, inner)` on injected timers: waits until events pause for `ms` by `timers`, then hands the
 * last one to `inner` (default `restartable()`). With `systemTimers` it is the core's `debounced`; with a
 * test's fake timers the debounce is stepped by hand like everything else in the bloc.
 *
 * @example
 * this.on('userList/searchChanged', applySearch, debouncedOn(timers, 300));
 */
export function debouncedOn<Event>(
  timers: Timers,
  ms: number,
  inner: EventTransformer<Event> = restartable(),
): EventTransformer<Event> {
  const wait = () =>
    new Observable<void>((subscriber) => {
      const handle = timers.setTimeout(() => {
        subscriber.next();
        subscriber.complete();
      }, ms);
      return () => timers.clearTimeout(handle);
    });
  return (events, mapper) => inner(events.pipe(debounce(wait)), mapper);
}
