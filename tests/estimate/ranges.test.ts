import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../../src/dossier/load.js';
import { analyse } from '../../src/estimate/analysis.js';
import { SCREENING_2018 } from '../../src/estimate/population.js';
import { parseRange } from '../../src/estimate/ranges.js';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { SAMPLE } from '../helpers.js';

async function ranges(aandeelAfronding: number, totaal = { van: 1200, tot: 1400 }) {
  const { info, dossiers } = await loadDossiers(SAMPLE);
  return analyse(info, dossiers, STANDAARD_REGELS, { populatie: SCREENING_2018, totaal, aandeelAfronding }).bandbreedte;
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

  it('splits a band by its estimated profile shares', async () => {
    const young = (await ranges(10)).groepen[0]!;
    // Profile 1 among <27: 21.6 of 56 = 38.6% → 46–54 of 120–140.
    expect(young.profielen.find((p) => p.profiel === 1)).toEqual({ profiel: 1, van: 46, tot: 54 });
    expect(young.profielen.find((p) => p.profiel === null)).toEqual({ profiel: null, van: 0, tot: 0 });
  });

  it('uses the exact shares with --aandeel-afronding 0 (56/366/184 of 606)', async () => {
    const r = await ranges(0);
    expect(r.groepen.map((g) => [g.van, g.tot])).toEqual([
      [111, 129], // 9.24% of 1200–1400
      [725, 846],
      [364, 425],
    ]);
  });

  it('parses --totaal', () => {
    expect(parseRange('1200-1400')).toEqual({ van: 1200, tot: 1400 });
    expect(parseRange(' 1300 – 1500 ')).toEqual({ van: 1300, tot: 1500 });
    expect(parseRange('1400-1200')).toBeUndefined();
    expect(parseRange('veel')).toBeUndefined();
  });
});
