// A worker of count-export: reads and counts its part of the file and sends back the counts, the
// reading (problems, privacy findings) and the hashes of its ids, which the main thread compares
// with its own.
// First: this isolate's configuration has just reset V8's young-generation growth (young-generation.ts).
import './young-generation.js';
import { parentPort } from 'node:worker_threads';
import { HashedIds } from '../dossier/load.js';
import type { TableRange } from '../io/read-table.js';
import { countPart, type CountJob, type PartResult } from './count-export.js';

// Started before the rules are read and the file is split: the job and its part come when they are known.
parentPort!.once('message', async ({ job, range }: { job: CountJob; range: TableRange }) => {
  const ids = new HashedIds();
  const { tally, reading } = await countPart(job, { range, ids, onProgress: (line) => parentPort!.postMessage({ progress: line }) });
  const done: PartResult = { reading, tally: tally?.counts(), ids: ids.hashes.sorted() };
  // The hashes are moved, not copied: this thread is done with them.
  parentPort!.postMessage({ done }, [done.ids.buffer as ArrayBuffer]);
});
