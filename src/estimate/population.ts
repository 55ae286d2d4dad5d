// The population the sample is extrapolated to: counts per leeftijdsgroep × uitkeringsduur.
// Built-in: the 606 clients screened below 30% in week 41 of 2018 (adviesnota, BIJLAGE 1).
import type { Readable } from 'node:stream';
import * as z from 'zod/mini';
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN, type Leeftijdsgroep, type Uitkeringsduur } from '../dossier/vocabulary.js';
import { code, integer, required } from '../io/cells.js';
import { loadTable } from '../io/load-table.js';
import type { Problem } from '../io/problem.js';

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

const rowSchema = z.object({
  leeftijdsgroep: required(code(LEEFTIJDSGROEPEN), 'leeftijdsgroep'),
  uitkeringsduur: required(code(UITKERINGSDUREN), 'uitkeringsduur'),
  aantal: required(integer(0), 'aantal'),
});

export interface PopulationResult {
  /** Undefined when the file has problems. */
  population?: Population;
  problems: Problem[];
  notices: string[];
}

/** Reads `leeftijdsgroep,uitkeringsduur,aantal`; every one of the 9 strata exactly once. */
export async function loadPopulation(file: string, input?: Readable): Promise<PopulationResult> {
  const table = await loadTable(file, { required: Object.keys(rowSchema.shape), row: { cells: rowSchema, complete: (values) => values as unknown as PopulationStratum } }, input);
  const problems = [...table.problems];
  const strata: PopulationStratum[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, value } of table.rows) {
    const key = `${value.leeftijdsgroep}|${value.uitkeringsduur}`;
    const earlier = lineOf.get(key);
    if (earlier !== undefined) {
      problems.push({ bestand: file, regel: line, melding: `stratum ${value.leeftijdsgroep} × ${value.uitkeringsduur} staat er twee keer in (ook regel ${earlier})` });
      continue;
    }
    lineOf.set(key, line);
    strata.push(value);
  }
  if (problems.length === 0) {
    for (const leeftijdsgroep of LEEFTIJDSGROEPEN) {
      for (const uitkeringsduur of UITKERINGSDUREN) {
        if (!lineOf.has(`${leeftijdsgroep}|${uitkeringsduur}`)) {
          problems.push({ bestand: file, regel: table.header.length ? 2 : 1, melding: `stratum ${leeftijdsgroep} × ${uitkeringsduur} ontbreekt`, verwacht: 'alle 9 combinaties van leeftijdsgroep en uitkeringsduur (aantal mag 0 zijn)' });
        }
      }
    }
  }
  if (problems.length) return { problems, notices: table.notices };
  return { population: { naam: file === '-' ? 'standaardinvoer' : file, strata: sortStrata(strata) }, problems, notices: table.notices };
}

function sortStrata(strata: PopulationStratum[]): PopulationStratum[] {
  const order = (s: PopulationStratum) => LEEFTIJDSGROEPEN.indexOf(s.leeftijdsgroep) * 10 + UITKERINGSDUREN.indexOf(s.uitkeringsduur);
  return [...strata].sort((a, b) => order(a) - order(b));
}

export function populationTotal(p: Population): number {
  return p.strata.reduce((s, h) => s + h.aantal, 0);
}
