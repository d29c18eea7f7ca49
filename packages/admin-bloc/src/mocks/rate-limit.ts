import { RATE_LIMITS } from '../contract/protocol.js';
import { HttpError } from './http-error.js';

const [MINUTE, HOUR] = RATE_LIMITS;

/** Options of {@link createMockRateLimiter}: document 002's limits by default. */
export interface MockRateLimitOptions {
  /** Requests per minute per token. Default 500. */
  perMinute?: number;
  /** Requests per hour per token. Default 5000. */
  perHour?: number;
  /** Milliseconds clock. Default `Date.now` (wall time even when the db's clock is fixed). */
  now?: () => number;
}

/** Counts requests per token in fixed minute and hour windows. */
export interface MockRateLimiter {
  /** Counts one request; throws HttpError(429) with `Retry-After` (seconds) once a window is full. */
  hit(key: string): { limit: number; remaining: number };
  /** Forgets every count. */
  reset(): void;
}

/**
 * Document 002's rate limit: 500 requests per minute and 5000 per hour per admin token. A refused
 * request is not counted, so a client that honours `Retry-After` gets through when the window turns.
 *
 * @example
 * let t = 0;
 * const limiter = createMockRateLimiter({ perMinute: 2, now: () => t });
 * limiter.hit('token'); limiter.hit('token');
 * limiter.hit('token'); // throws HttpError 429, headers['Retry-After'] === '60'
 */
export function createMockRateLimiter(options: MockRateLimitOptions = {}): MockRateLimiter {
  const perMinute = options.perMinute ?? MINUTE.limit;
  const perHour = options.perHour ?? HOUR.limit;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { minute: number; minuteCount: number; hour: number; hourCount: number }>();
  return {
    hit(key) {
      const at = now();
      const minute = Math.floor(at / MINUTE.windowMs);
      const hour = Math.floor(at / HOUR.windowMs);
      let entry = windows.get(key);
      if (entry === undefined) {
        entry = { minute, minuteCount: 0, hour, hourCount: 0 };
        windows.set(key, entry);
      }
      if (entry.minute !== minute) Object.assign(entry, { minute, minuteCount: 0 });
      if (entry.hour !== hour) Object.assign(entry, { hour, hourCount: 0 });
      const refuse = (windowEnd: number, limit: number) => {
        const retryAfter = Math.max(1, Math.ceil((windowEnd - at) / 1000));
        throw new HttpError(429, 'RATE_LIMITED', `Rate limit of ${limit} requests exceeded; retry in ${retryAfter} s`, {
          'Retry-After': String(retryAfter),
          'X-RateLimit-Limit': String(limit),
          'X-RateLimit-Remaining': '0',
        });
      };
      if (entry.hourCount >= perHour) refuse((hour + 1) * HOUR.windowMs, perHour);
      if (entry.minuteCount >= perMinute) refuse((minute + 1) * MINUTE.windowMs, perMinute);
      entry.minuteCount++;
      entry.hourCount++;
      return { limit: perMinute, remaining: Math.min(perMinute - entry.minuteCount, perHour - entry.hourCount) };
    },
    reset() {
      windows.clear();
    },
  };
}
