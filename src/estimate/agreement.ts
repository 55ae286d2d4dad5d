// How often the beslisregels give the profile the professional chose: over the dossiers with a
// profiel_analist, the cross table rules × analyst (onbepaald as a category of its own), the
// share that agrees, and Cohen's kappa with its 95% interval from the large-sample variance of
// Fleiss, Cohen and Everitt (1969), as R's psych::cohen.kappa reports it.
import { PROFIELEN, type Profiel } from '../dossier/vocabulary.js';
import { StringList, withRoom, withTail, type PackedStrings } from '../io/string-list.js';

export interface Pair {
  dossier_id: string;
  regels: Profiel | null;
  analist: Profiel;
}

export interface Agreement {
  dossiers: number;
  gelijk: number;
  percentage: number;
  /** null when it is undefined: every dossier in one and the same category by both. */
  kappa: number | null;
  kappa_interval95: [number, number] | null;
  kruistabel: { regels: Profiel | null; analist: Profiel; aantal: number }[];
  /** The ids where they differ (dossiers − gelijk of them); absent when the run did not keep them. */
  verschillen?: string[];
}

const Z_975 = 1.959963984540054;
const CATEGORIES: readonly (Profiel | null)[] = [...PROFIELEN, null];

/** Cohen's kappa and its asymptotic standard error for a square table of counts. */
export function cohensKappa(table: readonly (readonly number[])[]): { kappa: number; se: number } | null {
  const k = table.length;
  const n = table.flat().reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const p = table.map((row) => row.map((x) => x / n));
  const rows = p.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = p[0]!.map((_, j) => p.reduce((a, row) => a + row[j]!, 0));
  const po = p.reduce((a, row, i) => a + row[i]!, 0);
  const pe = rows.reduce((a, r, i) => a + r * cols[i]!, 0);
  if (pe >= 1) return null;
  const kappa = (po - pe) / (1 - pe);
  let a = 0;
  let b = 0;
  for (let i = 0; i < k; i++) {
    a += p[i]![i]! * (1 - (rows[i]! + cols[i]!) * (1 - kappa)) ** 2;
    for (let j = 0; j < k; j++) if (i !== j) b += p[i]![j]! * (cols[i]! + rows[j]!) ** 2;
  }
  b *= (1 - kappa) ** 2;
  const c = (kappa - pe * (1 - kappa)) ** 2;
  const variance = (a + b - c) / (n * (1 - pe) ** 2);
  return { kappa, se: Math.sqrt(Math.max(variance, 0)) };
}

export interface AgreementCounts {
  table: number[][];
  /** The ids that differ, when the run keeps them (with `paren`). */
  verschillen?: PackedStrings;
  /** Per id in `verschillen`, both profiles in a byte (pairCode): the working copy lists them. */
  paren?: Uint8Array;
  dossiers: number;
  gelijk: number;
}

/** The rules' profile (0: onbepaald) in the high half of a byte, the analyst's in the low. */
const pairCode = (regels: Profiel | null, analist: Profiel) => ((regels ?? 0) << 4) | analist;

/**
 * The dossiers where rules and analyst differ, with both profiles, as compact as the counts keep
 * them: the working copy lists them without the run keeping a list of every dossier.
 */
export class Differences {
  private readonly ids: StringList;
  private readonly paren: Uint8Array;

  private constructor(ids: PackedStrings, paren: Uint8Array) {
    this.ids = StringList.of(ids);
    this.paren = paren;
  }

  /** The differences the counts kept; undefined when the run kept none. */
  static of(counts: AgreementCounts): Differences | undefined {
    return counts.verschillen && counts.paren && new Differences(counts.verschillen, counts.paren);
  }

  get size(): number {
    return this.ids.size;
  }

  /** The i-th difference, in the order of the export. */
  at(i: number): Pair {
    const code = this.paren[i]!;
    return { dossier_id: this.ids.get(i), regels: (code >> 4 || null) as Profiel | null, analist: (code & 15) as Profiel };
  }
}

/** The cross table, filled one dossier at a time; of the dossiers only the ids that differ are kept, if asked. */
export class AgreementTally {
  private readonly table = CATEGORIES.map(() => CATEGORIES.map(() => 0));
  /** As bytes: a large export may have many, kept to the end. */
  private readonly verschillen: StringList | undefined;
  private paren = new Uint8Array(0);
  private dossiers = 0;
  private gelijk = 0;

  /** `keepIds`: keep the ids that differ (recount needs only the counts). */
  constructor(keepIds = true) {
    if (keepIds) this.verschillen = new StringList();
  }

  add(dossier_id: string, regels: Profiel | null, analist: Profiel): void {
    this.table[regels === null ? PROFIELEN.length : regels - 1]![analist - 1]!++;
    this.dossiers++;
    if (regels === analist) this.gelijk++;
    else if (this.verschillen) {
      const i = this.verschillen.size;
      this.paren = withRoom(this.paren, i);
      this.paren[i] = pairCode(regels, analist);
      this.verschillen.push(dossier_id);
    }
  }

  /** A tally with these counts (and their ids, when they have them). */
  static of(counts: AgreementCounts): AgreementTally {
    const tally = new AgreementTally(counts.verschillen !== undefined);
    tally.absorb(counts);
    return tally;
  }

  /** What it has counted, as plain data (to pass between threads). */
  counts(): AgreementCounts {
    const ids = this.verschillen && { verschillen: this.verschillen.packed(), paren: this.paren.slice(0, this.verschillen.size) };
    return { table: this.table.map((row) => [...row]), ...ids, dossiers: this.dossiers, gelijk: this.gelijk };
  }

  /** Adds the counts of the dossiers that follow these in the file (counted alike: with ids or without). */
  absorb(other: AgreementCounts): void {
    other.table.forEach((row, i) => row.forEach((x, j) => (this.table[i]![j]! += x)));
    if (this.verschillen && other.verschillen && other.paren) {
      this.paren = withTail(this.paren, this.verschillen.size, other.paren);
      this.verschillen.append(other.verschillen);
    }
    this.dossiers += other.dossiers;
    this.gelijk += other.gelijk;
  }

  result(): Agreement {
    const index = (p: Profiel | null) => CATEGORIES.indexOf(p);
    const count = (r: Profiel | null, a: Profiel | null) => this.table[index(r)]![index(a)]!;
    const k = cohensKappa(this.table);
    return {
      dossiers: this.dossiers,
      gelijk: this.gelijk,
      percentage: this.dossiers ? (100 * this.gelijk) / this.dossiers : 0,
      kappa: k?.kappa ?? null,
      kappa_interval95: k ? [k.kappa - Z_975 * k.se, k.kappa + Z_975 * k.se] : null,
      kruistabel: CATEGORIES.flatMap((regels) => PROFIELEN.map((analist) => ({ regels, analist, aantal: count(regels, analist) }))),
      ...(this.verschillen && { verschillen: this.verschillen.toArray() }),
    };
  }
}

export function agreement(pairs: readonly Pair[]): Agreement {
  const tally = new AgreementTally();
  for (const x of pairs) tally.add(x.dossier_id, x.regels, x.analist);
  return tally.result();
}
