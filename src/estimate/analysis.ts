// One run of the main job: classify every dossier, count the sample per band, extrapolate to the
// population and scale to the expected total. Dossiers are counted as they arrive (Tally), so a
// run's memory does not grow with the export. The result has the shape of the JSON contract
// (estimate/contract.ts), numbers at full precision; the renderers in src/render only read it.
import type { TableInfo } from '../io/read-table.js';
import type { Dossier } from '../dossier/schema.js';
import { LEEFTIJDSGROEPEN, PROFIELEN, UITKERINGSDUREN, type Leeftijdsgroep, type Profiel, type Uitkeringsduur } from '../dossier/vocabulary.js';
import { classify, type ClassifyOptions, type Outcome } from '../rules/evaluate.js';
import { unknownSubprofile, type RuleTable } from '../rules/schema.js';
import { normaliseWord } from '../io/words.js';
import { AgreementTally, type AgreementCounts } from './agreement.js';
import type { Analysis, DossierResult } from './contract.js';
import { buildDesign, domainsOf, stratumKey, type IntervalMethod } from './design.js';
import { populationTotal, type Population } from './population.js';
import { scaleToRange, type Range } from './ranges.js';
import { MIN_DOSSIERS, reliability } from './reliability.js';
import { KenmerkTally, type KenmerkCounts } from './kenmerken.js';
import { estimateTotals } from './totals.js';

/** Profiles 1–4, and null for onbepaald: its own column, never dropped. */
export const CATEGORIEEN: readonly (Profiel | null)[] = [...PROFIELEN, null];

export interface AnalysisOptions extends ClassifyOptions {
  populatie: Population;
  totaal: Range;
  aandeelAfronding: number;
  interval: IntervalMethod;
  /** Reference date of the export (YYYY-MM-DD), as the user gave it. */
  peildatum?: string;
}

export type { Analysis, DossierResult };

const band = (b: Leeftijdsgroep) => (b === '<27' ? 0 : b === '27-55' ? 1 : 2);
const duration = (u: Uitkeringsduur) => (u === '<1' ? 0 : u === '1-5' ? 1 : 2);
const category = (p: Profiel | null) => (p === null ? PROFIELEN.length : p - 1);

export interface TallyCounts {
  strata: number[][][];
  dossierduur: number[][];
  flags: { subprofiel: Map<string, number>; twijfel: Map<string, number>; prioriteit: Map<string, number> }[];
  kenmerken: KenmerkCounts;
  agreement: AgreementCounts;
  results?: DossierResult[];
  dossiers: number;
  uitExport: number;
  vanAnalist: number;
}

/**
 * The counts of one run, filled one dossier at a time as the export is read: everything the
 * tables need, and no dossier kept unless the run asks for the list (`keepDossiers`). `finish`
 * turns the counts into the analysis.
 */
export class Tally {
  /** Per stratum at sampling: dossiers per category, [band][duration][category]. */
  private readonly strata = LEEFTIJDSGROEPEN.map(() => UITKERINGSDUREN.map(() => CATEGORIEEN.map(() => 0)));
  /** Per band and duration found in the dossier (the BIJLAGE's table 1). */
  private readonly dossierduur = LEEFTIJDSGROEPEN.map(() => UITKERINGSDUREN.map(() => 0));
  private readonly flags = LEEFTIJDSGROEPEN.map(() => ({ subprofiel: new Map<string, number>(), twijfel: new Map<string, number>(), prioriteit: new Map<string, number>() }));
  private readonly kenmerken: KenmerkTally;
  private readonly agreement = new AgreementTally();
  private readonly results: DossierResult[] | undefined;
  private dossiers = 0;
  private uitExport = 0;
  private vanAnalist = 0;

  constructor(
    private readonly rules: RuleTable,
    private readonly options: AnalysisOptions,
    /** The export's columns (normalised): the characteristics it has. */
    columns: ReadonlySet<string>,
    keepDossiers: boolean,
  ) {
    this.kenmerken = new KenmerkTally(columns);
    if (keepDossiers) this.results = [];
  }

  get size(): number {
    return this.dossiers;
  }

  /** What it has counted, as plain data: another thread's part of the same export. */
  counts(): TallyCounts {
    return {
      strata: this.strata,
      dossierduur: this.dossierduur,
      flags: this.flags,
      kenmerken: this.kenmerken.counts(),
      agreement: this.agreement.counts(),
      ...(this.results && { results: this.results }),
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
      for (const kind of ['subprofiel', 'twijfel', 'prioriteit'] as const) for (const [id, n] of kinds[kind]) this.flags[b]![kind].set(id, (this.flags[b]![kind].get(id) ?? 0) + n);
    });
    this.kenmerken.absorb(other.kenmerken);
    this.agreement.absorb(other.agreement);
    if (this.results && other.results) for (const r of other.results) this.results.push(r);
    this.dossiers += other.dossiers;
    this.uitExport += other.uitExport;
    this.vanAnalist += other.vanAnalist;
  }

  add(d: Dossier, c: Outcome): void {
    const b = band(d.stratum.leeftijdsgroep);
    this.dossiers++;
    this.strata[b]![duration(d.stratum.uitkeringsduur)]![category(c.profiel)]!++;
    this.dossierduur[band(d.leeftijdsgroep)]![duration(d.uitkeringsduur)]!++;
    if (c.subprofiel !== null || c.twijfel.length || c.prioriteit.length) {
      const flags = this.flags[b]!;
      if (c.subprofiel !== null) increment(flags.subprofiel, c.subprofiel);
      for (const id of c.twijfel) increment(flags.twijfel, id);
      for (const id of c.prioriteit) increment(flags.prioriteit, id);
    }
    this.kenmerken.add(d, b);
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

  finish(info: TableInfo): Analysis {
    const { rules, options } = this;
    const stratumCounts = new Map<string, Map<Profiel | null, number>>();
    LEEFTIJDSGROEPEN.forEach((b, i) =>
      UITKERINGSDUREN.forEach((u, j) => {
        const counts = this.strata[i]![j]!;
        if (counts.some((x) => x > 0)) stratumCounts.set(stratumKey(b, u), new Map(CATEGORIEEN.flatMap((p, k) => (counts[k]! > 0 ? [[p, counts[k]!] as const] : []))));
      }),
    );
    const design = buildDesign(options.populatie, stratumCounts);
    const { domains, warnings: domainWarnings } = domainsOf(design, options.interval);
    const estimates = estimateTotals(domains, CATEGORIEEN, options.interval);
    const ranges = scaleToRange(design, estimates, options.totaal, options.aandeelAfronding);
    const dossiersIn = new Map(domains.map((d) => [d.naam, d.n]));
    const inStratum = (b: Leeftijdsgroep, u: Uitkeringsduur) => this.strata[band(b)]![duration(u)]!.reduce((t, x) => t + x, 0);
    const flagCount = (b: Leeftijdsgroep, kind: 'subprofiel' | 'twijfel' | 'prioriteit', id: string) => this.flags[band(b)]![kind].get(id) ?? 0;

    const steekproef = LEEFTIJDSGROEPEN.flatMap((b) => {
      const perDuration = this.strata[band(b)]!;
      const n = perDuration.flat().reduce((t, x) => t + x, 0);
      return CATEGORIEEN.map((profiel) => {
        const aantal = perDuration.reduce((t, counts) => t + counts[category(profiel)]!, 0);
        return { leeftijdsgroep: b, profiel, aantal, percentage: n ? (100 * aantal) / n : 0 };
      });
    });
    // Every flag and sub-profile a dossier can carry comes from the table, so its ids are the full list.
    const variants = [...new Set(rules.subprofielen.filter((s) => s.als).map((s) => s.profiel))].flatMap((profiel) => [
      ...rules.subprofielen.filter((s) => s.profiel === profiel && s.als).map((s) => ({ profiel, id: s.id })),
      { profiel, id: unknownSubprofile(rules, profiel).id },
    ]);
    const subprofielen = LEEFTIJDSGROEPEN.flatMap((b) => variants.map(({ profiel, id }) => ({ leeftijdsgroep: b, profiel, subprofiel: id, aantal: flagCount(b, 'subprofiel', id) })));
    const twijfel = LEEFTIJDSGROEPEN.flatMap((b) => rules.twijfel.map(({ id }) => ({ leeftijdsgroep: b, twijfel: id, aantal: flagCount(b, 'twijfel', id) })));
    const prioriteit = LEEFTIJDSGROEPEN.flatMap((b) => rules.prioriteit.map(({ id }) => ({ leeftijdsgroep: b, prioriteit: id, aantal: flagCount(b, 'prioriteit', id) })));
    const small = design.bands.filter((b) => b.n > 0 && b.n < MIN_DOSSIERS);
    const { dossiers, uitExport, vanAnalist } = this;
    const populatieTotaal = populationTotal(options.populatie);

    return {
      versie: 1 as const,
      invoer: { bestand: info.source, dossiers, sha256: info.sha256 },
      peildatum: options.peildatum ?? null,
      regels: { naam: rules.naam, alleen_regels: options.alleenRegels ?? false, bron: { analist: vanAnalist, beslisregels: dossiers - vanAnalist } },
      interval: options.interval,
      populatie: {
        naam: options.populatie.naam,
        totaal: populatieTotaal,
        strata: options.populatie.strata.map((s) => ({
          ...s,
          steekproef: inStratum(s.leeftijdsgroep, s.uitkeringsduur),
          steekproef_dossierduur: this.dossierduur[band(s.leeftijdsgroep)]![duration(s.uitkeringsduur)]!,
        })),
      },
      strata_bron: { uit_export: uitExport, uit_dossierduur: dossiers - uitExport },
      steekproef,
      kenmerken: this.kenmerken.result(),
      subprofielen,
      twijfel,
      prioriteit,
      extrapolatie: estimates.map((e) => ({
        leeftijdsgroep: e.domein,
        profiel: e.categorie,
        dossiers: e.dossiers,
        schatting: e.schatting,
        afgerond: e.afgerond,
        standaardfout: e.standaardfout,
        relatieve_standaardfout: e.relatieve_standaardfout,
        interval95: e.interval95,
        methode: e.methode,
        n_eff: e.n_eff,
        deff: e.deff,
        ...reliability(e, dossiersIn.get(e.domein) ?? 0),
      })),
      bandbreedte: {
        van: ranges.van,
        tot: ranges.tot,
        afronding: ranges.afronding,
        groepen: ranges.groepen.map((g) => ({
          leeftijdsgroep: g.leeftijdsgroep,
          aandeel: g.aandeel,
          van: g.van,
          tot: g.tot,
          profielen: g.profielen.map((p) => ({ profiel: p.categorie, aandeel: p.aandeel, van: p.van, tot: p.tot, marge_van: p.marge_van, marge_tot: p.marge_tot })),
        })),
      },
      ...(this.agreement.size > 0 && { overeenstemming: this.agreement.result() }),
      aannames: assumptions({ uitExport, total: dossiers, vanAnalist, options, populatieTotaal }),
      waarschuwingen: [
        ...design.warnings,
        ...domainWarnings,
        ...small.map((b) => `leeftijdsgroep ${b.leeftijdsgroep} telt maar ${b.n} ${b.n === 1 ? 'dossier' : 'dossiers'}: alle cijfers van die leeftijdsgroep zijn indicatief`),
        ...ranges.warnings,
      ],
      ...(this.results && { dossiers: this.results }),
    };
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The whole run over dossiers already in memory, each classified with its full trace: what the
 * streaming main path (cli/pipeline) must equal, and the way tests analyse a list of dossiers.
 */
export function analyse(info: TableInfo, dossiers: readonly Dossier[], rules: RuleTable, options: AnalysisOptions): Analysis & { dossiers: DossierResult[] } {
  const tally = new Tally(rules, options, new Set(info.header.map(normaliseWord)), true);
  for (const d of dossiers) tally.add(d, classify(d, rules, options));
  return tally.finish(info) as Analysis & { dossiers: DossierResult[] };
}

/** What the figures rest on, stated with them (domain.md, "Assumptions are stated with the figures"). */
function assumptions(a: { uitExport: number; total: number; vanAnalist: number; options: AnalysisOptions; populatieTotaal: number }): string[] {
  const { uitExport, total, vanAnalist, options } = a;
  const lines: string[] = [];
  if (uitExport === total) {
    lines.push('De gewichten volgen het stratum bij de trekking zoals de export het noemt (stratum_uitkeringsduur).');
  } else {
    const which = uitExport === 0 ? 'De export noemt geen stratum bij de trekking (stratum_uitkeringsduur)' : `Bij ${total - uitExport} van de ${total} dossiers ontbreekt het stratum bij de trekking (stratum_uitkeringsduur)`;
    lines.push(
      `${which}: daar volgen de gewichten de uitkeringsduur die in het dossier is gevonden. De strata zijn dan een reconstructie; ` +
        'waar de duur bij de trekking anders was (de BIJLAGE noemt korte onderbrekingen die de screening niet meetelde), wijken de schattingen af.',
    );
  }
  lines.push(
    options.alleenRegels
      ? 'Het klantprofiel komt voor alle dossiers uit de beslisregels (--alleen-regels); het profiel van de analist is genegeerd.'
      : `Het klantprofiel is dat van de analist waar ingevuld (${vanAnalist} van de ${total} dossiers), anders dat van de beslisregels.`,
  );
  lines.push(
    `De bandbreedte van ca. ${options.totaal.van}–${options.totaal.tot} veronderstelt dat de hele groep is samengesteld als de populatie (${options.populatie.naam}, ${a.populatieTotaal} klanten): per leeftijdsgroep en per klantprofiel.`,
  );
  lines.push(
    'De bandbreedtes per klantprofiel zijn een uitbreiding op de pilotnotitie, die alleen bandbreedtes per leeftijdsgroep geeft: ' +
      'de verdeling volgt de gewogen aandelen uit de inschatting, afgerond zodat de profielen optellen tot de leeftijdsgroep.',
  );
  return lines;
}
