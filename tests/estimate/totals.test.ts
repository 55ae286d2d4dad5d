import qbeta from '@stdlib/stats-base-dists-beta-quantile';
import qt from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../in-memory.js';
import { buildDesign, countUnits, DesignError, domainsOf, type IntervalMethod, type SampleUnit } from '../../src/estimate/design.js';
import { SCREENING_2018, type Population } from '../../src/estimate/population.js';
import { reliability } from '../../src/estimate/reliability.js';
import { estimateTotals, kornGraubard } from '../../src/estimate/totals.js';
import { roundHalfUp } from '../../src/estimate/rounding.js';
import type { Profiel } from '../../src/dossier/vocabulary.js';
import { SAMPLE } from '../helpers.js';

const CATS: (Profiel | null)[] = [1, 2, 3, 4, null];

async function sampleEstimates(method: IntervalMethod, population: Population = SCREENING_2018) {
  const { dossiers } = await loadDossiers(SAMPLE);
  const design = buildDesign(population, countUnits(dossiers.map((d) => ({ ...d.stratum, categorie: d.profiel_analist ?? null }))), method);
  const { domains, warnings } = domainsOf(design);
  return { domains, warnings, estimates: estimateTotals(domains, CATS) };
}
type Estimates = Awaited<ReturnType<typeof sampleEstimates>>['estimates'];
const cell = (es: Estimates, domein: string, p: Profiel | null) => es.find((e) => e.domein === domein && e.categorie === p)!;
const estimatesOf = (units: readonly SampleUnit<Profiel | null>[], method: IntervalMethod) => {
  const { domains, warnings } = domainsOf(buildDesign(SCREENING_2018, countUnits(units), method));
  return { domains, warnings, estimates: estimateTotals(domains, CATS) };
};

describe('table 6.2 of the adviesnota', () => {
  it.each(['nchs', 'survey'] as const)('is reproduced exactly, all 12 cells, from the sample (--interval %s)', async (method) => {
    const { estimates } = await sampleEstimates(method);
    const table = [1, 2, 3, 4].map((p) => ['<27', '27-55', '55+'].map((b) => cell(estimates, b, p as Profiel).afgerond));
    expect(table).toEqual([
      [22, 65, 13],
      [0, 75, 66],
      [32, 212, 27],
      [2, 14, 78],
    ]);
  });

  it('is not what plain proportions of the sample give (count / n × N), which the adviesnota did not use', async () => {
    const { dossiers } = await loadDossiers(SAMPLE);
    const N = { '<27': 56, '27-55': 366, '55+': 184 } as const;
    const plain = [1, 2, 3, 4].map((p) =>
      (['<27', '27-55', '55+'] as const).map((b) => {
        const band = dossiers.filter((d) => d.leeftijdsgroep === b);
        return roundHalfUp((band.filter((d) => d.profiel_analist === p).length / band.length) * N[b]);
      }),
    );
    // 27-55 profile 3: 17/30 × 366 = 207, table 6.2 says 212; 55+ profile 2: 5/14 × 184 = 66 agrees by chance.
    expect(plain).toEqual([
      [19, 61, 13],
      [0, 73, 66],
      [28, 207, 26],
      [9, 24, 79],
    ]);
    const { estimates } = await sampleEstimates('nchs');
    expect(cell(estimates, '27-55', 3).schatting).toBeCloseTo(211.9968, 4);
  });

  it('adds up over all ages to §7.4: 271 clients in profile 3 and 100 in profile 1', async () => {
    const { estimates } = await sampleEstimates('nchs');
    expect(cell(estimates, 'totaal', 3).afgerond).toBe(271);
    expect(cell(estimates, 'totaal', 1).afgerond).toBe(100);
    expect(cell(estimates, 'totaal', 3).schatting).toBeCloseTo(32.4 + 211.9968 + 26.8667, 3);
    // Bands are sampled independently: their variances add.
    const se = (b: string) => cell(estimates, b, 3).standaardfout;
    expect(cell(estimates, 'totaal', 3).standaardfout).toBeCloseTo(Math.sqrt(se('<27') ** 2 + se('27-55') ** 2 + se('55+') ** 2), 9);
    expect(cell(estimates, 'totaal', 3).dossiers).toBe(25);
  });
});

describe('--interval survey: standard errors and 95% intervals equal R survey 4.1', () => {
  // svytotal(~y, subset(des, band == b)) and svyciprop(~y, ..., method = "beta") × N_b;
  // scripts/r-reference.R prints these (R survey 4.1 on the sample). The first four are per band; the
  // last four are the whole design (all ages), svyciprop(~y, des) × 606.
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
    ['totaal', 1, 99.90476, 39.558, 35.1488, 204.7396],
    ['totaal', 2, 140.4095, 45.1414, 61.46, 251.254],
    ['totaal', 3, 271.2635, 49.7712, 171.496, 376.395],
    ['totaal', 4, 94.42222, 26.2, 48.5297, 159.017],
  ];
  it.each(R)('%s profiel %i', async (band, p, est, se, lo, hi) => {
    const { estimates } = await sampleEstimates('survey');
    const e = cell(estimates, band, p);
    expect(e.schatting).toBeCloseTo(est, 4);
    expect(e.standaardfout).toBeCloseTo(se, 3);
    expect(e.interval95[0]).toBeCloseTo(lo, 2);
    expect(e.interval95[1]).toBeCloseTo(hi, 2);
    expect(e.methode).toBe('korn-graubard');
  });

  it("reports R's effective sample size: about 61 from 30 dossiers for 27-55 profile 4", async () => {
    const { estimates } = await sampleEstimates('survey');
    expect(cell(estimates, '27-55', 4).n_eff).toBeCloseTo(60.77, 2);
  });

  it('gives a profile seen 0 times in 12 dossiers an honest positive upper bound (R: NaN)', async () => {
    const { estimates } = await sampleEstimates('survey');
    const e = cell(estimates, '<27', 2);
    expect([e.schatting, e.standaardfout, e.interval95[0]]).toEqual([0, 0, 0]);
    // Clopper–Pearson with n = 12: upper = 1 − 0.025^(1/12) = 0.2646 of 56 clients.
    expect(e.interval95[1]).toBeCloseTo((1 - 0.025 ** (1 / 12)) * 56, 6);
    expect(e.methode).toBe('clopper-pearson');
  });

  it('falls back to Clopper–Pearson where every stratum is all-or-nothing (R: a meaningless 28–28)', async () => {
    const { estimates } = await sampleEstimates('survey');
    const e = cell(estimates, '<27', 4); // both >5 dossiers sampled out of 2: variance 0
    expect([e.schatting, e.standaardfout, e.methode]).toEqual([2, 0, 'clopper-pearson']);
    expect(e.interval95[0]).toBeLessThan(2); // survey does not know the 2 are certain
    expect(e.interval95[1]).toBeCloseTo(56 * qbeta(0.975, 12 * (2 / 56) + 1, 12 - 12 * (2 / 56)), 9);
  });

  it('Korn–Graubard reduces to Clopper–Pearson with a simple random sample', () => {
    // p = 3/10 with SRS variance p(1-p)/n and one stratum: n_eff = n, t ratio = 1.
    const { interval } = kornGraubard(0.3, (0.3 * 0.7) / 10, 10, 1);
    expect(interval[0]).toBeCloseTo(0.06673951, 6); // qbeta(0.025, 3, 8)
    expect(interval[1]).toBeCloseTo(0.65245285, 6); // qbeta(0.975, 4, 7)
  });
});

describe('--interval nchs (default): the NCHS presentation standard, computed here independently', () => {
  const tFactor = (n: number, H: number) => (qt(0.975, n - 1) / qt(0.975, n - H)) ** 2;

  it('<27 profile 4: the fully sampled >5 stratum is certain, so the interval starts at 2', async () => {
    const { estimates } = await sampleEstimates('nchs');
    const e = cell(estimates, '<27', 4);
    // Sampled part: <1 (27 clients, 5 dossiers) and 1-5 (27, 5), no profile 4 in either:
    // p = 0, variance 0, so n_eff = 10 dossiers, times the t factor for 10 dossiers in 2 strata.
    const nEff = 10 * tFactor(10, 2);
    expect(e.n_eff).toBeCloseTo(nEff, 12);
    expect(e.interval95[0]).toBe(2);
    expect(e.interval95[1]).toBeCloseTo(2 + 54 * (1 - 0.025 ** (1 / nEff)), 9);
    expect(e.methode).toBe('nchs');
  });

  it('27-55 profile 4: the effective sample size is capped at the 30 dossiers read', async () => {
    const { estimates } = await sampleEstimates('nchs');
    const e = cell(estimates, '27-55', 4);
    // Only >5 (128 clients, 18 dossiers, 2 of them profile 4) varies.
    const p = ((128 / 18) * 2) / 366;
    const s2 = (18 / 17) * (2 / 18) * (16 / 18);
    const v = (128 * 128 * (1 - 18 / 128) * s2) / 18 / (366 * 366);
    // Uncapped, as R has it (60.77, the survey test above): more than the 30 dossiers read.
    const uncapped = cell((await sampleEstimates('survey')).estimates, '27-55', 4).n_eff;
    expect(uncapped).toBeCloseTo(((p * (1 - p)) / v) * tFactor(30, 3), 9);
    expect(uncapped).toBeGreaterThan(30);
    const nEff = 30 * tFactor(30, 3);
    const x = nEff * p;
    expect(e.n_eff).toBeCloseTo(nEff, 12);
    expect(e.interval95[0]).toBeCloseTo(366 * qbeta(0.025, x, nEff - x + 1), 9);
    expect(e.interval95[1]).toBeCloseTo(366 * qbeta(0.975, x + 1, nEff - x), 9);
  });

  it('leaves estimates and standard errors as they are; only intervals change', async () => {
    const nchs = (await sampleEstimates('nchs')).estimates;
    const survey = (await sampleEstimates('survey')).estimates;
    for (const [i, e] of nchs.entries()) {
      expect(e.schatting).toBe(survey[i]!.schatting);
      expect(e.standaardfout).toBeCloseTo(survey[i]!.standaardfout, 12);
    }
  });

  it('never gives a wider effective sample size than the dossiers read', async () => {
    const { estimates, domains } = await sampleEstimates('nchs');
    for (const e of estimates) expect(e.n_eff).toBeLessThanOrEqual(domains.find((d) => d.naam === e.domein)!.interval.n);
  });

  it('gives the design effect of the sampled part against a simple random sample of its dossiers', async () => {
    const { estimates } = await sampleEstimates('nchs');
    const e = cell(estimates, '<27', 1);
    // 2 + 2 of 5 + 5 dossiers in <1 and 1-5 (27 clients each): p = 0.4.
    const v = (2 * 27 * 27 * (1 - 5 / 27) * ((5 / 4) * 0.4 * 0.6)) / 5 / (54 * 54);
    expect(e.deff).toBeCloseTo(v / ((0.4 * 0.6) / 10), 12);
    expect(cell(estimates, '<27', 2).deff).toBeNull();
  });

  it('collapses a stratum with one dossier into its neighbour for the variance; the estimate stays', () => {
    // BIJLAGE durations for 55+: 3 / 1 / 10 dossiers. The lonely 1-5 stratum joins >5.
    const units: SampleUnit<Profiel | null>[] = [
      ...[2, 2, 4].map((c) => ({ leeftijdsgroep: '55+', uitkeringsduur: '<1', categorie: c }) as const),
      { leeftijdsgroep: '55+', uitkeringsduur: '1-5', categorie: 2 },
      ...[2, 2, 2, 4, 4, 4, 4, 3, 3, 1].map((c) => ({ leeftijdsgroep: '55+', uitkeringsduur: '>5', categorie: c }) as const),
    ] as SampleUnit<Profiel | null>[];
    const nchs = estimatesOf(units, 'nchs');
    const survey = estimatesOf(units, 'survey');
    expect(nchs.warnings).toEqual(['stratum 55+ × 1-5 heeft maar 1 dossier: voor de variantie samengevoegd met 55+ × >5 (de schatting verandert niet)']);
    expect(survey.warnings).toEqual([expect.stringMatching(/^stratum 55\+ × 1-5 heeft maar 1 dossier: .* telt als 0/)]);
    const e = cell(nchs.estimates, '55+', 2);
    expect(e.schatting).toBeCloseTo((36 / 3) * 2 + 66 * 1 + (82 / 10) * 3, 9);
    expect(e.schatting).toBe(cell(survey.estimates, '55+', 2).schatting);
    // Variance: <1 as it is; 1-5 and >5 as one stratum of 66 + 82 clients and 1 + 10 dossiers, 4 of them profile 2.
    const part = (N: number, n: number, x: number) => N * N * (1 - n / N) * ((n / (n - 1)) * (x / n) * (1 - x / n)) / n;
    expect(e.standaardfout).toBeCloseTo(Math.sqrt(part(36, 3, 2) + part(148, 11, 4)), 9);
    expect(cell(survey.estimates, '55+', 2).standaardfout).toBeCloseTo(Math.sqrt(part(36, 3, 2) + part(82, 10, 3)), 9);
    expect(nchs.domains.find((d) => d.naam === '55+')!.interval).toEqual({ N: 184, n: 14, H: 2 });
  });
});

describe('reliability: indicatief below 5 dossiers or above 30% relative standard error', () => {
  it('marks the cells of table 6.2 that rest on little, with the reason', async () => {
    const { estimates, domains } = await sampleEstimates('nchs');
    const marked = estimates.filter((e) => e.categorie !== null).map((e) => {
      const r = reliability(e, domains.find((d) => d.naam === e.domein)!.n);
      return `${e.domein}/${e.categorie}: ${r.indicatief_reden ?? '–'}`;
    });
    expect(marked).toEqual([
      '<27/1: berust op 4 dossiers; relatieve standaardfout 39%',
      '<27/2: berust op 0 dossiers',
      '<27/3: –',
      '<27/4: berust op 2 dossiers',
      '27-55/1: relatieve standaardfout 56%',
      '27-55/2: relatieve standaardfout 50%',
      '27-55/3: –',
      '27-55/4: berust op 2 dossiers; relatieve standaardfout 64%',
      '55+/1: berust op 1 dossier; relatieve standaardfout 96%',
      '55+/2: relatieve standaardfout 39%',
      '55+/3: berust op 2 dossiers; relatieve standaardfout 68%',
      '55+/4: relatieve standaardfout 31%',
      'totaal/1: relatieve standaardfout 40%',
      'totaal/2: relatieve standaardfout 32%',
      'totaal/3: –',
      'totaal/4: –',
    ]);
  });

  it('marks every cell of a band with fewer than 5 dossiers, naming the band', () => {
    const units = [
      ...Array.from({ length: 3 }, () => ({ leeftijdsgroep: '<27', uitkeringsduur: '<1', categorie: 3 }) as const),
      ...Array.from({ length: 6 }, (_, i) => ({ leeftijdsgroep: '27-55', uitkeringsduur: '1-5', categorie: i < 3 ? 1 : 3 }) as const),
    ] as SampleUnit<Profiel | null>[];
    const { estimates, domains } = estimatesOf(units, 'nchs');
    const young = estimates.filter((e) => e.domein === '<27').map((e) => reliability(e, 3));
    expect(young.every((r) => r.indicatief && r.indicatief_reden!.startsWith('de leeftijdsgroep telt maar 3 dossiers'))).toBe(true);
    // 55+ has no dossier at all, so there is no total over all ages either.
    expect(domains.map((d) => [d.naam, d.n])).toEqual([['<27', 3], ['27-55', 6]]);
  });

  it('never marks an exact figure', () => {
    const units = [1, 1, 4].map((c) => ({ leeftijdsgroep: '<27', uitkeringsduur: '>5', categorie: c })) as SampleUnit<Profiel | null>[];
    const population = { naam: 'klein', strata: [{ leeftijdsgroep: '<27', uitkeringsduur: '>5', aantal: 3 }] } as Population;
    const { domains } = domainsOf(buildDesign(population, countUnits(units), 'nchs'));
    const [e] = estimateTotals(domains, [4]);
    expect([e!.schatting, e!.interval95, e!.methode]).toEqual([1, [1, 1], 'exact']);
    expect(reliability(e!, 3).indicatief).toBe(false);
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
    const design = buildDesign(SCREENING_2018, countUnits(units), 'nchs');
    const band = design.bands.find((b) => b.leeftijdsgroep === '27-55')!;
    expect(band.strata.map((s) => [s.uitkeringsduren.join('+'), s.N, s.n])).toEqual([
      ['<1', 67, 2],
      ['1-5+>5', 299, 2],
    ]);
    expect(design.warnings.join('\n')).toMatch(/27-55 × 1-5 \(171 klanten\) heeft geen dossier.*samengevoegd met 27-55 × >5/);
    // Each empty stratum joins the nearest one with dossiers, never another empty one.
    const old = buildDesign(SCREENING_2018, countUnits([{ leeftijdsgroep: '55+', uitkeringsduur: '>5', categorie: 4 }, { leeftijdsgroep: '55+', uitkeringsduur: '>5', categorie: 2 }]), 'nchs');
    expect(old.warnings.filter((w) => w.startsWith('stratum 55+'))).toEqual([
      'stratum 55+ × <1 (36 klanten) heeft geen dossier in de steekproef en is samengevoegd met 55+ × >5',
      'stratum 55+ × 1-5 (66 klanten) heeft geen dossier in de steekproef en is samengevoegd met 55+ × >5',
    ]);
    expect(old.bands[2]!.strata.map((s) => [s.uitkeringsduren.join('+'), s.N, s.n])).toEqual([['<1+1-5+>5', 184, 2]]);
    expect(design.warnings.join('\n')).toMatch(/<27 heeft geen enkel dossier/);
    const { domains } = domainsOf(design);
    const [e] = estimateTotals(domains, [3]);
    expect(e!.schatting).toBeCloseTo(67 / 2 + 299, 9);
  });

  it('refuses more dossiers than clients in a stratum', () => {
    const units = Array.from({ length: 3 }, () => ({ leeftijdsgroep: '<27', uitkeringsduur: '>5', categorie: 4 }) as const);
    expect(() => buildDesign(SCREENING_2018, countUnits(units), 'nchs')).toThrow(DesignError);
    expect(() => buildDesign(SCREENING_2018, countUnits(units), 'nchs')).toThrow(/<27 × >5: 3 dossiers in de steekproef maar 2 klanten/);
  });
});
