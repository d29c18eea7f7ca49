/**
 * A small seeded pseudo-random generator (mulberry32), so the same seed always yields the same
 * mock data and the same sequence of generated ids, in node and in the browser alike.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** `true` with the given probability. */
  chance(probability: number): boolean;
  /** A string of `length` characters from [A-Za-z0-9]. */
  chars(length: number): string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Creates a deterministic generator from a numeric or string seed.
 *
 * @example
 * const random = createPrng(42);
 * random.int(1, 6); // always the same first roll for seed 42
 */
export function createPrng(seed: number | string): Prng {
  let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick() needs a non-empty array');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (probability) => next() < probability,
    chars: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += ALPHABET[int(0, ALPHABET.length - 1)];
      return out;
    },
  };
}

/** FNV-1a, so string seeds ("demo", "test-17") work as well as numbers. */
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
