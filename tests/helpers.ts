// Shared by the tests: the sample export, re-encoded variants of it, and profile counts.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { loadDossiers } from './in-memory.js';
import type { Dossier } from '../src/dossier/schema.js';
import { LEEFTIJDSGROEPEN, type Profiel } from '../src/dossier/vocabulary.js';

export const SAMPLE = 'data-samples/dossiers-2018.csv';
export const sampleText = () => readFileSync(SAMPLE, 'utf8');

/** Rows of the sample as arrays of cells (the sample has no quoted fields). */
export function sampleRows(): string[][] {
  return sampleText().trim().split('\n').map((l) => l.split(','));
}

export interface Variant {
  delimiter?: string;
  eol?: string;
  bom?: boolean;
  encoding?: 'utf8' | 'win1252';
  /** Column order: a permutation of indexes. */
  order?: number[];
  header?: (name: string) => string;
  /** Extra column appended: [name, value per row]. */
  extra?: [string, string];
}

export function variantOf(v: Variant): Buffer {
  const rows = sampleRows();
  const order = v.order ?? rows[0]!.map((_, i) => i);
  const lines = rows.map((r, i) => {
    let cells = order.map((j) => r[j]!);
    if (i === 0) cells = cells.map(v.header ?? ((x) => x));
    if (v.extra) cells.push(i === 0 ? v.extra[0] : v.extra[1]);
    return cells.join(v.delimiter ?? ',');
  });
  const text = (v.bom ? '\uFEFF' : '') + lines.join(v.eol ?? '\n') + (v.eol ?? '\n');
  return v.encoding === 'win1252' ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8');
}

export const fromBuffer = (name: string, b: Buffer) => loadDossiers(name, Readable.from([b]));

/** "a/b/c/d" per band: the counts of profiles 1–4 (as the adviesnota writes them). */
export function countsPerBand(items: { band: string; profiel: Profiel | null }[]): Record<string, string> {
  return Object.fromEntries(
    LEEFTIJDSGROEPEN.map((b) => [b, [1, 2, 3, 4].map((p) => items.filter((x) => x.band === b && x.profiel === p).length).join('/')]),
  );
}

export const byAnalyst = (ds: readonly Dossier[]) => countsPerBand(ds.map((d) => ({ band: d.leeftijdsgroep, profiel: d.profiel_analist ?? null })));

export const ADVIESNOTA_6_1 = { '<27': '4/0/6/2', '27-55': '5/6/17/2', '55+': '1/5/2/6' };

/** Table 6.2 of the adviesnota: profiles 1–4 (rows) per band <27, 27-55, 55+, and 7.4's totals over all ages (100 in profile 1, 271 in profile 3). */
export const ADVIESNOTA_6_2 = [
  [22, 65, 13],
  [0, 75, 66],
  [32, 212, 27],
  [2, 14, 78],
];
export const ADVIESNOTA_7_4 = { 1: 100, 3: 271 } as const;

interface Extrapolated {
  leeftijdsgroep: string;
  profiel: number | null;
  afgerond: number;
  interval95: number[];
  methode: string;
  indicatief: boolean;
}
/**
 * What a cell of table 6.2 says in every format (`22* (6–40)`: rounded estimate, marker, interval),
 * from classify's JSON: the renderers are checked against the estimator, whose figures
 * tests/estimate/totals.test.ts derives independently.
 */
export function cell62(json: { extrapolatie: readonly Extrapolated[] }, domein: string, profiel: number | null): string {
  const e = json.extrapolatie.find((x) => x.leeftijdsgroep === domein && x.profiel === profiel)!;
  const [lo, hi] = e.interval95.map((x) => String(Math.round(x)));
  return `${e.afgerond}${e.indicatief ? '*' : ''}${e.methode === 'exact' ? '' : ` (${lo === hi ? lo : `${lo}–${hi}`})`}`;
}

/**
 * The timeout of a test that does real work, from the seconds it takes on a quiet 2-core machine.
 * CI may share its machine: beside two busy loops (scripts/test-under-load.sh) single tests ran
 * up to 4.4× slower than quiet, so 10× leaves room, while a hang still fails within a minute.
 */
export const forWork = (quietSeconds: number): number => Math.max(5_000, Math.ceil(quietSeconds * 10_000));

/** Fields of a hand-built dossier; lists may be `as const`. Fields left out are unknown. */
export type DossierFields = {
  [K in keyof Dossier]?: Dossier[K] extends readonly (infer U)[] | undefined ? readonly U[] : Dossier[K];
};

/** A client on a list of stratum `h` (STRATA's order), with an age and a duration that belong there. */
export function clientIn(id: string, h: number): Dossier {
  const leeftijdsgroep = (['<27', '27-55', '55+'] as const)[Math.floor(h / 3)]!;
  const uitkeringsduur = (['<1', '1-5', '>5'] as const)[h % 3]!;
  const leeftijd = { '<27': 22, '27-55': 40, '55+': 60 }[leeftijdsgroep];
  const uitkeringsduur_maanden = { '<1': 6, '1-5': 24, '>5': 84 }[uitkeringsduur];
  return testDossier({ dossier_id: id, leeftijd, uitkeringsduur_maanden, leeftijdsgroep, uitkeringsduur, stratum: { leeftijdsgroep, uitkeringsduur } });
}

/** A dossier of a 40-year-old, 24 months on benefit, with only the given fields known. */
export const testDossier = (fields: DossierFields): Dossier =>
  ({
    dossier_id: 'T',
    leeftijd: 40,
    uitkeringsduur_maanden: 24,
    leeftijdsgroep: '27-55',
    uitkeringsduur: '1-5',
    stratum: { leeftijdsgroep: '27-55', uitkeringsduur: '1-5' },
    ...fields,
  }) as Dossier;
