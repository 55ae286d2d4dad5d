// Applies a rule table to one dossier. Three-valued (Kleene) logic: a test on an unknown field
// is `onbekend`, and a rule fires only when its condition is `waar`. The trace keeps every
// condition's outcome, so `explain` can show why, and which unknowns could have changed it.
import type { Dossier } from '../dossier/schema.js';
import type { Profiel } from '../dossier/vocabulary.js';
import type { Flag, RuleTable } from './schema.js';
import { leafTest, unknownSubprofile, type Condition } from './table.js';

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

/** What a run keeps of one dossier's classification: no trace. */
export interface Outcome {
  /** The rules' profile, or null: onbepaald. */
  profiel_regels: Profiel | null;
  regel: string | null;
  profiel_analist: Profiel | null;
  /** Effective profile: the analyst's where present (and not ignored), else the rules'. */
  profiel: Profiel | null;
  bron: 'analist' | 'regels';
  /** Variant of the effective profile (`4a`, `4b`, or `4?` when none holds); null if it has none. */
  subprofiel: string | null;
  twijfel: readonly string[];
  prioriteit: readonly string[];
  /** Priority groups that cannot be decided: a field they need is unknown for this dossier. */
  prioriteit_onbekend: readonly string[];
}

/** An outcome with its trace, for `explain`. */
export interface Classification extends Outcome {
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
  const fired = winner < 0 ? undefined : regels[winner]!;
  return {
    ...completeOutcome(compiledOf(table), dossier, fired ? { id: fired.id, profiel: fired.profiel } : undefined, options),
    beslissendOnbekend: [...new Set(before.flatMap((r) => r.onbekendeVelden))],
    regels,
  };
}

/** `make`, computed once per key object (a table, a condition) and remembered while the key lives. */
function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

/** Named conditions of a table, looked up by id (built once per table). */
export type Definitions = ReadonlyMap<string, Condition>;
export const definitionsOf: (table: RuleTable) => Definitions = oncePer((table) => new Map(table.begrippen.map((d) => [d.id, d.als])));

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
    return { voorwaarde: c, uitkomst: negate(inner.uitkomst), onderdelen: [inner] };
  }
  if (c.begrip !== undefined) {
    // Validated tables name only defined, acyclic notions.
    const inner = evaluate(definitions.get(c.begrip)!, dossier, definitions);
    return { voorwaarde: c, uitkomst: inner.uitkomst, onderdelen: [inner] };
  }
  const waarde = (dossier as Record<string, unknown>)[c.veld!];
  return { voorwaarde: c, uitkomst: leafOf(c)(waarde), waarde };
}

const negate = (t: Truth): Truth => (t === 'onbekend' ? 'onbekend' : t === 'waar' ? 'onwaar' : 'waar');

/**
 * The test of one leaf as a function of the field's value, built once per condition: the one
 * place where a leaf's meaning is written, for the traced and the compiled evaluator alike.
 */
const leafOf = oncePer(compileLeaf);

function compileLeaf(c: Condition): (value: unknown) => Truth {
  const test = leafTest(c)!;
  const truth = (b: boolean): Truth => (b ? 'waar' : 'onwaar');
  if (test === 'onbekend') return (value) => truth((value === undefined) === c.onbekend);
  const known = (check: (value: unknown) => boolean) => (value: unknown): Truth => (value === undefined ? 'onbekend' : truth(check(value)));
  const expected = c[test];
  switch (test) {
    case 'is':
    case 'is_niet': {
      const match = matcher([expected].flat() as (string | number)[]);
      return test === 'is' ? known(match) : known((v) => !match(v));
    }
    case 'minstens':
      return known((v) => (v as number) >= (expected as number));
    case 'kleiner_dan':
      return known((v) => (v as number) < (expected as number));
    case 'bevat': {
      const wanted = new Set([expected].flat() as string[]);
      return known((v) => (v as string[]).some((x) => wanted.has(x)));
    }
    case 'bevat_iets_anders_dan': {
      const listed = new Set(expected as string[]);
      return known((v) => (v as string[]).some((x) => !listed.has(x)));
    }
    case 'alleen': {
      const listed = new Set(expected as string[]);
      return known((v) => (v as string[]).length > 0 && (v as string[]).every((x) => listed.has(x)));
    }
  }
}

/**
 * Rule files say ja/nee; the schema stores yes/no as booleans and profiles as numbers. Free text
 * (`gebied`) is compared without regard to case or surrounding spaces: `Oost` is `oost`.
 */
function matcher(expected: readonly (string | number)[]): (value: unknown) => boolean {
  const words = new Set(expected.map((e) => String(e).trim().toLowerCase()));
  const yes = expected.includes('ja');
  const no = expected.some((e) => e !== 'ja');
  return (value) => {
    if (typeof value === 'boolean') return value ? yes : no;
    return words.has(String(value).trim().toLowerCase());
  };
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

// The main job's evaluator: the same conditions compiled once into closures, with no trace, and
// And/Or stopping at the first part that decides them (Kleene logic gives the same outcome).
type Compiled = (d: Dossier) => Truth;

interface CompiledTable {
  regels: { id: string; profiel: Profiel; als: Compiled }[];
  /** Per profile: its variants with a condition, and the id when none holds. */
  subprofielen: Map<Profiel, { variants: { id: string; als: Compiled }[]; unknown: string }>;
  twijfel: CompiledFlag[];
  prioriteit: CompiledFlag[];
}

interface CompiledFlag {
  id: string;
  bij_profiel?: readonly Profiel[];
  als: Compiled;
}

const compiledOf = oncePer(compileTable);

function compileTable(table: RuleTable): CompiledTable {
  const definitions = definitionsOf(table);
  const notions = new Map<string, Compiled>();
  const compile = (c: Condition): Compiled => {
    if (c.alle || c.een_van) {
      const parts = (c.alle ?? c.een_van)!.map(compile);
      const [dominant, other]: [Truth, Truth] = c.alle ? ['onwaar', 'waar'] : ['waar', 'onwaar'];
      return (d) => {
        let unknown = false;
        for (let i = 0; i < parts.length; i++) {
          const t = parts[i]!(d);
          if (t === dominant) return dominant;
          if (t === 'onbekend') unknown = true;
        }
        return unknown ? 'onbekend' : other;
      };
    }
    if (c.niet) {
      const inner = compile(c.niet);
      return (d) => negate(inner(d));
    }
    if (c.begrip !== undefined) {
      // A notion is compiled once, however many rules use it; validated tables have no cycles.
      let notion = notions.get(c.begrip);
      if (!notion) notions.set(c.begrip, (notion = compile(definitions.get(c.begrip)!)));
      return notion;
    }
    const field = c.veld!;
    const leaf = leafOf(c);
    return (d) => leaf((d as Record<string, unknown>)[field]);
  };
  const flag = (f: Flag): CompiledFlag => ({ id: f.id, ...(f.bij_profiel && { bij_profiel: f.bij_profiel }), als: compile(f.als) });
  const subprofielen = new Map<Profiel, { variants: { id: string; als: Compiled }[]; unknown: string }>();
  for (const s of table.subprofielen) {
    if (!s.als) continue;
    const entry = subprofielen.get(s.profiel) ?? { variants: [], unknown: unknownSubprofile(table, s.profiel).id };
    entry.variants.push({ id: s.id, als: compile(s.als) });
    subprofielen.set(s.profiel, entry);
  }
  return {
    regels: table.regels.map((r) => ({ id: r.id, profiel: r.profiel, als: compile(r.als) })),
    subprofielen,
    twijfel: table.twijfel.map(flag),
    prioriteit: table.prioriteit.map(flag),
  };
}

const NONE: readonly string[] = Object.freeze([]);

/** The flags that hold for a dossier, and those its unknowns leave undecided. */
function flagsOf(list: readonly CompiledFlag[], d: Dossier, profiel: Profiel | null): { waar: readonly string[]; onbekend: readonly string[] } {
  let waar: string[] | undefined;
  let onbekend: string[] | undefined;
  for (const f of list) {
    if (f.bij_profiel && (profiel === null || !f.bij_profiel.includes(profiel))) continue;
    const t = f.als(d);
    if (t === 'waar') (waar ??= []).push(f.id);
    else if (t === 'onbekend') (onbekend ??= []).push(f.id);
  }
  return { waar: waar ?? NONE, onbekend: onbekend ?? NONE };
}

/** The effective profile, sub-profile and flags, once the rule that fired (if any) is known. */
function completeOutcome(table: CompiledTable, dossier: Dossier, fired: { id: string; profiel: Profiel } | undefined, options: ClassifyOptions): Outcome {
  const profielRegels = fired?.profiel ?? null;
  const analist = options.alleenRegels ? null : (dossier.profiel_analist ?? null);
  const profiel = analist ?? profielRegels;
  const variants = profiel === null ? undefined : table.subprofielen.get(profiel);
  const prioriteit = flagsOf(table.prioriteit, dossier, profiel);
  return {
    profiel_regels: profielRegels,
    regel: fired?.id ?? null,
    profiel_analist: dossier.profiel_analist ?? null,
    profiel,
    bron: analist !== null ? 'analist' : 'regels',
    subprofiel: variants ? (variants.variants.find((v) => v.als(dossier) === 'waar')?.id ?? variants.unknown) : null,
    twijfel: flagsOf(table.twijfel, dossier, profiel).waar,
    prioriteit: prioriteit.waar,
    prioriteit_onbekend: prioriteit.onbekend,
  };
}

/**
 * A classifier for the main job: the outcome `classify` gives, without its trace (a dossier's
 * trace is only read by `explain`).
 */
export function compileClassifier(table: RuleTable, options: ClassifyOptions = {}): (dossier: Dossier) => Outcome {
  const compiled = compiledOf(table);
  return (dossier) => completeOutcome(compiled, dossier, compiled.regels.find((r) => r.als(dossier) === 'waar'), options);
}

/**
 * The fields without which a condition can never hold: a leaf's field (unless it tests for
 * unknown), every part's of "alle", those all parts of "een_van" share, a negation's and a
 * notion's own. A priority group that needs a column the export lacks cannot be counted.
 */
export function requiredFields(c: Condition, definitions: Definitions): Set<string> {
  if (c.alle) return new Set(c.alle.flatMap((part) => [...requiredFields(part, definitions)]));
  if (c.een_van) {
    const [first, ...rest] = c.een_van.map((part) => requiredFields(part, definitions));
    return new Set([...first!].filter((f) => rest.every((r) => r.has(f))));
  }
  if (c.niet) return requiredFields(c.niet, definitions);
  if (c.begrip !== undefined) return requiredFields(definitions.get(c.begrip)!, definitions);
  return c.onbekend !== undefined ? new Set() : new Set([c.veld!]);
}
