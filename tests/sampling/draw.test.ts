// The draw: reproducible from its seed on any machine, independent of the list's order, and
// every client equally likely within its stratum.
import { describe, expect, it } from 'vitest';
import { forWork } from '../helpers.js';
import { drawStratified, uniformIntegers } from '../../src/sampling/draw.js';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

describe('drawStratified', () => {
  const frame = [ids('A', 27), ids('B', 171), ids('C', 2)];

  it('gives the same ids for the same seed, other ids for another seed', () => {
    const once = drawStratified(frame, [3, 15, 2], 20261201);
    expect(drawStratified(frame, [3, 15, 2], 20261201)).toEqual(once);
    expect(drawStratified(frame, [3, 15, 2], 20261202)).not.toEqual(once);
    expect(once.map((s) => s.length)).toEqual([3, 15, 2]);
    expect(new Set(once[1]).size).toBe(15);
  });

  it('does not depend on the order of the list', () => {
    const reversed = frame.map((s) => [...s].reverse());
    expect(drawStratified(reversed, [3, 15, 2], 7)).toEqual(drawStratified(frame, [3, 15, 2], 7));
  });

  it('is MT19937 as published: seed 5489 starts with 3499211612 (Matsumoto and Nishimura)', () => {
    // uniformIntegers(2^32 − 1) only rejects 4294967295 itself, so it shows the raw stream here.
    expect(uniformIntegers(5489)(2 ** 32 - 1)).toBe(3499211612);
  });

  it('draws every client of a stratum equally often (chi-square over 20,000 draws of 3 from 10)', () => {
    const pool = [ids('K', 10)];
    const times = new Map<string, number>();
    for (let seed = 1; seed <= 20000; seed++) for (const id of drawStratified(pool, [3], seed)[0]!) times.set(id, (times.get(id) ?? 0) + 1);
    const expected = (20000 * 3) / 10;
    const chi2 = [...times.values()].reduce((t, o) => t + (o - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: the 99.9% point is 27.9.
    expect(times.size).toBe(10);
    expect(chi2).toBeLessThan(27.9);
  }, forWork(0.6));
});
