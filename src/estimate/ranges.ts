// Scaling to the whole group (pilot plan, "Aantallen"): band shares of the population, rounded
// to 10% as published, applied to the expected total of ca. 1200–1400. Within a band the
// profiles follow the band's weighted (estimated) shares, split by largest remainder so that
// they add up to the band; beside that scenario range stands a range that includes the
// sampling uncertainty of the share (its 95% interval), rounded outward.
import type { Leeftijdsgroep } from '../dossier/vocabulary.js';
import type { Design } from './design.js';
import { roundHalfUp } from './rounding.js';
import type { TotalEstimate } from './totals.js';

export interface Range {
  van: number;
  tot: number;
}

export interface ProfileRange<C> extends Range {
  categorie: C;
  /** The weighted share of the band the split uses. */
  aandeel: number;
  /** van × lower bound of the share … tot × upper bound. */
  marge_van: number;
  marge_tot: number;
}

export interface BandRange<C> extends Range {
  leeftijdsgroep: Leeftijdsgroep;
  /** The band's share of the population, rounded to `afronding` percent (0 = exact). */
  aandeel: number;
  profielen: ProfileRange<C>[];
}

export interface Ranges<C> extends Range {
  afronding: number;
  groepen: BandRange<C>[];
  warnings: string[];
}

/** Parses `1200-1400` (also `1200–1400`, spaces allowed), or one number: `750`. */
export function parseRange(text: string): Range | undefined {
  const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/.exec(text);
  if (!m) return undefined;
  const van = Number(m[1]);
  const tot = Number(m[2] ?? m[1]);
  return Number.isSafeInteger(tot) && van <= tot && tot > 0 ? { van, tot } : undefined;
}

/** "1200–1400", or "750" where both ends are one number. */
export const rangeText = (r: Range) => (r.van === r.tot ? String(r.van) : `${r.van}–${r.tot}`);

/**
 * Whole numbers in proportion to `shares` that add up to `total` (Hamilton's largest remainder;
 * ties go to the earlier share). Shares are assumed to add up to 1.
 */
export function largestRemainder(total: number, shares: readonly number[]): number[] {
  return roundQuotas(shares.map((s) => s * total), total);
}

/**
 * Quotas that add up to `total` as whole numbers: each rounded down, and the ones left given to
 * the largest remainders (ties to the earlier quota), never past a quota's cap (then the total
 * may not be reached: the caller gives the rest out again).
 */
export function roundQuotas(quotas: readonly number[], total: number, caps?: readonly number[]): number[] {
  // A quota above its cap is held at the cap: what it loses goes to the largest remainders of the rest.
  const whole = quotas.map((q, i) => Math.min(Math.floor(q + 1e-9), caps ? caps[i]! : Infinity));
  let left = total - whole.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, rest: q - whole[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if (caps && whole[i]! >= caps[i]!) continue;
    whole[i]!++;
    left--;
  }
  return whole;
}

/** Band sizes come from the design (every band, sampled or not); profile shares from the estimates. */
export function scaleToRange<C>(design: Design<C>, estimates: readonly TotalEstimate<C>[], range: Range, afronding: number): Ranges<C> {
  const bands = design.bands;
  const total = bands.reduce((s, b) => s + b.N, 0);
  const warnings: string[] = [];
  const groepen = bands.map((band): BandRange<C> => {
    const exact = total > 0 ? band.N / total : 0;
    // Rounded to whole steps first, so 6 × 10% is 0.6 and not 0.6000000000000001.
    const aandeel = afronding > 0 ? (roundHalfUp(exact / (afronding / 100)) * afronding) / 100 : exact;
    const van = roundHalfUp(aandeel * range.van);
    const tot = roundHalfUp(aandeel * range.tot);
    const cells = estimates.filter((e) => e.domein === band.leeftijdsgroep);
    const vanSplit = largestRemainder(van, cells.map((e) => e.aandeel));
    const totSplit = largestRemainder(tot, cells.map((e) => e.aandeel));
    const profielen = cells.map((e, i) => ({
      categorie: e.categorie,
      aandeel: e.aandeel,
      van: vanSplit[i]!,
      tot: totSplit[i]!,
      marge_van: Math.floor(van * e.aandeel95[0] + 1e-9),
      marge_tot: Math.ceil(tot * e.aandeel95[1] - 1e-9),
    }));
    return { leeftijdsgroep: band.leeftijdsgroep, aandeel, van, tot, profielen };
  });
  const sum = groepen.reduce((s, g) => s + g.aandeel, 0);
  if (afronding > 0 && Math.abs(sum - 1) > 1e-9) {
    warnings.push(`de afgeronde aandelen per leeftijdsgroep tellen op tot ${roundHalfUp(sum * 100, 1)}%, niet 100%: kies een fijnere --aandeel-afronding of 0`);
  }
  return { ...range, afronding, groepen, warnings };
}
