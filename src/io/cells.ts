// How one cell of a CSV is read: zod readers for text, whole and decimal numbers, ja/nee, one or
// several values of a list, and codes such as `27-55`. A reader that fails leaves a Dutch
// "what was expected" (and a suggestion) in its issue's params, which the table loader turns into
// a Problem. Each reader also carries field info (in FIELD_INFO) that says what a rule may ask of it.
// zod/mini, zod's functional form: a tenth of the code to load at every start (docs/performance.md).
import * as z from 'zod/mini';
import { restoreNeutralised } from './formula.js';
import { normaliseWord, suggest } from './words.js';

/** What a rule may ask of a field; read back from FIELD_INFO. */
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

/** The field info of each reader (and of the cells made of them). */
export const FIELD_INFO = z.registry<FieldInfo>();

/** A cell reader with what a rule may ask of it. */
const withInfo = <T extends z.ZodMiniType>(schema: T, info: FieldInfo): T => {
  FIELD_INFO.add(schema, info);
  return schema;
};

/** A reader of one cell's text: `read` gives its value, or fails with what was expected. */
const reader = <T>(info: FieldInfo, read: (raw: string, ctx: z.core.ParsePayload) => T) => withInfo(z.pipe(z.string(), z.transform(read)), info);

export function fail(ctx: z.core.ParsePayload, input: string, params: IssueParams): never {
  ctx.issues.push({ code: 'custom', message: params.verwacht, input, params: { ...params } });
  return z.NEVER as never;
}

/** Cells that mean "not known" (docs/dossierexport.md). */
const ONBEKEND = new Set(['', 'onbekend', '?', 'n.b.', 'nb', 'n.v.t.']);

export function isOnbekend(cell: string): boolean {
  return ONBEKEND.has(cell.trim().toLowerCase());
}

/** Unknown markers (`onbekend`, `?`, empty …) become undefined before the field reads the cell. */
const unknownAsUndefined = (v: unknown) => (typeof v === 'string' && isOnbekend(v) ? undefined : v);

/** Registers the reader's field info on the cell made of it. */
const keepInfo = <T extends z.ZodMiniType>(schema: T, inner: z.ZodMiniType): T => {
  const info = FIELD_INFO.get(inner);
  return info ? withInfo(schema, info) : schema;
};

/** An optional cell; keeps the reader's field info on the outside, where FIELD_INFO is read. */
export function cell<T extends z.ZodMiniType<unknown, string>>(inner: T) {
  return keepInfo(z.pipe(z.transform(unknownAsUndefined), z.optional(inner)), inner);
}

/** A cell that must hold a value. */
export function required<T extends z.ZodMiniType<unknown, string>>(inner: T, naam: string) {
  return keepInfo(z.pipe(z.transform(unknownAsUndefined), z.pipe(z.custom<string>((v) => v !== undefined, { params: { verwacht: `een waarde (${naam} is verplicht)` } }), inner)), inner);
}

export const integer = (min: number, max?: number) =>
  reader({ soort: 'getal', min, max }, (raw, ctx) => {
    const text = raw.trim();
    const n = Number(text);
    // Beyond 2^53 a number is no longer exact (a 400-digit count would become Infinity).
    if (!/^[+]?\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || (max !== undefined && n > max)) {
      return fail(ctx, raw, { verwacht: `een geheel getal, ${max === undefined ? `${min} of meer` : `${min} t/m ${max}`}` });
    }
    return n;
  });

/** A decimal with `,` or `.` as separator (Dutch Excel writes `2,5`). */
export const decimal = (min: number) =>
  reader({ soort: 'getal', min }, (raw, ctx) => {
    const text = raw.trim().replace(',', '.');
    const n = Number(text);
    if (!/^[+]?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n) || n > Number.MAX_SAFE_INTEGER || n < min) return fail(ctx, raw, { verwacht: `een getal (${min} of meer), bijvoorbeeld 2,5` });
    return n;
  });

const JA = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'waar']);
const NEE = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar']);
export const yesNo = () =>
  reader({ soort: 'janee' }, (raw, ctx) => {
    const word = raw.trim().toLowerCase();
    if (JA.has(word)) return true;
    if (NEE.has(word)) return false;
    return fail(ctx, raw, { verwacht: 'ja of nee (ook j/n, yes/no, true/false, 1/0)', suggestie: suggest(word, ['ja', 'nee']) });
  });

/** One value of a list; `synonyms` maps other words an export may use onto a value. */
export const oneOf = <const V extends readonly string[]>(values: V, synonyms: Record<string, string> = {}) =>
  reader({ soort: 'keuze', waarden: values }, (raw, ctx) => {
    const word = normaliseWord(raw);
    const value = synonyms[word] ?? word;
    if ((values as readonly string[]).includes(value)) return value as V[number];
    return fail(ctx, raw, { verwacht: `één van: ${values.join(', ')}`, suggestie: suggest(word, [...values, ...Object.keys(synonyms)]) });
  });

/** `|`-separated values; duplicates collapse, order is kept. */
export const manyOf = <const V extends readonly string[]>(values: V) =>
  reader({ soort: 'meerkeuze', waarden: values }, (raw, ctx) => {
    const words = raw.split('|').map(normaliseWord).filter((w) => w !== '');
    const wrong = words.filter((w) => !(values as readonly string[]).includes(w));
    if (wrong.length > 0) {
      return fail(ctx, raw, {
        verwacht: `waarden uit: ${values.join(', ')} (meerdere gescheiden door |)`,
        suggestie: suggest(wrong[0]!, values),
      });
    }
    return [...new Set(words)] as V[number][];
  });

/** A code such as `<27` or `1-5`: spaces, a trailing "jaar" and an en dash do not matter. */
export const code = <const V extends readonly string[]>(values: V) =>
  reader({ soort: 'keuze', waarden: values }, (raw, ctx) => {
    const word = raw.trim().replace(/\s+/g, '').replace(/jaar$/i, '');
    const hit = (values as readonly string[]).find((v) => v === word || v === word.replace('–', '-'));
    if (hit) return hit as V[number];
    return fail(ctx, raw, { verwacht: `één van: ${values.join(', ')}`, suggestie: suggest(word, values) });
  });

/** Free text, trimmed; the apostrophe our own CSV puts before a formula-like cell is taken off. */
export const text = () =>
  reader({ soort: 'tekst' }, (raw) => restoreNeutralised(raw.trim()));
