// profiel plan from the command line: the expected half-widths shrink as the sample grows, the
// margin search, a sample per band, and a Neyman allocation from last run's count.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENING_2018 } from '../../src/estimate/population.js';
import { precisionFor, type PlanSettings } from '../../src/sampling/plan.js';
import { WORST_CASE } from '../../src/sampling/shares.js';
import { forWork } from '../helpers.js';
import { run } from './run.js';

/** What `profiel plan --marge 25` plans with: the 2018 frame, the worst case, proportional within a band. */
const SETTINGS: PlanSettings = { populatie: SCREENING_2018, shares: WORST_CASE, toewijzing: 'proportioneel', minimum: 2, interval: 'nchs' };

const dir = mkdtempSync(join(tmpdir(), 'profiel-plan-'));
const file = (name: string) => join(dir, name);

describe('profiel plan', () => {
  it('shows half-widths that shrink as --aantal grows', async () => {
    const r = await run(['plan', '--aantal', '30,56,100,200,400,606', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    const widest = (p: { cellen: { leeftijdsgroep: string; halve_breedte: number }[] }, b: string) => Math.max(...p.cellen.filter((c) => c.leeftijdsgroep === b).map((c) => c.halve_breedte));
    for (const b of ['<27', '27-55', '55+', 'totaal']) {
      const series = report.plannen.map((p: never) => widest(p, b));
      for (let i = 1; i < series.length; i++) expect(series[i], `${b} bij ${report.plannen[i].aantal}`).toBeLessThan(series[i - 1]);
      // Everyone screened: known exactly (NCHS treats fully sampled strata as certain).
      expect(series.at(-1)).toBe(0);
    }
    // The worst case p = 0,5 at the adviesnota's 56: ± 26 in the band of 56 clients.
    expect(widest(report.plannen[1], '<27')).toBeCloseTo(26.0, 0);
  });

  it('plans a sample per band: the adviesnota\'s 12 in <27 narrows that band against 7 of a proportional 56', async () => {
    const perBand = JSON.parse((await run(['plan', '--per-leeftijdsgroep', '12/30/14', '--format', 'json'])).stdout).plannen[0];
    const proportional = JSON.parse((await run(['plan', '--aantal', '56', '--format', 'json'])).stdout).plannen[0];
    const young = (p: { cellen: { leeftijdsgroep: string; halve_breedte: number }[] }) => p.cellen.find((c) => c.leeftijdsgroep === '<27')!.halve_breedte;
    expect(perBand.aantal).toBe(56);
    expect(young(perBand)).toBeLessThan(young(proportional));
  });

  it('plans a Neyman allocation from last run\'s spreads, which differs from the proportional one', async () => {
    const telling = file('telling-plan.json');
    expect((await run(['classify', 'data-samples/dossiers-2018.csv', '--format', 'json', '--stil', '--uitvoer', telling])).code).toBe(0);
    const plan = async (extra: string[]) => JSON.parse((await run(['plan', '--aantal', '56', '--vorige', telling, '--format', 'json', ...extra])).stdout).plannen[0];
    const neyman = await plan(['--toewijzing', 'neyman']);
    const proportional = await plan([]);
    const sizes = (p: { strata: { steekproef: number }[] }) => p.strata.map((s) => s.steekproef);
    expect(sizes(neyman).reduce((t, x) => t + x, 0)).toBe(56);
    expect(sizes(neyman)).not.toEqual(sizes(proportional));
    // The expected shares are last run's: <27 profile 1 is 21,6 of 56 clients.
    expect(neyman.cellen.find((c: { leeftijdsgroep: string; profiel: number }) => c.leeftijdsgroep === '<27' && c.profiel === 1).verwacht).toBeCloseTo(21.6, 9);
    expect((await run(['plan', '--aantal', '56', '--toewijzing', 'neyman'])).stderr).toContain('--toewijzing neyman heeft --vorige');
  });

  it('finds the smallest sample for a margin — no per-band sizes with a smaller total meet it — and shows the proportional one beside it', async () => {
    const r = await run(['plan', '--marge', '25', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    const bands = ['<27', '27-55', '55+'];
    const perBand = (p: { strata: { leeftijdsgroep: string; steekproef: number }[] }) => bands.map((b) => p.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.steekproef, 0));
    const found = perBand(report.plannen[0]);
    expect(found.reduce((t, x) => t + x, 0)).toBe(report.plannen[0].aantal);
    // Exhaustive over the grid: in every band, every smaller size (from the minimum's least) misses the margin there,
    // so no allocation per band with a smaller total meets it. Each band's interval rests on its own strata.
    const widest = (sizes: number[], band: string) => {
      const p = precisionFor(SETTINGS, { perLeeftijdsgroep: sizes });
      return Math.max(...p.cellen.filter((c) => c.leeftijdsgroep === band).map((c) => c.halve_breedte));
    };
    bands.forEach((band, i) => {
      expect(widest(found, band), band).toBeLessThanOrEqual(25);
      const least = SCREENING_2018.strata.filter((s) => s.leeftijdsgroep === band).reduce((t, s) => t + Math.min(2, s.aantal), 0);
      for (let n = least; n < found[i]!; n++) expect(widest(found.map((m, j) => (j === i ? n : m)), band), `${band} bij ${n}`).toBeGreaterThan(25);
    });
    // The 8/218/58 (284) and the proportional 361 are both larger.
    expect(report.plannen[0].aantal).toBeLessThanOrEqual(284);
    expect(report.vergelijking.aantal).toBeGreaterThan(report.plannen[0].aantal);
    expect((await run(['plan', '--marge', '25'])).stdout).toMatch(/Ter vergelijking: met één toewijzing over alle strata \(proportioneel\) zijn er 3\d\d nodig/);
    const survey = await run(['plan', '--marge', '1', '--interval', 'survey', '--format', 'json']);
    // R survey's interval at a full sample is Clopper–Pearson (no variance left), never 0 wide.
    expect(JSON.parse(survey.stdout).haalbaar).toBe(false);
    expect((await run(['plan'])).code).toBe(2);
    expect((await run(['plan', '--aantal', '56', '--marge', '25'])).stderr).toContain('één van de drie');
  }, forWork(2));
});
