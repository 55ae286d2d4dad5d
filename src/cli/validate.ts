// profiel validate <dossiers.csv>
//
// Only check the export: every problem of the file at once, each with line, column, value,
// what was expected and a suggestion. Exit 0 when clean, 1 on errors, 3 on personal data.
//
//   profiel validate data-samples/dossiers-2018.csv
import type { Command } from 'commander';
import { allowPersonalDataOption, dossiersArgument, quietOption, show } from './common.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('controleer de dossierexport en toon alle fouten in één keer')
    .argument(...dossiersArgument)
    .addOption(allowPersonalDataOption())
    .addOption(quietOption())
    .addHelpText('after', `
Voorbeeld:
  $ profiel validate data-samples/dossiers-2018.csv`)
    .action(async (file: string, flags: { staPersoonsgegevensToe?: boolean }) => {
      const [{ problemsError }, { count, out }, { readExport }] = await Promise.all([import('../render/problems.js'), import('../render/style.js'), import('./pipeline.js')]);
      const result = await readExport(file, () => ({ onDossier: () => undefined }), { staPersoonsgegevensToe: flags.staPersoonsgegevensToe, stopOnProblems: false });
      if (result.problems.length) throw problemsError(result.problems);
      const { info } = result;
      const delimiter = info.delimiter === '\t' ? 'tab' : `"${info.delimiter}"`;
      show(`${out.green('in orde')}: ${file} — ${count(result.count, 'dossier', 'dossiers')}, scheidingsteken ${delimiter}, tekenset ${info.encoding}`);
    });
}
