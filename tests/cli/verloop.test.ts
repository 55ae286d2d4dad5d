// profiel verloop over three monthly counts of the sample (October as it is; November with two
// profiles changed by the analyst and one dossier gone; December in another population): the
// figures of each count at its date, in date order, as tables, JSON, CSV, a workbook and an
// HTML page whose charts Chromium draws.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../src/render/pdf.js';
import { forWork, SAMPLE, sampleRows } from '../helpers.js';
import { markdownTables, table, workbookSheets } from '../render/tables.js';
import { run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'profiel-verloop-'));
const file = (name: string) => join(dir, name);

interface Count {
  peildatum: string;
  extrapolatie: { leeftijdsgroep: string; profiel: number | null; schatting: number; afgerond: number; interval95: [number, number]; indicatief: boolean }[];
}
const counts: Record<string, Count> = {};

beforeAll(async () => {
  const [header, ...rows] = sampleRows();
  const col = (name: string) => header!.indexOf(name);
  const november = rows.filter((r) => r[0] !== 'J05').map((r) => r.map((c, i) => (i === col('profiel_analist') && r[0] === 'M04' ? '1' : i === col('profiel_analist') && r[0] === 'O13' ? '2' : c)));
  writeFileSync(file('november.csv'), [header!, ...november].map((r) => r.join(',')).join('\n') + '\n');
  writeFileSync(file('populatie-1342.csv'), `leeftijdsgroep,uitkeringsduur,aantal\n${[[60, 60, 4], [160, 400, 296], [80, 140, 142]].flatMap((ns, b) => ['<1', '1-5', '>5'].map((u, i) => `${['<27', '27-55', '55+'][b]},${u},${ns[i]}`)).join('\n')}\n`);
  const months: [string, string, string[]][] = [
    ['2026-10-01', SAMPLE, ['--dossiers']],
    ['2026-11-01', file('november.csv'), []],
    ['2026-12-01', file('november.csv'), ['--populatie', file('populatie-1342.csv')]],
  ];
  for (const [peildatum, csv, extra] of months) {
    const r = await run(['classify', csv, '--peildatum', peildatum, '--format', 'json', '--stil', '--uitvoer', file(`telling-${peildatum}.json`), ...extra]);
    expect(r.code, r.stderr).toBe(0);
    counts[peildatum] = JSON.parse(readFileSync(file(`telling-${peildatum}.json`), 'utf8'));
  }
}, forWork(2));

const telling = (d: string) => file(`telling-${d}.json`);

describe('profiel verloop', () => {
  it('gives each count\'s figures at its date, in date order whatever the order of the files', async () => {
    const r = await run(['verloop', telling('2026-11-01'), telling('2026-10-01'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const trend = JSON.parse(r.stdout);
    expect([trend.soort, trend.vergeleken_als]).toEqual(['verloop', 'klanten']);
    expect(trend.tellingen.map((t: { peildatum: string; dossiers: number }) => [t.peildatum, t.dossiers])).toEqual([['2026-10-01', 56], ['2026-11-01', 55]]);
    expect(trend.tellingen[1].dossiers_per_leeftijdsgroep).toEqual({ '<27': 11, '27-55': 30, '55+': 14 });
    for (const c of trend.cellen) {
      for (const p of c.reeks) {
        const e = counts[p.peildatum]!.extrapolatie.find((x) => x.leeftijdsgroep === c.leeftijdsgroep && x.profiel === c.profiel)!;
        expect([p.schatting, p.afgerond, p.interval95, p.indicatief]).toEqual([e.schatting, e.afgerond, e.interval95, e.indicatief]);
      }
    }
    const table62 = trend.cellen.filter((c: { leeftijdsgroep: string; profiel: number | null }) => c.leeftijdsgroep !== 'totaal' && c.profiel !== null);
    expect(table62.map((c: { reeks: { afgerond: number }[] }) => c.reeks[0]!.afgerond)).toEqual([22, 0, 32, 2, 65, 75, 212, 14, 13, 66, 27, 78]);
  });

  it('prints a table per band, and the same figures as CSV', async () => {
    const r = await run(['verloop', telling('2026-10-01'), telling('2026-11-01')]);
    expect(r.stdout).toContain('Verloop over 2 tellingen (1 oktober 2026, 1 november 2026)');
    expect(r.stdout).toMatch(/│ 1 Arbeidsactivering\s+│\s+22\* \(6–40\) │\s+24\* \(7–44\) │/);
    const csv = (await run(['verloop', telling('2026-10-01'), telling('2026-11-01'), '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv[0]).toBe('peildatum,leeftijdsgroep,profiel,dossiers,schatting,afgerond,interval95_onder,interval95_boven,aandeel,aandeel95_onder,aandeel95_boven,indicatief');
    expect(csv).toHaveLength(1 + 2 * 20);
    expect(csv[1]).toMatch(/^2026-10-01,<27,1,4,21\.6,22,/);
  });

  it('follows shares of the band when a population differs, and says so', async () => {
    const r = await run(['verloop', telling('2026-10-01'), telling('2026-11-01'), telling('2026-12-01'), '--format', 'json']);
    const trend = JSON.parse(r.stdout);
    expect(trend.vergeleken_als).toBe('aandeel');
    expect(trend.meldingen).toContain('De populatie verschilt tussen de tellingen: daarom is per leeftijdsgroep het aandeel gevolgd, niet het aantal klanten.');
    const cell = trend.cellen.find((c: { leeftijdsgroep: string; profiel: number }) => c.leeftijdsgroep === '27-55' && c.profiel === 3);
    expect(cell.reeks.map((p: { aandeel: number }) => p.aandeel)).toEqual([
      expect.closeTo(counts['2026-10-01']!.extrapolatie.find((e) => e.leeftijdsgroep === '27-55' && e.profiel === 3)!.schatting / 366, 12),
      expect.closeTo(counts['2026-11-01']!.extrapolatie.find((e) => e.leeftijdsgroep === '27-55' && e.profiel === 3)!.schatting / 366, 12),
      expect.closeTo(counts['2026-12-01']!.extrapolatie.find((e) => e.leeftijdsgroep === '27-55' && e.profiel === 3)!.schatting / 856, 12),
    ]);
    expect((await run(['verloop', telling('2026-10-01'), telling('2026-12-01')])).stdout).toMatch(/│ 3 Maatschappelijke Activering &\s+│\s+57,9 \(31,0–81,7\) │/);
  });

  it('refuses a count without a peildatum (naming --peildatum), two of one date, or a single file', async () => {
    const zonder = file('zonder-peildatum.json');
    expect((await run(['classify', SAMPLE, '--format', 'json', '--stil', '--uitvoer', zonder])).code).toBe(0);
    const r = await run(['verloop', telling('2026-10-01'), zonder]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${zonder} heeft geen peildatum`);
    expect(r.stderr).toContain('--peildatum 2026-11-01');
    expect(await run(['verloop', telling('2026-10-01'), telling('2026-10-01')])).toMatchObject({ code: 1, stderr: expect.stringContaining('twee tellingen met peildatum 2026-10-01') });
    expect(await run(['verloop', telling('2026-10-01')])).toMatchObject({ code: 2, stderr: expect.stringContaining('geef twee of meer tellingen') });
    expect(await run(['verloop', telling('2026-10-01'), file('bestaat-niet.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('bestand niet gevonden') });
  });

  it('writes a workbook and Markdown with a table per band', async () => {
    expect((await run(['verloop', telling('2026-10-01'), telling('2026-11-01'), '--uitvoer', file('verloop.xlsx'), '--stil'])).code).toBe(0);
    const sheets = await workbookSheets(file('verloop.xlsx'));
    // Each date's figure with its interval and marker in columns of their own.
    const row = sheets.get('Verloop <27')![1]!;
    const oct = counts['2026-10-01']!.extrapolatie[0]!;
    expect(row.slice(0, 5)).toEqual(['1 Arbeidsactivering', 21.6, oct.interval95[0], oct.interval95[1], 'ja']);
    expect(row[5]).toBeCloseTo(24.3, 1);
    const md = (await run(['verloop', telling('2026-10-01'), telling('2026-11-01'), '--format', 'md'])).stdout;
    expect(table(markdownTables(md), 'Jongeren < 27 jaar: geschatte klanten per peildatum, met 95%-interval')[1]).toEqual(['1 Arbeidsactivering', '22* (6–40)', '24* (7–44)']);
  });

  it('adds the trend to the report, this export as its last date', async () => {
    const r = await run(['report', file('november.csv'), '--peildatum', '2026-11-01', '--verloop', telling('2026-10-01'), '--format', 'markdown']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Verloop over de tellingen');
    expect(table(markdownTables(r.stdout), 'Jongeren < 27 jaar: geschatte klanten per peildatum, met 95%-interval')[1]).toEqual(['1 Arbeidsactivering', '22* (6–40)', '24* (7–44)']);
    expect(await run(['report', file('november.csv'), '--verloop', telling('2026-10-01')])).toMatchObject({ code: 2, stderr: expect.stringContaining('geef ook haar --peildatum') });
  });

  const chromium = findChromium();
  it.skipIf(!chromium)('draws a chart per band in HTML, which Chromium shows with the interval as a band', async () => {
    expect((await run(['verloop', telling('2026-10-01'), telling('2026-11-01'), telling('2026-12-01'), '--uitvoer', file('verloop.html'), '--stil'])).code).toBe(0);
    const { chromium: browserType } = await import('playwright-core');
    const browser = await browserType.launch({ executablePath: chromium!, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${file('verloop.html')}`);
      const figures = await page.$$eval('figure', (list) => list.map((f) => ({ id: f.id, areas: f.querySelectorAll('.mark-area path').length, lines: f.querySelectorAll('.mark-line path').length, label: f.ownerDocument.getElementById(f.getAttribute('aria-describedby')!)?.textContent })));
      expect(figures.map((f) => f.id)).toEqual(['grafiek-verloop-0', 'grafiek-verloop-1', 'grafiek-verloop-2', 'grafiek-verloop-totaal']);
      for (const f of figures) {
        expect(f.areas).toBe(5); // one interval band per profile panel
        expect(f.lines).toBe(5);
      }
      expect(figures[1]!.label).toContain('profiel 3 van 57,9% (1 oktober 2026) naar');
    } finally {
      await browser.close();
    }
  }, forWork(5));
});

describe('a count with a long dossier list', () => {
  it('reads the figures and skips the list (npm run bench measures the memory at a million dossiers)', async () => {
    const big = JSON.parse(readFileSync(telling('2026-10-01'), 'utf8'));
    const one = big.dossiers[0];
    big.dossiers = Array.from({ length: 50_000 }, (_, i) => ({ ...one, dossier_id: `X${i}` }));
    // A count must add up (its sample to its dossiers): the extra dossiers are counted with the first profile.
    big.steekproef[0].aantal += 50_000 - big.invoer.dossiers;
    big.invoer.dossiers = 50_000;
    writeFileSync(file('groot.json'), JSON.stringify(big));
    const r = await run(['verloop', file('groot.json'), telling('2026-11-01'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).tellingen[0].dossiers).toBe(50_000);
  }, forWork(1.5));
});
