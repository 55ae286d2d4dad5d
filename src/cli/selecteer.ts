// profiel selecteer <dossiers.csv> --aantal N
//
// The pilot shortlist (seed 001, "Pilot (fase 2)"): N clients from a classified export, a place
// for every age band and the rest in proportion to the population (or --verdeling 10/60/30),
// chosen within each band by the pilot plan's criteria (most first; each counted once; the profile
// only breaks ties), optionally within one area (--gebied). Prints ids, band, profile, groups and
// the reason for each — never another column. Wiring only: the choice is sampling/pilot, the
// output render/pilot.
//
//   profiel selecteer data-samples/dossiers-2018.csv --aantal 20 --gebied Oost --zaad 1
import { Option, type Command } from 'commander';
import type { Dossier } from '../dossier/schema.js';
import { LEEFTIJDSGROEPEN } from '../dossier/vocabulary.js';
import { UserError } from '../errors.js';
import { allowPersonalDataOption, choice, dossiersArgument, notify, perBand, plainDecimal, positive, quietOption, rulesOption, seedOption, toldWritten, usage, warn } from './common.js';

interface SelecteerFlags {
  aantal: number;
  verdeling?: number[];
  populatie?: string;
  ookProfiel4?: boolean;
  zonderProfiel4?: boolean;
  gebied?: string;
  zaad?: number;
  regels?: string;
  alleenRegels?: boolean;
  format: 'table' | 'csv' | 'json';
  uitvoer?: string;
  staPersoonsgegevensToe?: boolean;
}

/** `10/60/30`: percentages for <27, 27-55 and 55+ that add up to 100. */
function distribution(value: string): number[] {
  const shares = perBand(value, plainDecimal);
  if (!shares || Math.abs(shares.reduce((t, x) => t + x, 0) - 100) > 1e-9) {
    throw usage(`--verdeling verwacht drie percentages voor < 27, 27–55 en 55+ die samen 100 zijn, bijvoorbeeld 10/60/30, niet "${value}"`);
  }
  return shares.map((x) => x / 100);
}

export function registerSelecteer(program: Command): void {
  program
    .command('selecteer')
    .description('kies de pilotgroep: N klanten verspreid over de leeftijdsgroepen, op volgorde van de prioriteitsgroepen')
    .argument(...dossiersArgument)
    .requiredOption('--aantal <n>', 'zoveel klanten op de lijst', positive('--aantal'))
    .option('--verdeling <a/b/c>', 'de verdeling over < 27, 27–55 en 55+ in procenten, bijvoorbeeld 10/60/30 (standaard: naar de populatie)', distribution)
    .option('--populatie <bestand.csv>', 'verdeel naar deze populatie per stratum in plaats van de screening van 2018 (56/366/184)')
    .option('--zonder-profiel-4', 'zet profiel 4 achter alle anderen (standaard telt profiel 4 mee op de criteria: de pilotnotitie noemt ook wie "de nodige zorg" nodig heeft)')
    .addOption(new Option('--ook-profiel-4', 'niet meer nodig: profiel 4 telt standaard mee').hideHelp())
    .option('--gebied <naam>', 'alleen klanten van dit gebied(steam), bijvoorbeeld Oost (kolom gebied)')
    .addOption(seedOption('voor het lot bij gelijke stand'))
    .addOption(rulesOption())
    .option('--alleen-regels', 'negeer profiel_analist: laat alleen de beslisregels het profiel bepalen')
    .option('--format <table|csv|json>', 'kies de uitvoer: tabel, CSV of JSON', choice('--format', ['table', 'csv', 'json'] as const), 'table')
    .option('--uitvoer <bestand>', 'schrijf naar dit bestand in plaats van naar het scherm (in één keer: nooit half geschreven)')
    .addOption(allowPersonalDataOption())
    .addOption(quietOption())
    .addHelpText(
      'after',
      `
Voorbeelden:
  $ profiel selecteer data-samples/dossiers-2018.csv --aantal 20
  $ profiel selecteer export.csv --aantal 100 --verdeling 10/60/30 --zaad 20261201 --format csv --uitvoer pilot.csv
  $ profiel selecteer export.csv --aantal 25 --gebied Oost --zonder-profiel-4

Volgorde per leeftijdsgroep: wie aan de meeste criteria van de pilotnotitie voldoet (nieuwe instroom,
jonger dan 27, kinderen, niet actief; met aanbeveling 9 ook sociaal isolement en bekend in het sociaal
domein; elk criterium telt één keer), bij gelijke stand eerst de profielen 1–3, dan onbepaald, dan 4,
en daarna het lot (zaad).`,
    )
    .action(async (file: string, flags: SelecteerFlags) => {
      const [{ checkOutputPath, emit }, { readExport }, { loadRuleTable }, { compileClassifier }, { Shortlister }, { renderPilot }, { seedFor }, { readPopulation }, { normaliseWord }] = await Promise.all([
        import('../io/write-output.js'),
        import('./pipeline.js'),
        import('../rules/load.js'),
        import('../rules/evaluate.js'),
        import('../sampling/pilot.js'),
        import('../render/pilot.js'),
        import('./inputs.js'),
        import('./population.js'),
        import('../io/words.js'),
      ]);
      await checkOutputPath(flags.uitvoer, [file, flags.regels, flags.populatie]);
      if (flags.ookProfiel4) notify(['--ook-profiel-4 is niet meer nodig: profiel 4 telt standaard mee op de criteria (--zonder-profiel-4 zet het achteraan)']);
      if (flags.populatie && flags.verdeling) warn(['--populatie wordt niet gebruikt: --verdeling zegt al hoe de plaatsen over de leeftijdsgroepen gaan']);
      const populatie = await readPopulation(flags.verdeling ? undefined : flags.populatie);
      if (flags.aantal > 100) warn([`--aantal ${flags.aantal}: de raadsinformatiebrief noemt een pilot van hoogstens 100 mensen`]);
      const rules = await loadRuleTable(flags.regels);
      const classifier = compileClassifier(rules, { alleenRegels: flags.alleenRegels ?? false });
      const area = flags.gebied === undefined ? undefined : normaliseWord(flags.gebied);
      const bandTotal = (b: string) => populatie.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.aantal, 0);
      const all = LEEFTIJDSGROEPEN.reduce((t, b) => t + bandTotal(b), 0);
      const verdeling = flags.verdeling ?? LEEFTIJDSGROEPEN.map((b) => (all > 0 ? bandTotal(b) / all : 0));
      const zaad = seedFor(flags.zaad, 'deze lijst');
      // A priority group that is part of another (young children of children) is the same criterion.
      const whole = new Map(rules.prioriteit.map((f) => [f.id, f.onderdeel_van ?? f.id]));
      let lister!: InstanceType<typeof Shortlister>;
      let [hasArea, candidates] = [false, 0];
      const start = () => {
        [lister, hasArea, candidates] = [new Shortlister({ aantal: flags.aantal, verdeling, zonderProfiel4: flags.zonderProfiel4 ?? false, zaad, criterium: (id) => whole.get(id) ?? id }), false, 0];
        return {
          onHeader: (header: readonly string[]) => (hasArea = header.includes('gebied')),
          onDossier: (d: Dossier) => {
            if (area !== undefined && (d.gebied === undefined || normaliseWord(d.gebied) !== area)) return;
            const outcome = classifier(d);
            candidates++;
            lister.add({ dossier_id: d.dossier_id, leeftijdsgroep: d.leeftijdsgroep, profiel: outcome.profiel, prioriteit: outcome.prioriteit });
          },
        };
      };
      const reading = await readExport(file, start, { staPersoonsgegevensToe: flags.staPersoonsgegevensToe });
      if (area !== undefined && !hasArea) throw usage(`--gebied ${flags.gebied}: de export ${file} heeft geen kolom gebied`);
      if (candidates === 0) throw new UserError('invoer', [area !== undefined ? `geen klanten in gebied ${flags.gebied} in ${file}; er is niets te kiezen` : `${file}: geen dossiers; er is niets te kiezen`]);
      const list = lister.result();
      const run = { bestand: reading.info.source, sha256: reading.info.sha256, dossiers: reading.count, aantal: flags.aantal, verdeling, gebied: flags.gebied ?? null, zonderProfiel4: flags.zonderProfiel4 ?? false, zaad, shortlist: list };
      await emit(renderPilot(run, rules, flags.format), flags.uitvoer);
      warn(list.waarschuwingen);
      toldWritten(flags.uitvoer);
    });
}
