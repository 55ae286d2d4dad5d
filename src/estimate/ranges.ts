// Scaling to the whole group (pilot plan, "Aantallen"): band shares of the population, rounded
// to 10% as published, applied to the expected total of ca. 1200–1400; within a band the
// profiles follow the band's estimated shares.
import type { Leeftijdsgroep } from '../dossier/vocabulary.js';
import type { Design } from './design.js';
import { roundHalfUp, type TotalEstimate } from './totals.js';

export interface Range {
  van: number;
  tot: number;
}

export interface BandRange<C> extends Range {
  leeftijdsgroep: Leeftijdsgroep;
  /** The band's share of the population, rounded to `afronding` percent (0 = exact). */
  aandeel: number;
  profielen: ({ categorie: C } & Range)[];
}

export interface Ranges<C> extends Range {
  afronding: number;
  groepen: BandRange<C>[];
  warnings: string[];
}

/** Parses `1200-1400` (also `1200–1400`, spaces allowed). */
export function parseRange(text: string): Range | undefined {
  const m = /^\s*(\d+)\s*[-–]\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const van = Number(m[1]);
  const tot = Number(m[2]);
  return van <= tot && tot > 0 ? { van, tot } : undefined;
}

export function scaleToRange<C>(design: Design<C>, estimates: readonly TotalEstimate<C>[], range: Range, afronding: number): Ranges<C> {
  const total = design.bands.reduce((s, b) => s + b.N, 0);
  const step = afronding / 100;
  const warnings: string[] = [];
  const groepen = design.bands.map((band): BandRange<C> => {
    const exact = total > 0 ? band.N / total : 0;
    const aandeel = step > 0 ? roundHalfUp(exact / step) * step : exact;
    const van = roundHalfUp(aandeel * range.van);
    const tot = roundHalfUp(aandeel * range.tot);
    const profielen = estimates
      .filter((e) => e.leeftijdsgroep === band.leeftijdsgroep)
      .map((e) => ({ categorie: e.categorie, van: roundHalfUp(e.aandeel * van), tot: roundHalfUp(e.aandeel * tot) }));
    return { leeftijdsgroep: band.leeftijdsgroep, aandeel: roundHalfUp(aandeel, 6), van, tot, profielen };
  });
  const sum = groepen.reduce((s, g) => s + g.aandeel, 0);
  if (step > 0 && Math.abs(sum - 1) > 1e-9) {
    warnings.push(`de afgeronde aandelen per leeftijdsgroep tellen op tot ${roundHalfUp(sum * 100, 1)}%, niet 100%: kies een fijnere --aandeel-afronding of 0`);
  }
  return { ...range, afronding, groepen, warnings };
}
