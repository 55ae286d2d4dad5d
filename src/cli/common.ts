// What several commands share when they are declared: the common options (the options of an
// analysis among them), messages that --stil silences, and every option parser. Light on
// purpose: `profiel --help` loads this and commander, not the reader, the schemas or the rules
// (commands import those in their action). Wiring only.
import { Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { INTERVAL_METHODS, type IntervalMethod } from '../estimate/design.js';
import { parseRange, type Range } from '../estimate/ranges.js';
import { TOEWIJZINGEN } from '../sampling/allocation.js';
import { err, visibleText } from '../render/palette.js';

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
export const isQuiet = () => quiet;
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

/** "geschreven: <file>" for each file written, its name on one line whatever it holds. */
export function toldWritten(...paths: readonly (string | undefined)[]): void {
  for (const path of paths) if (path) tell(`geschreven: ${visibleText(path)}`);
}

/** A message that is the command's result for a person (standard output), silent with --stil. */
export function show(line: string): void {
  if (!quiet) process.stdout.write(`${line}\n`);
}

/** A usage error about one option's value (exit 2). */
export const usage = (message: string) => new UserError('gebruik', [message]);

/** One of `allowed`, or a short name for one (`md` for markdown). */
export function choice<T extends string>(name: string, allowed: readonly T[], aliases: Readonly<Record<string, T>> = {}) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    if (Object.hasOwn(aliases, value)) return aliases[value]!;
    throw usage(`${name} moet één van ${[...allowed, ...Object.keys(aliases)].join(', ')} zijn, niet "${value}"`);
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
    const n = plainDecimal(value);
    if (n === undefined || n > 100) throw usage(`${name} verwacht een percentage van 0 tot 100, niet "${value}"`);
    return n;
  };
}

/**
 * A number written with digits and at most one decimal comma or point (Number() alone would
 * also take "0x10" or "1e1"); undefined for anything else.
 */
export function plainDecimal(value: string): number | undefined {
  const text = value.trim();
  return /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
}

/** `a/b/c`: one value for each of <27, 27-55 and 55+, read by `read`; undefined if it is not that. */
export function perBand(value: string, read: (part: string) => number | undefined): number[] | undefined {
  const parts = value.split('/').map(read);
  return parts.length === 3 && parts.every((p) => p !== undefined) ? (parts as number[]) : undefined;
}

/** A whole number of 1 or more. */
export const positive = (name: string) => wholeNumber(name, 1);

/** A whole number from `least` up to `most`. */
export function wholeNumber(name: string, least: number, most = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const text = value.trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < least || n > most || !Number.isSafeInteger(n)) {
      throw usage(`${name} verwacht een geheel getal ${most === Number.MAX_SAFE_INTEGER ? `van ${least} of meer` : `van ${least} tot en met ${most}`}, niet "${value}"`);
    }
    return n;
  };
}

export interface AnalysisFlags {
  populatie?: string;
  totaal: Range;
  aandeelAfronding: number;
  interval: IntervalMethod;
  peildatum?: string;
  regels?: string;
  alleenRegels?: boolean;
  staPersoonsgegevensToe?: boolean;
}

/** Adds the options of one analysis to a command (classify, report, recount). */
export function analysisOptions(command: Command): Command {
  return command
    .option('--populatie <bestand.csv>', 'reken door naar deze populatie per stratum (leeftijdsgroep,uitkeringsduur,aantal) in plaats van de screening van 2018 (606 klanten)')
    .addOption(new Option('--totaal <van-tot>', 'reken door naar een hele groep van deze omvang').argParser(range('--totaal')).default({ van: 1200, tot: 1400 }, '1200-1400'))
    .addOption(
      new Option('--aandeel-afronding <pct>', 'rond de aandelen per leeftijdsgroep af op dit percentage, zoals de pilotnotitie (0: niet afronden)')
        .argParser(percentage('--aandeel-afronding'))
        .default(10, '10'),
    )
    .addOption(
      new Option(
        '--interval <nchs|survey>',
        'kies het 95%-interval: nchs is Korn–Graubard met een effectieve steekproefomvang van hoogstens het aantal dossiers (de intervalmethode van de NCHS-richtlijnen, zonder hun regels voor het achterhouden van cijfers); survey geeft precies de cijfers van R survey',
      )
        .argParser(choice('--interval', INTERVAL_METHODS))
        .default('nchs'),
    )
    .option('--peildatum <jjjj-mm-dd>', 'noteer de peildatum van de export bij de cijfers', date('--peildatum'))
    .addOption(rulesOption())
    .option('--alleen-regels', 'negeer profiel_analist: laat alleen de beslisregels het profiel bepalen')
    .addOption(allowPersonalDataOption());
}

/** The files one analysis reads: the output must never be one of them. */
export const analysisInputs = (file: string, flags: AnalysisFlags): string[] => [file, flags.populatie, flags.regels].filter((f): f is string => f !== undefined);

/** `12/30/14`: a whole number of dossiers for each of <27, 27-55 and 55+ (the adviesnota's sample). */
export function bandCounts(name: string) {
  return (value: string): number[] => {
    const counts = perBand(value, (part) => (/^\d+$/.test(part.trim()) ? Number(part) : undefined));
    if (!counts || counts.every((n) => n === 0)) {
      throw usage(`${name} verwacht drie aantallen dossiers voor < 27, 27–55 en 55+, bijvoorbeeld 12/30/14 (zoals de adviesnota), niet "${value}"`);
    }
    return counts;
  };
}

/** How a sample is spread over the strata (trek, plan). */
export function allocationOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--toewijzing <wijze>', 'verdeel de steekproef over de 9 strata: proportioneel (naar klanten), gelijk, of neyman (klanten × spreiding van de profielen uit --vorige)')
        .argParser(choice('--toewijzing', TOEWIJZINGEN))
        .default('proportioneel'),
    )
    .addOption(new Option('--minimum <n>', 'minstens zoveel dossiers per stratum met klanten (een variantie vraagt er twee)').argParser(wholeNumber('--minimum', 0)).default(2));
}

/** The seed of a draw or a lot (trek, selecteer). */
export const seedOption = (what: string) =>
  new Option('--zaad <getal>', `het zaad ${what} (1 tot 4294967295): hetzelfde zaad geeft dezelfde uitkomst; zonder zaad wordt er een gekozen en vermeld`).argParser(wholeNumber('--zaad', 1, 2 ** 32 - 1));
