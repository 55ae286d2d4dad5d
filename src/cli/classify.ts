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
import { analyse } from '../estimate/analysis.js';
import { INTERVAL_METHODS, type IntervalMethod } from '../estimate/design.js';
import { loadPopulation, SCREENING_2018, type Population } from '../estimate/population.js';
import { parseRange } from '../estimate/ranges.js';
import { emit } from '../io/write-output.js';
import { renderClassify, type Format } from '../render/classify.js';
import { problemsError } from '../render/problems.js';
import { err } from '../render/style.js';
import type { Problem } from '../io/problem.js';
import { allowPersonalDataOption, choice, date, readDossiers, readRules, rulesOption, usage } from './common.js';

interface ClassifyFlags {
  populatie?: string;
  totaal: string;
  aandeelAfronding: string;
  format: Format;
  interval: IntervalMethod;
  peildatum?: string;
  uitvoer?: string;
  regels?: string;
  alleenRegels?: boolean;
  dossiers?: boolean;
  staPersoonsgegevensToe?: boolean;
}

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('bepaal de klantprofielen, tel ze per leeftijdsgroep en reken door naar de populatie en naar ca. 1200–1400')
    .argument('<dossiers.csv>', 'geanonimiseerde dossierexport (CSV; - leest standaardinvoer)')
    .option('--populatie <bestand.csv>', 'reken door naar deze populatie per stratum (leeftijdsgroep,uitkeringsduur,aantal) in plaats van de screening van 2018 (606 klanten)')
    .option('--totaal <van-tot>', 'reken door naar een hele groep van deze omvang', '1200-1400')
    .option('--aandeel-afronding <pct>', 'rond de aandelen per leeftijdsgroep af op dit percentage, zoals de pilotnotitie (0: niet afronden)', '10')
    .option('--interval <nchs|survey>', 'kies het 95%-interval: nchs volgt de NCHS-standaard voor gepubliceerde cijfers, survey geeft precies de cijfers van R survey', choice('--interval', INTERVAL_METHODS), 'nchs')
    .option('--peildatum <jjjj-mm-dd>', 'noteer de peildatum van de export bij de cijfers', date('--peildatum'))
    .option('--format <table|csv|json>', 'kies de uitvoer: leesbare tabellen, CSV voor spreadsheets of JSON (versie 1)', choice('--format', ['table', 'csv', 'json'] as const), 'table')
    .option('--uitvoer <bestand>', 'schrijf naar dit bestand in plaats van naar het scherm (in één keer: nooit half geschreven)')
    .addOption(rulesOption())
    .option('--alleen-regels', 'negeer profiel_analist: laat alleen de beslisregels het profiel bepalen')
    .option('--dossiers', 'toon ook elk dossier met profiel, beslisregel, twijfel en prioriteit (bij --format csv: alleen de dossierlijst)')
    .addOption(allowPersonalDataOption())
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
      const totaal = parseRange(flags.totaal);
      if (!totaal) throw usage(`--totaal verwacht van-tot, bijvoorbeeld 1200-1400, niet "${flags.totaal}"`);
      const afronding = Number(flags.aandeelAfronding.replace(',', '.'));
      if (!Number.isFinite(afronding) || afronding < 0 || afronding > 100) {
        throw usage(`--aandeel-afronding verwacht een percentage van 0 tot 100, niet "${flags.aandeelAfronding}"`);
      }
      const rules = await readRules(flags.regels);

      // Population and dossier problems are reported together: one run shows everything.
      const problems: Problem[] = [];
      let populatie: Population = SCREENING_2018;
      if (flags.populatie) {
        const loaded = await loadPopulation(flags.populatie);
        problems.push(...loaded.problems);
        if (loaded.population) populatie = loaded.population;
      }
      const input = await readDossiers(file, { staPersoonsgegevensToe: flags.staPersoonsgegevensToe, stopOnProblems: false });
      problems.push(...input.problems);
      if (problems.length) throw problemsError(problems);

      const analysis = analyse(input.info, input.dossiers, rules, {
        populatie,
        totaal,
        aandeelAfronding: afronding,
        interval: flags.interval,
        ...(flags.peildatum && { peildatum: flags.peildatum }),
        alleenRegels: flags.alleenRegels ?? false,
      });
      await emit(renderClassify(analysis, rules, flags.format, { dossiers: flags.dossiers ?? false }), flags.uitvoer);
      if (flags.format !== 'table') for (const w of analysis.waarschuwingen) process.stderr.write(`${err.yellow('waarschuwing:')} ${w}\n`);
      if (flags.uitvoer) process.stderr.write(`geschreven: ${flags.uitvoer}\n`);
    });
}
