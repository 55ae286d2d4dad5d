// The command line as a user meets it: in this process (tests/cli/run.ts runs `main` as bin/profiel
// does), and in a process of its own only where the process boundary is what is tested: exit
// codes, standard input and output, colour, the same bytes from run to run.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import qbeta from '@stdlib/stats-base-dists-beta-quantile';
import qt from '@stdlib/stats-base-dists-t-quantile';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisFile } from '../../src/estimate/contract.js';
import { ADVIESNOTA_6_2, ADVIESNOTA_7_4, cell62, forWork, SAMPLE, sampleRows } from '../helpers.js';
import { generate } from '../../bench/generate.mjs';
import { run } from './run.js';

/** bin/profiel in its own process (npm test builds it first), as a script runs it. */
function spawnProfiel(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/profiel', ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'profiel-'));

/** The sample's count with the dossier list: the figures the other formats must show. */
let sampleJson: AnalysisFile;
beforeAll(async () => {
  // The first run in this process also loads the program's modules.
  sampleJson = JSON.parse((await run(['classify', SAMPLE, '--format', 'json', '--dossiers', '--peildatum', '2018-10-08'])).stdout);
}, forWork(1.5));

describe('profiel classify', () => {
  it('prints table 6.2 with intervals and markers, the totals over all ages and the 1200–1400 ranges', async () => {
    const r = await run(['classify', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Inschatting voor 606 klanten');
    // Each row: the adviesnota's figures (table 6.2, 7.4), with the interval and marker of the JSON.
    const row = (p: number) => ['<27', '27-55', '55+', 'totaal'].map((d) => cell62(sampleJson, d, p));
    const table62 = r.stdout.slice(r.stdout.indexOf('Inschatting voor 606 klanten')).split('\n');
    for (const p of [1, 2, 3, 4]) {
      const cells = row(p);
      expect(cells.slice(0, 3).map((c) => Number(c.split(/[* ]/)[0]))).toEqual(ADVIESNOTA_6_2[p - 1]);
      const line = table62.find((l) => l.startsWith(`│ ${p} `))!;
      expect(line.split('│').slice(2, 6).map((c) => c.trim())).toEqual(cells);
    }
    expect([row(1)[3], row(3)[3]].map((c) => Number(c!.split(/[* ]/)[0]))).toEqual([ADVIESNOTA_7_4[1], ADVIESNOTA_7_4[3]]);
    expect(r.stdout).toContain('* indicatief: berust op minder dan 5 dossiers, of de relatieve standaardfout');
    // Seed 001 "Aantallen": 10% / 60% / 30% of 1200–1400.
    expect(r.stdout).toMatch(/Hele leeftijdsgroep\s+│\s+120–140 │\s+720–840 │\s+360–420 │/);
    expect(r.stdout).toMatch(/2 Maatschappelijke Activering\s+│\s+0 \(onzekerheidsmarge 0–43\) │/);
    expect(r.stdout).toContain('De bandbreedte van ca. 1200–1400 veronderstelt dat de hele groep is samengesteld als de populatie (screening-2018, 606 klanten)');
    expect(r.stdout).not.toMatch(/\b0–0\b|\bsf\b|jonger_dan_27/);
  });

  it('says where the weights come from when the export has no sampling stratum', async () => {
    const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n').map((l) => l.split(','));
    const drop = header!.indexOf('stratum_uitkeringsduur');
    const file = join(tmp(), 'zonder-stratum.csv');
    writeFileSync(file, [header!, ...rows].map((r) => r.filter((_, i) => i !== drop).join(',')).join('\n'));
    const json = JSON.parse((await run(['classify', file, '--format', 'json'])).stdout);
    expect(json.strata_bron).toEqual({ uit_export: 0, uit_dossierduur: 56 });
    expect(json.aannames[0]).toMatch(/^De export noemt geen stratum bij de trekking \(stratum_uitkeringsduur\): daar volgen de gewichten de uitkeringsduur die in het dossier is gevonden\. De strata zijn dan een reconstructie/);
    // The BIJLAGE's durations leave one 55+ dossier alone in 1-5 years: joined to >5 for the variance.
    const stderr = (await run(['classify', file, '--format', 'json'])).stderr;
    expect(stderr).toContain('waarschuwing: stratum 55+ × 1-5 heeft maar 1 dossier: voor de variantie samengevoegd met 55+ × >5');
  });

  it('writes the JSON contract (docs/telling-json.md), numbers at full precision', async () => {
    const r = await run(['classify', SAMPLE, '--format', 'json', '--dossiers', '--peildatum', '2018-10-08']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['versie', 'invoer', 'populatie', 'steekproef', 'extrapolatie', 'bandbreedte', 'waarschuwingen', 'dossiers', 'peildatum', 'aannames']));
    expect([json.versie, json.peildatum, json.interval]).toEqual([1, '2018-10-08', 'nchs']);
    expect(json.invoer).toEqual({ bestand: SAMPLE, dossiers: 56, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(json.populatie.strata[0]).toEqual({
      leeftijdsgroep: '<27',
      uitkeringsduur: '<1',
      aantal: 27,
      steekproef: 5,
      steekproef_dossierduur: 5,
      // The sample's <27 × <1 stratum (data-samples/README.md) holds profile 1 twice and profile 3 three times.
      profielen: [1, 2, 3, 4, null].map((profiel, k) => ({ profiel, aantal: [2, 0, 3, 0, 0][k] })),
    });
    // BIJLAGE table 1: drawn per stratum 7/5/18 and 3/5/6, found in the dossiers 6/9/15 and 3/1/10.
    const split = (b: string, key: string) => json.populatie.strata.filter((s: { leeftijdsgroep: string }) => s.leeftijdsgroep === b).map((s: Record<string, number>) => s[key]).join('/');
    expect([split('27-55', 'steekproef'), split('27-55', 'steekproef_dossierduur'), split('55+', 'steekproef'), split('55+', 'steekproef_dossierduur')]).toEqual(['7/5/18', '6/9/15', '3/5/6', '3/1/10']);
    expect(json.prioriteit.filter((p: { prioriteit: string }) => p.prioriteit === 'jonger_dan_27').map((p: { aantal: number }) => p.aantal)).toEqual([12, 0, 0]);
    expect(json.steekproef[0]).toEqual({ leeftijdsgroep: '<27', profiel: 1, aantal: 4, percentage: 100 / 3 });
    // <27 profile 1, NCHS: the sampled part is <1 and 1-5 (27 clients, 5 dossiers, 2 in profile 1,
    // each); the fully sampled >5 holds none. p = 21.6 / 54 = 0.4; Var(p) = 2 · 27²(1 − 5/27) ·
    // (5/4 · 0.24) / 5 / 54²; n_eff = p(1 − p)/Var(p) = 9.818 (under the cap of 10 dossiers), times
    // the degrees-of-freedom factor (t₉/t₈)²; Korn–Graubard on that, times 54.
    const varP = (2 * 27 * 27 * (1 - 5 / 27) * ((5 / 4) * 0.24)) / 5 / (54 * 54);
    const nEff = (0.24 / varP) * (qt(0.975, 9) / qt(0.975, 8)) ** 2;
    const x = 0.4 * nEff;
    expect(json.extrapolatie[0]).toEqual({
      leeftijdsgroep: '<27', profiel: 1, dossiers: 4, schatting: expect.closeTo(21.6, 12), afgerond: ADVIESNOTA_6_2[0]![0],
      // R survey 4.1 (scripts/r-reference.R): standard error 8.44275.
      standaardfout: expect.closeTo(8.44275, 5), relatieve_standaardfout: expect.closeTo(8.44275 / 21.6, 5),
      interval95: [expect.closeTo(54 * qbeta(0.025, x, nEff - x + 1), 9), expect.closeTo(54 * qbeta(0.975, x + 1, nEff - x), 9)],
      // n_eff is what the interval used (cap, df factor); n_eff_zonder_plafond agrees with deff: 10 / deff.
      methode: 'nchs', n_eff: expect.closeTo(nEff, 9), n_eff_zonder_plafond: expect.closeTo(0.24 / varP, 9), deff: expect.closeTo(varP / (0.24 / 10), 9),
      indicatief: true, indicatief_reden: 'berust op 4 dossiers; relatieve standaardfout 39%',
    });
    // Not rounded: more decimals than any display shows.
    expect(String(json.extrapolatie[0].standaardfout).length).toBeGreaterThan(10);
    const totals = json.extrapolatie.filter((e: { leeftijdsgroep: string }) => e.leeftijdsgroep === 'totaal').map((e: { afgerond: number }) => e.afgerond);
    expect([totals[0], totals[2]]).toEqual([ADVIESNOTA_7_4[1], ADVIESNOTA_7_4[3]]);
    expect(json.bandbreedte.groepen[1]).toMatchObject({ leeftijdsgroep: '27-55', aandeel: 0.6, van: 720, tot: 840 });
    expect(json.bandbreedte.groepen[1].profielen[2]).toEqual({ profiel: 3, aandeel: expect.closeTo(211.9968 / 366, 6), van: 417, tot: 487, marge_van: 223, marge_tot: 687 });
    expect(json.dossiers.find((d: { dossier_id: string }) => d.dossier_id === 'M02')).toEqual({
      dossier_id: 'M02', leeftijdsgroep: '27-55', uitkeringsduur: '<1', uitkeringsduur_dossier: '<1', profiel: 2, profiel_regels: 1, regel: 'R1',
      profiel_analist: 2, subprofiel: null, twijfel: [], prioriteit: ['nieuwe_instroom'],
    });
    expect(json.dossiers.find((d: { dossier_id: string }) => d.dossier_id === 'O12')).toMatchObject({ profiel: 4, subprofiel: '4?', twijfel: ['4/3/2'] });
    expect(Object.keys(JSON.parse((await run(['classify', SAMPLE, '--format', 'json'])).stdout))).not.toContain('dossiers');
  });

  it('gives R survey\'s intervals with --interval survey, and records the peildatum', async () => {
    const json = JSON.parse((await run(['classify', SAMPLE, '--format', 'json', '--interval', 'survey'])).stdout);
    expect(json.interval).toBe('survey');
    expect(json.peildatum).toBeNull();
    expect(json.extrapolatie[0]).toMatchObject({ interval95: [expect.closeTo(6.25468, 4), expect.closeTo(40.78109, 4)], methode: 'korn-graubard' });
    const table = (await run(['classify', SAMPLE, '--peildatum', '2018-10-08'])).stdout;
    expect(table).toContain('Invoer: data-samples/dossiers-2018.csv — 56 dossiers; peildatum 8 oktober 2018');
  });

  it('gives a CSV extrapolation table and, with --dossiers, the dossier list', async () => {
    const rows = (await run(['classify', SAMPLE, '--format', 'csv'])).stdout.trim().split('\n');
    expect(rows).toHaveLength(1 + 4 * 5);
    expect(rows[0]).toBe(
      'leeftijdsgroep,profiel,profielnaam,steekproef_aantal,steekproef_percentage,schatting,afgerond,standaardfout,relatieve_standaardfout,' +
        'interval95_onder,interval95_boven,methode,n_eff,n_eff_zonder_plafond,deff,indicatief,indicatief_reden,bandbreedte_van,bandbreedte_tot,marge_van,marge_tot',
    );
    expect(rows[8]).toMatch(/^27-55,3,Maatschappelijke Activering & Behandeling op andere Leefbaarheidsterreinen,17,56\.7,211\.9968,212,45\.5164,0\.2147,\d+\.\d+,\d+\.\d+,nchs,[\d.]+,[\d.]+,[\d.]+,nee,,417,487,223,687$/);
    expect(rows[18]).toMatch(/^totaal,3,.*,25,44\.6,271\.2635,271,/);
    const dossiers = (await run(['classify', SAMPLE, '--format', 'csv', '--dossiers'])).stdout.trim().split('\n');
    expect(dossiers).toHaveLength(57);
  });

  it('reads standard input with -', () => {
    const r = spawnProfiel(['classify', '-', '--format', 'json'], readFileSync(SAMPLE, 'utf8'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).invoer.bestand).toBe('-');
  }, forWork(1));

  it('writes --uitvoer in one piece, and leaves it alone when the input has errors', async () => {
    const dir = tmp();
    const out = join(dir, 'telling.json');
    expect((await run(['classify', SAMPLE, '--format', 'json', '--uitvoer', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).invoer.dossiers).toBe(56);

    const bad = join(dir, 'fout.csv');
    writeFileSync(bad, 'dossier_id;leeftijd;uitkeringsduur_maanden;klantwens\nA;30;12;werk\nB;dertig;12;werk\nC;40;12;wrek\n');
    writeFileSync(out, 'vorige telling');
    const r = await run(['classify', bad, '--uitvoer', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fout.csv, regel 3, kolom B (leeftijd): ongeldige waarde (waarde "dertig")');
    expect(r.stderr).toContain('fout.csv, regel 4, kolom D (klantwens): ongeldige waarde (waarde "wrek")');
    expect(r.stderr).toContain('bedoelt u "werk"?');
    expect(r.stderr).toContain('2 fouten gevonden; er is niets geschreven.');
    expect(readFileSync(out, 'utf8')).toBe('vorige telling');
    const fresh = join(dir, 'nieuw.json');
    expect((await run(['classify', bad, '--uitvoer', fresh])).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });

  it('reports population problems together with dossier problems', async () => {
    const dir = tmp();
    const pop = join(dir, 'pop.csv');
    writeFileSync(pop, 'leeftijdsgroep,uitkeringsduur,aantal\n<27,<1,x\n');
    const r = await run(['classify', SAMPLE, '--populatie', pop]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pop.csv, regel 2, kolom C (aantal): ongeldige waarde (waarde "x")');
  });

  it('names a written file on one line, whatever its name holds', async () => {
    const dir = tmp();
    const r = await run(['classify', SAMPLE, '--format', 'json', '--uitvoer', join(dir, 'a\nb.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`geschreven: ${dir}/a\\u000ab.json\n`);
    expect(JSON.parse(readFileSync(join(dir, 'a\nb.json'), 'utf8')).versie).toBe(1);
  });

  it('shows what it ignores in a population, naming the file, in every command that reads one', async () => {
    const pop = join(tmp(), 'pop.csv');
    writeFileSync(pop, `leeftijdsgroep,uitkeringsduur,aantal,bron\n${['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => `${b},${u},100,cbs`)).join('\n')}\n`);
    for (const args of [['classify', SAMPLE], ['plan', '--aantal', '56'], ['selecteer', SAMPLE, '--aantal', '10', '--zaad', '1']]) {
      const r = await run([...args, '--populatie', pop]);
      expect(r.code, args[0]).toBe(0);
      expect(r.stderr, args[0]).toContain(`let op: ${pop}: kolom "bron" is onbekend en wordt genegeerd`);
    }
  });

  it('refuses a population with fewer clients than dossiers in a stratum', async () => {
    const dir = tmp();
    const pop = join(dir, 'pop.csv');
    writeFileSync(pop, `leeftijdsgroep,uitkeringsduur,aantal\n${['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => `${b},${u},4`)).join('\n')}\n`);
    const r = await run(['classify', SAMPLE, '--populatie', pop]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stratum <27 × <1: 5 dossiers in de steekproef maar 4 klanten in de populatie');
  });
});

describe('unknown is not 0', () => {
  it('gives no count for a priority group whose column the export lacks, and counts the undecided', async () => {
    const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n').map((l) => l.split(','));
    const drop = ['nieuwe_instroom', 'jongste_kind_leeftijd'].map((c) => header!.indexOf(c));
    const dag = header!.indexOf('daginvulling');
    // daginvulling unknown in every other dossier, as in a real export.
    const kept = [header!, ...rows.map((r, i) => r.map((c, j) => (j === dag && i % 2 ? '' : c)))].map((r) => r.filter((_, j) => !drop.includes(j)).join(','));
    const file = join(tmp(), 'zonder-instroom.csv');
    writeFileSync(file, `${kept.join('\n')}\n`);
    const json = JSON.parse((await run(['classify', file, '--format', 'json'])).stdout);
    const groep = (id: string) => json.prioriteit.filter((p: { prioriteit: string }) => p.prioriteit === id);
    expect(groep('nieuwe_instroom').map((p: { aantal: number | null }) => p.aantal)).toEqual([null, null, null]);
    expect(groep('jonge_kinderen').map((p: { aantal: number | null }) => p.aantal)).toEqual([null, null, null]);
    // With children and no age of the youngest, "jonge kinderen" is undecided: counted as such.
    const bandOf = (r: string[]) => { const age = Number(r[header!.indexOf('leeftijd')]); return age < 27 ? '<27' : age < 55 ? '27-55' : '55+'; };
    const withChildren = (b: string) => rows.filter((r) => bandOf(r) === b && Number(r[header!.indexOf('kinderen_onder_18')]) > 0).length;
    expect(groep('jonge_kinderen').map((p: { onbekend: number }) => p.onbekend)).toEqual(['<27', '27-55', '55+'].map(withChildren));
    // Columns that are there are counted as before; niet_actief is undecided where daginvulling is unknown.
    expect(groep('jonger_dan_27').map((p: { aantal: number | null }) => p.aantal)).toEqual([12, 0, 0]);
    expect(groep('niet_actief').every((p: { aantal: number | null; onbekend: number }) => p.aantal !== null && p.onbekend > 0)).toBe(true);
    expect(json.kenmerken_ontbrekend).toEqual(['jongste_kind_onder_10', 'nieuwe_instroom']);
    expect(json.kenmerken.some((k: { kenmerk: string }) => k.kenmerk === 'nieuwe_instroom')).toBe(false);
  });
});

describe('the whole group', () => {
  it('prints one number for a --totaal of one number', async () => {
    const r = await run(['classify', SAMPLE, '--totaal', '750']);
    expect(r.stdout).toContain('Doorgetrokken naar de hele groep van ca. 750 klanten');
    expect(r.stdout).not.toContain('750–750');
  });

  it('takes a population of the size of the whole group as the whole group, and says when one is outside it', async () => {
    const dir = tmp();
    const population = (name: string, sizes: number[]) => {
      writeFileSync(join(dir, name), `leeftijdsgroep,uitkeringsduur,aantal\n${['<27', '27-55', '55+'].flatMap((b, i) => ['<1', '1-5', '>5'].map((u, j) => `${b},${u},${sizes[3 * i + j]}`)).join('\n')}\n`);
      return join(dir, name);
    };
    const inside = JSON.parse((await run(['classify', SAMPLE, '--populatie', population('1342.csv', [60, 60, 4, 160, 400, 296, 80, 140, 142]), '--format', 'json'])).stdout);
    expect(inside.bandbreedte.groepen.map((g: { van: number; tot: number }) => [g.van, g.tot])).toEqual([[124, 124], [856, 856], [362, 362]]);
    expect(inside.aannames).toContain(`De hele groep is de populatie zelf (${join(dir, '1342.csv')}, 1342 klanten, binnen ca. 1200–1400): de bandbreedte volgt haar eigen aantallen per leeftijdsgroep.`);
    const outside = await run(['classify', SAMPLE, '--populatie', population('800.csv', [30, 30, 4, 100, 250, 196, 50, 70, 70]), '--format', 'json']);
    expect(JSON.parse(outside.stdout).waarschuwingen).toContain(`de populatie (${join(dir, '800.csv')}) telt 800 klanten, buiten ca. 1200–1400: de bandbreedte schaalt haar aandelen per leeftijdsgroep op naar die omvang`);
  });
});

describe('exit codes and messages', () => {
  it('2 for wrong usage, in Dutch', async () => {
    expect(await run(['classify', SAMPLE, '--onbekend'])).toMatchObject({ code: 2, stderr: expect.stringContaining('onbekende optie --onbekend') });
    expect(await run(['classify', 'bestaat-niet.csv'])).toMatchObject({ code: 2, stderr: expect.stringContaining('bestand niet gevonden') });
    expect(await run(['classify', SAMPLE, '--totaal', 'veel'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--totaal verwacht van-tot') });
    expect(await run(['classify', SAMPLE, '--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format moet één van table, csv, json zijn') });
    expect(await run(['classify', SAMPLE, '--uitvoer', '/bestaat-niet/telling.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('kan niet schrijven naar /bestaat-niet/telling.json: de map bestaat niet') });
    expect(await run(['explain', SAMPLE, 'J99'])).toMatchObject({ code: 2, stderr: expect.stringContaining('dossier "J99" staat niet in') });
    expect((await run(['explain', SAMPLE, 'm1'])).stderr).toContain('bedoelt u M01?');
    expect(await run(['classify', SAMPLE, '--interval', 'bayes'])).toMatchObject({ code: 2, stderr: expect.stringContaining('fout: --interval moet één van nchs, survey zijn, niet "bayes"') });
    expect(await run(['classify', SAMPLE, '--peildatum', '2026-02-30'])).toMatchObject({ code: 2, stderr: expect.stringContaining('fout: --peildatum verwacht een datum als 2026-11-01') });
    expect((await run(['classify', SAMPLE, '--onbekend'])).stderr).toMatch(/^fout: onbekende optie --onbekend/);
  });

  it("says commander's own errors in Dutch, naming what they are about from the command, not from its English", async () => {
    const said = async (args: string[]) => (await run(args)).stderr.split('\n')[0];
    expect(await said(['classify', SAMPLE, '--snel=3', '--format', 'json'])).toBe('fout: onbekende optie --snel');
    expect(await said(['trek', '-x'])).toBe('fout: onbekende optie -x');
    expect(await said(['classify'])).toBe('fout: argument dossiers.csv ontbreekt');
    expect(await said(['classify', SAMPLE, '--populatie'])).toBe('fout: optie --populatie <bestand.csv> heeft een waarde nodig');
    expect(await said(['recount', SAMPLE])).toBe('fout: optie --vorige is verplicht');
    expect(await said(['classify', SAMPLE, SAMPLE])).toBe('fout: te veel argumenten');
    expect(await said(['klassificeer'])).toMatch(/^fout: onbekende opdracht klassificeer; kies classify, report, .* of selecteer$/);
    const help = await run(['help', 'xyz']);
    expect([help.code, help.stdout]).toEqual([2, '']); // the help goes to standard error: the command was wrong
    expect((await run(['help', 'classify'])).code).toBe(0);
  });

  it('2 for an invalid rule file, with its reasons', async () => {
    const file = join(tmp(), 'regels.json');
    writeFileSync(file, JSON.stringify({ naam: 'x', regels: [{ id: 'R', profiel: 1, als: { veld: 'klantwnes', bevat: 'werk' } }] }));
    const r = await run(['rules', '--regels', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('veld "klantwnes" bestaat niet in de dossierexport (bedoelt u klantwens?)');
  });

  it('3 when the export holds personal data, unless explicitly allowed', async () => {
    const file = join(tmp(), 'pii.csv');
    writeFileSync(file, 'dossier_id,leeftijd,uitkeringsduur_maanden\n123456782,30,12\n');
    const refused = await run(['validate', file]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('kolom "dossier_id": lijkt een BSN te bevatten (waarden op regel 2)');
    expect(refused.stderr).not.toContain('123456782');
    expect((await run(['validate', file, '--sta-persoonsgegevens-toe'])).code).toBe(0);
  });

  it('3 for personal data in the free text of a column the contract does not know, naming column and line, never the value', async () => {
    const [header, ...rows] = sampleRows();
    const notes = rows.map((_, i) => (i === 3 ? '"Jan de Vries, Kerkstraat 12, geb. 12-03-1981"' : i === 7 ? 'BSN 111222333' : i === 9 ? 'bellen: 06-12345678' : '"12 jaar werkervaring, sinds 2015 geen werk"'));
    const file = join(tmp(), 'opmerkingen.csv');
    writeFileSync(file, [[...header!, 'opmerking_intern'].join(','), ...rows.map((r, i) => [...r, notes[i]].join(','))].join('\n') + '\n');
    const r = await run(['classify', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('kolom "opmerking_intern": lijkt een geboortedatum te bevatten (waarden op regel 5)');
    expect(r.stderr).toContain('kolom "opmerking_intern": lijkt een BSN te bevatten (waarden op regel 9)');
    expect(r.stderr).toContain('kolom "opmerking_intern": lijkt een telefoonnummer te bevatten (waarden op regel 11)');
    for (const value of ['Vries', 'Kerkstraat', '111222333', '12345678']) expect(r.stderr).not.toContain(value);
    const allowed = await run(['classify', file, '--sta-persoonsgegevens-toe', '--stil']);
    expect(allowed.code, allowed.stderr).toBe(0);
    // Ordinary remarks pass: the other 53 rows hold only those.
    writeFileSync(file, [[...header!, 'opmerking_intern'].join(','), ...rows.map((r) => [...r, '"12 jaar werkervaring, sinds 2015 geen werk"'].join(','))].join('\n') + '\n');
    expect((await run(['validate', file])).code).toBe(0);
  });

  it('validate: 0 when clean, 1 with every problem', async () => {
    expect(await run(['validate', SAMPLE])).toMatchObject({ code: 0, stdout: expect.stringContaining('in orde') });
    const file = join(tmp(), 'x.csv');
    writeFileSync(file, 'dossier_id,leeftijd\nA,30\nA,200\n');
    const r = await run(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('verplichte kolom "uitkeringsduur_maanden" ontbreekt');
  });
});

describe('explain, rules and help', () => {
  it('explain shows each condition and the unknowns that mattered', async () => {
    const r = await run(['explain', SAMPLE, 'M10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('R3 → profiel 3: waar  ← deze beslisregel bepaalt het profiel');
    expect(r.stdout).toContain('onbekend klantwens bevat werk   (dossier: onbekend)');
    expect(r.stdout).toMatch(/waar +ten minste één van:\n +waar +professional in beeld:\n +waar +professioneel_netwerk noemt iets anders dan geen of huisarts/);
    expect(r.stdout).toContain('Onbekend en van invloed: activering_mogelijk, klantwens, investeringsbereid');
    const o13 = (await run(['explain', SAMPLE, 'O13'])).stdout;
    expect(o13).toContain('Geldend profiel: 4 Inkomensondersteuning met Zorg & Ondersteuning (analist); subprofiel 4?: isolement te onderzoeken');
  });

  it('rules prints the table readably and as JSON that loads back', async () => {
    const r = await run(['rules']);
    expect(r.stdout).toContain('R1 → 1 Arbeidsactivering');
    expect(r.stdout).toContain('als: klantwens bevat werk EN investeringsbereid = ja EN (professional in beeld OF hulp_bereid = ja)');
    expect(r.stdout).toContain('professional in beeld: professioneel_netwerk noemt iets anders dan geen of huisarts');
    const file = join(tmp(), 'regels.json');
    writeFileSync(file, (await run(['rules', '--format', 'json'])).stdout);
    expect((await run(['classify', SAMPLE, '--regels', file, '--alleen-regels', '--format', 'json'])).code).toBe(0);
    // A flag for some profiles names them as a sentence does.
    const table = JSON.parse(readFileSync(file, 'utf8'));
    table.prioriteit.push({ id: 'actief_zoekend', label: 'actief zoekend', bij_profiel: [1, 2, 3], als: { veld: 'klantwens', bevat: 'werk' } });
    writeFileSync(file, JSON.stringify(table));
    expect((await run(['rules', '--regels', file])).stdout).toContain('actief zoekend (alleen bij profiel 1, 2 en 3):');
  });

  it('shows the help when called without a command', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Gebruik: profiel [opties] [opdracht]');
    expect(r.stdout).toContain('classify [opties] <dossiers.csv>');
  });

  it.each(['classify', 'validate', 'explain', 'rules'])('%s --help is Dutch and has an example', async (command) => {
    const r = await run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Gebruik: profiel ${command} [opties]`);
    expect(r.stdout).toMatch(/Voorbeeld(en)?:\n  \$ profiel /);
    expect(r.stdout).not.toMatch(/default|choices/);
  });

  it('says defaults in Dutch, and rules --help names the pilot plan\'s "eventueel met"', async () => {
    const help = (await run(['classify', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('(standaard: 1200-1400)');
    expect(help).toContain('(standaard: nchs)');
    expect((await run(['rules', '--help'])).stdout).toContain('"Inkomensondersteuning, eventueel met Zorg & Ondersteuning"');
  });
});

describe('scripts can rely on it', () => {
  it('gives the same bytes for the same input, from run to run and process to process', async () => {
    // In another process (its own hash seeds, module state and clock) as here, and twice here.
    for (const args of [['classify', SAMPLE, '--format', 'json', '--dossiers'], ['report', SAMPLE, '--format', 'markdown']]) {
      const here = (await run(args)).stdout;
      expect((await run(args)).stdout).toBe(here);
      expect(spawnProfiel(args).stdout).toBe(here);
    }
    for (const args of [['--format', 'csv'], []]) expect((await run(['classify', SAMPLE, ...args])).stdout).toBe((await run(['classify', SAMPLE, ...args])).stdout);
  }, forWork(3));

  it('prints nothing but errors with --stil', async () => {
    const dir = tmp();
    const file = join(dir, 'x.csv');
    writeFileSync(file, 'dossier_id,leeftijd,uitkeringsduur_maanden,extra\nA,30,12,x\n');
    const loud = await run(['classify', file, '--format', 'json', '--uitvoer', join(dir, 'a.json')]);
    expect(loud.stderr).toMatch(/let op: kolom "extra"[\s\S]*waarschuwing:[\s\S]*geschreven:/);
    const quiet = await run(['classify', file, '--format', 'json', '--uitvoer', join(dir, 'b.json'), '--stil']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    expect(await run(['validate', file, '--stil'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(await run(['validate', join(dir, 'weg.csv'), '--stil'])).toMatchObject({ code: 2, stderr: expect.stringContaining('fout:') });
  });

  it('reads UTF-16 (Excel "Unicode-tekst"), with or without BOM', async () => {
    const dir = tmp();
    const text = readFileSync(SAMPLE, 'utf8').replace(/,/g, '\t');
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'zonder.txt'), Buffer.from(text, 'utf16le'));
    for (const f of ['bom.txt', 'zonder.txt']) expect((await run(['validate', join(dir, f)])).stdout).toContain('56 dossiers, scheidingsteken tab, tekenset utf-16le');
  });

  it('compares dossier ids as written, and notices ids that differ only in case', async () => {
    const file = join(tmp(), 'ids.csv');
    writeFileSync(file, 'dossier_id,leeftijd,uitkeringsduur_maanden\n j01 ,30,12\nJ01,40,24\n');
    const r = await run(['classify', file, '--format', 'json', '--dossiers']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).dossiers.map((d: { dossier_id: string }) => d.dossier_id)).toEqual(['j01', 'J01']);
    expect(r.stderr).toContain('let op: dossier_id "J01" (regel 3) verschilt alleen in hoofdletters van "j01" (regel 2); ze tellen als twee dossiers');
  });
});

describe('bin/profiel, as a script sees it', () => {
  // One process per exit code: what a shell gets back, on which stream, without colour under NO_COLOR.
  it.each([
    [0, ['classify', SAMPLE], 'stdout', 'Inschatting voor 606 klanten'],
    [1, ['classify', 'FOUT'], 'stderr', 'regel 2, kolom B (leeftijd): ongeldige waarde'],
    [2, ['classify', SAMPLE, '--onbekend'], 'stderr', 'fout: onbekende optie --onbekend'],
    [3, ['validate', 'PII'], 'stderr', 'lijkt een BSN te bevatten'],
  ] as const)('exits %i', (code, args, stream, text) => {
    const dir = tmp();
    writeFileSync(join(dir, 'fout.csv'), 'dossier_id,leeftijd,uitkeringsduur_maanden\nA,dertig,12\n');
    writeFileSync(join(dir, 'pii.csv'), 'dossier_id,leeftijd,uitkeringsduur_maanden\n123456782,30,12\n');
    const r = spawnProfiel(args.map((a) => (a === 'FOUT' ? join(dir, 'fout.csv') : a === 'PII' ? join(dir, 'pii.csv') : a)));
    expect(r.code).toBe(code);
    expect(r[stream]).toContain(text);
    expect(r[stream === 'stdout' ? 'stderr' : 'stdout']).toBe('');
    expect(r.stdout + r.stderr).not.toMatch(/\u001b\[/); // no colour outside a terminal / with NO_COLOR
  }, forWork(1));

  it('stops quietly when its reader stops early (| head), exit 0, no message', async () => {
    const dir = tmp();
    const csv = join(dir, 'groot.csv');
    // Some 2 MB of dossier list: far more than a pipe holds, so the write meets a closed pipe.
    await generate(5_000, csv, join(dir, 'populatie.csv'));
    const child = spawn(process.execPath, ['bin/profiel', 'classify', csv, '--populatie', join(dir, 'populatie.csv'), '--format', 'json', '--dossiers'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await once(child.stdout, 'data');
    child.stdout.destroy(); // as `head` does when it has read enough
    const [code, signal] = await once(child, 'exit');
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  }, forWork(2));

  it('loads the bundle with the code cache made at build time: V8 takes the cache of every file it compiles', () => {
    // vm.Script watched from a preloaded module: which files came with a cache, and whether V8 took it.
    const watch = "const vm = require('node:vm'); const S = vm.Script; const seen = { taken: 0, refused: [], without: [] }; vm.Script = class extends S { constructor(source, options) { super(source, options); if (options?.cachedData) this.cachedDataRejected ? seen.refused.push(options.filename) : seen.taken++; else seen.without.push(options?.filename); } }; process.on('exit', () => process.stderr.write('cache ' + JSON.stringify(seen)));";
    const watcher = join(tmp(), 'watch.cjs');
    writeFileSync(watcher, watch);
    const r = spawnSync(process.execPath, ['--require', watcher, 'bin/profiel', 'classify', SAMPLE], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    const seen = JSON.parse(/cache (.*)$/.exec(r.stderr)![1]!) as { taken: number; refused: string[]; without: string[] };
    expect(seen.refused).toEqual([]);
    expect(seen.taken).toBeGreaterThan(20);
    // Only what is loaded before the run's V8 settings are set has none (the settings themselves).
    expect(seen.without.length).toBeLessThanOrEqual(3);
  }, forWork(1));

  it("writes a workbook from the bundle with nothing on standard error (Node's warning on new Buffer() in exceljs' zip library)", () => {
    const file = join(tmp(), 'rapport.xlsx');
    const r = spawnProfiel(['report', SAMPLE, '--werkversie', '--uitvoer', file, '--stil']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  }, forWork(1));

  it('counts in two threads as in one, with the worker of the bundle it runs', async () => {
    const dir = tmp();
    const csv = join(dir, 'twee.csv');
    await generate(5_000, csv, join(dir, 'populatie.csv'));
    const count = (threads: string) =>
      spawnSync(process.execPath, ['bin/profiel', 'classify', csv, '--populatie', join(dir, 'populatie.csv'), '--format', 'json', '--dossiers'], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, PROFIEL_DRADEN: threads } });
    // PROFIEL_DRADEN=2 fails rather than fall back to one thread: exit 0 means the worker counted.
    const [one, two] = [count('1'), count('2')];
    expect([one.status, two.status, two.stderr]).toEqual([0, 0, one.stderr]);
    expect(two.stdout).toBe(one.stdout);
  }, forWork(3));
});
