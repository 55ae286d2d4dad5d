// What several commands share: reading the dossier export with the right exit codes, the
// rule table option, and option parsers. Wiring only; the work happens in the layers below.
import { Option } from 'commander';
import { loadDossiers, type LoadResult } from '../dossier/load.js';
import { SourceNotFoundError } from '../io/read-table.js';
import { formatPrivacyRefusal, formatProblems } from '../render/problems.js';
import { err } from '../render/style.js';
import { loadRuleTable, RuleFileError } from '../rules/load.js';
import type { RuleTable } from '../rules/schema.js';
import { EXIT, ExitError } from './errors.js';

export const allowPersonalDataOption = () =>
  new Option('--sta-persoonsgegevens-toe', 'ga door als de export persoonsgegevens lijkt te bevatten (BSN, naam, adres, geboortedatum)');
export const rulesOption = () => new Option('--regels <regels.json>', 'gebruik eigen beslisregels in plaats van de standaardregels');

/** Notices (unknown columns) go to standard error, so standard output stays clean for CSV/JSON. */
export function notify(lines: readonly string[]): void {
  for (const line of lines) process.stderr.write(`${err.cyan('let op:')} ${line}\n`);
}

export interface ReadOptions {
  staPersoonsgegevensToe?: boolean;
  /** validate reports the problems itself; the other commands stop on them. */
  stopOnProblems?: boolean;
}

export async function readDossiers(file: string, options: ReadOptions = {}): Promise<LoadResult> {
  let result: LoadResult;
  try {
    result = await loadDossiers(file);
  } catch (error) {
    if (error instanceof SourceNotFoundError) throw new ExitError(EXIT.usage, `${err.red('fout:')} ${error.message}\n`);
    throw error;
  }
  if (result.privacy.length && !options.staPersoonsgegevensToe) {
    throw new ExitError(EXIT.privacy, formatPrivacyRefusal(file, result.privacy));
  }
  notify(result.notices);
  if (result.privacy.length) notify([`persoonsgegevens toegestaan met --sta-persoonsgegevens-toe (${result.privacy.map((f) => f.kolom).join(', ')})`]);
  if ((options.stopOnProblems ?? true) && result.problems.length) throw new ExitError(EXIT.input, formatProblems(result.problems));
  return result;
}

export async function readRules(file?: string): Promise<RuleTable> {
  try {
    return await loadRuleTable(file);
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error;
    const reasons = error.reasons.map((r) => `  - ${r}`).join('\n');
    throw new ExitError(EXIT.usage, `${err.red('fout:')} beslisregelbestand ${error.file} is ongeldig:\n${reasons}\n`);
  }
}

export function choice<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new ExitError(EXIT.usage, `${err.red('fout:')} ${name} moet één van ${allowed.join(', ')} zijn, niet "${value}"\n`);
  };
}

/** A calendar date written as YYYY-MM-DD (2026-02-30 is refused). */
export function date(name: string) {
  return (value: string): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (m && d && d.toISOString().slice(0, 10) === m[0]) return m[0];
    throw new ExitError(EXIT.usage, `${err.red('fout:')} ${name} verwacht een datum als 2026-11-01 (jaar-maand-dag), niet "${value}"\n`);
  };
}
