// profiel recount <dossiers.csv> --vorige <vorige.json>
//
// The monthly recount: this month's export against last month's `classify --format json
// --dossiers` output, read with the JSON contract (a wrong or damaged file: exit 1). Per band and
// profile the change in sample, estimate and interval; the dossiers that are new, have gone, or
// changed profile (and whether the analyst or the rules changed it).
//
//   profiel recount export-2026-11.csv --vorige telling-2026-10.json
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { PreviousCount } from '../estimate/contract.js';
import { analysisInputs, analysisOptions, choice, dossiersArgument, quietOption, tell, usage, type AnalysisFlags } from './common.js';

interface RecountFlags extends AnalysisFlags {
  vorige: string;
  format: 'table' | 'json';
  uitvoer?: string;
}

/** Last month's count: a JSON file of at most 256 MB (a million dossiers), version 1. */
async function readPrevious(file: string): Promise<PreviousCount> {
  const [{ JsonReadError, readJsonFile, zodReasons }, { previousCountSchema }] = await Promise.all([import('../io/read-json.js'), import('../estimate/contract.js')]);
  const damaged = (reasons: string[]) => new UserError('invoer', [`de vorige telling ${file} is niet te gebruiken:`], [...reasons.map((r) => `  - ${r}`), 'Gebruik de uitvoer van profiel classify --format json --dossiers van vorige keer.']);
  let json: unknown;
  try {
    json = await readJsonFile(file, { maxBytes: 256 * 1024 * 1024, maxDepth: 16, wat: 'telling van profiel' });
  } catch (error) {
    if (!(error instanceof JsonReadError)) throw error;
    // A path that cannot be opened is wrong usage; a file that is there but damaged is bad input.
    if (error.opPad) throw usage(`--vorige ${file}: ${error.reasons[0]}`);
    throw damaged(error.reasons);
  }
  const versie = (json as { versie?: unknown } | null)?.versie;
  if (json !== null && typeof json === 'object' && versie !== 1) {
    throw damaged([versie === undefined ? 'er staat geen "versie" in: dit is geen telling van profiel classify --format json' : `versie ${JSON.stringify(versie)}: deze profiel leest versie 1`]);
  }
  const parsed = previousCountSchema.safeParse(json);
  if (!parsed.success) throw damaged(zodReasons(parsed.error.issues.slice(0, 10)));
  return parsed.data;
}

export function registerRecount(program: Command): void {
  const command = program
    .command('recount')
    .description('vergelijk de telling van deze maand met die van vorige maand: aantallen, schattingen en dossiers')
    .argument(...dossiersArgument)
    .requiredOption('--vorige <vorige.json>', 'de telling van vorige keer (profiel classify --format json --dossiers)');
  analysisOptions(command)
    .option('--format <table|json>', 'kies de uitvoer: leesbare tabellen of JSON (versie 1)', choice('--format', ['table', 'json'] as const), 'table')
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
      const [{ checkOutputPath, emit }, { recount }, { renderRecount }, { runAnalysis }] = await Promise.all([import('../io/write-output.js'), import('../estimate/recount.js'), import('../render/recount.js'), import('./pipeline.js')]);
      await checkOutputPath(flags.uitvoer, [...analysisInputs(file, flags), flags.vorige]);
      const previous = await readPrevious(flags.vorige);
      const { analysis } = await runAnalysis(file, flags, true);
      await emit(renderRecount(recount(previous, flags.vorige, analysis), flags.format), flags.uitvoer);
      if (flags.uitvoer) tell(`geschreven: ${flags.uitvoer}`);
    });
}
