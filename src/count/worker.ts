// The worker of the two-thread count (count/two-threads): reads and counts its part of the file
// and sends back the counts, the reading (problems, privacy findings) and the hashes of its ids,
// which the main thread compares with its own.
// First (modules are evaluated in import order): the young generation.
import './worker-start.js';
import { parentPort, workerData } from 'node:worker_threads';
import type { TableRange } from '../io/read-table.js';
import { HashedIds } from '../dossier/load.js';
import { countPart, type CountJob, type PartResult } from './part.js';

const { job } = workerData as { job: CountJob };
// Started before the file is split: the part comes when it is known.
parentPort!.once('message', async ({ range }: { range: TableRange }) => {
  const ids = new HashedIds();
  const { tally, reading } = await countPart(job, { range, ids, onProgress: (line) => parentPort!.postMessage({ progress: line }) });
  const done: PartResult = { reading, tally: tally?.counts(), ids: ids.hashes.sorted() };
  // The hashes are moved, not copied: this thread is done with them.
  parentPort!.postMessage({ done }, [done.ids.buffer as ArrayBuffer]);
});
