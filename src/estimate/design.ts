// The sample design, described once (as R survey's svydesign): stratified simple random
// sampling without replacement, strata = leeftijdsgroep × uitkeringsduur at sampling, with the
// population count N_h and the sample count n_h per stratum. Every estimator reads this.
import {
  LEEFTIJDSGROEPEN,
  UITKERINGSDUREN,
  type Leeftijdsgroep,
  type Uitkeringsduur,
} from '../dossier/vocabulary.js';
import type { Population } from './population.js';

/** One sampled unit: its stratum and the category it falls in (a profile, or null). */
export interface SampleUnit<C> {
  leeftijdsgroep: Leeftijdsgroep;
  uitkeringsduur: Uitkeringsduur;
  categorie: C;
}

export interface DesignStratum<C> {
  /** Duration bands in this stratum: one, or several after collapsing. */
  uitkeringsduren: Uitkeringsduur[];
  N: number;
  n: number;
  counts: Map<C, number>;
}

export interface BandDesign<C> {
  leeftijdsgroep: Leeftijdsgroep;
  N: number;
  n: number;
  strata: DesignStratum<C>[];
}

export interface Design<C> {
  bands: BandDesign<C>[];
  warnings: string[];
}

/** The sample does not fit the population (more dossiers than clients in a stratum). */
export class DesignError extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join('; '));
  }
}

export function buildDesign<C>(population: Population, units: readonly SampleUnit<C>[]): Design<C> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const bands = LEEFTIJDSGROEPEN.map((leeftijdsgroep): BandDesign<C> => {
    let strata = UITKERINGSDUREN.map((uitkeringsduur): DesignStratum<C> => {
      const N = population.strata.find((s) => s.leeftijdsgroep === leeftijdsgroep && s.uitkeringsduur === uitkeringsduur)?.aantal ?? 0;
      const counts = new Map<C, number>();
      let n = 0;
      for (const u of units) {
        if (u.leeftijdsgroep !== leeftijdsgroep || u.uitkeringsduur !== uitkeringsduur) continue;
        n++;
        counts.set(u.categorie, (counts.get(u.categorie) ?? 0) + 1);
      }
      if (n > N) errors.push(`stratum ${leeftijdsgroep} × ${uitkeringsduur}: ${n} dossiers in de steekproef maar ${N} klanten in de populatie`);
      return { uitkeringsduren: [uitkeringsduur], N, n, counts };
    });
    strata = strata.filter((s) => s.N > 0 || s.n > 0);
    strata = collapseEmpty(leeftijdsgroep, strata, warnings);
    for (const s of strata) {
      if (s.n === 1 && s.N > 1) {
        warnings.push(`stratum ${leeftijdsgroep} × ${s.uitkeringsduren.join('+')} heeft maar 1 dossier: de variantie daarvan is niet te schatten en telt als 0 (onzekerheid onderschat)`);
      }
    }
    return {
      leeftijdsgroep,
      N: strata.reduce((t, s) => t + s.N, 0),
      n: strata.reduce((t, s) => t + s.n, 0),
      strata,
    };
  });
  if (errors.length) throw new DesignError(errors);
  return { bands, warnings };
}

/**
 * A stratum with clients but no dossier cannot be weighted; it joins its nearest neighbour in
 * duration order within the band (a band without any dossier stays unestimable).
 */
function collapseEmpty<C>(band: Leeftijdsgroep, strata: DesignStratum<C>[], warnings: string[]): DesignStratum<C>[] {
  if (strata.every((s) => s.n === 0)) {
    if (strata.some((s) => s.N > 0)) warnings.push(`leeftijdsgroep ${band} heeft geen enkel dossier in de steekproef: geen schatting mogelijk`);
    return strata;
  }
  const result = strata.map((s) => ({ ...s, uitkeringsduren: [...s.uitkeringsduren], counts: new Map(s.counts) }));
  for (let i = 0; i < result.length; i++) {
    const empty = result[i]!;
    if (empty.n > 0) continue;
    const target = result[i + 1]?.n ? i + 1 : i - 1 >= 0 ? i - 1 : i + 1;
    const into = result[target]!;
    warnings.push(`stratum ${band} × ${empty.uitkeringsduren.join('+')} (${empty.N} klanten) heeft geen dossier in de steekproef en is samengevoegd met ${band} × ${into.uitkeringsduren.join('+')}`);
    into.N += empty.N;
    into.uitkeringsduren = target > i ? [...empty.uitkeringsduren, ...into.uitkeringsduren] : [...into.uitkeringsduren, ...empty.uitkeringsduren];
    result.splice(i, 1);
    i--;
  }
  return result;
}

/** Sample count of one category in one stratum. */
export function countIn<C>(stratum: DesignStratum<C>, categorie: C): number {
  return stratum.counts.get(categorie) ?? 0;
}
