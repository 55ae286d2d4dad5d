// profiel trek from the command line: a synthetic list of 606 clients with the
// 2018 strata (data-samples/klantenlijst-2018.csv), drawn, completed by the test as screeners
// would, and counted by classify with the population file trek wrote.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const LIST = 'data-samples/klantenlijst-2018.csv';
const dir = mkdtempSync(join(tmpdir(), 'profiel-trek-'));
const file = (name: string) => join(dir, name);
const rowsOf = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((l) => l.split(','));

async function draw(name: string, args: string[] = []) {
  const r = await run(['trek', LIST, '--aantal', '56', '--zaad', '20261201', '--uitvoer', file(`${name}.csv`), '--stil', ...args]);
  expect(r.code, r.stderr).toBe(0);
  const [header, ...rows] = rowsOf(file(`${name}.csv`));
  return { header: header!, rows, ids: rows.map((r) => r[0]!), record: JSON.parse(readFileSync(file(`${name}-trekking.json`), 'utf8')) };
}

describe('profiel trek', () => {
  it('draws the allocation from every stratum and records it with the population of the list', async () => {
    const { header, rows, record } = await draw('steekproef');
    const allocation = [3, 2, 2, 6, 15, 12, 3, 6, 7];
    expect(record.strata.map((s: { steekproef: number }) => s.steekproef)).toEqual(allocation);
    const at = (name: string) => header.indexOf(name);
    const drawn = ['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => rows.filter((r) => r[at('stratum_leeftijdsgroep')] === b && r[at('stratum_uitkeringsduur')] === u).length));
    expect(drawn).toEqual(allocation);
    expect(record).toMatchObject({ versie: 1, soort: 'trekking', aantal: 56, toewijzing: 'proportioneel', minimum: 2, zaad: 20261201, generator: 'mt19937', lijst: { klanten: 606, uitgesloten: 0 } });
    expect(readFileSync(file('steekproef-populatie.csv'), 'utf8')).toBe(
      'leeftijdsgroep,uitkeringsduur,aantal\n<27,<1,27\n<27,1-5,27\n<27,>5,2\n27-55,<1,67\n27-55,1-5,171\n27-55,>5,128\n55+,<1,36\n55+,1-5,66\n55+,>5,82\n',
    );
    // The file is an export to be completed: the contract's columns, empty beyond the draw's.
    expect(header.slice(0, 7)).toEqual(['dossier_id', 'leeftijd', 'uitkeringsduur_maanden', 'stratum_leeftijdsgroep', 'stratum_uitkeringsduur', 'partij', 'profiel_analist']);
    expect(rows.every((r) => r[5] === '1' && r.slice(6).every((c) => c === ''))).toBe(true);
    expect(record).toMatchObject({ partij: 1, partijen: [{ partij: 1, aantal: 56, zaad: 20261201 }] });
    expect(record.getrokken.map((g: { dossier_id: string }) => g.dossier_id)).toEqual(rows.map((r) => r[0]));
  });

  it('draws per band as the adviesnota did (12/30/14), each band spread over its durations in proportion', async () => {
    const r = await run(['trek', LIST, '--per-leeftijdsgroep', '12/30/14', '--zaad', '1', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record).toMatchObject({ aantal: 56, per_leeftijdsgroep: [12, 30, 14] });
    // <27 and 55+ come out as the strata that reproduce table 6.2 (5/5/2 and 3/5/6, data-samples/README.md); for
    // 27-55 the reconstruction (7/5/18) is not proportional to 67/171/128 (30 of them: 5,49 / 14,02 / 10,49).
    expect(record.strata.map((s: { steekproef: number }) => s.steekproef)).toEqual([5, 5, 2, 6, 14, 10, 3, 5, 6]);
    const both = await run(['trek', LIST, '--aantal', '56', '--per-leeftijdsgroep', '12/30/14']);
    expect(both.code).toBe(2);
    const empty = await run(['trek', LIST, '--per-leeftijdsgroep', '12/0/14']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--per-leeftijdsgroep: 0 voor 27-55 is te klein');
  });

  it('gives the same ids for the same seed and other ids for another', async () => {
    const a = await draw('a');
    const b = await draw('b');
    const c = await draw('c', ['--zaad', '20261202']);
    expect(b.ids).toEqual(a.ids);
    expect(c.ids).not.toEqual(a.ids);
    expect(new Set(a.ids).size).toBe(56);
  });

  it('is weighted by classify exactly as drawn: the recorded strata and the population trek wrote', async () => {
    const { header, rows } = await draw('gevuld');
    // The screeners' work, done by the test: profile 1 in every <1 stratum, 3 elsewhere, 4 for the 2 of <27 × >5.
    const at = (name: string) => header.indexOf(name);
    const filled = rows.map((r) => {
      const copy = [...r];
      copy[at('profiel_analist')] = r[at('stratum_uitkeringsduur')] === '<1' ? '1' : r[at('stratum_leeftijdsgroep')] === '<27' && r[at('stratum_uitkeringsduur')] === '>5' ? '4' : '3';
      return copy.join(',');
    });
    writeFileSync(file('gevuld.csv'), [header.join(','), ...filled].join('\n') + '\n');
    const r = await run(['classify', file('gevuld.csv'), '--populatie', file('gevuld-populatie.csv'), '--format', 'json', '--stil']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.strata_bron).toEqual({ uit_export: 56, uit_dossierduur: 0 });
    expect(json.populatie.strata.map((s: { steekproef: number }) => s.steekproef)).toEqual([3, 2, 2, 6, 15, 12, 3, 6, 7]);
    const estimate = (b: string, p: number) => json.extrapolatie.find((e: { leeftijdsgroep: string; profiel: number }) => e.leeftijdsgroep === b && e.profiel === p).schatting;
    // Σ N_h/n_h · count: profile 1 is each band's <1 stratum whole; 4 the two clients of <27 × >5.
    expect([estimate('<27', 1), estimate('27-55', 1), estimate('55+', 1)]).toEqual([27, 67, 36]);
    expect([estimate('<27', 3), estimate('27-55', 3), estimate('55+', 3), estimate('<27', 4)]).toEqual([27, 299, 148, 2]);
  });

  it('leaves out the dossiers of an earlier sample and says how many', async () => {
    const earlier = await draw('eerder');
    const r = await run(['trek', LIST, '--aantal', '56', '--zaad', '1', '--uitsluiten', file('eerder.csv'), '--uitvoer', file('later.csv')]);
    expect(r.code, r.stderr).toBe(0);
    const later = rowsOf(file('later.csv')).slice(1).map((row) => row[0]!);
    expect(later.filter((id) => earlier.ids.includes(id))).toEqual([]);
    const record = JSON.parse(readFileSync(file('later-trekking.json'), 'utf8'));
    expect(record.lijst.uitgesloten).toBe(56);
    // The <27 × >5 stratum had 2 clients, both screened before: nothing left to draw there.
    expect(record.strata[2]).toMatchObject({ lijst: 2, uitgesloten: 2, populatie: 0, steekproef: 0 });
    expect(readFileSync(file('later-populatie.csv'), 'utf8')).toContain('<27,>5,0\n');
    expect(r.stdout).toContain('Uitgesloten: 56 klanten');
    // A third month leaves out both earlier samples.
    const third = await run(['trek', LIST, '--aantal', '56', '--zaad', '2', '--uitsluiten', file('eerder.csv'), '--uitsluiten', file('later.csv'), '--format', 'json']);
    expect(third.code, third.stderr).toBe(0);
    expect(JSON.parse(third.stdout).lijst).toMatchObject({ klanten: 606, uitgesloten: 112, uitsluitlijsten: [file('eerder.csv'), file('later.csv')] });
  });

  it('keeps ids that start like a formula: written with an apostrophe for Excel, read back as they were', async () => {
    const ids = ['-K1', '+K2', '=K3', '@K4', 'K5', 'K6'];
    writeFileSync(file('formules.csv'), ['dossier_id,leeftijd,uitkeringsduur_maanden', ...ids.map((id, i) => `${id},${30 + i},24`)].join('\n') + '\n');
    const r = await run(['trek', file('formules.csv'), '--aantal', '6', '--zaad', '1', '--uitvoer', file('formules-steekproef.csv'), '--stil']);
    expect(r.code, r.stderr).toBe(0);
    const written = rowsOf(file('formules-steekproef.csv')).slice(1).map((row) => row[0]!);
    expect([...written].sort()).toEqual(["'+K2", "'-K1", "'=K3", "'@K4", 'K5', 'K6']);
    // Left out of the next draw by exactly those ids, and classify reads them back unchanged.
    const again = await run(['trek', file('formules.csv'), '--aantal', '1', '--minimum', '0', '--zaad', '1', '--uitsluiten', file('formules-steekproef.csv'), '--format', 'json']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--aantal 1 is meer dan de 0 klanten');
    const json = JSON.parse((await run(['classify', file('formules-steekproef.csv'), '--populatie', file('formules-steekproef-populatie.csv'), '--dossiers', '--format', 'json', '--stil'])).stdout);
    expect(json.dossiers.map((d: { dossier_id: string }) => d.dossier_id).sort()).toEqual([...ids].sort());
  });

  it('writes the sample to standard output with --uitvoer -, and the other files only where named', async () => {
    const r = await run(['trek', LIST, '--aantal', '20', '--zaad', '9', '--uitvoer', '-', '--verantwoording', file('stdout-trekking.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^dossier_id,leeftijd,uitkeringsduur_maanden,stratum_leeftijdsgroep/);
    expect(r.stdout.trim().split('\n')).toHaveLength(21);
    expect(JSON.parse(readFileSync(file('stdout-trekking.json'), 'utf8')).zaad).toBe(9);
  });

  it('shows the allocation without writing anything when there is no --uitvoer', async () => {
    const before = readdirSync(dir).length;
    const r = await run(['trek', LIST, '--aantal', '56', '--zaad', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Steekproef van 56 uit 606 klanten');
    expect(r.stderr).toContain('niets geschreven');
    expect(readdirSync(dir).length).toBe(before);
  });

  it('chooses and reports a seed when none is given, so the draw can be repeated', async () => {
    const r = await run(['trek', LIST, '--aantal', '20', '--format', 'json']);
    expect(r.code).toBe(0);
    const zaad = JSON.parse(r.stdout).zaad;
    expect(r.stderr).toContain(`geef --zaad ${zaad} om precies deze trekking te herhalen`);
  });

  it('refuses impossible requests with a Dutch message and exit 2, writing nothing', async () => {
    const cases: [string[], string][] = [
      [['--aantal', '607'], '--aantal 607 is meer dan de 606 klanten'],
      [['--aantal', '10'], 'minstens 18 dossiers'],
      [['--aantal', '56', '--toewijzing', 'neyman'], '--toewijzing neyman heeft --vorige'],
      [['--aantal', '56', '--zaad', '0'], '--zaad verwacht een geheel getal van 1 tot en met 4294967295'],
      [['--aantal', '56', '--uitvoer', file('x.csv'), '--populatie-uitvoer', file('x.csv')], 'drie verschillende bestanden'],
    ];
    for (const [args, message] of cases) {
      const r = await run(['trek', LIST, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(readdirSync(dir).some((f) => f.startsWith('x'))).toBe(false);
  });

  it('writes none of the three files when one of them cannot be written', async () => {
    const r = await run(['trek', LIST, '--aantal', '56', '--zaad', '1', '--uitvoer', file('heel.csv'), '--populatie-uitvoer', join(dir, 'bestaat-niet', 'populatie.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kan niet schrijven naar');
    expect(readdirSync(dir).filter((f) => f.startsWith('heel') || f.startsWith('.heel'))).toEqual([]);
  });

  it('reads the list as an export: a bad cell is reported with line and column, exit 1', async () => {
    writeFileSync(file('kapot.csv'), 'dossier_id,leeftijd,uitkeringsduur_maanden\nK1,40,12\nK2,veertig,3\n');
    const r = await run(['trek', file('kapot.csv'), '--aantal', '1', '--minimum', '0', '--uitvoer', file('niet.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/regel 3.*leeftijd|leeftijd.*regel 3/s);
    expect(readdirSync(dir).some((f) => f.startsWith('niet'))).toBe(false);
  });

  it('allocates by Neyman from last run\'s spread per stratum', async () => {
    const telling = file('telling.json');
    expect((await run(['classify', 'data-samples/dossiers-2018.csv', '--format', 'json', '--stil', '--uitvoer', telling])).code).toBe(0);
    const r = await run(['trek', LIST, '--aantal', '56', '--zaad', '5', '--toewijzing', 'neyman', '--vorige', telling, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.vorige).toBe(telling);
    // <27 × >5 held 2 dossiers of profile 4 only: no spread, so the minimum (which is all of it).
    expect(record.strata[2]).toMatchObject({ spreiding: 0, steekproef: 2 });
    expect(record.strata.reduce((t: number, s: { steekproef: number }) => t + s.steekproef, 0)).toBe(56);
    const proportional = [3, 2, 2, 6, 15, 12, 3, 6, 7];
    expect(record.strata.map((s: { steekproef: number }) => s.steekproef)).not.toEqual(proportional);
  });

  describe('--vervolg: batches that pool', () => {
    const batches = async () => {
      const first = await draw('partijen');
      // The screeners fill in batch 1: every dossier gets profile 3 and a remark of their own.
      const at = (name: string) => first.header.indexOf(name);
      const screened = first.rows.map((r) => r.map((c, i) => (i === at('profiel_analist') ? '3' : i === at('gebied') ? 'Oost' : c)));
      writeFileSync(file('partijen.csv'), [first.header, ...screened].map((r) => r.join(',')).join('\n') + '\n');
      for (const [n, zaad] of [[20, 2], [20, 3]]) {
        const r = await run(['trek', LIST, '--vervolg', file('partijen-trekking.json'), '--aantal', String(n), '--zaad', String(zaad), '--uitvoer', file('partijen.csv'), '--stil']);
        expect(r.code, r.stderr).toBe(0);
      }
      const [header, ...rows] = rowsOf(file('partijen.csv'));
      return { first, header: header!, rows, record: JSON.parse(readFileSync(file('partijen-trekking.json'), 'utf8')) };
    };

    it('draws the next batches from the same clients, keeps what the screeners filled in, and records every batch', async () => {
      const { first, header, rows, record } = await batches();
      const at = (name: string) => header.indexOf(name);
      expect(rows.map((r) => r[at('partij')])).toEqual([...Array(56).fill('1'), ...Array(20).fill('2'), ...Array(20).fill('3')]);
      const ids = rows.map((r) => r[0]!);
      expect(new Set(ids).size).toBe(96);
      expect(ids.slice(0, 56)).toEqual(first.ids);
      // Batch 1 as the screeners left it; the new batches empty beyond the draw's columns.
      expect(rows.slice(0, 56).every((r) => r[at('profiel_analist')] === '3' && r[at('gebied')] === 'Oost')).toBe(true);
      expect(rows.slice(56).every((r) => r[at('profiel_analist')] === '' && r[at('stratum_leeftijdsgroep')] !== '')).toBe(true);
      // The frame is the first batch's: the same population file, N_h unchanged, n_h cumulative.
      expect(readFileSync(file('partijen-populatie.csv'), 'utf8')).toBe(readFileSync(file('steekproef-populatie.csv'), 'utf8'));
      expect(record).toMatchObject({ aantal: 96, partij: 3, zaad: 3 });
      expect(record.partijen.map((p: { aantal: number; zaad: number }) => [p.aantal, p.zaad])).toEqual([[56, 20261201], [20, 2], [20, 3]]);
      for (const s of record.strata) {
        expect(s.per_partij.reduce((t: number, x: number) => t + x, 0)).toBe(s.steekproef);
        expect(s.gewicht).toBeCloseTo(s.populatie / s.steekproef, 12);
      }
      expect(record.strata.map((s: { populatie: number }) => s.populatie)).toEqual([27, 27, 2, 67, 171, 128, 36, 66, 82]);
      // Each batch keeps the sample proportional: within one dossier of 96 × N_h / 606 (the fully drawn <27 × >5 aside).
      record.strata.forEach((s: { populatie: number; steekproef: number }, h: number) => h !== 2 && expect(Math.abs(s.steekproef - (96 * s.populatie) / 606)).toBeLessThan(1));
    });

    it('is counted by classify with the first population and the cumulative n_h', async () => {
      const { header, rows, record } = await batches();
      const at = (name: string) => header.indexOf(name);
      const filled = rows.map((r) => r.map((c, i) => (i === at('profiel_analist') ? (r[at('partij')] === '1' ? '3' : '1') : c)));
      writeFileSync(file('gepoold.csv'), [header, ...filled].map((r) => r.join(',')).join('\n') + '\n');
      const r = await run(['classify', file('gepoold.csv'), '--populatie', file('partijen-populatie.csv'), '--format', 'json', '--stil']);
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.populatie.strata.map((s: { steekproef: number }) => s.steekproef)).toEqual(record.strata.map((s: { steekproef: number }) => s.steekproef));
      // Σ N_h/n_h · count: profile 1 are the dossiers of batches 2 and 3.
      const expected = (b: string) => record.strata.filter((s: { leeftijdsgroep: string }) => s.leeftijdsgroep === b).reduce((t: number, s: { populatie: number; steekproef: number; per_partij: number[] }) => t + (s.populatie / s.steekproef) * (s.per_partij[1]! + s.per_partij[2]!), 0);
      for (const b of ['<27', '27-55', '55+']) expect(json.extrapolatie.find((e: { leeftijdsgroep: string; profiel: number }) => e.leeftijdsgroep === b && e.profiel === 1).schatting).toBeCloseTo(expected(b), 9);
    });

    it('refuses another client list, explaining the choice, and writes nothing', async () => {
      await draw('ander');
      const other = file('andere-lijst.csv');
      writeFileSync(other, readFileSync(LIST, 'utf8').replace(/\n$/, '\nK9999,40,24\n'));
      const before = readFileSync(file('ander.csv'), 'utf8');
      const r = await run(['trek', other, '--vervolg', file('ander-trekking.json'), '--aantal', '20', '--zaad', '2', '--uitvoer', file('ander.csv')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is niet de klantenlijst van de trekking');
      expect(r.stderr).toContain('de steekproef voortzetten: gebruik de klantenlijst van de eerste trekking (data-samples/klantenlijst-2018.csv)');
      expect(r.stderr).toContain('een nieuwe steekproef beginnen');
      expect(readFileSync(file('ander.csv'), 'utf8')).toBe(before);
    });

    it('refuses a sample file of other dossiers, --uitsluiten beside it, and a record of an earlier version', async () => {
      await draw('vreemd');
      writeFileSync(file('vreemd-bestand.csv'), 'dossier_id,leeftijd\nX1,40\n');
      const stray = await run(['trek', LIST, '--vervolg', file('vreemd-trekking.json'), '--aantal', '20', '--zaad', '2', '--uitvoer', file('vreemd-bestand.csv')]);
      expect([stray.code, stray.stderr]).toEqual([1, expect.stringContaining('is niet de steekproef van de eerdere partijen: 1 dossiers zijn niet getrokken (bijvoorbeeld X1)')]);
      const both = await run(['trek', LIST, '--vervolg', file('vreemd-trekking.json'), '--aantal', '20', '--uitsluiten', file('vreemd.csv')]);
      expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('--vervolg en --uitsluiten gaan niet samen')]);
      const record = JSON.parse(readFileSync(file('vreemd-trekking.json'), 'utf8'));
      delete record.getrokken;
      writeFileSync(file('oud-trekking.json'), JSON.stringify(record));
      const old = await run(['trek', LIST, '--vervolg', file('oud-trekking.json'), '--aantal', '20']);
      expect([old.code, old.stderr]).toEqual([1, expect.stringContaining('--zaad 20261201: dat geeft dezelfde dossiers')]);
    });
  });
});
