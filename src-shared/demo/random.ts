/**
 * A small seeded PRNG for demo data, tests and benchmarks: the same seed gives the same cases on
 * every runtime. Not for anything secret (ids and keys use crypto.getRandomValues).
 */

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** One value of a weighted table made by `weightedTable`. */
  weighted<T>(table: WeightedTable<T>): T;
};

/** Values with cumulative weights, prepared once so each draw is a short scan. */
export type WeightedTable<T> = { readonly values: readonly T[]; readonly cumulative: number[] };

/** Builds a table for `Rng.weighted` from [value, weight] pairs (weights > 0). */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  if (entries.length === 0) throw new RangeError('weighted table needs at least one entry');
  let total = 0;
  const cumulative: number[] = [];
  for (const [, weight] of entries) {
    if (!(weight > 0)) throw new RangeError('weights must be positive');
    total += weight;
    cumulative.push(total);
  }
  return { values: entries.map(([value]) => value), cumulative: cumulative.map((c) => c / total) };
}

/**
 * Mixes a seed and an index into a new 32-bit seed (murmur3's finaliser), so case N of a seed can
 * be made without making cases 0..N-1 first, and neighbouring indexes look unrelated.
 */
export function mixSeed(seed: number, index: number): number {
  let h = Math.imul((seed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(index, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * `items[i]` for an index known to be in range. The one cast only drops the `undefined` that
 * noUncheckedIndexedAccess adds; the bounds check makes it true.
 */
function elementAt<T>(items: readonly T[], i: number): T {
  if (!(i >= 0 && i < items.length)) throw new RangeError(`index ${i} out of range`);
  return items[i] as T;
}

/**
 * mulberry32: 32 bits of state, fast, and good enough for fictional data. A class rather than a
 * closure bundle: a run makes one generator per case, and methods on the prototype cost nothing.
 */
class Mulberry32 implements Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  next(): number {
    return this.uint32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return elementAt(items, Math.floor(this.next() * items.length));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const a = elementAt(items, i);
      items[i] = elementAt(items, j);
      items[j] = a;
    }
    return items;
  }

  weighted<T>(table: WeightedTable<T>): T {
    const r = this.next();
    const { cumulative, values } = table;
    let i = 0;
    while (i < cumulative.length - 1 && (cumulative[i] ?? 1) <= r) i++;
    return elementAt(values, i);
  }
}

export function createRng(seed: number): Rng {
  return new Mulberry32(seed);
}
