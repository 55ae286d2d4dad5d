// The side inputs some commands read besides an export, with their exit codes: last run's count
// (recount compares with it; trek and plan take its profile shares), the population of
// --populatie, and the seed of a draw. Last run's count is the JSON of `profiel classify --format
// json`, read with the contract's lenient schema; a path that cannot be opened is wrong usage
// (exit 2), a file that is there but damaged bad input (exit 1). Loaded by the actions that need it.
import { randomInt } from 'node:crypto';
import { UserError } from '../errors.js';
import { previousCountSchema, type PreviousCount } from '../estimate/contract.js';
import { loadPopulation, SCREENING_2018, type Population } from '../estimate/population.js';
import { JsonReadError, readJsonFile, zodReasons } from '../io/read-json.js';
import { problemsError } from '../render/problems.js';
import type { Toewijzing } from '../sampling/allocation.js';
import { drawRecordSchema, type DrawRecord } from '../sampling/record.js';
import { sharesFrom, WORST_CASE, type ExpectedShares } from '../sampling/shares.js';
import { tell, usage } from './common.js';

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

/** The profile shares a draw or a plan expects: last run's (--vorige), or the worst case. Neyman needs last run's. */
export async function readExpectedShares(vorige: string | undefined, toewijzing: Toewijzing): Promise<ExpectedShares> {
  if (toewijzing === 'neyman' && !vorige) throw usage('--toewijzing neyman heeft --vorige <telling.json> nodig: de spreiding van de profielen per stratum');
  return vorige ? sharesFrom(await readPrevious(vorige), vorige) : WORST_CASE;
}

/** The population of --populatie (its problems: exit 1), or the screening of 2018. */
export async function readPopulation(file: string | undefined): Promise<Population> {
  if (!file) return SCREENING_2018;
  const loaded = await loadPopulation(file);
  if (!loaded.population) throw problemsError(loaded.problems);
  return loaded.population;
}

/** The seed given, or one chosen now and said, so that the run can be repeated. */
export function seedFor(given: number | undefined, what: string): number {
  if (given !== undefined) return given;
  const zaad = randomInt(1, 2 ** 32);
  tell(`zaad ${zaad} gekozen: geef --zaad ${zaad} om precies ${what} te herhalen`);
  return zaad;
}

/** The record of an earlier draw (trek --vervolg): a path that cannot be opened is usage, a file that is not such a record bad input. */
export async function readDrawRecord(file: string): Promise<DrawRecord> {
  const refused = (reasons: string[]) =>
    new UserError('invoer', [`${file} is niet de verantwoording van een trekking die voort te zetten is:`], [...reasons.map((r) => `  - ${r}`), 'Gebruik het bestand …-trekking.json dat profiel trek naast de steekproef schreef.']);
  let json: unknown;
  try {
    json = await readJsonFile(file, { maxBytes: 64 * 1024 * 1024, maxDepth: 8, wat: 'verantwoording van een trekking' });
  } catch (error) {
    if (!(error instanceof JsonReadError)) throw error;
    if (error.opPad) throw usage(`--vervolg ${file}: ${error.reasons[0]}`);
    throw refused(error.reasons);
  }
  const record = json as { soort?: unknown; getrokken?: unknown; zaad?: unknown } | null;
  if (record?.soort === 'trekking' && record.getrokken === undefined) {
    throw refused([
      `gemaakt door een eerdere versie van profiel, die de getrokken dossiers niet noemde. Trek de eerste partij opnieuw met dezelfde lijst, dezelfde instellingen en --zaad ${String(record.zaad)}: dat geeft dezelfde dossiers, met een verantwoording die voort te zetten is`,
    ]);
  }
  const parsed = drawRecordSchema.safeParse(json);
  if (!parsed.success) throw refused(zodReasons(parsed.error.issues.slice(0, 10)));
  return parsed.data;
}
