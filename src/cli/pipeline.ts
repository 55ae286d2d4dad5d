// What classify, report and recount share: the options that shape an analysis, declared once,
// and the read → check → analyse pipeline behind them (one pass over the export). Wiring only.
import { Option, type Command } from 'commander';
import { Tally, type Analysis, type AnalysisOptions } from '../estimate/analysis.js';
import type { AnalysisWithDossiers } from '../estimate/contract.js';
import { INTERVAL_METHODS, type IntervalMethod } from '../estimate/design.js';
import { loadPopulation, SCREENING_2018, type Population } from '../estimate/population.js';
import type { Range } from '../estimate/ranges.js';
import type { DossierReading } from '../dossier/load.js';
import type { Problem } from '../io/problem.js';
import { UserError } from '../errors.js';
import { problemsError } from '../render/problems.js';
import type { RuleTable } from '../rules/schema.js';
import { compileClassifier } from '../rules/evaluate.js';
import { allowPersonalDataOption, choice, date, percentage, range, readExport, rulesOption } from './common.js';
import { loadRuleTable } from '../rules/load.js';

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
      new Option('--interval <nchs|survey>', 'kies het 95%-interval: nchs volgt de NCHS-standaard voor gepubliceerde cijfers, survey geeft precies de cijfers van R survey')
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

export interface AnalysisRun<A extends Analysis = Analysis> {
  analysis: A;
  rules: RuleTable;
  input: DossierReading;
}

/**
 * Reads and checks the rules, the population and the export (all problems in one run), and
 * analyses the export as it is read: each dossier is classified and counted on arrival, and kept
 * (its result only) when `keepDossiers` asks for the list.
 */
export async function runAnalysis(file: string, flags: AnalysisFlags, keepDossiers: true): Promise<AnalysisRun<AnalysisWithDossiers>>;
export async function runAnalysis(file: string, flags: AnalysisFlags, keepDossiers: boolean): Promise<AnalysisRun>;
export async function runAnalysis(file: string, flags: AnalysisFlags, keepDossiers: boolean): Promise<AnalysisRun> {
  const rules = await loadRuleTable(flags.regels);
  const problems: Problem[] = [];
  let populatie: Population = SCREENING_2018;
  if (flags.populatie) {
    const loaded = await loadPopulation(flags.populatie);
    problems.push(...loaded.problems);
    if (loaded.population) populatie = loaded.population;
  }
  const options: AnalysisOptions = {
    populatie,
    totaal: flags.totaal,
    aandeelAfronding: flags.aandeelAfronding,
    interval: flags.interval,
    ...(flags.peildatum && { peildatum: flags.peildatum }),
    alleenRegels: flags.alleenRegels ?? false,
  };
  const classify = compileClassifier(rules, options);
  let tally: Tally | undefined;
  const input = await readExport(
    file,
    {
      onHeader: (header) => (tally = new Tally(rules, options, new Set(header), keepDossiers)),
      onDossier: (d) => tally!.add(d, classify(d)),
    },
    { staPersoonsgegevensToe: flags.staPersoonsgegevensToe, stopOnProblems: false },
  );
  problems.push(...input.problems);
  if (problems.length) throw problemsError(problems);
  if (!tally || input.count === 0) throw new UserError('invoer', [`${file}: geen dossiers (alleen een kopregel); er is niets te tellen en niets geschreven`]);
  return { analysis: tally.finish(input.info), rules, input };
}
