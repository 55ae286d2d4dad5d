// The dossier row: one zod schema is the single source of truth. It turns the cells of one
// CSV row (strings, keyed by normalised column name) into a typed, normalised Dossier, and its
// field metadata tells the rule validator which fields exist and which values they take.
import * as z from 'zod/mini';
import { cell, code, decimal, fail, FIELD_INFO, integer, manyOf, oneOf, required, text, yesNo, type FieldInfo } from '../io/cells.js';
import type { RowIssue, RowSchema } from '../io/load-table.js';
import { normaliseWord, suggest } from '../io/words.js';
import {
  LEEFTIJDSGROEPEN,
  PROFIEL_WOORDEN,
  SYNONIEMEN,
  UITKERINGSDUREN,
  WAARDEN,
  leeftijdsgroepVan,
  uitkeringsduurVan,
  type Leeftijdsgroep,
  type Profiel,
  type Uitkeringsduur,
} from './vocabulary.js';

export type { FieldInfo };

const profiel = () => {
  const reader = z.pipe(
    z.string(),
    z.transform((raw: string, ctx): Profiel => {
      const word = normaliseWord(raw);
      if (/^[1-4]$/.test(word)) return Number(word) as Profiel;
      const named = PROFIEL_WOORDEN[word];
      if (named) return named;
      return fail(ctx, raw, {
        verwacht: 'een klantprofiel: 1, 2, 3 of 4 (of de naam, bijvoorbeeld maatschappelijke_activering)',
        suggestie: suggest(word, Object.keys(PROFIEL_WOORDEN)),
      });
    }),
  );
  FIELD_INFO.add(reader, { soort: 'keuze', waarden: ['1', '2', '3', '4'] });
  return reader;
};

/** The columns of the export (docs/dossierexport.md), each with how its cell is read. */
export const dossierColumns = z.object({
  dossier_id: required(text(), 'dossier_id'),
  leeftijd: required(integer(16, 120), 'leeftijd'),
  uitkeringsduur_maanden: cell(integer(0)),
  uitkeringsduur_jaren: cell(decimal(0)),
  stratum_uitkeringsduur: cell(code(UITKERINGSDUREN)),
  stratum_leeftijdsgroep: cell(code(LEEFTIJDSGROEPEN)),
  /** The batch of the draw (trek --vervolg): 1, 2, …; the weights do not depend on it. */
  partij: cell(integer(1)),
  profiel_analist: cell(profiel()),
  geslacht: cell(oneOf(WAARDEN.geslacht)),
  leefsituatie: cell(oneOf(WAARDEN.leefsituatie, SYNONIEMEN.leefsituatie)),
  woonsituatie: cell(oneOf(WAARDEN.woonsituatie)),
  kinderen_onder_18: cell(integer(0, 30)),
  jongste_kind_leeftijd: cell(integer(0, 17)),
  opleiding: cell(oneOf(WAARDEN.opleiding)),
  diploma: cell(yesNo()),
  werkervaring: cell(oneOf(WAARDEN.werkervaring)),
  werkloosheidsduur_maanden: cell(integer(0)),
  wmo_indicatie: cell(yesNo()),
  participatieladder: cell(integer(1, 6)),
  daginvulling: cell(manyOf(WAARDEN.daginvulling)),
  klantwens: cell(manyOf(WAARDEN.klantwens)),
  in_staat_tot: cell(manyOf(WAARDEN.in_staat_tot)),
  investeringsbereid: cell(yesNo()),
  arbeidsperspectief: cell(yesNo()),
  problematiek_hanteerbaar: cell(yesNo()),
  zelfredzaamheid: cell(oneOf(WAARDEN.zelfredzaamheid)),
  activering_mogelijk: cell(yesNo()),
  belemmeringen: cell(manyOf(WAARDEN.belemmeringen)),
  professioneel_netwerk: cell(manyOf(WAARDEN.professioneel_netwerk)),
  hulp_bereid: cell(yesNo()),
  hulpbronnen: cell(manyOf(WAARDEN.hulpbronnen)),
  sociaal_isolement: cell(yesNo()),
  nieuwe_instroom: cell(yesNo()),
  uitkeringssoort: cell(oneOf(WAARDEN.uitkeringssoort)),
  sociaal_netwerk: cell(manyOf(WAARDEN.sociaal_netwerk)),
  gebied: cell(text()),
});

export type DossierColumn = keyof typeof dossierColumns.shape;
export const DOSSIER_COLUMNS = Object.keys(dossierColumns.shape) as DossierColumn[];
export const REQUIRED_COLUMNS: readonly DossierColumn[] = ['dossier_id', 'leeftijd'];
/** One of these must be present: the observed duration. */
export const DURATION_COLUMNS: readonly DossierColumn[] = ['uitkeringsduur_maanden', 'uitkeringsduur_jaren'];

type DossierColumns = z.output<typeof dossierColumns>;

/** The two duration columns, where both are filled, must agree; one of them must be there. */
function checkDurations(d: Partial<Record<DossierColumn, unknown>>, report: (issue: RowIssue) => void): void {
  const { uitkeringsduur_maanden: maanden, uitkeringsduur_jaren: jaren } = d;
  // Both read as numbers (a cell that failed has its own problem already).
  if (typeof maanden === 'number' && typeof jaren === 'number') {
    // Agreeing means: equal up to the rounding of the years as written (2 is 1,5–2,5; 2,5 is 2,45–2,55) and of a month.
    const slack = (Number.isInteger(jaren) ? 0.5 : 0.05) + 1 / 24;
    if (Math.abs(jaren - maanden / 12) > slack) {
      report({
        path: ['uitkeringsduur_jaren'],
        message: 'dezelfde duur als uitkeringsduur_maanden',
        params: { verwacht: `dezelfde duur als uitkeringsduur_maanden (${maanden} maanden is ${(maanden / 12).toFixed(1).replace('.', ',')} jaar); vul er één in, of maak ze gelijk` },
      });
    }
  }
  if (maanden === undefined && jaren === undefined) {
    report({ path: ['uitkeringsduur_maanden'], message: 'een aantal maanden (of uitkeringsduur_jaren)', params: { verwacht: 'een aantal maanden (of vul uitkeringsduur_jaren)' } });
  }
}

/** What a dossier has beyond its columns: both duration units, and the bands. */
type Derived = {
  uitkeringsduur_maanden: number;
  uitkeringsduur_jaren: number;
  leeftijdsgroep: Leeftijdsgroep;
  uitkeringsduur: Uitkeringsduur;
  /** The stratum the dossier was drawn from (it sets the weight). */
  stratum: { leeftijdsgroep: Leeftijdsgroep; uitkeringsduur: Uitkeringsduur };
};
const DERIVED = ['uitkeringsduur_maanden', 'uitkeringsduur_jaren', 'leeftijdsgroep', 'uitkeringsduur', 'stratum'] as const satisfies readonly (keyof Derived)[];

/**
 * The bands derived from the columns; the sampling stratum defaults to the observed band
 * (docs/dossierexport.md). Both duration units are filled, so a rule may ask for either whichever the
 * export gave. Completes the object it is given (one shape for every dossier of a file).
 */
function completeDossier(columns: DossierColumns): DossierColumns & Derived {
  const d = columns as DossierColumns & Derived;
  const maanden = d.uitkeringsduur_maanden ?? Math.round((d.uitkeringsduur_jaren ?? 0) * 12);
  const leeftijdsgroep = leeftijdsgroepVan(d.leeftijd);
  const uitkeringsduur = uitkeringsduurVan(maanden);
  d.uitkeringsduur_jaren = d.uitkeringsduur_jaren ?? maanden / 12;
  d.uitkeringsduur_maanden = maanden;
  d.leeftijdsgroep = leeftijdsgroep;
  d.uitkeringsduur = uitkeringsduur;
  const stratumLeeftijd = d.stratum_leeftijdsgroep ?? leeftijdsgroep;
  const stratumDuur = d.stratum_uitkeringsduur ?? uitkeringsduur;
  // A refilled row (the loader's reuseRow) refills its stratum too.
  if (d.stratum) {
    d.stratum.leeftijdsgroep = stratumLeeftijd;
    d.stratum.uitkeringsduur = stratumDuur;
  } else d.stratum = { leeftijdsgroep: stratumLeeftijd, uitkeringsduur: stratumDuur };
  return d;
}

/** A dossier as the rest of the program sees it: the columns plus the bands derived from them. */
export const dossierSchema = z.pipe(
  dossierColumns.check(
    // Checked even when other cells of the row failed, so one run shows every problem.
    z.superRefine((d, ctx) => checkDurations(d, (issue) => ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message, params: issue.params })), { when: () => true }),
  ),
  z.transform(completeDossier),
);

/** The same schema in the parts the table loader applies cell by cell. */
export const dossierRow: RowSchema<Dossier> = {
  cells: dossierColumns,
  check: checkDurations,
  complete: (values) => completeDossier(values as DossierColumns),
  derived: DERIVED,
};

export type Dossier = z.output<typeof dossierSchema>;
/** The fields a rule can ask about (derived bands included). */
export type DossierField = DossierColumn | 'leeftijdsgroep' | 'uitkeringsduur';

/** How a field is read, for validating and describing rules. */
export function fieldInfo(field: string): FieldInfo | undefined {
  if (field === 'leeftijdsgroep') return { soort: 'keuze', waarden: LEEFTIJDSGROEPEN };
  if (field === 'uitkeringsduur') return { soort: 'keuze', waarden: UITKERINGSDUREN };
  // Own columns only: "constructor" or "__proto__" must not find Object.prototype.
  if (!Object.hasOwn(dossierColumns.shape, field)) return undefined;
  return FIELD_INFO.get((dossierColumns.shape as Record<string, z.ZodMiniType>)[field]!);
}

export const RULE_FIELDS: readonly DossierField[] = [...DOSSIER_COLUMNS, 'leeftijdsgroep', 'uitkeringsduur'];
