// profiel rules
//
// Print the active beslisregels readably: the standard table, or the one given with --regels
// (an invalid file is refused with its reasons, exit 2).
//
//   profiel rules
//   profiel rules --regels mijn-regels.json --format json
import type { Command } from 'commander';
import { choice, quietOption, rulesOption } from './common.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('toon de actieve beslisregels: de standaard, of die van --regels')
    .addOption(rulesOption())
    .addOption(quietOption())
    .option('--format <table|json>', 'kies de uitvoer: leesbaar, of JSON (een startpunt voor eigen beslisregels)', choice('--format', ['table', 'json'] as const), 'table')
    .addHelpText('after', `
De vier klantprofielen heten zoals in 6.1 van de adviesnota; de pilotnotitie noemt profiel 4
"Inkomensondersteuning, eventueel met Zorg & Ondersteuning": niet elke klant in profiel 4 heeft zorg nodig.

Voorbeelden:
  $ profiel rules
  $ profiel rules --format json > mijn-regels.json
  $ profiel rules --regels mijn-regels.json`)
    .action(async (flags: { regels?: string; format: 'table' | 'json' }) => {
      const [{ emit }, { renderRuleTable }, { jsonText }, { loadRuleTable }] = await Promise.all([import('../io/write-output.js'), import('../render/rules.js'), import('../render/json.js'), import('../rules/load.js')]);
      const table = await loadRuleTable(flags.regels);
      await emit(flags.format === 'json' ? jsonText(table) : renderRuleTable(table));
    });
}
