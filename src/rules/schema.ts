// The shape of a rule table (JSON). Structure is checked by zod; meaning (does the field exist,
// does the value fit the field, does a named definition exist) by `checkRuleTable`, against the
// dossier schema's field info. Loaded only to read a rule file (rules/load): the program itself
// works with the types, and with rules/table.
import * as z from 'zod/mini';
import { RULE_FIELDS, fieldInfo, type FieldInfo } from '../dossier/schema.js';
import { PROFIELEN, type Profiel } from '../dossier/vocabulary.js';
import { suggest } from '../io/words.js';
import { BRANCHES, LEAF_TESTS, type Condition, type LeafTest } from './table.js';

const scalar = z.union([z.string(), z.number()]);
/** `is` and `is_niet` take one value, or several (`"is": ["beperkt", "onvoldoende"]`: one of them). */
const scalarOrList = z.union([scalar, z.array(scalar).check(z.minLength(1))]);

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.strictObject({
    veld: z.optional(z.string()),
    is: z.optional(scalarOrList),
    is_niet: z.optional(scalarOrList),
    bevat: z.optional(z.union([z.string(), z.array(z.string()).check(z.minLength(1))])),
    bevat_iets_anders_dan: z.optional(z.array(z.string()).check(z.minLength(1))),
    alleen: z.optional(z.array(z.string()).check(z.minLength(1))),
    minstens: z.optional(z.number()),
    kleiner_dan: z.optional(z.number()),
    onbekend: z.optional(z.boolean()),
    alle: z.optional(z.array(conditionSchema).check(z.minLength(1))),
    een_van: z.optional(z.array(conditionSchema).check(z.minLength(1))),
    niet: z.optional(conditionSchema),
    begrip: z.optional(z.string().check(z.minLength(1))),
  }),
);

const profielSchema = z.union(PROFIELEN.map((p) => z.literal(p)) as [z.ZodMiniLiteral<Profiel>, ...z.ZodMiniLiteral<Profiel>[]]);

const ruleSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  profiel: profielSchema,
  omschrijving: z.optional(z.string()),
  als: conditionSchema,
});

const flagSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  /** Short name for tables (the id where absent). */
  label: z.optional(z.string().check(z.minLength(1))),
  omschrijving: z.optional(z.string()),
  /** The flag only applies to dossiers whose effective profile is one of these. */
  bij_profiel: z.optional(z.array(profielSchema).check(z.minLength(1))),
  /** A narrower case of another flag of the same list (young children of children under 18): the pilot counts the two as one criterion. */
  onderdeel_van: z.optional(z.string().check(z.minLength(1))),
  als: conditionSchema,
});

/** A named condition, used by rules and flags as `{ "begrip": id }`. */
const definitionSchema = z.strictObject({
  id: z.string().check(z.refine((id: string) => /^[a-z0-9_]+$/.test(id), 'alleen kleine letters, cijfers en _')),
  omschrijving: z.optional(z.string()),
  als: conditionSchema,
});

/**
 * A variant of one profile (ch. 6: profile 4 with or without social isolation). The first whose
 * condition holds names the dossier's sub-profile; the one entry of a profile without `als` is
 * what it gets when none holds (to be examined; `<profiel>?` if the table names none).
 */
const subprofileSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  profiel: profielSchema,
  label: z.optional(z.string().check(z.minLength(1))),
  omschrijving: z.optional(z.string()),
  als: z.optional(conditionSchema),
});

export const ruleTableSchema = z.strictObject({
  naam: z.string().check(z.minLength(1)),
  omschrijving: z.optional(z.string()),
  begrippen: z._default(z.array(definitionSchema), []),
  regels: z.array(ruleSchema).check(z.minLength(1)),
  subprofielen: z._default(z.array(subprofileSchema), []),
  twijfel: z._default(z.array(flagSchema), []),
  prioriteit: z._default(z.array(flagSchema), []),
});

export type Rule = z.output<typeof ruleSchema>;
export type Flag = z.output<typeof flagSchema>;
export type Definition = z.output<typeof definitionSchema>;
export type Subprofile = z.output<typeof subprofileSchema>;
export type RuleTable = z.output<typeof ruleTableSchema>;

const JA_NEE = ['ja', 'nee'];

/** Reasons why a structurally valid table does not fit the dossier fields; empty when it does. */
export function checkRuleTable(table: RuleTable): string[] {
  const reasons: string[] = [];
  const definitions = new Map(table.begrippen.map((d) => [d.id, d]));
  const check = (c: Condition, where: string) => checkCondition(c, where, definitions, reasons);
  unique(table.begrippen, 'begrippen', reasons);
  table.begrippen.forEach((d, i) => check(d.als, `begrippen[${i}] (${d.id}).als`));
  reasons.push(...definitionCycles(table.begrippen));
  unique(table.regels, 'regels', reasons);
  table.regels.forEach((rule, i) => check(rule.als, `regels[${i}] (${rule.id}).als`));
  unique(table.subprofielen, 'subprofielen', reasons);
  const fallback = new Set<Profiel>();
  table.subprofielen.forEach((sub, i) => {
    if (sub.als) return check(sub.als, `subprofielen[${i}] (${sub.id}).als`);
    if (fallback.has(sub.profiel)) reasons.push(`subprofielen[${i}]: profiel ${sub.profiel} heeft al een subprofiel zonder "als" (voor als geen ander geldt)`);
    fallback.add(sub.profiel);
  });
  for (const kind of ['twijfel', 'prioriteit'] as const) {
    unique(table[kind], kind, reasons);
    table[kind].forEach((flag, i) => check(flag.als, `${kind}[${i}] (${flag.id}).als`));
    table[kind].forEach((flag, i) => {
      if (flag.onderdeel_van === undefined) return;
      const whole = table[kind].find((f) => f.id === flag.onderdeel_van);
      if (!whole) reasons.push(`${kind}[${i}] (${flag.id}).onderdeel_van: "${flag.onderdeel_van}" staat niet in ${kind}${suggestFlag(flag.onderdeel_van, table[kind])}`);
      else if (whole.onderdeel_van !== undefined || whole === flag) reasons.push(`${kind}[${i}] (${flag.id}).onderdeel_van: "${flag.onderdeel_van}" moet een groep zijn die zelf nergens onderdeel van is`);
    });
  }
  return reasons;
}

const suggestFlag = (id: string, flags: readonly { id: string }[]) => {
  const s = suggest(id, flags.map((f) => f.id));
  return s ? ` (bedoelt u ${s}?)` : '';
};

function unique(items: readonly { id: string }[], kind: string, reasons: string[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) reasons.push(`${kind}[${i}]: id "${item.id}" komt twee keer voor`);
    seen.add(item.id);
  });
}

/** Definitions that refer to themselves, directly or through others, can never be evaluated. */
function definitionCycles(definitions: readonly Definition[]): string[] {
  const uses = new Map(definitions.map((d) => [d.id, referencedDefinitions(d.als)]));
  const reasons: string[] = [];
  const state = new Map<string, 'bezig' | 'klaar'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'klaar' || !uses.has(id)) return;
    if (state.get(id) === 'bezig') {
      reasons.push(`begrippen: ${[...path.slice(path.indexOf(id)), id].join(' → ')} verwijzen in een kring naar elkaar`);
      return;
    }
    state.set(id, 'bezig');
    for (const next of uses.get(id)!) visit(next, [...path, id]);
    state.set(id, 'klaar');
  };
  for (const d of definitions) visit(d.id, []);
  return reasons;
}

/** The definitions a condition names, at any depth. */
export function referencedDefinitions(c: Condition): string[] {
  if (c.begrip !== undefined) return [c.begrip];
  if (c.niet) return referencedDefinitions(c.niet);
  return (c.alle ?? c.een_van ?? []).flatMap(referencedDefinitions);
}

function checkCondition(c: Condition, where: string, definitions: ReadonlyMap<string, Definition>, reasons: string[]): void {
  const branches = BRANCHES.filter((b) => c[b] !== undefined);
  const tests = LEAF_TESTS.filter((t) => c[t] !== undefined);
  if (branches.length + tests.length !== 1 || (branches.length === 1 && c.veld !== undefined)) {
    reasons.push(`${where}: een voorwaarde heeft óf "veld" met precies één toets (${LEAF_TESTS.join(', ')}), óf precies één van ${BRANCHES.join(', ')}`);
    return;
  }
  const sub = (x: Condition, path: string) => checkCondition(x, path, definitions, reasons);
  if (c.alle) return c.alle.forEach((x, i) => sub(x, `${where}.alle[${i}]`));
  if (c.een_van) return c.een_van.forEach((x, i) => sub(x, `${where}.een_van[${i}]`));
  if (c.niet) return sub(c.niet, `${where}.niet`);
  if (c.begrip !== undefined) {
    if (!definitions.has(c.begrip)) {
      const hint = suggest(c.begrip, [...definitions.keys()]);
      reasons.push(`${where}: begrip "${c.begrip}" is niet gedefinieerd onder "begrippen"${hint ? ` (bedoelt u ${hint}?)` : ''}`);
    }
    return;
  }

  const test = tests[0]!;
  if (c.veld === undefined) {
    reasons.push(`${where}: "${test}" zonder "veld"`);
    return;
  }
  const info = fieldInfo(c.veld);
  if (!info) {
    const hint = suggest(c.veld, RULE_FIELDS.filter((f) => f !== c.veld));
    reasons.push(`${where}: veld "${c.veld}" bestaat niet in de dossierexport${hint ? ` (bedoelt u ${hint}?)` : ''}`);
    return;
  }
  const problem = testProblem(test, c, info);
  if (problem) reasons.push(`${where}: ${c.veld} ${problem}`);
}

function testProblem(test: LeafTest, c: Condition, info: FieldInfo): string | undefined {
  if (test === 'onbekend') return undefined;
  const values = [c[test]].flat() as (string | number)[];
  switch (info.soort) {
    case 'janee':
      if (test !== 'is' && test !== 'is_niet') return `is ja/nee: gebruik "is" of "is_niet", niet "${test}"`;
      return allowed(values, JA_NEE);
    case 'getal':
      if (!['is', 'is_niet', 'minstens', 'kleiner_dan'].includes(test)) return `is een getal: gebruik is, is_niet, minstens of kleiner_dan, niet "${test}"`;
      return values.every((v) => typeof v === 'number') ? undefined : `is een getal: vergelijk met een getal, niet met ${JSON.stringify(values[0])}`;
    case 'keuze':
      if (test !== 'is' && test !== 'is_niet') return `heeft één waarde: gebruik "is" of "is_niet", niet "${test}"`;
      return allowed(values, info.waarden);
    case 'meerkeuze':
      if (!['bevat', 'bevat_iets_anders_dan', 'alleen'].includes(test)) return `kan meerdere waarden hebben: gebruik bevat, bevat_iets_anders_dan of alleen, niet "${test}"`;
      return allowed(values, info.waarden);
    case 'tekst':
      return test === 'is' || test === 'is_niet' ? undefined : `is vrije tekst: gebruik "is" of "is_niet"`;
  }
}

function allowed(values: (string | number)[], options: readonly string[]): string | undefined {
  for (const v of values) {
    if (!options.includes(String(v))) {
      const hint = suggest(String(v), options);
      return `kent de waarde "${v}" niet (mogelijk: ${options.join(', ')})${hint ? `; bedoelt u ${hint}?` : ''}`;
    }
  }
  return undefined;
}
