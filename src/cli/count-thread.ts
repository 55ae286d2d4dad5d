// The worker that counts the second part of a large export (count-worker.ts, for count-export),
// started as soon as a command knows which export it reads: the worker's Node and modules take
// some 200 ms to load, on the other core, while this thread loads its own and reads the rules and
// the population. Light on purpose (no reader, no rules): a command imports it first.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { STDIN } from '../io/std-streams.js';

/**
 * From this size two threads pay for starting the second (about 30 k dossiers of the bench's 29
 * columns): measured, 2.5 MB is slower in two, 6 MB some 10 % faster, 12 MB some 20 % faster, for
 * some 17 MB more memory (docs/performance.md).
 */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/**
 * Young generation of the worker, in MB: room for the garbage of some thousands of rows (less:
 * more time in the collector; more: only more memory).
 */
const WORKER_YOUNG_MB = 16;

/** The size of `file` when two threads are to read it, else undefined. PROFIEL_DRADEN=1: always one (a shared machine, or to measure). */
export function twoThreadSize(file: string, minBytes = PARALLEL_MIN_BYTES): number | undefined {
  if (file === STDIN || process.env.PROFIEL_DRADEN === '1') return undefined;
  try {
    const found = statSync(file);
    return found.isFile() && found.size >= minBytes ? found.size : undefined;
  } catch {
    // Not there or not readable: one thread will say so.
    return undefined;
  }
}

let early: { file: string; worker: Worker } | undefined;

/** Starts the worker for `file` now, when two threads will read it. */
export function startCountWorker(file: string, minBytes = PARALLEL_MIN_BYTES): void {
  if (early || twoThreadSize(file, minBytes) === undefined) return;
  const worker = newWorker();
  // Until it has work it must not keep the process alive: the command may stop before (a bad flag, a missing population).
  worker.unref();
  early = { file, worker };
}

/** The worker started for `file`, or a new one; it waits for a message with its job and part. */
export function countWorker(file: string): Worker {
  if (early?.file !== file) return newWorker();
  const { worker } = early;
  early = undefined;
  worker.ref();
  return worker;
}

function newWorker(): Worker {
  const worker = new Worker(new URL('./count-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  // A worker that fails is seen by the count that uses it; until then it must not end the process.
  worker.on('error', () => undefined);
  return worker;
}
