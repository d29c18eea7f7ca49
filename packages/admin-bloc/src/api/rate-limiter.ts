import { RATE_LIMITS } from '../contract/protocol.js';

/**
 * Keeps a client under document 002's budget (500 requests a minute per admin) by making callers wait for a
 * free slot instead of failing: a sliding window of start times, served in FIFO order.
 *
 * Time comes from `now` (default `Date.now`) and waiting from `setTimeout`, so fake timers drive it in tests.
 */

export interface RateLimitOptions {
  /** Requests allowed per window. Default 500 (document 002). */
  readonly limit?: number;
  /** Window length in milliseconds. Default 60 000. */
  readonly windowMs?: number;
  /** Clock in milliseconds. Default `Date.now`. */
  readonly now?: () => number;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

export interface RateLimiter {
  /** Resolves when a request may start; rejects with the signal's reason if it aborts while queued. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Number of callers waiting for a slot. */
  readonly pending: number;
}

/**
 * Creates a FIFO sliding-window limiter.
 *
 * @example
 * const limiter = createRateLimiter({ limit: 500, windowMs: 60_000 });
 * await limiter.acquire(signal); // then send the request
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const limit = options.limit ?? RATE_LIMITS[0].limit;
  const windowMs = options.windowMs ?? RATE_LIMITS[0].windowMs;
  const now = options.now ?? (() => Date.now());
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('rateLimit.limit must be a positive integer');
  if (!(windowMs > 0)) throw new RangeError('rateLimit.windowMs must be positive');

  const starts: number[] = [];
  const queue: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function prune(at: number): void {
    while (starts.length > 0 && (starts[0] as number) <= at - windowMs) starts.shift();
  }

  function drain(): void {
    timer = undefined;
    const at = now();
    prune(at);
    while (queue.length > 0 && starts.length < limit) {
      const waiter = queue.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      starts.push(at);
      waiter.resolve();
    }
    if (queue.length > 0 && timer === undefined) {
      const wait = Math.max(0, (starts[0] as number) + windowMs - at);
      timer = setTimeout(drain, wait);
    }
  }

  return {
    get pending() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const at = now();
      prune(at);
      if (queue.length === 0 && starts.length < limit) {
        starts.push(at);
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          onAbort: () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(signal?.reason);
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        queue.push(waiter);
        if (timer === undefined) drain();
      });
    },
  };
}
