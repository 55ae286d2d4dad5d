// The shape of a rule table (JSON). Structure is checked by zod; meaning (does the field exist,
// does the value fit the field) by `checkRuleTable`, against the dossier schema's field info.
import { z } from 'zod';
import { RULE_FIELDS, fieldInfo, type FieldInfo } from '../dossier/schema.js';
import { PROFIELEN, suggest, type Profiel } from '../dossier/vocabulary.js';

const scalar = z.union([z.string(), z.number()]);

/** A leaf names a field and exactly one test; a branch combines conditions. */
export interface Condition {
  veld?: string;
  is?: string | number;
  is_niet?: string | number;
  bevat?: string | string[];
  bevat_iets_anders_dan?: string[];
  alleen?: string[];
  minstens?: number;
  kleiner_dan?: number;
  onbekend?: boolean;
  alle?: Condition[];
  een_van?: Condition[];
  niet?: Condition;
}

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.strictObject({
    veld: z.string().optional(),
    is: scalar.optional(),
    is_niet: scalar.optional(),
    bevat: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    bevat_iets_anders_dan: z.array(z.string()).min(1).optional(),
    alleen: z.array(z.string()).min(1).optional(),
    minstens: z.number().optional(),
    kleiner_dan: z.number().optional(),
    onbekend: z.boolean().optional(),
    alle: z.array(conditionSchema).min(1).optional(),
    een_van: z.array(conditionSchema).min(1).optional(),
    niet: conditionSchema.optional(),
  }),
);

export const LEAF_TESTS = ['is', 'is_niet', 'bevat', 'bevat_iets_anders_dan', 'alleen', 'minstens', 'kleiner_dan', 'onbekend'] as const;
export type LeafTest = (typeof LEAF_TESTS)[number];
const BRANCHES = ['alle', 'een_van', 'niet'] as const;

const profielSchema = z.union(PROFIELEN.map((p) => z.literal(p)) as [z.ZodLiteral<Profiel>, ...z.ZodLiteral<Profiel>[]]);

const ruleSchema = z.strictObject({
  id: z.string().min(1),
  profiel: profielSchema,
  omschrijving: z.string().optional(),
  als: conditionSchema,
});

const flagSchema = z.strictObject({
  id: z.string().min(1),
  omschrijving: z.string().optional(),
  /** The flag only applies to dossiers whose effective profile is one of these. */
  bij_profiel: z.array(profielSchema).min(1).optional(),
  als: conditionSchema,
});

export const ruleTableSchema = z.strictObject({
  naam: z.string().min(1),
  omschrijving: z.string().optional(),
  regels: z.array(ruleSchema).min(1),
  twijfel: z.array(flagSchema).default([]),
  prioriteit: z.array(flagSchema).default([]),
});

export type Rule = z.output<typeof ruleSchema>;
export type Flag = z.output<typeof flagSchema>;
export type RuleTable = z.output<typeof ruleTableSchema>;

/** Which test a leaf applies (validated tables have exactly one). */
export function leafTest(c: Condition): LeafTest | undefined {
  return LEAF_TESTS.find((t) => c[t] !== undefined);
}

const JA_NEE = ['ja', 'nee'];

/** Reasons why a structurally valid table does not fit the dossier fields; empty when it does. */
export function checkRuleTable(table: RuleTable): string[] {
  const reasons: string[] = [];
  const ids = new Set<string>();
  table.regels.forEach((rule, i) => {
    if (ids.has(rule.id)) reasons.push(`regels[${i}]: id "${rule.id}" komt twee keer voor`);
    ids.add(rule.id);
    checkCondition(rule.als, `regels[${i}] (${rule.id}).als`, reasons);
  });
  for (const kind of ['twijfel', 'prioriteit'] as const) {
    table[kind].forEach((flag, i) => checkCondition(flag.als, `${kind}[${i}] (${flag.id}).als`, reasons));
  }
  return reasons;
}

function checkCondition(c: Condition, where: string, reasons: string[]): void {
  const branches = BRANCHES.filter((b) => c[b] !== undefined);
  const tests = LEAF_TESTS.filter((t) => c[t] !== undefined);
  if (branches.length + tests.length !== 1 || (branches.length === 1 && c.veld !== undefined)) {
    reasons.push(`${where}: een voorwaarde heeft óf "veld" met precies één toets (${LEAF_TESTS.join(', ')}), óf precies één van ${BRANCHES.join(', ')}`);
    return;
  }
  if (c.alle) return c.alle.forEach((sub, i) => checkCondition(sub, `${where}.alle[${i}]`, reasons));
  if (c.een_van) return c.een_van.forEach((sub, i) => checkCondition(sub, `${where}.een_van[${i}]`, reasons));
  if (c.niet) return checkCondition(c.niet, `${where}.niet`, reasons);

  const test = tests[0]!;
  if (c.veld === undefined) {
    reasons.push(`${where}: "${test}" zonder "veld"`);
    return;
  }
  const info = fieldInfo(c.veld);
  if (!info) {
    const hint = suggest(c.veld, RULE_FIELDS);
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
