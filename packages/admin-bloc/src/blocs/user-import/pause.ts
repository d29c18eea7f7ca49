import type { Timers } from '../shared/timers.js';

/**
 * Waits `ms` on the bloc's timers, so long work can let the page handle input and paint in between (tests drive
 * it with their own timers). Resolves at once when `signal` aborts, clearing the timer: a cancelled job does
 * not wait out its pause.
 *
 * @example
 * await pause(this.timers, 0, stop.signal);
 * if (stop.signal.aborted) return;
 */
export function pause(timers: Timers, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      timers.clearTimeout(handle);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const handle = timers.setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
