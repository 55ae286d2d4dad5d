// The dossier row: one zod schema is the single source of truth. It turns the cells of one
// CSV row (strings, keyed by normalised column name) into a typed, normalised Dossier, and its
// field metadata tells the rule validator which fields exist and which values they take.
import { z } from 'zod';
import {
  LEEFTIJDSGROEPEN,
  PROFIEL_WOORDEN,
  SYNONIEMEN,
  UITKERINGSDUREN,
  WAARDEN,
  isOnbekend,
  leeftijdsgroepVan,
  normaliseWord,
  suggest,
  uitkeringsduurVan,
  type Profiel,
} from './vocabulary.js';

/** What a rule may ask of a field; read back with `fieldInfo`. */
export type FieldInfo =
  | { soort: 'tekst' }
  | { soort: 'getal'; min: number; max?: number }
  | { soort: 'janee' }
  | { soort: 'keuze'; waarden: readonly string[] }
  | { soort: 'meerkeuze'; waarden: readonly string[] };

/** Issue params the loader turns into a Dutch problem line. */
export interface IssueParams {
  verwacht: string;
  suggestie?: string;
}

function fail(ctx: z.core.$RefinementCtx<string>, input: string, params: IssueParams): never {
  ctx.issues.push({ code: 'custom', message: params.verwacht, input, params: { ...params } });
  return z.NEVER as never;
}

/** Unknown markers (`onbekend`, `?`, empty …) become undefined before the field reads the cell. */
const unknownAsUndefined = (v: unknown) => (typeof v === 'string' && isOnbekend(v) ? undefined : v);

/** An optional cell; keeps the builder's field info on the outside, where `fieldInfo` reads it. */
function cell<T extends z.ZodType>(inner: T) {
  return z.preprocess(unknownAsUndefined, inner.optional()).meta(inner.meta() ?? {});
}

function required<T extends z.ZodType>(inner: T, naam: string) {
  return z
    .preprocess(
      unknownAsUndefined,
      z.custom<unknown>((v) => v !== undefined, { params: { verwacht: `een waarde (${naam} is verplicht)` } }).pipe(inner),
    )
    .meta(inner.meta() ?? {});
}

const integer = (min: number, max?: number) =>
  z
    .string()
    .transform((raw, ctx) => {
      const text = raw.trim();
      const n = Number(text);
      if (!/^[+]?\d+$/.test(text) || n < min || (max !== undefined && n > max)) {
        return fail(ctx, raw, { verwacht: `een geheel getal, ${max === undefined ? `${min} of meer` : `${min} t/m ${max}`}` });
      }
      return n;
    })
    .meta({ soort: 'getal', min, max } satisfies FieldInfo);

/** A decimal with `,` or `.` as separator (Dutch Excel writes `2,5`). */
const decimal = (min: number) =>
  z.string().transform((raw, ctx) => {
    const text = raw.trim().replace(',', '.');
    const n = Number(text);
    if (!/^[+]?\d+(\.\d+)?$/.test(text) || n < min) return fail(ctx, raw, { verwacht: `een getal (${min} of meer), bijvoorbeeld 2,5` });
    return n;
  });

const JA = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'waar']);
const NEE = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar']);
const yesNo = () =>
  z
    .string()
    .transform((raw, ctx) => {
      const word = raw.trim().toLowerCase();
      if (JA.has(word)) return true;
      if (NEE.has(word)) return false;
      return fail(ctx, raw, { verwacht: 'ja of nee (ook j/n, yes/no, true/false, 1/0)', suggestie: suggest(word, ['ja', 'nee']) });
    })
    .meta({ soort: 'janee' } satisfies FieldInfo);

/** One value of a list; `synonyms` maps other words an export may use onto a value. */
const oneOf = <const V extends readonly string[]>(values: V, synonyms: Record<string, string> = {}) =>
  z
    .string()
    .transform((raw, ctx) => {
      const word = normaliseWord(raw);
      const value = synonyms[word] ?? word;
      if ((values as readonly string[]).includes(value)) return value as V[number];
      return fail(ctx, raw, { verwacht: `één van: ${values.join(', ')}`, suggestie: suggest(word, [...values, ...Object.keys(synonyms)]) });
    })
    .meta({ soort: 'keuze', waarden: values } satisfies FieldInfo);

/** `|`-separated values; duplicates collapse, order is kept. */
const manyOf = <const V extends readonly string[]>(values: V) =>
  z
    .string()
    .transform((raw, ctx) => {
      const words = raw.split('|').map(normaliseWord).filter((w) => w !== '');
      const wrong = words.filter((w) => !(values as readonly string[]).includes(w));
      if (wrong.length > 0) {
        return fail(ctx, raw, {
          verwacht: `waarden uit: ${values.join(', ')} (meerdere gescheiden door |)`,
          suggestie: suggest(wrong[0]!, values),
        });
      }
      return [...new Set(words)] as V[number][];
    })
    .meta({ soort: 'meerkeuze', waarden: values } satisfies FieldInfo);

const band = <const V extends readonly string[]>(values: V) =>
  z
    .string()
    .transform((raw, ctx) => {
      const word = raw.trim().replace(/\s+/g, '').replace(/jaar$/i, '');
      const hit = (values as readonly string[]).find((v) => v === word || v === word.replace('–', '-'));
      if (hit) return hit as V[number];
      return fail(ctx, raw, { verwacht: `één van: ${values.join(', ')}`, suggestie: suggest(word, values) });
    })
    .meta({ soort: 'keuze', waarden: values } satisfies FieldInfo);

const profiel = () =>
  z
    .string()
    .transform((raw, ctx): Profiel => {
      const word = normaliseWord(raw);
      if (/^[1-4]$/.test(word)) return Number(word) as Profiel;
      const named = PROFIEL_WOORDEN[word];
      if (named) return named;
      return fail(ctx, raw, {
        verwacht: 'een klantprofiel: 1, 2, 3 of 4 (of de naam, bijvoorbeeld maatschappelijke_activering)',
        suggestie: suggest(word, Object.keys(PROFIEL_WOORDEN)),
      });
    })
    .meta({ soort: 'keuze', waarden: ['1', '2', '3', '4'] } satisfies FieldInfo);

const text = () =>
  z
    .string()
    .transform((raw) => raw.trim())
    .meta({ soort: 'tekst' } satisfies FieldInfo);

/** The columns of dossier-csv.md, each with how its cell is read. */
export const dossierColumns = z.object({
  dossier_id: required(text(), 'dossier_id'),
  leeftijd: required(integer(16, 120), 'leeftijd'),
  uitkeringsduur_maanden: cell(integer(0)),
  uitkeringsduur_jaren: cell(decimal(0)),
  stratum_uitkeringsduur: cell(band(UITKERINGSDUREN)),
  stratum_leeftijdsgroep: cell(band(LEEFTIJDSGROEPEN)),
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

/**
 * A dossier as the rest of the program sees it: the columns plus the bands derived from them.
 * The sampling stratum defaults to the observed band (dossier-csv.md).
 */
export const dossierSchema = dossierColumns
  .superRefine((d, ctx) => {
    if (d.uitkeringsduur_maanden === undefined && d.uitkeringsduur_jaren === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['uitkeringsduur_maanden'],
        message: 'een aantal maanden (of uitkeringsduur_jaren)',
        params: { verwacht: 'een aantal maanden (of vul uitkeringsduur_jaren)' } satisfies IssueParams,
      });
    }
    // Checked even when other cells of the row failed, so one run shows every problem.
  }, { when: () => true })
  .transform((d) => {
    const maanden = d.uitkeringsduur_maanden ?? Math.round((d.uitkeringsduur_jaren ?? 0) * 12);
    const leeftijdsgroep = leeftijdsgroepVan(d.leeftijd);
    const uitkeringsduur = uitkeringsduurVan(maanden);
    return {
      ...d,
      uitkeringsduur_maanden: maanden,
      leeftijdsgroep,
      uitkeringsduur,
      stratum: {
        leeftijdsgroep: d.stratum_leeftijdsgroep ?? leeftijdsgroep,
        uitkeringsduur: d.stratum_uitkeringsduur ?? uitkeringsduur,
      },
    };
  });

export type Dossier = z.output<typeof dossierSchema>;
/** The fields a rule can ask about (derived bands included). */
export type DossierField = DossierColumn | 'leeftijdsgroep' | 'uitkeringsduur';

/** How a field is read, for validating and describing rules. */
export function fieldInfo(field: string): FieldInfo | undefined {
  if (field === 'leeftijdsgroep') return { soort: 'keuze', waarden: LEEFTIJDSGROEPEN };
  if (field === 'uitkeringsduur') return { soort: 'keuze', waarden: UITKERINGSDUREN };
  const schema = (dossierColumns.shape as Record<string, z.ZodType>)[field];
  return schema?.meta() as FieldInfo | undefined;
}

export const RULE_FIELDS: readonly DossierField[] = [...DOSSIER_COLUMNS, 'leeftijdsgroep', 'uitkeringsduur'];
