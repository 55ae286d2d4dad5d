// The one place where delimited text files are read. Everything above this module sees
// records of strings with exact line numbers; encoding, delimiter, line ends and quoting
// stop here.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { UserError } from '../errors.js';
import { EncodingError, StrictDecoder, type Encoding } from './decode.js';
import { isMachineProblem, pathProblem } from './path-errors.js';
import { forInputOf } from './engine-settings.js';

export type Delimiter = ',' | ';' | '\t';
export type { Encoding };

export interface TableRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export interface TableInfo {
  /** Path as given, or `-` for standard input. */
  source: string;
  header: string[];
  /** Set when the file is not valid CSV from this line on; records after it were not read. */
  syntaxError?: { line: number; message: string };
  delimiter: Delimiter;
  encoding: Encoding;
  sha256: string;
  bytes: number;
}

/** The file could not be opened: wrong usage rather than bad content (or the machine failed reading it). */
export class SourceNotFoundError extends UserError {
  constructor(readonly source: string, cause: unknown) {
    super(isMachineProblem(cause) ? 'omgeving' : 'gebruik', [`${source}: ${pathProblem(cause) ?? 'niet te lezen'}`], [], { cause });
  }
}

export const STDIN = '-';

/** The file changed while it was read: its rows and its SHA-256 would not belong together. Bad input (exit 1). */
export class FileChangedError extends UserError {
  constructor(source: string, before: number, after: number | undefined) {
    super('invoer', [`${source}: het bestand veranderde tijdens het lezen (${before} → ${after ?? 'weg'} bytes); er is niets geschreven`], ['Lees het opnieuw als het helemaal geschreven is.']);
  }
}

/** Longest header line and longest record the reader accepts (an endless input stops here). */
export const MAX_LINE_BYTES = 1024 * 1024;

/**
 * Reads of 16 KiB: no slower than larger ones, and the chunks that wait for a collection to be
 * freed (outside V8's heap, so its young generation does not count them) add up to less: 1 M rows
 * peaked at 126 MB with 16 KiB against 166–198 MB with 64 KiB (docs/performance.md).
 */
const READ_BYTES = 16 * 1024;

/**
 * A part of a file to read as if it were the file: from byte `start` to `end`, its first record
 * on line `firstLine`, under the file's header line (the bytes of line 1, which a part after the
 * first does not hold). A part after the first must be UTF-8 (count/segments).
 */
export interface TableRange {
  start: number;
  end: number;
  firstLine: number;
  header: Buffer;
  /** The hash of the whole file, which the caller goes on with after this part: its bytes go in as they are read. */
  hash?: Hash;
}

export interface TableHandlers {
  onHeader(header: string[]): void;
  onRecord(record: TableRecord): void;
  /** Every PROGRESS_RECORDS records: the line read up to. */
  onProgress?(line: number): void;
}

const PROGRESS_RECORDS = 8192;

/**
 * Streams a delimited file: every data record goes to `onRecord` as soon as it is parsed,
 * so the file itself is never held in memory. Empty lines are skipped (their lines still count).
 */
export async function readTable(source: string, handlers: TableHandlers, input?: Readable, range?: TableRange): Promise<TableInfo> {
  // A file written while it is read (an export still being made) is counted in part: refused.
  const before = input || source === STDIN ? undefined : await stat(source).catch(() => undefined);
  // Standard input may be large; an input given as a stream (a test) is not.
  if (!input) forInputOf(before?.size);
  const stream =
    input ??
    (source === STDIN ? process.stdin : createReadStream(source, { highWaterMark: READ_BYTES, ...(range && { start: range.start, end: range.end - 1 }) }));
  // A part's own hash would be no one's: the caller hashes the whole file, with this part's bytes if it asks.
  const hash = range ? range.hash : createHash('sha256');
  const decoder = new StrictDecoder(range && range.start > 0 ? 'utf-8' : undefined);
  const lines = new LineEndNormaliser();
  let bytes = 0;
  let header: string[] | undefined;
  let delimiter: Delimiter = ',';
  let beforeParser: Buffer | string = '';
  let parser: ReturnType<typeof parse> | undefined;
  let nextLine = 1;
  let records = 0;
  /** Whether a quote has reached the parser: only a quoted field can hold a line end. */
  let quoted = false;
  let failure: TableInfo['syntaxError'];
  let parserDone: Promise<void> | undefined;

  const startParser = (text: Buffer | string) => {
    delimiter = detectDelimiter(firstLine(text));
    parser = parse({ delimiter, record_delimiter: '\n', relax_column_count: true, max_record_size: MAX_LINE_BYTES });
    parser.on('data', (record: string[]) => {
      const line = nextLine;
      // A record takes one line, and one more for each line end inside its (quoted) fields.
      nextLine += quoted ? 1 + lineEndsIn(record) : 1;
      if (handlers.onProgress && ++records % PROGRESS_RECORDS === 0) handlers.onProgress(line);
      if (record.length === 1 && record[0]!.trim() === '') return;
      if (!header) {
        header = record;
        handlers.onHeader(record);
      } else handlers.onRecord({ line, fields: record });
    });
    parserDone = new Promise((resolve) => {
      parser!.on('end', resolve);
      parser!.on('error', (error: CsvError) => {
        // nextLine is where the record that failed begins: where its quote opened.
        const at = error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE' ? nextLine : ((error as CsvError & { lines?: number }).lines ?? nextLine);
        failure ??= { line: at, message: describeCsvError(error) };
        resolve();
      });
    });
    write(text);
  };

  const write = (text: Buffer | string): boolean => {
    quoted ||= text.includes('"');
    return parser!.write(text);
  };

  const feed = async (text: Buffer | string) => {
    if (!text.length) return;
    if (parser) {
      // A parser that failed never drains again: stop waiting when it is done.
      if (!write(text)) await Promise.race([new Promise((resolve) => parser!.once('drain', resolve)), parserDone]);
      return;
    }
    beforeParser = concat(beforeParser, text);
    // The delimiter is read off the header line, so wait until it is complete.
    if (beforeParser.includes('\n')) {
      const all = beforeParser;
      beforeParser = '';
      startParser(all);
    } else if (beforeParser.length > MAX_LINE_BYTES) {
      failure = { line: 1, message: `de kopregel is langer dan ${MAX_LINE_BYTES / 1024 / 1024} MB zonder regeleinde: dit lijkt geen CSV-bestand; het bestand is niet gelezen` };
    }
  };

  try {
    if (range && range.start > 0) {
      // The header first, as line firstLine − 1, so that the part's records get their own lines.
      nextLine = range.firstLine - 1;
      startParser(Buffer.concat([range.header, Buffer.from('\n')]));
    }
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += buffer.length;
      hash?.update(buffer);
      await feed(lines.write(decoder.write(buffer)));
      if (failure) break;
    }
    if (!failure) {
      const rest = lines.end(decoder.end());
      if (!parser) {
        const all = concat(beforeParser, rest);
        startParser(all.length ? concat(all, '\n') : all);
      } else await feed(rest);
      parser!.end();
      await parserDone;
    }
  } catch (error) {
    if (error instanceof EncodingError) failure ??= { line: error.line, message: `${error.message}; de rest van het bestand is niet gelezen` };
    else if (pathProblem(error)) throw new SourceNotFoundError(source, error);
    else throw error;
  } finally {
    if (failure && !input && source !== STDIN) (stream as { destroy?: () => void }).destroy?.();
  }
  if (!header && !failure) failure = { line: 1, message: 'het bestand is leeg: er is geen kopregel met kolomnamen' };
  if (before) {
    const after = await stat(source).catch(() => undefined);
    if (!after || after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw new FileChangedError(source, before.size, after?.size);
  }
  return {
    source,
    header: header ?? [],
    delimiter,
    encoding: decoder.encoding ?? 'utf-8',
    sha256: range ? '' : hash!.digest('hex'),
    bytes,
    ...(failure && { syntaxError: failure }),
  };
}

/** A small table whole, as its cells: a file the program wrote earlier and a person may have edited. */
export async function readWholeTable(source: string): Promise<{ info: TableInfo; rows: TableRecord[] }> {
  const rows: TableRecord[] = [];
  const info = await readTable(source, { onHeader: () => undefined, onRecord: (r) => rows.push(r) });
  return { info, rows };
}

/** Text so far and more of it: bytes stay bytes (UTF-8) unless either is a string already. */
function concat(a: Buffer | string, b: Buffer | string): Buffer | string {
  if (!a.length) return b;
  if (typeof a === 'string' || typeof b === 'string') return a.toString() + b.toString();
  return Buffer.concat([a, b]);
}

function lineEndsIn(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) if (f.includes('\n')) n += countNewlines(f);
  return n;
}

function firstLine(text: Buffer | string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).toString();
}

/** The delimiter is the candidate that occurs most often (outside quotes) in the header line. */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'ongeldig aanhalingsteken: na een afsluitend " hoort een scheidingsteken of het einde van de regel (verdubbel " binnen een veld); de rest van het bestand is niet gelezen';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een veld dat met " begint wordt nergens afgesloten (het aanhalingsteken opent op deze regel); de rest van het bestand is niet gelezen';
    case 'INVALID_OPENING_QUOTE':
      return 'een " midden in een veld: zet het hele veld tussen aanhalingstekens en verdubbel de " erin ("a ""b"" c"); de rest van het bestand is niet gelezen';
    case 'CSV_MAX_RECORD_SIZE':
      return `de regel is langer dan ${MAX_LINE_BYTES / 1024 / 1024} MB (een aanhalingsteken dat niet sluit?); de rest van het bestand is niet gelezen`;
    default:
      return `het bestand is geen geldige CSV (${error.code}); de rest van het bestand is niet gelezen`;
  }
}

/** CRLF and lone CR become LF, so line numbers are exact whatever wrote the file. */
class LineEndNormaliser {
  private carryCr = false;

  write(text: Buffer | string): Buffer | string {
    if (!text.length) return text;
    // Most files have no CR at all: their bytes pass untouched.
    if (!this.carryCr && !text.includes('\r')) return text;
    // Latin-1 maps every byte to one character and back, so bytes survive the replacement.
    const bytes = typeof text !== 'string';
    let t = (this.carryCr ? '\r' : '') + (bytes ? text.toString('latin1') : text);
    this.carryCr = t.endsWith('\r');
    if (this.carryCr) t = t.slice(0, -1);
    t = t.replace(/\r\n?/g, '\n');
    return bytes ? Buffer.from(t, 'latin1') : t;
  }

  end(text: Buffer | string = ''): Buffer | string {
    const t = this.write(text);
    const tail = this.carryCr;
    this.carryCr = false;
    return tail ? concat(t, '\n') : t;
  }
}
