// The one loader for tabular inputs (the dossier export, a population file): header names as
// people write them, every cell read by its column's zod schema, and every problem of the file
// collected in one run, each with line and column. Rows are handed on as they are read, so a
// file of any length is read in the same memory. What a particular file must also satisfy
// (unique ids, all nine strata) is checked by its own module on the rows this hands on.
//
// Columns hold few distinct values (ja/nee, a band, an age), so each column keeps what its schema
// returned for every value it has seen and asks the schema only about a value it has not: zod
// decides every value and words every error, once. A column whose values keep changing (an id)
// stops keeping them.
import type { Readable } from 'node:stream';
import type * as z from 'zod/mini';
import type { IssueParams } from './cells.js';
import type { Problem } from './problem.js';
import { readTable, type TableInfo, type TableRange } from './read-table.js';
import { normaliseWord, suggest } from './words.js';

/** C0 controls but tab and line ends, DEL, and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The value of a cell its schema refused: neither a value nor unknown (`undefined`). */
export const REFUSED: unique symbol = Symbol('geweigerd');

/** An issue of a cell or a row, as a schema words it. */
export interface RowIssue {
  /** The column it is about. */
  path: readonly PropertyKey[];
  message: string;
  params?: IssueParams;
}

/**
 * A row schema in two parts, so that cells can be read one at a time: the reader of each column
 * (a zod object's shape) and what is checked and derived over the whole row once its cells are
 * read. The row schema of a table is `cells` refined by `check` and transformed by `complete`;
 * the loader applies the same parts, cell by cell.
 */
export interface RowSchema<Row> {
  cells: z.ZodMiniObject;
  /** Issues over several cells (a refused cell holds REFUSED). */
  check?: (values: Record<string, unknown>, report: (issue: RowIssue) => void) => void;
  /** The row from its cell values: derived fields. May reuse `values`. */
  complete: (values: Record<string, unknown>) => Row;
  /** Fields `complete` adds: the loader starts every row with them, so all rows share one shape. */
  derived?: readonly string[];
}

/** Looks at every cell for something it must not hold (the privacy guard); asked once per distinct value of a column. */
export interface CellInspector<Kind> {
  /** `known`: whether the schema reads the column (an unknown one may hold any text). */
  kindOf: (cell: string, column: { name: string; known: boolean }) => Kind | null;
  found: (line: number, column: number, kind: Kind) => void;
}

export interface TableSpec<Row, Kind = string> {
  /** Columns that must be there; a list names alternatives of which one is enough. */
  required: readonly (string | readonly string[])[];
  /** How a missing required column is described ("een kolom …"). */
  expected?: (column: string) => string;
  /** How the known columns (the keys of `row.cells`) are read; other columns get a notice and are ignored. */
  row: RowSchema<Row>;
  /** Sees every cell of every row, readable or not. */
  inspect?: CellInspector<Kind>;
}

export interface TableReading {
  info: TableInfo;
  /** Normalised column names, in file order. */
  header: string[];
  /** Where each known column stands (0-based). */
  columnOf: ReadonlyMap<string, number>;
  problems: Problem[];
  /** Things the user should know that are not errors (unknown columns). */
  notices: string[];
}

export interface LoadedRow<Row> {
  line: number;
  value: Row;
}

export interface LoadedTable<Row> extends TableReading {
  rows: LoadedRow<Row>[];
}

/** Beyond this many distinct values a column is not worth remembering (ids, free text). */
const MAX_REMEMBERED = 16_384;

/** What is known of one value of one column: computed once, shared by every cell that holds it. */
interface CellResult {
  /** Holds a control character: the row is damaged. */
  control: boolean;
  /** What the inspector said of it. */
  kind: unknown;
  /** The schema's value, or REFUSED with its issues; undefined for an ignored column. */
  value: unknown;
  issues: readonly RowIssue[] | undefined;
}

/** One column of the file: its schema (none for a column that is ignored) and what was said of each value seen. */
class ColumnReader {
  private readonly remembered = new Map<string, CellResult>();
  /** Off once the column has shown too many values to be worth remembering. */
  private remembering = true;

  constructor(
    readonly name: string,
    private readonly schema: z.ZodMiniType | undefined,
    private readonly kindOf: ((cell: string, column: { name: string; known: boolean }) => unknown) | undefined,
  ) {}

  read(raw: string): CellResult {
    if (!this.remembering) return this.decide(raw);
    const known = this.remembered.get(raw);
    if (known) return known;
    const result = this.decide(raw);
    if (this.remembered.size < MAX_REMEMBERED) this.remembered.set(raw, result);
    else {
      this.remembering = false;
      this.remembered.clear();
    }
    return result;
  }

  private decide(raw: string): CellResult {
    const kind = this.kindOf?.(raw, { name: this.name, known: this.schema !== undefined }) ?? null;
    if (CONTROL.test(raw)) return { control: true, kind, value: REFUSED, issues: undefined };
    if (!this.schema) return { control: false, kind, value: undefined, issues: undefined };
    const parsed = this.schema.safeParse(raw);
    if (!parsed.success) {
      return { control: false, kind, value: REFUSED, issues: parsed.error.issues.map((i) => ({ path: [this.name, ...i.path], message: i.message, params: (i as { params?: IssueParams }).params })) };
    }
    // Values are shared by every row with the same cell: nobody may change one.
    return { control: false, kind, value: Object.freeze(parsed.data), issues: undefined };
  }
}

export interface RowHandlers<Row> {
  /** The header, normalised, before any row. */
  onHeader?: (header: readonly string[]) => void;
  onRow: (row: Row, line: number) => void;
  /**
   * Hand on one and the same object for every row, refilled: for a reader that is done with a
   * row when onRow returns and keeps nothing of it but its values (a row of 40 fields is most of
   * what a large read allocates).
   */
  reuseRow?: boolean;
  /** Now and then: the line read up to (for a progress line). */
  onProgress?: (line: number) => void;
}

/**
 * Reads a table and hands on each readable row as soon as it is read; rows with problems are
 * reported, not handed on.
 */
export async function readRows<Row, Kind>(source: string, spec: TableSpec<Row, Kind>, handlers: RowHandlers<Row>, input?: Readable, range?: TableRange): Promise<TableReading> {
  const { onRow } = handlers;
  const problems: Problem[] = [];
  const notices: string[] = [];
  const shape = spec.row.cells.shape as Record<string, z.ZodMiniType>;
  const known = Object.keys(shape);
  const columnOf = new Map<string, number>();
  const inspector = spec.inspect;
  let header: string[] = [];
  let usable = true;
  /** A reader for every column of the file, in file order. */
  let readers: ColumnReader[] = [];
  /** The known columns present, in the schema's order (the order zod reports issues in). */
  let schemaOrder: number[] = [];
  /** Every row starts as a copy of this: the known columns present and the derived fields. */
  let template: Record<string, unknown> = {};
  /** Derived fields that are not columns of this file: emptied before a reused row is refilled. */
  let derivedOnly: string[] = [];

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
      if (Object.hasOwn(shape, name)) columnOf.set(name, i);
      else if (name !== '') {
        const hint = suggest(name, known);
        notices.push(`kolom "${raw[i]!.trim()}" is onbekend en wordt genegeerd${hint ? ` (bedoelt u ${hint}?)` : ''}`);
      }
    });
    readers = header.map((name, i) => new ColumnReader(name, columnOf.get(name) === i ? shape[name] : undefined, inspector?.kindOf));
    schemaOrder = known.filter((name) => columnOf.has(name)).map((name) => columnOf.get(name)!);
    template = Object.fromEntries([...schemaOrder.map((i) => header[i]!), ...(spec.row.derived ?? [])].map((name) => [name, undefined]));
    derivedOnly = (spec.row.derived ?? []).filter((name) => !columnOf.has(name));
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
    handlers.onHeader?.(header);
  };

  const cells: CellResult[] = [];
  let reused: Record<string, unknown> | undefined;
  /** The issues of the row being read (emptied for each row). */
  const issues: RowIssue[] = [];
  const report = (issue: RowIssue) => issues.push(issue);
  const onRecord = ({ line, fields }: { line: number; fields: string[] }) => {
    let controlled = -1;
    for (let i = 0; i < fields.length; i++) {
      // A field beyond the header's columns (the row is wrong) is still looked at, as an ignored column.
      const cell = (readers[i] ??= new ColumnReader('', undefined, inspector?.kindOf)).read(fields[i]!);
      cells[i] = cell;
      if (cell.kind !== null) inspector!.found(line, i, cell.kind as NonNullable<Kind>);
      if (cell.control && controlled < 0) controlled = i;
    }
    if (!usable) return;
    // A control character (NUL, an escape sequence …) is never meant: the file is damaged.
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
    let values: Record<string, unknown>;
    if (handlers.reuseRow) {
      values = reused ??= { ...template };
      for (const name of derivedOnly) values[name] = undefined;
    } else values = { ...template };
    issues.length = 0;
    for (let k = 0; k < schemaOrder.length; k++) {
      const i = schemaOrder[k]!;
      const cell = cells[i]!;
      values[header[i]!] = cell.value;
      if (cell.issues) for (const issue of cell.issues) report(issue);
    }
    // Checked even when cells of the row failed, so one run shows every problem.
    spec.row.check?.(values, report);
    if (issues.length === 0) {
      onRow(spec.row.complete(values), line);
      return;
    }
    for (const issue of issues) {
      const name = String(issue.path[0] ?? '');
      const i = columnOf.get(name) ?? -1;
      problems.push({
        bestand: source,
        regel: line,
        ...(i >= 0 ? { kolom: { nummer: i + 1, naam: name }, waarde: fields[i] } : { kolom: { nummer: 0, naam: name } }),
        melding: (fields[i] ?? '').trim() === '' ? 'waarde ontbreekt' : 'ongeldige waarde',
        verwacht: issue.params?.verwacht ?? issue.message,
        ...(issue.params?.suggestie && { suggestie: issue.params.suggestie }),
      });
    }
  };

  const info = await readTable(source, { onHeader, onRecord, ...(handlers.onProgress && { onProgress: handlers.onProgress }) }, input, range);
  if (info.syntaxError) problems.push({ bestand: source, regel: info.syntaxError.line, melding: info.syntaxError.message });
  return { info, header, columnOf, problems, notices };
}

/** Reads a whole (small) table into memory. */
export async function loadTable<Row, Kind>(source: string, spec: TableSpec<Row, Kind>, input?: Readable): Promise<LoadedTable<Row>> {
  const rows: LoadedRow<Row>[] = [];
  const reading = await readRows(source, spec, { onRow: (value, line) => rows.push({ line, value }) }, input);
  return { ...reading, rows };
}
