// profiel classify <dossiers.csv>
//
// The main job: read and check the export, give every dossier its klantprofiel, count the
// sample per leeftijdsgroep, extrapolate to the population (default: the 606 screened in 2018)
// and to the whole group (default ca. 1200–1400), with standard errors, 95% intervals and a
// marker for figures that are only indicative.
//
//   profiel classify data-samples/dossiers-2018.csv
//   profiel classify export.csv --populatie populatie-2026-11.csv --peildatum 2026-11-01 --format json --uitvoer telling.json
import type { Command } from 'commander';
import { FORMATS } from '../render/formats.js';
import { analysisInputs, analysisOptions, choice, dossiersArgument, quietOption, toldWritten, warn, type AnalysisFlags } from './common.js';

const CLASSIFY_FORMATS = ['table', 'csv', 'json'] as const;

interface ClassifyFlags extends AnalysisFlags {
  format: (typeof CLASSIFY_FORMATS)[number];
  uitvoer?: string;
  dossiers?: boolean;
}

export function registerClassify(program: Command): void {
  const command = program
    .command('classify')
    .description('bepaal de klantprofielen, tel ze per leeftijdsgroep en reken door naar de populatie en naar ca. 1200–1400')
    .argument(...dossiersArgument);
  analysisOptions(command)
    .option(
      '--format <table|csv|json>',
      `kies de uitvoer: ${CLASSIFY_FORMATS.map((f) => FORMATS[f].omschrijving).join(', ')}`,
      choice('--format', CLASSIFY_FORMATS),
      'table',
    )
    .option('--uitvoer <bestand>', 'schrijf naar dit bestand in plaats van naar het scherm (in één keer: nooit half geschreven)')
    .option('--dossiers', 'toon ook elk dossier met profiel, beslisregel, twijfel en prioriteit (bij --format csv: alleen de dossierlijst)')
    .addOption(quietOption())
    .addHelpText(
      'after',
      `
Voorbeelden:
  $ profiel classify data-samples/dossiers-2018.csv
  $ profiel classify export.csv --populatie populatie.csv --totaal 1300-1500 --peildatum 2026-11-01 --format json --uitvoer telling.json
  $ profiel classify export.csv --dossiers --format csv --uitvoer dossiers.csv
  $ profiel classify data-samples/dossiers-2018.csv --interval survey`,
    )
    .action(async (file: string, flags: ClassifyFlags) => {
      const [{ checkOutputPath, emit }, { runAnalysis }] = await Promise.all([import('../io/write-output.js'), import('./pipeline.js')]);
      await checkOutputPath(flags.uitvoer, analysisInputs(file, flags));
      const { analysis, rules } = await runAnalysis(file, flags, { dossiers: flags.dossiers ?? false, verschillen: true });
      // The renderers (and the statistics they load) only once the export is read: while it is, two threads hold memory.
      const { classifyOutput } = await import('../render/classify.js');
      await emit(classifyOutput(analysis, rules, flags.format, { dossiers: flags.dossiers ?? false }), flags.uitvoer);
      if (flags.format !== 'table') warn(analysis.waarschuwingen);
      toldWritten(flags.uitvoer);
    });
}
