import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../in-memory.js';
import { analyse } from '../in-memory.js';
import type { IntervalMethod } from '../../src/estimate/design.js';
import { SCREENING_2018 } from '../../src/estimate/population.js';
import { largestRemainder, parseRange } from '../../src/estimate/ranges.js';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { SAMPLE } from '../helpers.js';

async function ranges(aandeelAfronding: number, totaal = { van: 1200, tot: 1400 }, interval: IntervalMethod = 'nchs') {
  const { info, dossiers } = await loadDossiers(SAMPLE);
  return analyse(info, dossiers, STANDAARD_REGELS, { populatie: SCREENING_2018, totaal, aandeelAfronding, interval }).bandbreedte;
}

describe('scaling to ca. 1200–1400 (pilot plan, "Aantallen")', () => {
  it('rounds the band shares to 10% as published: 120–140, 720–840, 360–420', async () => {
    const r = await ranges(10);
    expect(r.groepen.map((g) => [g.leeftijdsgroep, g.aandeel, g.van, g.tot])).toEqual([
      ['<27', 0.1, 120, 140],
      ['27-55', 0.6, 720, 840],
      ['55+', 0.3, 360, 420],
    ]);
  });

  it('splits a band by its weighted profile shares', async () => {
    const young = (await ranges(10)).groepen[0]!;
    // Profile 1 among <27: 21.6 of 56 = 38.6% → 46.3–54.0 of 120–140.
    expect(young.profielen.find((p) => p.profiel === 1)).toMatchObject({ profiel: 1, aandeel: 21.6 / 56, van: 46, tot: 54 });
    expect(young.profielen.find((p) => p.profiel === null)).toMatchObject({ profiel: null, van: 0, tot: 0 });
  });

  it('uses the exact shares with --aandeel-afronding 0 (56/366/184 of 606)', async () => {
    const r = await ranges(0);
    expect(r.groepen.map((g) => [g.van, g.tot])).toEqual([
      [111, 129], // 9.24% of 1200–1400
      [725, 846],
      [364, 425],
    ]);
    expect(r.groepen[0]!.aandeel).toBe(56 / 606);
  });

  it('parses --totaal', () => {
    expect(parseRange('1200-1400')).toEqual({ van: 1200, tot: 1400 });
    expect(parseRange(' 1300 – 1500 ')).toEqual({ van: 1300, tot: 1500 });
    expect(parseRange('1400-1200')).toBeUndefined();
    expect(parseRange('veel')).toBeUndefined();
  });
});

describe('profile ranges', () => {
  const totals = [
    { van: 1200, tot: 1400 },
    { van: 1000, tot: 1001 },
    ...Array.from({ length: 12 }, (_, i) => ({ van: 300 + 137 * i, tot: 350 + 211 * i })),
  ];

  it.each([10, 5, 0])('add up to their band, for many totals (--aandeel-afronding %i)', async (afronding) => {
    for (const totaal of totals) {
      for (const g of (await ranges(afronding, totaal)).groepen) {
        expect(g.profielen.reduce((s, p) => s + p.van, 0), `${g.leeftijdsgroep} ${totaal.van}`).toBe(g.van);
        expect(g.profielen.reduce((s, p) => s + p.tot, 0), `${g.leeftijdsgroep} ${totaal.tot}`).toBe(g.tot);
      }
    }
  });

  it.each(['nchs', 'survey'] as const)('lie inside their uncertainty range (--interval %s)', async (interval) => {
    for (const totaal of totals) {
      for (const g of (await ranges(10, totaal, interval)).groepen) {
        for (const p of g.profielen) {
          expect(p.marge_van, `${g.leeftijdsgroep}/${p.profiel}`).toBeLessThanOrEqual(p.van);
          expect(p.marge_tot, `${g.leeftijdsgroep}/${p.profiel}`).toBeGreaterThanOrEqual(p.tot);
        }
      }
    }
  });

  it('widen by the interval of the share, rounded outward: 27-55 profile 3', async () => {
    const { info, dossiers } = await loadDossiers(SAMPLE);
    const a = analyse(info, dossiers, STANDAARD_REGELS, { populatie: SCREENING_2018, totaal: { van: 1200, tot: 1400 }, aandeelAfronding: 10, interval: 'nchs' });
    const e = a.extrapolatie.find((x) => x.leeftijdsgroep === '27-55' && x.profiel === 3)!;
    const p = a.bandbreedte.groepen[1]!.profielen.find((x) => x.profiel === 3)!;
    expect(p.marge_van).toBe(Math.floor((720 * e.interval95[0]) / 366));
    expect(p.marge_tot).toBe(Math.ceil((840 * e.interval95[1]) / 366));
    expect([p.van, p.tot, p.marge_van, p.marge_tot]).toEqual([417, 487, 223, 687]);
  });

  it('are split by largest remainder', () => {
    expect(largestRemainder(10, [1 / 3, 1 / 3, 1 / 3])).toEqual([4, 3, 3]);
    expect(largestRemainder(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]); // 3.5, 1.75, 1.75: the spare units go to the .75s
    expect(largestRemainder(120, [21.6 / 56, 0, 32.4 / 56, 2 / 56, 0])).toEqual([46, 0, 70, 4, 0]);
    // Rounding each half-up would give 46 + 0 + 69 + 4 = 119, not 120.
    expect([21.6, 0, 32.4, 2].map((x) => Math.round((x / 56) * 120)).reduce((a, b) => a + b)).toBe(119);
  });
});
