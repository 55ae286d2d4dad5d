// Entry point: builds the command line and dispatches. The one place where errors become exit
// codes and messages: a UserError by its kind, commander's own errors as wrong usage (2).
import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.js';
import { err, visibleText } from '../render/palette.js';
import { registerClassify } from './classify.js';
import { setQuiet } from './common.js';
import { EXIT, EXIT_CODE, PREFIX } from './errors.js';
import { registerExplain } from './explain.js';
import { registerRules } from './rules.js';
import { registerRecount } from './recount.js';
import { registerReport } from './report.js';
import { registerPlan } from './plan.js';
import { registerSelecteer } from './selecteer.js';
import { registerTrek } from './trek.js';
import { registerValidate } from './validate.js';
import { registerVerloop } from './verloop.js';
import { VERSION } from '../version.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

export function buildProgram(): Command {
  const program = new Command('profiel');
  program
    .description('Klantprofielen voor de doelgroep met minder dan 30% arbeidsvermogen (adviesnota 0–30% LW, Helmond)')
    .version(VERSION, '-V, --versie', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    // Subcommands inherit this configuration and the help option (commander copies both).
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      // Commander appends `(default: "…")` in English; say it in Dutch, without JSON quotes.
      optionDescription: (option) => {
        const shown = option.defaultValue !== undefined && (option.required || option.optional);
        return shown ? `${option.description} (standaard: ${option.defaultValueDescription ?? String(option.defaultValue)})` : option.description;
      },
      styleUsage: (usage) => usage.replace('[options]', '[opties]').replace('[command]', '[opdracht]'),
      styleSubcommandTerm: (term) => term.replace('[options]', '[opties]'),
    })
    .exitOverride()
    // Commander's own error text is English: main() says it in Dutch instead.
    .configureOutput({ outputError: () => undefined })
    .showSuggestionAfterError(false)
    .addHelpText('after', `
Voorbeeld:
  $ profiel classify data-samples/dossiers-2018.csv

Exitcodes: 0 gelukt (waarschuwingen mogelijk), 1 fouten in de gegevens (niets geschreven),
2 verkeerd gebruik, 3 geweigerd: persoonsgegevens gevonden, 4 de machine schiet tekort (schijf vol),
130/143 onderbroken.`);
  // --stil belongs to the command that runs.
  program.hook('preAction', (_program, command) => setQuiet(Boolean(command.opts().stil)));
  registerClassify(program);
  registerReport(program);
  registerRecount(program);
  registerVerloop(program);
  registerValidate(program);
  registerExplain(program);
  registerRules(program);
  registerTrek(program);
  registerPlan(program);
  registerSelecteer(program);
  return program;
}

/**
 * Commander's error, by its code, in Dutch. What it is about is read from the command itself
 * (its arguments, its options, commander's own option parser), never from the English message.
 */
function dutchUsageError(e: CommanderError, program: Command, command: Command, args: readonly string[]): string {
  const optionOf = (token: string | undefined) => command.options.find((o) => token !== undefined && (o.long === token || o.short === token));
  switch (e.code) {
    case 'commander.unknownOption': {
      // Commander's own parser puts everything from the first option it does not know on.
      const unknown = command.parseOptions([...args]).unknown.find((a) => a.startsWith('-'));
      return unknown ? `onbekende optie ${unknown.split('=')[0]}` : 'onbekende optie';
    }
    case 'commander.unknownCommand': {
      const names = program.commands.map((c) => c.name()).filter((n) => n !== 'help');
      return `onbekende opdracht ${program.args[0] ?? ''}; kies ${names.slice(0, -1).join(', ')} of ${names.at(-1)}`;
    }
    case 'commander.missingArgument': {
      const missing = command.registeredArguments.find((a, i) => a.required && command.args[i] === undefined);
      return `argument ${missing?.name() ?? ''} ontbreekt`;
    }
    case 'commander.optionMissingArgument':
      // Only the last option can lack its value: the next word would have been it.
      return `optie ${optionOf(args.at(-1))?.flags ?? args.at(-1)} heeft een waarde nodig`;
    case 'commander.missingMandatoryOptionValue': {
      const missing = command.options.find((o) => o.mandatory && command.getOptionValue(o.attributeName()) === undefined);
      return `optie ${missing?.long ?? missing?.short ?? ''} is verplicht`;
    }
    case 'commander.excessArguments':
      return 'te veel argumenten';
    default:
      return e.message.replace(/^error: /, '');
  }
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // Without a command, say what there is (commander would write it to the silenced stderr).
  if (argv.length <= 2) {
    program.outputHelp();
    return EXIT.ok;
  }
  // The command being parsed when commander fails: the program, or the subcommand it dispatched to.
  let command = program;
  program.hook('preSubcommand', (_program, subcommand) => {
    command = subcommand;
  });
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UserError) {
      // A file name may hold a line break or an escape sequence: each line stays one line, harmless.
      const lines = [...error.lines.map((line) => `${err.red(PREFIX[error.kind])} ${visibleText(line)}`), ...error.details];
      process.stderr.write(`${lines.join('\n')}\n`);
      return EXIT_CODE[error.kind];
    }
    if (error instanceof CommanderError) {
      // Help asked for is a success; help shown because the command line was wrong (`profiel help xyz`) is not.
      if (['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      // A bare `profiel` shows the help (commander reports it as an error).
      if (error.code === 'commander.executeSubCommandAsync' || error.exitCode === 0) return EXIT.ok;
      const args = command === program ? argv.slice(2) : argv.slice(argv.indexOf(command.name(), 2) + 1);
      process.stderr.write(`${err.red('fout:')} ${visibleText(dutchUsageError(error, program, command, args))}\nZie: profiel --help\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
