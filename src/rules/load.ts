// Where rule tables come from: the built-in default, or a user's JSON file (validated).
import { open } from 'node:fs/promises';
import { pathProblem } from '../io/read-table.js';
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

/** A rule table is small; more than this is not one (and /dev/zero would never end). */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
/** Deeper nesting than this is no rule a person wrote (and would exhaust the stack). */
export const MAX_RULE_DEPTH = 64;

export async function loadRuleTable(file?: string): Promise<RuleTable> {
  if (!file) return STANDAARD_REGELS;
  let text: string;
  try {
    text = await readCapped(file, MAX_RULE_FILE_BYTES);
  } catch (error) {
    if (error instanceof RuleFileError) throw error;
    throw new RuleFileError(file, [pathProblem(error) ?? 'het bestand is niet te lezen']);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RuleFileError(file, [jsonProblem(text, (error as Error).message)]);
  }
  if (depth(json) > MAX_RULE_DEPTH) throw new RuleFileError(file, [`de voorwaarden zijn dieper genest dan ${MAX_RULE_DEPTH} niveaus`]);
  return parseRuleTable(json, file);
}

async function readCapped(file: string, max: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(max + 1);
    let size = 0;
    for (let n = 1; n > 0 && size <= max; size += n) ({ bytesRead: n } = await handle.read(buffer, size, buffer.length - size));
    if (size > max) throw new RuleFileError(file, [`het bestand is groter dan ${max / 1024 / 1024} MB: dit is geen tabel met beslisregels`]);
    return buffer.subarray(0, size).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** How deep objects and arrays nest, without recursion. */
function depth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d + 1);
    if (max > MAX_RULE_DEPTH) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** V8's English JSON error as a Dutch sentence with line and column. */
function jsonProblem(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : text.length;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const ch = text[at];
  const what = /Unexpected end of JSON input/.test(message)
    ? 'het bestand houdt midden in op (een } of ] ontbreekt)'
    : /Expected double-quoted property name/.test(message)
      ? 'hier hoort een naam tussen dubbele aanhalingstekens (of er staat een komma te veel)'
      : /Expected ',' or '}'/.test(message)
        ? 'hier hoort een komma of }'
        : /Expected ',' or '\]'/.test(message)
          ? 'hier hoort een komma of ]'
          : /Bad control character/.test(message)
            ? 'een regeleinde of tab binnen een tekst tussen aanhalingstekens'
            : /non-whitespace character after JSON/.test(message)
              ? 'na het einde van de tabel staat nog iets'
              : `onverwacht teken${ch ? ` "${ch}"` : ''}`;
  return `geen geldige JSON op regel ${line}, kolom ${column}: ${what}`;
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
