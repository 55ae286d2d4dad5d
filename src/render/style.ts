// Presentation helpers shared by the renderers: colour (only on a terminal, never with
// NO_COLOR), Dutch number formatting, table layout and profile labels.
import Table from 'cli-table3';
import { UserError } from '../errors.js';
import { ONBEPAALD_NAAM, PROFIELEN, PROFIEL_NAMEN, type Profiel } from '../dossier/vocabulary.js';
import type { Flag, RuleTable } from '../rules/schema.js';
import { unknownSubprofile } from '../rules/table.js';

import { dateNl, formatNl } from './number-format.js';
import { out } from './palette.js';

export { err, out, paletteFor } from './palette.js';

export const nl = {
  int: (x: number) => formatNl(x, 0, 0),
  /** 120000 → "120.000": counts of rows, for a person watching. */
  thousands: (x: number) => formatNl(x, 0, 0, true),
  dec1: (x: number) => formatNl(x, 1, 1),
  dec2: (x: number) => formatNl(x, 2, 2),
  pct: (x: number) => `${formatNl(x, 1, 1)}%`,
  /** 10%, 9,2%: no decimal where there is none. */
  pct0: (x: number) => `${formatNl(x, 0, 1)}%`,
  /** 2018-10-08 → "8 oktober 2018". */
  datum: (isoDate: string) => dateNl(isoDate),
};

export function profielLabel(p: Profiel | null): string {
  return p === null ? ONBEPAALD_NAAM : `${p} ${PROFIEL_NAMEN[p]}`;
}

/** "1, 2 en 3": a list as a sentence says it. */
export function dutchList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** "1 dossier", "2 dossiers". */
export function count(n: number, one: string, many: string): string {
  return `${nl.int(n)} ${n === 1 ? one : many}`;
}

/** Flags as people read them: their labels, not their ids (`jonger dan 27`, not `jonger_dan_27`). */
export function flagLabels(list: readonly Flag[], ids: readonly string[]): string {
  return ids.map((id) => list.find((f) => f.id === id)?.label ?? id).join(', ');
}

/** What a sub-profile id stands for: `4b` → "sociaal isolement"; `4?` (none named) → "niet vast te stellen". */
export function subprofileLabel(table: RuleTable, id: string): string {
  const sub = table.subprofielen.find((s) => s.id === id) ?? PROFIELEN.map((p) => unknownSubprofile(table, p)).find((s) => s.id === id);
  return sub?.label ?? id;
}

/** The most rows a table on the screen gets. */
export const MAX_TABLE_ROWS = 10_000;

/**
 * Plain box table; the first column wraps long profile names at `firstWidth`, numbers align
 * right. A first column of dossier ids gets `null`: as wide as its longest id, never cut. Columns
 * in `text` align left; with `wrapLast`, the last column is text wrapped at that width.
 */
export function table(head: string[], rows: string[][], firstWidth: number | null = 34, options: { wrapLast?: number; text?: number[] } = {}): string {
  // cli-table3's layout takes time that grows with the square of the rows (8,000 rows: 2.4 s;
  // 50,000: 90 s) and fails beyond some 100,000; such a list is no use on a screen: it goes to a file.
  if (rows.length > MAX_TABLE_ROWS) {
    throw new UserError('gebruik', [`een lijst van ${nl.int(rows.length)} regels past niet in een tabel op het scherm (ten hoogste ${nl.int(MAX_TABLE_ROWS)}): schrijf haar naar een bestand met --format json en --uitvoer`]);
  }
  const last = head.length - 1;
  const left = new Set([0, ...(options.text ?? []), ...(options.wrapLast ? [last] : [])]);
  const t = new Table({
    head: head.map((h) => out.bold(h)),
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    wordWrap: true,
    colWidths: head.map((_, i) => (i === 0 ? firstWidth : i === last && options.wrapLast ? options.wrapLast : null)) as number[],
    colAligns: head.map((_, i) => (left.has(i) ? 'left' : 'right')),
  });
  for (const row of rows) t.push(row);
  return t.toString();
}

/** Excel-style column letter (1 → A, 27 → AA): what an analyst sees in the spreadsheet. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
