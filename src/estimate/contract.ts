// The JSON contract of `classify --format json` (version 1, docs/telling-json.md) as one zod schema; the type of
// an analysis is inferred from it. recount reads last month's file with the same schema.
// Additions within version 1 are allowed; a key added later must be optional here, so files
// written before it still read. Renaming or removing a key needs version 2.
import * as z from 'zod/mini';
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN } from '../dossier/vocabulary.js';
import { INTERVAL_METHODS } from './design.js';

const leeftijdsgroep = z.enum(LEEFTIJDSGROEPEN);
const uitkeringsduur = z.enum(UITKERINGSDUREN);
/** 1–4, or null for onbepaald. */
const profielNummer = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const profiel = z.nullable(profielNummer);
const interval = z.tuple([z.number(), z.number()]);
const stratumProfile = z.object({ profiel, aantal: z.int() });

export const dossierResult = z.object({
  dossier_id: z.string(),
  /** The stratum the dossier was drawn from (it sets the weight). */
  leeftijdsgroep,
  uitkeringsduur,
  /** The duration band found in the dossier, which may differ from the stratum. */
  uitkeringsduur_dossier: uitkeringsduur,
  profiel,
  profiel_regels: profiel,
  regel: z.nullable(z.string()),
  profiel_analist: profiel,
  subprofiel: z.nullable(z.string()),
  twijfel: z.array(z.string()),
  prioriteit: z.array(z.string()),
});

export const analysisSchema = z.object({
  versie: z.literal(1),
  invoer: z.object({ bestand: z.string(), dossiers: z.int(), sha256: z.string() }),
  peildatum: z.nullable(z.string()),
  regels: z.object({
    naam: z.string(),
    alleen_regels: z.boolean(),
    /** How many dossiers got their profile from the analyst, and how many from the rules. */
    bron: z.object({ analist: z.int(), beslisregels: z.int() }),
  }),
  interval: z.enum(INTERVAL_METHODS),
  populatie: z.object({
    naam: z.string(),
    totaal: z.number(),
    /** steekproef: dossiers drawn from the stratum; steekproef_dossierduur: dossiers whose own age and duration fall in it. */
    strata: z.array(
      z.object({
        leeftijdsgroep,
        uitkeringsduur,
        aantal: z.number(),
        steekproef: z.int(),
        steekproef_dossierduur: z.int(),
        /** The sampled dossiers of the stratum per profile (onbepaald as null): the spread a next draw (trek --toewijzing neyman) allocates by. */
        profielen: z.array(stratumProfile),
      }),
    ),
  }),
  /** Where the sampling stratum of each dossier came from: the export, or the duration found in the dossier. */
  strata_bron: z.object({ uit_export: z.int(), uit_dossierduur: z.int() }),
  steekproef: z.array(z.object({ leeftijdsgroep, profiel, aantal: z.int(), percentage: z.number() })),
  /** Characteristics per band (report work): one entry per value; unknown is `waarde: null`. */
  kenmerken: z.array(z.object({ kenmerk: z.string(), leeftijdsgroep, waarde: z.nullable(z.string()), aantal: z.int(), percentage: z.number() })),
  /** Characteristics a column of which the export lacks: nothing is known about them (not 0). */
  kenmerken_ontbrekend: z.array(z.string()),
  subprofielen: z.array(z.object({ leeftijdsgroep, profiel: profielNummer, subprofiel: z.string(), aantal: z.int() })),
  twijfel: z.array(z.object({ leeftijdsgroep, twijfel: z.string(), aantal: z.int() })),
  /** aantal: null where the group needs a column the export lacks; onbekend: dossiers whose fields leave it undecided. */
  prioriteit: z.array(z.object({ leeftijdsgroep, prioriteit: z.string(), aantal: z.nullable(z.int()), onbekend: z.int() })),
  extrapolatie: z.array(extrapolatieRow()),
  bandbreedte: z.object({
    van: z.int(),
    tot: z.int(),
    afronding: z.number(),
    groepen: z.array(
      z.object({
        leeftijdsgroep,
        aandeel: z.number(),
        van: z.int(),
        tot: z.int(),
        profielen: z.array(
          z.object({ profiel, aandeel: z.number(), van: z.int(), tot: z.int(), marge_van: z.int(), marge_tot: z.int() }),
        ),
      }),
    ),
  }),
  /** Rules against the analyst, over the dossiers with a profiel_analist; absent when none has one. */
  overeenstemming: z.optional(
    z.object({
      dossiers: z.int(),
      gelijk: z.int(),
      percentage: z.number(),
      kappa: z.nullable(z.number()),
      kappa_interval95: z.nullable(interval),
      kruistabel: z.array(z.object({ regels: profiel, analist: profielNummer, aantal: z.int() })),
      /** Absent when the run did not keep them (recount, the public report). */
      verschillen: z.optional(z.array(z.string())),
    }),
  ),
  aannames: z.array(z.string()),
  waarschuwingen: z.array(z.string()),
  /** Present with --dossiers. */
  dossiers: z.optional(z.array(dossierResult)),
});

function extrapolatieRow() {
  return z.object({
    leeftijdsgroep: z.union([leeftijdsgroep, z.literal('totaal')]),
    profiel,
    dossiers: z.int(),
    schatting: z.number(),
    afgerond: z.int(),
    standaardfout: z.number(),
    relatieve_standaardfout: z.nullable(z.number()),
    interval95: interval,
    methode: z.enum(['korn-graubard', 'clopper-pearson', 'nchs', 'exact']),
    n_eff: z.number(),
    n_eff_zonder_plafond: z.nullable(z.number()),
    deff: z.nullable(z.number()),
    indicatief: z.boolean(),
    indicatief_reden: z.nullable(z.string()),
  });
}

/** What recount reads of each dossier of last month's list: its stratum at sampling and how its profile came about. */
export const previousDossier = z.pick(dossierResult, { dossier_id: true, leeftijdsgroep: true, uitkeringsduur: true, profiel: true, profiel_regels: true, regel: true, profiel_analist: true });

/**
 * What recount needs of last month's count, read leniently: only the keys version 1 had from the
 * start are required, so a count written by an earlier version-1 profiel still reads.
 */
const count = z.int().check(z.minimum(0));
const isoDate = z.string().check(
  z.refine((s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === s;
  }, 'geen bestaande datum (jjjj-mm-dd)'),
);

export const previousCountSchema = z
  .object({
    versie: z.literal(1),
    invoer: z.object({ bestand: z.string(), dossiers: count, sha256: z.string() }),
    peildatum: z.optional(z.nullable(isoDate)),
    interval: z.optional(z.enum(INTERVAL_METHODS)),
    regels: z.object({ naam: z.string() }),
    populatie: z.object({
      naam: z.string(),
      totaal: count,
      /** Per-stratum profiles were added later (trek, plan); a count without them uses the band's shares. */
      strata: z.optional(z.array(z.object({ leeftijdsgroep, uitkeringsduur, aantal: count, profielen: z.optional(z.array(stratumProfile)) }))),
    }),
    steekproef: z.array(z.object({ leeftijdsgroep, profiel, aantal: count })),
    extrapolatie: z.array(z.extend(z.pick(extrapolatieRow(), { leeftijdsgroep: true, profiel: true, schatting: true, afgerond: true, interval95: true }), { indicatief: z.optional(z.boolean()) })),
    /** Streamed into a compact list (estimate/previous-dossiers), never kept here. */
    dossiers: z.optional(z.array(previousDossier)),
  })
  // What a count made by classify cannot say: it is a forged or damaged one.
  .check(
    z.superRefine((c, ctx) => {
      const fail = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const strata = c.populatie.strata;
      if (strata?.length && strata.reduce((t, s) => t + s.aantal, 0) !== c.populatie.totaal) fail(['populatie', 'totaal'], `is ${c.populatie.totaal}, maar de strata tellen samen ${strata.reduce((t, s) => t + s.aantal, 0)}`);
      const sampled = c.steekproef.reduce((t, s) => t + s.aantal, 0);
      if (sampled !== c.invoer.dossiers) fail(['steekproef'], `telt samen ${sampled} dossiers, maar invoer.dossiers zegt ${c.invoer.dossiers}`);
      const clients = (d: string) => (d === 'totaal' ? c.populatie.totaal : strata?.length ? strata.filter((s) => s.leeftijdsgroep === d).reduce((t, s) => t + s.aantal, 0) : c.populatie.totaal);
      const slack = 1e-6;
      c.extrapolatie.forEach((e, i) => {
        const [lo, hi] = e.interval95;
        const N = clients(e.leeftijdsgroep);
        if (lo > hi) fail(['extrapolatie', i, 'interval95'], `de ondergrens (${lo}) ligt boven de bovengrens (${hi})`);
        if (lo < -slack || hi > N + slack) fail(['extrapolatie', i, 'interval95'], `valt buiten 0 tot ${N} klanten van ${e.leeftijdsgroep}`);
        if (e.schatting < -slack || e.schatting > N + slack) fail(['extrapolatie', i, 'schatting'], `${e.schatting} klanten, meer dan de ${N} van ${e.leeftijdsgroep} of minder dan 0`);
      });
    }),
  );
export type PreviousCount = z.infer<typeof previousCountSchema>;

/** A classify JSON file as it is read back. */
export type AnalysisFile = z.infer<typeof analysisSchema>;
export type DossierResult = z.infer<typeof dossierResult>;
/** One run in memory: the file's shape; the dossier list only when the run kept it. */
export type Analysis = AnalysisFile;
/** A run that kept its dossier list (--dossiers, report, recount). */
export type AnalysisWithDossiers = Analysis & { dossiers: DossierResult[] };

