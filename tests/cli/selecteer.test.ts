// profiel selecteer: the pilot shortlist is spread over the age bands (a place for every band),
// ranked within each band by the pilot plan's criteria (each counted once; the profile only breaks
// ties), limited to an area on request, and shows nothing of the export but ids, band, profile,
// groups and reason. A property test over generated candidate lists checks the ranking's promises.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEEFTIJDSGROEPEN, type Profiel } from '../../src/dossier/vocabulary.js';
import { Shortlister, type Candidate } from '../../src/sampling/pilot.js';
import { forWork, SAMPLE, sampleRows } from '../helpers.js';
import { run } from './run.js';

interface Chosen {
  dossier_id: string;
  leeftijdsgroep: string;
  profiel: number | null;
  prioriteit: string[];
  criteria: number;
  rang: number;
  reden: string;
}

/** Young children are children under 18: one criterion (the rule table's onderdeel_van). */
const criteriaOf = (prioriteit: readonly string[]) => new Set(prioriteit.map((p) => (p === 'jonge_kinderen' ? 'kinderen_onder_18' : p)));

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

const profileRank = (c: { profiel: number | null }) => (c.profiel === 4 ? 2 : c.profiel === null ? 1 : 0);

describe('profiel selecteer', () => {
  it('gives every band a place, then spreads the rest as the population does (56/366/184 of 606), or as --verdeling says', async () => {
    const perBand = (list: Chosen[]) => ['<27', '27-55', '55+'].map((b) => list.filter((c) => c.leeftijdsgroep === b).length);
    // 10: one each, and 7 by share (0,6 / 4,2 / 2,1 → 1 / 4 / 2).
    expect(perBand((await select(['--aantal', '10'])).gekozen)).toEqual([2, 5, 3]);
    expect(perBand((await select(['--aantal', '5'])).gekozen)).toEqual([1, 2, 2]);
    expect(perBand((await select(['--aantal', '2'])).gekozen)).toEqual([0, 1, 1]);
    expect(perBand((await select(['--aantal', '20', '--verdeling', '10/60/30'])).gekozen)).toEqual([3, 11, 6]);
    expect(perBand((await select(['--aantal', '20', '--verdeling', '50/25/25'])).gekozen)).toEqual([10, 5, 5]);
  });

  it('gives a band short of candidates its places to the others, and says so', async () => {
    const result = await select(['--aantal', '16', '--verdeling', '100/0/0']);
    expect(result.groepen.map((g) => g.gekozen)).toEqual([12, 2, 2]);
    expect(result.waarschuwingen.join('\n')).toContain('leeftijdsgroep <27 heeft maar 12 kandidaten voor 16 plaatsen');
  });

  it('ranks by the criteria met, each once; the profile only breaks ties; no one left out stands higher', async () => {
    const all = await candidates();
    const { gekozen } = await select(['--aantal', '20']);
    for (const band of ['<27', '27-55', '55+']) {
      const chosen = gekozen.filter((c) => c.leeftijdsgroep === band);
      const left = all.filter((c) => c.leeftijdsgroep === band && !chosen.some((x) => x.dossier_id === c.dossier_id));
      // One number per standing: more criteria first, then the profile (lower is better).
      const standing = (c: Chosen) => -criteriaOf(c.prioriteit).size * 10 + profileRank(c);
      const worstChosen = Math.max(...chosen.map(standing));
      for (const l of left) expect(standing(l), `${l.dossier_id} stond hoger dan wie gekozen is`).toBeGreaterThanOrEqual(worstChosen);
      chosen.forEach((c, i) => {
        expect(c.rang).toBe(i + 1);
        expect(c.criteria).toBe(criteriaOf(c.prioriteit).size);
      });
      for (let i = 1; i < chosen.length; i++) expect(standing(chosen[i]!)).toBeGreaterThanOrEqual(standing(chosen[i - 1]!));
    }
    // A child under 10 is one criterion, not two.
    const withYoungChild = gekozen.find((c) => c.prioriteit.includes('jonge_kinderen'))!;
    expect(withYoungChild.criteria).toBe(withYoungChild.prioriteit.length - 1);
  });

  it('lets a socially isolated profile-4 client outrank a profile-2 client whose only criterion is a child; --zonder-profiel-4 puts profile 4 last', async () => {
    const all = await candidates();
    const { gekozen } = await select(['--aantal', '14', '--verdeling', '0/0/100']);
    const isolated4 = all.filter((c) => c.leeftijdsgroep === '55+' && c.profiel === 4 && c.prioriteit.includes('sociaal_isolement'));
    expect(isolated4.length).toBeGreaterThan(0);
    const at = (id: string) => gekozen.find((c) => c.dossier_id === id)!.rang;
    for (const c of isolated4) {
      for (const other of gekozen.filter((x) => x.profiel !== 4 && criteriaOf(x.prioriteit).size < criteriaOf(c.prioriteit).size)) expect(at(c.dossier_id)).toBeLessThan(other.rang);
    }
    const last = (await select(['--aantal', '14', '--verdeling', '0/0/100', '--zonder-profiel-4'])).gekozen;
    const fours = last.filter((c) => c.profiel === 4);
    expect(Math.min(...fours.map((c) => c.rang))).toBeGreaterThan(Math.max(...last.filter((c) => c.profiel !== 4).map((c) => c.rang)));
    expect(fours[0]!.reden).toContain('profiel 4: na alle anderen (--zonder-profiel-4)');
    const old = await run(['selecteer', SAMPLE, '--aantal', '5', '--ook-profiel-4', '--zaad', '1']);
    expect([old.code, old.stderr]).toEqual([0, expect.stringContaining('--ook-profiel-4 is niet meer nodig')]);
  });

  it('refuses, in Dutch, places that cannot be divided, and never prints NaN', async () => {
    const zeros = (await import('node:path')).join((await import('node:os')).tmpdir(), `nullen-${process.pid}.csv`);
    (await import('node:fs')).writeFileSync(zeros, `leeftijdsgroep,uitkeringsduur,aantal\n${['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => `${b},${u},0`)).join('\n')}\n`);
    const r = await run(['selecteer', SAMPLE, '--aantal', '10', '--populatie', zeros]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('de plaatsen zijn niet over de leeftijdsgroepen te verdelen');
    expect(r.stdout + r.stderr).not.toContain('NaN');
  });

  it('keeps, over any list of candidates, the promises of the pilot plan', () => {
    const FLAGS = ['nieuwe_instroom', 'jonger_dan_27', 'kinderen_onder_18', 'jonge_kinderen', 'sociaal_isolement', 'niet_actief'];
    const candidateArb = fc.record({
      leeftijdsgroep: fc.constantFrom(...LEEFTIJDSGROEPEN),
      profiel: fc.constantFrom<Profiel | null>(1, 2, 3, 4, null),
      prioriteit: fc.subarray(FLAGS).filter((p) => !p.includes('jonge_kinderen') || p.includes('kinderen_onder_18')),
    });
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 1000 }), (list, aantal, zaad) => {
        const candidates: Candidate[] = list.map((c, i) => ({ ...c, dossier_id: `K${i}` }));
        if (!candidates.length) return;
        const lister = new Shortlister({ aantal, verdeling: [56 / 606, 366 / 606, 184 / 606], zonderProfiel4: false, zaad, criterium: (p) => (p === 'jonge_kinderen' ? 'kinderen_onder_18' : p) });
        candidates.forEach((c) => lister.add(c));
        const result = lister.result();
        expect(JSON.stringify(result)).not.toContain('NaN');
        expect(result.gekozen).toHaveLength(Math.min(aantal, candidates.length));
        const bandsWithCandidates = LEEFTIJDSGROEPEN.filter((b) => candidates.some((c) => c.leeftijdsgroep === b));
        if (aantal >= bandsWithCandidates.length) for (const b of bandsWithCandidates) expect(result.gekozen.some((c) => c.leeftijdsgroep === b), b).toBe(true);
        for (const b of LEEFTIJDSGROEPEN) {
          const chosen = result.gekozen.filter((c) => c.leeftijdsgroep === b);
          const left = candidates.filter((c) => c.leeftijdsgroep === b && !chosen.some((x) => x.dossier_id === c.dossier_id));
          for (const l of left) {
            const mine = criteriaOf(l.prioriteit);
            for (const s of chosen) {
              const theirs = criteriaOf(s.prioriteit);
              const strictSuperset = mine.size > theirs.size && [...theirs].every((x) => mine.has(x));
              expect(strictSuperset, `${l.dossier_id} afgevallen boven ${s.dossier_id}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  }, forWork(1));

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
    expect(none.code).toBe(1); // the input has no one to choose: not wrong usage
    expect(none.stderr).toContain('geen klanten in gebied Atlantis');
  });

  it('is the same list for the same seed; the CSV has its seven columns and nothing else of the export', async () => {
    const a = await run(['selecteer', SAMPLE, '--aantal', '10', '--zaad', '4', '--format', 'csv']);
    const b = await run(['selecteer', SAMPLE, '--aantal', '10', '--zaad', '4', '--format', 'csv']);
    expect(a.stdout).toBe(b.stdout);
    const lines = a.stdout.trim().split('\n');
    expect(lines[0]).toBe('dossier_id,leeftijdsgroep,profiel,prioriteit,criteria,rang,reden');
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
