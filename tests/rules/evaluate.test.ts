import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../../src/dossier/load.js';
import type { Dossier } from '../../src/dossier/schema.js';
import { classify, evaluate } from '../../src/rules/evaluate.js';
import { RuleFileError, STANDAARD_REGELS, parseRuleTable } from '../../src/rules/load.js';
import type { Condition } from '../../src/rules/schema.js';
import { ADVIESNOTA_6_1, SAMPLE, countsPerBand, sampleRows } from '../helpers.js';

const sample = async () => (await loadDossiers(SAMPLE)).dossiers;
const dossier = (fields: Partial<Dossier>): Dossier =>
  ({ dossier_id: 'T', leeftijd: 40, uitkeringsduur_maanden: 24, leeftijdsgroep: '27-55', uitkeringsduur: '1-5', stratum: { leeftijdsgroep: '27-55', uitkeringsduur: '1-5' }, ...fields }) as Dossier;

describe('default rules on the sample', () => {
  it('give the adviesnota profile counts per band on their own (--alleen-regels)', async () => {
    const results = (await sample()).map((d) => ({ band: d.leeftijdsgroep, profiel: classify(d, STANDAARD_REGELS, { alleenRegels: true }).profiel }));
    expect(countsPerBand(results)).toEqual(ADVIESNOTA_6_1);
  });

  it('agree with the analyst on every dossier, and the analyst wins when they differ', async () => {
    const ds = await sample();
    expect(ds.filter((d) => classify(d, STANDAARD_REGELS).profiel_regels !== d.profiel_analist)).toEqual([]);
    const overruled = classify({ ...ds[0]!, profiel_analist: 3 }, STANDAARD_REGELS);
    expect([overruled.profiel, overruled.profiel_regels, overruled.bron]).toEqual([3, 1, 'analist']);
    expect(classify({ ...ds[0]!, profiel_analist: 3 }, STANDAARD_REGELS, { alleenRegels: true }).profiel).toBe(1);
  });

  it('flag 1/3 on exactly the dossiers whose client wants work against the coach\'s judgement', async () => {
    // Independent of the rule engine: straight from the CSV cells.
    const [header, ...rows] = sampleRows();
    const col = (name: string) => header!.indexOf(name);
    const expected = rows
      .filter((r) => r[col('klantwens')]!.split('|').includes('werk') && r[col('arbeidsperspectief')] === 'nee')
      .map((r) => r[col('dossier_id')]);
    const flagged = (await sample()).filter((d) => classify(d, STANDAARD_REGELS).twijfel.includes('1/3')).map((d) => d.dossier_id);
    expect(flagged).toEqual(expected);
    expect(flagged).toEqual(['M02', 'M04', 'M10', 'M19', 'M22']);
  });

  it('flag 4/3/2 on profile 4 without a care professional, mostly among 55+', async () => {
    const flagged = (await sample()).filter((d) => classify(d, STANDAARD_REGELS).twijfel.includes('4/3/2')).map((d) => d.dossier_id);
    expect(flagged).toEqual(['J12', 'M29', 'M30', 'O02', 'O03', 'O08', 'O12', 'O13']);
  });
});

describe('explanation of one dossier', () => {
  it('shows which conditions held and which unknowns mattered (J10)', async () => {
    const j10 = (await sample()).find((d) => d.dossier_id === 'J10')!;
    const c = classify(j10, STANDAARD_REGELS);
    expect(c.regels.map((r) => `${r.id}:${r.uitkomst}`)).toEqual(['R4:onbekend', 'R1:onbekend', 'R2:onwaar', 'R3:waar']);
    expect([c.regel, c.profiel_regels]).toEqual(['R3', 3]);
    // hulp_bereid is unknown too, but its OR-branch is already true: it could not matter.
    expect(c.beslissendOnbekend).toEqual(['activering_mogelijk', 'klantwens', 'investeringsbereid', 'arbeidsperspectief']);
    const r1 = c.regels[1]!.voorwaarde.onderdelen!;
    expect(r1.map((t) => t.uitkomst)).toEqual(['onbekend', 'onbekend', 'onbekend', 'waar']);
    expect(r1[3]!.onderdelen!.map((t) => [t.voorwaarde.veld, t.uitkomst, t.waarde])).toEqual([
      ['professioneel_netwerk', 'waar', ['ggz', 'bewindvoering', 'specialist']],
      ['hulp_bereid', 'onbekend', undefined],
    ]);
  });

  it('names no unknowns when the winning rule is the first', () => {
    const c = classify(dossier({ activering_mogelijk: false, klantwens: undefined }), STANDAARD_REGELS);
    expect([c.regel, c.beslissendOnbekend]).toEqual(['R4', []]);
  });

  it('leaves a dossier onbepaald when no rule holds, naming every deciding unknown', () => {
    const c = classify(dossier({ activering_mogelijk: true, problematiek_hanteerbaar: true, zelfredzaamheid: 'voldoende', daginvulling: ['hobby_sport'] }), STANDAARD_REGELS);
    expect([c.profiel, c.regel]).toEqual([null, null]);
    expect(c.beslissendOnbekend).toEqual(['klantwens', 'investeringsbereid', 'arbeidsperspectief', 'professioneel_netwerk', 'hulp_bereid', 'participatieladder']);
  });
});

describe('three-valued logic', () => {
  const d = dossier({ klantwens: ['werk'], hulp_bereid: undefined, arbeidsperspectief: false });
  it.each([
    [{ veld: 'klantwens', bevat: 'werk' }, 'waar'],
    [{ veld: 'hulp_bereid', is: 'ja' }, 'onbekend'],
    [{ veld: 'hulp_bereid', onbekend: true }, 'waar'],
    [{ alle: [{ veld: 'hulp_bereid', is: 'ja' }, { veld: 'arbeidsperspectief', is: 'ja' }] }, 'onwaar'],
    [{ alle: [{ veld: 'hulp_bereid', is: 'ja' }, { veld: 'klantwens', bevat: 'werk' }] }, 'onbekend'],
    [{ een_van: [{ veld: 'hulp_bereid', is: 'ja' }, { veld: 'klantwens', bevat: 'werk' }] }, 'waar'],
    [{ niet: { veld: 'hulp_bereid', is: 'ja' } }, 'onbekend'],
    [{ veld: 'leeftijd', kleiner_dan: 27 }, 'onwaar'],
  ] as const)('%j is %s', (condition, truth) => {
    expect(evaluate(condition as unknown as Condition, d).uitkomst).toBe(truth);
  });
});

describe('rule files', () => {
  it('the default table round-trips through validation', () => {
    expect(parseRuleTable(JSON.parse(JSON.stringify(STANDAARD_REGELS)), 'x.json')).toEqual(STANDAARD_REGELS);
  });

  it('are refused with every reason', () => {
    const bad = {
      naam: 'eigen',
      regels: [
        { id: 'A', profiel: 1, als: { veld: 'klantwnes', bevat: 'werk' } },
        { id: 'B', profiel: 2, als: { veld: 'zelfredzaamheid', is: 'slecht' } },
        { id: 'C', profiel: 3, als: { veld: 'klantwens', is: 'werk' } },
        { id: 'D', profiel: 4, als: { veld: 'leeftijd', minstens: 'oud' } },
      ],
    };
    let reasons: string[] = [];
    try {
      parseRuleTable(bad, 'eigen.json');
    } catch (e) {
      reasons = (e as RuleFileError).reasons;
    }
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/regels\[3\]\.als\.minstens: verwacht een getal/);
    const semantic = { ...bad, regels: bad.regels.slice(0, 3) };
    expect(() => parseRuleTable(semantic, 'eigen.json')).toThrow(RuleFileError);
    try {
      parseRuleTable(semantic, 'eigen.json');
    } catch (e) {
      expect((e as RuleFileError).reasons).toEqual([
        expect.stringMatching(/veld "klantwnes" bestaat niet.*bedoelt u klantwens/),
        expect.stringMatching(/zelfredzaamheid kent de waarde "slecht" niet/),
        expect.stringMatching(/klantwens kan meerdere waarden hebben/),
      ]);
    }
  });
});
