// The sample design, described once (as R survey's svydesign): stratified simple random
// sampling without replacement, strata = leeftijdsgroep × uitkeringsduur at sampling, with the
// population count N_h and the sample count n_h per stratum. Every estimator reads this, through
// the domains (a band, or all ages) that say which strata the interval treats how.
import {
  LEEFTIJDSGROEPEN,
  UITKERINGSDUREN,
  type Leeftijdsgroep,
  type Uitkeringsduur,
} from '../dossier/vocabulary.js';
import { UserError } from '../errors.js';
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

/**
 * How the 95% interval is made (README, Methode; docs/telling-json.md, `methode`): `survey` as R's
 * svyciprop(method = "beta") with lonely strata removed; `nchs` as the NCHS data presentation
 * standards for proportions (Parker et al., 2017), the default for published tables.
 */
export type IntervalMethod = 'nchs' | 'survey';
export const INTERVAL_METHODS: readonly IntervalMethod[] = ['nchs', 'survey'];

export interface Design<C> {
  bands: BandDesign<C>[];
  /** How its intervals are made: said once, here, and read by every estimator through the domains. */
  method: IntervalMethod;
  warnings: string[];
}

/** The sample does not fit the population (more dossiers than clients in a stratum): bad input. */
export class DesignError extends UserError {
  constructor(readonly reasons: string[], population: string) {
    super('invoer', reasons, [`De steekproef past niet in de populatie (${population}); er is niets geschreven.`]);
  }
}

/** What a design needs of the sample: per stratum (`<27|1-5`), the dossiers per category. */
export type StratumCounts<C> = ReadonlyMap<string, ReadonlyMap<C, number>>;

export const stratumKey = (leeftijdsgroep: Leeftijdsgroep, uitkeringsduur: Uitkeringsduur) => `${leeftijdsgroep}|${uitkeringsduur}`;

/** The stratum counts of a list of units. */
export function countUnits<C>(units: Iterable<SampleUnit<C>>): Map<string, Map<C, number>> {
  const counts = new Map<string, Map<C, number>>();
  for (const u of units) {
    const key = stratumKey(u.leeftijdsgroep, u.uitkeringsduur);
    const inStratum = counts.get(key) ?? new Map<C, number>();
    inStratum.set(u.categorie, (inStratum.get(u.categorie) ?? 0) + 1);
    counts.set(key, inStratum);
  }
  return counts;
}

/**
 * The design of a sample in a population, with the interval method its estimates use. `sizes`
 * gives n_h where the counts are not whole dossiers (the expected counts of a planned sample,
 * sampling/plan), so that n_h stays exact.
 */
export function buildDesign<C>(population: Population, sample: StratumCounts<C>, method: IntervalMethod, sizes?: ReadonlyMap<string, number>): Design<C> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const bands = LEEFTIJDSGROEPEN.map((leeftijdsgroep): BandDesign<C> => {
    let strata = UITKERINGSDUREN.map((uitkeringsduur): DesignStratum<C> => {
      const N = population.strata.find((s) => s.leeftijdsgroep === leeftijdsgroep && s.uitkeringsduur === uitkeringsduur)?.aantal ?? 0;
      const counts = new Map(sample.get(stratumKey(leeftijdsgroep, uitkeringsduur)) ?? []);
      const n = sizes?.get(stratumKey(leeftijdsgroep, uitkeringsduur)) ?? [...counts.values()].reduce((t, x) => t + x, 0);
      if (n > N) errors.push(`stratum ${leeftijdsgroep} × ${uitkeringsduur}: ${n} dossiers in de steekproef maar ${N} klanten in de populatie`);
      return { uitkeringsduren: [uitkeringsduur], N, n, counts };
    });
    strata = strata.filter((s) => s.N > 0 || s.n > 0);
    strata = collapseEmpty(leeftijdsgroep, strata, warnings);
    return {
      leeftijdsgroep,
      N: strata.reduce((t, s) => t + s.N, 0),
      n: strata.reduce((t, s) => t + s.n, 0),
      strata,
    };
  });
  if (errors.length) throw new DesignError(errors, population.naam);
  return { bands, method, warnings };
}

/**
 * A stratum with clients but no dossier cannot be weighted; it joins the nearest stratum of its
 * band that has dossiers, in duration order (the longer one on a tie). A band without any dossier
 * stays unestimable.
 */
function collapseEmpty<C>(band: Leeftijdsgroep, strata: DesignStratum<C>[], warnings: string[]): DesignStratum<C>[] {
  if (strata.every((s) => s.n === 0)) {
    if (strata.some((s) => s.N > 0)) warnings.push(`leeftijdsgroep ${band} heeft geen enkel dossier in de steekproef: geen schatting mogelijk`);
    return strata;
  }
  const result = strata.map((s) => ({ ...s, uitkeringsduren: [...s.uitkeringsduren], counts: new Map(s.counts) }));
  const sampled = result.filter((s) => s.n > 0);
  const position = (s: DesignStratum<C>) => UITKERINGSDUREN.indexOf(s.uitkeringsduren[0]!);
  const names = new Map(sampled.map((s) => [s, s.uitkeringsduren.join('+')]));
  for (const empty of result.filter((s) => s.n === 0)) {
    const distance = (s: DesignStratum<C>) => Math.abs(position(s) - position(empty)) * 2 - (position(s) > position(empty) ? 1 : 0);
    const into = sampled.reduce((best, s) => (distance(s) < distance(best) ? s : best));
    warnings.push(`stratum ${band} × ${empty.uitkeringsduren.join('+')} (${empty.N} klanten) heeft geen dossier in de steekproef en is samengevoegd met ${band} × ${names.get(into)}`);
    into.N += empty.N;
    into.uitkeringsduren = [...into.uitkeringsduren, ...empty.uitkeringsduren].sort((a, b) => UITKERINGSDUREN.indexOf(a) - UITKERINGSDUREN.indexOf(b));
  }
  return sampled;
}

/** Sample count of one category in one stratum. */
export function countIn<C>(stratum: DesignStratum<C>, categorie: C): number {
  return stratum.counts.get(categorie) ?? 0;
}

/** Sample count of one category over several strata. */
export function countInAll<C>(strata: readonly DesignStratum<C>[], categorie: C): number {
  return strata.reduce((t, h) => t + countIn(h, categorie), 0);
}

/** Strata whose variance is estimated together: one stratum, or a lonely one with its neighbour. */
export interface VarianceStratum<C> {
  uitkeringsduren: Uitkeringsduur[];
  N: number;
  n: number;
  strata: DesignStratum<C>[];
}

/**
 * What is estimated: one leeftijdsgroep, or all of them together ("totaal"). The point estimate
 * uses every stratum; the interval only the sampled part (`interval`): under nchs the strata
 * sampled completely are known exactly (`zeker`) and left out of it.
 */
export interface Domain<C> {
  naam: Leeftijdsgroep | 'totaal';
  /** The design's interval method. */
  method: IntervalMethod;
  N: number;
  n: number;
  strata: DesignStratum<C>[];
  zeker: DesignStratum<C>[];
  variantie: VarianceStratum<C>[];
  /** Clients, dossiers and variance strata of the sampled part: the interval's N, n and H. */
  interval: { N: number; n: number; H: number };
}

/** The domains of a design, as its interval method treats them, with what the user should know about them. */
export function domainsOf<C>(design: Design<C>): { domains: Domain<C>[]; warnings: string[] } {
  const { method } = design;
  const warnings: string[] = [];
  const bands = design.bands
    .filter((b) => b.n > 0)
    .map((b) => bandDomain(b, method, warnings));
  const all = bands.flatMap((d) => d.strata);
  // All ages together only when every band with clients could be estimated.
  const complete = design.bands.every((b) => b.n > 0 || b.N === 0);
  const totaal: Domain<C> = {
    naam: 'totaal',
    method,
    N: bands.reduce((t, d) => t + d.N, 0),
    n: bands.reduce((t, d) => t + d.n, 0),
    strata: all,
    zeker: bands.flatMap((d) => d.zeker),
    variantie: bands.flatMap((d) => d.variantie),
    interval: {
      N: bands.reduce((t, d) => t + d.interval.N, 0),
      n: bands.reduce((t, d) => t + d.interval.n, 0),
      H: method === 'survey' ? all.length : bands.reduce((t, d) => t + d.interval.H, 0),
    },
  };
  return { domains: bands.length && complete ? [...bands, totaal] : bands, warnings };
}

function bandDomain<C>(band: BandDesign<C>, method: IntervalMethod, warnings: string[]): Domain<C> {
  const name = (h: { uitkeringsduren: readonly Uitkeringsduur[] }) => `${band.leeftijdsgroep} × ${h.uitkeringsduren.join('+')}`;
  const alone = (h: DesignStratum<C>): VarianceStratum<C> => ({ uitkeringsduren: h.uitkeringsduren, N: h.N, n: h.n, strata: [h] });
  if (method === 'survey') {
    for (const h of band.strata) {
      if (h.n === 1 && h.N > 1) warnings.push(`stratum ${name(h)} heeft maar 1 dossier: de variantie daarvan is niet te schatten en telt als 0 (onzekerheid onderschat; --interval nchs voegt het samen met een buurstratum)`);
    }
    return { naam: band.leeftijdsgroep, method, N: band.N, n: band.n, strata: band.strata, zeker: [], variantie: band.strata.map(alone), interval: { N: band.N, n: band.n, H: band.strata.length } };
  }
  const zeker = band.strata.filter((h) => h.n === h.N);
  const sampled = band.strata.filter((h) => h.n < h.N);
  const variantie = collapseLonely(sampled.map(alone), (lonely, into) => {
    warnings.push(
      into
        ? `stratum ${name(lonely)} heeft maar 1 dossier: voor de variantie samengevoegd met ${name(into)} (de schatting verandert niet)`
        : `stratum ${name(lonely)} heeft maar 1 dossier en geen buurstratum om mee samen te voegen: de variantie daarvan telt als 0 (onzekerheid onderschat)`,
    );
  });
  const sum = (list: readonly { N: number; n: number }[], key: 'N' | 'n') => list.reduce((t, h) => t + h[key], 0);
  return {
    naam: band.leeftijdsgroep,
    method,
    N: band.N,
    n: band.n,
    strata: band.strata,
    zeker,
    variantie,
    interval: { N: sum(sampled, 'N'), n: sum(sampled, 'n'), H: variantie.length },
  };
}

/**
 * A stratum with one dossier has no within-stratum variance; it is joined to its next
 * neighbour in duration order (or the previous one, for the last), as collapsed strata.
 */
function collapseLonely<C>(strata: VarianceStratum<C>[], report: (lonely: VarianceStratum<C>, into?: VarianceStratum<C>) => void): VarianceStratum<C>[] {
  const result = [...strata];
  for (let i = 0; i < result.length; i++) {
    const lonely = result[i]!;
    if (lonely.n !== 1) continue;
    if (result.length === 1) {
      report(lonely);
      continue;
    }
    const j = i + 1 < result.length ? i + 1 : i - 1;
    const into = result[j]!;
    report(lonely, into);
    const [first, second] = j > i ? [lonely, into] : [into, lonely];
    result.splice(Math.min(i, j), 2, {
      uitkeringsduren: [...first.uitkeringsduren, ...second.uitkeringsduren],
      N: lonely.N + into.N,
      n: lonely.n + into.n,
      strata: [...first.strata, ...second.strata],
    });
    i = Math.min(i, j) - 1;
  }
  return result;
}
