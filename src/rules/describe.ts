// Conditions as a person reads them: `klantwens bevat werk EN investeringsbereid = ja`.
import { leafTest, type Condition } from './table.js';

const list = (v: unknown) => [v].flat().join(' of ');

/** A notion's id as words: `professional_in_beeld` → "professional in beeld". */
export const definitionName = (id: string) => id.replace(/_/g, ' ');

export function describeLeaf(c: Condition): string {
  if (c.begrip !== undefined) return definitionName(c.begrip);
  const test = leafTest(c)!;
  const v = c[test];
  switch (test) {
    case 'is':
      return `${c.veld} = ${list(v)}`;
    case 'is_niet':
      return Array.isArray(v) && v.length > 1 ? `${c.veld} is geen van: ${v.join(', ')}` : `${c.veld} ≠ ${list(v)}`;
    case 'bevat':
      return `${c.veld} bevat ${list(v)}`;
    case 'bevat_iets_anders_dan':
      return `${c.veld} noemt iets anders dan ${list(v)}`;
    case 'alleen':
      return `${c.veld} is alleen ${list(v)}`;
    case 'minstens':
      return `${c.veld} ≥ ${v}`;
    case 'kleiner_dan':
      return `${c.veld} < ${v}`;
    case 'onbekend':
      return v ? `${c.veld} is onbekend` : `${c.veld} is bekend`;
  }
}

/** One line; nested groups in brackets. */
export function describeCondition(c: Condition, nested = false): string {
  if (c.alle || c.een_van) {
    const joiner = c.alle ? ' EN ' : ' OF ';
    const text = (c.alle ?? c.een_van)!.map((sub) => describeCondition(sub, true)).join(joiner);
    return nested ? `(${text})` : text;
  }
  if (c.niet) return `NIET ${describeCondition(c.niet, true)}`;
  return describeLeaf(c);
}

/** A dossier value as it would be written in the export. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'onbekend';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (Array.isArray(value)) return value.length ? value.join('|') : '(leeg)';
  return String(value);
}
