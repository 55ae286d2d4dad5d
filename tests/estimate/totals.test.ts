import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../../src/dossier/load.js';
import { buildDesign, DesignError } from '../../src/estimate/design.js';
import { SCREENING_2018, type Population } from '../../src/estimate/population.js';
import { estimateTotals, kornGraubard, roundHalfUp } from '../../src/estimate/totals.js';
import type { Profiel } from '../../src/dossier/vocabulary.js';
import { SAMPLE } from '../helpers.js';

const CATS: (Profiel | null)[] = [1, 2, 3, 4, null];

async function sampleEstimates(population: Population = SCREENING_2018) {
  const { dossiers } = await loadDossiers(SAMPLE);
  const design = buildDesign(population, dossiers.map((d) => ({ ...d.stratum, categorie: d.profiel_analist ?? null })));
  return { design, estimates: estimateTotals(design, CATS) };
}
const cell = (es: Awaited<ReturnType<typeof sampleEstimates>>['estimates'], band: string, p: Profiel | null) =>
  es.find((e) => e.leeftijdsgroep === band && e.categorie === p)!;

describe('table 6.2 of the adviesnota', () => {
  it('is reproduced exactly, all 12 cells, from the sample', async () => {
    const { estimates } = await sampleEstimates();
    const table = [1, 2, 3, 4].map((p) => ['<27', '27-55', '55+'].map((b) => cell(estimates, b, p as Profiel).afgerond));
    expect(table).toEqual([
      [22, 65, 13],
      [0, 75, 66],
      [32, 212, 27],
      [2, 14, 78],
    ]);
    // §7.4: "271 klanten in klantprofiel 3 en 100 in klantprofiel 1".
    expect(table[2]!.reduce((a, b) => a + b)).toBe(271);
    expect(table[0]!.reduce((a, b) => a + b)).toBe(100);
  });

  it('is not what plain proportions give (count / n × N)', async () => {
    // 27-55 profile 3: 17/30 × 366 = 207.4, table 6.2 says 212.
    expect(roundHalfUp((17 / 30) * 366)).not.toBe(212);
    const { estimates } = await sampleEstimates();
    expect(cell(estimates, '27-55', 3).schatting).toBeCloseTo(211.9968, 4);
  });
});

describe('standard errors and 95% intervals equal R survey 4.1', () => {
  // svytotal(~y, subset(des, band == b)) and svyciprop(~y, ..., method = "beta") × N_b;
  // scripts/r-reference.R prints these. The first four are the ones domain.md lists.
  const R: [string, Profiel, number, number, number, number][] = [
    ['<27', 1, 21.6, 8.44275, 6.25468, 40.78109],
    ['27-55', 3, 211.9968, 45.5164, 113.626, 299.108],
    ['27-55', 4, 14.22222, 9.04439, 2.21192, 44.87672],
    ['55+', 4, 78.2, 24.5894, 30.8315, 131.8806],
    ['<27', 3, 32.4, 8.44275, 13.8761, 48.3587],
    ['27-55', 1, 65.10476, 36.5036, 11.8402, 168.6821],
    ['27-55', 2, 74.67619, 37.2452, 17.2305, 175.3255],
    ['55+', 1, 13.2, 12.6902, 0.300043, 63.703892],
    ['55+', 2, 65.73333, 25.5056, 20.1864, 124.9665],
    ['55+', 3, 26.86667, 18.2798, 2.743, 84.2743],
  ];
  it.each(R)('%s profiel %i', async (band, p, est, se, lo, hi) => {
    const { estimates } = await sampleEstimates();
    const e = cell(estimates, band, p);
    expect(e.schatting).toBeCloseTo(est, 4);
    expect(e.standaardfout).toBeCloseTo(se, 3);
    expect(e.interval95[0]).toBeCloseTo(lo, 2);
    expect(e.interval95[1]).toBeCloseTo(hi, 2);
    expect(e.methode).toBe('korn-graubard');
  });

  it('gives a profile seen 0 times in 12 dossiers an honest positive upper bound (R: NaN)', async () => {
    const { estimates } = await sampleEstimates();
    const e = cell(estimates, '<27', 2);
    expect([e.schatting, e.standaardfout, e.interval95[0]]).toEqual([0, 0, 0]);
    // Clopper–Pearson with n = 12: upper = 1 − 0.025^(1/12) = 0.2646 of 56 clients.
    expect(e.interval95[1]).toBeCloseTo((1 - 0.025 ** (1 / 12)) * 56, 6);
    expect(e.methode).toBe('clopper-pearson');
  });

  it('falls back to Clopper–Pearson where every stratum is all-or-nothing (R: a meaningless 28–28)', async () => {
    const { estimates } = await sampleEstimates();
    const e = cell(estimates, '<27', 4); // both >5 dossiers sampled out of 2: variance 0
    expect([e.schatting, e.standaardfout]).toEqual([2, 0]);
    expect(e.interval95[0]).toBeGreaterThan(0);
    expect(e.interval95[1]).toBeGreaterThan(2);
    expect(e.interval95[1]).toBeLessThan(56);
  });

  it('Korn–Graubard reduces to Clopper–Pearson with a simple random sample', () => {
    // p = 3/10 with SRS variance p(1-p)/n and one stratum: n_eff = n, t ratio = 1.
    const { interval } = kornGraubard(0.3, (0.3 * 0.7) / 10, 10, 1);
    expect(interval[0]).toBeCloseTo(0.06673951, 6); // qbeta(0.025, 3, 8)
    expect(interval[1]).toBeCloseTo(0.65245285, 6); // qbeta(0.975, 4, 7)
  });
});

describe('the design', () => {
  it('collapses a stratum with clients but no dossier into its neighbour, with a warning', () => {
    const units = [
      { leeftijdsgroep: '27-55', uitkeringsduur: '<1', categorie: 1 },
      { leeftijdsgroep: '27-55', uitkeringsduur: '<1', categorie: 3 },
      { leeftijdsgroep: '27-55', uitkeringsduur: '>5', categorie: 3 },
      { leeftijdsgroep: '27-55', uitkeringsduur: '>5', categorie: 3 },
    ] as const;
    const design = buildDesign(SCREENING_2018, units);
    const band = design.bands.find((b) => b.leeftijdsgroep === '27-55')!;
    expect(band.strata.map((s) => [s.uitkeringsduren.join('+'), s.N, s.n])).toEqual([
      ['<1', 67, 2],
      ['1-5+>5', 299, 2],
    ]);
    expect(design.warnings.join('\n')).toMatch(/27-55 × 1-5 \(171 klanten\) heeft geen dossier.*samengevoegd met 27-55 × >5/);
    expect(design.warnings.join('\n')).toMatch(/<27 heeft geen enkel dossier/);
    const [e] = estimateTotals(design, [3]);
    expect(e!.schatting).toBeCloseTo(67 / 2 + 299, 9);
  });

  it('warns about a stratum with one dossier and counts its variance as 0', () => {
    const units = [
      { leeftijdsgroep: '55+', uitkeringsduur: '<1', categorie: 2 },
      { leeftijdsgroep: '55+', uitkeringsduur: '1-5', categorie: 2 },
      { leeftijdsgroep: '55+', uitkeringsduur: '1-5', categorie: 4 },
      { leeftijdsgroep: '55+', uitkeringsduur: '>5', categorie: 4 },
      { leeftijdsgroep: '55+', uitkeringsduur: '>5', categorie: 4 },
    ] as const;
    const design = buildDesign(SCREENING_2018, units);
    expect(design.warnings).toEqual([
      expect.stringMatching(/<27 heeft geen enkel dossier/),
      expect.stringMatching(/27-55 heeft geen enkel dossier/),
      expect.stringMatching(/55\+ × <1 heeft maar 1 dossier/),
    ]);
    const e = estimateTotals(design, [2])[0]!;
    // Only the 1-5 stratum contributes: 66² (1 − 2/66) · (2/1 · ½ · ½) / 2.
    expect(e.standaardfout).toBeCloseTo(Math.sqrt(66 * 66 * (1 - 2 / 66) * 0.5 / 2), 9);
  });

  it('refuses more dossiers than clients in a stratum', () => {
    const units = Array.from({ length: 3 }, () => ({ leeftijdsgroep: '<27', uitkeringsduur: '>5', categorie: 4 }) as const);
    expect(() => buildDesign(SCREENING_2018, units)).toThrow(DesignError);
    expect(() => buildDesign(SCREENING_2018, units)).toThrow(/<27 × >5: 3 dossiers in de steekproef maar 2 klanten/);
  });
});
