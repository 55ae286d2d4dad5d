// A rule table read from a user's JSON: its shape checked by the zod schema, its meaning (fields,
// values, definitions) by checkRuleTable; every problem a Dutch reason of one RuleFileError.
// Loaded only when a rule file is given (rules/load).
import { READ_OPTIONS, zodReasons } from '../io/read-json.js';
import { RuleFileError } from './load.js';
import { checkRuleTable, ruleTableSchema, type RuleTable } from './schema.js';

export function parseRuleTable(json: unknown, file: string): RuleTable {
  const parsed = ruleTableSchema.safeParse(json, READ_OPTIONS);
  if (!parsed.success) {
    throw new RuleFileError(file, zodReasons(parsed.error.issues, valueHint));
  }
  const reasons = checkRuleTable(parsed.data);
  if (reasons.length) throw new RuleFileError(file, reasons);
  return parsed.data;
}

/** Which value a union wanted depends on where it stands: a profile, or a value to compare with. */
const valueHint = (path: readonly PropertyKey[]) =>
  path.includes('profiel') || path.includes('bij_profiel') ? 'ongeldige waarde (profiel is 1, 2, 3 of 4)' : 'ongeldige waarde: verwacht tekst (bijvoorbeeld "ja") of een getal';
