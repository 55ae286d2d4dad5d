// Reading and counting one export: every dossier classified and counted as it arrives. A large
// export (a region, the country) is read by two threads at once, each counting one half of the
// file (io/segments), and the halves are added up; the result is the one a single thread gives,
// and a half that does not read cleanly sends the whole file back to one thread, which reports
// its problems exactly as always. Wiring only.
import { Worker } from 'node:worker_threads';
import { acceptPacked, DossierIds, IdList, streamDossiers, type DossierReading } from '../dossier/load.js';
import type { PrivacyFinding } from '../dossier/privacy.js';
import { Tally, type AnalysisOptions, type TallyCounts } from '../estimate/analysis.js';
import { planSegments } from '../io/segments.js';
import { STDIN, type TableRange } from '../io/read-table.js';
import { compileClassifier } from '../rules/evaluate.js';
import type { RuleTable } from '../rules/schema.js';

/** From this size a second thread pays for its start (about 50 k dossiers). */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

export interface CountJob {
  file: string;
  rules: RuleTable;
  options: AnalysisOptions;
  keepDossiers: boolean;
}

export interface Counted {
  /** Undefined when the export has no header. */
  tally: Tally | undefined;
  reading: DossierReading;
  /** How many threads read it. */
  parts: 1 | 2;
}

/** What the second thread sends back (count-worker). */
export interface PartResult {
  reading: DossierReading;
  tally: TallyCounts | undefined;
  ids: { ids: string; lines: Float64Array };
}

/** Reads and counts one file, or one part of it; the same code in either thread. */
export async function countPart(job: CountJob, read: { range?: TableRange; ids?: DossierIds | IdList; onProgress?: (line: number) => void } = {}): Promise<Counted> {
  const classify = compileClassifier(job.rules, job.options);
  let tally: Tally | undefined;
  const reading = await streamDossiers(
    job.file,
    {
      onHeader: (header) => (tally = new Tally(job.rules, job.options, new Set(header), job.keepDossiers)),
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
  const plan = job.file === STDIN ? undefined : await planSegments(job.file, minBytes);
  if (plan) {
    const counted = await countInTwo(job, plan.segments, onProgress).catch(() => undefined);
    if (counted) {
      counted.reading.info = { ...counted.reading.info, sha256: plan.sha256, bytes: plan.bytes };
      return counted;
    }
  }
  return countPart(job, { ...(onProgress && { onProgress }) });
}

/** The first part here, the second in a worker; undefined when either part has a problem of its own. */
async function countInTwo(job: CountJob, [first, second]: [TableRange, TableRange], onProgress?: (lines: number) => void): Promise<Counted | undefined> {
  let here = 0;
  let there = 0;
  const progress = onProgress && (() => onProgress(here + there));
  const worker = new Worker(new URL('./count-worker.js', import.meta.url), { workerData: { job, range: second } });
  const part = new Promise<PartResult>((resolve, reject) => {
    worker.on('message', (m: { progress?: number; done?: PartResult }) => {
      if (m.done) resolve(m.done);
      else if (m.progress !== undefined && progress) {
        there = m.progress - second.firstLine + 1;
        progress();
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`de tweede leesdraad stopte (${code})`)));
  });
  // Whatever happens here, the worker must not keep the process alive.
  part.catch(() => undefined);
  const ids = new DossierIds(job.file);
  let mine: Counted;
  try {
    mine = await countPart(job, {
      range: first,
      ids,
      ...(progress && {
        onProgress: (line: number) => {
          here = line;
          progress();
        },
      }),
    });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const theirs = await part;
  await worker.terminate();
  const clean = (r: DossierReading) => !r.info.syntaxError && r.problems.length === 0;
  if (!mine.tally || !theirs.tally || !clean(mine.reading) || !clean(theirs.reading)) return undefined;

  // The second part's ids, in file order, after all of the first: duplicates and case
  // variants across the halves are found as one thread would find them.
  const noticesBefore = ids.notices.length;
  const accepted = theirs.reading.count;
  acceptPacked(ids, theirs.ids);
  mine.tally.absorb(theirs.tally);
  return {
    tally: mine.tally,
    parts: 2,
    reading: {
      info: mine.reading.info,
      count: mine.reading.count + accepted - ids.problems.length,
      problems: [...ids.problems],
      notices: [...mine.reading.notices, ...ids.notices.slice(noticesBefore)],
      privacy: mergeFindings(mine.reading.privacy, theirs.reading.privacy),
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
