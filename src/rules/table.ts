// A rule table as the program uses it: what a condition is, which test a leaf applies, and the
// sub-profile of a dossier none of whose variants holds. The table's types come from its zod
// schema (rules/schema), which is loaded only to read a rule file.
import type { Profiel } from '../dossier/vocabulary.js';
import type { RuleTable, Subprofile } from './schema.js';

/**
 * A leaf names a field and exactly one test; a branch combines conditions; `begrip` stands for
 * a definition of the table's `begrippen`, so a notion used by several rules is written once.
 */
export interface Condition {
  veld?: string;
  is?: string | number | (string | number)[];
  is_niet?: string | number | (string | number)[];
  bevat?: string | string[];
  bevat_iets_anders_dan?: string[];
  alleen?: string[];
  minstens?: number;
  kleiner_dan?: number;
  onbekend?: boolean;
  alle?: Condition[];
  een_van?: Condition[];
  niet?: Condition;
  begrip?: string;
}

export const LEAF_TESTS = ['is', 'is_niet', 'bevat', 'bevat_iets_anders_dan', 'alleen', 'minstens', 'kleiner_dan', 'onbekend'] as const;
export type LeafTest = (typeof LEAF_TESTS)[number];
export const BRANCHES = ['alle', 'een_van', 'niet', 'begrip'] as const;

/** The sub-profile of a dossier whose profile has variants of which none holds. */
export function unknownSubprofile(table: RuleTable, profiel: Profiel): Subprofile {
  return table.subprofielen.find((s) => s.profiel === profiel && !s.als) ?? { id: `${profiel}?`, profiel, label: 'niet vast te stellen' };
}

/** Which test a leaf applies (validated tables have exactly one). */
export function leafTest(c: Condition): LeafTest | undefined {
  return LEAF_TESTS.find((t) => c[t] !== undefined);
}
