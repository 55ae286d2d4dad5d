// V8's settings by the size of the run: the one place they are set. Node warns that a flag changed
// while running may do nothing; if a later V8 ignores one of these, only the time or the memory
// changes (npm run bench shows both), never a result.
//
// Optimising code is paid in CPU time on a background thread. A run on the files analysts have (a
// few hundred dossiers) executes most functions a handful of times, so V8 would optimise code it
// then hardly runs: with a budget 15 times V8's own before a function counts as hot, `classify`
// on the sample costs ~20% less CPU and `report --format html` (Vega's charts) ~25% less
// (docs/performance.md). So a run starts as a short one — bin/profiel sets the budget before it
// loads the program, so that V8's code cache of every file is made and read under the same flags
// (bin/load-bundle.cjs), and a small input read without it (the tests) sets it as it starts
// streaming — and a large input puts V8's own back (there the counting loop is hot within
// milliseconds, and the larger budget cost 15% of the time at 300 k rows), also against a small
// file read after it.
//
// For a large input, the young generation is also kept at the size it has, instead of doubling as
// the rows stream through: a row's garbage dies at once, so a larger one mostly costs memory (about
// 30 MB at 300 k rows with two threads, and some 15 MB while the output of a million rows is
// written). It does cost the main thread collector time while counting (three times the worker's,
// whose young generation is set larger), which the engine's unequal split (count/index) makes up
// for. A small input does not need it, and loading the program with a young generation that may
// not grow costs a 56-dossier run some 30 ms of collections: so it too is set when a large input
// starts streaming (read-table, read-json-stream), not at start-up. V8 reads
// --semi-space-growth-factor each time a young generation would grow, but configuring a new
// isolate (a worker's) puts it back to 2, so the worker sets it first thing (count/worker-start)
// and countExport sets it again once its worker has started.
import { setFlagsFromString } from 'node:v8';

/** From this size an input counts as large (the size from which two threads count an export, count/index). */
export const LARGE_INPUT_BYTES = 8 * 1024 * 1024;

/** V8's own interrupt budget (Node 20's V8 11.3), and the one for a short run. */
const V8_INTERRUPT_BUDGET = 67_584;
const SHORT_RUN_INTERRUPT_BUDGET = 15 * V8_INTERRUPT_BUDGET;

/** Once an input was large, the run is large to its end. */
let large = false;

/** A large input streams: V8's own budget for hot code, and a young generation that does not grow. */
export function forLargeInput(): void {
  large = true;
  setFlagsFromString(`--interrupt-budget=${V8_INTERRUPT_BUDGET}`);
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** A short run: code that runs a few times is not worth optimising. */
export function forShortRun(): void {
  if (!large) setFlagsFromString(`--interrupt-budget=${SHORT_RUN_INTERRUPT_BUDGET}`);
}

/** The settings for an input of `bytes` (undefined: unknown, such as standard input, which may be large). */
export function forInputOf(bytes: number | undefined): void {
  if (bytes === undefined || bytes >= LARGE_INPUT_BYTES) forLargeInput();
  else forShortRun();
}
