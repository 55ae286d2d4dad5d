// profiel explain <dossiers.csv> <dossier_id>
//
// How each beslisregel evaluated for one dossier: every condition waar/onwaar/onbekend with the
// dossier's value, the rule that decided, and the unknown fields that could have changed it.
//
//   profiel explain data-samples/dossiers-2018.csv M10
import type { Command } from 'commander';
import type { Dossier } from '../dossier/schema.js';
import { allowPersonalDataOption, choice, dossiersArgument, quietOption, rulesOption, usage } from './common.js';

interface ExplainFlags {
  regels?: string;
  alleenRegels?: boolean;
  format: 'table' | 'json';
  staPersoonsgegevensToe?: boolean;
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('leg uit hoe de beslisregels uitvallen voor één dossier')
    .argument(...dossiersArgument)
    .argument('<dossier_id>', 'het dossier om uit te leggen')
    .addOption(rulesOption())
    .option('--alleen-regels', 'negeer profiel_analist: laat alleen de beslisregels het profiel bepalen')
    .option('--format <table|json>', 'kies de uitvoer: leesbaar of JSON', choice('--format', ['table', 'json'] as const), 'table')
    .addOption(allowPersonalDataOption())
    .addOption(quietOption())
    .addHelpText('after', `
Voorbeeld:
  $ profiel explain data-samples/dossiers-2018.csv M10`)
    .action(async (file: string, id: string, flags: ExplainFlags) => {
      const [{ normaliseWord, suggest }, { emit }, { renderExplanation }, { jsonText }, { classify }, { loadRuleTable }, { readExport }] = await Promise.all([
        import('../io/words.js'),
        import('../io/write-output.js'),
        import('../render/rules.js'),
        import('../render/json.js'),
        import('../rules/evaluate.js'),
        import('../rules/load.js'),
        import('./pipeline.js'),
      ]);
      const rules = await loadRuleTable(flags.regels);
      // Only the asked dossier is kept, and the ids, to suggest one when it is not there.
      const wanted = id.trim();
      let dossier: Dossier | undefined;
      let ids: string[] = [];
      const start = () => {
        [dossier, ids] = [undefined, []];
        return { onDossier: (d: Dossier) => (d.dossier_id === wanted ? (dossier = d) : ids.push(d.dossier_id)) };
      };
      await readExport(file, start, { staPersoonsgegevensToe: flags.staPersoonsgegevensToe });
      if (!dossier) {
        // Suggest an id as the file writes it (suggest compares normalised, lower-case words).
        const byWord = new Map(ids.map((x) => [normaliseWord(x), x]));
        const hint = suggest(id, [...byWord.keys()]);
        throw usage(`dossier "${id}" staat niet in ${file}${hint ? `; bedoelt u ${byWord.get(hint)}?` : ''}`);
      }
      const c = classify(dossier, rules, { alleenRegels: flags.alleenRegels ?? false });
      await emit(flags.format === 'json' ? jsonText({ versie: 1, dossier_id: dossier.dossier_id, ...c }) : renderExplanation(dossier, c, rules, file));
    });
}
