// From file to dossiers: the table loader with the dossier row schema, unique ids and the
// privacy guard. Every problem of the file is collected (never only the first). Dossiers are
// handed on as they are read; only what the id check needs is kept.
import type { Readable } from 'node:stream';
import { readRows } from '../io/load-table.js';
import type { Problem } from '../io/problem.js';
import type { TableInfo } from '../io/read-table.js';
import { PrivacyGuard, personalKind, type PrivacyFinding } from './privacy.js';
import { DURATION_COLUMNS, REQUIRED_COLUMNS, dossierRow, type Dossier } from './schema.js';

export interface DossierReading {
  info: TableInfo;
  /** Dossiers handed on (rows without problems). */
  count: number;
  problems: Problem[];
  /** Things the user should know that are not errors (unknown columns). */
  notices: string[];
  privacy: PrivacyFinding[];
}

export interface LoadResult extends DossierReading {
  dossiers: Dossier[];
}

export interface DossierHandlers {
  /** The export's columns (normalised), before the first dossier. */
  onHeader?: (header: readonly string[]) => void;
  onDossier: (dossier: Dossier, line: number) => void;
  /** Now and then: the line read up to. */
  onProgress?: (line: number) => void;
}

/** Reads the export and hands on each dossier that has no problem, in file order. */
export async function streamDossiers(source: string, handlers: DossierHandlers, input?: Readable): Promise<DossierReading> {
  const { onDossier } = handlers;
  let guard: PrivacyGuard | undefined;
  const ids = new IdIndex();
  const problems: Problem[] = [];
  const notices: string[] = [];
  let count = 0;
  let idColumn = 0;
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
        idColumn = header.indexOf('dossier_id');
        handlers.onHeader?.(header);
      },
      ...(handlers.onProgress && { onProgress: handlers.onProgress }),
      onRow: (dossier, line) => {
      const id = dossier.dossier_id;
      const seen = ids.add(id, line);
      if (seen.caseOf) notices.push(`dossier_id "${id}" (regel ${line}) verschilt alleen in hoofdletters van "${seen.caseOf.id}" (regel ${seen.caseOf.line}); ze tellen als twee dossiers`);
      if (seen.earlier !== undefined) {
        problems.push({
          bestand: source,
          regel: line,
          kolom: { nummer: idColumn + 1, naam: 'dossier_id' },
          waarde: id,
          melding: `dossier_id komt al voor op regel ${seen.earlier}`,
          verwacht: 'een unieke dossier_id per regel',
        });
        return;
      }
      count++;
      onDossier(dossier, line);
      },
    },
    input,
  );
  guard ??= new PrivacyGuard(table.header);
  return { info: table.info, count, problems: [...table.problems, ...problems], notices: [...table.notices, ...notices], privacy: guard.result() };
}

/** Reads the whole export into memory (explain, tests; the main job streams). */
export async function loadDossiers(source: string, input?: Readable): Promise<LoadResult> {
  const dossiers: Dossier[] = [];
  const reading = await streamDossiers(source, { onDossier: (d) => dossiers.push(d) }, input);
  return { ...reading, dossiers };
}

/**
 * Every id seen, with its line. Ids are compared as written, after trimming: hashed keys may
 * differ in case alone. A pair that differs only in case is worth a notice, because a person may
 * have retyped one. One entry per id, keyed by its lower-case form; the entry is the line alone
 * when the id is written in lower case, so a large export costs little more than its ids.
 */
class IdIndex {
  private readonly byFold = new Map<string, number | { id: string; line: number }>();
  /** Ids whose lower-case form an earlier, differently written id already took. */
  private readonly variants = new Map<string, number>();

  add(id: string, line: number): { earlier?: number; caseOf?: { id: string; line: number } } {
    const folded = id.toLowerCase();
    const entry = this.byFold.get(folded);
    if (entry === undefined) {
      this.byFold.set(folded, id === folded ? line : { id, line });
      return {};
    }
    const first = typeof entry === 'number' ? { id: folded, line: entry } : entry;
    if (first.id === id) return { earlier: first.line };
    const earlier = this.variants.get(id);
    if (earlier === undefined) this.variants.set(id, line);
    return { caseOf: first, ...(earlier !== undefined && { earlier }) };
  }
}
