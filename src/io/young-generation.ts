// For a large input, the young generation is kept at the size it has, instead of doubling as the
// rows stream through: a row's garbage dies at once, so a larger one mostly costs memory (about
// 30 MB at 300 k rows with two threads, and some 15 MB while the output of a million rows is
// written; measured in docs/performance.md). It does cost the main thread collector time while
// counting (three times the worker's, whose young generation is set larger), which the engine's
// unequal split (count/index) makes up for. A small input does not need it, and loading the
// program with a young generation that may not grow costs a 56-dossier run some 30 ms of
// collections, a tenth of its time: so it is set when a large input starts streaming (read-table,
// read-json-stream), not at start-up.
// V8 reads --semi-space-growth-factor each time a young generation would grow, so it can be set
// while running; but configuring a new isolate (a worker's) puts it back to 2, so the worker sets
// it first thing (count/worker) and countExport sets it again once its worker has started. This is
// the one place it is set. Node warns that a flag changed while running may do nothing; if a later
// V8 ignores this one, only the memory changes (npm run bench shows it), never a result.
import { setFlagsFromString } from 'node:v8';

/** From this size an input counts as large (the size from which two threads count an export, count/index). */
export const LARGE_INPUT_BYTES = 8 * 1024 * 1024;

export const keepYoungGenerationSmall = () => setFlagsFromString('--semi-space-growth-factor=1');

/** Keeps the young generation small for an input of `bytes` (undefined: unknown, such as standard input) that may be large. */
export function forInputOf(bytes: number | undefined): void {
  if (bytes === undefined || bytes >= LARGE_INPUT_BYTES) keepYoungGenerationSmall();
}
