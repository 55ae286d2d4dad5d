// What is estimated: each leeftijdsgroep, and all ages together ("totaal"); and how many clients
// a saved count says each holds. Shared by the comparisons of counts (recount, verloop), which
// compare clients when the populations agree and shares of a domain when they do not.
import { LEEFTIJDSGROEPEN, type Leeftijdsgroep } from '../dossier/vocabulary.js';
import type { PreviousCount } from './contract.js';
import type { Population } from './population.js';

export type Domein = Leeftijdsgroep | 'totaal';
export const DOMEINEN: readonly Domein[] = [...LEEFTIJDSGROEPEN, 'totaal'];

/** A count as it names its population: a saved count's JSON, or this run's analysis. */
export type CountWithPopulation = Pick<PreviousCount, 'populatie' | 'extrapolatie'>;

/** A count's population per stratum, where it says it (a count of an early version 1 does not). */
export function populationOfCount(count: CountWithPopulation): Population | undefined {
  const strata = count.populatie.strata;
  if (!strata?.length) return undefined;
  return { naam: count.populatie.naam, strata: strata.map((s) => ({ leeftijdsgroep: s.leeftijdsgroep, uitkeringsduur: s.uitkeringsduur, aantal: s.aantal })) };
}

/**
 * Clients per domain. From the population, or (a count that does not name its strata) from its
 * estimates, which add up to their band's clients.
 */
export function domainTotals(population: Population | undefined, count?: CountWithPopulation): Map<Domein, number> {
  const totals = new Map<Domein, number>();
  for (const b of LEEFTIJDSGROEPEN) {
    const n = population
      ? population.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.aantal, 0)
      : count!.extrapolatie.filter((e) => e.leeftijdsgroep === b).reduce((t, e) => t + e.schatting, 0);
    totals.set(b, n);
  }
  totals.set('totaal', population ? population.strata.reduce((t, s) => t + s.aantal, 0) : count!.populatie.totaal);
  return totals;
}

/** Whether two counts' domains hold the same clients: then their estimates compare as clients, else as shares. */
export const sameTotals = (a: ReadonlyMap<Domein, number>, b: ReadonlyMap<Domein, number>) => DOMEINEN.every((d) => a.get(d) === b.get(d));
