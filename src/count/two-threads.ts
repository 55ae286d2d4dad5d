// An export counted by two threads at once: this one counts the first part, a worker the second
// (count/segments finds where to split), and the worker's counts are added to this thread's. The
// result is the one a single thread gives; a part that does not read cleanly, or an id that may
// occur twice, gives undefined, and the caller reads the whole file again in one thread, which
// reports exactly as always.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { PrivacyFinding } from '../dossier/privacy.js';
import type { TableRange } from '../io/read-table.js';
import { anyHashTwice } from '../dossier/id-hashes.js';
import { HashedIds, type DossierReading } from '../dossier/load.js';
import { countPart, type Counted, type CountJob, type PartResult } from './part.js';
import { hashRest } from './segments.js';

/**
 * Young generation of a worker, in MB: room for the garbage of some thousands of rows (less: more
 * time in the collector; more: only more memory).
 */
const WORKER_YOUNG_MB = 16;

/** A worker for one part, waiting for its range. */
export function startWorker(job: CountJob): Worker {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { job }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
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
export async function countInTwo(job: CountJob, parts: [TableRange, TableRange], worker: Worker, onProgress?: (lines: number) => void): Promise<Counted | undefined> {
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
