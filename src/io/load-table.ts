// The one loader for tabular inputs (the dossier export, a population file): header names as
// people write them, every row read by a zod schema, and every problem of the file collected in
// one run, each with line and column. What a particular file must also satisfy (unique ids,
// all nine strata) is checked by its own module on the rows this returns.
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { IssueParams } from './cells.js';
import type { Problem } from './problem.js';
import { readTable, type TableInfo } from './read-table.js';
import { normaliseWord, suggest } from './words.js';

/** C0 controls but tab and line ends, DEL, and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export interface TableSpec<Row> {
  /** The columns this table knows (normalised names); others get a notice and are ignored. */
  columns: readonly string[];
  /** Columns that must be there; a list names alternatives of which one is enough. */
  required: readonly (string | readonly string[])[];
  /** How a missing required column is described ("een kolom …"). */
  expected?: (column: string) => string;
  /** Reads the cells of one row, keyed by column name (only the known columns present). */
  row: z.ZodType<Row>;
  /** Sees every raw row, readable or not (the privacy guard). */
  inspect?: (line: number, header: readonly string[], fields: readonly string[]) => void;
}

export interface LoadedRow<Row> {
  line: number;
  value: Row;
}

export interface LoadedTable<Row> {
  info: TableInfo;
  /** Normalised column names, in file order. */
  header: string[];
  /** Where each known column stands (0-based). */
  columnOf: ReadonlyMap<string, number>;
  rows: LoadedRow<Row>[];
  problems: Problem[];
  /** Things the user should know that are not errors (unknown columns). */
  notices: string[];
}

export async function loadTable<Row>(source: string, spec: TableSpec<Row>, input?: Readable): Promise<LoadedTable<Row>> {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const rows: LoadedRow<Row>[] = [];
  const known = new Set(spec.columns);
  const columnOf = new Map<string, number>();
  let header: string[] = [];
  let usable = true;

  const onHeader = (raw: string[]) => {
    // Header names follow the same rule as values: case, spaces and hyphens do not matter.
    header = raw.map(normaliseWord);
    const seen = new Map<string, number>();
    header.forEach((name, i) => {
      if (seen.has(name)) {
        problems.push({ bestand: source, regel: 1, kolom: { nummer: i + 1, naam: name }, waarde: raw[i], melding: `kolom "${name}" komt twee keer voor (ook kolom ${seen.get(name)! + 1})` });
        return;
      }
      seen.set(name, i);
      if (known.has(name)) columnOf.set(name, i);
      else if (name !== '') {
        const hint = suggest(name, spec.columns);
        notices.push(`kolom "${raw[i]!.trim()}" is onbekend en wordt genegeerd${hint ? ` (bedoelt u ${hint}?)` : ''}`);
      }
    });
    const missing = spec.required.filter((r) => ![r].flat().some((c) => seen.has(c))).map((r) => [r].flat()[0]!);
    for (const column of missing) {
      const hint = suggest(column, header);
      problems.push({
        bestand: source,
        regel: 1,
        melding: `verplichte kolom "${column}" ontbreekt`,
        verwacht: spec.expected?.(column) ?? `een kolom ${column}`,
        ...(hint && { suggestie: hint }),
      });
    }
    // Without its required columns no row can be read; report the header and stop there.
    usable = missing.length === 0;
  };

  const onRecord = ({ line, fields }: { line: number; fields: string[] }) => {
    spec.inspect?.(line, header, fields);
    if (!usable) return;
    // A control character (NUL, an escape sequence …) is never meant: the file is damaged.
    const controlled = fields.findIndex((f) => CONTROL.test(f));
    if (controlled >= 0) {
      problems.push({
        bestand: source,
        regel: line,
        kolom: { nummer: controlled + 1, naam: header[controlled] ?? '' },
        waarde: fields[controlled],
        melding: 'bevat een stuurteken (zoals NUL of een escape-code): het bestand is beschadigd of geen tekst',
      });
      return;
    }
    if (fields.length !== header.length) {
      problems.push({
        bestand: source,
        regel: line,
        melding: `de regel heeft ${fields.length} velden, de kopregel ${header.length}`,
        verwacht: `${header.length} velden, gescheiden door hetzelfde scheidingsteken als de kopregel`,
      });
      return;
    }
    const cells: Record<string, string> = {};
    for (const [name, i] of columnOf) cells[name] = fields[i]!;
    const parsed = spec.row.safeParse(cells);
    if (parsed.success) {
      rows.push({ line, value: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '');
      const i = columnOf.get(name) ?? -1;
      const params = (issue as { params?: IssueParams }).params;
      problems.push({
        bestand: source,
        regel: line,
        ...(i >= 0 ? { kolom: { nummer: i + 1, naam: name }, waarde: fields[i] } : { kolom: { nummer: 0, naam: name } }),
        melding: (fields[i] ?? '').trim() === '' ? 'waarde ontbreekt' : 'ongeldige waarde',
        verwacht: params?.verwacht ?? issue.message,
        ...(params?.suggestie && { suggestie: params.suggestie }),
      });
    }
  };

  const info = await readTable(source, { onHeader, onRecord }, input);
  if (info.syntaxError) problems.push({ bestand: source, regel: info.syntaxError.line, melding: info.syntaxError.message });
  return { info, header, columnOf, rows, problems, notices };
}
