// What last run's count says about the profiles, for planning the next sample: the estimated
// profile shares of each band (for the expected precision) and, per stratum, the spread of the
// profiles (for a Neyman allocation). Without a previous count: the worst case, p = 0.5.
import { LEEFTIJDSGROEPEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import type { PreviousCount } from '../estimate/contract.js';
import { CATEGORIEEN } from '../estimate/tally.js';
import type { Population } from '../estimate/population.js';
import { spreadOf, spreadOfShares, STRATA, type FrameStratum } from './allocation.js';

/** A profile (null: onbepaald), or `elk`: any one profile at the worst case p = 0.5. */
export type PlanCategory = Profiel | null | 'elk';

export interface ExpectedShares {
  categories: readonly PlanCategory[];
  /** Per band (in LEEFTIJDSGROEPEN order), the share of each category. */
  perBand: number[][];
  /** Per stratum (STRATA order), the spread of the profiles where last run had two dossiers or more there. */
  spreadPerStratum: (number | undefined)[];
  bron: { soort: 'vorige'; bestand: string } | { soort: 'slechtste-geval' };
}

export const WORST_CASE: ExpectedShares = {
  categories: ['elk'],
  perBand: LEEFTIJDSGROEPEN.map(() => [0.5]),
  spreadPerStratum: STRATA.map(() => undefined),
  bron: { soort: 'slechtste-geval' },
};

/** The band shares from the estimates (schatting over the band's sum), the stratum spreads from its dossiers per profile. */
export function sharesFrom(previous: PreviousCount, file: string): ExpectedShares {
  const perBand = LEEFTIJDSGROEPEN.map((b) => {
    const estimates = CATEGORIEEN.map((p) => previous.extrapolatie.find((e) => e.leeftijdsgroep === b && e.profiel === p)?.schatting ?? 0);
    const sum = estimates.reduce((t, x) => t + x, 0);
    return estimates.map((x) => (sum > 0 ? x / sum : 0));
  });
  const spreadPerStratum = STRATA.map(({ leeftijdsgroep, uitkeringsduur }) => {
    const profielen = previous.populatie.strata?.find((s) => s.leeftijdsgroep === leeftijdsgroep && s.uitkeringsduur === uitkeringsduur)?.profielen;
    return profielen && spreadOf(CATEGORIEEN.map((p) => profielen.find((x) => x.profiel === p)?.aantal ?? 0));
  });
  return { categories: CATEGORIEEN, perBand, spreadPerStratum, bron: { soort: 'vorige', bestand: file } };
}

export const bandShares = (shares: ExpectedShares, b: Leeftijdsgroep) => shares.perBand[LEEFTIJDSGROEPEN.indexOf(b)]!;

/**
 * The strata of a population as a frame to allocate over, each with its spread for Neyman: its
 * own from last run where it had two dossiers or more, else that of its band's shares.
 */
export function frameOf(population: Population, shares: ExpectedShares): FrameStratum[] {
  return STRATA.map(({ leeftijdsgroep, uitkeringsduur }, h) => ({
    leeftijdsgroep,
    uitkeringsduur,
    N: population.strata.find((s) => s.leeftijdsgroep === leeftijdsgroep && s.uitkeringsduur === uitkeringsduur)?.aantal ?? 0,
    spreiding: shares.spreadPerStratum[h] ?? spreadOfShares(bandShares(shares, leeftijdsgroep)),
  }));
}
