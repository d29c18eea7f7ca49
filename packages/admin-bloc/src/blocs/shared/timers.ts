/**
 * The clock and timers a bloc uses, injected so tests drive time (vitest's fake timers, or a hand-stepped
 * scheduler) without module mocks.
 *
 * @example
 * const timers: Timers = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as never), now: () => Date.now() };
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds since the epoch. */
  now(): number;
}

/**
 * The global timers, looked up on every call (not captured at import), so `vi.useFakeTimers()` installed
 * after a bloc was created still drives it.
 *
 * @example
 * new DashboardBloc({ client, scope, timers: systemTimers });
 */
export const systemTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};
