// The main job streams: cells read through a memo of their schema's answers, rules compiled
// without a trace, dossiers counted as they arrive and, for a large file, two threads each
// counting half. Whatever the path, the JSON must be the bytes of the plain path: every dossier
// parsed by the whole row schema, kept in memory, classified with its full trace, then analysed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS, rows } from '../../bench/generate.mjs';
import { loadDossiers } from '../in-memory.js';
import { dossierSchema } from '../../src/dossier/schema.js';
import { analysisOf, type AnalysisOptions, type DossierResult } from '../../src/estimate/analysis.js';
import { analyse } from '../in-memory.js';
import { PreviousDossiersBuilder, type PreviousDossiers } from '../../src/estimate/previous-dossiers.js';
import { loadPopulation, SCREENING_2018, type Population } from '../../src/estimate/population.js';
import { renderClassify } from '../../src/render/classify.js';
import { classify, compileClassifier } from '../../src/rules/evaluate.js';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { forWork, SAMPLE } from '../helpers.js';
import { run } from '../cli/run.js';

const OUT = 'tests/output/streaming';
mkdirSync(OUT, { recursive: true });

/** A generated export (bench/generate.mjs) of n rows, optionally with columns left out, and a population that fits it. */
function generated(name: string, n: number, without: string[] = []): { csv: string; population: string } {
  const keep = COLUMNS.map((c, i) => [c, i] as const).filter(([c]) => !without.includes(c));
  const perStratum = new Map<string, number>();
  const lines = [keep.map(([c]) => c).join(',')];
  for (const { line, stratum } of rows(n, 7)) {
    const cells = line.split(',');
    lines.push(keep.map(([, i]) => cells[i]).join(','));
    perStratum.set(stratum, (perStratum.get(stratum) ?? 0) + 1);
  }
  const csv = join(OUT, `${name}.csv`);
  const population = join(OUT, `${name}-populatie.csv`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const strata = ['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => `${b},${u},${2 * (perStratum.get(`${b},${u}`) ?? 0) + 5}`));
  writeFileSync(population, `leeftijdsgroep,uitkeringsduur,aantal\n${strata.join('\n')}\n`);
  return { csv, population };
}

const options = (populatie: Population): AnalysisOptions => ({ populatie, totaal: { van: 1200, tot: 1400 }, aandeelAfronding: 10, interval: 'nchs', alleenRegels: false });

/** The plain path: all dossiers in memory, each classified with its trace. */
async function plainJson(csv: string, populatie: Population): Promise<string> {
  const { info, dossiers, problems } = await loadDossiers(csv);
  expect(problems).toEqual([]);
  return renderClassify(analyse(info, dossiers, STANDAARD_REGELS, options(populatie)), STANDAARD_REGELS, 'json', { dossiers: true });
}

async function population(file: string): Promise<Population> {
  return (await loadPopulation(file)).population!;
}

describe('the streaming main path', () => {
  it('gives the bytes of the plain path on the sample', async () => {
    const streamed = await run(['classify', SAMPLE, '--format', 'json', '--dossiers']);
    expect(streamed.code).toBe(0);
    expect(streamed.stdout).toBe(await plainJson(SAMPLE, SCREENING_2018));
    // Without --dossiers nothing per dossier is kept, and the rest is the same.
    const lean = await run(['classify', SAMPLE, '--format', 'json']);
    const { dossiers, ...rest } = JSON.parse(streamed.stdout);
    expect(dossiers).toHaveLength(56);
    expect(JSON.parse(lean.stdout)).toEqual(rest);
  }, forWork(1));

  it('gives the bytes of the plain path on a generated export of 10,000 dossiers', async () => {
    const { csv, population: file } = generated('tienduizend', 10_000);
    const streamed = await run(['classify', csv, '--populatie', file, '--format', 'json', '--dossiers']);
    expect(streamed.code).toBe(0);
    const plain = await plainJson(csv, await population(file));
    expect(streamed.stdout).toBe(plain);
    expect(JSON.parse(plain).invoer.dossiers).toBe(10_000);
  }, forWork(2));

  it('fills the duration from the years when an export has no months, row after row', async () => {
    // Each row starts from the same object; what the previous row derived must not stay behind.
    const { csv, population: file } = generated('alleen-jaren', 3_000, ['uitkeringsduur_maanden']);
    const text = readFileSync(csv, 'utf8');
    // The generator leaves years empty on most rows: give every row its years.
    const [head, ...body] = text.trim().split('\n');
    const at = head!.split(',').indexOf('uitkeringsduur_jaren');
    writeFileSync(csv, `${[head, ...body.map((l, i) => l.split(',').map((c, j) => (j === at ? String((i % 97) / 4) : c)).join(','))].join('\n')}\n`);
    const streamed = await run(['classify', csv, '--populatie', file, '--format', 'json', '--dossiers']);
    const plain = await plainJson(csv, await population(file));
    expect(streamed.code).toBe(0);
    expect(streamed.stdout).toBe(plain);
  }, forWork(0.7));

  it('reads each cell as the whole row schema does, memo or not', async () => {
    const { csv } = generated('schema', 2_000);
    const { dossiers } = await loadDossiers(csv);
    const [head, ...body] = readFileSync(csv, 'utf8').trim().split('\n');
    const names = head!.split(',');
    const bySchema = body.map((line) => dossierSchema.parse(Object.fromEntries(line.split(',').map((c, i) => [names[i], c]))));
    expect(dossiers).toEqual(bySchema);
  }, forWork(0.7));

  it('classifies as the traced evaluator does, with and without the analyst', async () => {
    const { csv } = generated('regels', 5_000);
    const { dossiers } = await loadDossiers(csv);
    for (const alleenRegels of [false, true]) {
      const fast = compileClassifier(STANDAARD_REGELS, { alleenRegels });
      const outcomes = dossiers.map((d) => fast(d));
      const traced = dossiers.map((d) => {
        const { beslissendOnbekend: _b, regels: _r, ...outcome } = classify(d, STANDAARD_REGELS, { alleenRegels });
        return outcome;
      });
      expect(outcomes).toEqual(traced);
      // Every rule, sub-profile and flag of the table is exercised by the generated dossiers.
      expect(new Set(outcomes.map((o) => o.regel)).size).toBeGreaterThan(STANDAARD_REGELS.regels.length / 2);
      expect(outcomes.some((o) => o.twijfel.length > 0) && outcomes.some((o) => o.prioriteit.length > 0)).toBe(true);
    }
  }, forWork(0.7));

  it('still explains one dossier with its full trace', async () => {
    const r = await run(['explain', SAMPLE, 'M10', '--format', 'json']);
    const c = JSON.parse(r.stdout);
    expect(c.regels.length).toBe(STANDAARD_REGELS.regels.length);
    expect(c.regels[0].voorwaarde.uitkomst).toMatch(/^(waar|onwaar|onbekend)$/);
  });
});

describe('two threads on a large export', async () => {
  // The built program (npm test builds it first): the second thread runs dist/count/worker.js.
  const built = '../../dist/count/index.js';
  const engine = (await import(built)) as typeof import('../../src/count/index.js');
  /** The engine with one thread (minBytes Infinity) or two (1). */
  const countExport = (job: Job, minBytes: number) => engine.countExport(job.file, { ...job.how, minBytes });
  type Job = { file: string; populatie: Population; how: Omit<Parameters<typeof engine.countExport>[1], 'minBytes'> };
  const job = (file: string, populatie: Population, keepDossiers = true): Job => ({ file, populatie, how: { rules: STANDAARD_REGELS, options: { alleenRegels: false }, keep: { dossiers: keepDossiers, verschillen: true } } });

  const jsonOf = (c: Awaited<ReturnType<typeof engine.countExport>>, populatie: Population) => renderClassify(analysisOf(c.tally!.counts(), c.reading.info, STANDAARD_REGELS, options(populatie)), STANDAARD_REGELS, 'json', { dossiers: true });

  it('count what one thread counts, dossier list in file order included', async () => {
    const { csv, population: file } = generated('twee-draden', 10_000);
    const populatie = await population(file);
    const one = await countExport(job(csv, populatie), Infinity);
    const two = await countExport(job(csv, populatie), 1);
    expect([one.parts, two.parts]).toEqual([1, 2]);
    expect(two.reading.count).toBe(10_000);
    expect(jsonOf(two, populatie)).toBe(jsonOf(one, populatie));
    expect(jsonOf(two, populatie)).toBe(await plainJson(csv, populatie));
  }, forWork(3));

  it("split an export with Excel's CRLF line ends too, and leave one with old Mac CRs to one thread", async () => {
    const { csv, population: file } = generated('crlf', 10_000);
    const text = readFileSync(csv, 'utf8');
    writeFileSync(csv, `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    const populatie = await population(file);
    const two = await countExport(job(csv, populatie), 1);
    expect(two.parts).toBe(2);
    expect(jsonOf(two, populatie)).toBe(jsonOf(await countExport(job(csv, populatie), Infinity), populatie));
    writeFileSync(csv, text.replaceAll('\n', '\r'));
    const mac = await countExport(job(csv, populatie), 1);
    expect(mac.parts).toBe(1);
    expect(mac.reading.count).toBe(10_000);
  }, forWork(2));

  /** Lines given a quoted cell that spans two lines: some in each part, and every tenth where the split may fall. */
  const QUOTED = [100, ...Array.from({ length: 150 }, (_, k) => 4_000 + 10 * k), 8_000];
  const quoteAcrossLines = (lines: string[]) => {
    for (const i of QUOTED) lines[i] = lines[i]!.replace(/,([^,]*)$/, ',"$1\nen ""omgeving"""');
  };

  it('split outside quoted cells that span lines, and give the lines after them as one thread does', async () => {
    const { csv, population: file } = generated('aanhalingstekens', 10_000);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    quoteAcrossLines(lines);
    // Ids that look like a BSN, in each part: the privacy guard names their lines.
    for (const [i, bsn] of [[2_000, '111222333'], [9_000, '123456782']] as const) lines[i] = [bsn, ...lines[i]!.split(',').slice(1)].join(',');
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const populatie = await population(file);
    const one = await countExport(job(csv, populatie), Infinity);
    const two = await countExport(job(csv, populatie), 1);
    expect(two.parts).toBe(2);
    expect(one.reading.privacy).toEqual([{ kolom: 'dossier_id', soort: 'BSN', regels: [2_001 + QUOTED.filter((i) => i < 2_000).length, 9_001 + QUOTED.filter((i) => i < 9_000).length] }]);
    expect(two.reading.privacy).toEqual(one.reading.privacy);
    expect(jsonOf(two, populatie)).toBe(jsonOf(one, populatie));
  }, forWork(1.5));

  /**
   * A generated export with line `duplicate` repeating the id of line 11 and line `variant` the id
   * of line 21 in upper case, counted by one thread and by two.
   */
  async function withRepeatedIds(name: string, duplicate: number, variant: number, edit: (lines: string[]) => void = () => undefined) {
    const { csv, population: file } = generated(name, 10_000);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    const id = (l: string) => l.split(',')[0]!;
    lines[duplicate] = [id(lines[10]!), ...lines[duplicate]!.split(',').slice(1)].join(',');
    lines[variant] = [id(lines[20]!).toUpperCase(), ...lines[variant]!.split(',').slice(1)].join(',');
    edit(lines);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const populatie = await population(file);
    const one = await countExport(job(csv, populatie, false), Infinity);
    const two = await countExport(job(csv, populatie, false), 1);
    expect(two.reading.problems).toEqual(one.reading.problems);
    expect(two.reading.notices).toEqual(one.reading.notices);
    expect(two.reading.count).toBe(one.reading.count);
    return two;
  }

  it('leave an id of the first part repeated in the second, and a case variant, to one thread, which reports them exactly', async () => {
    // Quoted cells that span lines before both: the line numbers after them must still be right.
    const two = await withRepeatedIds('dubbel', 9_000, 9_500, (lines) => {
      quoteAcrossLines(lines);
    });
    expect(two.parts).toBe(1);
    expect(two.reading.problems.map((p) => [p.regel, p.melding])).toEqual([[9_001 + QUOTED.filter((i) => i < 9_000).length, 'dossier_id komt al voor op regel 11']]);
    expect(two.reading.notices.join('\n')).toContain('verschilt alleen in hoofdletters');
  }, forWork(1.3));

  it('leave a duplicate and a case variant within one part to one thread too', async () => {
    // Both in the first part (the worker's starts near 4,600).
    const two = await withRepeatedIds('dubbel-eerste', 2_000, 3_000);
    expect(two.parts).toBe(1);
    expect(two.reading.problems.map((p) => [p.regel, p.melding])).toEqual([[2_001, 'dossier_id komt al voor op regel 11']]);
  }, forWork(1.2));

  it('count both dossiers of a case variant within the worker\'s part, with the notice one thread gives', async () => {
    const { csv, population: file } = generated('variant-tweede', 10_000);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    const id = lines[8_000]!.split(',')[0];
    lines[7_000] = [id!.toUpperCase(), ...lines[7_000]!.split(',').slice(1)].join(',');
    expect(id!.toUpperCase()).not.toBe(id);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const populatie = await population(file);
    const one = await countExport(job(csv, populatie, false), Infinity);
    const two = await countExport(job(csv, populatie, false), 1);
    expect(two.parts).toBe(1);
    expect([two.reading.count, two.reading.problems]).toEqual([10_000, []]);
    expect(two.reading.notices).toEqual(one.reading.notices);
    expect(two.reading.notices.join('\n')).toContain('(regel 8001) verschilt alleen in hoofdletters');
  }, forWork(1.2));

  it.each([1_000, 8_000])('leave a file that is not UTF-8 (at line %i, in either part) to one thread, which reads it as Windows-1252', async (at) => {
    const { csv, population: file } = generated(`ansi-${at}`, 10_000);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    lines[at] = lines[at]!.replace(/,[^,]*$/, ',Zoë-Oost');
    writeFileSync(csv, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    const populatie = await population(file);
    const one = await countExport(job(csv, populatie), Infinity);
    const two = await countExport(job(csv, populatie), 1);
    expect([one.reading.info.encoding, two.parts]).toEqual(['windows-1252', 1]);
    expect(jsonOf(two, populatie)).toBe(jsonOf(one, populatie));
  }, forWork(1.5));

  it('split a file with an old Mac line end in the second part, and count its lines as one thread does', async () => {
    const { csv, population: file } = generated('mac-tweede', 10_000);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    lines[9_000] = ['123456782', ...lines[9_000]!.split(',').slice(1)].join(',');
    lines[8_000] = `${lines[8_000]}\r${lines.splice(8_001, 1)[0]}`;
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const populatie = await population(file);
    const one = await countExport(job(csv, populatie), Infinity);
    const two = await countExport(job(csv, populatie), 1);
    expect(two.parts).toBe(2);
    expect(one.reading.privacy).toEqual([{ kolom: 'dossier_id', soort: 'BSN', regels: [9_001] }]);
    expect(two.reading.privacy).toEqual(one.reading.privacy);
    expect(jsonOf(two, populatie)).toBe(jsonOf(one, populatie));
  }, forWork(1.5));

  it('leave a file with a problem in either part to one thread, which reports it exactly', async () => {
    const { csv, population: file } = generated('kapot', 10_000);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    lines[8_000] = lines[8_000]!.replace(/^([^,]*),\d+,/, '$1,honderd,');
    lines[8_500] = `${lines[8_500]}"`;
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const populatie = await population(file);
    const two = await countExport(job(csv, populatie, false), 1);
    expect(two.parts).toBe(1);
    const { problems } = await loadDossiers(csv);
    expect(two.reading.problems).toEqual(problems);
    expect(problems.map((p) => p.regel)).toEqual([8_001, 8_501]);
  }, forWork(1.2));

  describe('comparing with last month\'s dossiers', () => {
    /** Last month's list from this month's dossiers: some left out, some with another profile or stratum, and some that left. */
    function lastMonth(results: readonly DossierResult[]): PreviousDossiers {
      const builder = new PreviousDossiersBuilder();
      results.forEach((d, i) => {
        if (i % 97 === 0) return; // new this month
        const profiel = i % 89 === 0 ? (d.profiel === 1 ? 2 : 1) : d.profiel;
        const uitkeringsduur = i % 83 === 0 ? (d.uitkeringsduur === '<1' ? '1-5' : '<1') : d.uitkeringsduur;
        builder.add({ dossier_id: d.dossier_id, leeftijdsgroep: d.leeftijdsgroep, uitkeringsduur, profiel, profiel_analist: i % 2 ? d.profiel_analist : null, regel: d.regel });
      });
      for (let k = 0; k < 50; k++) builder.add({ dossier_id: `VERTROKKEN-${k}`, leeftijdsgroep: '27-55', uitkeringsduur: '>5', profiel: 3, profiel_analist: 3, regel: null });
      return builder.seal().dossiers;
    }

    it('tallies the same changes in two threads as in one, in file order', async () => {
      const { csv, population: file } = generated('vergelijk', 10_000);
      const populatie = await population(file);
      const plain = await countExport(job(csv, populatie), Infinity);
      const previous = lastMonth(plain.tally!.counts().results!);
      const changesOf = async (minBytes: number) => {
        const plainJob = job(csv, populatie, false);
        const counted = await countExport({ ...plainJob, how: { ...plainJob.how, vorige: previous.shared } }, minBytes);
        return { parts: counted.parts, changes: counted.tally!.finishChanges()! };
      };
      const one = await changesOf(Infinity);
      const two = await changesOf(1);
      expect([one.parts, two.parts]).toEqual([1, 2]);
      expect(two.changes).toEqual(one.changes);
      expect([one.changes.nieuw.length, one.changes.vervallen.length]).toEqual([Math.ceil(10_000 / 97), 50]);
      expect(one.changes.gewijzigd.length).toBeGreaterThan(50);
      expect(one.changes.ander_stratum.length).toBeGreaterThan(50);
    }, forWork(3));
  });
});
