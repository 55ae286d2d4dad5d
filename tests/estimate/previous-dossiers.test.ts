// Last month's dossiers in their compact, shared form: every id found exactly, every field back
// as it went in, a repeated id reported, and the list usable from another view of the same memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN } from '../../src/dossier/vocabulary.js';
import { PreviousDossiers, PreviousDossiersBuilder, type ComparedDossier } from '../../src/estimate/previous-dossiers.js';

const dossierArb = (id: fc.Arbitrary<string>) =>
  fc.record({
    dossier_id: id,
    leeftijdsgroep: fc.constantFrom(...LEEFTIJDSGROEPEN),
    uitkeringsduur: fc.constantFrom(...UITKERINGSDUREN),
    profiel: fc.constantFrom(1, 2, 3, 4, null),
    profiel_analist: fc.constantFrom(1, 2, 3, 4, null),
    regel: fc.constantFrom('R1', 'R2', 'R3a', null),
  }) as fc.Arbitrary<ComparedDossier>;

const seal = (list: readonly ComparedDossier[]) => {
  const builder = new PreviousDossiersBuilder();
  for (const d of list) builder.add(d);
  return builder.seal();
};

describe('PreviousDossiers', () => {
  it('gives every dossier back as it went in, and finds exactly its ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(dossierArb(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' })), { selector: (d) => d.dossier_id, maxLength: 300 }), fc.array(fc.string({ maxLength: 40 })), (list, others) => {
        const { dossiers, duplicates } = seal(list);
        expect(duplicates).toEqual([]);
        expect(dossiers.size).toBe(list.length);
        list.forEach((d, i) => {
          expect(dossiers.get(i)).toEqual(d);
          expect(dossiers.indexOf(d.dossier_id)).toBe(i);
        });
        const ids = new Set(list.map((d) => d.dossier_id));
        for (const id of others) if (!ids.has(id)) expect(dossiers.indexOf(id)).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });

  it('tells ids apart that differ in case or in one character, among 200,000', () => {
    const list = Array.from({ length: 200_000 }, (_, i): ComparedDossier => ({ dossier_id: `hlm-${i.toString(16).padStart(12, '0')}`, leeftijdsgroep: '27-55', uitkeringsduur: '1-5', profiel: 3, profiel_analist: null, regel: null }));
    const { dossiers } = seal(list);
    expect(dossiers.indexOf('hlm-00000000abcd')).toBe(0xabcd);
    expect(dossiers.indexOf('HLM-00000000abcd')).toBe(-1);
    expect(dossiers.indexOf('hlm-00000000abcè')).toBe(-1);
    expect(dossiers.indexOf(`hlm-${(200_000).toString(16).padStart(12, '0')}`)).toBe(-1);
  });

  it('grows past the count the file gave (ids longer than reserved, more dossiers than said), and keeps to a larger count', () => {
    const d = { leeftijdsgroep: '<27', uitkeringsduur: '1-5', profiel: 2, profiel_analist: 3, regel: 'R2' } as const;
    const list = Array.from({ length: 3_000 }, (_, i): ComparedDossier => ({ ...d, dossier_id: `${'ë'.repeat(i % 90)}-${i}` }));
    for (const expected of [2, 3_000, 50_000]) {
      const builder = new PreviousDossiersBuilder(expected);
      for (const x of list) builder.add(x);
      const { dossiers, duplicates } = builder.seal();
      expect(duplicates).toEqual([]);
      expect(dossiers.size).toBe(3_000);
      expect([0, 1_234, 2_999].map((i) => dossiers.get(i))).toEqual([list[0], list[1_234], list[2_999]]);
      expect(dossiers.indexOf(list[2_345]!.dossier_id)).toBe(2_345);
    }
  });

  it('reports an id that occurs twice', () => {
    const d = { leeftijdsgroep: '<27', uitkeringsduur: '<1', profiel: 1, profiel_analist: 1, regel: 'R1' } as const;
    expect(seal([{ ...d, dossier_id: 'A' }, { ...d, dossier_id: 'B' }, { ...d, dossier_id: 'A' }]).duplicates).toEqual(['A']);
  });

  it('shares its memory: a second view (a worker\'s) finds the same ids and sees the same marks', () => {
    const d = { leeftijdsgroep: '55+', uitkeringsduur: '>5', profiel: 4, profiel_analist: null, regel: null } as const;
    const { dossiers } = seal(['Zoë', 'Jan', 'Ünal'].map((dossier_id) => ({ ...d, dossier_id })));
    const other = new PreviousDossiers(structuredClone(dossiers.shared));
    expect(other.indexOf('Ünal')).toBe(2);
    other.match(1);
    expect([0, 1, 2].map((i) => dossiers.isMatched(i))).toEqual([false, true, false]);
  });
});
