import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../in-memory.js';
import { analyse } from '../in-memory.js';
import { loadPopulation, SCREENING_2018, type Population } from '../../src/estimate/population.js';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { SAMPLE } from '../helpers.js';

const fromText = (text: string) => loadPopulation('populatie.csv', Readable.from([Buffer.from(text)]));
/** A population file that must read without problems. */
async function populationOf(text: string): Promise<Population> {
  const r = await fromText(text);
  expect(r.problems).toEqual([]);
  return r.population!;
}
const asCsv = (p: Population, scale: (n: number) => number = (n) => n) =>
  `leeftijdsgroep;uitkeringsduur;aantal\n${p.strata.map((s) => `${s.leeftijdsgroep};${s.uitkeringsduur};${scale(s.aantal)}`).join('\n')}\n`;

async function run(populatie: Population) {
  const { info, dossiers } = await loadDossiers(SAMPLE);
  return analyse(info, dossiers, STANDAARD_REGELS, { populatie, totaal: { van: 1200, tot: 1400 }, aandeelAfronding: 10, interval: 'nchs' });
}

describe('population files', () => {
  it('read the built-in screening back from CSV (; separated, any column order and case, any row order)', async () => {
    expect((await populationOf(asCsv(SCREENING_2018))).strata).toEqual(SCREENING_2018.strata);
    const reordered = `Aantal;Uitkeringsduur;LEEFTIJDSGROEP\n${[...SCREENING_2018.strata].reverse().map((s) => `${s.aantal};${s.uitkeringsduur};${s.leeftijdsgroep}`).join('\n')}\n`;
    expect(reordered.split('\n')[1]).toBe('82;>5;55+');
    expect((await populationOf(reordered)).strata).toEqual(SCREENING_2018.strata);
  });

  it('change the estimates as the weights say: doubling every stratum doubles every estimate', async () => {
    const base = await run(SCREENING_2018);
    const doubled = await run(await populationOf(asCsv(SCREENING_2018, (n) => 2 * n)));
    expect(doubled.populatie.totaal).toBe(1212);
    for (const [i, e] of base.extrapolatie.entries()) {
      expect(doubled.extrapolatie[i]!.schatting).toBeCloseTo(2 * e.schatting, 3);
    }
  });

  it('move only the stratum that changed', async () => {
    const text = asCsv(SCREENING_2018).replace('27-55;>5;128', '27-55;>5;146');
    const after = await run(await populationOf(text));
    const p3 = after.extrapolatie.find((e) => e.leeftijdsgroep === '27-55' && e.profiel === 3)!;
    // 10 of the 18 sampled >5 dossiers are profile 3: +18 clients × 10/18 = +10.
    expect(p3.schatting).toBeCloseTo(211.9968 + 10, 3);
    expect(after.extrapolatie.find((e) => e.leeftijdsgroep === '<27' && e.profiel === 1)!.schatting).toBeCloseTo(21.6, 9);
  });

  it('are refused with a message per problem', async () => {
    const text = 'leeftijdsgroep,uitkeringsduur,aantal\n<27,<1,27\n<27,1-5,-4\n<27,>5,2.5\n27-56,<1,67\n27-55,<1,67\n27-55,<1,67\n';
    const { population, problems: found } = await fromText(text);
    expect(population).toBeUndefined();
    const problems = found.map((p) => [p.regel, p.kolom?.naam, p.waarde, p.suggestie ?? null]);
    expect(problems).toEqual([
      [3, 'aantal', '-4', null],
      [4, 'aantal', '2.5', null],
      [5, 'leeftijdsgroep', '27-56', '27-55'],
      [7, undefined, undefined, null],
    ]);
  });

  it('must name all nine strata', async () => {
    const { problems } = await fromText('leeftijdsgroep,uitkeringsduur,aantal\n<27,<1,27\n');
    expect(problems).toHaveLength(8);
    expect(problems[0]!.melding).toBe('stratum <27 × 1-5 ontbreekt');
  });

  it('refuse a line with more or fewer fields than the header, instead of dropping one', async () => {
    const text = asCsv(SCREENING_2018).replace('27-55;1-5;171', '27-55;1-5;5;171').replace('55+;<1;36', '55+;36');
    const { population, problems } = await fromText(text);
    expect(population).toBeUndefined();
    expect(problems.map((p) => [p.regel, p.melding])).toEqual([
      [6, 'de regel heeft 4 velden, de kopregel 3'],
      [8, 'de regel heeft 2 velden, de kopregel 3'],
    ]);
  });
});
