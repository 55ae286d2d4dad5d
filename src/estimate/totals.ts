// Stratified totals per leeftijdsgroep and category, their standard errors and 95% intervals.
// Matches R survey 4.1: svytotal(~cat, design) with strata and fpc, lonely PSU "remove";
// interval as svyciprop(method = "beta") on the band (domain.md, "Uncertainty").
import qbeta from '@stdlib/stats-base-dists-beta-quantile';
import qt from '@stdlib/stats-base-dists-t-quantile';
import type { Leeftijdsgroep } from '../dossier/vocabulary.js';
import { countIn, type BandDesign, type Design } from './design.js';

export interface TotalEstimate<C> {
  leeftijdsgroep: Leeftijdsgroep;
  categorie: C;
  /** Unrounded estimate of the number of clients (Σ N_h/n_h · count_h). */
  schatting: number;
  /** Shown as in table 6.2: rounded half-up. */
  afgerond: number;
  standaardfout: number;
  interval95: [number, number];
  /** Estimated share within the band (schatting / N_b). */
  aandeel: number;
  /** How the interval was obtained: Korn–Graubard, or Clopper–Pearson where the variance is 0. */
  methode: 'korn-graubard' | 'clopper-pearson';
}

/** Half-up, as the adviesnota rounds; the epsilon absorbs binary noise (21.6 vs 21.59999…). */
export function roundHalfUp(x: number, decimals = 0): number {
  const f = 10 ** decimals;
  return Math.floor(x * f + 0.5 + 1e-9) / f;
}

export function estimateTotals<C>(design: Design<C>, categories: readonly C[], level = 0.95): TotalEstimate<C>[] {
  return design.bands.flatMap((band) => (band.n === 0 ? [] : categories.map((c) => estimateOne(band, c, level))));
}

function estimateOne<C>(band: BandDesign<C>, categorie: C, level: number): TotalEstimate<C> {
  let total = 0;
  let variance = 0;
  for (const h of band.strata) {
    const count = countIn(h, categorie);
    total += (h.N / h.n) * count;
    // A stratum with one dossier has no within-stratum variance estimate: it adds 0.
    if (h.n > 1) {
      const p = count / h.n;
      const s2 = (h.n / (h.n - 1)) * p * (1 - p);
      variance += h.N * h.N * (1 - h.n / h.N) * (s2 / h.n);
    }
  }
  const share = total / band.N;
  const { interval, methode } = kornGraubard(share, variance / (band.N * band.N), band.n, band.strata.length, level);
  return {
    leeftijdsgroep: band.leeftijdsgroep,
    categorie,
    schatting: total,
    afgerond: roundHalfUp(total),
    standaardfout: Math.sqrt(variance),
    interval95: [interval[0] * band.N, interval[1] * band.N],
    aandeel: share,
    methode,
  };
}

/**
 * Korn–Graubard interval for a proportion p with design variance v, from n units in H strata:
 * the effective sample size n·p(1−p)/v, corrected by the ratio of t quantiles, fed into the
 * Clopper–Pearson beta quantiles. With v = 0 (p is 0 or 1, or every stratum is all-or-nothing
 * or fully sampled) the effective size is n itself: plain Clopper–Pearson, so a profile seen
 * 0 times out of 12 still gets an honest upper bound.
 */
export function kornGraubard(p: number, v: number, n: number, strata: number, level = 0.95): { interval: [number, number]; methode: TotalEstimate<unknown>['methode'] } {
  const alpha = 1 - level;
  const df = n - strata;
  let nEff: number;
  let methode: TotalEstimate<unknown>['methode'];
  if (v > 1e-15 && df > 0 && p > 0 && p < 1) {
    const ratio = qt(alpha / 2, n - 1) / qt(alpha / 2, df);
    nEff = ((p * (1 - p)) / v) * ratio * ratio;
    methode = 'korn-graubard';
  } else {
    nEff = n;
    methode = 'clopper-pearson';
  }
  const x = nEff * p;
  const lower = x <= 0 ? 0 : qbeta(alpha / 2, x, nEff - x + 1);
  const upper = x >= nEff ? 1 : qbeta(1 - alpha / 2, x + 1, nEff - x);
  return { interval: [lower, upper], methode };
}
