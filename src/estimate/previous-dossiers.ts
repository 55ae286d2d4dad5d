// Last month's dossier list, kept small enough for a million dossiers: the ids in one byte
// arena, their stratum, profiles and rule in typed arrays, and an open-addressing index on the
// id. Sealed into shared memory, so that the worker that counts part of this month's export
// looks ids up in the same list, and marks which it found, without a copy.
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN, type Leeftijdsgroep, type Profiel, type Uitkeringsduur } from '../dossier/vocabulary.js';

/** What recount reads of one dossier of either month. */
export interface ComparedDossier {
  dossier_id: string;
  leeftijdsgroep: Leeftijdsgroep;
  uitkeringsduur: Uitkeringsduur;
  profiel: Profiel | null;
  profiel_analist: Profiel | null;
  regel: string | null;
}

/** The sealed list as plain data: shared buffers and the rule ids, for a worker's workerData. */
export interface SharedPreviousDossiers {
  size: number;
  /** The ids' bytes (more room may follow them). */
  arena: SharedArrayBuffer;
  /** size + 1 offsets into the arena (room for more may follow). */
  offsets: SharedArrayBuffer;
  /** Per dossier: stratum (band × 3 + duration), profiel (0: onbepaald), profiel_analist (0: none), rule (0: none, else its index + 1). */
  fields: SharedArrayBuffer;
  /** Open addressing on the id: dossier index + 1, 0 for empty; a power of two long. */
  slots: SharedArrayBuffer;
  /** Per dossier, 1 once this month's export has it. */
  matched: SharedArrayBuffer;
  regels: string[];
}

const FIELDS = 4;

/** FNV-1a over the UTF-16 units of the id. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Bytes of the arena reserved per expected dossier. Generous: pages never written cost address
 * space only, and an arena too small is copied into one twice as large.
 */
const ID_BYTES_RESERVED = 32;

/** A new shared buffer for `length` elements of `old`'s kind, starting with `old` (which is full). */
function grown(old: Uint8Array | Uint32Array, length: number): SharedArrayBuffer {
  const more = new SharedArrayBuffer(length * old.BYTES_PER_ELEMENT);
  new Uint8Array(more).set(new Uint8Array(old.buffer, old.byteOffset, old.byteLength));
  return more;
}

/**
 * Collects the list as it is read, straight into shared memory sized from the count the file
 * gives (growing, by a copy, only past it), then seals it with the index on the id: no second copy
 * of a million ids exists while the list is sealed.
 */
export class PreviousDossiersBuilder {
  private bytes: Buffer;
  private used = 0;
  /** Room for `capacity` dossiers, and the offset after the last. */
  private offsets: Uint32Array;
  private fields: Uint8Array;
  private capacity: number;
  private size = 0;
  private readonly regels = new Map<string, number>();

  /** `expected`: the dossiers the file says it has (its invoer.dossiers), to allocate once. */
  constructor(expected = 0) {
    this.capacity = Math.max(Math.min(expected, 1 << 24), 1024);
    this.bytes = Buffer.from(new SharedArrayBuffer(this.capacity * ID_BYTES_RESERVED));
    this.offsets = new Uint32Array(new SharedArrayBuffer((this.capacity + 1) * 4));
    this.fields = new Uint8Array(new SharedArrayBuffer(this.capacity * FIELDS));
  }

  add(d: ComparedDossier): void {
    if (this.size === this.capacity) {
      this.capacity *= 2;
      this.offsets = new Uint32Array(grown(this.offsets, this.capacity + 1));
      this.fields = new Uint8Array(grown(this.fields, this.capacity * FIELDS));
    }
    const bytes = Buffer.byteLength(d.dossier_id);
    if (this.used + bytes > this.bytes.length) this.bytes = Buffer.from(grown(this.bytes, Math.max(2 * this.bytes.length, this.used + bytes)));
    this.offsets[this.size] = this.used;
    this.used += this.bytes.write(d.dossier_id, this.used);
    const at = this.size * FIELDS;
    this.fields[at] = LEEFTIJDSGROEPEN.indexOf(d.leeftijdsgroep) * UITKERINGSDUREN.length + UITKERINGSDUREN.indexOf(d.uitkeringsduur);
    this.fields[at + 1] = d.profiel ?? 0;
    this.fields[at + 2] = d.profiel_analist ?? 0;
    this.fields[at + 3] = d.regel === null ? 0 : this.ruleIndex(d.regel) + 1;
    this.size++;
  }

  /** With the index on the id; duplicates (a damaged list) are returned, not indexed. */
  seal(): { dossiers: PreviousDossiers; duplicates: string[] } {
    const n = this.size;
    this.offsets[n] = this.used;
    let capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    const shared: SharedPreviousDossiers = {
      size: n,
      arena: this.bytes.buffer as SharedArrayBuffer,
      offsets: this.offsets.buffer as SharedArrayBuffer,
      fields: this.fields.buffer as SharedArrayBuffer,
      slots: new SharedArrayBuffer(capacity * 4),
      matched: new SharedArrayBuffer(Math.max(n, 1)),
      regels: [...this.regels.keys()],
    };
    const dossiers = new PreviousDossiers(shared);
    return { dossiers, duplicates: dossiers.buildIndex() };
  }

  private ruleIndex(regel: string): number {
    let i = this.regels.get(regel);
    if (i === undefined) this.regels.set(regel, (i = this.regels.size));
    return i;
  }
}

/** The sealed list: look up an id, read a dossier back, mark and count what this month has. */
export class PreviousDossiers {
  readonly size: number;
  private readonly arena: Buffer;
  private readonly offsets: Uint32Array;
  private readonly fields: Uint8Array;
  private readonly slots: Int32Array;
  private readonly matched: Uint8Array;
  private scratch = Buffer.alloc(256);

  constructor(readonly shared: SharedPreviousDossiers) {
    this.size = shared.size;
    this.arena = Buffer.from(shared.arena);
    this.offsets = new Uint32Array(shared.offsets);
    this.fields = new Uint8Array(shared.fields);
    this.slots = new Int32Array(shared.slots);
    this.matched = new Uint8Array(shared.matched);
  }

  /** The index of this id in the list, or -1. */
  indexOf(id: string): number {
    const bytes = Buffer.byteLength(id);
    if (bytes > this.scratch.length) this.scratch = Buffer.alloc(bytes * 2);
    this.scratch.write(id, 0);
    const mask = this.slots.length - 1;
    for (let s = hashOf(id) & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s]!;
      if (entry === 0) return -1;
      const i = entry - 1;
      const start = this.offsets[i]!;
      const end = this.offsets[i + 1]!;
      if (end - start === bytes && this.arena.compare(this.scratch, 0, bytes, start, end) === 0) return i;
    }
  }

  id(i: number): string {
    return this.arena.toString('utf8', this.offsets[i]!, this.offsets[i + 1]!);
  }

  /** Stratum index (band × 3 + duration), as the counts are laid out. */
  stratum(i: number): number {
    return this.fields[i * FIELDS]!;
  }

  profiel(i: number): Profiel | null {
    return (this.fields[i * FIELDS + 1] || null) as Profiel | null;
  }

  profielAnalist(i: number): Profiel | null {
    return (this.fields[i * FIELDS + 2] || null) as Profiel | null;
  }

  regel(i: number): string | null {
    const r = this.fields[i * FIELDS + 3]!;
    return r === 0 ? null : this.shared.regels[r - 1]!;
  }

  get(i: number): ComparedDossier {
    const h = this.stratum(i);
    return {
      dossier_id: this.id(i),
      leeftijdsgroep: LEEFTIJDSGROEPEN[Math.floor(h / UITKERINGSDUREN.length)]!,
      uitkeringsduur: UITKERINGSDUREN[h % UITKERINGSDUREN.length]!,
      profiel: this.profiel(i),
      profiel_analist: this.profielAnalist(i),
      regel: this.regel(i),
    };
  }

  /**
   * Marks dossier i as found in this month's export (either thread may). A mark says only that
   * the export has the id: a part read twice (two threads, then one) marks the same ids again.
   */
  match(i: number): void {
    Atomics.store(this.matched, i, 1);
  }

  isMatched(i: number): boolean {
    return Atomics.load(this.matched, i) === 1;
  }

  /** @internal Fills the index; returns the ids that occur twice (only their first is indexed). */
  buildIndex(): string[] {
    const mask = this.slots.length - 1;
    const duplicates: string[] = [];
    for (let i = 0; i < this.size; i++) {
      const id = this.id(i);
      if (this.indexOf(id) >= 0) {
        duplicates.push(id);
        continue;
      }
      let s = hashOf(id) & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = i + 1;
    }
    return duplicates;
  }
}
