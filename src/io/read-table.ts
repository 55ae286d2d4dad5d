// The one place where delimited text files are read. Everything above this module sees
// records of strings with exact line numbers; encoding, delimiter, line ends and quoting
// stop here.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';

export type Delimiter = ',' | ';' | '\t';
export type Encoding = 'utf-8' | 'windows-1252';

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

/** The file could not be opened: wrong usage rather than bad content. */
export class SourceNotFoundError extends UserError {
  constructor(readonly source: string, cause: unknown) {
    super('gebruik', [`bestand niet gevonden of niet leesbaar: ${source}`], [], { cause });
  }
}

export const STDIN = '-';

export interface TableHandlers {
  onHeader(header: string[]): void;
  onRecord(record: TableRecord): void;
}

/**
 * Streams a delimited file: every data record goes to `onRecord` as soon as it is parsed,
 * so the file itself is never held in memory. Empty lines are skipped (their lines still count).
 */
export async function readTable(source: string, handlers: TableHandlers, input?: Readable): Promise<TableInfo> {
  const stream = input ?? (source === STDIN ? process.stdin : createReadStream(source));
  const hash = createHash('sha256');
  const decoder = new SniffingDecoder();
  const lines = new LineEndNormaliser();
  let bytes = 0;
  let header: string[] | undefined;
  let delimiter: Delimiter = ',';
  let beforeParser = '';
  let parser: ReturnType<typeof parse> | undefined;
  let nextLine = 1;
  let failure: TableInfo['syntaxError'];
  let parserDone: Promise<void> | undefined;

  const startParser = (text: string) => {
    delimiter = detectDelimiter(firstLine(text));
    parser = parse({ delimiter, record_delimiter: '\n', raw: true, relax_column_count: true });
    parser.on('data', ({ record, raw }: { record: string[]; raw: string }) => {
      const line = nextLine;
      nextLine += countNewlines(raw);
      if (record.length === 1 && record[0]!.trim() === '') return;
      if (!header) {
        header = record;
        handlers.onHeader(record);
      } else handlers.onRecord({ line, fields: record });
    });
    parserDone = new Promise((resolve) => {
      parser!.on('end', resolve);
      parser!.on('error', (error: CsvError) => {
        failure ??= { line: (error as CsvError & { lines?: number }).lines ?? nextLine, message: describeCsvError(error) };
        resolve();
      });
    });
    parser.write(text);
  };

  const feed = async (text: string) => {
    if (!text) return;
    if (parser) {
      if (!parser.write(text)) await new Promise((resolve) => parser!.once('drain', resolve));
      return;
    }
    beforeParser += text;
    // The delimiter is read off the header line, so wait until it is complete.
    if (beforeParser.includes('\n')) {
      const all = beforeParser;
      beforeParser = '';
      startParser(all);
    }
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += buffer.length;
      hash.update(buffer);
      await feed(lines.write(decoder.write(buffer)));
      if (failure) break;
    }
  } catch (error) {
    if (isMissingFile(error)) throw new SourceNotFoundError(source, error);
    throw error;
  }
  if (!failure) {
    const rest = lines.end(decoder.end());
    if (!parser) startParser(beforeParser + rest + (beforeParser + rest ? '\n' : ''));
    else await feed(rest);
    parser!.end();
    await parserDone;
  }
  if (!header && !failure) failure = { line: 1, message: 'het bestand is leeg: er is geen kopregel met kolomnamen' };
  return {
    source,
    header: header ?? [],
    delimiter,
    encoding: decoder.encoding ?? 'utf-8',
    sha256: hash.digest('hex'),
    bytes,
    ...(failure && { syntaxError: failure }),
  };
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES';
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
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
      return 'een veld dat met " begint wordt nergens afgesloten; de rest van het bestand is niet gelezen';
    default:
      return `het bestand is geen geldige CSV (${error.code}); de rest van het bestand is niet gelezen`;
  }
}

/**
 * Decodes UTF-8 (BOM or not) or Windows-1252. Both agree on ASCII, so the choice waits for
 * the first byte above 0x7F: if what follows it is valid UTF-8 the file is UTF-8, otherwise
 * Windows-1252 (Excel's "CSV" on Dutch Windows).
 */
class SniffingDecoder {
  encoding: Encoding | undefined;
  private pending: Buffer = Buffer.alloc(0);
  private decoder: { write(b: Buffer): string; end(): string | undefined } | undefined;
  private strippedBom = false;

  write(chunk: Buffer): string {
    if (this.decoder) return this.stripBom(this.decoder.write(chunk));
    const buffer = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const firstHigh = buffer.findIndex((b) => b > 0x7f);
    if (firstHigh < 0) {
      this.pending = Buffer.alloc(0);
      return buffer.toString('latin1');
    }
    // A multi-byte sequence needs up to 4 bytes to judge.
    if (buffer.length - firstHigh < 4) {
      this.pending = buffer;
      return '';
    }
    this.pending = Buffer.alloc(0);
    this.choose(buffer.subarray(firstHigh));
    return this.stripBom(this.decoder!.write(buffer));
  }

  end(): string {
    if (!this.decoder) {
      const firstHigh = this.pending.findIndex((b) => b > 0x7f);
      if (firstHigh < 0) return this.pending.toString('latin1');
      this.choose(this.pending.subarray(firstHigh), true);
      return this.stripBom(this.decoder!.write(this.pending) + (this.decoder!.end() ?? ''));
    }
    return this.decoder.end() ?? '';
  }

  private choose(fromFirstHigh: Buffer, final = false) {
    this.encoding = validUtf8Start(fromFirstHigh, final) ? 'utf-8' : 'windows-1252';
    this.decoder = iconv.getDecoder(this.encoding === 'utf-8' ? 'utf8' : 'win1252');
  }

  private stripBom(text: string): string {
    if (this.strippedBom) return text;
    this.strippedBom = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

function validUtf8Start(bytes: Buffer, final: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096), { stream: !final });
    return true;
  } catch {
    return false;
  }
}

/** CRLF and lone CR become LF, so line numbers are exact whatever wrote the file. */
class LineEndNormaliser {
  private carryCr = false;

  write(text: string): string {
    if (!text) return text;
    let t = this.carryCr ? '\r' + text : text;
    this.carryCr = t.endsWith('\r');
    if (this.carryCr) t = t.slice(0, -1);
    return t.replace(/\r\n?/g, '\n');
  }

  end(text = ''): string {
    const t = this.write(text);
    const tail = this.carryCr ? '\n' : '';
    this.carryCr = false;
    return t + tail;
  }
}
