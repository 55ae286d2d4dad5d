import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../in-memory.js';
import type { AnalysisOptions } from '../../src/estimate/analysis.js';
import { analyse } from '../in-memory.js';
import { SCREENING_2018 } from '../../src/estimate/population.js';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { SAMPLE, fromBuffer } from '../helpers.js';

const OPTIONS: AnalysisOptions = { populatie: SCREENING_2018, totaal: { van: 1200, tot: 1400 }, aandeelAfronding: 10, interval: 'nchs' };

async function onSample(options: Partial<AnalysisOptions> = {}) {
  const { info, dossiers } = await loadDossiers(SAMPLE);
  return analyse(info, dossiers, STANDAARD_REGELS, { ...OPTIONS, ...options });
}

describe('one run of the main job', () => {
  it("describes each band with the BIJLAGE's and the pilot plan's figures that the sample encodes", async () => {
    const a = await onSample();
    const n = (kenmerk: string, band: string, waarde: string | null) => a.kenmerken.find((k) => k.kenmerk === kenmerk && k.leeftijdsgroep === band && k.waarde === waarde)?.aantal;
    expect(n('professionele_organisatie', '<27', 'ja')).toBe(11); // 92%
    expect(n('professionele_organisatie', '27-55', 'ja')).toBe(26); // 86,5%
    expect(n('kinderen_onder_18', '27-55', 'ja')).toBe(7); // 23%
    expect(n('daginvulling', '27-55', 'vrijwilligerswerk')).toBe(9); // 30%
    expect(n('leeftijd', '55+', '55_tot_60')).toBe(10); // 71% under 60
    expect(n('wmo_indicatie', '55+', 'ja')).toBe(1); // 7%
    expect(n('geslacht', '55+', 'man')).toBe(8);
    expect(n('jongste_kind_onder_10', '<27', 'ja')).toBe(2); // the children of 8 and of 1 and 4 (4.1)
    // > 2 years unemployed among <27: 66% (4 × 2–5 years, 4 × 5–10 years).
    expect((n('werkloosheidsduur', '<27', '2_tot_5_jaar') ?? 0) + (n('werkloosheidsduur', '<27', '5_tot_10_jaar') ?? 0)).toBe(8);
    // Unknown is its own value; a multi-value column counts a dossier under each of its values.
    expect(n('werkervaring', '<27', null)).toBe(1);
    expect(a.kenmerken.filter((k) => k.kenmerk === 'klantwens' && k.leeftijdsgroep === '27-55').reduce((s, k) => s + k.aantal, 0)).toBeGreaterThan(30);
    expect(a.kenmerken.find((k) => k.kenmerk === 'wmo_indicatie' && k.leeftijdsgroep === '<27' && k.waarde === 'ja')!.percentage).toBeCloseTo((100 * 8) / 12, 12);
  });

  it('describes only the characteristics whose columns the export has', async () => {
    const { info, dossiers } = await fromBuffer('kort.csv', Buffer.from('dossier_id,leeftijd,uitkeringsduur_maanden,geslacht\nA,30,12,vrouw\nB,40,12,\n'));
    const a = analyse(info, dossiers, STANDAARD_REGELS, OPTIONS);
    expect([...new Set(a.kenmerken.map((k) => k.kenmerk))]).toEqual(['geslacht', 'leeftijd']);
    expect(a.kenmerken.filter((k) => k.leeftijdsgroep === '27-55' && k.kenmerk === 'geslacht').map((k) => [k.waarde, k.aantal])).toEqual([['vrouw', 1], [null, 1]]);
    expect(a.overeenstemming).toBeUndefined(); // no profiel_analist
  });

  it('counts the sub-profiles of profile 4 beside it, which stays whole', async () => {
    const a = await onSample();
    const sub = (b: string) => a.subprofielen.filter((s) => s.leeftijdsgroep === b).map((s) => `${s.subprofiel}:${s.aantal}`).join(' ');
    expect([sub('<27'), sub('27-55'), sub('55+')]).toEqual(['4a:0 4b:1 4?:1', '4a:1 4b:0 4?:1', '4a:2 4b:1 4?:3']);
    expect(a.steekproef.filter((s) => s.profiel === 4).map((s) => s.aantal)).toEqual([2, 2, 6]);
  });

  it('says how many profiles came from the analyst and how many from the rules', async () => {
    expect((await onSample()).regels).toEqual({ naam: 'standaard', alleen_regels: false, bron: { analist: 56, beslisregels: 0 } });
    const alone = await onSample({ alleenRegels: true });
    expect(alone.regels).toEqual({ naam: 'standaard', alleen_regels: true, bron: { analist: 0, beslisregels: 56 } });
    expect(alone.aannames[1]).toBe('Het klantprofiel komt voor alle dossiers uit de beslisregels (--alleen-regels); het profiel van de analist is genegeerd.');
    // On the rules alone, 14 dossiers stay onbepaald and are extrapolated as such.
    expect(alone.steekproef.filter((s) => s.profiel === null).map((s) => s.aantal)).toEqual([1, 8, 5]);
    expect(alone.extrapolatie.find((e) => e.leeftijdsgroep === 'totaal' && e.profiel === null)!.dossiers).toBe(14);
  });

  it('states its assumptions with the figures', async () => {
    const a = await onSample({ peildatum: '2018-10-08' });
    expect(a.peildatum).toBe('2018-10-08');
    expect(a.strata_bron).toEqual({ uit_export: 56, uit_dossierduur: 0 });
    expect(a.aannames).toEqual([
      'De gewichten volgen het stratum bij de trekking zoals de export het noemt (stratum_uitkeringsduur).',
      'Het klantprofiel is dat van de analist waar ingevuld (56 van de 56 dossiers), anders dat van de beslisregels.',
      'De bandbreedte van ca. 1200–1400 veronderstelt dat de hele groep is samengesteld als de populatie (screening-2018, 606 klanten): per leeftijdsgroep en per klantprofiel.',
      expect.stringMatching(/^De bandbreedtes per klantprofiel zijn een uitbreiding op de pilotnotitie, die alleen bandbreedtes per leeftijdsgroep geeft/),
    ]);
    expect(a.waarschuwingen).toEqual([]);
  });

  it('keeps a band without dossiers in the 1200–1400 split, without profiles', async () => {
    const rows = ['B1,40,30,3', 'B2,40,30,1', 'C1,60,90,4', 'C2,60,90,2'];
    const { info, dossiers } = await fromBuffer('geen-jongeren.csv', Buffer.from(`dossier_id,leeftijd,uitkeringsduur_maanden,profiel_analist\n${rows.join('\n')}\n`));
    const a = analyse(info, dossiers, STANDAARD_REGELS, OPTIONS);
    expect(a.bandbreedte.groepen.map((g) => [g.leeftijdsgroep, g.van, g.tot, g.profielen.length])).toEqual([
      ['<27', 120, 140, 0],
      ['27-55', 720, 840, 5],
      ['55+', 360, 420, 5],
    ]);
    expect(a.waarschuwingen).toContain('leeftijdsgroep <27 heeft geen enkel dossier in de steekproef: geen schatting mogelijk');
  });

  it('warns about a band with fewer than 5 dossiers and marks all its cells indicatief', async () => {
    const rows = [
      ...['A1', 'A2', 'A3'].map((id) => `${id},20,6,3`),
      ...['B1', 'B2', 'B3', 'B4', 'B5', 'B6'].map((id, i) => `${id},40,${i < 3 ? 6 : 30},${i % 2 ? 1 : 3}`),
      ...['C1', 'C2', 'C3', 'C4', 'C5'].map((id, i) => `${id},60,${i < 2 ? 6 : 90},${i < 3 ? 2 : 4}`),
    ];
    const { info, dossiers, problems } = await fromBuffer('klein.csv', Buffer.from(`dossier_id,leeftijd,uitkeringsduur_maanden,profiel_analist\n${rows.join('\n')}\n`));
    expect(problems).toEqual([]);
    const a = analyse(info, dossiers, STANDAARD_REGELS, OPTIONS);
    expect(a.waarschuwingen).toContain('leeftijdsgroep <27 telt maar 3 dossiers: alle cijfers van die leeftijdsgroep zijn indicatief');
    const young = a.extrapolatie.filter((e) => e.leeftijdsgroep === '<27');
    expect(young.map((e) => [e.indicatief, e.indicatief_reden])).toEqual(Array(5).fill([true, 'de leeftijdsgroep telt maar 3 dossiers']));
    // No stratum column: the weights follow the durations found, and the output says so.
    expect(a.strata_bron).toEqual({ uit_export: 0, uit_dossierduur: 14 });
    expect(a.aannames[0]).toMatch(/^De export noemt geen stratum bij de trekking/);
  });
});
