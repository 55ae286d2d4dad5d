// Reading and counting one export: every dossier classified and counted as it arrives. A large
// export (a region, the country) is read by two threads at once — this one and a worker — each
// counting one part of the file (io/segments), and the parts are added up; the result is the one
// a single thread gives. A part that does not read cleanly, or an id that may occur twice, sends
// the whole file back to one thread, which reports exactly as always. Wiring only.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { anyHashTwice, type SortedHashes } from '../dossier/id-index.js';
import { HashedIds, streamDossiers, type DossierReading, type IdCheck } from '../dossier/load.js';
import type { PrivacyFinding } from '../dossier/privacy.js';
import { PreviousDossiers, type SharedPreviousDossiers } from '../estimate/previous-dossiers.js';
import { Tally, type AnalysisOptions, type TallyCounts } from '../estimate/tally.js';
import { hashRest, planSegments } from '../io/segments.js';
import { STDIN, type TableRange } from '../io/read-table.js';
import { compileClassifier } from '../rules/evaluate.js';
import type { RuleTable } from '../rules/schema.js';
import { keepYoungGenerationSmall } from './young-generation.js';

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
 * generation small, before profiel can say otherwise, while the worker's is set by
 * WORKER_YOUNG_MB. At 46 % both parts end about together (300 k rows, docs/performance.md).
 */
const FIRST_PART_SHARE = 0.46;

/**
 * Young generation of a worker, in MB: room for the garbage of some thousands of rows (less: more
 * time in the collector; more: only more memory).
 */
const WORKER_YOUNG_MB = 16;

export interface CountJob {
  file: string;
  rules: RuleTable;
  options: AnalysisOptions;
  keepDossiers: boolean;
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

/** What a worker sends back (count-worker). */
export interface PartResult {
  reading: DossierReading;
  tally: TallyCounts | undefined;
  ids: SortedHashes;
}

/** Reads and counts one file, or one part of it; the same code in either thread. */
export async function countPart(job: CountJob, read: { range?: TableRange; ids?: IdCheck; onProgress?: (line: number) => void } = {}): Promise<Counted> {
  const classify = compileClassifier(job.rules, job.options);
  const previous = job.vorige && new PreviousDossiers(job.vorige);
  let tally: Tally | undefined;
  const reading = await streamDossiers(
    job.file,
    {
      onHeader: (header) => (tally = new Tally(job.rules, job.options, header, job.keepDossiers, previous)),
      onDossier: (d) => tally!.add(d, classify(d)),
      // The tally keeps values of a dossier (its id, its bands), never the dossier itself.
      reuseDossier: true,
      ...(read.onProgress && { onProgress: read.onProgress }),
    },
    { ...(read.range && { range: read.range }), ...(read.ids && { ids: read.ids }) },
  );
  return { tally, reading, parts: 1 };
}

/**
 * Reads and counts the export: in two threads when it is at least `minBytes` and plainly
 * splittable, else in one.
 */
export async function countExport(job: CountJob, onProgress?: (lines: number) => void, minBytes = PARALLEL_MIN_BYTES): Promise<Counted> {
  keepYoungGenerationSmall();
  try {
    return await countWithThreads(job, onProgress, minBytes);
  } finally {
    // Starting the worker's isolate put V8's default back; what follows (the figures, the output) keeps it small too.
    keepYoungGenerationSmall();
  }
}

async function countWithThreads(job: CountJob, onProgress: ((lines: number) => void) | undefined, minBytes: number): Promise<Counted> {
  // PROFIEL_DRADEN=1: one thread only (a shared machine, or to measure).
  const file = job.file === STDIN || process.env.PROFIEL_DRADEN === '1' ? undefined : await stat(job.file).catch(() => undefined);
  if (file?.isFile() && file.size >= minBytes) {
    // The worker loads its modules while this thread looks for where to split.
    const worker = startWorker(job);
    const parts = tryPlanSegments(job.file, file.size, FIRST_PART_SHARE);
    const counted = parts ? await countInTwo(job, parts, worker, onProgress).catch(() => undefined) : undefined;
    await worker.terminate();
    if (counted) return counted;
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

/** A worker for one part, waiting for its range. */
function startWorker(job: CountJob): Worker {
  const worker = new Worker(new URL('./count-worker.js', import.meta.url), { workerData: { job }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  // A worker that fails is seen by countInTwo; until then it must not end the process.
  worker.on('error', () => undefined);
  return worker;
}

/**
 * The first part counted by this thread, the second at the same time by a worker: one isolate
 * fewer than two workers (some 50 MB at 300 k rows, docs/performance.md), and no slower.
 * Then the parts are added up. Undefined when either part has a problem of its own or an id
 * may repeat; throws when the worker fails.
 */
async function countInTwo(job: CountJob, parts: [TableRange, TableRange], worker: Worker, onProgress?: (lines: number) => void): Promise<Counted | undefined> {
  const read = [0, 0];
  const progress = (i: number, line: number) => {
    read[i] = line - parts[i]!.firstLine + 1;
    onProgress?.(read[0]! + read[1]!);
  };
  const fromWorker = new Promise<PartResult>((resolve, reject) => {
    worker.on('message', (m: { progress?: number; done?: PartResult }) => {
      if (m.done) resolve(m.done);
      else if (m.progress !== undefined) progress(1, m.progress);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`een leesdraad stopte (${code})`)));
    worker.postMessage({ range: parts[1] });
  });
  // Seen by the await below; until then a failing worker must not be an unhandled rejection.
  fromWorker.catch(() => undefined);
  // Each thread keeps a hash of every id of its part; if no hash occurs twice, no two ids are the
  // same or differ in case alone (the usual case). Else one thread reads the file again and says
  // exactly which ids, on which lines.
  const ids = new HashedIds();
  // The file's SHA-256: the bytes of this part as they are read, then the rest.
  const hash = createHash('sha256');
  const own = await countPart(job, { range: { ...parts[0], hash }, ids, onProgress: (line) => progress(0, line) });
  const clean = (reading: DossierReading) => !reading.info.syntaxError && reading.problems.length === 0;
  // The worker read its part as UTF-8; this part must be UTF-8 too (or plain ASCII).
  if (!own.tally || !clean(own.reading) || own.reading.info.encoding !== 'utf-8') return undefined;
  // While the worker ends its part (whose bytes it has just read, so they are in memory).
  const bytes = parts[1].start + hashRest(job.file, parts[1].start, parts[1].end, hash);
  const second = await fromWorker;
  if (!second.tally || !clean(second.reading)) return undefined;
  if (anyHashTwice(ids.hashes.sorted(), second.ids)) return undefined;
  // This thread's own tally takes the worker's counts: the dossiers that follow its own.
  const { tally } = own;
  tally.absorb(second.tally);
  return {
    tally,
    parts: 2,
    reading: {
      info: { ...own.reading.info, sha256: hash.digest('hex'), bytes },
      count: own.reading.count + second.reading.count,
      problems: [],
      // The header's notices; each part has the same.
      notices: own.reading.notices,
      privacy: mergeFindings(own.reading.privacy, second.reading.privacy),
    },
  };
}

/** The findings of two parts as one reading gives them: keys in order of first sight, at most 5 lines each. */
function mergeFindings(first: readonly PrivacyFinding[], second: readonly PrivacyFinding[]): PrivacyFinding[] {
  const merged = new Map(first.map((f) => [`${f.kolom}|${f.soort}`, { ...f, regels: [...f.regels] }]));
  for (const f of second) {
    const key = `${f.kolom}|${f.soort}`;
    const into = merged.get(key);
    if (!into) merged.set(key, { ...f, regels: [...f.regels] });
    else into.regels = [...into.regels, ...f.regels].slice(0, 5);
  }
  return [...merged.values()];
}
