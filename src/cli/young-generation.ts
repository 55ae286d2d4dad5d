// The young generation is kept at the size it starts with while an export is counted, instead
// of doubling as the rows stream through: a row's garbage dies at once, so a larger one buys
// memory (about 30 MB at 300 k rows with two threads, measured in docs/performance.md), not
// speed. V8 reads --semi-space-growth-factor each time a young generation would grow, so it can
// be set while running; but configuring a new isolate (a worker's) puts it back to 2, so a
// worker sets it again first thing (count-worker imports this module before anything else), and
// bin/profiel imports it before the program loads. Counting sets the default back when it is done.
// Node warns that a flag changed while running may do nothing; if a later V8 ignores this one, only
// the memory changes (npm run bench shows it), never a result.
import { setFlagsFromString } from 'node:v8';

export const keepYoungGenerationSmall = () => setFlagsFromString('--semi-space-growth-factor=1');
export const letYoungGenerationGrow = () => setFlagsFromString('--semi-space-growth-factor=2');

keepYoungGenerationSmall();
