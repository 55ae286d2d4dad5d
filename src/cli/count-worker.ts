// A worker of count-export: reads and counts its part of the file and sends back the counts, the
// reading (problems, privacy findings) and the ids, which the main thread checks over both parts.
// First: this isolate's configuration has just reset V8's young-generation growth (young-generation.ts).
import './young-generation.js';
import { parentPort, workerData } from 'node:worker_threads';
import { IdList, transferListOf } from '../dossier/load.js';
import type { TableRange } from '../io/read-table.js';
import { countPart, type CountJob, type PartResult } from './count-export.js';

const { job } = workerData as { job: CountJob };
// Started before the file is split: the part comes when it is known.
parentPort!.once('message', async ({ range }: { range: TableRange }) => {
  const ids = new IdList();
  const { tally, reading } = await countPart(job, { range, ids, onProgress: (line) => parentPort!.postMessage({ progress: line }) });
  const done: PartResult = { reading, tally: tally?.counts(), ids: ids.packed() };
  // The ids are moved, not copied: this thread is done with them.
  parentPort!.postMessage({ done }, transferListOf(done.ids));
});
