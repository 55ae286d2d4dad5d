// The young generation is kept at the size it starts with, instead of doubling as the rows stream
// through: a row's garbage dies at once, so a larger one mostly costs memory (about 30 MB at 300 k
// rows with two threads, and some 15 MB while the output of a million rows is written; measured
// in docs/performance.md). It does cost the main thread collector time while counting (three times
// the worker's, whose young generation is set larger), which the engine's unequal split
// (count/index) makes up for; a report's charts and workbook measured no slower.
// V8 reads --semi-space-growth-factor each time a young generation would grow, so it can be set
// while running; but configuring a new isolate (a worker's) puts it back to 2. So bin/profiel
// imports this module before the program loads, a worker imports it first thing (count/worker),
// and countExport sets it again once its worker has started. This is the one place it is set. Node warns that a flag changed while
// running may do nothing; if a later V8 ignores this one, only the memory changes (npm run bench
// shows it), never a result.
import { setFlagsFromString } from 'node:v8';

export const keepYoungGenerationSmall = () => setFlagsFromString('--semi-space-growth-factor=1');

keepYoungGenerationSmall();
