import { toIso } from '../clock.js';
import type { MockDb } from '../db.js';

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** The seed's "now", the start of its month, and a random instant between two others (drawn from the db's PRNG). */
export interface SeedTime {
  readonly nowMs: number;
  readonly monthStart: number;
  /** An ISO timestamp drawn uniformly in [from, to): one draw from the db's PRNG. */
  between(from: number, to: number): string;
  /** An instant as the documents write it (no milliseconds). */
  iso(ms: number): string;
}

/** The seed's time, from the db's clock and PRNG: every draw goes through the db's one random sequence. */
export function seedTime(db: MockDb): SeedTime {
  const now = db.clock.now();
  const iso = (ms: number) => toIso(new Date(ms));
  return {
    nowMs: now.getTime(),
    monthStart: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1),
    between: (from, to) => iso(from + Math.floor(db.random.next() * Math.max(0, to - from))),
    iso,
  };
}
