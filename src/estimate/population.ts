// The population the sample is extrapolated to: counts per leeftijdsgroep × uitkeringsduur.
// Built-in: the 606 clients screened below 30% in week 41 of 2018 (adviesnota, BIJLAGE 1).
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { readTable } from '../io/read-table.js';
import {
  LEEFTIJDSGROEPEN,
  UITKERINGSDUREN,
  normaliseWord,
  suggest,
  type Leeftijdsgroep,
  type Uitkeringsduur,
} from '../dossier/vocabulary.js';
import type { Problem } from '../dossier/load.js';

export interface PopulationStratum {
  leeftijdsgroep: Leeftijdsgroep;
  uitkeringsduur: Uitkeringsduur;
  aantal: number;
}

export interface Population {
  naam: string;
  strata: PopulationStratum[];
}

export const SCREENING_2018: Population = {
  naam: 'screening-2018',
  strata: [
    { leeftijdsgroep: '<27', uitkeringsduur: '<1', aantal: 27 },
    { leeftijdsgroep: '<27', uitkeringsduur: '1-5', aantal: 27 },
    { leeftijdsgroep: '<27', uitkeringsduur: '>5', aantal: 2 },
    { leeftijdsgroep: '27-55', uitkeringsduur: '<1', aantal: 67 },
    { leeftijdsgroep: '27-55', uitkeringsduur: '1-5', aantal: 171 },
    { leeftijdsgroep: '27-55', uitkeringsduur: '>5', aantal: 128 },
    { leeftijdsgroep: '55+', uitkeringsduur: '<1', aantal: 36 },
    { leeftijdsgroep: '55+', uitkeringsduur: '1-5', aantal: 66 },
    { leeftijdsgroep: '55+', uitkeringsduur: '>5', aantal: 82 },
  ],
};

export class PopulationError extends Error {
  constructor(readonly problems: Problem[]) {
    super('het populatiebestand is ongeldig');
  }
}

const COLUMNS = ['leeftijdsgroep', 'uitkeringsduur', 'aantal'] as const;

const rowSchema = z.object({
  leeftijdsgroep: z.string().trim().pipe(z.enum(LEEFTIJDSGROEPEN)),
  uitkeringsduur: z.string().trim().pipe(z.enum(UITKERINGSDUREN)),
  aantal: z.string().trim().regex(/^\d+$/).transform(Number),
});

const EXPECTED: Record<(typeof COLUMNS)[number], string> = {
  leeftijdsgroep: `één van: ${LEEFTIJDSGROEPEN.join(', ')}`,
  uitkeringsduur: `één van: ${UITKERINGSDUREN.join(', ')}`,
  aantal: 'een geheel getal, 0 of meer',
};

/** Reads `leeftijdsgroep,uitkeringsduur,aantal`; every one of the 9 strata exactly once. */
export async function loadPopulation(file: string, input?: Readable): Promise<Population> {
  const problems: Problem[] = [];
  const strata: PopulationStratum[] = [];
  const lineOf = new Map<string, number>();
  let index: number[] = [];
  const info = await readTable(
    file,
    {
      onHeader(header) {
        const names = header.map(normaliseWord);
        index = COLUMNS.map((c) => names.indexOf(c));
        COLUMNS.forEach((c, i) => {
          if (index[i]! < 0) problems.push({ bestand: file, regel: 1, melding: `verplichte kolom "${c}" ontbreekt`, verwacht: 'kolommen leeftijdsgroep, uitkeringsduur, aantal' });
        });
      },
      onRecord({ line, fields }) {
        if (index.some((i) => i < 0)) return;
        const cells = Object.fromEntries(COLUMNS.map((c, i) => [c, fields[index[i]!] ?? '']));
        const parsed = rowSchema.safeParse(cells);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const column = issue.path[0] as (typeof COLUMNS)[number];
            const value = cells[column] ?? '';
            const options = column === 'leeftijdsgroep' ? LEEFTIJDSGROEPEN : column === 'uitkeringsduur' ? UITKERINGSDUREN : [];
            const hint = suggest(value, options);
            problems.push({
              bestand: file,
              regel: line,
              kolom: { nummer: index[COLUMNS.indexOf(column)]! + 1, naam: column },
              waarde: value,
              melding: value.trim() === '' ? 'waarde ontbreekt' : 'ongeldige waarde',
              verwacht: EXPECTED[column],
              ...(hint && { suggestie: hint }),
            });
          }
          return;
        }
        const key = `${parsed.data.leeftijdsgroep}|${parsed.data.uitkeringsduur}`;
        const earlier = lineOf.get(key);
        if (earlier !== undefined) {
          problems.push({ bestand: file, regel: line, melding: `stratum ${parsed.data.leeftijdsgroep} × ${parsed.data.uitkeringsduur} staat er twee keer in (ook regel ${earlier})` });
          return;
        }
        lineOf.set(key, line);
        strata.push(parsed.data);
      },
    },
    input,
  );
  if (info.syntaxError) problems.push({ bestand: file, regel: info.syntaxError.line, melding: info.syntaxError.message });
  if (problems.length === 0) {
    for (const leeftijdsgroep of LEEFTIJDSGROEPEN) {
      for (const uitkeringsduur of UITKERINGSDUREN) {
        if (!lineOf.has(`${leeftijdsgroep}|${uitkeringsduur}`)) {
          problems.push({ bestand: file, regel: info.header.length ? 2 : 1, melding: `stratum ${leeftijdsgroep} × ${uitkeringsduur} ontbreekt`, verwacht: 'alle 9 combinaties van leeftijdsgroep en uitkeringsduur (aantal mag 0 zijn)' });
        }
      }
    }
  }
  if (problems.length) throw new PopulationError(problems);
  return { naam: file === '-' ? 'standaardinvoer' : file, strata: sortStrata(strata) };
}

function sortStrata(strata: PopulationStratum[]): PopulationStratum[] {
  const order = (s: PopulationStratum) => LEEFTIJDSGROEPEN.indexOf(s.leeftijdsgroep) * 10 + UITKERINGSDUREN.indexOf(s.uitkeringsduur);
  return [...strata].sort((a, b) => order(a) - order(b));
}

export function populationTotal(p: Population): number {
  return p.strata.reduce((s, h) => s + h.aantal, 0);
}
