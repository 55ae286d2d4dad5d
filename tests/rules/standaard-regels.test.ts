// The default rule table against chapter 6, criterion by criterion, on hand-built dossiers.
// A field left out is unknown; rules use three-valued (Kleene) logic, so an unknown that could
// change the outcome makes the rule `onbekend`, never `waar`.
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/dossier/schema.js';
import { classify } from '../../src/rules/evaluate.js';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { parseRuleTable } from '../../src/rules/parse.js';
import { referencedDefinitions } from '../../src/rules/schema.js';
import { testDossier as dossier, type DossierFields } from '../helpers.js';
import { AANBEVELING_9, BIJLAGE, HOOFDSTUK_6, PARAGRAAF_6_1, PILOTNOTITIE, normalise, quotations } from './bronnen.js';

const run = (fields: DossierFields) => classify(dossier(fields), STANDAARD_REGELS, { alleenRegels: true });
/** Outcome of every rule, in table order: `R4:onwaar R1:waar …`. */
const outcomes = (fields: DossierFields) => run(fields).regels.map((r) => `${r.id}:${r.uitkomst}`).join(' ');
const outcome = (fields: DossierFields, id: string) => run(fields).regels.find((r) => r.id === id)!.uitkomst;

describe('R4 — “Persoonlijke en/of maatschappelijke situatie belemmert iedere vorm van activering”', () => {
  it('gives profile 4 whatever else the dossier says', () => {
    const c = run({ activering_mogelijk: false, klantwens: ['werk'], investeringsbereid: true, hulp_bereid: true });
    expect([c.profiel, c.regel]).toEqual([4, 'R4']);
  });

  it('does not apply when activation is possible, and is onbekend when nobody recorded it', () => {
    expect(outcome({ activering_mogelijk: true }, 'R4')).toBe('onwaar');
    const c = run({ klantwens: ['werk'], investeringsbereid: true, hulp_bereid: true });
    expect([c.regel, c.regels[0]!.uitkomst]).toEqual(['R1', 'onbekend']);
    expect(c.beslissendOnbekend).toEqual(['activering_mogelijk']);
  });
});

describe('R1 — “Arbeidswens en investeringsbereid” and help on other life domains', () => {
  const wil = { activering_mogelijk: true, klantwens: ['werk'], investeringsbereid: true } as const;

  it('applies with help from a professional or the willingness to accept it', () => {
    expect(run({ ...wil, hulp_bereid: true }).profiel).toBe(1);
    expect(run({ ...wil, hulp_bereid: false, professioneel_netwerk: ['ggz'] }).profiel).toBe(1);
  });

  it("is not overruled by the coach's judgement: arbeidsperspectief = nee or unknown still gives 1", () => {
    const doubted = run({ ...wil, hulp_bereid: true, arbeidsperspectief: false });
    expect([doubted.profiel, doubted.twijfel]).toEqual([1, ['1/3']]);
    const unknown = run({ ...wil, hulp_bereid: true });
    expect([unknown.profiel, unknown.beslissendOnbekend]).toEqual([1, []]);
  });

  it('needs a work wish: another wish is no, an unknown wish is onbekend', () => {
    expect(outcome({ ...wil, klantwens: ['vrijwilligerswerk'], hulp_bereid: true }, 'R1')).toBe('onwaar');
    expect(outcome({ ...wil, klantwens: undefined, hulp_bereid: true }, 'R1')).toBe('onbekend');
  });

  it('needs the willingness to invest', () => {
    expect(outcome({ ...wil, investeringsbereid: false, hulp_bereid: true }, 'R1')).toBe('onwaar');
    expect(outcome({ ...wil, investeringsbereid: undefined, hulp_bereid: true }, 'R1')).toBe('onbekend');
  });

  it('does not count the huisarts alone as help on other life domains', () => {
    expect(outcome({ ...wil, professioneel_netwerk: ['huisarts'], hulp_bereid: false }, 'R1')).toBe('onwaar');
    expect(outcome({ ...wil, professioneel_netwerk: ['geen'], hulp_bereid: false }, 'R1')).toBe('onwaar');
    // Only a huisarts, and nobody asked whether the client would accept help: onbekend, and
    // with R2 and R3 ruled out it is the one unknown that could decide.
    const huisarts = { ...wil, professioneel_netwerk: ['huisarts'], daginvulling: ['geen'], in_staat_tot: ['geen'] } as const;
    expect(outcome(huisarts, 'R1')).toBe('onbekend');
    expect(run(huisarts).beslissendOnbekend).toEqual(['hulp_bereid']);
  });
});

describe('R2 — “Problematiek beperkt of hanteerbaar” and “In staat tot vrijwilligerswerk, maatschappelijke nuttige taken”', () => {
  const basis = { activering_mogelijk: true, klantwens: ['vrijwilligerswerk'], problematiek_hanteerbaar: true, zelfredzaamheid: 'voldoende' } as const;

  it('applies to clients who volunteer or care for someone, or are judged able to', () => {
    expect(run({ ...basis, daginvulling: ['vrijwilligerswerk'] }).profiel).toBe(2);
    expect(run({ ...basis, daginvulling: ['mantelzorg'] }).profiel).toBe(2);
    expect(run({ ...basis, daginvulling: ['geen'], in_staat_tot: ['maatschappelijk_nuttige_taken'] }).profiel).toBe(2);
  });

  it('does not take a wish for ability', () => {
    // Wants to volunteer, does nothing now and the professional judged no ability: not R2.
    expect(outcome({ ...basis, daginvulling: ['geen'], in_staat_tot: ['geen'] }, 'R2')).toBe('onwaar');
    // Wants to volunteer, nobody recorded what the client can do: onbekend, not R2.
    expect(outcome({ ...basis }, 'R2')).toBe('onbekend');
  });

  it('needs problems that are manageable and self-reliance that is not insufficient', () => {
    const doet = { ...basis, daginvulling: ['vrijwilligerswerk'] } as const;
    expect(outcome({ ...doet, problematiek_hanteerbaar: false }, 'R2')).toBe('onwaar');
    expect(outcome({ ...doet, problematiek_hanteerbaar: undefined }, 'R2')).toBe('onbekend');
    expect(outcome({ ...doet, zelfredzaamheid: 'onvoldoende' }, 'R2')).toBe('onwaar');
    expect(outcome({ ...doet, zelfredzaamheid: 'beperkt' }, 'R2')).toBe('waar');
    expect(outcome({ ...doet, zelfredzaamheid: undefined }, 'R2')).toBe('onbekend');
  });

  it('never decides on the participatieladder', () => {
    const c = run({ ...basis, daginvulling: ['geen'], in_staat_tot: ['geen'], participatieladder: 4 });
    expect(c.regel).toBeNull();
    expect(JSON.stringify(STANDAARD_REGELS.regels.map((r) => r.als))).not.toContain('participatieladder');
  });
});

describe('R3 — “Beperkte zelfredzaamheid” and “In staat tot dagbesteding als mogelijke participatie”', () => {
  const basis = { activering_mogelijk: true, klantwens: ['gezond_worden'] } as const;

  it('applies with limited self-reliance (or unmanageable problems) and day activities', () => {
    expect(run({ ...basis, zelfredzaamheid: 'beperkt', daginvulling: ['dagbesteding'] }).profiel).toBe(3);
    expect(run({ ...basis, zelfredzaamheid: 'onvoldoende', daginvulling: ['behandeling'] }).profiel).toBe(3);
    expect(run({ ...basis, problematiek_hanteerbaar: false, daginvulling: ['geen'], in_staat_tot: ['dagbesteding'] }).profiel).toBe(3);
  });

  it('needs both: day activities alone, or limited self-reliance alone, are not enough', () => {
    expect(outcome({ ...basis, zelfredzaamheid: 'voldoende', problematiek_hanteerbaar: true, daginvulling: ['dagbesteding'] }, 'R3')).toBe('onwaar');
    expect(outcome({ ...basis, zelfredzaamheid: 'beperkt', daginvulling: ['hobby_sport'], in_staat_tot: ['geen'] }, 'R3')).toBe('onwaar');
    expect(outcome({ ...basis, zelfredzaamheid: 'beperkt', daginvulling: ['hobby_sport'] }, 'R3')).toBe('onbekend');
  });

  it('comes after R2: a client who meets both is profile 2', () => {
    const c = run({ ...basis, problematiek_hanteerbaar: true, zelfredzaamheid: 'beperkt', daginvulling: ['vrijwilligerswerk', 'dagbesteding'] });
    expect(outcomes({ ...basis, problematiek_hanteerbaar: true, zelfredzaamheid: 'beperkt', daginvulling: ['vrijwilligerswerk', 'dagbesteding'] })).toBe('R4:onwaar R1:onwaar R2:waar R3:waar');
    expect(c.profiel).toBe(2);
  });
});

describe('no rule: onbepaald, with the unknowns that could have decided', () => {
  it('names every deciding unknown of every rule, in table order', () => {
    const c = run({ klantwens: ['werk'] });
    expect([c.profiel, c.regel]).toEqual([null, null]);
    expect(c.beslissendOnbekend).toEqual([
      'activering_mogelijk', 'investeringsbereid', 'professioneel_netwerk', 'hulp_bereid',
      'problematiek_hanteerbaar', 'zelfredzaamheid', 'daginvulling', 'in_staat_tot',
    ]);
  });
});

describe('doubt and sub-profiles', () => {
  it('raises 1/3 only on profile 1 or 3', () => {
    const wantsWork = { klantwens: ['werk'], arbeidsperspectief: false } as const;
    expect(classify(dossier({ ...wantsWork, profiel_analist: 3 }), STANDAARD_REGELS).twijfel).toEqual(['1/3']);
    expect(classify(dossier({ ...wantsWork, profiel_analist: 1 }), STANDAARD_REGELS).twijfel).toEqual(['1/3']);
    expect(classify(dossier({ ...wantsWork, profiel_analist: 2 }), STANDAARD_REGELS).twijfel).toEqual([]);
    expect(classify(dossier({ ...wantsWork, arbeidsperspectief: true, profiel_analist: 3 }), STANDAARD_REGELS).twijfel).toEqual([]);
  });

  it('raises 4/3/2 on profile 4 without a professional beyond the huisarts', () => {
    const four = (professioneel_netwerk?: Dossier['professioneel_netwerk']) =>
      classify(dossier({ activering_mogelijk: false, professioneel_netwerk }), STANDAARD_REGELS).twijfel;
    expect(four(['huisarts'])).toEqual(['4/3/2']);
    expect(four(['geen'])).toEqual(['4/3/2']);
    expect(four(undefined)).toEqual(['4/3/2']);
    expect(four(['huisarts', 'ggz'])).toEqual([]);
    expect(classify(dossier({ profiel_analist: 3, professioneel_netwerk: ['geen'] }), STANDAARD_REGELS).twijfel).toEqual([]);
  });

  it('uses one definition of "professional in beeld" for R1 and 4/3/2', () => {
    const r1 = STANDAARD_REGELS.regels.find((r) => r.id === 'R1')!;
    const flag = STANDAARD_REGELS.twijfel.find((f) => f.id === '4/3/2')!;
    expect(referencedDefinitions(r1.als)).toEqual(['professional_in_beeld']);
    expect(referencedDefinitions(flag.als)).toEqual(['professional_in_beeld']);
    // Changing the one definition changes both: here the huisarts counts as well.
    const table = structuredClone(STANDAARD_REGELS);
    table.begrippen[0]!.als = { veld: 'professioneel_netwerk', bevat_iets_anders_dan: ['geen'] };
    const changed = parseRuleTable(table, 'eigen.json');
    const d = dossier({ activering_mogelijk: true, klantwens: ['werk'], investeringsbereid: true, hulp_bereid: false, professioneel_netwerk: ['huisarts'] });
    expect(classify(d, STANDAARD_REGELS).profiel).toBeNull();
    expect(classify(d, changed).profiel).toBe(1);
    expect(classify({ ...d, activering_mogelijk: false }, changed).twijfel).toEqual([]);
  });

  it('gives profile 4 the sub-profile 4a, 4b or 4? from sociaal_isolement; isolation is no doubt', () => {
    const sub = (sociaal_isolement?: boolean) => classify(dossier({ activering_mogelijk: false, sociaal_isolement }), STANDAARD_REGELS);
    expect(sub(false).subprofiel).toBe('4a');
    expect(sub(true).subprofiel).toBe('4b');
    expect(sub(undefined).subprofiel).toBe('4?');
    expect(sub(true).twijfel).not.toContain('isolement');
    expect(classify(dossier({ profiel_analist: 3, sociaal_isolement: true }), STANDAARD_REGELS).subprofiel).toBeNull();
  });
});

describe('pilot priority (seed 001 and recommendation 9): groups do not exclude each other', () => {
  const flags = (fields: DossierFields) => classify(dossier(fields), STANDAARD_REGELS).prioriteit;

  it('marks young children apart from children under 18', () => {
    expect(flags({ kinderen_onder_18: 2, jongste_kind_leeftijd: 4 })).toEqual(['kinderen_onder_18', 'jonge_kinderen']);
    expect(flags({ kinderen_onder_18: 1, jongste_kind_leeftijd: 14 })).toEqual(['kinderen_onder_18']);
  });

  it('marks clients known in the social domain (wijkteam, LEV, SMO, MEE, bemoeizorg, woonbegeleiding)', () => {
    expect(flags({ professioneel_netwerk: ['huisarts', 'wijkteam'] })).toEqual(['bekend_sociaal_domein']);
    expect(flags({ professioneel_netwerk: ['ggz', 'specialist'] })).toEqual([]);
  });

  it('marks niet_actief for idle clients who are able and willing, or who need care (pilot plan: "of de nodige zorg dienen te ontvangen")', () => {
    const idle = { daginvulling: ['geen'], in_staat_tot: ['vrijwilligerswerk'], klantwens: ['vrijwilligerswerk'], zelfredzaamheid: 'voldoende' } as const;
    expect(flags({ ...idle, profiel_analist: 2 })).toEqual(['niet_actief']);
    expect(flags({ ...idle })).toEqual(['niet_actief']); // whatever the profile
    expect(flags({ ...idle, klantwens: ['behoud_situatie'] })).toEqual([]);
    expect(flags({ ...idle, klantwens: ['met_rust_gelaten', 'geen_perspectief'] })).toEqual([]);
    expect(flags({ ...idle, klantwens: ['behoud_situatie', 'iets_betekenen'] })).toEqual(['niet_actief']);
    expect(flags({ ...idle, in_staat_tot: ['geen'] })).toEqual([]); // not able, no care needed
    // Care needed: profile 4 and not able, but limited self-reliance.
    expect(flags({ ...idle, in_staat_tot: ['geen'], klantwens: ['met_rust_gelaten'], zelfredzaamheid: 'onvoldoende', profiel_analist: 4 })).toEqual(['niet_actief']);
    expect(flags({ ...idle, daginvulling: ['vrijwilligerswerk'], profiel_analist: 2 })).toEqual([]);
  });

  it('counts young children as part of children under 18, and refuses a part of a group that is not there', () => {
    expect(STANDAARD_REGELS.prioriteit.find((f) => f.id === 'jonge_kinderen')!.onderdeel_van).toBe('kinderen_onder_18');
    const broken = { ...structuredClone(STANDAARD_REGELS), prioriteit: [{ id: 'jong', als: { veld: 'leeftijd', kleiner_dan: 20 }, onderdeel_van: 'kinderen_ondr_18' }, { id: 'kinderen_onder_18', als: { veld: 'kinderen_onder_18', minstens: 1 } }] };
    const reasons = (() => {
      try {
        parseRuleTable(broken, 'pilot.json');
      } catch (e) {
        return (e as { reasons: string[] }).reasons;
      }
      return [];
    })();
    expect(reasons).toContain('prioriteit[0] (jong).onderdeel_van: "kinderen_ondr_18" staat niet in prioriteit (bedoelt u kinderen_onder_18?)');
  });

  it('lets a rule file select the pilot area (gebied), whatever its case', () => {
    const table = parseRuleTable(
      { ...structuredClone(STANDAARD_REGELS), prioriteit: [{ id: 'gebied_oost', label: 'gebiedsteam Oost', als: { veld: 'gebied', is: 'Oost' } }] },
      'pilot.json',
    );
    expect(classify(dossier({ gebied: 'oost ' }), table).prioriteit).toEqual(['gebied_oost']);
    expect(classify(dossier({ gebied: 'West' }), table).prioriteit).toEqual([]);
  });
});

describe('descriptions quote the source documents', () => {
  const sources = (...texts: string[]) => normalise(texts.join(' '));

  it('every rule quotes the ch. 6 criteria of its own profile', () => {
    for (const rule of STANDAARD_REGELS.regels) {
      const quotes = quotations(rule.omschrijving ?? '');
      expect(quotes.length, rule.id).toBeGreaterThan(0);
      // The first quotation is a ch. 6 criterion of the rule's profile; others may cite 6.1 or the BIJLAGE.
      expect(normalise(HOOFDSTUK_6[rule.profiel]), rule.id).toContain(normalise(quotes[0]!));
      const allowed = sources(Object.values(HOOFDSTUK_6).join(' '), PARAGRAAF_6_1, BIJLAGE);
      for (const q of quotes) expect(allowed, `${rule.id}: “${q}”`).toContain(normalise(q));
    }
  });

  it('every flag, sub-profile and notion quotes its source word for word', () => {
    const all = sources(Object.values(HOOFDSTUK_6).join(' '), PARAGRAAF_6_1, BIJLAGE, AANBEVELING_9, PILOTNOTITIE);
    const described = [...STANDAARD_REGELS.begrippen, ...STANDAARD_REGELS.subprofielen, ...STANDAARD_REGELS.twijfel, ...STANDAARD_REGELS.prioriteit];
    for (const item of described) {
      const quotes = quotations(item.omschrijving ?? '');
      expect(quotes.length, item.id).toBeGreaterThan(0);
      for (const q of quotes) expect(all, `${item.id}: “${q}”`).toContain(normalise(q));
    }
  });
});
