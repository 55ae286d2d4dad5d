// profiel recount <dossiers.csv> --vorige <vorige.json>
//
// The monthly recount: this month's export against last month's `classify --format json
// --dossiers` output, read with the JSON contract (a wrong or damaged file: exit 1). Per band and
// profile the change in sample, estimate and interval; the dossiers that are new, have gone, or
// changed profile (and whether the analyst or the rules changed it).
//
//   profiel recount export-2026-11.csv --vorige telling-2026-10.json
import type { Command } from 'commander';
import { analysisInputs, analysisOptions, choice, dossiersArgument, quietOption, toldWritten, type AnalysisFlags } from './common.js';

interface RecountFlags extends AnalysisFlags {
  vorige: string;
  format: 'table' | 'json';
  uitvoer?: string;
}

export function registerRecount(program: Command): void {
  const command = program
    .command('recount')
    .description('vergelijk de telling van deze maand met die van vorige maand: aantallen, schattingen en dossiers')
    .argument(...dossiersArgument)
    .requiredOption('--vorige <vorige.json>', 'de telling van vorige keer (profiel classify --format json --dossiers)');
  analysisOptions(command)
    .option('--format <table|json>', 'kies de uitvoer: leesbare tabellen of JSON (versie 2)', choice('--format', ['table', 'json'] as const), 'table')
    .option('--uitvoer <bestand>', 'schrijf naar dit bestand in plaats van naar het scherm (in één keer: nooit half geschreven)')
    .addOption(quietOption())
    .addHelpText(
      'after',
      `
Voorbeelden:
  $ profiel classify export-2026-10.csv --dossiers --format json --uitvoer telling-2026-10.json
  $ profiel recount export-2026-11.csv --vorige telling-2026-10.json
  $ profiel recount export-2026-11.csv --vorige telling-2026-10.json --populatie populatie-2026-11.csv --format json --stil --uitvoer verschil.json`,
    )
    .action(async (file: string, flags: RecountFlags) => {
      const [{ checkOutputPath, emit }, { recount }, { renderRecount }, { runAnalysis }, { readPrevious }] = await Promise.all([
        import('../io/write-output.js'),
        import('../estimate/recount.js'),
        import('../render/recount.js'),
        import('./pipeline.js'),
        import('./inputs.js'),
      ]);
      await checkOutputPath(flags.uitvoer, [...analysisInputs(file, flags), flags.vorige]);
      const previous = await readPrevious(flags.vorige, true);
      const { analysis, changes } = await runAnalysis(file, flags, { dossiers: false, verschillen: false }, previous.dossiers);
      await emit(renderRecount(recount(previous.count, flags.vorige, analysis, previous.dossiers, changes), flags.format), flags.uitvoer);
      toldWritten(flags.uitvoer);
    });
}
