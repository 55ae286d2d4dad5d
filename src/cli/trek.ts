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
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { Dossier } from '../dossier/schema.js';
import type { TableInfo, TableRecord } from '../io/read-table.js';
import { isStdout } from '../io/stdout.js';
import type { DrawRecord } from '../sampling/record.js';
import type { Toewijzing } from '../sampling/allocation.js';
import { allocationOptions, allowPersonalDataOption, bandCounts, choice, notify, positive, quietOption, seedOption, show, tell, toldWritten, usage, warn } from './common.js';

interface TrekFlags {
  vervolg?: string;
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
    .option('--vervolg <trekking.json>', 'trek de volgende partij uit dezelfde klanten als deze eerdere trekking, zonder wie al getrokken is; de partijen samen zijn één steekproef (zelfde populatie, gewicht N/n over alle partijen)')
    .option('--uitsluiten <steekproef.csv>', 'laat de dossiers uit dit bestand (kolom dossier_id) buiten de trekking; mag vaker. Dat maakt een nieuwe, kleinere populatie: niet samen te tellen met de eerdere steekproef (daarvoor: --vervolg)', (file: string, earlier: string[] = []) => [...earlier, file])
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
  $ profiel trek klantenlijst.csv --vervolg steekproef-trekking.json --aantal 20 --zaad 202701 --uitvoer steekproef.csv
  $ profiel trek klantenlijst-2027.csv --aantal 40 --toewijzing neyman --vorige telling-2026-11.json --uitsluiten steekproef.csv --uitvoer steekproef-2027.csv

Daarna: vul de steekproef aan en tel met
  $ profiel classify steekproef-2026-12.csv --populatie steekproef-2026-12-populatie.csv

Met --vervolg blijft wat de screeners al in --uitvoer invulden staan: de nieuwe partij komt eronder.`,
    )
    .action(async (file: string, flags: TrekFlags) => {
      const [{ checkOutputPath, emit, writeAllAtomically }, { readExport }, { readIds }, { ClientFrame, drawSample }, render, { readDrawRecord, readExpectedShares, seedFor }, { problemsError }, { readWholeTable }] =
        await Promise.all([
          import('../io/write-output.js'),
          import('./pipeline.js'),
          import('../dossier/load.js'),
          import('../sampling/sample.js'),
          import('../render/sampling.js'),
          import('./inputs.js'),
          import('../render/problems.js'),
          import('../io/read-table.js'),
        ]);
      if ((flags.aantal === undefined) === (flags.perLeeftijdsgroep === undefined)) throw usage('geef --aantal of --per-leeftijdsgroep (één van de twee)');
      if (flags.vervolg && flags.uitsluiten) {
        throw usage('--vervolg en --uitsluiten gaan niet samen: een vervolg trekt uit dezelfde klanten als de eerste partij (met haar eigen uitsluitlijsten); wie al getrokken is, slaat het vanzelf over');
      }
      const grootte = flags.perLeeftijdsgroep ? { perLeeftijdsgroep: flags.perLeeftijdsgroep } : { aantal: flags.aantal! };
      const outputs = outputPaths(flags);
      const paths = Object.values(outputs).filter((p) => !isStdout(p));
      if (new Set(paths).size < paths.length) throw usage('--uitvoer, --populatie-uitvoer en --verantwoording moeten drie verschillende bestanden zijn');
      const previous = flags.vervolg ? await readDrawRecord(flags.vervolg) : undefined;
      const uitsluitlijsten = previous ? previous.lijst.uitsluitlijsten : (flags.uitsluiten ?? []);
      // The sample file of earlier batches may be --uitvoer itself: it is read, then extended.
      const inputs = [file, flags.vorige, ...uitsluitlijsten];
      for (const [key, path] of Object.entries(outputs)) if (!isStdout(path)) await checkOutputPath(path, inputs, outputOption(key as keyof typeof outputs, flags));
      const expected = await readExpectedShares(flags.vorige, flags.toewijzing);
      if (flags.vorige && flags.toewijzing !== 'neyman') warn(['--vorige wordt alleen gebruikt bij --toewijzing neyman']);
      if (flags.minimum < 2) warn([`--minimum ${flags.minimum}: in een stratum met minder dan 2 dossiers is de variantie niet te schatten`]);

      const excluded = uitsluitlijsten.length ? await readIds(uitsluitlijsten) : undefined;
      if (excluded?.problems.length) throw problemsError(excluded.problems);
      let clients!: InstanceType<typeof ClientFrame>;
      const start = () => {
        clients = new ClientFrame(excluded?.ids, file);
        return { onHeader: (header: readonly string[]) => (clients.header = header), onDossier: (d: Dossier, line: number) => clients.add(d, line) };
      };
      const reading = await readExport(file, start, { staPersoonsgegevensToe: flags.staPersoonsgegevensToe });
      if (clients.problems.length) throw problemsError(clients.problems);
      if (reading.count === 0) throw new UserError('invoer', [`${file}: geen klanten (alleen een kopregel); er is niets te trekken`]);
      if (excluded && clients.notOnList > 0) notify([`${clients.notOnList} van de ${excluded.ids.size} dossiers in ${uitsluitlijsten.join(', ')} staan niet op de klantenlijst`]);
      if (previous && previous.lijst.sha256 !== reading.info.sha256) throw otherList(file, previous.lijst.bestand, flags.vervolg!);

      const zaad = seedFor(flags.zaad, 'deze trekking');
      const sample = drawSample(
        clients,
        { bestand: previous?.lijst.bestand ?? reading.info.source, sha256: reading.info.sha256, uitsluitlijsten },
        { grootte, toewijzing: flags.toewijzing, minimum: flags.minimum, zaad, shares: expected },
        `trekking ${previous?.lijst.bestand ?? reading.info.source}${uitsluitlijsten.length ? ` zonder ${uitsluitlijsten.join(', ')}` : ''}`,
        previous,
      );
      // A follow-up keeps what the screeners filled in for earlier batches, where --uitvoer is their file.
      const earlier = previous && outputs.uitvoer && !isStdout(outputs.uitvoer) ? await earlierSample(outputs.uitvoer, previous, readWholeTable) : undefined;
      const csv = earlier ? render.extendedSampleCsv(sample, earlier) : render.sampleCsv(sample);
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
      toldWritten(...written.map((f) => f.path));
    });
}

/** The three files of a draw; the population and the record go beside the sample unless named. */
function outputPaths(flags: TrekFlags): { uitvoer?: string; populatie?: string; verantwoording?: string } {
  const base = flags.uitvoer && !isStdout(flags.uitvoer) ? flags.uitvoer.replace(/\.csv$/i, '') : undefined;
  const populatie = flags.populatieUitvoer ?? (base && `${base}-populatie.csv`);
  const verantwoording = flags.verantwoording ?? (base && `${base}-trekking.json`);
  return { ...(flags.uitvoer && { uitvoer: flags.uitvoer }), ...(populatie && { populatie }), ...(verantwoording && { verantwoording }) };
}

/** How the user named an output: its option, or the file beside --uitvoer that it was derived from. */
function outputOption(key: keyof ReturnType<typeof outputPaths>, flags: TrekFlags): string {
  if (key === 'uitvoer') return '--uitvoer';
  if (key === 'populatie') return flags.populatieUitvoer ? '--populatie-uitvoer' : 'het populatiebestand bij --uitvoer,';
  return flags.verantwoording ? '--verantwoording' : 'de verantwoording bij --uitvoer,';
}

/** The list is not the one the first batch was drawn from: say what the analyst can choose. */
function otherList(file: string, first: string, record: string): UserError {
  return new UserError('invoer', [`${file} is niet de klantenlijst van de trekking in ${record} (andere SHA-256).`], [
    'Een vervolg trekt uit dezelfde klanten als de eerste partij, zodat alle partijen samen één steekproef zijn die met dezelfde populatie wordt geteld. Kies:',
    `  - de steekproef voortzetten: gebruik de klantenlijst van de eerste trekking (${first}), ook als er sindsdien klanten bij zijn gekomen of weg zijn gegaan;`,
    '  - een nieuwe steekproef beginnen uit deze lijst: trek zonder --vervolg (met --uitsluiten voor wie al gescreend is). Die telt als een nieuwe populatie en is niet samen te tellen met de eerdere partijen.',
  ]);
}

/**
 * The sample file of the earlier batches, if it is there: it must hold exactly their dossiers
 * (the screeners may have filled in and reordered them, not added or removed any).
 */
async function earlierSample(
  path: string,
  previous: DrawRecord,
  readWholeTable: (file: string) => Promise<{ info: TableInfo; rows: TableRecord[] }>,
): Promise<{ header: string[]; rows: string[][] } | undefined> {
  if (!(await stat(path).catch(() => undefined))?.isFile()) return undefined;
  const { info, rows } = await readWholeTable(path);
  const refuse = (why: string) =>
    new UserError('invoer', [`${path} is niet de steekproef van de eerdere partijen: ${why}.`], [
      'Met --vervolg vult trek dat bestand aan met de nieuwe partij, en laat staan wat de screeners invulden. Geef het bestand van de eerdere partijen, of een nieuwe naam (dan komen alle partijen erin, leeg).',
    ]);
  if (info.syntaxError) throw refuse(`regel ${info.syntaxError.line}: ${info.syntaxError.message}`);
  const at = info.header.indexOf('dossier_id');
  if (at < 0) throw refuse('er is geen kolom dossier_id');
  const ids = rows.map((r) => r.fields[at] ?? '');
  const drawn = new Set(previous.getrokken.map((g) => g.dossier_id));
  const stray = ids.filter((id) => !drawn.has(id));
  if (stray.length || ids.length !== drawn.size || new Set(ids).size !== ids.length) {
    throw refuse(stray.length ? `${stray.length} dossiers zijn niet getrokken (bijvoorbeeld ${stray[0]})` : `er staan ${ids.length} dossiers in, getrokken zijn er ${drawn.size}`);
  }
  return { header: info.header, rows: rows.map((r) => r.fields) };
}
