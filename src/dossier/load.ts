// From file to dossiers: the table loader with the dossier row schema, unique ids and the
// privacy guard. Every problem of the file is collected (never only the first).
import type { Readable } from 'node:stream';
import { loadTable } from '../io/load-table.js';
import type { Problem } from '../io/problem.js';
import type { TableInfo } from '../io/read-table.js';
import { PrivacyGuard, type PrivacyFinding } from './privacy.js';
import { DOSSIER_COLUMNS, DURATION_COLUMNS, REQUIRED_COLUMNS, dossierSchema, type Dossier } from './schema.js';

export interface LoadResult {
  info: TableInfo;
  dossiers: Dossier[];
  problems: Problem[];
  /** Things the user should know that are not errors (unknown columns). */
  notices: string[];
  privacy: PrivacyFinding[];
}

export async function loadDossiers(source: string, input?: Readable): Promise<LoadResult> {
  let guard: PrivacyGuard | undefined;
  const table = await loadTable(
    source,
    {
      columns: DOSSIER_COLUMNS,
      required: [...REQUIRED_COLUMNS, DURATION_COLUMNS],
      expected: (column) => (column === 'uitkeringsduur_maanden' ? 'een kolom uitkeringsduur_maanden (of uitkeringsduur_jaren)' : `een kolom ${column}`),
      row: dossierSchema,
      inspect: (line, header, fields) => (guard ??= new PrivacyGuard(header)).inspect(line, header, fields),
    },
    input,
  );
  guard ??= new PrivacyGuard(table.header);

  const problems = [...table.problems];
  const notices = [...table.notices];
  const dossiers: Dossier[] = [];
  // Ids are compared as written, after trimming: hashed keys may differ in case alone. A pair
  // that differs only in case is worth a notice, because a person may have retyped one.
  const firstLineOf = new Map<string, number>();
  const byCase = new Map<string, { id: string; line: number }>();
  for (const { line, value: dossier } of table.rows) {
    const folded = dossier.dossier_id.toLowerCase();
    const same = byCase.get(folded);
    if (same && same.id !== dossier.dossier_id) {
      notices.push(`dossier_id "${dossier.dossier_id}" (regel ${line}) verschilt alleen in hoofdletters van "${same.id}" (regel ${same.line}); ze tellen als twee dossiers`);
    } else if (!same) byCase.set(folded, { id: dossier.dossier_id, line });
    const earlier = firstLineOf.get(dossier.dossier_id);
    if (earlier !== undefined) {
      const i = table.columnOf.get('dossier_id')!;
      problems.push({
        bestand: source,
        regel: line,
        kolom: { nummer: i + 1, naam: 'dossier_id' },
        waarde: dossier.dossier_id,
        melding: `dossier_id komt al voor op regel ${earlier}`,
        verwacht: 'een unieke dossier_id per regel',
      });
      continue;
    }
    firstLineOf.set(dossier.dossier_id, line);
    dossiers.push(dossier);
  }
  return { info: table.info, dossiers, problems, notices, privacy: guard.result() };
}
