// The counting engine: one export read, every dossier classified and counted as it arrives, into
// a Tally (estimate/tally) that estimate/analysis turns into the figures. Its one entry point is
// countExport. A large export (a region, the country) is read by two threads at once, each counting
// one part of the file, and the parts are added up — the result is byte for byte the one a single
// thread gives. Why: at 300 k dossiers (the bench's 29 columns) one thread takes 6.9 s and two
// 4.1 s on a 2-core machine (medians of 3 alternated runs, 2026-12-02; docs/performance.md).
//
// Where it starts and ends: countExport decides (file size, PROFIEL_DRADEN); two-threads splits
// the file at a record boundary (segments), starts the worker (worker.ts), counts its own part
// (part.ts), checks that no id can occur in both parts (id-hashes) and adds the worker's counts.
// Anything unusual — a problem in a part, an id that may repeat, a worker that fails — sends the
// whole file to one thread, which reports exactly as always. Lower modules each offer one hook for
// it: read-table reads a byte range and hashes as it goes, dossier/load takes an id check and a
// reused dossier object, the tally adds another's counts, the previous dossiers sit in shared memory.
import { stat } from 'node:fs/promises';
import { STDIN, type TableRange } from '../io/read-table.js';
import { countPart, type Counted, type CountJob } from './part.js';
import { planSegments } from './segments.js';
import { forLargeInput } from '../io/engine-settings.js';

export type { Counted, CountJob } from './part.js';

/**
 * From this size two threads pay for starting the second (about 30 k dossiers of the bench's 29
 * columns): measured, 2.5 MB is slower in two, 6 MB some 10 % faster, 12 MB some 20 % faster, for
 * some 17 MB more memory (docs/performance.md).
 */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/**
 * The share of the file this thread counts; the worker counts the rest. Less than half: this
 * thread counts some 15 % slower per row than the worker, and starts first (the worker loads its
 * modules meanwhile). Its collector takes three times as long: V8 starts the main isolate's young
 * generation small, before profiel can say otherwise, while the worker's is set larger
 * (two-threads). At 46 % both parts end about together (300 k rows, docs/performance.md).
 */
const FIRST_PART_SHARE = 0.46;

export interface CountExportOptions extends Omit<CountJob, 'file'> {
  /** Now and then: the dossier lines read so far (both threads together). */
  onProgress?: (lines: number) => void;
  /** Two threads from this file size on (tests set 1 or Infinity to force either). */
  minBytes?: number;
}

/** Reads and counts the export: in two threads when it is at least `minBytes` and plainly splittable, else in one. */
export async function countExport(file: string, options: CountExportOptions): Promise<Counted> {
  const { onProgress, minBytes = PARALLEL_MIN_BYTES, ...rest } = options;
  const job: CountJob = { file, ...rest };
  const counted = await countWithThreads(job, onProgress, minBytes);
  // Starting the worker's isolate put V8's default back; what follows (the figures, the output) keeps it small too.
  if (counted.parts === 2) forLargeInput();
  return counted;
}

async function countWithThreads(job: CountJob, onProgress: ((lines: number) => void) | undefined, minBytes: number): Promise<Counted> {
  // PROFIEL_DRADEN=1: one thread only (a shared machine, or to measure). PROFIEL_DRADEN=2: two
  // threads whatever the size, and no quiet fallback — for the tests of the built program.
  const threads = process.env.PROFIEL_DRADEN;
  const file = job.file === STDIN || threads === '1' ? undefined : await stat(job.file).catch(() => undefined);
  if (file?.isFile() && (file.size >= minBytes || threads === '2')) {
    // Loaded here, not at start-up: a small export never needs threads (nor node:worker_threads).
    const { countInTwo, startWorker } = await import('./two-threads.js');
    // The worker loads its modules while this thread looks for where to split.
    const worker = startWorker(job);
    const parts = tryPlanSegments(job.file, file.size, FIRST_PART_SHARE);
    let failure: unknown;
    const counted = parts ? await countInTwo(job, parts, worker, onProgress).catch((error: unknown) => void (failure = error)) : undefined;
    await worker.terminate();
    if (counted) return counted;
    if (threads === '2') throw new Error(`PROFIEL_DRADEN=2: niet in twee draden geteld (${failure instanceof Error ? failure.message : 'een deel las niet schoon'})`);
  }
  return countPart(job, { ...(onProgress && { onProgress }) });
}

/** Where to split the file, or undefined (also when it cannot be read: one thread will say why). */
function tryPlanSegments(file: string, size: number, share: number): [TableRange, TableRange] | undefined {
  try {
    return planSegments(file, size, share);
  } catch {
    return undefined;
  }
}
