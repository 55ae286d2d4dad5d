// profiel trek <klantenlijst.csv> (--aantal N | --per-leeftijdsgroep a/b/c)
//
// Draws the next screening sample from the anonymised list of all clients (dossier_id, leeftijd,
// uitkeringsduur; read and checked as a dossier export), stratified by leeftijdsgroep ×
// uitkeringsduur, and writes the design down: the drawn dossiers with their stratum at the
// draw (to be completed by the screeners), the population per stratum that classify weights
// by, and a record of allocation, seed and generator. Without --uitvoer it only shows the
// allocation. Wiring only: the draw is sampling/sample, the output render/sampling.
//
//   profiel trek klantenlijst.csv --aantal 56 --zaad 20261201 --uitvoer steekproef.csv
import type { Command } from 'commander';
import { isStdout } from '../io/stdout.js';
import type { Toewijzing } from '../sampling/allocation.js';
import { allocationOptions, allowPersonalDataOption, bandCounts, choice, notify, positive, quietOption, seedOption, show, tell, usage, warn } from './common.js';

interface TrekFlags {
  aantal?: number;
  perLeeftijdsgroep?: number[];
  toewijzing: Toewijzing;
  minimum: number;
  zaad?: number;
  vorige?: string;
  uitsluiten?: string[];
  uitvoer?: string;
  populatieUitvoer?: string;
  verantwoording?: string;
  format: 'table' | 'json';
  staPersoonsgegevensToe?: boolean;
}

export function registerTrek(program: Command): void {
  const command = program
    .command('trek')
    .description('trek een gestratificeerde steekproef uit de klantenlijst en leg de opzet vast (strata, populatie, zaad)')
    .argument('<klantenlijst.csv>', 'geanonimiseerde lijst van alle klanten: dossier_id, leeftijd, uitkeringsduur_maanden (of _jaren); - leest standaardinvoer')
    .option('--aantal <n>', 'trek zoveel dossiers, verdeeld over alle 9 strata', positive('--aantal'))
    .option('--per-leeftijdsgroep <a/b/c>', 'of: trek zoveel dossiers per leeftijdsgroep (< 27, 27–55, 55+), elk verdeeld over de uitkeringsduren, zoals de adviesnota 12/30/14', bandCounts('--per-leeftijdsgroep'));
  allocationOptions(command)
    .addOption(seedOption('van de trekking'))
    .option('--vorige <telling.json>', 'de telling van vorige keer (profiel classify --format json), voor --toewijzing neyman')
    .option('--uitsluiten <steekproef.csv>', 'laat de dossiers uit dit bestand (kolom dossier_id) buiten de trekking: al eerder gescreend; mag vaker (elke eerdere steekproef)', (file: string, earlier: string[] = []) => [...earlier, file])
    .option('--uitvoer <steekproef.csv>', 'schrijf de getrokken dossiers hierheen, met hun stratum bij de trekking (zonder: alleen de verdeling tonen)')
    .option('--populatie-uitvoer <populatie.csv>', 'schrijf de populatie per stratum hierheen, voor classify --populatie (standaard: naast --uitvoer, …-populatie.csv)')
    .option('--verantwoording <trekking.json>', 'schrijf de opzet van de trekking (toewijzing, zaad, strata) hierheen (standaard: naast --uitvoer, …-trekking.json)')
    .option('--format <table|json>', 'kies wat er op het scherm komt: de verdeling als tabel, of de verantwoording als JSON', choice('--format', ['table', 'json'] as const), 'table')
    .addOption(allowPersonalDataOption())
    .addOption(quietOption())
    .addHelpText(
      'after',
      `
Voorbeelden:
  $ profiel trek klantenlijst.csv --aantal 56
  $ profiel trek klantenlijst.csv --aantal 56 --zaad 20261201 --uitvoer steekproef-2026-12.csv
  $ profiel trek klantenlijst.csv --per-leeftijdsgroep 12/30/14 --zaad 20261201 --uitvoer steekproef-2026-12.csv
  $ profiel trek klantenlijst.csv --aantal 40 --toewijzing neyman --vorige telling-2026-11.json --uitsluiten steekproef-2026-10.csv --uitsluiten steekproef-2026-11.csv --uitvoer steekproef-2026-12.csv

Daarna: vul de steekproef aan en tel met
  $ profiel classify steekproef-2026-12.csv --populatie steekproef-2026-12-populatie.csv`,
    )
    .action(async (file: string, flags: TrekFlags) => {
      const [{ checkOutputPath, emit, writeAllAtomically }, { readExport }, { readIds }, { ClientFrame, drawSample }, render, { readExpectedShares, seedFor }, { problemsError }] = await Promise.all([
        import('../io/write-output.js'),
        import('./pipeline.js'),
        import('../dossier/load.js'),
        import('../sampling/sample.js'),
        import('../render/sampling.js'),
        import('./inputs.js'),
        import('../render/problems.js'),
      ]);
      if ((flags.aantal === undefined) === (flags.perLeeftijdsgroep === undefined)) throw usage('geef --aantal of --per-leeftijdsgroep (één van de twee)');
      const grootte = flags.perLeeftijdsgroep ? { perLeeftijdsgroep: flags.perLeeftijdsgroep } : { aantal: flags.aantal! };
      const outputs = outputPaths(flags);
      const paths = Object.values(outputs).filter((p) => !isStdout(p));
      if (new Set(paths).size < paths.length) throw usage('--uitvoer, --populatie-uitvoer en --verantwoording moeten drie verschillende bestanden zijn');
      const inputs = [file, flags.vorige, ...(flags.uitsluiten ?? [])];
      for (const path of paths) await checkOutputPath(path, inputs);
      const expected = await readExpectedShares(flags.vorige, flags.toewijzing);
      if (flags.vorige && flags.toewijzing !== 'neyman') warn(['--vorige wordt alleen gebruikt bij --toewijzing neyman']);
      if (flags.minimum < 2) warn([`--minimum ${flags.minimum}: in een stratum met minder dan 2 dossiers is de variantie niet te schatten`]);

      const excluded = flags.uitsluiten ? await readIds(flags.uitsluiten) : undefined;
      if (excluded?.problems.length) throw problemsError(excluded.problems);
      const uitsluitlijsten = flags.uitsluiten ?? [];
      const clients = new ClientFrame(excluded?.ids);
      const reading = await readExport(file, { onDossier: (d) => clients.add(d) }, { staPersoonsgegevensToe: flags.staPersoonsgegevensToe });
      if (reading.count === 0) throw usage(`${file}: geen klanten (alleen een kopregel); er is niets te trekken`);
      if (excluded && clients.notOnList > 0) notify([`${clients.notOnList} van de ${excluded.ids.size} dossiers in ${uitsluitlijsten.join(', ')} staan niet op de klantenlijst`]);

      const zaad = seedFor(flags.zaad, 'deze trekking');
      const sample = drawSample(
        clients,
        { bestand: reading.info.source, sha256: reading.info.sha256, uitsluitlijsten },
        { grootte, toewijzing: flags.toewijzing, minimum: flags.minimum, zaad, shares: expected },
        `trekking ${reading.info.source}${uitsluitlijsten.length ? ` zonder ${uitsluitlijsten.join(', ')}` : ''}`,
      );
      const csv = render.sampleCsv(sample);
      const record = render.drawJson(sample.record);
      const toFile = outputs.uitvoer !== undefined && !isStdout(outputs.uitvoer);
      const written = [
        toFile && { path: outputs.uitvoer!, data: csv },
        outputs.populatie && { path: outputs.populatie, data: render.populationCsv(sample.population) },
        outputs.verantwoording && { path: outputs.verantwoording, data: record },
      ].filter((f): f is { path: string; data: string } => Boolean(f));
      await writeAllAtomically(written);
      // The sample itself on standard output (--uitvoer -) leaves no room there for the table.
      if (outputs.uitvoer && !toFile) await emit(csv);
      else if (flags.format === 'json') await emit(record);
      else show(render.drawTable(sample.record));
      if (!outputs.uitvoer) tell('niets geschreven: geef --uitvoer <steekproef.csv> om de getrokken dossiers te schrijven');
      for (const f of written) tell(`geschreven: ${f.path}`);
    });
}

/** The three files of a draw; the population and the record go beside the sample unless named. */
function outputPaths(flags: TrekFlags): { uitvoer?: string; populatie?: string; verantwoording?: string } {
  const base = flags.uitvoer && !isStdout(flags.uitvoer) ? flags.uitvoer.replace(/\.csv$/i, '') : undefined;
  const populatie = flags.populatieUitvoer ?? (base && `${base}-populatie.csv`);
  const verantwoording = flags.verantwoording ?? (base && `${base}-trekking.json`);
  return { ...(flags.uitvoer && { uitvoer: flags.uitvoer }), ...(populatie && { populatie }), ...(verantwoording && { verantwoording }) };
}
