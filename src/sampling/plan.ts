// How precise a sample of n would be, before it is drawn: the sample is allocated over the
// strata (sampling/allocation), every stratum is given its expected dossiers per profile
// (n_h × the band's expected share) and the estimator of classify is run on that expected
// sample — the same design, finite population correction, collapsing and interval method
// (estimate/design, estimate/totals). The half-width of each 95% interval, in clients, is what
// plan reports. For a margin: each band's interval rests on that band's strata only, so each band
// gets its own smallest n (bisection), spread over its strata by the allocation; the sum is the
// smallest sample, and the smallest with one allocation over all strata stands beside it.
import { LEEFTIJDSGROEPEN, type Leeftijdsgroep } from '../dossier/vocabulary.js';
import { buildDesign, domainsOf, stratumKey, type IntervalMethod } from '../estimate/design.js';
import { populationTotal, type Population } from '../estimate/population.js';
import { estimateTotals } from '../estimate/totals.js';
import { allocateSample, smallestSample, STRATA, type FrameStratum, type SampleSize, type Toewijzing } from './allocation.js';
import { bandShares, frameOf, type ExpectedShares, type PlanCategory } from './shares.js';

export interface PlanSettings {
  populatie: Population;
  shares: ExpectedShares;
  toewijzing: Toewijzing;
  minimum: number;
  interval: IntervalMethod;
}

export interface PlanCell {
  leeftijdsgroep: Leeftijdsgroep | 'totaal';
  profiel: PlanCategory;
  /** Expected share and number of clients (the population's, by the expected shares). */
  aandeel: number;
  verwacht: number;
  /** Expected dossiers of this profile in the sample. */
  dossiers: number;
  interval95: [number, number];
  /** Half the interval's width, in clients. */
  halve_breedte: number;
  n_eff: number;
}

export interface PlanStratum {
  leeftijdsgroep: Leeftijdsgroep;
  uitkeringsduur: (typeof STRATA)[number]['uitkeringsduur'];
  populatie: number;
  steekproef: number;
}

export interface Precision {
  aantal: number;
  strata: PlanStratum[];
  cellen: PlanCell[];
  /** The largest half-width of a band (all ages excluded): what a margin is held against. */
  grootste_halve_breedte: number;
  waarschuwingen: string[];
}

/** The expected precision of a sample of this size, allocated as the settings say. */
export function precisionFor(settings: PlanSettings, size: SampleSize, frame: readonly FrameStratum[] = frameOf(settings.populatie, settings.shares)): Precision {
  return precisionOf(settings, frame, allocateSample(frame, size, settings.toewijzing, settings.minimum));
}

/** The expected precision for given stratum sizes (STRATA order). */
function precisionOf(settings: PlanSettings, frame: readonly FrameStratum[], sizes: readonly number[]): Precision {
  const { categories } = settings.shares;
  const counts = new Map<string, Map<PlanCategory, number>>();
  const n = new Map<string, number>();
  STRATA.forEach(({ leeftijdsgroep, uitkeringsduur }, h) => {
    const key = stratumKey(leeftijdsgroep, uitkeringsduur);
    const shares = bandShares(settings.shares, leeftijdsgroep);
    n.set(key, sizes[h]!);
    counts.set(key, new Map(categories.map((c, k) => [c, sizes[h]! * shares[k]!])));
  });
  const design = buildDesign(settings.populatie, counts, settings.interval, n);
  const { domains, warnings } = domainsOf(design);
  const cellen = estimateTotals(domains, categories).map(
    (e): PlanCell => ({
      leeftijdsgroep: e.domein,
      profiel: e.categorie,
      aandeel: e.aandeel,
      verwacht: e.schatting,
      dossiers: e.dossiers,
      interval95: e.interval95,
      halve_breedte: (e.interval95[1] - e.interval95[0]) / 2,
      n_eff: e.n_eff,
    }),
  );
  return {
    aantal: sizes.reduce((t, x) => t + x, 0),
    strata: STRATA.map((s, h) => ({ ...s, populatie: frame[h]!.N, steekproef: sizes[h]! })),
    cellen,
    grootste_halve_breedte: Math.max(0, ...cellen.filter((c) => c.leeftijdsgroep !== 'totaal').map((c) => c.halve_breedte)),
    waarschuwingen: [...design.warnings, ...warnings],
  };
}

export interface SizeSearch {
  marge: number;
  /** The smallest sample found whose band half-widths are all at most the margin; null when even the whole population is not enough. */
  gevonden: Precision | null;
  /** The precision of the whole population drawn, when the margin is out of reach. */
  hoogstens?: Precision;
}

/**
 * The smallest sample whose every band half-width is at most `marge`: each band's own smallest n
 * (its interval depends on its own strata only), by bisection from the least the minimum allows
 * to all of the band's clients. Half-widths shrink as n grows (tests/cli/plan.test.ts checks it
 * on the 2018 design, and that no smaller n meets the margin).
 */
export function smallestSampleFor(settings: PlanSettings, marge: number): SizeSearch {
  const frame = frameOf(settings.populatie, settings.shares);
  const inBand = (b: Leeftijdsgroep) => frame.filter((s) => s.leeftijdsgroep === b);
  const least = LEEFTIJDSGROEPEN.map((b) => Math.max(inBand(b).some((s) => s.N > 0) ? 1 : 0, smallestSample(inBand(b), settings.minimum)));
  const all = LEEFTIJDSGROEPEN.map((b) => inBand(b).reduce((t, s) => t + s.N, 0));
  const widest = (p: Precision, b: Leeftijdsgroep) => Math.max(0, ...p.cellen.filter((c) => c.leeftijdsgroep === b).map((c) => c.halve_breedte));
  // Band b at n, the other bands at their least: only b's half-widths are read.
  const at = (i: number, n: number) => precisionFor(settings, { perLeeftijdsgroep: least.map((m, j) => (j === i ? n : m)) }, frame);
  const whole = precisionFor(settings, { perLeeftijdsgroep: all }, frame);
  if (LEEFTIJDSGROEPEN.some((b) => widest(whole, b) > marge)) return { marge, gevonden: null, hoogstens: whole };
  const sizes = LEEFTIJDSGROEPEN.map((b, i) => {
    let [lo, hi] = [least[i]!, all[i]!];
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (widest(at(i, mid), b) <= marge) hi = mid;
      else lo = mid + 1;
    }
    return hi;
  });
  return { marge, gevonden: precisionFor(settings, { perLeeftijdsgroep: sizes }, frame) };
}

/** The smallest n with one allocation over all strata (as the allocation would spread it), for comparison. */
export function smallestOverallFor(settings: PlanSettings, marge: number): Precision | null {
  const frame = frameOf(settings.populatie, settings.shares);
  let lo = Math.max(1, smallestSample(frame, settings.minimum));
  let hi = populationTotal(settings.populatie);
  const meets = (p: Precision) => p.grootste_halve_breedte <= marge;
  let best = precisionFor(settings, { aantal: hi }, frame);
  if (!meets(best)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const p = precisionFor(settings, { aantal: mid }, frame);
    if (meets(p)) {
      best = p;
      hi = mid;
    } else lo = mid + 1;
  }
  return best;
}

/** What `profiel plan` reports: the precision at each size asked, or at the smallest size for a margin. */
export interface PlanReport {
  versie: 1;
  soort: 'plan';
  populatie: { naam: string; totaal: number };
  aandelen: ExpectedShares['bron'];
  toewijzing: Toewijzing;
  minimum: number;
  interval: IntervalMethod;
  /** With --marge: the margin, and whether some sample reaches it. */
  marge: number | null;
  haalbaar: boolean | null;
  plannen: Precision[];
  /** With --marge: the smallest sample with one allocation over all strata, beside the smallest per band (plannen[0]). */
  vergelijking: Precision | null;
}

export function planReport(settings: PlanSettings, ask: { grootten: readonly SampleSize[] } | { marge: number }): PlanReport {
  const common = {
    versie: 1 as const,
    soort: 'plan' as const,
    populatie: { naam: settings.populatie.naam, totaal: populationTotal(settings.populatie) },
    aandelen: settings.shares.bron,
    toewijzing: settings.toewijzing,
    minimum: settings.minimum,
    interval: settings.interval,
  };
  if ('grootten' in ask) return { ...common, marge: null, haalbaar: null, plannen: ask.grootten.map((size) => precisionFor(settings, size)), vergelijking: null };
  const search = smallestSampleFor(settings, ask.marge);
  return { ...common, marge: ask.marge, haalbaar: search.gevonden !== null, plannen: [search.gevonden ?? search.hoogstens!], vergelijking: search.gevonden ? smallestOverallFor(settings, ask.marge) : null };
}
