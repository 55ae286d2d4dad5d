// profiel rules
//
// Print the active rule table readably: the standard table, or the one given with --regels
// (an invalid file is refused with its reasons, exit 2).
//
//   profiel rules
//   profiel rules --regels mijn-regels.json --format json
import type { Command } from 'commander';
import { emit } from '../io/write-output.js';
import { renderRuleTable } from '../report/rules.js';
import { choice, readRules, rulesOption } from './common.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('toon de actieve regeltabel (standaard, of --regels)')
    .addOption(rulesOption())
    .option('--format <table|json>', 'leesbaar, of JSON (een startpunt voor een eigen regelbestand)', choice('--format', ['table', 'json'] as const), 'table')
    .addHelpText('after', `
Voorbeelden:
  $ profiel rules
  $ profiel rules --format json > mijn-regels.json
  $ profiel rules --regels mijn-regels.json`)
    .action(async (flags: { regels?: string; format: 'table' | 'json' }) => {
      const table = await readRules(flags.regels);
      await emit(flags.format === 'json' ? `${JSON.stringify(table, null, 2)}\n` : renderRuleTable(table));
    });
}
