// The plain path, for tests only: the whole export in memory, each dossier classified with its
// full trace (rules/evaluate's classify, not the compiled classifier the count uses), then
// analysed. The streaming main path (src/count, cli/pipeline) must give the same bytes.
import type { Readable } from 'node:stream';
import { streamDossiers, type DossierReading } from '../src/dossier/load.js';
import type { Dossier } from '../src/dossier/schema.js';
import { analysisOf } from '../src/estimate/analysis.js';
import type { Analysis, DossierResult } from '../src/estimate/contract.js';
import { Tally, type AnalysisOptions } from '../src/estimate/tally.js';
import type { TableInfo } from '../src/io/read-table.js';
import { normaliseWord } from '../src/io/words.js';
import { classify } from '../src/rules/evaluate.js';
import type { RuleTable } from '../src/rules/schema.js';

/** The whole export, read into memory. */
export async function loadDossiers(source: string, input?: Readable): Promise<DossierReading & { dossiers: Dossier[] }> {
  const dossiers: Dossier[] = [];
  const reading = await streamDossiers(source, { onDossier: (d) => dossiers.push(d) }, input ? { input } : {});
  return { ...reading, dossiers };
}

/** The whole run over dossiers already in memory, each classified with its full trace. */
export function analyse(info: TableInfo, dossiers: readonly Dossier[], rules: RuleTable, options: AnalysisOptions): Analysis & { dossiers: DossierResult[] } {
  const tally = new Tally(rules, options, info.header.map(normaliseWord), { dossiers: true, verschillen: true });
  for (const d of dossiers) tally.add(d, classify(d, rules, options));
  return analysisOf(tally.counts(), info, rules, options) as Analysis & { dossiers: DossierResult[] };
}
