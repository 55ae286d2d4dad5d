// Applies a rule table to one dossier. Three-valued (Kleene) logic: a test on an unknown field
// is `onbekend`, and a rule fires only when its condition is `waar`. The trace keeps every
// condition's outcome, so `explain` can show why, and which unknowns could have changed it.
import type { Dossier } from '../dossier/schema.js';
import type { Profiel } from '../dossier/vocabulary.js';
import { leafTest, type Condition, type Flag, type RuleTable } from './schema.js';

export type Truth = 'waar' | 'onwaar' | 'onbekend';

export interface ConditionTrace {
  voorwaarde: Condition;
  uitkomst: Truth;
  /** For a leaf: the dossier's value of the field (undefined = unknown). */
  waarde?: unknown;
  onderdelen?: ConditionTrace[];
}

export interface RuleTrace {
  id: string;
  profiel: Profiel;
  uitkomst: Truth;
  voorwaarde: ConditionTrace;
  /** Unknown fields that decide this rule's `onbekend` (empty unless it is onbekend). */
  onbekendeVelden: string[];
}

export interface Classification {
  /** The rules' profile, or null: onbepaald. */
  profiel_regels: Profiel | null;
  regel: string | null;
  profiel_analist: Profiel | null;
  /** Effective profile: the analyst's where present (and not ignored), else the rules'. */
  profiel: Profiel | null;
  bron: 'analist' | 'regels';
  twijfel: string[];
  prioriteit: string[];
  /** Unknown fields that could have changed the rules' outcome. */
  beslissendOnbekend: string[];
  regels: RuleTrace[];
}

export interface ClassifyOptions {
  /** Ignore `profiel_analist` (--alleen-regels). */
  alleenRegels?: boolean;
}

export function classify(dossier: Dossier, table: RuleTable, options: ClassifyOptions = {}): Classification {
  const regels = table.regels.map((rule): RuleTrace => {
    const voorwaarde = evaluate(rule.als, dossier);
    return {
      id: rule.id,
      profiel: rule.profiel,
      uitkomst: voorwaarde.uitkomst,
      voorwaarde,
      onbekendeVelden: deciding(voorwaarde),
    };
  });
  const winner = regels.findIndex((r) => r.uitkomst === 'waar');
  // Only rules before the winner could have taken its place; with no winner, all could.
  const before = winner < 0 ? regels : regels.slice(0, winner);
  const beslissendOnbekend = [...new Set(before.flatMap((r) => r.onbekendeVelden))];
  const fired = winner < 0 ? undefined : regels[winner]!;
  const profielRegels = fired?.profiel ?? null;
  const analist = options.alleenRegels ? null : (dossier.profiel_analist ?? null);
  const profiel = analist ?? profielRegels;
  return {
    profiel_regels: profielRegels,
    regel: fired?.id ?? null,
    profiel_analist: dossier.profiel_analist ?? null,
    profiel,
    bron: analist !== null ? 'analist' : 'regels',
    twijfel: flags(table.twijfel, dossier, profiel),
    prioriteit: flags(table.prioriteit, dossier, profiel),
    beslissendOnbekend,
    regels,
  };
}

function flags(list: readonly Flag[], dossier: Dossier, profiel: Profiel | null): string[] {
  return list
    .filter((f) => !f.bij_profiel || (profiel !== null && f.bij_profiel.includes(profiel)))
    .filter((f) => evaluate(f.als, dossier).uitkomst === 'waar')
    .map((f) => f.id);
}

export function evaluate(c: Condition, dossier: Dossier): ConditionTrace {
  if (c.alle || c.een_van) {
    const onderdelen = (c.alle ?? c.een_van)!.map((sub) => evaluate(sub, dossier));
    const outcomes = onderdelen.map((o) => o.uitkomst);
    const [dominant, other] = c.alle ? (['onwaar', 'waar'] as const) : (['waar', 'onwaar'] as const);
    const uitkomst: Truth = outcomes.includes(dominant) ? dominant : outcomes.includes('onbekend') ? 'onbekend' : other;
    return { voorwaarde: c, uitkomst, onderdelen };
  }
  if (c.niet) {
    const inner = evaluate(c.niet, dossier);
    const uitkomst: Truth = inner.uitkomst === 'onbekend' ? 'onbekend' : inner.uitkomst === 'waar' ? 'onwaar' : 'waar';
    return { voorwaarde: c, uitkomst, onderdelen: [inner] };
  }
  const waarde = (dossier as Record<string, unknown>)[c.veld!];
  return { voorwaarde: c, uitkomst: testLeaf(c, waarde), waarde };
}

function testLeaf(c: Condition, value: unknown): Truth {
  const test = leafTest(c)!;
  if (test === 'onbekend') return (value === undefined) === c.onbekend ? 'waar' : 'onwaar';
  if (value === undefined) return 'onbekend';
  const truth = (b: boolean): Truth => (b ? 'waar' : 'onwaar');
  const expected = c[test];
  switch (test) {
    case 'is':
      return truth(same(value, expected));
    case 'is_niet':
      return truth(!same(value, expected));
    case 'minstens':
      return truth((value as number) >= (expected as number));
    case 'kleiner_dan':
      return truth((value as number) < (expected as number));
    case 'bevat': {
      const wanted = [expected].flat() as string[];
      return truth((value as string[]).some((v) => wanted.includes(v)));
    }
    case 'bevat_iets_anders_dan':
      return truth((value as string[]).some((v) => !(expected as string[]).includes(v)));
    case 'alleen':
      return truth((value as string[]).length > 0 && (value as string[]).every((v) => (expected as string[]).includes(v)));
  }
}

/** Rule files say ja/nee; the schema stores yes/no as booleans and profiles as numbers. */
function same(value: unknown, expected: unknown): boolean {
  if (typeof value === 'boolean') return value === (expected === 'ja');
  return String(value) === String(expected);
}

/**
 * The unknown fields whose value could change an `onbekend` outcome: those in parts that are
 * themselves onbekend (a part already decided elsewhere cannot matter).
 */
function deciding(t: ConditionTrace): string[] {
  if (t.uitkomst !== 'onbekend') return [];
  if (!t.onderdelen) return t.voorwaarde.veld ? [t.voorwaarde.veld] : [];
  return [...new Set(t.onderdelen.flatMap(deciding))];
}
