// This month against last month, as a statistician would sign it. Per band and profile: both
// months' figures, the difference and a 95% interval of the difference (MOVER, from each month's
// own interval), flagged only when that interval excludes 0; in clients when both months have the
// same population, else in shares of the band. And why it moved: the difference split exactly
// into the population, the new dossiers, the dossiers that left, dossiers drawn into another
// stratum, and profiles changed by the analyst or by the rules. Per dossier: which are new, which
// left, whose profile changed. Dossiers are matched on dossier_id as the reader gives it.
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import { DOSSIER_STAPPEN, startingCounts, type ChangeCounts, type DossierChange, type StratumCategoryCounts } from './changes.js';
import type { Analysis, PreviousCount } from './contract.js';
import { buildDesign, DesignError, domainsOf, stratumKey, type IntervalMethod } from './design.js';
import { DOMEINEN, domainTotals, populationOfCount as populationOf, sameTotals, type Domein } from './domains.js';
import type { Population } from './population.js';
import type { PreviousDossiers } from './previous-dossiers.js';
import { CATEGORIEEN } from './tally.js';
import { estimateTotals } from './totals.js';

export type { DossierChange };


/** What is compared: estimated clients (same population both months), or shares of the band. */
export type VergelekenAls = 'klanten' | 'aandeel';

/**
 * The steps the difference is split into, in the order they are taken: each is the change in the
 * estimate when that step alone is applied to what the steps before it left.
 */
export const STAPPEN = ['populatie', 'nieuw', 'vervallen', 'ander_stratum', 'gewijzigd_analist', 'gewijzigd_regels'] as const;
export type Stap = (typeof STAPPEN)[number];
export type Uitsplitsing = Record<Stap, number>;

export interface CellChange {
  leeftijdsgroep: Domein;
  profiel: Profiel | null;
  /** Sample counts. */
  aantal_vorig: number | null;
  aantal: number | null;
  schatting_vorig: number | null;
  schatting: number | null;
  afgerond_vorig: number | null;
  afgerond: number | null;
  interval95_vorig: [number, number] | null;
  interval95: [number, number] | null;
  /** Shares of the band (or of all clients, for totaal), 0–1, with their intervals. */
  aandeel_vorig: number | null;
  aandeel: number | null;
  aandeel95_vorig: [number, number] | null;
  aandeel95: [number, number] | null;
  vergeleken_als: VergelekenAls;
  /** Now minus last month, in clients or as a share (vergeleken_als). */
  verschil: number | null;
  verschil_interval95: [number, number] | null;
  /** The interval of the difference excludes 0: the only change flag. */
  verschil_groter_dan_onzekerheid: boolean | null;
  /** The difference split into STAPPEN (in the unit of verschil); they add up to it. */
  uitsplitsing: Uitsplitsing | null;
}

export interface Recount {
  /** 2: the flag buiten_vorig_interval of version 1 is gone (verschil_groter_dan_onzekerheid replaces it). */
  versie: 2;
  vorige: { bestand: string; invoer: string; sha256: string; peildatum: string | null; dossiers: number; populatie: number };
  huidige: { bestand: string; sha256: string; peildatum: string | null; dossiers: number; populatie: number };
  vergeleken_als: VergelekenAls;
  /** False when last month's file has no dossier list: then only the figures are compared. */
  dossiers_vergeleken: boolean;
  cellen: CellChange[];
  nieuw: { dossier_id: string; profiel: Profiel | null }[];
  vervallen: { dossier_id: string; profiel: Profiel | null }[];
  /** Dossiers whose stratum at sampling differs from last month's (their weight moved with them). */
  ander_stratum: { dossier_id: string; van: string; naar: string }[];
  gewijzigd: DossierChange[];
  /** What the reader of the comparison should know. */
  meldingen: string[];
  waarschuwingen: string[];
}


/**
 * This month's count against last month's; with last month's dossier list (`dossiers`) and what
 * changed against it as this month was read (`changes`), also per dossier and split by cause.
 */
export function recount(previous: PreviousCount, previousFile: string, now: Analysis, dossiers?: PreviousDossiers, changes?: ChangeCounts): Recount {
  const meldingen: string[] = [];
  const prevPopulation = populationOf(previous);
  const nowPopulation = populationOf(now)!;
  const prevTotals = domainTotals(prevPopulation, previous);
  const nowTotals = domainTotals(nowPopulation, now);
  const same = sameTotals(prevTotals, nowTotals);
  const vergeleken_als: VergelekenAls = same ? 'klanten' : 'aandeel';
  if (!same) {
    meldingen.push(
      `De populatie is veranderd (${fmt(prevTotals.get('totaal'))} → ${fmt(nowTotals.get('totaal'))} klanten): daarom zijn de aandelen binnen elke leeftijdsgroep vergeleken, niet de aantallen klanten.`,
    );
  }
  if (previous.invoer.sha256 === now.invoer.sha256) meldingen.push('De export is dezelfde als vorige keer (zelfde SHA-256): alleen andere instellingen kunnen iets veranderen.');
  if (previous.interval && previous.interval !== now.interval) meldingen.push(`De vorige telling gebruikte --interval ${previous.interval}, deze ${now.interval}: de intervallen zijn anders berekend.`);
  if (previous.regels.naam !== now.regels.naam) meldingen.push(`De vorige telling gebruikte de beslisregels "${previous.regels.naam}", deze "${now.regels.naam}".`);

  const matched = dossiers && changes && { ...changes, counts: samplesAlongTheWay(startingCounts(dossiers), changes) };
  let steps: StepEstimates | undefined;
  if (!matched) {
    meldingen.push('De vorige telling heeft geen dossierlijst (maak haar met classify --dossiers --format json): alleen de aantallen en schattingen zijn vergeleken, niet de dossiers, en het verschil is niet uit te splitsen.');
  } else if (!prevPopulation) {
    meldingen.push('De vorige telling noemt haar populatie niet per stratum (een eerdere versie van profiel): het verschil is niet uit te splitsen.');
  } else {
    steps = stepEstimates(prevPopulation, nowPopulation, now.interval, matched!.counts, meldingen);
  }

  const cellen = DOMEINEN.flatMap((d) =>
    CATEGORIEEN.map((p): CellChange => {
      const was = previous.extrapolatie.find((e) => e.leeftijdsgroep === d && e.profiel === p);
      const is = now.extrapolatie.find((e) => e.leeftijdsgroep === d && e.profiel === p);
      const share = (x: number, d2: Domein, totals: Map<Domein, number>) => x / totals.get(d2)!;
      const aandeel_vorig = was ? share(was.schatting, d, prevTotals) : null;
      const aandeel = is ? share(is.schatting, d, nowTotals) : null;
      const aandeel95_vorig = was ? pair(was.interval95.map((x) => share(x, d, prevTotals))) : null;
      const aandeel95 = is ? pair(is.interval95.map((x) => share(x, d, nowTotals))) : null;
      const [v0, i0, v1, i1] = same ? [was?.schatting, was?.interval95, is?.schatting, is?.interval95] : [aandeel_vorig, aandeel95_vorig, aandeel, aandeel95];
      const both = v0 !== undefined && v0 !== null && v1 !== undefined && v1 !== null;
      const verschil = both ? v1 - v0 : null;
      const verschil_interval95 = both ? differenceInterval(v0, i0!, v1, i1!) : null;
      return {
        leeftijdsgroep: d,
        profiel: p,
        aantal_vorig: sampleCount(previous.steekproef, d, p),
        aantal: sampleCount(now.steekproef, d, p),
        schatting_vorig: was?.schatting ?? null,
        schatting: is?.schatting ?? null,
        afgerond_vorig: was?.afgerond ?? null,
        afgerond: is?.afgerond ?? null,
        interval95_vorig: was?.interval95 ?? null,
        interval95: is?.interval95 ?? null,
        aandeel_vorig,
        aandeel,
        aandeel95_vorig,
        aandeel95,
        vergeleken_als,
        verschil,
        verschil_interval95,
        verschil_groter_dan_onzekerheid: verschil_interval95 ? verschil_interval95[0] > 0 || verschil_interval95[1] < 0 : null,
        uitsplitsing: both && steps ? splitOf(steps, d, p, same, was!.schatting, is!.schatting) : null,
      };
    }),
  ).filter((c) => c.schatting !== null || c.schatting_vorig !== null);
  if (steps && cellen.some((c) => c.schatting !== null && c.schatting_vorig !== null && c.uitsplitsing === null)) {
    meldingen.push('De vorige telling is anders berekend dan haar dossierlijst en populatie nu opleveren (andere versie of instellingen): het verschil is niet uit te splitsen.');
    for (const c of cellen) c.uitsplitsing = null;
  }

  return {
    versie: 2,
    vorige: {
      bestand: previousFile,
      invoer: previous.invoer.bestand,
      sha256: previous.invoer.sha256,
      peildatum: previous.peildatum ?? null,
      dossiers: previous.invoer.dossiers,
      populatie: previous.populatie.totaal,
    },
    huidige: { bestand: now.invoer.bestand, sha256: now.invoer.sha256, peildatum: now.peildatum, dossiers: now.invoer.dossiers, populatie: now.populatie.totaal },
    vergeleken_als,
    dossiers_vergeleken: matched !== undefined,
    cellen,
    nieuw: matched?.nieuw ?? [],
    vervallen: matched?.vervallen ?? [],
    ander_stratum: matched?.ander_stratum ?? [],
    gewijzigd: matched?.gewijzigd ?? [],
    meldingen,
    waarschuwingen: now.waarschuwingen,
  };
}

/**
 * The 95% interval of a difference of two estimates from their own 95% intervals (MOVER: Newcombe
 * 1998, Zou & Donner 2008). It treats the months as independent, which is conservative when their
 * samples overlap; it stays sensible where an interval has width 0 on one side.
 */
export function differenceInterval(prev: number, prevInterval: readonly [number, number], now: number, nowInterval: readonly [number, number]): [number, number] {
  const d = now - prev;
  const lower = d - Math.hypot(now - nowInterval[0], prevInterval[1] - prev);
  const upper = d + Math.hypot(nowInterval[1] - now, prev - prevInterval[0]);
  return [lower, upper];
}

const pair = (xs: number[]): [number, number] => [xs[0]!, xs[1]!];
const fmt = (x: number | undefined) => (x === undefined ? '?' : String(Math.round(x)));

function sampleCount(rows: readonly { leeftijdsgroep: Leeftijdsgroep; profiel: Profiel | null; aantal: number }[], d: Domein, p: Profiel | null): number | null {
  const hits = rows.filter((s) => (d === 'totaal' || s.leeftijdsgroep === d) && s.profiel === p);
  return hits.length ? hits.reduce((t, s) => t + s.aantal, 0) : null;
}

/** The sample after each step of the split (without the population's), from last month's to this month's. */
function samplesAlongTheWay(start: StratumCategoryCounts, changes: ChangeCounts): StratumCategoryCounts[] {
  const samples = [start];
  for (const stap of DOSSIER_STAPPEN) samples.push(samples.at(-1)!.map((perCategory, h) => perCategory.map((x, k) => x + changes.steps[stap][h]![k]!)));
  return samples;
}

/** The estimate of every domain and category after each step: [step][domain|category] → clients. */
interface StepEstimates {
  estimates: Map<string, number>[];
  /** Clients per domain before the population step (last month's) and after it. */
  totals: [Map<Domein, number>, Map<Domein, number>];
}

/**
 * The estimates along the way: last month's sample in last month's population, then in this
 * month's, then each step's sample in this month's population. The same estimator as the count
 * itself, so the first equals last month's figures and the last this month's.
 */
function stepEstimates(before: Population, after: Population, method: IntervalMethod, samples: StratumCategoryCounts[], meldingen: string[]): StepEstimates | undefined {
  const estimate = (population: Population, sample: StratumCategoryCounts): Map<string, number> => {
    const counts = new Map<string, Map<Profiel | null, number>>();
    LEEFTIJDSGROEPEN.forEach((b, i) =>
      UITKERINGSDUREN.forEach((u, j) => {
        const perCategory = sample[i * UITKERINGSDUREN.length + j]!;
        if (perCategory.some((x) => x > 0)) counts.set(stratumKey(b, u), new Map(CATEGORIEEN.map((p, k) => [p, perCategory[k]!])));
      }),
    );
    const { domains } = domainsOf(buildDesign(population, counts, method));
    return new Map(estimateTotals(domains, CATEGORIEEN).map((e) => [`${e.domein}|${e.categorie}`, e.schatting]));
  };
  try {
    const estimates = [estimate(before, samples[0]!), ...samples.map((s) => estimate(after, s))];
    return { estimates, totals: [domainTotals(before), domainTotals(after)] };
  } catch (error) {
    if (!(error instanceof DesignError)) throw error;
    meldingen.push(`Het verschil is niet uit te splitsen: tussen de stappen past de steekproef niet in de populatie (${error.reasons[0]}).`);
    return undefined;
  }
}

/**
 * One cell's difference split into STAPPEN. Undefined when the steps do not start at last month's
 * figure and end at this month's (last month's count was made otherwise).
 */
function splitOf(steps: StepEstimates, d: Domein, p: Profiel | null, inClients: boolean, was: number, is: number): Uitsplitsing | null {
  const key = `${d}|${p}`;
  const values = steps.estimates.map((e) => e.get(key));
  if (values.some((v) => v === undefined)) return null;
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  if (!close(values[0]!, was) || !close(values.at(-1)!, is)) return null;
  // In shares, step 0 is divided by last month's clients in the domain, every later one by this month's.
  const unit = (i: number) => (inClients ? 1 : steps.totals[i === 0 ? 0 : 1].get(d)!);
  const scaled = values.map((v, i) => v! / unit(i));
  // Anchored at both months' own figures, so that the parts add up to the difference exactly.
  scaled[0] = was / unit(0);
  scaled[scaled.length - 1] = is / unit(scaled.length - 1);
  return Object.fromEntries(STAPPEN.map((stap, i) => [stap, scaled[i + 1]! - scaled[i]!])) as Uitsplitsing;
}
