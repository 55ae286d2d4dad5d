// Last run's count, read back (recount compares with it; trek and plan take its profile
// shares): the JSON of `profiel classify --format json`, read with the contract's lenient schema.
// A path that cannot be opened is wrong usage (exit 2); a file that is there but damaged is bad
// input (exit 1). Loaded by the actions that need it.
import { UserError } from '../errors.js';
import { previousCountSchema, type PreviousCount } from '../estimate/contract.js';
import { JsonReadError, readJsonFile, zodReasons } from '../io/read-json.js';
import { usage } from './common.js';

/** Last month's count: a JSON file of at most 256 MB (a million dossiers), version 1. */
export async function readPrevious(file: string, option = '--vorige'): Promise<PreviousCount> {
  const damaged = (reasons: string[]) => new UserError('invoer', [`de vorige telling ${file} is niet te gebruiken:`], [...reasons.map((r) => `  - ${r}`), 'Gebruik de uitvoer van profiel classify --format json van vorige keer (voor recount met --dossiers).']);
  let json: unknown;
  try {
    json = await readJsonFile(file, { maxBytes: 256 * 1024 * 1024, maxDepth: 16, wat: 'telling van profiel' });
  } catch (error) {
    if (!(error instanceof JsonReadError)) throw error;
    // A path that cannot be opened is wrong usage; a file that is there but damaged is bad input.
    if (error.opPad) throw usage(`${option} ${file}: ${error.reasons[0]}`);
    throw damaged(error.reasons);
  }
  const versie = (json as { versie?: unknown } | null)?.versie;
  if (json !== null && typeof json === 'object' && versie !== 1) {
    throw damaged([versie === undefined ? 'er staat geen "versie" in: dit is geen telling van profiel classify --format json' : `versie ${JSON.stringify(versie)}: deze profiel leest versie 1`]);
  }
  const parsed = previousCountSchema.safeParse(json);
  if (!parsed.success) throw damaged(zodReasons(parsed.error.issues.slice(0, 10)));
  return parsed.data;
}
