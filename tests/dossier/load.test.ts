import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDossiers, streamDossiers } from '../../src/dossier/load.js';
import { loadDossiers } from '../in-memory.js';
import { looksLikeBsn } from '../../src/dossier/privacy.js';
import { ADVIESNOTA_6_1, SAMPLE, byAnalyst, fromBuffer, sampleRows, variantOf } from '../helpers.js';

describe('the sample export', () => {
  it("holds 56 clean dossiers, 12/30/14 per band, with the analysts' profile counts of §6.1", async () => {
    const r = await loadDossiers(SAMPLE);
    expect(r.problems).toEqual([]);
    expect(r.notices).toEqual([]);
    expect(r.privacy).toEqual([]);
    expect(r.dossiers).toHaveLength(56);
    expect(byAnalyst(r.dossiers)).toEqual(ADVIESNOTA_6_1);
  });

  it('has the sampling strata that reproduce table 6.2 and the observed durations of the BIJLAGE', async () => {
    const { dossiers } = await loadDossiers(SAMPLE);
    const split = (key: 'stratum' | 'observed', band: string) =>
      ['<1', '1-5', '>5']
        .map((u) => dossiers.filter((d) => d.leeftijdsgroep === band && (key === 'stratum' ? d.stratum.uitkeringsduur : d.uitkeringsduur) === u).length)
        .join('/');
    expect(['<27', '27-55', '55+'].map((b) => split('stratum', b))).toEqual(['5/5/2', '7/5/18', '3/5/6']);
    expect(['<27', '27-55', '55+'].map((b) => split('observed', b))).toEqual(['5/5/2', '6/9/15', '3/1/10']);
  });

  it('matches the characteristics the pilot plan quotes per band', async () => {
    const { dossiers } = await loadDossiers(SAMPLE);
    const band = (b: string) => dossiers.filter((d) => d.leeftijdsgroep === b);
    const known = (b: string) => band(b).filter((d) => d.professioneel_netwerk?.some((x) => x !== 'geen')).length;
    expect(known('<27')).toBe(11); // 92%
    expect(known('27-55')).toBe(26); // 86,5%
    expect(band('27-55').filter((d) => (d.kinderen_onder_18 ?? 0) > 0)).toHaveLength(7); // 23%
    expect(band('27-55').filter((d) => d.daginvulling?.includes('vrijwilligerswerk'))).toHaveLength(9); // 30%
    expect(band('27-55').filter((d) => d.werkervaring && d.werkervaring !== 'geen')).toHaveLength(18); // 60%
    expect(band('55+').filter((d) => d.leeftijd < 60)).toHaveLength(10); // 71%
    expect(band('55+').filter((d) => d.wmo_indicatie)).toHaveLength(1); // 7%
    expect(band('<27').filter((d) => (d.werkloosheidsduur_maanden ?? 0) > 24)).toHaveLength(8); // 66%
  });

  it('has the BIJLAGE\'s men and women per band: 4/8, 15/15, 8/6', async () => {
    const { dossiers } = await loadDossiers(SAMPLE);
    const split = (b: string) => ['man', 'vrouw'].map((g) => dossiers.filter((d) => d.leeftijdsgroep === b && d.geslacht === g).length).join('/');
    expect(['<27', '27-55', '55+'].map(split)).toEqual(['4/8', '15/15', '8/6']);
  });
});

describe('the same dossiers written differently', () => {
  const header = sampleRows()[0]!;
  const shuffled = header.map((_, i) => i).sort((a, b) => ((a * 7919) % 31) - ((b * 7919) % 31));

  it.each([
    ['; + BOM + CRLF', { delimiter: ';', bom: true, eol: '\r\n' }, 'utf-8'],
    ['tab + Windows-1252', { delimiter: '\t', encoding: 'win1252', extra: ['toelichting', 'café ëën €'] }, 'windows-1252'],
    ['shuffled, upper-case headers and an extra column', { order: shuffled, header: (h: string) => ` ${h.toUpperCase().replace(/_/g, ' ')} `, extra: ['Extra kolom', 'x'] }, 'utf-8'],
  ] as const)('%s gives the same dossiers', async (_name, variant, encoding) => {
    const original = await loadDossiers(SAMPLE);
    const r = await fromBuffer('variant.csv', variantOf(variant as never));
    expect(r.problems).toEqual([]);
    expect(r.info.encoding).toBe(encoding);
    expect(byAnalyst(r.dossiers)).toEqual(ADVIESNOTA_6_1);
    expect(r.dossiers).toEqual(original.dossiers);
    if ('extra' in variant) expect(r.notices).toEqual([expect.stringMatching(/is onbekend en wordt genegeerd/)]);
  });
});

describe('bad input', () => {
  const csv = [
    'dossier_id;leeftijd;uitkeringsduur_maanden;klantwens;zelfredzaamheid;profiel_analist',
    'A1;30;12;werk;voldoende;1',
    'A2;dertig;12;wrek;voldoende;2',
    'A3;40;24;werk;beperkt;3',
    'A4;45;-3;werk;beperkd;maatschapelijk',
    'A1;50;100;;;',
  ].join('\n');

  it('names every problem with line, column, value, expectation and suggestion', async () => {
    const r = await fromBuffer('fout.csv', Buffer.from(csv));
    const summary = r.problems.map((p) => [p.regel, p.kolom?.naam, p.waarde, p.suggestie]);
    expect(summary).toEqual(
      expect.arrayContaining([
        [3, 'leeftijd', 'dertig', undefined],
        [3, 'klantwens', 'wrek', 'werk'],
        [5, 'uitkeringsduur_maanden', '-3', undefined],
        [5, 'zelfredzaamheid', 'beperkd', 'beperkt'],
        [5, 'profiel_analist', 'maatschapelijk', 'maatschappelijke_activering'],
        [6, 'dossier_id', 'A1', undefined],
      ]),
    );
    expect(r.problems).toHaveLength(6);
    expect(r.problems.find((p) => p.regel === 6)!.melding).toMatch(/regel 2/);
    expect(r.dossiers.map((d) => d.dossier_id)).toEqual(['A1', 'A3']);
  });

  it('reports a missing required column on line 1 with a suggestion', async () => {
    const r = await fromBuffer('x.csv', Buffer.from('dossier_id,leeftijd,uitkeringsduur_maand\nA,30,12\n'));
    expect(r.problems).toEqual([
      expect.objectContaining({ regel: 1, melding: expect.stringMatching(/uitkeringsduur_maanden.*ontbreekt/), suggestie: 'uitkeringsduur_maand' }),
    ]);
  });

  it('accepts uitkeringsduur_jaren with a decimal comma instead of months', async () => {
    const r = await fromBuffer('x.csv', Buffer.from('dossier_id;leeftijd;uitkeringsduur_jaren\nA;30;"2,5"\nB;60;0,5\n'));
    expect(r.problems).toEqual([]);
    expect(r.dossiers.map((d) => [d.uitkeringsduur_maanden, d.uitkeringsduur])).toEqual([[30, '1-5'], [6, '<1']]);
  });

  it('normalises yes/no synonyms, case, spaces and unknown markers', async () => {
    const r = await fromBuffer(
      'x.csv',
      Buffer.from('dossier_id,leeftijd,uitkeringsduur_maanden,hulp_bereid,investeringsbereid,daginvulling,zelfredzaamheid\nA,30,12,J,Yes,Hobby Sport| VRIJWILLIGERSWERK ,n.b.\nB,30,12,0,?,onbekend,ONVOLDOENDE\n'),
    );
    expect(r.problems).toEqual([]);
    const [a, b] = r.dossiers;
    expect([a!.hulp_bereid, a!.investeringsbereid, a!.daginvulling, a!.zelfredzaamheid]).toEqual([true, true, ['hobby_sport', 'vrijwilligerswerk'], undefined]);
    expect([b!.hulp_bereid, b!.investeringsbereid, b!.daginvulling, b!.zelfredzaamheid]).toEqual([false, undefined, undefined, 'onvoldoende']);
  });
});

describe('privacy guard', () => {
  it('knows the elfproef of the BSN', () => {
    expect(looksLikeBsn('123456782')).toBe(true);
    expect(looksLikeBsn('123456789')).toBe(false);
    expect(looksLikeBsn('J01')).toBe(false);
  });

  it('finds personal data by column name and by value, without keeping the values', async () => {
    const r = await fromBuffer(
      'p.csv',
      Buffer.from('dossier_id,leeftijd,uitkeringsduur_maanden,achternaam,notitie\n111222333,30,12,x,Kerkstraat 12\nB,40,12,y,12-03-1980\n'),
    );
    expect(r.privacy).toEqual([
      { kolom: 'achternaam', soort: 'naam', regels: [] },
      { kolom: 'dossier_id', soort: 'BSN', regels: [2] },
      { kolom: 'notitie', soort: 'adres', regels: [2] },
      { kolom: 'notitie', soort: 'geboortedatum', regels: [3] },
    ]);
    expect(JSON.stringify(r.privacy)).not.toContain('111222333');
  });
});

describe('reading with only a hash of each id (readDossiers)', () => {
  const header = 'dossier_id,leeftijd,uitkeringsduur_maanden';
  const write = (lines: string[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'profiel-')), 'export.csv');
    writeFileSync(file, [header, ...lines].join('\n') + '\n');
    return file;
  };
  /** readDossiers, with how often it started and the ids each read handed on. */
  async function read(file: string) {
    const reads: string[][] = [];
    const reading = await readDossiers(file, () => {
      const ids: string[] = [];
      reads.push(ids);
      return { onDossier: (d) => ids.push(d.dossier_id) };
    });
    return { reading, reads };
  }

  it('reads a file with unique ids once, handing on every dossier', async () => {
    const { reading, reads } = await read(write(['A1,30,12', 'A2,40,24', 'a3,50,100']));
    expect(reads).toEqual([['A1', 'A2', 'a3']]);
    expect([reading.count, reading.problems, reading.notices]).toEqual([3, [], []]);
  });

  it('reads it again, from fresh handlers, when an id repeats or differs in case alone: the exact check says which and where', async () => {
    const file = write(['A1,30,12', 'A2,40,24', 'a2,41,24', 'A1,50,100']);
    const { reading, reads } = await read(file);
    const exact: string[] = [];
    const once = await streamDossiers(file, { onDossier: (d) => exact.push(d.dossier_id) });
    expect(reads).toEqual([['A1', 'A2', 'a2', 'A1'], ['A1', 'A2', 'a2']]);
    expect(reads[1]).toEqual(exact);
    expect(reading).toEqual(once);
    expect(reading.problems.map((p) => [p.regel, p.melding])).toEqual([[5, 'dossier_id komt al voor op regel 2']]);
    expect(reading.notices).toEqual([expect.stringContaining('"a2" (regel 4) verschilt alleen in hoofdletters van "A2" (regel 3)')]);
  });
});
