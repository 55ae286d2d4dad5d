// What the commands that read an export share when they run: reading it with the right exit codes
// (and a progress line), and for classify, report and recount the read → check → analyse pipeline
// (one pass over the export). Loaded by the actions, never at start-up. Wiring only.
import { Differences } from '../estimate/agreement.js';
import type { ChangeCounts } from '../estimate/changes.js';
import type { Analysis, AnalysisWithDossiers } from '../estimate/contract.js';
import type { PreviousDossiers } from '../estimate/previous-dossiers.js';
import type { CountOptions, EstimateOptions, Keep } from '../estimate/tally.js';
import { countExport } from '../count/index.js';
import { readDossiers, type DossierHandlers, type DossierReading } from '../dossier/load.js';
import { UserError } from '../errors.js';
import { privacyError, problemsError } from '../render/problems.js';
import { progressLine } from '../render/progress.js';
import type { RuleTable } from '../rules/schema.js';
import { isQuiet, notify, type AnalysisFlags } from './common.js';
import { loadRuleTable } from '../rules/load.js';
import { populationInput } from './population.js';

export interface AnalysisRun<A extends Analysis = Analysis> {
  analysis: A;
  rules: RuleTable;
  input: DossierReading;
  /** With last month's dossiers: what changed, dossier by dossier. */
  changes?: ChangeCounts;
  /** The dossiers where rules and analyst differ, with both profiles (the working copy lists them), when kept. */
  differences?: Differences;
}

/**
 * Reads and checks the rules, the population and the export (all problems in one run), and
 * analyses the export as it is read: each dossier is classified and counted on arrival, kept
 * (its result only) when `keep.dossiers` asks for the list, and compared with last month's
 * dossiers when `vorige` has them.
 */
export async function runAnalysis(file: string, flags: AnalysisFlags, keep: Keep & { dossiers: true }, vorige?: PreviousDossiers): Promise<AnalysisRun<AnalysisWithDossiers>>;
export async function runAnalysis(file: string, flags: AnalysisFlags, keep: Keep, vorige?: PreviousDossiers): Promise<AnalysisRun>;
export async function runAnalysis(file: string, flags: AnalysisFlags, keep: Keep, vorige?: PreviousDossiers): Promise<AnalysisRun> {
  const rules = await loadRuleTable(flags.regels);
  // The population's problems are reported with the export's, in one run.
  const { population: populatie, problems } = await populationInput(flags.populatie);
  // Counting needs only how to classify (it goes to a worker); estimating the rest.
  const counting: CountOptions = { alleenRegels: flags.alleenRegels ?? false };
  const estimating: EstimateOptions = {
    populatie,
    totaal: flags.totaal,
    aandeelAfronding: flags.aandeelAfronding,
    interval: flags.interval,
    ...(flags.peildatum && { peildatum: flags.peildatum }),
  };
  const { tally, reading: input } = await withProgress((onProgress) => countExport(file, { rules, options: counting, keep, ...(vorige && { vorige: vorige.shared }), ...(onProgress && { onProgress }) }));
  checkReading(file, input, { staPersoonsgegevensToe: flags.staPersoonsgegevensToe, stopOnProblems: false });
  problems.push(...input.problems);
  if (problems.length) throw problemsError(problems);
  if (!tally || input.count === 0) throw new UserError('invoer', [`${file}: geen dossiers (alleen een kopregel); er is niets te tellen en niets geschreven`]);
  // The statistics (and their libraries) are needed only now, once the export is read.
  const { analysisOf } = await import('../estimate/analysis.js');
  const changes = tally.finishChanges();
  const counts = tally.counts();
  const differences = Differences.of(counts.agreement);
  return { analysis: analysisOf(counts, input.info, rules, { ...counting, ...estimating }), rules, input, ...(differences && { differences }), ...(changes && { changes }) };
}

export interface ReadOptions {
  staPersoonsgegevensToe?: boolean;
  /** validate reports the problems itself; the other commands stop on them. */
  stopOnProblems?: boolean;
}

/**
 * Reads the dossier export, handing on each dossier as it is read, under the shared policy
 * (checkReading). `start` makes the handlers with their state: a file read again (readDossiers: an
 * id may repeat) starts from fresh ones.
 */
export async function readExport(file: string, start: () => Omit<DossierHandlers, 'onProgress'>, options: ReadOptions = {}): Promise<DossierReading> {
  const result = await withProgress((onProgress) => readDossiers(file, () => ({ ...start(), ...(onProgress && { onProgress }) })));
  checkReading(file, result, options);
  return result;
}

/** The policy every command shares: personal data refused (exit 3) unless allowed, notices shown, problems thrown (exit 1). */
function checkReading(file: string, result: DossierReading, options: ReadOptions): void {
  if (result.privacy.length && !options.staPersoonsgegevensToe) throw privacyError(file, result.privacy);
  notify(result.notices);
  if (result.privacy.length) notify([`persoonsgegevens toegestaan met --sta-persoonsgegevens-toe (${result.privacy.map((f) => f.kolom).join(', ')})`]);
  if ((options.stopOnProblems ?? true) && result.problems.length) throw problemsError(result.problems);
}

/** A read with its progress line, which is gone when the read ends, however it ends. */
async function withProgress<T>(read: (onProgress?: (line: number) => void) => Promise<T>): Promise<T> {
  const progress = isQuiet() ? undefined : progressLine();
  try {
    return await read(progress?.update);
  } finally {
    progress?.done();
  }
}
