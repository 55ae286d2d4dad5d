// A large export read by two threads at once: a scan of the bytes up to a given share of the file
// finds a record boundary there, so that each part can be read as a file of its own (read-table's
// TableRange). The scan reads synchronously into one buffer: a read through the thread pool would
// leave this thread waiting between reads, and it stops at the boundary (on a file that is not in
// the page cache its reads are from disk, before either thread can start). What is not scanned is
// checked by the readers of the parts: the second is read as strict UTF-8, and the first must turn
// out to be UTF-8 too (its reader says which encoding it found). The whole file's SHA-256 comes
// from the first part's reader and hashRest.
import type { Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { TableRange } from '../io/read-table.js';

const READ_BYTES = 1 << 20;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The bytes of `file` from `start` on, in chunks of one buffer that is filled again for each
 * (a chunk is good until the next is asked for), read synchronously.
 */
function* chunksOf(file: string, start = 0): Generator<Buffer, void, undefined> {
  const buffer = Buffer.allocUnsafeSlow(READ_BYTES);
  const fd = openSync(file, 'r');
  try {
    for (let at = start, read = readSync(fd, buffer, 0, READ_BYTES, at); read > 0; at += read, read = readSync(fd, buffer, 0, READ_BYTES, at)) {
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

function countByte(buffer: Buffer, byte: number, from: number, to: number): number {
  let n = 0;
  for (let i = buffer.indexOf(byte, from); i >= 0 && i < to; i = buffer.indexOf(byte, i + 1)) n++;
  return n;
}

/**
 * Where to split `file` (a regular file of `size` bytes, as the caller found it), or undefined
 * when it should be read in one piece: a CR before the boundary that is not part of a CRLF (the
 * second part's line numbers are counted from the LFs before it), or no boundary after `share` of
 * the bytes. A line end is a record boundary when an even number of quotes precedes it (RFC 4180:
 * quotes open and close fields and are doubled inside them); whether the file keeps to that is
 * for the parser to say, and a part that does not parse cleanly is read again in one piece.
 */
export function planSegments(file: string, size: number, share = 0.5): [TableRange, TableRange] | undefined {
  const splitFrom = Math.floor(size * share);
  let offset = 0;
  let lineEnds = 0;
  let quotes = 0;
  let header: Buffer | undefined;
  let split: { at: number; firstLine: number } | undefined;
  /** The previous chunk ended in a CR, whose LF must open this one. */
  let crAtEnd = false;
  for (const chunk of chunksOf(file)) {
    if (!header) {
      const end = chunk.indexOf(LF);
      if (end < 0 || offset > 0) return undefined;
      // Line 1 as the parser sees it: without a BOM or the CR of a CRLF.
      header = Buffer.from(chunk.subarray(chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0, chunk[end - 1] === CR ? end - 1 : end));
    }
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
    // Only line ends before the boundary must be LF or CRLF: the second part's reader counts any.
    const scanned = split ? split.at - offset : chunk.length;
    if (crAtEnd && chunk[0] !== LF) return undefined;
    for (let cr = chunk.indexOf(CR); cr >= 0 && cr < scanned; cr = chunk.indexOf(CR, cr + 1)) {
      if (cr + 1 < chunk.length ? chunk[cr + 1] !== LF : false) return undefined;
    }
    crAtEnd = chunk[scanned - 1] === CR;
    offset += chunk.length;
    if (split) break;
  }
  if (!header || !split || split.at >= size) return undefined;
  return [
    { start: 0, end: split.at, firstLine: 1, header },
    { start: split.at, end: size, firstLine: split.firstLine, header },
  ];
}

/**
 * Puts the bytes of `file` from `start` up to `end` (the second part's, as planned) into `hash`
 * (the first part's), and says how many there were: exactly the bytes the parts were read from.
 */
export function hashRest(file: string, start: number, end: number, hash: Hash): number {
  let bytes = 0;
  for (const chunk of chunksOf(file, start)) {
    const part = chunk.subarray(0, Math.min(chunk.length, end - start - bytes));
    hash.update(part);
    bytes += part.length;
    if (start + bytes >= end) break;
  }
  return bytes;
}
