// The counts of one run, filled one dossier at a time as the export is read (estimate/analysis
// turns them into the figures). Plain data, so that two threads can each count half a file and
// add up; no statistics library is needed to count.
import type { Dossier } from '../dossier/schema.js';
import { LEEFTIJDSGROEPEN, PROFIELEN, UITKERINGSDUREN, type Leeftijdsgroep, type Profiel, type Uitkeringsduur } from '../dossier/vocabulary.js';
import type { ClassifyOptions, Outcome } from '../rules/evaluate.js';
import type { RuleTable } from '../rules/schema.js';
import { AgreementTally, type AgreementCounts } from './agreement.js';
import { ChangeTally, type ChangeCounts } from './changes.js';
import type { DossierResult } from './contract.js';
import type { IntervalMethod } from './design.js';
import { KenmerkTally, type KenmerkCounts } from './characteristics.js';
import type { Population } from './population.js';
import type { PreviousDossiers } from './previous-dossiers.js';
import type { Range } from './ranges.js';

/** Profiles 1–4, and null for onbepaald: its own column, never dropped. */
export const CATEGORIEEN: readonly (Profiel | null)[] = [...PROFIELEN, null];

/** What counting needs (all a worker thread is sent): how each dossier is classified. */
export type CountOptions = ClassifyOptions;

/** What estimating needs: the population, the whole group, the rounding of its shares, the interval, the date. */
export interface EstimateOptions {
  populatie: Population;
  totaal: Range;
  aandeelAfronding: number;
  interval: IntervalMethod;
  /** Reference date of the export (YYYY-MM-DD), as the user gave it. */
  peildatum?: string;
}

/** What a run keeps of the dossiers besides the counts. */
export interface Keep {
  /** Each dossier's result (classify --dossiers). */
  dossiers: boolean;
  /** The ids where rules and analyst differ (classify's JSON and the working copy list them). */
  verschillen: boolean;
}

/** A whole analysis: counted, then estimated. */
export type AnalysisOptions = CountOptions & EstimateOptions;

export const band = (b: Leeftijdsgroep) => (b === '<27' ? 0 : b === '27-55' ? 1 : 2);
export const duration = (u: Uitkeringsduur) => (u === '<1' ? 0 : u === '1-5' ? 1 : 2);
export const category = (p: Profiel | null) => (p === null ? PROFIELEN.length : p - 1);

export interface TallyCounts {
  /** The export's columns (normalised). */
  columns: string[];
  strata: number[][][];
  dossierduur: number[][];
  flags: { subprofiel: Map<string, number>; twijfel: Map<string, number>; prioriteit: Map<string, number>; prioriteit_onbekend: Map<string, number> }[];
  kenmerken: KenmerkCounts;
  agreement: AgreementCounts;
  results?: DossierResult[];
  /** With last month's dossiers to compare with (recount, report --vorige). */
  changes?: ChangeCounts;
  dossiers: number;
  uitExport: number;
  vanAnalist: number;
}

/**
 * The counts of one run, filled one dossier at a time as the export is read: everything the
 * tables need, and no dossier kept unless the run asks for it (`keep`). `counts()`
 * is what estimate/analysis makes the figures from.
 */
export class Tally {
  /** Per stratum at sampling: dossiers per category, [band][duration][category]. */
  private readonly strata = LEEFTIJDSGROEPEN.map(() => UITKERINGSDUREN.map(() => CATEGORIEEN.map(() => 0)));
  /** Per band and duration found in the dossier (the BIJLAGE's table 1). */
  private readonly dossierduur = LEEFTIJDSGROEPEN.map(() => UITKERINGSDUREN.map(() => 0));
  private readonly flags = LEEFTIJDSGROEPEN.map(() => ({ subprofiel: new Map<string, number>(), twijfel: new Map<string, number>(), prioriteit: new Map<string, number>(), prioriteit_onbekend: new Map<string, number>() }));
  private readonly kenmerken: KenmerkTally;
  private readonly agreement: AgreementTally;
  private readonly results: DossierResult[] | undefined;
  private readonly changes: ChangeTally | undefined;
  private dossiers = 0;
  private uitExport = 0;
  private vanAnalist = 0;

  constructor(
    readonly rules: RuleTable,
    readonly options: CountOptions,
    /** The export's columns (normalised): the characteristics it has. */
    private readonly columns: readonly string[],
    keep: Keep,
    /** Last month's dossiers, to tally what changed against. */
    previous?: PreviousDossiers,
  ) {
    this.kenmerken = new KenmerkTally(new Set(columns));
    this.agreement = new AgreementTally(keep.verschillen);
    if (keep.dossiers) this.results = [];
    if (previous) this.changes = new ChangeTally(previous);
  }

  /** What it has counted, as plain data: another thread's part of the same export. */
  counts(): TallyCounts {
    return {
      columns: [...this.columns],
      strata: this.strata,
      dossierduur: this.dossierduur,
      flags: this.flags,
      kenmerken: this.kenmerken.counts(),
      agreement: this.agreement.counts(),
      ...(this.results && { results: this.results }),
      ...(this.changes && { changes: this.changes.counts() }),
      dossiers: this.dossiers,
      uitExport: this.uitExport,
      vanAnalist: this.vanAnalist,
    };
  }

  /** Adds the counts of the dossiers that follow these in the file (read by another thread). */
  absorb(other: TallyCounts): void {
    const add = (into: number[], from: readonly number[]) => from.forEach((x, i) => (into[i]! += x));
    other.strata.forEach((perBand, b) => perBand.forEach((perDuration, u) => add(this.strata[b]![u]!, perDuration)));
    other.dossierduur.forEach((perBand, b) => add(this.dossierduur[b]!, perBand));
    other.flags.forEach((kinds, b) => {
      for (const kind of ['subprofiel', 'twijfel', 'prioriteit', 'prioriteit_onbekend'] as const) for (const [id, n] of kinds[kind]) this.flags[b]![kind].set(id, (this.flags[b]![kind].get(id) ?? 0) + n);
    });
    this.kenmerken.absorb(other.kenmerken);
    this.agreement.absorb(other.agreement);
    if (this.results && other.results) for (const r of other.results) this.results.push(r);
    if (this.changes && other.changes) this.changes.absorb(other.changes);
    this.dossiers += other.dossiers;
    this.uitExport += other.uitExport;
    this.vanAnalist += other.vanAnalist;
  }

  /** Once the whole export is counted (by every thread): the changes, with the dossiers that left. */
  finishChanges(): ChangeCounts | undefined {
    return this.changes?.finish();
  }

  add(d: Dossier, c: Outcome): void {
    const b = band(d.stratum.leeftijdsgroep);
    this.dossiers++;
    this.strata[b]![duration(d.stratum.uitkeringsduur)]![category(c.profiel)]!++;
    this.dossierduur[band(d.leeftijdsgroep)]![duration(d.uitkeringsduur)]!++;
    if (c.subprofiel !== null || c.twijfel.length || c.prioriteit.length || c.prioriteit_onbekend.length) {
      const flags = this.flags[b]!;
      if (c.subprofiel !== null) increment(flags.subprofiel, c.subprofiel);
      for (const id of c.twijfel) increment(flags.twijfel, id);
      for (const id of c.prioriteit) increment(flags.prioriteit, id);
      for (const id of c.prioriteit_onbekend) increment(flags.prioriteit_onbekend, id);
    }
    this.kenmerken.add(d, b);
    this.changes?.add(d, c);
    if (d.stratum_uitkeringsduur !== undefined) this.uitExport++;
    if (c.profiel_analist !== null) {
      if (!this.options.alleenRegels) this.vanAnalist++;
      this.agreement.add(d.dossier_id, c.profiel_regels, c.profiel_analist);
    }
    if (this.results) {
      this.results.push({
        dossier_id: d.dossier_id,
        leeftijdsgroep: d.stratum.leeftijdsgroep,
        uitkeringsduur: d.stratum.uitkeringsduur,
        uitkeringsduur_dossier: d.uitkeringsduur,
        profiel: c.profiel,
        profiel_regels: c.profiel_regels,
        regel: c.regel,
        profiel_analist: c.profiel_analist,
        subprofiel: c.subprofiel,
        twijfel: [...c.twijfel],
        prioriteit: [...c.prioriteit],
      });
    }
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

