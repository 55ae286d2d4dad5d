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
    .configureOutput({ writeErr: () => undefined })
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

/** Commander's error codes in Dutch; the quoted token of its message is kept. */
function dutchUsageError(e: CommanderError, program: Command): string {
  const token = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `onbekende optie ${token}`;
    case 'commander.unknownCommand': {
      const names = program.commands.map((c) => c.name()).filter((n) => n !== 'help');
      return `onbekende opdracht ${token}; kies ${names.slice(0, -1).join(', ')} of ${names.at(-1)}`;
    }
    case 'commander.missingArgument':
      return `argument ${token} ontbreekt`;
    case 'commander.optionMissingArgument':
      return `optie ${token} heeft een waarde nodig`;
    case 'commander.missingMandatoryOptionValue':
      return `optie ${token.split(' ')[0]} is verplicht`;
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
      if (['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) return EXIT.ok;
      // A bare `profiel` shows the help (commander reports it as an error).
      if (error.code === 'commander.executeSubCommandAsync' || error.exitCode === 0) return EXIT.ok;
      process.stderr.write(`${err.red('fout:')} ${dutchUsageError(error, program)}\nZie: profiel --help\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
