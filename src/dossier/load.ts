// From file to dossiers: header mapping, the row schema, duplicates and the privacy guard.
// Every problem of the file is collected (never only the first), each with line and column.
import type { Readable } from 'node:stream';
import { readTable, type TableInfo } from '../io/read-table.js';
import { PrivacyGuard, type PrivacyFinding } from './privacy.js';
import {
  DOSSIER_COLUMNS,
  DURATION_COLUMNS,
  REQUIRED_COLUMNS,
  dossierSchema,
  type Dossier,
  type IssueParams,
} from './schema.js';
import { normaliseWord, suggest } from './vocabulary.js';

export interface Problem {
  bestand: string;
  regel: number;
  /** 1-based column number and normalised column name, when the problem sits in one cell. */
  kolom?: { nummer: number; naam: string };
  waarde?: string;
  melding: string;
  verwacht?: string;
  suggestie?: string;
}

export interface LoadResult {
  info: TableInfo;
  dossiers: Dossier[];
  problems: Problem[];
  /** Things the user should know that are not errors (unknown columns). */
  notices: string[];
  privacy: PrivacyFinding[];
}

const KNOWN = new Set<string>(DOSSIER_COLUMNS);

export async function loadDossiers(source: string, input?: Readable): Promise<LoadResult> {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const dossiers: Dossier[] = [];
  const firstLineOf = new Map<string, number>();
  let headers: string[] = [];
  /** Where each known column stands (0-based). */
  const columnOf = new Map<string, number>();
  let guard: PrivacyGuard | undefined;
  let usable = true;

  const onHeader = (raw: string[]) => {
    // Header names follow the same rule as values: case, spaces and hyphens do not matter.
    headers = raw.map(normaliseWord);
    guard = new PrivacyGuard(headers);
    const seen = new Map<string, number>();
    headers.forEach((name, i) => {
      const at = { nummer: i + 1, naam: name };
      if (seen.has(name)) {
        problems.push({ bestand: source, regel: 1, kolom: at, waarde: raw[i], melding: `kolom "${name}" komt twee keer voor (ook kolom ${seen.get(name)! + 1})` });
        return;
      }
      seen.set(name, i);
      if (KNOWN.has(name)) columnOf.set(name, i);
      else if (name !== '') {
        const hint = suggest(name, DOSSIER_COLUMNS);
        notices.push(`kolom "${raw[i]!.trim()}" is onbekend en wordt genegeerd${hint ? ` (bedoelt u ${hint}?)` : ''}`);
      }
    });
    const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
    if (!DURATION_COLUMNS.some((c) => seen.has(c))) missing.push(DURATION_COLUMNS[0]!);
    for (const column of missing) {
      const hint = suggest(column, headers);
      problems.push({
        bestand: source,
        regel: 1,
        melding: `verplichte kolom "${column}" ontbreekt`,
        verwacht: column === 'uitkeringsduur_maanden' ? 'een kolom uitkeringsduur_maanden (of uitkeringsduur_jaren)' : `een kolom ${column}`,
        ...(hint && { suggestie: hint }),
      });
    }
    // Without its required columns no row can be read; report the header and stop there.
    usable = missing.length === 0;
  };

  const onRow = (line: number, fields: string[]) => {
    guard!.inspect(line, headers, fields);
    if (!usable) return;
    if (fields.length !== headers.length) {
      problems.push({
        bestand: source,
        regel: line,
        melding: `de regel heeft ${fields.length} velden, de kopregel ${headers.length}`,
        verwacht: `${headers.length} velden, gescheiden door hetzelfde scheidingsteken als de kopregel`,
      });
      return;
    }
    const cells: Record<string, string> = {};
    for (const [name, i] of columnOf) cells[name] = fields[i]!;
    const parsed = dossierSchema.safeParse(cells);
    if (!parsed.success) {
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
      return;
    }
    const dossier = parsed.data;
    const earlier = firstLineOf.get(dossier.dossier_id);
    if (earlier !== undefined) {
      const i = columnOf.get('dossier_id')!;
      problems.push({
        bestand: source,
        regel: line,
        kolom: { nummer: i + 1, naam: 'dossier_id' },
        waarde: dossier.dossier_id,
        melding: `dossier_id komt al voor op regel ${earlier}`,
        verwacht: 'een unieke dossier_id per regel',
      });
      return;
    }
    firstLineOf.set(dossier.dossier_id, line);
    dossiers.push(dossier);
  };

  const info = await readTable(source, { onHeader, onRecord: (r) => onRow(r.line, r.fields) }, input);
  if (info.syntaxError) {
    problems.push({
      bestand: source,
      regel: info.syntaxError.line,
      melding: info.syntaxError.message,
    });
  }
  return { info, dossiers, problems, notices, privacy: guard?.result() ?? [] };
}
