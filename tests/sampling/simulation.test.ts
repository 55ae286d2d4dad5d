// The draw and the estimator together, by simulation: 2,000 stratified samples of 56 from a
// synthetic population of 606 with known profile counts (the 2018 strata). The estimator is
// unbiased and its 95% intervals cover the truth; and the sample size plan proposes for a margin
// gets that margin. Deterministic: draw r uses seed r.
import { describe, expect, it } from 'vitest';
import { domainsOf, type IntervalMethod } from '../../src/estimate/design.js';
import { SCREENING_2018 } from '../../src/estimate/population.js';
import { CATEGORIEEN } from '../../src/estimate/tally.js';
import { estimateTotals } from '../../src/estimate/totals.js';
import { allocate } from '../../src/sampling/allocation.js';
import { drawStratified } from '../../src/sampling/draw.js';
import { STRATA } from '../../src/sampling/allocation.js';
import { ClientFrame, drawSample } from '../../src/sampling/sample.js';
import { precisionFor, smallestSampleFor, type PlanSettings } from '../../src/sampling/plan.js';
import { frameOf, WORST_CASE } from '../../src/sampling/shares.js';
import { clientIn, forWork } from '../helpers.js';
import { CLIENTS, designOf, idsPerStratum, TRUE_SHARES, TRUTH } from './synthetic.js';

const DRAWS = 2000;
const METHODS: IntervalMethod[] = ['nchs', 'survey'];
const BAND_N: Record<string, number> = { '<27': 56, '27-55': 366, '55+': 184, totaal: 606 };

interface CellStats {
  sum: number;
  squares: number;
  covered: Record<IntervalMethod, number>;
  halfWidth: number;
}

/** Estimates of every cell over `draws` samples of the given stratum sizes. */
function simulate(sizes: readonly number[], draws: number) {
  const cells = new Map<string, CellStats>();
  const largest: number[] = [];
  for (let r = 1; r <= draws; r++) {
    const drawn = drawStratified(idsPerStratum, sizes, r);
    let widest = 0;
    for (const method of METHODS) {
      for (const e of estimateTotals(domainsOf(designOf(drawn, method)).domains, CATEGORIEEN)) {
        const key = `${e.domein}|${e.categorie}`;
        const cell = cells.get(key) ?? { sum: 0, squares: 0, covered: { nchs: 0, survey: 0 }, halfWidth: 0 };
        const truth = TRUTH.get(key) ?? 0;
        if (e.interval95[0] - 1e-9 <= truth && truth <= e.interval95[1] + 1e-9) cell.covered[method]++;
        if (method === 'nchs') {
          cell.sum += e.schatting;
          cell.squares += e.schatting ** 2;
          cell.halfWidth += (e.interval95[1] - e.interval95[0]) / 2;
          if (e.domein !== 'totaal') widest = Math.max(widest, (e.interval95[1] - e.interval95[0]) / 2);
        }
        cells.set(key, cell);
      }
    }
    largest.push(widest);
  }
  const allWithin = (margin: number) => largest.filter((w) => w <= margin).length / draws;
  return { cells, allWithin };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('2,000 draws of 56 from a population with known profiles', () => {
  const sizes = allocate(frameOf(SCREENING_2018, WORST_CASE), 56, 'proportioneel', 2);
  const { cells } = simulate(sizes, DRAWS);
  const rows = [...cells].map(([key, c]) => {
    const truth = TRUTH.get(key) ?? 0;
    const mean = c.sum / DRAWS;
    const mcse = Math.sqrt((c.squares / DRAWS - mean ** 2) / DRAWS);
    return { key, truth, mean, mcse, nchs: c.covered.nchs / DRAWS, survey: c.covered.survey / DRAWS };
  });
  console.log(
    [`cel          waarheid  gemiddelde  (MC-fout)  dekking nchs  dekking survey`, ...rows.map((r) => `${r.key.padEnd(12)} ${String(r.truth).padStart(8)}  ${r.mean.toFixed(2).padStart(10)}  (${r.mcse.toFixed(2)})  ${percent(r.nchs).padStart(12)}  ${percent(r.survey).padStart(14)}`)].join('\n'),
  );

  it('draws exactly the allocation from every stratum', () => {
    expect(sizes).toEqual([3, 2, 2, 6, 15, 12, 3, 6, 7]);
    expect(drawStratified(idsPerStratum, sizes, 1).map((ids) => ids.length)).toEqual(sizes);
  });

  it('estimates without bias: the mean of the estimates is within 1% of the truth', () => {
    for (const r of rows) {
      // All ages: within 1% of the true count. A band: within 1% of the band's clients (a cell of
      // 2 clients cannot be averaged to 0,02 in 2,000 draws), and within 4 Monte Carlo errors.
      if (r.key.startsWith('totaal')) expect(Math.abs(r.mean - r.truth), r.key).toBeLessThanOrEqual(0.01 * r.truth);
      expect(Math.abs(r.mean - r.truth), r.key).toBeLessThanOrEqual(0.01 * BAND_N[r.key.split('|')[0]!]!);
      expect(Math.abs(r.mean - r.truth), r.key).toBeLessThanOrEqual(4 * r.mcse + 1e-9);
    }
  });

  it('covers the truth with the 95% interval in at least 93% of the draws, in every cell, with both methods', () => {
    for (const r of rows) {
      expect(r.nchs, `${r.key} nchs`).toBeGreaterThanOrEqual(0.93);
      expect(r.survey, `${r.key} survey`).toBeGreaterThanOrEqual(0.93);
    }
  });
});

describe('the sample plan proposes for a margin', () => {
  for (const [name, shares] of [['de ware aandelen', TRUE_SHARES], ['het slechtste geval (p = 0,5)', WORST_CASE]] as const) {
    it(`gets every band's half-width under 25 clients in the simulation (${name})`, () => {
      const settings: PlanSettings = { populatie: SCREENING_2018, shares, toewijzing: 'proportioneel', minimum: 2, interval: 'nchs' };
      const plan = smallestSampleFor(settings, 25).gevonden!;
      const sizes = plan.strata.map((s) => s.steekproef);
      const { cells, allWithin } = simulate(sizes, DRAWS);
      const bandCells = [...cells].filter(([key]) => !key.startsWith('totaal'));
      const meanHalfWidths = bandCells.map(([key, c]) => [key, c.halfWidth / DRAWS] as const);
      console.log(`plan (${name}): ${plan.aantal} dossiers; grootste gemiddelde halve breedte ${Math.max(...meanHalfWidths.map(([, w]) => w)).toFixed(2)}; trekkingen binnen de marge ${percent(allWithin(25))}`);
      // The plan promises the expected half-width: on average within the margin, each single draw about as often wider as narrower.
      for (const [key, w] of meanHalfWidths) expect(w, key).toBeLessThanOrEqual(25);
      expect(allWithin(25)).toBeGreaterThan(0.25);
      // It is the smallest: one dossier fewer in any band is not enough there by plan's own reckoning.
      const perBand = ['<27', '27-55', '55+'].map((b) => plan.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.steekproef, 0));
      perBand.forEach((n, i) => {
        const fewer = precisionFor(settings, { perLeeftijdsgroep: perBand.map((m, j) => (j === i ? n - 1 : m)) });
        expect(Math.max(...fewer.cellen.filter((c) => c.leeftijdsgroep === ['<27', '27-55', '55+'][i]).map((c) => c.halve_breedte))).toBeGreaterThan(25);
      });
    }, forWork(2.5));
  }
});

describe('three batches drawn with trek --vervolg, pooled (1,000 runs of 56 + 20 + 20)', () => {
  // The frame of 606 as trek reads it: each synthetic client as a row of the client list.
  const frame = new ClientFrame();
  for (const c of CLIENTS) frame.add(clientIn(c.id, c.stratum));
  const list = { bestand: 'synthetisch', sha256: 'x', uitsluitlijsten: [] };
  const settings = (zaad: number, aantal: number) => ({ grootte: { aantal }, toewijzing: 'proportioneel' as const, minimum: 2, zaad, shares: WORST_CASE });
  const RUNS = 1000;
  const cells = new Map<string, { sum: number; squares: number; covered: number }>();
  for (let r = 1; r <= RUNS; r++) {
    const first = drawSample(frame, list, settings(3 * r, 56), 'synthetisch');
    const second = drawSample(frame, list, settings(3 * r + 1, 20), 'synthetisch', first.record);
    const third = drawSample(frame, list, settings(3 * r + 2, 20), 'synthetisch', second.record);
    const pooled = STRATA.map((_, h) => third.units.filter((u) => u.stratum === h).map((u) => u.dossier_id));
    for (const e of estimateTotals(domainsOf(designOf(pooled, 'nchs')).domains, CATEGORIEEN)) {
      const key = `${e.domein}|${e.categorie}`;
      const cell = cells.get(key) ?? { sum: 0, squares: 0, covered: 0 };
      const truth = TRUTH.get(key) ?? 0;
      cell.sum += e.schatting;
      cell.squares += e.schatting ** 2;
      if (e.interval95[0] - 1e-9 <= truth && truth <= e.interval95[1] + 1e-9) cell.covered++;
      cells.set(key, cell);
    }
  }
  const rows = [...cells].map(([key, c]) => {
    const mean = c.sum / RUNS;
    return { key, truth: TRUTH.get(key) ?? 0, mean, mcse: Math.sqrt((c.squares / RUNS - mean ** 2) / RUNS), coverage: c.covered / RUNS };
  });
  console.log(
    ['gepoolde partijen: cel   waarheid  gemiddelde  (MC-fout)  dekking', ...rows.map((r) => `${r.key.padEnd(22)} ${String(r.truth).padStart(8)}  ${r.mean.toFixed(2).padStart(10)}  (${r.mcse.toFixed(2)})  ${percent(r.coverage).padStart(7)}`)].join('\n'),
  );

  it('weights by the frame: N_h over the cumulative n_h', () => {
    const first = drawSample(frame, list, settings(1, 56), 'synthetisch');
    const third = drawSample(frame, list, settings(3, 20), 'synthetisch', drawSample(frame, list, settings(2, 20), 'synthetisch', first.record).record);
    expect(third.units).toHaveLength(96);
    expect(third.record.strata.map((s) => s.populatie)).toEqual(SCREENING_2018.strata.map((s) => s.aantal));
    const design = designOf(STRATA.map((_, h) => third.units.filter((u) => u.stratum === h).map((u) => u.dossier_id)), 'nchs');
    for (const band of design.bands) for (const h of band.strata) expect(h.n).toBe(third.record.strata.find((s) => s.leeftijdsgroep === band.leeftijdsgroep && s.uitkeringsduur === h.uitkeringsduren[0])!.steekproef);
  });

  it('estimates without bias: on average within 1% of the clients of the band (or of all 606), and within 4 Monte Carlo errors', () => {
    for (const r of rows) {
      expect(Math.abs(r.mean - r.truth), r.key).toBeLessThanOrEqual(0.01 * BAND_N[r.key.split('|')[0]!]!);
      expect(Math.abs(r.mean - r.truth), r.key).toBeLessThanOrEqual(4 * r.mcse + 1e-9);
    }
  });

  it('covers the truth in at least 93% of the runs, in every cell', () => {
    for (const r of rows) expect(r.coverage, r.key).toBeGreaterThanOrEqual(0.93);
  });
});
