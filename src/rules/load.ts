// Where rule tables come from: the built-in default, or a user's JSON file (validated). The
// schema and its checks are loaded only for a user's file: the default table is part of the
// program, and tests/rules checks that it passes them unchanged.
import { UserError } from '../errors.js';
import { JsonReadError, readJsonFile } from '../io/read-json.js';
import standaard from './standaard-regels.json' with { type: 'json' };
import type { RuleTable } from './schema.js';

/** A rule file that cannot be used (wrong usage); `reasons` are Dutch, one per problem. */
export class RuleFileError extends UserError {
  constructor(
    readonly file: string,
    readonly reasons: string[],
  ) {
    super('gebruik', [`beslisregelbestand ${file} is ongeldig:`], reasons.map((r) => `  - ${r}`));
  }
}

/** The default table (docs/beslisregels.md), shipped with the program: as the schema reads it (tests/rules). */
export const STANDAARD_REGELS = standaard as RuleTable;

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
  return (await import('./parse.js')).parseRuleTable(json, file);
}
