// Applies a rule table to one dossier. Three-valued (Kleene) logic: a test on an unknown field
// is `onbekend`, and a rule fires only when its condition is `waar`. The trace keeps every
// condition's outcome, so `explain` can show why, and which unknowns could have changed it.
import type { Dossier } from '../dossier/schema.js';
import type { Profiel } from '../dossier/vocabulary.js';
import { leafTest, unknownSubprofile, type Condition, type Flag, type RuleTable } from './schema.js';

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
  /** Variant of the effective profile (`4a`, `4b`, or `4?` when none holds); null if it has none. */
  subprofiel: string | null;
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
  const definitions = definitionsOf(table);
  const regels = table.regels.map((rule): RuleTrace => {
    const voorwaarde = evaluate(rule.als, dossier, definitions);
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
    subprofiel: subprofile(table, dossier, profiel, definitions),
    twijfel: flags(table.twijfel, dossier, profiel, definitions),
    prioriteit: flags(table.prioriteit, dossier, profiel, definitions),
    beslissendOnbekend,
    regels,
  };
}

/** Named conditions of a table, looked up by id (built once per table). */
export type Definitions = ReadonlyMap<string, Condition>;
const definitionCache = new WeakMap<RuleTable, Definitions>();
export function definitionsOf(table: RuleTable): Definitions {
  let map = definitionCache.get(table);
  if (!map) definitionCache.set(table, (map = new Map(table.begrippen.map((d) => [d.id, d.als]))));
  return map;
}

function subprofile(table: RuleTable, dossier: Dossier, profiel: Profiel | null, definitions: Definitions): string | null {
  if (profiel === null) return null;
  const variants = table.subprofielen.filter((s) => s.profiel === profiel && s.als);
  if (!variants.length) return null;
  return variants.find((s) => evaluate(s.als!, dossier, definitions).uitkomst === 'waar')?.id ?? unknownSubprofile(table, profiel).id;
}

function flags(list: readonly Flag[], dossier: Dossier, profiel: Profiel | null, definitions: Definitions): string[] {
  return list
    .filter((f) => !f.bij_profiel || (profiel !== null && f.bij_profiel.includes(profiel)))
    .filter((f) => evaluate(f.als, dossier, definitions).uitkomst === 'waar')
    .map((f) => f.id);
}

export function evaluate(c: Condition, dossier: Dossier, definitions: Definitions = new Map()): ConditionTrace {
  if (c.alle || c.een_van) {
    const onderdelen = (c.alle ?? c.een_van)!.map((sub) => evaluate(sub, dossier, definitions));
    const outcomes = onderdelen.map((o) => o.uitkomst);
    const [dominant, other] = c.alle ? (['onwaar', 'waar'] as const) : (['waar', 'onwaar'] as const);
    const uitkomst: Truth = outcomes.includes(dominant) ? dominant : outcomes.includes('onbekend') ? 'onbekend' : other;
    return { voorwaarde: c, uitkomst, onderdelen };
  }
  if (c.niet) {
    const inner = evaluate(c.niet, dossier, definitions);
    const uitkomst: Truth = inner.uitkomst === 'onbekend' ? 'onbekend' : inner.uitkomst === 'waar' ? 'onwaar' : 'waar';
    return { voorwaarde: c, uitkomst, onderdelen: [inner] };
  }
  if (c.begrip !== undefined) {
    // Validated tables name only defined, acyclic notions.
    const inner = evaluate(definitions.get(c.begrip)!, dossier, definitions);
    return { voorwaarde: c, uitkomst: inner.uitkomst, onderdelen: [inner] };
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
      return truth([expected].flat().some((e) => same(value, e)));
    case 'is_niet':
      return truth(![expected].flat().some((e) => same(value, e)));
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

/**
 * Rule files say ja/nee; the schema stores yes/no as booleans and profiles as numbers. Free text
 * (`gebied`) is compared without regard to case or surrounding spaces: `Oost` is `oost`.
 */
function same(value: unknown, expected: unknown): boolean {
  if (typeof value === 'boolean') return value === (expected === 'ja');
  return String(value).trim().toLowerCase() === String(expected).trim().toLowerCase();
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
