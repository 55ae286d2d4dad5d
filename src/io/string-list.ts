// A list of strings kept as bytes: one growing buffer and the offsets into it. For what a large
// export makes many of and keeps to the end (ids): as strings, each would survive the young
// generation and be copied into the old one; as bytes, the garbage collector never sees them.

export interface PackedStrings {
  bytes: Buffer;
  /** Start of string i is ends[i - 1] (0 for the first); its end is ends[i] (a list stays below 4 GB). */
  ends: Uint32Array;
}

/**
 * How much a growing array grows. Four times, not two: each copy left behind waits for a
 * collection (the copies add up to a third of the array, not all of it), and room not yet written
 * costs address space, not memory. A million-client list in trek: 106–121 → 106–113 MB.
 */
const GROWTH = 4;

/** `a` when `index` is inside it, else a copy of it with GROWTH times the room (or more). */
export function withRoom<T extends Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array>(a: T, index: number): T {
  if (index < a.length) return a;
  const more = new (a.constructor as new (length: number) => T)(Math.max(GROWTH * a.length, index + 1));
  more.set(a);
  return more;
}

/** `a` with `tail` written from `at` on; grown to exactly the room needed when it is short. */
export function withTail<T extends Uint32Array | Uint8Array>(a: T, at: number, tail: ArrayLike<number>): T {
  let into = a;
  if (at + tail.length > a.length) {
    into = new (a.constructor as new (length: number) => T)(at + tail.length);
    into.set(a.subarray(0, at));
  }
  into.set(tail, at);
  return into;
}

export class StringList {
  private bytes: Buffer = Buffer.allocUnsafe(1 << 16);
  private ends: Uint32Array = new Uint32Array(1 << 10);
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(s: string): number {
    const length = Buffer.byteLength(s);
    this.roomFor(length, GROWTH * this.bytes.length);
    this.bytes.write(s, this.used);
    this.used += length;
    this.ends = withRoom(this.ends, this.count);
    this.ends[this.count] = this.used;
    return this.count++;
  }

  /** Room for `length` more bytes: when short, a copy of at least `grown` bytes (or just enough). */
  private roomFor(length: number, grown: number): void {
    if (this.used + length <= this.bytes.length) return;
    const more = Buffer.allocUnsafe(Math.max(grown, this.used + length));
    this.bytes.copy(more, 0, 0, this.used);
    this.bytes = more;
  }

  get(i: number): string {
    return this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }

  /**
   * Strings i and j in the order `<` gives strings (UTF-16 code units), compared in their bytes,
   * without making either: for a list where bytesOrderAsStrings() holds.
   */
  compareBytes(i: number, j: number): number {
    const b = this.bytes;
    let x = i === 0 ? 0 : this.ends[i - 1]!;
    let y = j === 0 ? 0 : this.ends[j - 1]!;
    const [xEnd, yEnd] = [this.ends[i]!, this.ends[j]!];
    for (; x < xEnd && y < yEnd; x++, y++) if (b[x] !== b[y]) return b[x]! - b[y]!;
    return xEnd - x - (yEnd - y);
  }

  /**
   * Whether the bytes order the list as its strings are ordered. UTF-8's byte order is the order of
   * the code points; UTF-16's code units order them the same except characters from U+E000 on
   * (which UTF-8 starts with a byte 0xEE or higher, and no other byte is that high).
   */
  bytesOrderAsStrings(): boolean {
    for (let x = 0; x < this.used; x++) if (this.bytes[x]! >= 0xee) return false;
    return true;
  }

  toArray(): string[] {
    return Array.from({ length: this.count }, (_, i) => this.get(i));
  }

  /**
   * The list as two arrays of bytes, to send to another thread. Trimmed first to what it holds: a
   * message copies a view's whole buffer, and the room a list grew for may be three times its bytes.
   */
  packed(): PackedStrings {
    if (this.bytes.length > this.used) this.bytes = Buffer.from(this.bytes.subarray(0, this.used));
    if (this.ends.length > this.count) this.ends = this.ends.slice(0, this.count);
    return { bytes: this.bytes.subarray(0, this.used), ends: this.ends.subarray(0, this.count) };
  }

  /**
   * Adds another list's strings after these, as bytes (no string is made), with room for exactly
   * them: what follows a thread's part is the other thread's, the last addition.
   */
  append(other: PackedStrings): void {
    const at = this.used;
    this.roomFor(other.bytes.length, 0);
    this.bytes.set(other.bytes, at);
    this.used += other.bytes.length;
    this.ends = withTail(this.ends, this.count, other.ends);
    for (let i = this.count; i < this.count + other.ends.length; i++) this.ends[i]! += at;
    this.count += other.ends.length;
  }

  static of(p: PackedStrings): StringList {
    const list = new StringList();
    list.bytes = Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.length);
    list.ends = p.ends.length ? p.ends : new Uint32Array(1);
    list.used = p.bytes.length;
    list.count = p.ends.length;
    return list;
  }
}
