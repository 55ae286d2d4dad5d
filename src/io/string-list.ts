// A list of strings kept as bytes: one growing buffer and the offsets into it. For what a large
// export makes many of and keeps to the end (ids): as strings, each would survive the young
// generation and be copied into the old one; as bytes, the garbage collector never sees them.

export interface PackedStrings {
  bytes: Buffer;
  /** Start of string i is ends[i - 1] (0 for the first); its end is ends[i] (a list stays below 4 GB). */
  ends: Uint32Array;
}

/** `a` when `index` is inside it, else a copy of it with twice the room (or more). */
export function withRoom<T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(a: T, index: number): T {
  if (index < a.length) return a;
  const more = new (a.constructor as new (length: number) => T)(Math.max(2 * a.length, index + 1));
  more.set(a);
  return more;
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
    if (this.used + length > this.bytes.length) {
      const more = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(more, 0, 0, this.used);
      this.bytes = more;
    }
    this.bytes.write(s, this.used);
    this.used += length;
    this.ends = withRoom(this.ends, this.count);
    this.ends[this.count] = this.used;
    return this.count++;
  }

  get(i: number): string {
    return this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }

  toArray(): string[] {
    return Array.from({ length: this.count }, (_, i) => this.get(i));
  }

  /** The list as two arrays of bytes (cheap to send to another thread). */
  packed(): PackedStrings {
    return { bytes: this.bytes.subarray(0, this.used), ends: this.ends.slice(0, this.count) };
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
