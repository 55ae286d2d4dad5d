// The draw: within each stratum a simple random sample without replacement, reproducible from a
// seed on any machine. Each stratum's ids are sorted first (so the order of the list does not
// matter), then a partial Fisher–Yates shuffle takes n_h of them, with one 32-bit Mersenne
// Twister (MT19937, @stdlib) for the whole draw, the strata in their fixed order.
import mt19937 from '@stdlib/random-base-mt19937';

export const GENERATOR = 'mt19937';
export const MAX_SEED = 2 ** 32 - 1;

/** A generator of whole numbers 0 ≤ x < m, every one equally likely (rejection, no modulo bias). */
export function uniformIntegers(seed: number): (m: number) => number {
  const next = mt19937.factory({ seed });
  return (m) => {
    const limit = 2 ** 32 - (2 ** 32 % m);
    for (;;) {
      const r = next();
      if (r < limit) return r % m;
    }
  };
}

/**
 * `k` of `items` in a random order from `uniform` that does not depend on the order they come in:
 * sorted by `order` first — in place: `items` is the draw's own — then a partial Fisher–Yates
 * shuffle (all of them for k = items.length).
 */
function seededSample<T>(items: T[], k: number, order: (a: T, b: T) => number, uniform: (m: number) => number): T[] {
  const pool = items.sort(order);
  for (let i = 0; i < k; i++) {
    const j = i + uniform(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/**
 * For every stratum (its units, in the fixed order; or a function that gives them in an array of
 * their own, which the draw sorts, so that only one stratum is in memory at a time), the n_h units
 * drawn, in the order they were drawn. The same units, sizes and seed give the same sample. Units
 * are sorted by `order` before the draw: by default they are ids, in the order of their UTF-16
 * code units.
 */
export function drawStratified<T>(pools: readonly (readonly T[] | (() => T[]))[], sizes: readonly number[], seed: number, order: (a: T, b: T) => number = byCodeUnit as never): T[][] {
  const uniform = uniformIntegers(seed);
  return pools.map((pool, h) => seededSample(typeof pool === 'function' ? pool() : [...pool], sizes[h] ?? 0, order, uniform));
}

/** A fixed order of text that does not depend on the machine's locale. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
