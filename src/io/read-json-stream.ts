// Reading a large JSON file a program wrote (last month's count with a million dossiers) without
// holding it: the top-level keys asked for are kept whole, the items of the top-level arrays
// named in `items` are handed on one by one and dropped, and everything else is skipped as it
// streams by. Errors as io/read-json gives them: Dutch, with line and column; a depth cap.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';
import { JsonReadError } from './read-json.js';
import { pathProblem } from './path-errors.js';
import { forInputOf } from './engine-settings.js';

export interface JsonStreamSpec {
  /** Top-level keys kept whole. */
  keys: readonly string[];
  /** Top-level arrays whose items are handed on one at a time (and never kept), with the kept keys read so far. */
  items?: Record<string, (item: unknown, index: number, kept: Readonly<Record<string, unknown>>) => void>;
  /** How deep objects and arrays may nest. */
  maxDepth: number;
}

/** As read-table's reads: chunks that wait for a collection add up to less. */
const CHUNK = 16 * 1024;
const BOM = [0xef, 0xbb, 0xbf];

/** The top-level object's kept keys; throws JsonReadError (pathFailed: the path itself failed). */
export async function streamJsonFile(file: string, spec: JsonStreamSpec): Promise<Record<string, unknown>> {
  const items = spec.items ?? {};
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: [...spec.keys.map((k) => `$.${k}`), ...Object.keys(items).map((k) => `$.${k}.*`)], keepStack: false });
  const kept: Record<string, unknown> = {};
  let failure: { offset: number; reason: string } | undefined;
  /** Where the last token began, and how many bytes the tokenizer has had. */
  let offset = 0;
  let read = 0;
  /** The containers the tokens are in: true for an object, false for an array. */
  const open: boolean[] = [];
  let first = true;
  const fail = (at: number, reason: string) => {
    failure ??= { offset: at, reason };
  };

  tokenizer.onToken = (t) => {
    if (failure) return;
    offset = t.offset;
    if (first && t.token !== TokenType.LEFT_BRACE) return fail(t.offset, 'NOT_OBJECT');
    first = false;
    parser.write(t);
    if (t.token === TokenType.LEFT_BRACE || t.token === TokenType.LEFT_BRACKET) {
      if (open.push(t.token === TokenType.LEFT_BRACE) > spec.maxDepth) fail(t.offset, `de gegevens zijn dieper genest dan ${spec.maxDepth} niveaus`);
    } else if (t.token === TokenType.RIGHT_BRACE || t.token === TokenType.RIGHT_BRACKET) open.pop();
  };
  tokenizer.onError = (error) => fail(absolutePosition(error.message) ?? offset, tokenizerReason(error.message));
  tokenizer.onEnd = () => {
    if (!parser.isEnded) parser.end();
  };
  // A file that stops too soon is pointed at where it stops.
  parser.onError = (error) => fail(/ended in mid-parsing/.test(error.message) ? read : offset, parserReason(error.message, open.at(-1) ?? true));
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1) kept[key as string] = value;
    else if (stack.length === 2) items[stack[1]!.key as string]?.(value, key as number, kept);
  };

  let stream;
  /** Bytes before what the tokenizer sees: a byte-order mark (Windows editors write one), which is not JSON. */
  let skipped = 0;
  try {
    forInputOf((await stat(file).catch(() => undefined))?.size);
    stream = createReadStream(file, { highWaterMark: CHUNK });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes = chunk;
      if (first && offset === 0 && skipped === 0 && BOM.every((b, i) => bytes[i] === b)) {
        bytes = bytes.subarray(BOM.length);
        skipped = BOM.length;
      }
      read += bytes.length;
      tokenizer.write(bytes);
      if (failure) break;
    }
    if (!failure) {
      // A number at the top level only ends with the input: end first, then see what came.
      tokenizer.end();
      if (first) fail(0, 'het bestand is leeg');
      else if (!parser.isEnded) fail(read, 'END');
    }
  } catch (error) {
    throw new JsonReadError([pathProblem(error) ?? 'het bestand is niet te lezen'], pathProblem(error) !== undefined);
  } finally {
    stream?.destroy();
  }
  if (failure) {
    if (failure.reason === 'NOT_OBJECT') throw new JsonReadError(['(bestand): verwacht een object']);
    const reason = failure.reason === 'END' ? 'het bestand houdt midden in op (een } of ] ontbreekt)' : failure.reason;
    if (/^de gegevens zijn dieper|^het bestand is leeg/.test(reason)) throw new JsonReadError([reason]);
    const { line, column } = await lineAndColumn(file, failure.offset + skipped);
    throw new JsonReadError([`geen geldige JSON op regel ${line}, kolom ${column}: ${reason}`]);
  }
  return kept;
}

/** The tokenizer says where, in bytes from the start of the stream. */
function absolutePosition(message: string): number | undefined {
  const m = /absolute position "(\d+)"/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** What the tokenizer's English says, in Dutch. */
function tokenizerReason(message: string): string {
  if (/ended in the middle|Unexpected end/i.test(message)) return 'het bestand houdt midden in op (een } of ] ontbreekt)';
  const ch = /^Unexpected "([\s\S])"/.exec(message)?.[1];
  if (ch !== undefined && /[\u0000-\u001f]/.test(ch)) return 'een regeleinde of tab binnen een tekst tussen aanhalingstekens';
  if (/in state START/.test(message)) return 'na het einde van de gegevens staat nog iets';
  return ch === undefined ? 'onverwacht teken' : `onverwacht teken "${ch}"`;
}

/** What the token parser's English says, in Dutch; `inObject`: whether the token stood in an object (else an array). */
function parserReason(message: string, inObject: boolean): string {
  if (/ended in mid-parsing/i.test(message)) return 'het bestand houdt midden in op (een } of ] ontbreekt)';
  if (/in state ENDED/.test(message)) return 'na het einde van de gegevens staat nog iets';
  if (/in state KEY/.test(message)) return 'hier hoort een naam tussen dubbele aanhalingstekens (of er staat een komma te veel)';
  if (/in state COMMA/.test(message)) return inObject ? 'hier hoort een komma of }' : 'hier hoort een komma of ]';
  if (/in state COLON/.test(message)) return 'hier hoort een dubbele punt';
  if (/in state VALUE/.test(message)) return 'hier hoort een waarde (of er staat een komma te veel)';
  return 'onverwacht teken';
}

/** Line and column (in characters) of a byte offset: only on the error path, so the file is read again up to it. */
async function lineAndColumn(file: string, at: number): Promise<{ line: number; column: number }> {
  const handle = await open(file, 'r');
  try {
    let line = 1;
    let lineStart: Buffer[] = [];
    const buffer = Buffer.alloc(CHUNK);
    for (let position = 0; position < at; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, at - position), position);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      let last = -1;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) {
        line++;
        last = i;
      }
      lineStart = last >= 0 ? [Buffer.from(chunk.subarray(last + 1))] : [...lineStart, Buffer.from(chunk)];
      position += bytesRead;
    }
    const before = Buffer.concat(lineStart).toString('utf8').replace(/^\uFEFF/, '');
    return { line, column: [...before].length + 1 };
  } finally {
    await handle.close();
  }
}
