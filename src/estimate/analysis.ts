// One run of the main job: the figures from the counts of the sample (estimate/tally) —
// extrapolated to the population and scaled to the expected total. The result has the shape of
// the JSON contract (estimate/contract.ts), numbers at full precision; the renderers in
// src/render only read it.
import type { TableInfo } from '../io/read-table.js';
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN, type Leeftijdsgroep, type Profiel, type Uitkeringsduur } from '../dossier/vocabulary.js';
import { definitionsOf, requiredFields } from '../rules/evaluate.js';
import type { RuleTable } from '../rules/schema.js';
import { unknownSubprofile } from '../rules/table.js';
import { AgreementTally } from './agreement.js';
import type { Analysis, DossierResult } from './contract.js';
import { buildDesign, domainsOf, stratumKey } from './design.js';
import { KenmerkTally } from './characteristics.js';
import { populationTotal, SCREENING_2018 } from './population.js';
import { rangeText, scaleToRange, type Range } from './ranges.js';
import { MIN_DOSSIERS, reliability } from './reliability.js';
import { estimateTotals } from './totals.js';
import { band, CATEGORIEEN, category, duration, type AnalysisOptions, type TallyCounts } from './tally.js';

export { CATEGORIEEN, type AnalysisOptions };

/** Fields every dossier has, whatever the export's columns: derived, or one of two columns that fill each other. */
const ALWAYS_KNOWN = ['leeftijdsgroep', 'uitkeringsduur', 'uitkeringsduur_maanden', 'uitkeringsduur_jaren', 'stratum_leeftijdsgroep', 'stratum_uitkeringsduur'];
export type { Analysis, DossierResult };

/** The figures of a run from its counts (a Tally's, or two threads' added up). */
export function analysisOf(c: TallyCounts, info: TableInfo, rules: RuleTable, options: AnalysisOptions): Analysis {
  const stratumCounts = new Map<string, Map<Profiel | null, number>>();
  LEEFTIJDSGROEPEN.forEach((b, i) =>
    UITKERINGSDUREN.forEach((u, j) => {
      const counts = c.strata[i]![j]!;
      if (counts.some((x) => x > 0)) stratumCounts.set(stratumKey(b, u), new Map(CATEGORIEEN.flatMap((p, k) => (counts[k]! > 0 ? [[p, counts[k]!] as const] : []))));
    }),
  );
  const design = buildDesign(options.populatie, stratumCounts, options.interval);
  const { domains, warnings: domainWarnings } = domainsOf(design);
  const estimates = estimateTotals(domains, CATEGORIEEN);
  const whole = wholeGroup(options);
  const ranges = scaleToRange(design, estimates, whole.range, whole.afronding);
  const dossiersIn = new Map(domains.map((d) => [d.naam, d.n]));
  const inStratum = (b: Leeftijdsgroep, u: Uitkeringsduur) => c.strata[band(b)]![duration(u)]!.reduce((t, x) => t + x, 0);
  const flagCount = (b: Leeftijdsgroep, kind: 'subprofiel' | 'twijfel' | 'prioriteit' | 'prioriteit_onbekend', id: string) => c.flags[band(b)]![kind].get(id) ?? 0;
  // A priority group that needs a column the export lacks is not counted: unknown is not 0.
  const available = new Set([...c.columns, ...ALWAYS_KNOWN]);
  const countable = new Map(rules.prioriteit.map((f) => [f.id, [...requiredFields(f.als, definitionsOf(rules))].every((field) => available.has(field))]));

  const steekproef = LEEFTIJDSGROEPEN.flatMap((b) => {
    const perDuration = c.strata[band(b)]!;
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
  const prioriteit = LEEFTIJDSGROEPEN.flatMap((b) =>
    rules.prioriteit.map(({ id }) => ({ leeftijdsgroep: b, prioriteit: id, aantal: countable.get(id) ? flagCount(b, 'prioriteit', id) : null, onbekend: flagCount(b, 'prioriteit_onbekend', id) })),
  );
  const kenmerken = KenmerkTally.of(c.columns, c.kenmerken);
  const small = design.bands.filter((b) => b.n > 0 && b.n < MIN_DOSSIERS);
  const { dossiers, uitExport, vanAnalist } = c;
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
        steekproef_dossierduur: c.dossierduur[band(s.leeftijdsgroep)]![duration(s.uitkeringsduur)]!,
        profielen: CATEGORIEEN.map((profiel) => ({ profiel, aantal: c.strata[band(s.leeftijdsgroep)]![duration(s.uitkeringsduur)]![category(profiel)]! })),
      })),
    },
    strata_bron: { uit_export: uitExport, uit_dossierduur: dossiers - uitExport },
    steekproef,
    kenmerken: kenmerken.result(),
    kenmerken_ontbrekend: kenmerken.absent(),
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
      n_eff_zonder_plafond: e.n_eff_zonder_plafond,
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
    ...(c.agreement.dossiers > 0 && { overeenstemming: AgreementTally.of(c.agreement).result() }),
    aannames: assumptions({ uitExport, total: dossiers, vanAnalist, options, populatieTotaal }),
    waarschuwingen: [
      ...design.warnings,
      ...domainWarnings,
      ...small.map((b) => `leeftijdsgroep ${b.leeftijdsgroep} telt maar ${b.n} ${b.n === 1 ? 'dossier' : 'dossiers'}: alle cijfers van die leeftijdsgroep zijn indicatief`),
      ...ranges.warnings,
      ...whole.warnings,
    ],
    ...(c.results && { dossiers: c.results }),
  };
}

/** What the figures rest on, stated with them (JSON `aannames`, docs/telling-json.md). */
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
    wholeGroup(options).isPopulation
      ? `De hele groep is de populatie zelf (${options.populatie.naam}, ${a.populatieTotaal} klanten, binnen ca. ${rangeText(options.totaal)}): de bandbreedte volgt haar eigen aantallen per leeftijdsgroep.`
      : `De bandbreedte van ca. ${rangeText(options.totaal)} veronderstelt dat de hele groep is samengesteld als de populatie (${options.populatie.naam}, ${a.populatieTotaal} klanten): per leeftijdsgroep en per klantprofiel.`,
  );
  lines.push(
    'De bandbreedtes per klantprofiel zijn een uitbreiding op de pilotnotitie, die alleen bandbreedtes per leeftijdsgroep geeft: ' +
      'de verdeling volgt de gewogen aandelen uit de inschatting, afgerond zodat de profielen optellen tot de leeftijdsgroep.',
  );
  return lines;
}

/**
 * The whole group the ranges describe. The built-in screening of 2018 is a part of the ca.
 * 1200–1400 (the pilot plan scales its rounded band shares up). A population file whose total lies
 * within --totaal is the whole group itself: the ranges are its own band sizes, exactly. One
 * outside it is scaled up as the screening is, and the warnings say so.
 */
function wholeGroup(options: AnalysisOptions): { range: Range; afronding: number; isPopulation: boolean; warnings: string[] } {
  const total = populationTotal(options.populatie);
  const { van, tot } = options.totaal;
  if (options.populatie.naam !== SCREENING_2018.naam && total >= van && total <= tot) return { range: { van: total, tot: total }, afronding: 0, isPopulation: true, warnings: [] };
  const warnings =
    options.populatie.naam === SCREENING_2018.naam
      ? []
      : [`de populatie (${options.populatie.naam}) telt ${total} klanten, buiten ca. ${rangeText(options.totaal)}: de bandbreedte schaalt haar aandelen per leeftijdsgroep op naar die omvang`];
  return { range: options.totaal, afronding: options.aandeelAfronding, isPopulation: false, warnings };
}
