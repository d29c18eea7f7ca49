/**
 * The mock backend's clock. Fixed by default, so "activities this month" and every `updated_at` are the
 * same on every run; tests move it explicitly (`advance`, `set`) or pass a live clock.
 */
export interface MockClock {
  /** The current instant. */
  now(): Date;
  /** The current instant as an ISO string without milliseconds (`2026-03-26T12:00:00Z`), like the documents. */
  iso(): string;
  /** Moves a fixed clock to an instant (ignored by a live clock). */
  set(instant: Date | string): void;
  /** Moves a fixed clock forward (ignored by a live clock). */
  advance(milliseconds: number): void;
}

/**
 * The date the contract documents are written on: the default clock of every mock db.
 *
 * @example
 * createMockDb().clock.iso() === DEFAULT_NOW; // true
 */
export const DEFAULT_NOW = '2026-03-26T12:00:00Z';

/**
 * Creates a clock: a fixed instant (Date or ISO string), or a live source such as `() => new Date()`.
 *
 * @example
 * const clock = createClock('2026-03-26T12:00:00Z');
 * clock.advance(60_000);
 * clock.iso(); // '2026-03-26T12:01:00Z'
 */
export function createClock(source: Date | string | (() => Date) = DEFAULT_NOW): MockClock {
  if (typeof source === 'function') {
    return { now: source, iso: () => toIso(source()), set: () => {}, advance: () => {} };
  }
  let current = new Date(source).getTime();
  if (Number.isNaN(current)) throw new TypeError(`Invalid clock instant: ${String(source)}`);
  return {
    now: () => new Date(current),
    iso: () => toIso(new Date(current)),
    set: (instant) => {
      current = new Date(instant).getTime();
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}

/**
 * ISO 8601 in the documents' style: UTC, seconds precision, `Z`.
 *
 * @example
 * toIso(new Date(Date.UTC(2026, 2, 26, 12))); // '2026-03-26T12:00:00Z'
 */
export function toIso(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
