// profiel selecteer on data-samples: the pilot shortlist is spread over the age bands, ranked by
// the priority groups within each band (profiles 1–3 before 4), limited to an area on request,
// and shows nothing of the export but ids, band, profile, groups and reason.
import { describe, expect, it } from 'vitest';
import { SAMPLE, sampleRows } from '../helpers.js';
import { run } from './run.js';

interface Chosen {
  dossier_id: string;
  leeftijdsgroep: string;
  profiel: number | null;
  prioriteit: string[];
  rang: number;
  reden: string;
}

async function select(args: string[]): Promise<{ gekozen: Chosen[]; groepen: { leeftijdsgroep: string; kandidaten: number; gekozen: number }[]; waarschuwingen: string[] }> {
  const r = await run(['selecteer', SAMPLE, '--zaad', '11', '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** Every dossier of the sample with its profile and priority groups, as classify gives them. */
async function candidates(): Promise<Chosen[]> {
  const r = await run(['classify', SAMPLE, '--dossiers', '--format', 'json', '--stil']);
  return JSON.parse(r.stdout).dossiers;
}

const rank = (c: { profiel: number | null }, ook4 = false) => (c.profiel === 4 && !ook4 ? 2 : c.profiel === null ? 1 : 0);

describe('profiel selecteer', () => {
  it('spreads the list over the bands as the population does (56/366/184 of 606), or as --verdeling says', async () => {
    const perBand = (list: Chosen[]) => ['<27', '27-55', '55+'].map((b) => list.filter((c) => c.leeftijdsgroep === b).length);
    expect(perBand((await select(['--aantal', '10'])).gekozen)).toEqual([1, 6, 3]);
    expect(perBand((await select(['--aantal', '20', '--verdeling', '10/60/30'])).gekozen)).toEqual([2, 12, 6]);
    expect(perBand((await select(['--aantal', '20', '--verdeling', '50/25/25'])).gekozen)).toEqual([10, 5, 5]);
  });

  it('gives a band short of candidates its places to the others, and says so', async () => {
    const result = await select(['--aantal', '16', '--verdeling', '100/0/0']);
    expect(result.groepen.map((g) => g.gekozen)).toEqual([12, 2, 2]);
    expect(result.waarschuwingen.join('\n')).toContain('leeftijdsgroep <27 heeft maar 12 kandidaten voor 16 plaatsen');
  });

  it('ranks by profile group first and then by the number of priority groups; the rest stand no higher', async () => {
    const all = await candidates();
    const { gekozen } = await select(['--aantal', '20']);
    for (const band of ['<27', '27-55', '55+']) {
      const chosen = gekozen.filter((c) => c.leeftijdsgroep === band);
      const left = all.filter((c) => c.leeftijdsgroep === band && !chosen.some((x) => x.dossier_id === c.dossier_id));
      // One number per standing: profile group first, then more groups (lower is better).
      const standing = (c: Chosen) => rank(c) * 100 - c.prioriteit.length;
      const worstChosen = Math.max(...chosen.map(standing));
      for (const l of left) expect(standing(l), `${l.dossier_id} stond hoger dan wie gekozen is`).toBeGreaterThanOrEqual(worstChosen);
      // Within the list, places follow the ranking.
      chosen.forEach((c, i) => expect(c.rang).toBe(i + 1));
      for (let i = 1; i < chosen.length; i++) expect(standing(chosen[i]!)).toBeGreaterThanOrEqual(standing(chosen[i - 1]!));
    }
  });

  it('puts profile 4 last in a band unless --ook-profiel-4 (the <27 band: 10 of profiles 1–3, 2 of profile 4)', async () => {
    const band = (args: string[]) => select(['--aantal', '12', '--verdeling', '100/0/0', ...args]);
    const last = (await band([])).gekozen.slice(-2);
    expect(last.map((c) => c.profiel)).toEqual([4, 4]);
    expect(last[0]!.reden).toContain('profiel 4: na de profielen 1–3');
    const all = await candidates();
    const youngFour = all.filter((c) => c.leeftijdsgroep === '<27' && c.profiel === 4);
    const withFour = (await band(['--ook-profiel-4'])).gekozen;
    // Now ranked by their groups like everyone else: each stands where its number of groups puts it.
    for (const c of youngFour) {
      const at = withFour.find((x) => x.dossier_id === c.dossier_id)!;
      const ahead = withFour.filter((x) => x.rang < at.rang);
      expect(ahead.every((x) => x.prioriteit.length >= c.prioriteit.length)).toBe(true);
    }
  });

  it('keeps to one area with --gebied (19 of the 56 dossiers are in Oost), case and spaces aside', async () => {
    const rows = sampleRows();
    const area = rows[0]!.indexOf('gebied');
    const oost = new Set(rows.slice(1).filter((r) => r[area] === 'Oost').map((r) => r[0]));
    expect(oost.size).toBe(19);
    const result = await select(['--aantal', '8', '--gebied', ' oost ']);
    expect(result.gekozen).toHaveLength(8);
    expect(result.gekozen.every((c) => oost.has(c.dossier_id))).toBe(true);
    expect(result.groepen.reduce((t, g) => t + g.kandidaten, 0)).toBe(19);
    const none = await run(['selecteer', SAMPLE, '--aantal', '3', '--gebied', 'Atlantis']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('geen klanten in gebied Atlantis');
  });

  it('is the same list for the same seed; the CSV has the six columns and nothing else of the export', async () => {
    const a = await run(['selecteer', SAMPLE, '--aantal', '10', '--zaad', '4', '--format', 'csv']);
    const b = await run(['selecteer', SAMPLE, '--aantal', '10', '--zaad', '4', '--format', 'csv']);
    expect(a.stdout).toBe(b.stdout);
    const lines = a.stdout.trim().split('\n');
    expect(lines[0]).toBe('dossier_id,leeftijdsgroep,profiel,prioriteit,rang,reden');
    expect(lines).toHaveLength(11);
    // No cell of the export but the id: no age, area, duration or characteristic.
    expect(a.stdout).not.toMatch(/Oost|Noord|Centrum|vrouw|alleenstaand/);
  });

  it('refuses a distribution that does not add up to 100', async () => {
    const r = await run(['selecteer', SAMPLE, '--aantal', '10', '--verdeling', '10/60/20']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('samen 100 zijn');
  });
});
