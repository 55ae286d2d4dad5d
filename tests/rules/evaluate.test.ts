import { describe, expect, it } from 'vitest';
import { loadDossiers } from '../in-memory.js';
import { classify, evaluate } from '../../src/rules/evaluate.js';
import { RuleFileError, STANDAARD_REGELS } from '../../src/rules/load.js';
import { parseRuleTable } from '../../src/rules/parse.js';
import type { Condition } from '../../src/rules/table.js';
import { ADVIESNOTA_6_1, SAMPLE, countsPerBand, fromBuffer, sampleRows, testDossier as dossier } from '../helpers.js';

const sample = async () => (await loadDossiers(SAMPLE)).dossiers;

describe('default rules on the sample (inputs written from the BIJLAGE, not fitted to the rules)', () => {
  it('leave the analysts their profiles of §6.1', async () => {
    const results = (await sample()).map((d) => ({ band: d.leeftijdsgroep, profiel: classify(d, STANDAARD_REGELS).profiel }));
    expect(countsPerBand(results)).toEqual(ADVIESNOTA_6_1);
  });

  it('agree with the analyst on 38 of 56 dossiers; where they differ, the analyst decides', async () => {
    const ds = await sample();
    const differ = ds.filter((d) => classify(d, STANDAARD_REGELS).profiel_regels !== d.profiel_analist).map((d) => d.dossier_id);
    expect(differ).toEqual([
      'J03', 'J11',
      'M02', 'M04', 'M11', 'M16', 'M18', 'M19', 'M22', 'M23', 'M24', 'M28', 'M30',
      'O04', 'O08', 'O11', 'O13', 'O14',
    ]);
    // On their own the rules leave 14 dossiers onbepaald ("gesprek nodig": 1, 8 and 5 per band)
    // and count the rest so:
    const alone = ds.map((d) => ({ band: d.leeftijdsgroep, profiel: classify(d, STANDAARD_REGELS, { alleenRegels: true }).profiel }));
    expect(countsPerBand(alone)).toEqual({ '<27': '3/0/7/1', '27-55': '8/3/10/1', '55+': '0/5/1/3' });
    expect(alone.filter((r) => r.profiel === null).map((r) => r.band)).toEqual([...Array(1).fill('<27'), ...Array(8).fill('27-55'), ...Array(5).fill('55+')]);
    const m04 = classify(ds.find((d) => d.dossier_id === 'M04')!, STANDAARD_REGELS);
    expect([m04.profiel, m04.profiel_regels, m04.bron]).toEqual([3, 1, 'analist']);
  });

  it("flag 1/3 on exactly the profile 1 and 3 dossiers whose client wants work against the coach's judgement", async () => {
    // Independent of the rule engine: straight from the CSV cells.
    const [header, ...rows] = sampleRows();
    const col = (name: string) => header!.indexOf(name);
    const expected = rows
      .filter((r) => r[col('klantwens')]!.split('|').includes('werk') && r[col('arbeidsperspectief')] === 'nee' && ['1', '3'].includes(r[col('profiel_analist')]!))
      .map((r) => r[col('dossier_id')]);
    const flagged = (await sample()).filter((d) => classify(d, STANDAARD_REGELS).twijfel.includes('1/3')).map((d) => d.dossier_id);
    expect(flagged).toEqual(expected);
    expect(flagged).toEqual(['M04', 'M14', 'M19', 'M22', 'M23']);
  });

  it('flag 4/3/2 on profile 4 without a care professional beyond the huisarts, mostly among 55+', async () => {
    const flagged = (await sample()).filter((d) => classify(d, STANDAARD_REGELS).twijfel.includes('4/3/2')).map((d) => d.dossier_id);
    expect(flagged).toEqual(['J12', 'M29', 'M30', 'O02', 'O03', 'O08', 'O12', 'O13']);
  });

  it('give profile 4 its sub-profile from sociaal_isolement: 4a, 4b, or 4? to be examined', async () => {
    const subs = (await sample()).flatMap((d) => {
      const c = classify(d, STANDAARD_REGELS);
      return c.subprofiel ? [`${d.dossier_id}:${c.subprofiel}`] : [];
    });
    expect(subs).toEqual(['J11:4b', 'J12:4?', 'M29:4?', 'M30:4a', 'O02:4a', 'O03:4a', 'O08:4b', 'O12:4?', 'O13:4?', 'O14:4?']);
  });
});

describe('explanation of one dossier', () => {
  it('shows which conditions held and which unknowns mattered (M10)', async () => {
    const m10 = (await sample()).find((d) => d.dossier_id === 'M10')!;
    const c = classify(m10, STANDAARD_REGELS);
    expect(c.regels.map((r) => `${r.id}:${r.uitkomst}`)).toEqual(['R4:onbekend', 'R1:onbekend', 'R2:onwaar', 'R3:waar']);
    expect([c.regel, c.profiel_regels]).toEqual(['R3', 3]);
    // hulp_bereid is unknown too, but its OR-branch is already true: it could not matter.
    expect(c.beslissendOnbekend).toEqual(['activering_mogelijk', 'klantwens', 'investeringsbereid']);
    const r1 = c.regels[1]!.voorwaarde.onderdelen!;
    expect(r1.map((t) => t.uitkomst)).toEqual(['onbekend', 'onbekend', 'waar']);
    const [professional, hulp] = r1[2]!.onderdelen!;
    expect([professional!.voorwaarde.begrip, professional!.uitkomst]).toEqual(['professional_in_beeld', 'waar']);
    expect(professional!.onderdelen!.map((t) => [t.voorwaarde.veld, t.uitkomst, t.waarde])).toEqual([
      ['professioneel_netwerk', 'waar', ['huisarts', 'bewindvoering', 'ggz']],
    ]);
    expect([hulp!.voorwaarde.veld, hulp!.uitkomst, hulp!.waarde]).toEqual(['hulp_bereid', 'onbekend', undefined]);
  });

  it('names no unknowns when the winning rule is the first', () => {
    const c = classify(dossier({ activering_mogelijk: false, klantwens: undefined }), STANDAARD_REGELS);
    expect([c.regel, c.beslissendOnbekend]).toEqual(['R4', []]);
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
  it('may compare with several values, and name shared notions', () => {
    const table = parseRuleTable(
      {
        naam: 'eigen',
        begrippen: [{ id: 'kwetsbaar', als: { veld: 'zelfredzaamheid', is: ['beperkt', 'onvoldoende'] } }],
        regels: [{ id: 'A', profiel: 3, als: { begrip: 'kwetsbaar' } }],
      },
      'eigen.json',
    );
    expect(classify(dossier({ zelfredzaamheid: 'onvoldoende' }), table).profiel).toBe(3);
    expect(classify(dossier({ zelfredzaamheid: 'voldoende' }), table).profiel).toBeNull();
    expect(evaluate({ veld: 'zelfredzaamheid', is_niet: ['beperkt', 'onvoldoende'] }, dossier({ zelfredzaamheid: 'beperkt' })).uitkomst).toBe('onwaar');
  });

  it('may ask for the benefit duration in months or in years, whichever the export gave', async () => {
    const table = parseRuleTable({ naam: 'x', regels: [{ id: 'lang', profiel: 3, als: { veld: 'uitkeringsduur_jaren', minstens: 2 } }] }, 'duur.json');
    const { dossiers } = await fromBuffer('duur.csv', Buffer.from('dossier_id,leeftijd,uitkeringsduur_maanden\nA,30,30\nB,30,18\n'));
    expect(dossiers.map((d) => [d.uitkeringsduur_jaren, classify(d, table).profiel])).toEqual([[2.5, 3], [1.5, null]]);
  });

  it('refuse a notion that is not defined, or that refers to itself', () => {
    const reasonsOf = (json: unknown) => {
      try {
        parseRuleTable(json, 'eigen.json');
        return [];
      } catch (e) {
        return (e as RuleFileError).reasons;
      }
    };
    expect(reasonsOf({ naam: 'x', begrippen: [{ id: 'kwetsbaar', als: { veld: 'wmo_indicatie', is: 'ja' } }], regels: [{ id: 'A', profiel: 3, als: { begrip: 'kwetsbar' } }] })).toEqual([
      'regels[0] (A).als: begrip "kwetsbar" is niet gedefinieerd onder "begrippen" (bedoelt u kwetsbaar?)',
    ]);
    expect(
      reasonsOf({
        naam: 'x',
        begrippen: [
          { id: 'a', als: { niet: { begrip: 'b' } } },
          { id: 'b', als: { alle: [{ begrip: 'a' }, { veld: 'wmo_indicatie', is: 'ja' }] } },
        ],
        regels: [{ id: 'A', profiel: 3, als: { begrip: 'a' } }],
      }),
    ).toEqual(['begrippen: a → b → a verwijzen in een kring naar elkaar']);
    expect(reasonsOf({ naam: 'x', regels: [{ id: 'A', profiel: 4, als: { veld: 'wmo_indicatie', is: 'ja' } }], subprofielen: [{ id: '4?', profiel: 4 }, { id: '4-', profiel: 4 }] })).toEqual([
      'subprofielen[1]: profiel 4 heeft al een subprofiel zonder "als" (voor als geen ander geldt)',
    ]);
  });

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
