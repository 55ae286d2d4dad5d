// The report as a document model: sections of text, tables and charts that Markdown, HTML, PDF
// and Excel each draw. Cells keep a number as a number (Excel stores it as such) with the
// decimals to show, a marker and an interval; nothing is computed from them here.
import { roundHalfUp } from '../../estimate/rounding.js';
import type { ChartSpec } from '../chart-specs.js';
import { nl } from '../style.js';

/** A number as published: the value at full precision, shown with `decimalen` decimals. */
export interface NumberCell {
  getal: number;
  decimalen: number;
  /** Shown right after the number: `*` for an indicative figure. */
  markering?: string;
  /** Shown as "(lo–hi)" after it, rounded like the number. */
  interval?: [number, number];
  /** For a spreadsheet note: what the marker and interval say. */
  toelichting?: string;
  /** A difference: shown with its sign (+3, −2), its interval as "(−23 tot +28)". */
  verschil?: boolean;
}
/** Text, a number, or nothing. */
export type Cell = string | NumberCell | null;

/**
 * Rows made one at a time as a renderer reads them, as often as it reads them: the working copy's
 * list of differing dossiers is as long as the export makes it, and the document need not hold it.
 */
export class RowList implements Iterable<Cell[]> {
  constructor(
    readonly length: number,
    private readonly row: (i: number) => Cell[],
  ) {}

  *[Symbol.iterator](): Iterator<Cell[]> {
    for (let i = 0; i < this.length; i++) yield this.row(i);
  }
}

/** A table's rows: held, or made as they are read. */
export type Rows = readonly Cell[][] | RowList;

export interface Table {
  /** Short and unique: the Excel sheet name (at most 31 characters). */
  id: string;
  titel: string;
  kolommen: string[];
  rijen: Rows;
  noten: string[];
  /** Rows come in groups by the first column: show its value only where it changes. */
  groepeer?: boolean;
}

export interface Chart {
  id: string;
  titel: string;
  /** What the chart shows, for readers who cannot see it: its message, not its shapes. */
  beschrijving: string;
  spec: ChartSpec;
  /** The table on the same page with the chart's figures (its id). */
  tabel?: string;
}

export type Block = { tekst: string[] } | { lijst: string[] } | { tabel: Table } | { grafiek: Chart };

export interface Section {
  id: string;
  titel: string;
  blokken: Block[];
}

export interface ReportDocument {
  titel: string;
  ondertitel: string;
  /** The document's date (yyyy-mm-dd) in the PDF's and the workbook's properties: the same input makes the same file. */
  datum: string;
  /** The working copy: per-dossier lists, and "werkversie — niet openbaar" on every page. */
  werkversie: boolean;
  /** The message first: kernpunten, the figures, the comparisons. */
  secties: Section[];
  /** Everything else, numbered: design, characteristics, precision, method. */
  bijlagen: Section[];
}

export const WERKVERSIE = 'Werkversie — niet openbaar';

export const number = (getal: number, decimalen = 0, extra: Partial<NumberCell> = {}): NumberCell => ({ getal, decimalen, ...extra });

/** A cell as text, Dutch style: `22* (6–40)`, `33,3`, `<5`; rounded as the adviesnota rounds. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  const d = c.decimalen;
  const plain = (x: number) => {
    const r = roundHalfUp(x, d);
    return d === 0 ? nl.int(r) : d === 1 ? nl.dec1(r) : nl.dec2(r);
  };
  // A difference reads with its sign and a real minus: +3, −2, 0.
  const fmt = c.verschil ? (x: number) => signed(plain(x)) : plain;
  const main = `${fmt(c.getal)}${c.markering ?? ''}`;
  if (!c.interval) return main;
  const [lo, hi] = c.interval.map(fmt) as [string, string];
  return `${main} (${lo === hi ? lo : c.verschil ? `${lo} tot ${hi}` : `${lo}–${hi}`})`;
}

/** "-2,5" → "−2,5", "3" → "+3"; zero (however it rounds) stays unsigned. */
function signed(text: string): string {
  if (/^-?0(,0+)?$/.test(text)) return text.replace('-', '');
  return text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`;
}
