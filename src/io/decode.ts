// Bytes to text for the exports people make: UTF-8 (with or without BOM), Windows-1252 (Excel's
// "CSV" on Dutch Windows) and UTF-16 (Excel's "Unicode-tekst"). UTF-8 (and plain ASCII) comes
// out as the checked bytes themselves, which the CSV parser reads as they are; the other
// encodings come out as text. Strict: a file is one encoding
// from start to end. Invalid UTF-8 after the file showed itself UTF-8, UTF-8 sequences in a file
// that showed itself Windows-1252, and UTF-32 are errors naming the line, never silently turned
// into U+FFFD or mojibake.
import { isAscii, isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

/** iconv-lite, loaded the first time a file turns out not to be UTF-8 (it is 8 MB in memory). */
let loaded: typeof Iconv | undefined;
const iconv = (): typeof Iconv => (loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv);

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** The bytes cannot be read as one encoding; `line` is where the first bad byte stands. */
export class EncodingError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const EMPTY = Buffer.alloc(0);
const SAVE_AS = 'sla het bestand op als CSV UTF-8 (in Excel: Opslaan als › CSV UTF-8)';

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function sequenceLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Whether bytes[i..] is a complete, valid multi-byte UTF-8 sequence (structure only). */
function utf8SequenceAt(bytes: Uint8Array, i: number): boolean {
  const n = sequenceLength(bytes[i]!);
  if (n === 0 || i + n > bytes.length) return false;
  for (let k = 1; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
  return isUtf8(bytes.subarray(i, i + n));
}

export class StrictDecoder {
  encoding: Encoding | undefined;
  /** Line of the next byte: LF, and CR not followed by LF, end a line (as the reader counts). */
  private line = 1;
  private lastWasCr = false;
  private started = false;

  /** `utf-8` for bytes from the middle of a file already known to be UTF-8: no BOM, no guessing. */
  constructor(known?: 'utf-8') {
    if (known) {
      this.encoding = known;
      this.started = true;
    }
  }
  private pending: Buffer = Buffer.alloc(0);
  private wide: { write(b: Buffer): string; end(): string | undefined } | undefined;

  /** UTF-8 bytes (checked, never ending inside a character) or, for other encodings, text. */
  write(chunk: Buffer): Buffer | string {
    let buffer: Buffer = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    if (!this.started) {
      // A BOM or a UTF-16/32 pattern needs the first four bytes.
      if (buffer.length < 4) {
        this.pending = buffer;
        return EMPTY;
      }
      this.started = true;
      buffer = this.start(buffer);
    }
    if (this.wide) return this.wide.write(buffer);
    return this.text(buffer, false);
  }

  end(): Buffer | string {
    if (!this.started && this.pending.length) {
      this.started = true;
      const rest = this.start(this.pending);
      this.pending = Buffer.alloc(0);
      if (this.wide) return this.wide.write(rest) + (this.wide.end() ?? '');
      return this.text(rest, true);
    }
    if (this.wide) return this.wide.end() ?? '';
    const rest = this.pending;
    this.pending = Buffer.alloc(0);
    return this.text(rest, true);
  }

  /** Reads a BOM or a UTF-16/32 pattern; returns the bytes after a BOM. */
  private start(b: Buffer): Buffer {
    const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
    if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) || (b1 === 0 && b2 === 0 && b3 === 0 && b0 !== 0) || (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0)) {
      throw new EncodingError(1, `het bestand is opgeslagen als UTF-32; ${SAVE_AS}`);
    }
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
      this.encoding = 'utf-8';
      return b.subarray(3);
    }
    const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : b1 === 0 && b3 === 0 && b0 !== 0 ? 'utf-16le' : b0 === 0 && b2 === 0 && b1 !== 0 ? 'utf-16be' : undefined;
    if (utf16) {
      this.encoding = utf16;
      // iconv's utf16 decoders drop a BOM of their own kind.
      this.wide = iconv().getDecoder(utf16 === 'utf-16le' ? 'utf16le' : 'utf16be');
    }
    return b;
  }

  /** UTF-8 or Windows-1252: checks the bytes, counts lines, decodes. */
  private text(buffer: Buffer, final: boolean): Buffer | string {
    if (buffer.length === 0) return EMPTY;
    let usable = buffer;
    if (this.encoding !== 'windows-1252' && !final) {
      // Keep an incomplete UTF-8 sequence at the end for the next chunk.
      const keep = incompleteTail(buffer);
      if (keep) {
        usable = buffer.subarray(0, buffer.length - keep);
        this.pending = Buffer.from(buffer.subarray(buffer.length - keep));
      }
    }
    if (this.encoding === undefined && !isAscii(usable)) {
      const first = usable.findIndex((x) => x > 0x7f);
      this.encoding = utf8SequenceAt(usable, first) || (final && isUtf8(usable.subarray(first))) ? 'utf-8' : 'windows-1252';
    }
    if (this.encoding === 'utf-8' && !isUtf8(usable)) {
      const at = firstInvalidUtf8(usable);
      throw new EncodingError(this.lineAt(usable, at), `ongeldige UTF-8 (bijvoorbeeld Windows-1252-tekens in een UTF-8-bestand): het bestand is in twee tekensets opgeslagen; ${SAVE_AS}`);
    }
    if (this.encoding === 'windows-1252' && !isAscii(usable)) {
      for (let i = 0; i < usable.length; i++) {
        if (usable[i]! >= 0xc2 && utf8SequenceAt(usable, i)) {
          throw new EncodingError(this.lineAt(usable, i), `UTF-8-tekens in een bestand dat eerder Windows-1252 was: het bestand is in twee tekensets opgeslagen; ${SAVE_AS}`);
        }
      }
    }
    this.countLines(usable, usable.length);
    return this.encoding === 'windows-1252' ? iconv().decode(usable, 'win1252') : usable;
  }

  /** The line of byte `at` of `buffer` (which follows everything counted so far). */
  private lineAt(buffer: Buffer, at: number): number {
    const saved = { line: this.line, lastWasCr: this.lastWasCr };
    this.countLines(buffer, at);
    const line = this.line;
    Object.assign(this, saved);
    return line;
  }

  private countLines(buffer: Buffer, end: number): void {
    if (end === 0) return;
    // LF ends a line; so does a CR that no LF follows (old Mac files). Native searches keep it fast.
    let count = 0;
    for (let i = buffer.indexOf(0x0a); i >= 0 && i < end; i = buffer.indexOf(0x0a, i + 1)) count++;
    if (this.lastWasCr && buffer[0] === 0x0a) count--; // the LF of a CRLF split over two chunks
    for (let i = buffer.indexOf(0x0d); i >= 0 && i < end; i = buffer.indexOf(0x0d, i + 1)) {
      if (i + 1 < end ? buffer[i + 1] === 0x0a : false) continue; // CRLF: the LF counted it
      count++;
    }
    this.line += count;
    this.lastWasCr = buffer[end - 1] === 0x0d;
  }
}

/** How many bytes at the end begin a UTF-8 sequence that is not complete yet (0–3). */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const byte = b[b.length - k]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const n = sequenceLength(byte);
    return n > k ? k : 0;
  }
  return 0;
}

/** Index of the first byte that is not part of valid UTF-8. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    if (!utf8SequenceAt(b, i)) return i;
    i += sequenceLength(b[i]!);
  }
  return b.length;
}
