// What a previous count tells the next draw: the band shares of table 6.2 and, per stratum, the
// spread of the profiles (Neyman); an older count without profiles per stratum falls back to
// the band's shares.
import { describe, expect, it } from 'vitest';
import { previousCountSchema } from '../../src/estimate/contract.js';
import { SCREENING_2018 } from '../../src/estimate/population.js';
import { spreadOfShares } from '../../src/sampling/allocation.js';
import { frameOf, sharesFrom } from '../../src/sampling/shares.js';
import { SAMPLE } from '../helpers.js';
import { run } from '../cli/run.js';

describe('sharesFrom', async () => {
  const json = JSON.parse((await run(['classify', SAMPLE, '--format', 'json', '--stil'])).stdout);
  const shares = sharesFrom(previousCountSchema.parse(json), 'telling.json');

  it('takes the band shares from the estimates: <27 is 21,6 / 0 / 32,4 / 2 of 56 (table 6.2: 22/0/32/2)', () => {
    expect(shares.perBand[0]!.map((p) => p * 56)).toEqual([21.6, 0, 32.4, 2, 0].map((x) => expect.closeTo(x, 9)));
    for (const band of shares.perBand) expect(band.reduce((t, p) => t + p, 0)).toBeCloseTo(1, 12);
  });

  it('takes the spread of each stratum from its dossiers: <27 × <1 holds 2 of profile 1 and 3 of profile 3', () => {
    // s² = 5/4 · (0,4 · 0,6) for each of the two profiles.
    expect(shares.spreadPerStratum[0]).toBeCloseTo(Math.sqrt(2 * (5 / 4) * 0.24), 12);
    // <27 × >5: both dossiers profile 4, no spread.
    expect(shares.spreadPerStratum[2]).toBe(0);
  });

  it("uses the band's shares for a count written before the profiles per stratum", () => {
    const older = structuredClone(json);
    for (const s of older.populatie.strata) delete s.profielen;
    const fallback = sharesFrom(previousCountSchema.parse(older), 'oud.json');
    expect(fallback.spreadPerStratum.every((s) => s === undefined)).toBe(true);
    const frame = frameOf(SCREENING_2018, fallback);
    expect(frame[0]!.spreiding).toBeCloseTo(spreadOfShares(fallback.perBand[0]!), 12);
    expect(frame.map((s) => s.N)).toEqual(SCREENING_2018.strata.map((s) => s.aantal));
  });
});
