// What changed per dossier since last month's count, tallied as this month's export is read
// (in either thread, like the other counts): which dossiers are new, which were drawn into
// another stratum, whose profile changed and who changed it; and, per step of recount's split,
// how the sample's counts per stratum and profile move. Which dossiers left is known once the
// whole export is read: those last month's list has that no thread found.
import type { Dossier } from '../dossier/schema.js';
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN, type Profiel } from '../dossier/vocabulary.js';
import type { Outcome } from '../rules/evaluate.js';
import type { PreviousDossiers } from './previous-dossiers.js';

/** The steps of the split that dossiers make (the population's step is not theirs), in order. */
export const DOSSIER_STAPPEN = ['nieuw', 'vervallen', 'ander_stratum', 'gewijzigd_analist', 'gewijzigd_regels'] as const;
export type DossierStap = (typeof DOSSIER_STAPPEN)[number];

export interface DossierChange {
  dossier_id: string;
  van: Profiel | null;
  naar: Profiel | null;
  /** Who changed it: the analyst (profiel_analist changed) or the rules (the dossier's data did). */
  door: 'analist' | 'beslisregels';
  regel_van: string | null;
  regel_naar: string | null;
}

/** Per stratum (band × 3 + duration), dossiers per category (profiles 1–4, then onbepaald). */
export type StratumCategoryCounts = number[][];

export interface ChangeCounts {
  /** Per step, how each stratum's count per category moves. */
  steps: Record<DossierStap, StratumCategoryCounts>;
  nieuw: { dossier_id: string; profiel: Profiel | null }[];
  vervallen: { dossier_id: string; profiel: Profiel | null }[];
  ander_stratum: { dossier_id: string; van: string; naar: string }[];
  gewijzigd: DossierChange[];
}

const STRATA = LEEFTIJDSGROEPEN.length * UITKERINGSDUREN.length;
const CATEGORIES = 5;
export const emptyStratumCounts = (): StratumCategoryCounts => Array.from({ length: STRATA }, () => new Array<number>(CATEGORIES).fill(0));
const categoryOf = (p: Profiel | null) => (p === null ? 4 : p - 1);
const stratumName = (h: number) => `${LEEFTIJDSGROEPEN[Math.floor(h / UITKERINGSDUREN.length)]} × ${UITKERINGSDUREN[h % UITKERINGSDUREN.length]}`;

export class ChangeTally {
  private readonly c: ChangeCounts = {
    steps: { nieuw: emptyStratumCounts(), vervallen: emptyStratumCounts(), ander_stratum: emptyStratumCounts(), gewijzigd_analist: emptyStratumCounts(), gewijzigd_regels: emptyStratumCounts() },
    nieuw: [],
    vervallen: [],
    ander_stratum: [],
    gewijzigd: [],
  };

  constructor(private readonly previous: PreviousDossiers) {}

  add(d: Dossier, c: Outcome): void {
    const h = LEEFTIJDSGROEPEN.indexOf(d.stratum.leeftijdsgroep) * UITKERINGSDUREN.length + UITKERINGSDUREN.indexOf(d.stratum.uitkeringsduur);
    const i = this.previous.indexOf(d.dossier_id);
    const { steps } = this.c;
    if (i < 0) {
      this.c.nieuw.push({ dossier_id: d.dossier_id, profiel: c.profiel });
      steps.nieuw[h]![categoryOf(c.profiel)]!++;
      return;
    }
    this.previous.match(i);
    const was = this.previous.stratum(i);
    const before = this.previous.profiel(i);
    if (was !== h) {
      this.c.ander_stratum.push({ dossier_id: d.dossier_id, van: stratumName(was), naar: stratumName(h) });
      steps.ander_stratum[was]![categoryOf(before)]!--;
      steps.ander_stratum[h]![categoryOf(before)]!++;
    }
    if (before !== c.profiel) {
      const door = this.previous.profielAnalist(i) !== c.profiel_analist ? 'analist' : 'beslisregels';
      this.c.gewijzigd.push({ dossier_id: d.dossier_id, van: before, naar: c.profiel, door, regel_van: this.previous.regel(i), regel_naar: c.regel });
      const step = door === 'analist' ? steps.gewijzigd_analist : steps.gewijzigd_regels;
      step[h]![categoryOf(before)]!--;
      step[h]![categoryOf(c.profiel)]!++;
    }
  }

  /** What it has counted, as plain data. */
  counts(): ChangeCounts {
    return this.c;
  }

  /** Adds the changes of the dossiers that follow these in the file (another thread's part). */
  absorb(other: ChangeCounts): void {
    for (const stap of DOSSIER_STAPPEN) other.steps[stap].forEach((perCategory, h) => perCategory.forEach((x, k) => (this.c.steps[stap][h]![k]! += x)));
    // One by one: a spread of a long list would overflow the stack.
    for (const x of other.nieuw) this.c.nieuw.push(x);
    for (const x of other.ander_stratum) this.c.ander_stratum.push(x);
    for (const x of other.gewijzigd) this.c.gewijzigd.push(x);
  }

  /** Once the whole export is read: last month's dossiers that it no longer has. */
  finish(): ChangeCounts {
    for (let i = 0; i < this.previous.size; i++) {
      if (this.previous.isMatched(i)) continue;
      const profiel = this.previous.profiel(i);
      this.c.vervallen.push({ dossier_id: this.previous.id(i), profiel });
      this.c.steps.vervallen[this.previous.stratum(i)]![categoryOf(profiel)]!--;
    }
    return this.c;
  }
}

/** Last month's sample per stratum and category: where the split starts. */
export function startingCounts(previous: PreviousDossiers): StratumCategoryCounts {
  const counts = emptyStratumCounts();
  for (let i = 0; i < previous.size; i++) counts[previous.stratum(i)]![categoryOf(previous.profiel(i))]!++;
  return counts;
}
