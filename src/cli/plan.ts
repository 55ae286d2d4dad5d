// profiel plan (--aantal N[,N…] | --per-leeftijdsgroep a/b/c | --marge M)
//
// How many dossiers does the next screening need? For a population (default: the 606 of 2018)
// and the expected profile shares (last run's count, or the worst case p = 0.5), the expected
// half-width of each 95% interval per leeftijdsgroep for a sample of N — computed with
// classify's own estimator on the expected sample — or the smallest N that keeps every
// half-width under M clients. Wiring only: the figures are sampling/plan.
//
//   profiel plan --aantal 56,100,200
//   profiel plan --marge 25 --vorige telling.json --populatie populatie-2026-11.csv
import { Option, type Command } from 'commander';
import { INTERVAL_METHODS, type IntervalMethod } from '../estimate/design.js';
import type { Toewijzing } from '../sampling/allocation.js';
import { allocationOptions, bandCounts, choice, plainDecimal, positive, quietOption, toldWritten, usage, warn } from './common.js';

interface PlanFlags {
  populatie?: string;
  vorige?: string;
  aantal?: number[];
  marge?: number;
  perLeeftijdsgroep?: number[];
  toewijzing: Toewijzing;
  minimum: number;
  interval: IntervalMethod;
  format: 'table' | 'json';
  uitvoer?: string;
}

/** `56` or `56,100,200`: the sizes to compare. */
function sizes(value: string): number[] {
  const one = positive('--aantal');
  const list = value.split(',').map((v) => one(v));
  if (list.length > 8) throw usage('--aantal: hoogstens 8 steekproefgroottes tegelijk');
  return list;
}

/** A number of clients above 0, with a decimal comma or point. */
function margin(value: string): number {
  const n = plainDecimal(value);
  if (n !== undefined && n > 0) return n;
  // 1e6 or 0x19 is a number above 0, but not one written as the analyst reads it.
  const written = value.trim() === '' ? NaN : Number(value.trim());
  if (written > 0) throw usage(`--marge verwacht het aantal klanten voluit geschreven, bijvoorbeeld 25 of 12,5 (geen e-notatie of 0x), niet "${value}"`);
  throw usage(`--marge verwacht een aantal klanten groter dan 0, bijvoorbeeld 25, niet "${value}"`);
}

export function registerPlan(program: Command): void {
  const command = program
    .command('plan')
    .description('bereken hoe nauwkeurig een steekproef van n dossiers wordt, of hoeveel dossiers een gewenste marge vraagt')
    .option('--aantal <n[,n…]>', 'de steekproefgrootte(s) om door te rekenen, bijvoorbeeld 56 of 56,100,200', sizes)
    .option('--per-leeftijdsgroep <a/b/c>', 'of: reken een steekproef van zoveel dossiers per leeftijdsgroep door (< 27, 27–55, 55+), zoals de adviesnota 12/30/14', bandCounts('--per-leeftijdsgroep'))
    .option('--marge <klanten>', 'zoek de kleinste steekproef waarbij elk 95%-interval per leeftijdsgroep hoogstens ± zoveel klanten is (de halve breedte)', margin)
    .option('--populatie <bestand.csv>', 'de populatie per stratum (leeftijdsgroep,uitkeringsduur,aantal) in plaats van de screening van 2018 (606 klanten)')
    .option('--vorige <telling.json>', 'verwacht de profielaandelen van deze telling (profiel classify --format json) in plaats van het slechtste geval (50%)');
  allocationOptions(command)
    .addOption(new Option('--interval <nchs|survey>', 'het 95%-interval, zoals bij classify').argParser(choice('--interval', INTERVAL_METHODS)).default('nchs'))
    .option('--format <table|json>', 'kies de uitvoer: een tabel of JSON', choice('--format', ['table', 'json'] as const), 'table')
    .option('--uitvoer <bestand>', 'schrijf naar dit bestand in plaats van naar het scherm (in één keer: nooit half geschreven)')
    .addOption(quietOption())
    .addHelpText(
      'after',
      `
Voorbeelden:
  $ profiel plan --aantal 56
  $ profiel plan --aantal 56,100,200 --vorige telling-2026-11.json
  $ profiel plan --per-leeftijdsgroep 12/30/14
  $ profiel plan --marge 25 --vorige telling-2026-11.json --populatie populatie-2026-11.csv --format json`,
    )
    .action(async (flags: PlanFlags) => {
      if ([flags.aantal, flags.perLeeftijdsgroep, flags.marge].filter((x) => x !== undefined).length !== 1) throw usage('geef --aantal, --per-leeftijdsgroep of --marge (één van de drie)');
      const [{ checkOutputPath, emit }, { planReport }, render, { readExpectedShares }, { readPopulation }] = await Promise.all([
        import('../io/write-output.js'),
        import('../sampling/plan.js'),
        import('../render/plan.js'),
        import('./inputs.js'),
        import('./population.js'),
      ]);
      await checkOutputPath(flags.uitvoer, [flags.populatie, flags.vorige]);
      const populatie = await readPopulation(flags.populatie);
      const expected = await readExpectedShares(flags.vorige, flags.toewijzing);
      const settings = { populatie, shares: expected, toewijzing: flags.toewijzing, minimum: flags.minimum, interval: flags.interval };
      const report = planReport(
        settings,
        flags.marge !== undefined ? { marge: flags.marge } : { grootten: flags.aantal ? flags.aantal.map((aantal) => ({ aantal })) : [{ perLeeftijdsgroep: flags.perLeeftijdsgroep! }] },
      );
      await emit(flags.format === 'json' ? render.planJson(report) : `${render.planTable(report)}\n`, flags.uitvoer);
      warn([...new Set(report.plannen.flatMap((p) => p.waarschuwingen))]);
      toldWritten(flags.uitvoer);
    });
}
