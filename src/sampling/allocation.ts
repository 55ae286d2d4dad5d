// How many dossiers to draw from each stratum (leeftijdsgroep × uitkeringsduur) for a sample of
// n: in proportion to the stratum's clients (the default), the same number everywhere, or Neyman
// (clients × the spread of the profiles within the stratum, from last run). Every stratum with
// clients gets at least `minimum` (a variance needs two dossiers) and never more than it has.
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN, type Leeftijdsgroep, type Uitkeringsduur } from '../dossier/vocabulary.js';
import { UserError } from '../errors.js';
import { roundQuotas } from '../estimate/ranges.js';

export const TOEWIJZINGEN = ['proportioneel', 'gelijk', 'neyman'] as const;
export type Toewijzing = (typeof TOEWIJZINGEN)[number];

export interface FrameStratum {
  leeftijdsgroep: Leeftijdsgroep;
  uitkeringsduur: Uitkeringsduur;
  /** Clients in the stratum that may be drawn. */
  N: number;
  /** Neyman: the spread of the profiles within the stratum (a standard deviation). */
  spreiding?: number;
}

/** The nine strata in the fixed order (band, then duration) that every list and draw follows. */
export const STRATA: readonly { leeftijdsgroep: Leeftijdsgroep; uitkeringsduur: Uitkeringsduur }[] = LEEFTIJDSGROEPEN.flatMap((leeftijdsgroep) =>
  UITKERINGSDUREN.map((uitkeringsduur) => ({ leeftijdsgroep, uitkeringsduur })),
);

export const stratumIndex = (leeftijdsgroep: Leeftijdsgroep, uitkeringsduur: Uitkeringsduur) =>
  LEEFTIJDSGROEPEN.indexOf(leeftijdsgroep) * UITKERINGSDUREN.length + UITKERINGSDUREN.indexOf(uitkeringsduur);

/** The smallest sample the minimum allows: min(minimum, N_h) over the strata with clients. */
export const smallestSample = (strata: readonly FrameStratum[], minimum: number) => strata.reduce((t, s) => t + Math.min(minimum, s.N), 0);

/**
 * Whole numbers n_h that add up to `aantal`: the continuous allocation c · a_h (a_h = N_h, 1 or
 * N_h·S_h), held between min(minimum, N_h) and N_h, rounded by largest remainder within the caps.
 * `already`: what earlier batches drew per stratum (trek --vervolg), which no stratum goes below.
 */
export function allocate(strata: readonly FrameStratum[], aantal: number, toewijzing: Toewijzing, minimum: number, what = `--aantal ${aantal}`, already?: readonly number[]): number[] {
  const total = strata.reduce((t, s) => t + s.N, 0);
  if (aantal > total) throw new UserError('gebruik', [`${what} is meer dan de ${total} klanten die getrokken kunnen worden`]);
  const low = strata.map((s, h) => Math.max(Math.min(minimum, s.N), already?.[h] ?? 0));
  const least = low.reduce((t, x) => t + x, 0);
  if (aantal < least) {
    throw new UserError('gebruik', [
      already
        ? `${what} is te klein: de eerdere partijen en --minimum ${minimum} per stratum vragen samen minstens ${least} dossiers`
        : `${what} is te klein: met --minimum ${minimum} per stratum zijn er minstens ${least} dossiers nodig (of kies een kleiner --minimum)`,
    ]);
  }
  const high = strata.map((s) => s.N);
  const weight = scaled(strata.map((s) => (s.N === 0 ? 0 : toewijzing === 'proportioneel' ? s.N : toewijzing === 'gelijk' ? 1 : s.N * (s.spreiding ?? 0))));
  let quotas = fill(weight, low, high, aantal);
  // Neyman with strata that showed no spread at all: once the others are full, the rest in proportion.
  if (!quotas) {
    const full = weight.map((a, h) => (a > 0 ? high[h]! : low[h]!));
    quotas = fill(strata.map((s, h) => (weight[h]! > 0 ? 0 : s.N)), full, high, aantal)!;
  }
  return roundQuotas(quotas, aantal, high);
}

/**
 * A sample size: a total over all strata, or (as the adviesnota drew 12 / 30 / 14) a number per
 * leeftijdsgroep, each spread over that band's duration strata.
 */
export type SampleSize = { aantal: number } | { perLeeftijdsgroep: readonly number[] };

export const totalOf = (size: SampleSize) => ('aantal' in size ? size.aantal : size.perLeeftijdsgroep.reduce((t, x) => t + x, 0));

/** n_h for a sample size: over all strata at once, or band by band; never below `already` (earlier batches). */
export function allocateSample(strata: readonly FrameStratum[], size: SampleSize, toewijzing: Toewijzing, minimum: number, already?: readonly number[]): number[] {
  if ('aantal' in size) return allocate(strata, size.aantal, toewijzing, minimum, undefined, already);
  return LEEFTIJDSGROEPEN.flatMap((b, i) => {
    const n = size.perLeeftijdsgroep[i]!;
    const inBand = strata.map((s, h) => [s, h] as const).filter(([s]) => s.leeftijdsgroep === b);
    return allocate(inBand.map(([s]) => s), n, toewijzing, minimum, `--per-leeftijdsgroep: ${n} voor ${b}`, already && inBand.map(([, h]) => already[h]!));
  });
}

/** Σ clamp(c·a_h, low_h, high_h) = n solved for c (the sum grows with c); undefined when the weights cannot reach n. */
function fill(raw: readonly number[], low: readonly number[], high: readonly number[], n: number): number[] | undefined {
  const weight = scaled(raw);
  const at = (c: number) => weight.map((a, h) => Math.min(high[h]!, Math.max(low[h]!, a > 0 ? c * a : 0)));
  const sum = (x: readonly number[]) => x.reduce((t, v) => t + v, 0);
  const ceiling = Math.max(0, ...weight.map((a, h) => (a > 0 ? high[h]! / a : 0)));
  if (sum(at(ceiling)) < n - 1e-9) return undefined;
  let [lo, hi] = [0, ceiling];
  // 2 200 halvings take any double range (2^1024 down to 2^-1074) to adjacent doubles.
  for (let i = 0; i < 2200 && lo < hi; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (sum(at(mid)) < n) lo = mid;
    else hi = mid;
  }
  return at(hi);
}

/**
 * Weights scaled to a largest of 1; one below 1e-12 of the largest counts as none (a spread that
 * small is no spread), so that c stays finite. Both steps of an allocation use the same.
 */
function scaled(raw: readonly number[]): number[] {
  const largest = Math.max(0, ...raw);
  return raw.map((a) => (largest > 0 && a / largest >= 1e-12 ? a / largest : 0));
}

/**
 * The spread of the profiles within a stratum from last run's dossiers there: the square root of
 * Σ_k s²_k, with s²_k = n/(n − 1) · p_k(1 − p_k) over the categories (profiles and onbepaald).
 * Undefined below two dossiers, where it cannot be estimated.
 */
export function spreadOf(counts: readonly number[]): number | undefined {
  const n = counts.reduce((t, x) => t + x, 0);
  if (n < 2) return undefined;
  const s2 = counts.reduce((t, x) => t + (n / (n - 1)) * (x / n) * (1 - x / n), 0);
  return Math.sqrt(s2);
}

/** The same from shares (a band's estimated profile shares), for a stratum without dossiers of its own. */
export function spreadOfShares(shares: readonly number[]): number {
  return Math.sqrt(shares.reduce((t, p) => t + p * (1 - p), 0));
}
