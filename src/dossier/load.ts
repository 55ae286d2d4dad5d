// From file to dossiers: the table loader with the dossier row schema, unique ids and the
// privacy guard. Every problem of the file is collected (never only the first). Dossiers are
// handed on as they are read; only what the id check needs is kept.
import type { Readable } from 'node:stream';
import * as z from 'zod/mini';
import { readRows, type RowSchema } from '../io/load-table.js';
import type { Problem } from '../io/problem.js';
import { STDIN, type TableInfo, type TableRange } from '../io/read-table.js';
import { IdHashes } from './id-hashes.js';
import { FoldedIndex } from './id-index.js';
import { PrivacyGuard, personalKind, type PrivacyFinding } from './privacy.js';
import { DURATION_COLUMNS, REQUIRED_COLUMNS, dossierColumns, dossierRow, type Dossier } from './schema.js';

export interface DossierReading {
  info: TableInfo;
  /** Dossiers handed on (rows without problems). */
  count: number;
  problems: Problem[];
  /** Things the user should know that are not errors (unknown columns). */
  notices: string[];
  privacy: PrivacyFinding[];
}

export interface DossierHandlers {
  /** The export's columns (normalised), before the first dossier. */
  onHeader?: (header: readonly string[]) => void;
  onDossier: (dossier: Dossier, line: number) => void;
  /** Now and then: the line read up to. */
  onProgress?: (line: number) => void;
  /** The handler is done with a dossier when it returns and keeps none of it: one object is refilled for every row. */
  reuseDossier?: boolean;
}

export interface ReadOptions {
  /** The bytes themselves (standard input, a test), instead of opening the file. */
  input?: Readable;
  /** Only this part of the file (one of two threads' parts). */
  range?: TableRange;
  /** How ids are checked; by default every id against every earlier one. */
  ids?: IdCheck;
}

/** Reads the export and hands on each dossier that has no problem, in file order. */
export async function streamDossiers(source: string, handlers: DossierHandlers, options: ReadOptions = {}): Promise<DossierReading> {
  const { onDossier } = handlers;
  let guard: PrivacyGuard | undefined;
  const ids = options.ids ?? new DossierIds(source);
  let count = 0;
  const table = await readRows(
    source,
    {
      required: [...REQUIRED_COLUMNS, DURATION_COLUMNS],
      expected: (column) => (column === 'uitkeringsduur_maanden' ? 'een kolom uitkeringsduur_maanden (of uitkeringsduur_jaren)' : `een kolom ${column}`),
      row: dossierRow,
      inspect: { kindOf: personalKind, found: (line, column, soort) => guard!.found(line, column, soort) },
    },
    {
      onHeader: (header) => {
        guard = new PrivacyGuard(header);
        ids.column = header.indexOf('dossier_id');
        handlers.onHeader?.(header);
      },
      ...(handlers.onProgress && { onProgress: handlers.onProgress }),
      ...(handlers.reuseDossier && { reuseRow: true }),
      onRow: (dossier, line) => {
        if (!ids.accept(dossier.dossier_id, line)) return;
        count++;
        onDossier(dossier, line);
      },
    },
    options.input,
    options.range,
  );
  guard ??= new PrivacyGuard(table.header);
  return { info: table.info, count, problems: [...table.problems, ...ids.problems], notices: [...table.notices, ...ids.notices], privacy: guard.result() };
}

/**
 * Reads the export as streamDossiers does, keeping of each id only a 64-bit hash (8 bytes an id,
 * where the exact index takes some 40: a million ids, ~30 MB less). When no hash occurs twice —
 * the usual case — no id does. When one does (an id repeated, ids that differ in case alone, or
 * very rarely two ids with the same hash), the file is read again with the exact check
 * (DossierIds), which says which ids and lines, from fresh handlers: `start` gives them for each
 * read. Standard input, or a stream given, cannot be read twice and is checked exactly at once.
 */
export async function readDossiers(source: string, start: () => DossierHandlers, options: ReadOptions = {}): Promise<DossierReading> {
  if (source === STDIN || options.input || options.ids) return streamDossiers(source, start(), options);
  const ids = new HashedIds();
  const reading = await streamDossiers(source, start(), { ...options, ids });
  return ids.hashes.hasRepeat() ? streamDossiers(source, start(), options) : reading;
}

/** Decides, id by id in file order, which dossiers count. */
export interface IdCheck {
  /** Where dossier_id stands (0-based), for the problems. */
  column: number;
  /** Whether the dossier with this id, on this line, counts. */
  accept(id: string, line: number): boolean;
  readonly problems: Problem[];
  readonly notices: string[];
}

/**
 * Every id seen, with its line. Ids are compared as written, after trimming: hashed keys may
 * differ in case alone. A pair that differs only in case is worth a notice, because a person may
 * have retyped one. One entry per lower-case form, with its first spelling (FoldedIndex); the
 * rare other spellings of a form in a Map of their own.
 */
export class DossierIds implements IdCheck {
  column = 0;
  readonly problems: Problem[] = [];
  readonly notices: string[] = [];
  private readonly byFold = new FoldedIndex();
  /** Ids whose lower-case form an earlier, differently written id already took. */
  private readonly variants = new Map<string, number>();

  constructor(private readonly source: string) {}

  accept(id: string, line: number): boolean {
    const folded = id.toLowerCase();
    const entry = this.byFold.find(folded);
    if (entry < 0) {
      this.byFold.add(id, folded, line);
      return true;
    }
    const first = { id: this.byFold.spelling(entry), line: this.byFold.lineOf(entry) };
    let earlier: number | undefined;
    if (first.id === id) earlier = first.line;
    else {
      this.notices.push(`dossier_id "${id}" (regel ${line}) verschilt alleen in hoofdletters van "${first.id}" (regel ${first.line}); ze tellen als twee dossiers`);
      earlier = this.variants.get(id);
      if (earlier === undefined) this.variants.set(id, line);
    }
    if (earlier === undefined) return true;
    this.problems.push({
      bestand: this.source,
      regel: line,
      kolom: { nummer: this.column + 1, naam: 'dossier_id' },
      waarde: id,
      melding: `dossier_id komt al voor op regel ${earlier}`,
      verwacht: 'een unieke dossier_id per regel',
    });
    return false;
  }
}

/**
 * Every id counts, and only its hash is kept (IdHashes): for a read that is done again with
 * DossierIds when any hash occurs twice (readDossiers), or for a part of a file read by one of two
 * threads, whose hashes are compared with the other part's (count/two-threads).
 */
export class HashedIds implements IdCheck {
  column = 0;
  readonly problems: Problem[] = [];
  readonly notices: string[] = [];
  readonly hashes = new IdHashes();

  accept(id: string): boolean {
    this.hashes.add(id);
    return true;
  }
}

export interface IdReading {
  ids: Set<string>;
  problems: Problem[];
}

/**
 * The dossier ids of other files (earlier samples, to be left out of the next draw): only their
 * dossier_id column is read, so any export or list with that column will do.
 */
export async function readIds(sources: readonly string[]): Promise<IdReading> {
  const ids = new Set<string>();
  const problems: Problem[] = [];
  for (const source of sources) {
    const table = await readRows(source, { required: ['dossier_id'], row: idRow }, { onRow: (row) => ids.add(row.dossier_id) });
    problems.push(...table.problems);
  }
  return { ids, problems };
}

const idRow: RowSchema<{ dossier_id: string }> = {
  cells: z.pick(dossierColumns, { dossier_id: true }),
  complete: (values) => values as { dossier_id: string },
};
