// One part of an export read and counted: the whole file (one thread), or the part a thread was
// given (two threads). The same code in either thread, so that both count alike.
import type { DossierReading, IdCheck } from '../dossier/load.js';
import { streamDossiers } from '../dossier/load.js';
import { PreviousDossiers, type SharedPreviousDossiers } from '../estimate/previous-dossiers.js';
import { Tally, type CountOptions, type Keep, type TallyCounts } from '../estimate/tally.js';
import type { TableRange } from '../io/read-table.js';
import { compileClassifier } from '../rules/evaluate.js';
import type { RuleTable } from '../rules/schema.js';
import type { SortedHashes } from '../dossier/id-hashes.js';

/** What each thread needs to count a part: plain data, sent to a worker as it is. */
export interface CountJob {
  file: string;
  rules: RuleTable;
  options: CountOptions;
  /** What to keep of the dossiers besides the counts. */
  keep: Keep;
  /** Last month's dossiers in shared memory: each thread tallies what changed against them. */
  vorige?: SharedPreviousDossiers;
}

export interface Counted {
  /** Undefined when the export has no header. */
  tally: Tally | undefined;
  reading: DossierReading;
  /** How many threads read it. */
  parts: 1 | 2;
}

/** What a worker sends back (count/worker). */
export interface PartResult {
  reading: DossierReading;
  tally: TallyCounts | undefined;
  ids: SortedHashes;
}

/** Reads and counts one file, or one part of it. */
export async function countPart(job: CountJob, read: { range?: TableRange; ids?: IdCheck; onProgress?: (line: number) => void } = {}): Promise<Counted> {
  const classify = compileClassifier(job.rules, job.options);
  const previous = job.vorige && new PreviousDossiers(job.vorige);
  let tally: Tally | undefined;
  const reading = await streamDossiers(
    job.file,
    {
      onHeader: (header) => (tally = new Tally(job.rules, job.options, header, job.keep, previous)),
      onDossier: (d) => tally!.add(d, classify(d)),
      // The tally keeps values of a dossier (its id, its bands), never the dossier itself.
      reuseDossier: true,
      ...(read.onProgress && { onProgress: read.onProgress }),
    },
    { ...(read.range && { range: read.range }), ...(read.ids && { ids: read.ids }) },
  );
  return { tally, reading, parts: 1 };
}
