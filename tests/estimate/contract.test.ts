import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../in-memory.js';
import { analyse } from '../in-memory.js';
import { analysisSchema } from '../../src/estimate/contract.js';
import { SCREENING_2018 } from '../../src/estimate/population.js';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { SAMPLE } from '../helpers.js';

async function sampleJson(): Promise<unknown> {
  const { info, dossiers } = await loadDossiers(SAMPLE);
  const a = analyse(info, dossiers, STANDAARD_REGELS, { populatie: SCREENING_2018, totaal: { van: 1200, tot: 1400 }, aandeelAfronding: 10, interval: 'nchs' });
  return JSON.parse(JSON.stringify(a));
}

describe('the JSON contract (version 1)', () => {
  it('reads back what classify writes, unchanged', async () => {
    const json = await sampleJson();
    expect(analysisSchema.parse(json)).toEqual(json);
  });

  it('allows additions, and a file without the dossier list', async () => {
    const json = (await sampleJson()) as Record<string, unknown>;
    const { dossiers: _, ...rest } = json;
    expect(analysisSchema.safeParse({ ...rest, nieuw_in_een_latere_versie: true }).success).toBe(true);
  });

  it('refuses another version, a missing key or a wrong type, saying where', async () => {
    const json = (await sampleJson()) as Record<string, unknown>;
    expect(analysisSchema.safeParse({ ...json, versie: 2 }).error?.issues[0]?.path).toEqual(['versie']);
    const { extrapolatie: _, ...missing } = json;
    expect(analysisSchema.safeParse(missing).error?.issues[0]?.path).toEqual(['extrapolatie']);
    const damaged = structuredClone(json) as { extrapolatie: { schatting: unknown }[] };
    damaged.extrapolatie[3]!.schatting = '2,0';
    expect(analysisSchema.safeParse(damaged).error?.issues[0]?.path).toEqual(['extrapolatie', 3, 'schatting']);
  });
});
