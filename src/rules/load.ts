// Where rule tables come from: the built-in default, or a user's JSON file (validated).
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
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
    throw new RuleFileError(
      file,
      parsed.error.issues.map((i) => `${formatPath(i.path)}: ${dutchIssue(i, i.path)}`),
    );
  }
  const reasons = checkRuleTable(parsed.data);
  if (reasons.length) throw new RuleFileError(file, reasons);
  return parsed.data;
}

/** The default table of domain.md, shipped with the program. */
export const STANDAARD_REGELS: RuleTable = parseRuleTable(standaard, 'standaard-regels.json');

export async function loadRuleTable(file?: string): Promise<RuleTable> {
  if (!file) return STANDAARD_REGELS;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new RuleFileError(file, ['het bestand bestaat niet of is niet leesbaar']);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RuleFileError(file, [`geen geldige JSON: ${(error as Error).message}`]);
  }
  return parseRuleTable(json, file);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(bestand)';
}

function dutchIssue(issue: { code: string; message: string; keys?: string[]; expected?: string }, path: readonly PropertyKey[]): string {
  // Which value a union wanted depends on where it stands: a profile, or a value to compare with.
  const isProfile = path.includes('profiel') || path.includes('bij_profiel');
  switch (issue.code) {
    case 'unrecognized_keys':
      return `onbekende sleutel(s): ${issue.keys?.join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'undefined' ? 'hoort hier niet' : `verwacht ${dutchType(issue.expected)}`;
    case 'too_small':
      return 'mag niet leeg zijn';
    case 'invalid_union':
    case 'invalid_value':
      return isProfile ? 'ongeldige waarde (profiel is 1, 2, 3 of 4)' : 'ongeldige waarde: verwacht tekst (bijvoorbeeld "ja") of een getal';
    default:
      return issue.message;
  }
}

function dutchType(t: string | undefined): string {
  const names: Record<string, string> = { string: 'tekst', number: 'een getal', array: 'een lijst', object: 'een object', boolean: 'true of false' };
  return (t && names[t]) ?? t ?? 'iets anders';
}
