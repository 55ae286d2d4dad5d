// What several commands share: reading the dossier export with the right exit codes, the
// common options, messages that --stil silences, and every option parser. Wiring only.
import { Option } from 'commander';
import { streamDossiers, type DossierHandlers, type DossierReading } from '../dossier/load.js';
import { UserError } from '../errors.js';
import { parseRange, type Range } from '../estimate/ranges.js';
import { privacyError, problemsError } from '../render/problems.js';
import { err, nl } from '../render/style.js';

export const allowPersonalDataOption = () =>
  new Option('--sta-persoonsgegevens-toe', 'ga door als de export persoonsgegevens lijkt te bevatten (BSN, naam, adres, geboortedatum)');
/** The export every command but rules reads. */
export const dossiersArgument = ['<dossiers.csv>', 'geanonimiseerde dossierexport (CSV; - leest standaardinvoer)'] as const;
export const rulesOption = () => new Option('--regels <regels.json>', 'gebruik eigen beslisregels in plaats van de standaardregels');

/** --stil: nothing but errors (set for the command that runs, by main's pre-action hook). */
let quiet = false;
export const setQuiet = (on: boolean) => {
  quiet = on;
};
export const quietOption = () => new Option('--stil', 'toon niets dan fouten (voor scripts: de exitcode zegt hoe het ging)');

/** Notices (unknown columns) go to standard error, so standard output stays clean for CSV/JSON. */
export function notify(lines: readonly string[]): void {
  if (!quiet) for (const line of lines) process.stderr.write(`${err.cyan('let op:')} ${line}\n`);
}

/** Warnings of a run (standard error). */
export function warn(lines: readonly string[]): void {
  if (!quiet) for (const line of lines) process.stderr.write(`${err.yellow('waarschuwing:')} ${line}\n`);
}

/** What was done, for a person watching (standard error): "geschreven: telling.json". */
export function tell(line: string): void {
  if (!quiet) process.stderr.write(`${line}\n`);
}

/** A message that is the command's result for a person (standard output), silent with --stil. */
export function show(line: string): void {
  if (!quiet) process.stdout.write(`${line}\n`);
}

export interface ReadOptions {
  staPersoonsgegevensToe?: boolean;
  /** validate reports the problems itself; the other commands stop on them. */
  stopOnProblems?: boolean;
}

/**
 * Reads the dossier export, handing on each dossier as it is read, with the policy every command
 * shares: personal data refused (exit 3) unless allowed, notices shown, problems thrown (exit 1).
 */
export async function readExport(file: string, handlers: Omit<DossierHandlers, 'onProgress'>, options: ReadOptions = {}): Promise<DossierReading> {
  const progress = progressLine();
  let result: DossierReading;
  try {
    result = await streamDossiers(file, { ...handlers, ...(progress && { onProgress: progress.update }) });
  } finally {
    progress?.done();
  }
  if (result.privacy.length && !options.staPersoonsgegevensToe) throw privacyError(file, result.privacy);
  notify(result.notices);
  if (result.privacy.length) notify([`persoonsgegevens toegestaan met --sta-persoonsgegevens-toe (${result.privacy.map((f) => f.kolom).join(', ')})`]);
  if ((options.stopOnProblems ?? true) && result.problems.length) throw problemsError(result.problems);
  return result;
}

/**
 * For a long read, a line on standard error that says how far it is (rows, rows per second),
 * rewritten in place: only on a terminal, never with --stil, and gone before any output.
 */
function progressLine(): { update: (line: number) => void; done: () => void } | undefined {
  if (quiet || !process.stderr.isTTY) return undefined;
  const started = performance.now();
  let last = started;
  let shown = false;
  return {
    update: (line) => {
      const now = performance.now();
      // Quiet for the first second (most exports are read by then), then four times a second.
      if (now - started < 1000 || now - last < 250) return;
      last = now;
      shown = true;
      const perSecond = Math.round(line / ((now - started) / 1000));
      process.stderr.write(`\r${err.dim(`gelezen: ${nl.thousands(line)} regels (${nl.thousands(perSecond)} per seconde)`)}\x1b[K`);
    },
    done: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

/** A usage error about one option's value (exit 2). */
export const usage = (message: string) => new UserError('gebruik', [message]);

export function choice<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw usage(`${name} moet één van ${allowed.join(', ')} zijn, niet "${value}"`);
  };
}

/** A calendar date written as YYYY-MM-DD (2026-02-30 is refused). */
export function date(name: string) {
  return (value: string): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (m && d && d.toISOString().slice(0, 10) === m[0]) return m[0];
    throw usage(`${name} verwacht een datum als 2026-11-01 (jaar-maand-dag), niet "${value}"`);
  };
}

/** A range of whole numbers, `1200-1400`. */
export function range(name: string) {
  return (value: string): Range => {
    const r = parseRange(value);
    if (!r) throw usage(`${name} verwacht van-tot, bijvoorbeeld 1200-1400, niet "${value}"`);
    return r;
  };
}

/** A percentage from 0 to 100, with a decimal comma or point. */
export function percentage(name: string) {
  return (value: string): number => {
    const text = value.trim();
    const n = Number(text.replace(',', '.'));
    // Digits with at most one decimal separator: Number() would also take "0x10" or "1e1".
    if (!/^\d+([.,]\d+)?$/.test(text) || n > 100) throw usage(`${name} verwacht een percentage van 0 tot 100, niet "${value}"`);
    return n;
  };
}

/** A whole number of 1 or more. */
export function positive(name: string) {
  return (value: string): number => {
    const n = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || n < 1 || !Number.isSafeInteger(n)) throw usage(`${name} verwacht een geheel getal van 1 of meer, niet "${value}"`);
    return n;
  };
}
