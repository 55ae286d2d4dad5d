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
const FILLED: readonly DossierColumn[] = ['dossier_id', 'leeftijd', 'uitkeringsduur_maanden', 'stratum_leeftijdsgroep', 'stratum_uitkeringsduur'];
/** The columns of the drawn file: every column of the export, with the observed duration in months only (two would have to agree). */
export const SAMPLE_COLUMNS: readonly DossierColumn[] = [...FILLED, ...DOSSIER_COLUMNS.filter((c) => !FILLED.includes(c) && c !== 'uitkeringsduur_jaren')];

/** The drawn dossiers as an export to be completed: the stratum at the draw filled in, the rest empty. */
export function sampleCsv(sample: DrawnSample): string {
  const rows = sample.units.map((u) => {
    const s = sample.record.strata[u.stratum]!;
    const filled: Partial<Record<DossierColumn, string | number>> = {
      dossier_id: u.dossier_id,
      leeftijd: u.leeftijd,
      uitkeringsduur_maanden: u.uitkeringsduur_maanden,
      stratum_leeftijdsgroep: s.leeftijdsgroep,
      stratum_uitkeringsduur: s.uitkeringsduur,
    };
    return SAMPLE_COLUMNS.map((c) => filled[c] ?? '');
  });
  return toCsv(SAMPLE_COLUMNS, rows);
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
  return [
    out.bold(`Steekproef van ${nl.int(record.aantal)} uit ${nl.int(record.lijst.klanten - record.lijst.uitgesloten)} klanten (${record.lijst.bestand})`),
    table(head, rows, 22, { text: [1] }),
    ...(record.per_leeftijdsgroep ? [`Per leeftijdsgroep: ${record.per_leeftijdsgroep.join(' / ')} dossiers (< 27 / 27–55 / 55+), elk verdeeld over de uitkeringsduren.`] : []),
    `Toewijzing: ${TOEWIJZING_NAMEN[record.toewijzing]}, minimaal ${record.minimum} per stratum (nooit meer dan er zijn).`,
    `Zaad ${record.zaad} (${record.generator.toUpperCase()}): met hetzelfde zaad en dezelfde lijst worden precies dezelfde dossiers getrokken.`,
    ...(excluded ? [`Uitgesloten: ${nl.int(record.lijst.uitgesloten)} klanten die al eerder zijn gescreend (${record.lijst.uitsluitlijsten.join(', ')}); de populatie is de lijst zonder hen.`] : []),
    'Gewicht: het aantal klanten dat elk getrokken dossier vertegenwoordigt (N_h / n_h), zoals classify straks weegt.',
  ].join('\n');
}
