// Renderers for `profiel trek`: the drawn sample, its population file, the record of the draw and
// the allocation table. No figure is computed here.
import { DOSSIER_COLUMNS, type DossierColumn } from '../dossier/schema.js';
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_NAMEN, UITKERINGSDUUR_NAMEN, type Leeftijdsgroep } from '../dossier/vocabulary.js';
import type { Population } from '../estimate/population.js';
import { toCsv } from '../io/write-output.js';
import type { DrawRecord, DrawnSample, DrawnStratum } from '../sampling/sample.js';
import { jsonText } from './json.js';
import { nl, out, table } from './style.js';

/** What trek fills in; the screeners fill the rest of the export's columns. */
const FILLED: readonly DossierColumn[] = ['dossier_id', 'leeftijd', 'uitkeringsduur_maanden', 'stratum_leeftijdsgroep', 'stratum_uitkeringsduur', 'partij'];
/** The columns of the drawn file: every column of the export, with the observed duration in months only (two would have to agree). */
export const SAMPLE_COLUMNS: readonly DossierColumn[] = [...FILLED, ...DOSSIER_COLUMNS.filter((c) => !FILLED.includes(c) && c !== 'uitkeringsduur_jaren')];

/** What trek writes of a drawn client: the list's cells, its stratum at the draw and its batch. */
function filledCells(sample: DrawnSample, u: DrawnSample['units'][number]): Partial<Record<DossierColumn, string | number>> {
  const s = sample.record.strata[u.stratum]!;
  return {
    dossier_id: u.dossier_id,
    leeftijd: u.leeftijd,
    uitkeringsduur_maanden: u.uitkeringsduur_maanden,
    stratum_leeftijdsgroep: s.leeftijdsgroep,
    stratum_uitkeringsduur: s.uitkeringsduur,
    partij: u.partij,
  };
}

/** The drawn dossiers as an export to be completed: the stratum at the draw and the batch filled in, the rest empty. */
export function sampleCsv(sample: DrawnSample): string {
  return toCsv(SAMPLE_COLUMNS, sample.units.map((u) => SAMPLE_COLUMNS.map((c) => filledCells(sample, u)[c] ?? '')));
}

/**
 * The sample file of earlier batches as the screeners left it (their header, their cells), with
 * this batch's dossiers added below; a `partij` column is added if the file has none.
 */
export function extendedSampleCsv(sample: DrawnSample, earlier: { header: string[]; rows: string[][] }): string {
  const header = earlier.header.includes('partij') ? earlier.header : [...earlier.header, 'partij'];
  const batchOf = new Map(sample.units.map((u) => [u.dossier_id, u.partij]));
  const [at, id] = [header.indexOf('partij'), header.indexOf('dossier_id')];
  const kept = earlier.rows.map((r) => header.map((_, i) => (i === at && (r[i] ?? '') === '' ? String(batchOf.get(r[id] ?? '') ?? '') : (r[i] ?? ''))));
  const added = sample.units.slice(sample.units.length - sample.nieuw).map((u) => {
    const cells = filledCells(sample, u);
    return header.map((h) => String(cells[h as DossierColumn] ?? ''));
  });
  return toCsv(header, [...kept, ...added]);
}

/** `leeftijdsgroep,uitkeringsduur,aantal`, as `--populatie` reads it. */
export function populationCsv(population: Population): string {
  return toCsv(['leeftijdsgroep', 'uitkeringsduur', 'aantal'], population.strata.map((s) => [s.leeftijdsgroep, s.uitkeringsduur, s.aantal]));
}

export const drawJson = (record: DrawRecord) => jsonText(record);

const TOEWIJZING_NAMEN: Record<DrawRecord['toewijzing'], string> = {
  proportioneel: 'proportioneel (naar het aantal klanten per stratum)',
  gelijk: 'gelijk (evenveel per stratum)',
  neyman: 'Neyman (klanten × spreiding van de profielen per stratum)',
};

export function drawTable(record: DrawRecord): string {
  const excluded = record.lijst.uitgesloten > 0;
  const head = ['Leeftijdsgroep', 'Uitkeringsduur', 'Klanten', ...(excluded ? ['Uitgesloten'] : []), 'Steekproef', 'Gewicht'];
  const row = (name: string, duur: string, s: Pick<DrawnStratum, 'populatie' | 'uitgesloten' | 'steekproef'>) => [
    name,
    duur,
    nl.int(s.populatie),
    ...(excluded ? [nl.int(s.uitgesloten)] : []),
    nl.int(s.steekproef),
    s.steekproef > 0 ? nl.dec2(s.populatie / s.steekproef) : '–',
  ];
  const sum = (list: readonly DrawnStratum[]) => ({
    populatie: list.reduce((t, s) => t + s.populatie, 0),
    uitgesloten: list.reduce((t, s) => t + s.uitgesloten, 0),
    steekproef: list.reduce((t, s) => t + s.steekproef, 0),
  });
  const rows = LEEFTIJDSGROEPEN.flatMap((b: Leeftijdsgroep) => {
    const strata = record.strata.filter((s) => s.leeftijdsgroep === b);
    return [...strata.map((s) => row(LEEFTIJDSGROEP_NAMEN[b], UITKERINGSDUUR_NAMEN[s.uitkeringsduur], s)), row(LEEFTIJDSGROEP_NAMEN[b], 'totaal', sum(strata))];
  });
  rows.push(row('Totaal', '', sum(record.strata)));
  const later = record.partij > 1;
  return [
    later
      ? out.bold(`Partij ${record.partij}: ${nl.int(record.partijen.at(-1)!.aantal)} dossiers erbij; samen ${nl.int(record.aantal)} uit ${nl.int(record.lijst.klanten - record.lijst.uitgesloten)} klanten (${record.lijst.bestand})`)
      : out.bold(`Steekproef van ${nl.int(record.aantal)} uit ${nl.int(record.lijst.klanten - record.lijst.uitgesloten)} klanten (${record.lijst.bestand})`),
    table(head, rows, 22, { text: [1] }),
    ...(later
      ? [`Steekproef en gewicht: alle ${record.partij} partijen samen (${record.partijen.map((p) => p.aantal).join(' + ')}). Elke partij is getrokken uit wie in de partijen ervoor niet getrokken was; samen zijn ze één steekproef uit dezelfde klanten, te tellen met dezelfde populatie.`]
      : []),
    ...(record.per_leeftijdsgroep ? [`Per leeftijdsgroep: ${record.per_leeftijdsgroep.join(' / ')} dossiers (< 27 / 27–55 / 55+), elk verdeeld over de uitkeringsduren.`] : []),
    `Toewijzing: ${TOEWIJZING_NAMEN[record.toewijzing]}, minimaal ${record.minimum} per stratum (nooit meer dan er zijn).`,
    `Zaad ${record.zaad} (${record.generator.toUpperCase()}): met hetzelfde zaad en dezelfde lijst worden precies dezelfde dossiers getrokken.`,
    ...(excluded
      ? [
          `Uitgesloten: ${nl.int(record.lijst.uitgesloten)} klanten die al eerder zijn gescreend (${record.lijst.uitsluitlijsten.join(', ')}); de populatie is de lijst zonder hen` +
            (later ? '.' : ': een nieuwe, kleinere populatie, niet samen te tellen met de eerdere steekproef (dat kan wel met --vervolg).'),
        ]
      : []),
    'Gewicht: het aantal klanten dat elk getrokken dossier vertegenwoordigt (N_h / n_h), zoals classify straks weegt.',
  ].join('\n');
}
