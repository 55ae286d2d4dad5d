// Stratified totals per domain (a leeftijdsgroep, or all ages) and category, their standard
// errors and 95% intervals. With --interval survey this equals R survey 4.1: svytotal(~cat,
// design) with strata and fpc, lonely PSU "remove", interval as svyciprop(method = "beta") on
// the domain. With --interval nchs (default) the interval follows the NCHS data presentation
// standards for proportions (docs/telling-json.md, `methode`).
import qbeta from '@stdlib/stats-base-dists-beta-quantile';
import qt from '@stdlib/stats-base-dists-t-quantile';
import { roundHalfUp } from './rounding.js';
import { countIn, countInAll, type Domain, type VarianceStratum } from './design.js';

export type Methode = 'korn-graubard' | 'clopper-pearson' | 'nchs' | 'exact';

export interface TotalEstimate<C> {
  domein: Domain<C>['naam'];
  categorie: C;
  /** Sampled dossiers in this cell. */
  dossiers: number;
  /** Unrounded estimate of the number of clients (Σ N_h/n_h · count_h). */
  schatting: number;
  /** Shown as in table 6.2: rounded half-up. */
  afgerond: number;
  standaardfout: number;
  /** Standard error / estimate; null for an estimate of 0. */
  relatieve_standaardfout: number | null;
  interval95: [number, number];
  /** Estimated share of the domain (schatting / N), and its interval. */
  aandeel: number;
  aandeel95: [number, number];
  methode: Methode;
  /** Effective sample size the interval was computed with. */
  n_eff: number;
  /** Design effect of the sampled part: its variance over that of a simple random sample of n; null at p = 0 or 1. */
  deff: number | null;
  /** The dossiers of a simple random sample as precise as this one (n / deff): agrees with deff; no cap, no df factor. Null where deff is null or 0. */
  n_eff_zonder_plafond: number | null;
}


/** Every category's total in every domain, with its interval by the design's method (each domain carries it). */
export function estimateTotals<C>(domains: readonly Domain<C>[], categories: readonly C[], level = 0.95): TotalEstimate<C>[] {
  return domains.flatMap((domain) => categories.map((c) => estimateOne(domain, c, level)));
}

/** Σ N_g² (1 − n_g/N_g) s²_g / n_g over the variance strata; one with a single dossier adds 0. */
function variance<C>(groups: readonly VarianceStratum<C>[], categorie: C): number {
  let v = 0;
  for (const g of groups) {
    if (g.n < 2) continue;
    const p = countInAll(g.strata, categorie) / g.n;
    const s2 = (g.n / (g.n - 1)) * p * (1 - p);
    v += g.N * g.N * (1 - g.n / g.N) * (s2 / g.n);
  }
  return v;
}

function estimateOne<C>(domain: Domain<C>, categorie: C, level: number): TotalEstimate<C> {
  const { method } = domain;
  let total = 0;
  for (const h of domain.strata) total += (h.N / h.n) * countIn(h, categorie);
  const v = variance(domain.variantie, categorie);
  // The certain part (strata sampled completely) is known exactly; the interval covers the rest.
  const certain = countInAll(domain.zeker, categorie);
  const { N, n, H } = domain.interval;
  let interval: [number, number];
  let methode: Methode;
  let nEff: number;
  let deff: number | null = null;
  if (n === 0) {
    interval = [total, total];
    methode = 'exact';
    nEff = domain.n;
  } else {
    const p = (total - certain) / N;
    const vp = v / (N * N);
    if (p > 0 && p < 1) deff = vp / ((p * (1 - p)) / n);
    const ci = method === 'survey' ? kornGraubard(p, vp, n, H, level) : nchsInterval(p, vp, n, H, level);
    interval = [certain + ci.interval[0] * N, certain + ci.interval[1] * N];
    methode = ci.methode;
    nEff = ci.nEff;
  }
  const se = Math.sqrt(v);
  return {
    domein: domain.naam,
    categorie,
    dossiers: countInAll(domain.strata, categorie),
    schatting: total,
    afgerond: roundHalfUp(total),
    standaardfout: se,
    relatieve_standaardfout: total > 0 ? se / total : null,
    interval95: interval,
    aandeel: total / domain.N,
    aandeel95: [interval[0] / domain.N, interval[1] / domain.N],
    methode,
    n_eff: nEff,
    deff,
    n_eff_zonder_plafond: deff ? n / deff : null,
  };
}

interface ProportionInterval {
  interval: [number, number];
  methode: Methode;
  nEff: number;
}

/** The degrees-of-freedom factor (t_{n−1} / t_{n−H})² of Korn and Graubard; 1 when undefined. */
function dfFactor(n: number, strata: number, alpha: number): number {
  const df = n - strata;
  if (n < 2 || df < 1) return 1;
  const ratio = qt(alpha / 2, n - 1) / qt(alpha / 2, df);
  return ratio * ratio;
}

/** Clopper–Pearson's beta quantiles for proportion p at effective sample size nEff. */
export function betaInterval(p: number, nEff: number, level = 0.95): [number, number] {
  const alpha = 1 - level;
  const x = nEff * p;
  const lower = x <= 0 ? 0 : qbeta(alpha / 2, x, nEff - x + 1);
  const upper = x >= nEff ? 1 : qbeta(1 - alpha / 2, x + 1, nEff - x);
  return [lower, upper];
}

/**
 * Korn–Graubard interval as R's svyciprop(method = "beta"), for a proportion p with design
 * variance v from n units in H strata: the effective sample size p(1−p)/v, corrected by the
 * ratio of t quantiles, into the Clopper–Pearson beta quantiles. With v = 0 (p is 0 or 1, or
 * every stratum is all-or-nothing or fully sampled) R gives no usable interval; the effective
 * size is then n itself: plain Clopper–Pearson, so a profile seen 0 times out of 12 still gets
 * an honest upper bound.
 */
export function kornGraubard(p: number, v: number, n: number, strata: number, level = 0.95): ProportionInterval {
  if (v > 1e-15 && n - strata > 0 && p > 0 && p < 1) {
    const nEff = ((p * (1 - p)) / v) * dfFactor(n, strata, 1 - level);
    return { interval: betaInterval(p, nEff, level), methode: 'korn-graubard', nEff };
  }
  return { interval: betaInterval(p, n, level), methode: 'clopper-pearson', nEff: n };
}

/**
 * NCHS (Parker et al. 2017): the effective sample size p(1−p)/v is capped at the n dossiers
 * read (strata of 0-of-n or n-of-n add no variance and would inflate it), and is n where v is
 * 0; then the degrees-of-freedom factor, then the beta quantiles.
 */
export function nchsInterval(p: number, v: number, n: number, strata: number, level = 0.95): ProportionInterval {
  const raw = v > 1e-15 ? Math.min((p * (1 - p)) / v, n) : n;
  const nEff = raw * dfFactor(n, strata, 1 - level);
  return { interval: betaInterval(p, nEff, level), methode: 'nchs', nEff };
}
