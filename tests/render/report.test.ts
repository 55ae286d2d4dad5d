// profiel report on the sample, in every format, as a user makes it. Every figure of the HTML,
// Markdown and workbook — the kernpunten too — is checked against `classify --format json`; the
// public report holds no dossier id, the working copy says on every page that it is not public;
// the HTML is opened in real headless Chromium and the PDF turned into text page by page. The
// browser tests need Debian's chromium and poppler-utils: without them they are skipped here, and
// CI (PROFIEL_BROWSER_TESTS=verplicht) fails instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisFile } from '../../src/estimate/contract.js';
import { CHROMIUM_ARGS, findChromium } from '../../src/render/pdf.js';
import { kenmerkNaam, waardeNaam } from '../../src/render/labels.js';
import { run } from '../cli/run.js';
import { ADVIESNOTA_6_2, ADVIESNOTA_7_4, cell62 as cell62Of, forWork, SAMPLE, sampleRows } from '../helpers.js';
import { htmlTables, markdownTables, table, workbookSheets, type Sheets, type Tables } from './tables.js';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'profiel-rapport-'));
const out = (name: string) => join(dir, name);
let json: AnalysisFile & { dossiers: NonNullable<AnalysisFile['dossiers']> };
let md: Tables;
let html: Tables;
let sheets: Sheets;
let htmlText: string;

beforeAll(async () => {
  json = JSON.parse((await run(['classify', SAMPLE, '--format', 'json', '--dossiers'])).stdout);
  for (const file of ['rapport.md', 'rapport.html', 'rapport.xlsx']) {
    const r = await run(['report', SAMPLE, '--uitvoer', out(file)]);
    expect(r.code, r.stderr).toBe(0);
  }
  md = markdownTables(readFileSync(out('rapport.md'), 'utf8'));
  htmlText = readFileSync(out('rapport.html'), 'utf8');
  html = htmlTables(htmlText);
  sheets = await workbookSheets(out('rapport.xlsx'));
}, forWork(3));

const CATS = [1, 2, 3, 4, null] as const;
const DOMAINS = ['<27', '27-55', '55+', 'totaal'] as const;
const BANDS = ['<27', '27-55', '55+'] as const;
const dec = (x: number, d: number) => x.toFixed(d).replace('.', ',');
const est = (d: string, p: number | null) => json.extrapolatie.find((e) => e.leeftijdsgroep === d && e.profiel === p)!;
/** What a 6.2 cell should say: `22* (6–40)`. */
const cell62 = (d: string, p: number | null) => cell62Of(json, d, p);
/** The rounded figures of a row of 6.2 (without marker and interval), to hold against the adviesnota. */
const rounded = (cells: readonly string[]) => cells.map((c) => Number(c.split(/[* ]/)[0]));

describe('every figure of the report equals classify --format json', () => {
  it.each([
    ['Markdown', () => md],
    ['HTML', () => html],
  ] as const)('%s', (_format, tablesOf) => {
    const tables = tablesOf();
    // Table 6.2 with the totals over all ages: estimate, marker and interval per cell.
    const t62 = table(tables, 'Inschatting voor 606 klanten');
    CATS.forEach((p, i) => DOMAINS.forEach((d, j) => expect(t62[i + 1]![j + 1], `${d}/${p}`).toBe(cell62(d, p))));
    expect([1, 2, 3, 4].map((p) => rounded(t62[p]!.slice(1, 4)))).toEqual(ADVIESNOTA_6_2);
    expect([rounded([t62[1]![4]!]), rounded([t62[3]![4]!])]).toEqual([[ADVIESNOTA_7_4[1]], [ADVIESNOTA_7_4[3]]]);

    // The sample as 6.1.
    const s61 = table(tables, 'Klantprofiel per leeftijdsgroep in de steekproef');
    CATS.forEach((p, i) =>
      BANDS.forEach((b, j) => {
        const s = json.steekproef.find((x) => x.leeftijdsgroep === b && x.profiel === p)!;
        expect(s61[i + 1]!.slice(1 + 2 * j, 3 + 2 * j)).toEqual([String(s.aantal), dec(s.percentage, 1)]);
      }),
    );

    // Precision per cell: every extrapolation row.
    const precision = table(tables, 'Nauwkeurigheid per cel').slice(1);
    expect(precision).toHaveLength(json.extrapolatie.length);
    json.extrapolatie.forEach((e, i) => {
      expect(precision[i]!.slice(2), `${e.leeftijdsgroep}/${e.profiel}`).toEqual([
        dec(e.schatting, 1), dec(e.standaardfout, 1), dec(e.interval95[0], 1), dec(e.interval95[1], 1), String(e.dossiers),
        e.n_eff_zonder_plafond === null ? '' : dec(e.n_eff_zonder_plafond, 1), e.deff === null ? '' : dec(e.deff, 2), e.indicatief ? `ja: ${e.indicatief_reden}` : 'nee',
      ]);
    });

    // The 1200–1400 ranges: the band, then its profiles.
    const ranges = table(tables, 'Doorgetrokken naar de hele groep').slice(1);
    const expected = json.bandbreedte.groepen.flatMap((g) => [[String(g.van), String(g.tot), '', ''], ...g.profielen.map((p) => [p.van, p.tot, p.marge_van, p.marge_tot].map(String))]);
    expect(ranges.map((r) => r.slice(2))).toEqual(expected);

    // Characteristics: every count and percentage of every value.
    const kenmerken = table(tables, 'Kenmerken van de onderzochte dossiers').slice(1);
    let current = '';
    const rowOf = new Map(kenmerken.map((r) => [`${(current = r[0] || current)}|${r[1]}`, r]));
    for (const k of json.kenmerken) {
      const row = rowOf.get(`${kenmerkNaam(k.kenmerk)}|${waardeNaam(k.kenmerk, k.waarde)}`);
      const j = BANDS.indexOf(k.leeftijdsgroep);
      expect(row?.slice(2 + 2 * j, 4 + 2 * j), `${k.kenmerk}=${k.waarde} ${k.leeftijdsgroep}`).toEqual([String(k.aantal), dec(k.percentage, 1)]);
    }

    // Sample design, and rules against the analyst.
    const design = table(tables, 'Gescreend en onderzocht').slice(1).filter((r) => r[1] !== 'totaal' && r[0] !== 'Totaal');
    json.populatie.strata.forEach((s, i) => expect(design[i]!.slice(2)).toEqual([s.aantal, s.steekproef, s.steekproef_dossierduur].map(String)));
    const cross = table(tables, 'Beslisregels (rijen) tegenover de analist').slice(1);
    for (const c of json.overeenstemming!.kruistabel) expect(cross[CATS.indexOf(c.regels as never)]![c.analist]).toBe(String(c.aantal));
  });

  it('the workbook, with numbers stored as numbers and table 6.2 keeping its uncertainty', () => {
    // Per domain four columns: the estimate unrounded (shown without decimals), lower, upper, indicative.
    const t62 = sheets.get('Tabel 6.2')!;
    expect(t62[0]!.slice(1, 5)).toEqual(['Jongeren < 27 jaar (56)', 'Jongeren < 27 jaar (56): ondergrens', 'Jongeren < 27 jaar (56): bovengrens', 'Jongeren < 27 jaar (56): indicatief']);
    CATS.forEach((p, i) =>
      DOMAINS.forEach((d, j) => {
        const e = est(d, p);
        expect(t62[i + 1]!.slice(1 + 4 * j, 5 + 4 * j), `${d}/${p}`).toEqual([e.schatting, e.interval95[0], e.interval95[1], e.indicatief ? 'ja' : 'nee']);
      }),
    );
    // Shown without decimals, the estimates are table 6.2 of the adviesnota.
    expect(t62.slice(1, 5).map((r) => [1, 5, 9].map((k) => Math.round(r[k] as number)))).toEqual(ADVIESNOTA_6_2);
    const precision = sheets.get('B4 Nauwkeurigheid')!.slice(1, 1 + json.extrapolatie.length);
    // An empty cell at the end of a row is no cell at all to a workbook reader.
    json.extrapolatie.forEach((e, i) => expect(Array.from({ length: 6 }, (_, k) => precision[i]![2 + k] ?? null)).toEqual([e.schatting, e.standaardfout, e.interval95[0], e.interval95[1], e.dossiers, e.n_eff_zonder_plafond]));
    const s61 = sheets.get('B3 Steekproef 6.1')!;
    expect(s61[1]!.slice(1)).toEqual(BANDS.flatMap((b) => {
      const s = json.steekproef.find((x) => x.leeftijdsgroep === b && x.profiel === 1)!;
      return [s.aantal, s.percentage];
    }));
    const ranges = sheets.get('Bandbreedte')!;
    expect(ranges[1]!.slice(2, 4)).toEqual([120, 140]);
    expect(ranges[0]).toEqual(['Leeftijdsgroep', 'Klantprofiel', 'Van', 'Tot', 'Onzekerheidsmarge van', 'Onzekerheidsmarge tot']);
    expect([...sheets.keys()].slice(0, 4)).toEqual(['Kernpunten', 'Tabel 6.2', 'Bandbreedte', 'Kruistabel']);
  });
});

describe('the report as the raad reads it', () => {
  it('opens with kernpunten whose every number is one of classify\'s JSON', () => {
    const text = readFileSync(out('rapport.md'), 'utf8');
    const kern = text.slice(text.indexOf('## 1. Kernpunten'), text.indexOf('## 2.'));
    const points = kern.split('\n').filter((l) => l.startsWith('- '));
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(points.length).toBeLessThanOrEqual(6);
    // Every figure the JSON gives, as a reader would see it rounded.
    const allowed = new Set<number>([json.populatie.totaal, json.invoer.dossiers, json.bandbreedte.van, json.bandbreedte.tot, 95]);
    for (const e of json.extrapolatie) {
      allowed.add(e.afgerond);
      e.interval95.forEach((x) => allowed.add(Math.round(x)));
      if (e.relatieve_standaardfout !== null) allowed.add(Math.round(100 * e.relatieve_standaardfout));
      allowed.add(e.dossiers);
      if (e.profiel !== null) allowed.add(e.profiel);
    }
    for (const p of [1, 2, 3, 4]) {
      const ranges = json.bandbreedte.groepen.map((g) => g.profielen.find((x) => x.profiel === p)!);
      allowed.add(ranges.reduce((t, x) => t + x.van, 0));
      allowed.add(ranges.reduce((t, x) => t + x.tot, 0));
    }
    const o = json.overeenstemming!;
    [o.gelijk, o.dossiers, Math.round(o.percentage)].forEach((x) => allowed.add(x));
    for (const point of points) {
      const numbers = [...point.matchAll(/\d+/g)].map((m) => Number(m[0]));
      for (const n of numbers) expect(allowed.has(n), `${n} in "${point}"`).toBe(true);
    }
    // The largest group first, with its interval; an indicative figure says so and why.
    const t3 = est('totaal', 3);
    expect(points[0]).toBe(`- Naar schatting ${t3.afgerond} van de 606 klanten (tussen ${Math.round(t3.interval95[0])} en ${Math.round(t3.interval95[1])}) passen bij profiel 3 (Maatschappelijke Activering & Behandeling op andere Leefbaarheidsterreinen).`);
    expect(points.find((p) => p.includes('profiel 1 '))).toContain(`dit cijfer is indicatief: de standaardfout is ${Math.round(100 * est('totaal', 1).relatieve_standaardfout!)}% van het cijfer`);
    expect(kern).toContain('met 95% zekerheid tussen die twee getallen ligt');
    expect(kern).not.toMatch(/NCHS|Korn|standaard voor/);
  });

  it("holds the BIJLAGE's figures that the sample encodes, and the pilot plan's summary lines", () => {
    const kenmerken = table(md, 'Kenmerken van de onderzochte dossiers');
    const find = (kenmerk: string, waarde: string) => {
      const i = kenmerken.findIndex((r) => r[0] === kenmerk);
      return kenmerken.slice(i).find((r) => r[1] === waarde)!;
    };
    expect(find('Contact met een professionele organisatie', 'ja').slice(2, 4)).toEqual(['11', '91,7']); // < 27
    expect(find('Kinderen onder 18', 'ja').slice(4, 6)).toEqual(['7', '23,3']); // 27–55
    expect(find('Huidige daginvulling', 'vrijwilligerswerk').slice(4, 6)).toEqual(['9', '30,0']);
    expect(find('Leeftijd', '55–59').slice(6, 8)).toEqual(['10', '71,4']); // 55+
    expect(find('WMO-indicatie', 'ja').slice(6, 8)).toEqual(['1', '7,1']);
    // Seed 001, "Aantallen": 92% in beeld (< 27), 23% kinderen < 18 and 30% vrijwilliger (27–55), 71% jonger dan 60 and 7% WMO (55+).
    const text = readFileSync(out('rapport.md'), 'utf8');
    expect(text).toMatch(/- Jongeren < 27 jaar, van de 12 onderzochte dossiers: .*92% is in beeld bij een professionele organisatie/);
    expect(text).toMatch(/- 27–55 jaar, van de 30 onderzochte dossiers: .*23% heeft een of meer kinderen jonger dan 18 jaar;.* 30% is actief als vrijwilliger/);
    expect(text).toMatch(/- Vanaf 55 jaar, van de 14 onderzochte dossiers: .*71% is jonger dan 60 jaar; 7% heeft een WMO-indicatie/);
    expect(find('Woonsituatie', 'inwonend bij ouders')).toBeDefined();
  });

  it("gives rules against the professional with Cohen's kappa, and no dossier id", () => {
    const text = readFileSync(out('rapport.md'), 'utf8');
    expect(text).toContain("Bij 56 dossiers met een profiel van de analist gaven de beslisregels 38 keer hetzelfde profiel (67,9%). Cohen's kappa (hoe veel beter dan toeval ze overeenkomen; 1 is volledig): 0,59 (95%-interval 0,44–0,73).");
    expect(text).toContain('Welke 18 dossiers het zijn, staat in de werkversie van dit rapport (profiel report --werkversie), niet in dit openbare stuk.');
  });

  it('holds no dossier id of the export in any public format; the working copy lists them, marked on every page', async () => {
    const ids = json.dossiers.map((d) => d.dossier_id);
    const word = (id: string) => new RegExp(`\\b${id}\\b`);
    // The charts' SVG paths hold numbers like M12.6: what a reader reads is the text around them.
    const readable = htmlText.replace(/<svg[\s\S]*?<\/svg>/g, '');
    for (const text of [readFileSync(out('rapport.md'), 'utf8'), readable, JSON.stringify([...sheets.values()])]) for (const id of ids) expect(text).not.toMatch(word(id));
    const r = await run(['report', SAMPLE, '--werkversie', '--format', 'markdown']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('**Werkversie — niet openbaar**');
    expect(table(markdownTables(r.stdout), 'Dossiers waar beslisregels en analist verschillen').slice(1).map((row) => row[0])).toEqual(json.overeenstemming!.verschillen);
    expect((await run(['report', SAMPLE, '--werkversie', '--uitvoer', out('werk.html')])).code).toBe(0);
    const werk = readFileSync(out('werk.html'), 'utf8');
    expect(werk).toContain('<div class="werkversie" role="note">Werkversie — niet openbaar</div>');
    expect(werk).toMatch(/@media print \{ \.werkversie \{ position: fixed;/); // fixed: printed on every page
    expect((await run(['report', SAMPLE, '--werkversie', '--uitvoer', out('werk.xlsx')])).code).toBe(0);
    for (const [name, rows] of await workbookSheets(out('werk.xlsx'))) expect(rows[0]![0], name).toBe('Werkversie — niet openbaar');
  }, forWork(2));

  it('hides counts below --min-cel and the counts that would give them away, and says how many', async () => {
    const r = await run(['report', SAMPLE, '--min-cel', '5', '--format', 'markdown']);
    expect(r.code).toBe(0);
    const s61 = table(markdownTables(r.stdout), 'Klantprofiel per leeftijdsgroep in de steekproef').slice(1);
    const counts = s61.map((row) => [1, 3, 5].map((k) => row[k]!));
    CATS.forEach((p, i) =>
      BANDS.forEach((b, j) => {
        const n = json.steekproef.find((x) => x.leeftijdsgroep === b && x.profiel === p)!.aantal;
        // A small count is always hidden; a shown one is the count.
        if (n > 0 && n < 5) expect(counts[i]![j]).toBe('<5');
        else if (counts[i]![j] !== 'x') expect(counts[i]![j]).toBe(String(n));
      }),
    );
    // No row or column (their totals are shown) has exactly one hidden count.
    const hidden = counts.map((row) => row.map((c) => c === '<5' || c === 'x'));
    for (const row of hidden) expect(row.filter(Boolean).length).not.toBe(1);
    for (let j = 0; j < 3; j++) expect(hidden.filter((row) => row[j]).length).not.toBe(1);
    expect(r.stdout).toMatch(/Met --min-cel 5 zijn \d+ aantallen van 1 tot 5 dossiers verborgen, en \d+ andere zodat die niet uit de totalen terug te rekenen zijn\./);
    expect(table(markdownTables(r.stdout), 'Inschatting voor 606 klanten')[1]![1]).toBe(cell62('<27', 1)); // estimates are not sample counts
    expect((await run(['report', SAMPLE, '--min-cel', '5', '--uitvoer', out('klein.xlsx')])).code).toBe(0);
    expect((await workbookSheets(out('klein.xlsx'))).get('B3 Steekproef 6.1')![1]!.slice(1, 3)).toEqual(['<5', 'x']);
  }, forWork(1.5));

  it('refuses a format it cannot tell, or a binary format on the screen', async () => {
    expect(await run(['report', SAMPLE, '--uitvoer', out('rapport.docx')])).toMatchObject({ code: 2, stderr: expect.stringContaining('kan de vorm niet afleiden uit') });
    expect(await run(['report', SAMPLE, '--format', 'pdf'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format pdf maakt een bestand: geef --uitvoer') });
    expect(await run(['report', SAMPLE, '--min-cel', '-1'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--min-cel verwacht een geheel getal van 0 of meer') });
  });

  it('says how to get Chromium when a PDF is asked for and there is none', async () => {
    const r = await run(['report', SAMPLE, '--uitvoer', out('geen.pdf')], { PROFIEL_CHROMIUM: '/bestaat/niet/chromium' });
    expect(r.code).toBe(4); // the machine lacks it: neither the data nor the command is wrong
    expect(r.stderr).toContain('fout: een PDF maken vraagt Chromium, en dat is niet gevonden (PROFIEL_CHROMIUM=/bestaat/niet/chromium is niet uit te voeren)');
    expect(r.stderr).toContain('sudo apt-get install chromium');
  });

  it('is self-contained: no script, nothing loaded from elsewhere, three charts each with its message and table', () => {
    expect(htmlText).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/i);
    expect(htmlText.match(/<figure id="grafiek-/g)).toHaveLength(3);
    // The description's last sentence is the link, said once.
    expect(htmlText.match(/\. <a href="#tabel-[a-z0-9-]+">De cijfers staan in de tabel hierboven\.<\/a><\/p>/g)).toHaveLength(3);
    expect(htmlText).not.toContain('hierboven. De cijfers');
    expect(htmlText).toContain('@page { size: A4;');
  });

  it('shows a priority group whose column the export lacks as not in the export, never 0', async () => {
    const [header, ...rows] = sampleRows();
    const drop = header!.indexOf('nieuwe_instroom');
    writeFileSync(out('zonder.csv'), [header!, ...rows].map((r) => r.filter((_, i) => i !== drop).join(',')).join('\n') + '\n');
    const r = await run(['report', out('zonder.csv'), '--format', 'markdown']);
    const prioriteit = table(markdownTables(r.stdout), 'Prioriteit voor de pilot');
    // Without the column every dossier is undecided: not 0, and all of the band unknown.
    expect(prioriteit.find((row) => row[0] === 'nieuwe instroom')!.slice(1)).toEqual(['niet in de export', '12', 'niet in de export', '30', 'niet in de export', '14']);
    expect(table(markdownTables(r.stdout), 'Kenmerken van de onderzochte dossiers').find((row) => row[0] === 'Nieuwe instroom')!.slice(1, 3)).toEqual(['niet in de export', '–']);
  });
});

describe('documents that can be made again', () => {
  it('writes the same workbook twice, byte for byte, dated by the peildatum, else SOURCE_DATE_EPOCH', async () => {
    const made = async (name: string, args: string[], env: Record<string, string> = {}) => {
      const r = await run(['report', SAMPLE, ...args, '--uitvoer', out(name)], env);
      expect(r.code, r.stderr).toBe(0);
      return readFileSync(out(name));
    };
    const first = await made('eerste.xlsx', ['--peildatum', '2026-11-01']);
    // Another second: the moment of writing must not be in the file.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await made('tweede.xlsx', ['--peildatum', '2026-11-01'])).equals(first)).toBe(true);
    const core = async (file: string) => (await (await import('jszip')).default.loadAsync(readFileSync(out(file)))).file('docProps/core.xml')!.async('string');
    expect(await core('eerste.xlsx')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-01T00:00:00Z</dcterms:created>');
    await made('epoch.xlsx', [], { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 0, 31) / 1000) });
    expect(await core('epoch.xlsx')).toContain('2025-01-31T00:00:00Z');
    expect((await run(['report', SAMPLE, '--format', 'md'], { SOURCE_DATE_EPOCH: 'gisteren' })).code).toBe(2);
  }, forWork(4));
});

const chromium = findChromium();
const required = process.env.PROFIEL_BROWSER_TESTS === 'verplicht';
const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
if (required && (!chromium || !pdftotext)) {
  it('has Chromium and pdftotext (PROFIEL_BROWSER_TESTS=verplicht)', () => {
    expect({ chromium, pdftotext }).toEqual({ chromium: expect.any(String), pdftotext: true });
  });
}

describe.skipIf(!chromium)('in real headless Chromium', () => {
  it('renders table 6.2, the ranges, the section titles and three bar charts; saves a screenshot', async () => {
    const { chromium: browserType } = await import('playwright-core');
    const browser = await browserType.launch({ executablePath: chromium!, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      await page.goto(`file://${out('rapport.html')}`);
      const text = await page.innerText('body');
      for (const title of ['1. Kernpunten', '2. Klantprofielen bij 606 klanten', '3. De hele groep van ca. 1200–1400 klanten', '4. Beslisregels en professional', 'Bijlage 1. Steekproefopzet', 'Bijlage 2. Kenmerken per leeftijdsgroep', 'Bijlage 3. Klantprofielen in de steekproef', 'Bijlage 4. Nauwkeurigheid per cel', 'Bijlage 5. Verantwoording en methode', 'Bijlage 6. Waarschuwingen en aannames']) {
        expect(text).toContain(title);
      }
      const cells = await page.$$eval('table[data-tabel="Tabel 6.2"] tbody tr', (rows) => rows.slice(0, 4).map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent!.replace(/\*? \(.*$/, ''))));
      expect(cells.map((r) => r.map(Number))).toEqual(ADVIESNOTA_6_2);
      expect(text).toContain('Per leeftijdsgroep: Jongeren < 27 jaar 120–140, 27–55 jaar 720–840, Vanaf 55 jaar 360–420 klanten.');
      const bars = await page.$$eval('figure svg', (svgs) => svgs.map((svg) => svg.querySelectorAll('.mark-rect path, .mark-rect rect').length));
      expect(bars).toHaveLength(3);
      for (const n of bars) expect(n).toBeGreaterThan(4);
      mkdirSync('tests/output', { recursive: true });
      await page.screenshot({ path: 'tests/output/rapport.png', fullPage: true });
    } finally {
      await browser.close();
    }
  }, forWork(6));

  it('has no accessibility violation that axe-core finds (WCAG 2.1 A and AA, best practice), public, working copy and trend', async () => {
    const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    expect((await run(['report', SAMPLE, '--werkversie', '--uitvoer', out('werk-axe.html')])).code).toBe(0);
    const counts = [join(dir, 'okt.json'), join(dir, 'nov.json')];
    for (const [i, file] of counts.entries()) expect((await run(['classify', SAMPLE, '--format', 'json', '--peildatum', `2026-${10 + i}-01`, '--uitvoer', file])).code).toBe(0);
    expect((await run(['verloop', ...counts, '--uitvoer', out('verloop.html')])).code).toBe(0);
    const { chromium: browserType } = await import('playwright-core');
    const browser = await browserType.launch({ executablePath: chromium!, args: CHROMIUM_ARGS });
    try {
      for (const file of ['rapport.html', 'werk-axe.html', 'verloop.html']) {
        const page = await browser.newPage();
        await page.goto(`file://${out(file)}`);
        await page.addScriptTag({ content: axe });
        const rules = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };
        const result = (await page.evaluate(`axe.run(document, ${JSON.stringify(rules)})`)) as { violations: { id: string; nodes: unknown[] }[] };
        expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`), file).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, forWork(8));

  it.skipIf(!pdftotext)('prints a tagged PDF with bookmarks, title and language, the same bytes twice, table headers on every page', async () => {
    const pdf = async (name: string) => {
      const r = await run(['report', SAMPLE, '--peildatum', '2026-11-01', '--uitvoer', out(name)]);
      expect(r.code, r.stderr).toBe(0);
      return readFileSync(out(name));
    };
    const first = await pdf('a.pdf');
    expect((await pdf('b.pdf')).equals(first)).toBe(true);
    const info = spawnSync('pdfinfo', [out('a.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Klantprofielen doelgroep < 30% arbeidsvermogen/);
    expect(info).toMatch(/CreationDate:\s+Sun Nov  1 00:00:00 2026 UTC/);
    const raw = first.toString('latin1');
    expect(raw).toContain('/Lang (nl)');
    expect(raw).toMatch(/\/Type \/Outlines/);
    // A long table goes on over pages: its header stands at the top of each.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const tops = Array.from({ length: pages }, (_, i) => spawnSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), out('a.pdf'), '-'], { encoding: 'utf8' }).stdout.trimStart());
    expect(tops.filter((t) => t.startsWith('Kenmerk ')).length).toBeGreaterThanOrEqual(2);
  }, forWork(8));

  it.skipIf(!pdftotext)('prints an A4 PDF in which table 6.2 can be read', async () => {
    const r = await run(['report', SAMPLE, '--uitvoer', out('rapport.pdf')]);
    expect(r.code, r.stderr).toBe(0);
    const info = spawnSync('pdfinfo', [out('rapport.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    // The message first: kernpunten and table 6.2 on the first two pages; no longer than the 13 pages of before.
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(13);
    const text = spawnSync('pdftotext', ['-layout', '-f', '1', '-l', '2', out('rapport.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Kernpunten');
    // Each row: the start of the profile's label, then its three figures (labels may wrap).
    const labels = ['1 Arbeidsactivering', '2 Maatschappelijke Activering', '3 Maatschappelijke Activering &', '4 Inkomensondersteuning met'];
    const rows = labels.map((label, i) => [label, ...BANDS.map((b) => cell62(b, i + 1))]);
    expect(rows.map((r) => rounded(r.slice(1)))).toEqual(ADVIESNOTA_6_2);
    const quote = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [label, ...figures] of rows) expect(text).toMatch(new RegExp(`${quote(label!)}[^\\n]*?\\s+${figures.map(quote).join('\\s+')}`));
  }, forWork(6));
});
