// The ids of a large export as only a 64-bit hash of each, 8 bytes an id: enough to know that no id
// occurs twice in the whole file — the usual case — in a fifth of what the exact index
// (dossier/id-index) takes, and without keeping the ids. Used by a read of a whole file
// (dossier/load readDossiers) and by each part of a file read by two threads (count/two-threads),
// whose lists are compared once both are read.
import { withRoom } from '../io/string-list.js';

/**
 * A 64-bit hash of every id of a part of a large export, in lower case, 8 bytes an id: enough to
 * know that no two ids of two parts are the same, or differ in case alone — the usual case — in
 * an eighth of what an exact index takes, and without keeping the ids. Two ids with the same
 * hash may be the same, a case variant, or (very rarely) different ids; which, and on what lines,
 * is for an exact check (DossierIds) to say, so the parts' reader reads the file again with one.
 */
export class IdHashes {
  /** Hash i as two words: low at 2i, high at 2i + 1 (a BigUint64Array's layout, for sorting). */
  private words = new Uint32Array(2 * 1024);
  private count = 0;

  add(id: string): void {
    this.words = withRoom(this.words, 2 * this.count + 1);
    hashPair(id, this.words, 2 * this.count++);
  }

  /** Whether any hash occurs twice (sorts them: add nothing after). */
  hasRepeat(): boolean {
    return anyHashTwice(this.sorted(), new BigUint64Array(0));
  }

  /** The hashes, sorted (in place: add nothing after). */
  sorted(): SortedHashes {
    return new BigUint64Array(this.words.buffer, 0, this.count).sort();
  }
}

/** Sorted 64-bit hashes (IdHashes.sorted), also as they come from another thread. */
export type SortedHashes = BigUint64Array;

/** Whether any hash occurs twice: within either list or in both. */
export function anyHashTwice(a: SortedHashes, b: SortedHashes): boolean {
  const x = words(a);
  const y = words(b);
  for (let i = 1; i < a.length; i++) if (compareAt(x, i - 1, x, i) === 0) return true;
  for (let j = 1; j < b.length; j++) if (compareAt(y, j - 1, y, j) === 0) return true;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const order = compareAt(x, i, y, j);
    if (order === 0) return true;
    if (order < 0) i++;
    else j++;
  }
  return false;
}

// Compared as words, high first: reading a BigUint64Array's elements would make a BigInt of each.
const words = (hashes: SortedHashes) => new Uint32Array(hashes.buffer, hashes.byteOffset, 2 * hashes.length);

function compareAt(x: Uint32Array, i: number, y: Uint32Array, j: number): number {
  return x[2 * i + 1]! - y[2 * j + 1]! || x[2 * i]! - y[2 * j]!;
}

/**
 * Two independent 32-bit hashes of the id's lower-case form (FNV-1a and a multiply-rotate hash,
 * each finished with MurmurHash3's mixer) into `into[at]` and `into[at + 1]`. ASCII is folded
 * here, without making a string; anything else through toLowerCase(), the exact check's fold.
 */
function hashPair(id: string, into: Uint32Array, at: number): void {
  let key = id;
  for (let i = 0; i < id.length; i++) {
    if (id.charCodeAt(i) > 0x7f) {
      key = id.toLowerCase();
      break;
    }
  }
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0xcc9e2d51);
    b = Math.imul((b << 15) | (b >>> 17), 0x1b873593);
  }
  into[at] = mix(a);
  into[at + 1] = mix(b);
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
