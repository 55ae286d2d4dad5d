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
 * For every stratum (ids per stratum, in the fixed order), the n_h ids drawn, in the order they
 * were drawn. The same ids, sizes and seed give the same sample.
 */
export function drawStratified(idsPerStratum: readonly (readonly string[])[], sizes: readonly number[], seed: number): string[][] {
  const uniform = uniformIntegers(seed);
  return idsPerStratum.map((ids, h) => {
    const pool = [...ids].sort(byCodeUnit);
    const k = sizes[h] ?? 0;
    for (let i = 0; i < k; i++) {
      const j = i + uniform(pool.length - i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, k);
  });
}

/** A fixed order of text that does not depend on the machine's locale. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
