// One run of the main job: classify every dossier, count the sample per band, extrapolate to the
// population and scale to the expected total. The result has the shape of the JSON contract
// (cli.md, version 1); the renderers in src/report only read it.
import type { TableInfo } from '../io/read-table.js';
import type { Dossier } from '../dossier/schema.js';
import { LEEFTIJDSGROEPEN, PROFIELEN, type Leeftijdsgroep, type Profiel, type Uitkeringsduur } from '../dossier/vocabulary.js';
import { classify, type ClassifyOptions } from '../rules/evaluate.js';
import type { RuleTable } from '../rules/schema.js';
import { buildDesign } from './design.js';
import { populationTotal, type Population } from './population.js';
import { scaleToRange, type Range } from './ranges.js';
import { estimateTotals, roundHalfUp } from './totals.js';

/** Profiles 1–4, and null for onbepaald: its own column, never dropped. */
export const CATEGORIEEN: readonly (Profiel | null)[] = [...PROFIELEN, null];

export interface AnalysisOptions extends ClassifyOptions {
  populatie: Population;
  totaal: Range;
  aandeelAfronding: number;
}

export interface DossierResult {
  dossier_id: string;
  leeftijdsgroep: Leeftijdsgroep;
  uitkeringsduur: Uitkeringsduur;
  profiel: Profiel | null;
  profiel_regels: Profiel | null;
  regel: string | null;
  profiel_analist: Profiel | null;
  twijfel: string[];
  prioriteit: string[];
}

export type Analysis = ReturnType<typeof analyse>;

export function analyse(info: TableInfo, dossiers: readonly Dossier[], rules: RuleTable, options: AnalysisOptions) {
  const results = dossiers.map((d) => {
    const c = classify(d, rules, options);
    return {
      dossier_id: d.dossier_id,
      leeftijdsgroep: d.stratum.leeftijdsgroep,
      uitkeringsduur: d.stratum.uitkeringsduur,
      profiel: c.profiel,
      profiel_regels: c.profiel_regels,
      regel: c.regel,
      profiel_analist: c.profiel_analist,
      twijfel: c.twijfel,
      prioriteit: c.prioriteit,
    } satisfies DossierResult;
  });

  const design = buildDesign(
    options.populatie,
    results.map((r) => ({ leeftijdsgroep: r.leeftijdsgroep, uitkeringsduur: r.uitkeringsduur, categorie: r.profiel })),
  );
  const estimates = estimateTotals(design, CATEGORIEEN);
  const ranges = scaleToRange(design, estimates, options.totaal, options.aandeelAfronding);

  const byBand = new Map(LEEFTIJDSGROEPEN.map((b) => [b, results.filter((r) => r.leeftijdsgroep === b)]));
  const inBand = (b: Leeftijdsgroep) => byBand.get(b)!;
  const steekproef = LEEFTIJDSGROEPEN.flatMap((b) => {
    const band = inBand(b);
    return CATEGORIEEN.map((profiel) => {
      const aantal = band.filter((r) => r.profiel === profiel).length;
      return { leeftijdsgroep: b, profiel, aantal, percentage: band.length ? roundHalfUp((100 * aantal) / band.length, 1) : 0 };
    });
  });
  // Every flag a dossier can carry comes from the table, so its ids are the full list.
  const twijfel = LEEFTIJDSGROEPEN.flatMap((b) =>
    rules.twijfel.map(({ id }) => ({ leeftijdsgroep: b, twijfel: id, aantal: inBand(b).filter((r) => r.twijfel.includes(id)).length })),
  );
  const stratumCount = (b: Leeftijdsgroep, u: Uitkeringsduur) => inBand(b).filter((r) => r.uitkeringsduur === u).length;

  return {
    versie: 1 as const,
    invoer: { bestand: info.source, dossiers: dossiers.length, sha256: info.sha256 },
    regels: { naam: rules.naam, alleen_regels: options.alleenRegels ?? false },
    populatie: {
      naam: options.populatie.naam,
      totaal: populationTotal(options.populatie),
      strata: options.populatie.strata.map((s) => ({ ...s, steekproef: stratumCount(s.leeftijdsgroep, s.uitkeringsduur) })),
    },
    steekproef,
    twijfel,
    extrapolatie: estimates.map((e) => ({
      leeftijdsgroep: e.leeftijdsgroep,
      profiel: e.categorie,
      schatting: roundHalfUp(e.schatting, 4),
      afgerond: e.afgerond,
      standaardfout: roundHalfUp(e.standaardfout, 4),
      interval95: [roundHalfUp(e.interval95[0], 2), roundHalfUp(e.interval95[1], 2)] as [number, number],
      methode: e.methode,
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
        profielen: g.profielen.map((p) => ({ profiel: p.categorie, van: p.van, tot: p.tot })),
      })),
    },
    waarschuwingen: [...design.warnings, ...ranges.warnings],
    dossiers: results,
  };
}
