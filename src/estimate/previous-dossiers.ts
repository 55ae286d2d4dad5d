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
  arena: SharedArrayBuffer;
  /** size + 1 offsets into the arena. */
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

/** Collects the list as it is read (growing as needed), then seals it into shared memory. */
export class PreviousDossiersBuilder {
  private arena = Buffer.alloc(1 << 16);
  private used = 0;
  private offsets = new Uint32Array(1024);
  private fields = new Uint8Array(1024 * FIELDS);
  private size = 0;
  private readonly regels = new Map<string, number>();

  /** `expected`: the dossiers the file says it has (its invoer.dossiers), to allocate once. */
  constructor(expected = 0) {
    if (expected > 0) this.reserve(Math.min(expected, 1 << 24));
  }

  add(d: ComparedDossier): void {
    this.reserve(this.size + 1);
    const bytes = Buffer.byteLength(d.dossier_id);
    if (this.used + bytes > this.arena.length) {
      const bigger = Buffer.alloc(Math.max(this.arena.length * 2, this.used + bytes));
      this.arena.copy(bigger, 0, 0, this.used);
      this.arena = bigger;
    }
    this.offsets[this.size] = this.used;
    this.used += this.arena.write(d.dossier_id, this.used);
    const at = this.size * FIELDS;
    this.fields[at] = LEEFTIJDSGROEPEN.indexOf(d.leeftijdsgroep) * UITKERINGSDUREN.length + UITKERINGSDUREN.indexOf(d.uitkeringsduur);
    this.fields[at + 1] = d.profiel ?? 0;
    this.fields[at + 2] = d.profiel_analist ?? 0;
    this.fields[at + 3] = d.regel === null ? 0 : this.ruleIndex(d.regel) + 1;
    this.size++;
  }

  /** Into shared memory, with the index on the id; duplicates (a damaged list) are returned, not indexed. */
  seal(): { dossiers: PreviousDossiers; duplicates: string[] } {
    const n = this.size;
    const share = (bytes: number) => new SharedArrayBuffer(Math.max(bytes, 1));
    const arena = share(this.used);
    Buffer.from(arena).set(this.arena.subarray(0, this.used));
    const offsets = share((n + 1) * 4);
    const o = new Uint32Array(offsets);
    o.set(this.offsets.subarray(0, n));
    o[n] = this.used;
    const fields = share(n * FIELDS);
    new Uint8Array(fields).set(this.fields.subarray(0, n * FIELDS));
    let capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    const slots = share(capacity * 4);
    const shared: SharedPreviousDossiers = { size: n, arena, offsets, fields, slots, matched: share(n), regels: [...this.regels.keys()] };
    const dossiers = new PreviousDossiers(shared);
    const duplicates = dossiers.buildIndex();
    // The growing copies go; the shared ones stay.
    this.arena = Buffer.alloc(0);
    this.offsets = new Uint32Array(0);
    this.fields = new Uint8Array(0);
    return { dossiers, duplicates };
  }

  private reserve(n: number): void {
    if (n <= this.offsets.length) return;
    let capacity = this.offsets.length;
    while (capacity < n) capacity *= 2;
    const offsets = new Uint32Array(capacity);
    offsets.set(this.offsets);
    this.offsets = offsets;
    const fields = new Uint8Array(capacity * FIELDS);
    fields.set(this.fields);
    this.fields = fields;
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
