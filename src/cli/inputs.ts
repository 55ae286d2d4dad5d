// The side inputs some commands read besides an export, with their exit codes: last run's count
// (recount and verloop compare with it; trek and plan take its profile shares), the record of an
// earlier draw, and the seed of a draw (the population: cli/population). Last run's count is the JSON of `profiel classify --format
// json`, read with the contract's lenient schema; a path that cannot be opened is wrong usage
// (exit 2), a file that is there but damaged bad input (exit 1). Loaded by the actions that need it.
import { randomInt } from 'node:crypto';
import { UserError } from '../errors.js';
import { previousCountSchema, previousDossier, type PreviousCount } from '../estimate/contract.js';
import { PreviousDossiersBuilder, type PreviousDossiers } from '../estimate/previous-dossiers.js';
import { JsonReadError, READ_OPTIONS, readJsonFile, zodReasons } from '../io/read-json.js';
import { streamJsonFile } from '../io/read-json-stream.js';
import type { Toewijzing } from '../sampling/allocation.js';
import { drawRecordSchema, type DrawRecord } from '../sampling/record.js';
import { sharesFrom, WORST_CASE, type ExpectedShares } from '../sampling/shares.js';
import { tell, usage } from './common.js';

/** Last month's count, and (when it has its list and `withDossiers` asks) its dossiers. */
export interface PreviousReading {
  count: PreviousCount;
  dossiers?: PreviousDossiers;
}

/**
 * Last month's count: the JSON of classify --format json, of any size. It is streamed: the figures
 * are kept, the dossier list (with `withDossiers`) goes into a compact shared list, else it is skipped.
 */
export async function readPrevious(file: string, withDossiers = false, option = '--vorige'): Promise<PreviousReading> {
  const damaged = (reasons: string[]) => new UserError('invoer', [`de vorige telling ${file} is niet te gebruiken:`], [...reasons.map((r) => `  - ${r}`), 'Gebruik de uitvoer van profiel classify --format json van vorige keer (voor recount met --dossiers).']);
  const reasons: string[] = [];
  let builder: PreviousDossiersBuilder | undefined;
  let kept: Record<string, unknown>;
  const onDossier = (item: unknown, index: number, before: Readonly<Record<string, unknown>>) => {
    if (reasons.length >= 10) return;
    const parsed = previousDossier.safeParse(item, READ_OPTIONS);
    if (!parsed.success) reasons.push(...zodReasons(parsed.error.issues.slice(0, 3).map((issue) => ({ ...issue, path: ['dossiers', index, ...issue.path] }))));
    else (builder ??= new PreviousDossiersBuilder(expectedDossiers(before))).add(parsed.data);
  };
  try {
    kept = await streamJsonFile(file, { keys: PREVIOUS_KEYS, items: { dossiers: withDossiers ? onDossier : () => undefined }, maxDepth: 16 });
  } catch (error) {
    if (!(error instanceof JsonReadError)) throw error;
    // A path that cannot be opened is wrong usage; a file that is there but damaged is bad input.
    if (error.pathFailed) throw usage(`${option} ${file}: ${error.reasons[0]}`);
    throw damaged(error.reasons);
  }
  const other = otherKind(kept);
  if (other) throw damaged([`dit is ${other}, geen telling van profiel classify --format json`]);
  if (kept.versie !== 1) {
    throw damaged([
      kept.versie === undefined
        ? 'er staat geen "versie" in: dit is geen telling van profiel classify --format json'
        : typeof kept.versie === 'number'
          ? `versie ${kept.versie}: deze profiel leest versie 1`
          : `versie ${JSON.stringify(kept.versie)} is geen getal: een telling heeft "versie": 1`,
    ]);
  }
  const parsed = previousCountSchema.safeParse(kept, READ_OPTIONS);
  if (!parsed.success) throw damaged(zodReasons(parsed.error.issues.slice(0, 10)));
  if (reasons.length) throw damaged(reasons.slice(0, 10));
  if (!builder) return { count: parsed.data };
  const { dossiers, duplicates } = builder.seal();
  const count = parsed.data;
  if (duplicates.length) throw damaged([`dossiers: dossier_id ${duplicates.slice(0, 3).map((id) => `"${id}"`).join(', ')} staat er meer dan eens in`]);
  if (dossiers.size !== count.invoer.dossiers) throw damaged([`dossiers: de lijst heeft ${dossiers.size} dossiers, invoer.dossiers zegt ${count.invoer.dossiers}`]);
  return { count, dossiers };
}

/** The figures of a previous count: every key of its schema but the dossier list, which streams; and what tells another file of profiel. */
const PREVIOUS_KEYS = [...Object.keys(previousCountSchema.shape).filter((k) => k !== 'dossiers'), 'soort', 'vergeleken_als'];

/** Another JSON profiel writes, by what marks it: said as such rather than as a damaged count. */
function otherKind(kept: Readonly<Record<string, unknown>>): string | undefined {
  const KINDS: Record<string, string> = {
    trekking: 'de verantwoording van een trekking (profiel trek)',
    plan: 'een steekproefplan (profiel plan)',
    pilot: 'een pilotgroep (profiel selecteer)',
    verloop: 'een verloop (profiel verloop)',
  };
  if (typeof kept.soort === 'string') return KINDS[kept.soort] ?? `een bestand van soort "${kept.soort}"`;
  if (kept.vergeleken_als !== undefined) return 'een hertelling (profiel recount)';
  return undefined;
}

/** The dossiers the count says it has (read before its list), to size the list once. */
const expectedDossiers = (kept: Readonly<Record<string, unknown>>) => {
  const n = (kept.invoer as { dossiers?: unknown } | undefined)?.dossiers;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
};

/** The profile shares a draw or a plan expects: last run's (--vorige), or the worst case. Neyman needs last run's. */
export async function readExpectedShares(vorige: string | undefined, toewijzing: Toewijzing): Promise<ExpectedShares> {
  if (toewijzing === 'neyman' && !vorige) throw usage('--toewijzing neyman heeft --vorige <telling.json> nodig: de spreiding van de profielen per stratum');
  return vorige ? sharesFrom((await readPrevious(vorige)).count, vorige) : WORST_CASE;
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
    json = await readJsonFile(file, { maxBytes: 64 * 1024 * 1024, maxDepth: 8, what: 'verantwoording van een trekking' });
  } catch (error) {
    if (!(error instanceof JsonReadError)) throw error;
    if (error.pathFailed) throw usage(`--vervolg ${file}: ${error.reasons[0]}`);
    throw refused(error.reasons);
  }
  const record = json as { soort?: unknown; getrokken?: unknown; zaad?: unknown } | null;
  if (record?.soort === 'trekking' && record.getrokken === undefined) {
    throw refused([
      `gemaakt door een eerdere versie van profiel, die de getrokken dossiers niet noemde. Trek de eerste partij opnieuw met dezelfde lijst, dezelfde instellingen en --zaad ${String(record.zaad)}: dat geeft dezelfde dossiers, met een verantwoording die voort te zetten is`,
    ]);
  }
  const parsed = drawRecordSchema.safeParse(json, READ_OPTIONS);
  if (!parsed.success) throw refused(zodReasons(parsed.error.issues.slice(0, 10)));
  return parsed.data;
}
