/** A source of uniform numbers in [0, 1), like Math.random but reproducible. */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit PRNG. Demo data must come out identical on every machine and run (tests and
 * screenshots depend on it), which Math.random cannot give; statistical quality is ample for fake names.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`randomInt needs integers min <= max, got ${min} and ${max}`);
  }
  return min + Math.floor(random() * (max - min + 1));
}

/** One element, uniformly. */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pickOne needs a non-empty list');
  return items[randomInt(random, 0, items.length - 1)] as T;
}

/** True with the given probability. */
export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}
