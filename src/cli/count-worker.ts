// The second thread of count-export: reads and counts its part of the file and sends back the
// counts, the reading (problems, privacy findings) and the ids for the first thread to check.
import { parentPort, workerData } from 'node:worker_threads';
import { IdList } from '../dossier/load.js';
import type { TableRange } from '../io/read-table.js';
import { countPart, type CountJob, type PartResult } from './count-export.js';

const { job, range } = workerData as { job: CountJob; range: TableRange };
const ids = new IdList();
const { tally, reading } = await countPart(job, { range, ids, onProgress: (line) => parentPort!.postMessage({ progress: line }) });
const done: PartResult = { reading, tally: tally?.counts(), ids: ids.packed() };
parentPort!.postMessage({ done });
