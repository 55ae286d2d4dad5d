// A large export read by two threads at once: one pass over the bytes (which also gives the
// file's SHA-256) finds a record boundary near a given share of it, so that each part can be read
// as a file of its own (read-table's TableRange). The pass reads synchronously into one buffer: the
// file was just written or is in the page cache, and a read through the thread pool would leave
// this thread waiting between reads (some 40 % of the pass; the worker starts meanwhile anyway). Only for what is plainly safe to split: a regular
// file of UTF-8 (or ASCII) whose lines end in LF or CRLF (Excel's). Anything else (a lone CR of an
// old Mac file, Windows-1252, UTF-16) is read by one thread, as always.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { EncodingError, StrictDecoder } from './decode.js';
import type { TableRange } from './read-table.js';

export interface SegmentPlan {
  sha256: string;
  bytes: number;
  /** The first part holds the header; the second is read under it. */
  segments: [TableRange, TableRange];
}

const READ_BYTES = 1 << 20;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

function countByte(buffer: Buffer, byte: number, from: number, to: number): number {
  let n = 0;
  for (let i = buffer.indexOf(byte, from); i >= 0 && i < to; i = buffer.indexOf(byte, i + 1)) n++;
  return n;
}

/**
 * Where to split `file` (a regular file of `size` bytes, as the caller found it), or undefined
 * when it should be read in one piece: not UTF-8, with a CR that is not part of a CRLF, or without a
 * boundary after `share` of the bytes. A line end is a record boundary when an even number of quotes
 * precedes it (RFC 4180: quotes open and close fields and are doubled inside them); whether the
 * file keeps to that is for the parser to say, and a part that does not parse cleanly is read
 * again in one piece.
 */
export function planSegments(file: string, size: number, share = 0.5): SegmentPlan | undefined {
  const splitFrom = Math.floor(size * share);
  const buffer = Buffer.allocUnsafeSlow(READ_BYTES);
  const fd = openSync(file, 'r');
  const hash = createHash('sha256');
  const decoder = new StrictDecoder();
  let offset = 0;
  let lineEnds = 0;
  let quotes = 0;
  let header: Buffer | undefined;
  let split: { at: number; firstLine: number } | undefined;
  /** The previous chunk ended in a CR, whose LF must open this one. */
  let crAtEnd = false;
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const chunk = buffer.subarray(0, read);
      hash.update(chunk);
      decoder.write(chunk);
      if (crAtEnd && chunk[0] !== LF) return undefined;
      for (let cr = chunk.indexOf(CR); cr >= 0; cr = chunk.indexOf(CR, cr + 1)) {
        if (cr + 1 < chunk.length ? chunk[cr + 1] !== LF : false) return undefined;
      }
      crAtEnd = chunk[chunk.length - 1] === CR;
      if (!header) {
        const end = chunk.indexOf(LF);
        if (end < 0 || offset > 0) return undefined;
        // Line 1 as the parser sees it: without a BOM or the CR of a CRLF.
        header = Buffer.from(chunk.subarray(chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0, chunk[end - 1] === CR ? end - 1 : end));
      }
      if (!split) {
        // Count quotes and line ends up to each LF past splitFrom, until one has even quotes before it.
        let from = 0;
        const countTo = (to: number) => {
          quotes += countByte(chunk, QUOTE, from, to);
          lineEnds += countByte(chunk, LF, from, to);
          from = to;
        };
        countTo(Math.min(chunk.length, Math.max(0, splitFrom - offset)));
        for (let lf = chunk.indexOf(LF, from); lf >= 0 && !split; lf = chunk.indexOf(LF, from)) {
          countTo(lf + 1);
          if (quotes % 2 === 0) split = { at: offset + lf + 1, firstLine: lineEnds + 1 };
        }
        if (!split) countTo(chunk.length);
      }
      offset += chunk.length;
    }
    decoder.end();
  } catch (error) {
    if (error instanceof EncodingError) return undefined;
    throw error;
  } finally {
    closeSync(fd);
  }
  if (crAtEnd || !header || !split || split.at >= size || (decoder.encoding ?? 'utf-8') !== 'utf-8') return undefined;
  return {
    sha256: hash.digest('hex'),
    bytes: offset,
    segments: [
      { start: 0, end: split.at, firstLine: 1, header },
      { start: split.at, end: offset, firstLine: split.firstLine, header },
    ],
  };
}
