// One run of the main job: classify every dossier, count the sample per band, extrapolate to the
// population and scale to the expected total. The result has the shape of the JSON contract
// (estimate/contract.ts), numbers at full precision; the renderers in src/render only read it.
import type { TableInfo } from '../io/read-table.js';
import type { Dossier } from '../dossier/schema.js';
import { LEEFTIJDSGROEPEN, PROFIELEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import { classify, type ClassifyOptions } from '../rules/evaluate.js';
import { unknownSubprofile, type RuleTable } from '../rules/schema.js';
import { normaliseWord } from '../io/words.js';
import { agreement } from './agreement.js';
import type { Analysis, DossierResult } from './contract.js';
import { buildDesign, domainsOf, type IntervalMethod } from './design.js';
import { populationTotal, type Population } from './population.js';
import { scaleToRange, type Range } from './ranges.js';
import { MIN_DOSSIERS, reliability } from './reliability.js';
import { countKenmerken } from './kenmerken.js';
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

export function analyse(info: TableInfo, dossiers: readonly Dossier[], rules: RuleTable, options: AnalysisOptions): Analysis {
  const results = dossiers.map((d): DossierResult => {
    const c = classify(d, rules, options);
    return {
      dossier_id: d.dossier_id,
      leeftijdsgroep: d.stratum.leeftijdsgroep,
      uitkeringsduur: d.stratum.uitkeringsduur,
      uitkeringsduur_dossier: d.uitkeringsduur,
      profiel: c.profiel,
      profiel_regels: c.profiel_regels,
      regel: c.regel,
      profiel_analist: c.profiel_analist,
      subprofiel: c.subprofiel,
      twijfel: c.twijfel,
      prioriteit: c.prioriteit,
    };
  });

  const design = buildDesign(
    options.populatie,
    results.map((r) => ({ leeftijdsgroep: r.leeftijdsgroep, uitkeringsduur: r.uitkeringsduur, categorie: r.profiel })),
  );
  const { domains, warnings: domainWarnings } = domainsOf(design, options.interval);
  const estimates = estimateTotals(domains, CATEGORIEEN, options.interval);
  const ranges = scaleToRange(design, estimates, options.totaal, options.aandeelAfronding);
  const dossiersIn = new Map(domains.map((d) => [d.naam, d.n]));

  // One pass for every count the tables need, keyed band|kind|id.
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const r of results) {
    const b = r.leeftijdsgroep;
    add(b);
    add(`${b}|profiel|${r.profiel}`);
    add(`${b}|stratum|${r.uitkeringsduur}`);
    if (r.subprofiel) add(`${b}|subprofiel|${r.subprofiel}`);
    for (const id of r.twijfel) add(`${b}|twijfel|${id}`);
    for (const id of r.prioriteit) add(`${b}|prioriteit|${id}`);
  }
  // The BIJLAGE also counts the dossiers by their own age band and the duration found in them.
  for (const d of dossiers) add(`${d.leeftijdsgroep}|dossierduur|${d.uitkeringsduur}`);
  const count = (b: Leeftijdsgroep, kind: string, id: unknown) => counts.get(`${b}|${kind}|${id}`) ?? 0;

  const steekproef = LEEFTIJDSGROEPEN.flatMap((b) => {
    const n = counts.get(b) ?? 0;
    return CATEGORIEEN.map((profiel) => {
      const aantal = count(b, 'profiel', profiel);
      return { leeftijdsgroep: b, profiel, aantal, percentage: n ? (100 * aantal) / n : 0 };
    });
  });
  // Every flag and sub-profile a dossier can carry comes from the table, so its ids are the full list.
  const variants = [...new Set(rules.subprofielen.filter((s) => s.als).map((s) => s.profiel))].flatMap((profiel) => [
    ...rules.subprofielen.filter((s) => s.profiel === profiel && s.als).map((s) => ({ profiel, id: s.id })),
    { profiel, id: unknownSubprofile(rules, profiel).id },
  ]);
  const subprofielen = LEEFTIJDSGROEPEN.flatMap((b) => variants.map(({ profiel, id }) => ({ leeftijdsgroep: b, profiel, subprofiel: id, aantal: count(b, 'subprofiel', id) })));
  const twijfel = LEEFTIJDSGROEPEN.flatMap((b) => rules.twijfel.map(({ id }) => ({ leeftijdsgroep: b, twijfel: id, aantal: count(b, 'twijfel', id) })));
  const prioriteit = LEEFTIJDSGROEPEN.flatMap((b) => rules.prioriteit.map(({ id }) => ({ leeftijdsgroep: b, prioriteit: id, aantal: count(b, 'prioriteit', id) })));
  const small = design.bands.filter((b) => b.n > 0 && b.n < MIN_DOSSIERS);
  const uitExport = dossiers.filter((d) => d.stratum_uitkeringsduur !== undefined).length;
  const vanAnalist = results.filter((r) => r.profiel_analist !== null && !options.alleenRegels).length;
  const populatieTotaal = populationTotal(options.populatie);
  const metAnalist = results.filter((r): r is DossierResult & { profiel_analist: Profiel } => r.profiel_analist !== null);

  return {
    versie: 1 as const,
    invoer: { bestand: info.source, dossiers: dossiers.length, sha256: info.sha256 },
    peildatum: options.peildatum ?? null,
    regels: { naam: rules.naam, alleen_regels: options.alleenRegels ?? false, bron: { analist: vanAnalist, beslisregels: results.length - vanAnalist } },
    interval: options.interval,
    populatie: {
      naam: options.populatie.naam,
      totaal: populatieTotaal,
      strata: options.populatie.strata.map((s) => ({
        ...s,
        steekproef: count(s.leeftijdsgroep, 'stratum', s.uitkeringsduur),
        steekproef_dossierduur: count(s.leeftijdsgroep, 'dossierduur', s.uitkeringsduur),
      })),
    },
    strata_bron: { uit_export: uitExport, uit_dossierduur: dossiers.length - uitExport },
    steekproef,
    kenmerken: countKenmerken(dossiers, new Set(info.header.map(normaliseWord))),
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
    ...(metAnalist.length > 0 && {
      overeenstemming: agreement(metAnalist.map((r) => ({ dossier_id: r.dossier_id, regels: r.profiel_regels, analist: r.profiel_analist }))),
    }),
    aannames: assumptions({ uitExport, total: dossiers.length, vanAnalist, options, populatieTotaal }),
    waarschuwingen: [
      ...design.warnings,
      ...domainWarnings,
      ...small.map((b) => `leeftijdsgroep ${b.leeftijdsgroep} telt maar ${b.n} ${b.n === 1 ? 'dossier' : 'dossiers'}: alle cijfers van die leeftijdsgroep zijn indicatief`),
      ...ranges.warnings,
    ],
    dossiers: results,
  };
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
