// Reading a JSON file a person or a script made: a size cap (so /dev/zero ends), a depth cap
// (so nothing recurses itself to death), syntax errors in Dutch with line and column instead of
// V8's English, and zod's issues as Dutch reasons with the path where they stand.
import { open } from 'node:fs/promises';
import type * as z from 'zod/mini';
import { pathProblem } from './path-errors.js';

/** The file cannot be used; one Dutch reason per problem. `pathFailed`: the path itself failed (usage), not the content. */
export class JsonReadError extends Error {
  constructor(
    readonly reasons: string[],
    readonly pathFailed = false,
  ) {
    super(reasons.join('; '));
  }
}

export interface JsonLimits {
  maxBytes: number;
  maxDepth: number;
  /** What the file should be, for the message about size: "een tabel met beslisregels". */
  what: string;
}

export async function readJsonFile(file: string, limits: JsonLimits): Promise<unknown> {
  let text: string;
  try {
    text = await readCapped(file, limits);
  } catch (error) {
    if (error instanceof JsonReadError) throw error;
    throw new JsonReadError([pathProblem(error) ?? 'het bestand is niet te lezen'], true);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new JsonReadError([jsonProblem(text, (error as Error).message)]);
  }
  if (depth(json, limits.maxDepth) > limits.maxDepth) throw new JsonReadError([`de gegevens zijn dieper genest dan ${limits.maxDepth} niveaus`]);
  return json;
}

/** Reads the file in chunks, stopping past the cap (never allocating the cap itself). */
async function readCapped(file: string, limits: JsonLimits): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      size += bytesRead;
      if (size > limits.maxBytes) throw new JsonReadError([`het bestand is groter dan ${limits.maxBytes / 1024 / 1024} MB: dit is geen ${limits.what}`]);
    }
    return Buffer.concat(chunks, size).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** How deep objects and arrays nest, without recursion; stops counting past `cap`. */
function depth(value: unknown, cap: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d + 1);
    if (max > cap) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/**
 * Where V8's JSON error points. Most messages say "at position N"; "Unexpected token" gives
 * instead the text around it, cut 10 characters either side ("..." where it was cut).
 */
function errorPosition(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const around = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
  if (!around) return text.length;
  const [, token, cutBefore, snippet, cutAfter] = around;
  const start = cutBefore ? text.indexOf(snippet!) : 0;
  if (start < 0) return text.length;
  if (cutBefore) return start + 10;
  if (cutAfter) return snippet!.length - 10;
  return text.indexOf(token!);
}

/** V8's English JSON error as a Dutch sentence with line and column. */
function jsonProblem(text: string, message: string): string {
  const at = errorPosition(text, message);
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
              ? 'na het einde van de gegevens staat nog iets'
              : `onverwacht teken${ch ? ` "${ch}"` : ''}`;
  return `geen geldige JSON op regel ${line}, kolom ${column}: ${what}`;
}

/** `regels[3].als.een_van[0]`; the whole file is "(bestand)". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(bestand)';
}

const TYPES: Record<string, string> = { string: 'tekst', number: 'een getal', array: 'een lijst', object: 'een object', boolean: 'true of false', int: 'een geheel getal' };

/** Parse with this, so that an issue says what it found (READ_OPTIONS.reportInput): a key that is not there reads as missing. */
export const READ_OPTIONS = { reportInput: true } as const;

/**
 * zod's issues as Dutch reasons, each with its path. `valueHint` says what a wrong value should
 * have been where the schema allows several (a profile 1–4, "ja" or a number …). The issues come
 * from a parse with READ_OPTIONS; zod's own (English) messages are never shown.
 */
export function zodReasons(issues: readonly z.core.$ZodIssue[], valueHint: (path: readonly PropertyKey[]) => string = () => 'ongeldige waarde'): string[] {
  return issues.map((issue) => {
    const i = issue as { code: string; message: string; keys?: string[]; expected?: string; values?: unknown[]; origin?: string; minimum?: number | bigint; maximum?: number | bigint; exact?: boolean; input?: unknown };
    let reason: string;
    switch (i.code) {
      case 'unrecognized_keys':
        reason = `onbekende sleutel(s): ${i.keys?.join(', ')}`;
        break;
      case 'invalid_type':
        // What it found is in the issue (READ_OPTIONS): undefined for a key that is not there at all.
        reason = i.expected === 'undefined' ? 'hoort hier niet' : 'input' in i && i.input === undefined ? `ontbreekt (verwacht ${TYPES[i.expected ?? ''] ?? i.expected})` : `verwacht ${TYPES[i.expected ?? ''] ?? i.expected}`;
        break;
      case 'too_small':
        reason =
          i.origin === 'number' || i.origin === 'int'
            ? `te klein: verwacht ${i.minimum === 0 ? 'een getal van 0 of meer' : `minstens ${String(i.minimum)}`}`
            : i.exact
              ? `verwacht precies ${String(i.minimum)} ${i.origin === 'array' ? 'onderdelen' : 'tekens'}`
              : i.minimum === 1 || i.minimum === undefined
                ? 'mag niet leeg zijn'
                : `verwacht minstens ${String(i.minimum)} ${i.origin === 'array' ? 'onderdelen' : 'tekens'}`;
        break;
      case 'too_big':
        reason =
          i.origin === 'int' && i.maximum === Number.MAX_SAFE_INTEGER
            ? 'te groot: een geheel getal van hoogstens 9007199254740991'
            : i.origin === 'number' || i.origin === 'int'
              ? `te groot: hoogstens ${String(i.maximum)}`
              : `te lang: hoogstens ${String(i.maximum)} ${i.origin === 'array' ? 'onderdelen' : 'tekens'}`;
        break;
      case 'invalid_format':
        reason = 'heeft niet de goede vorm';
        break;
      case 'invalid_union':
      case 'invalid_value':
        reason = i.values?.length === 1 ? `moet ${JSON.stringify(i.values[0])} zijn` : valueHint(issue.path);
        break;
      default:
        // Our own checks speak Dutch; zod's other messages do not.
        reason = i.code === 'custom' ? i.message : 'ongeldige waarde';
    }
    return `${formatPath(issue.path)}: ${reason}`;
  });
}
