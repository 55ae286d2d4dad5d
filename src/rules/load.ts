// Where rule tables come from: the built-in default, or a user's JSON file (validated).
import { UserError } from '../errors.js';
import { JsonReadError, readJsonFile, zodReasons } from '../io/read-json.js';
import standaard from './standaard-regels.json' with { type: 'json' };
import { checkRuleTable, ruleTableSchema, type RuleTable } from './schema.js';

/** A rule file that cannot be used (wrong usage); `reasons` are Dutch, one per problem. */
export class RuleFileError extends UserError {
  constructor(
    readonly file: string,
    readonly reasons: string[],
  ) {
    super('gebruik', [`beslisregelbestand ${file} is ongeldig:`], reasons.map((r) => `  - ${r}`));
  }
}

export function parseRuleTable(json: unknown, file: string): RuleTable {
  const parsed = ruleTableSchema.safeParse(json);
  if (!parsed.success) {
    throw new RuleFileError(file, zodReasons(parsed.error.issues, valueHint));
  }
  const reasons = checkRuleTable(parsed.data);
  if (reasons.length) throw new RuleFileError(file, reasons);
  return parsed.data;
}

/** The default table (docs/beslisregels.md), shipped with the program. */
export const STANDAARD_REGELS: RuleTable = parseRuleTable(standaard, 'standaard-regels.json');

/** A rule table is small; more than this is not one (and /dev/zero would never end). */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
/** Deeper nesting than this is no rule a person wrote (and would exhaust the stack). */
export const MAX_RULE_DEPTH = 64;

export async function loadRuleTable(file?: string): Promise<RuleTable> {
  if (!file) return STANDAARD_REGELS;
  let json: unknown;
  try {
    json = await readJsonFile(file, { maxBytes: MAX_RULE_FILE_BYTES, maxDepth: MAX_RULE_DEPTH, what: 'tabel met beslisregels' });
  } catch (error) {
    if (error instanceof JsonReadError) throw new RuleFileError(file, error.reasons);
    throw error;
  }
  return parseRuleTable(json, file);
}

/** Which value a union wanted depends on where it stands: a profile, or a value to compare with. */
const valueHint = (path: readonly PropertyKey[]) =>
  path.includes('profiel') || path.includes('bij_profiel') ? 'ongeldige waarde (profiel is 1, 2, 3 of 4)' : 'ongeldige waarde: verwacht tekst (bijvoorbeeld "ja") of een getal';
