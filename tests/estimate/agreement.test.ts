import { describe, expect, it } from 'vitest';
import { agreement, AgreementTally, cohensKappa, Differences } from '../../src/estimate/agreement.js';
import type { Profiel } from '../../src/dossier/vocabulary.js';

describe("Cohen's kappa", () => {
  it('equals the published worked example: 50 proposals, 20 / 5 / 10 / 15 → 0.4', () => {
    // Wikipedia "Cohen's kappa"; R psych::cohen.kappa gives se 0.1269960629 for it.
    const k = cohensKappa([
      [20, 5],
      [10, 15],
    ])!;
    expect(k.kappa).toBeCloseTo(0.4, 12);
    expect(k.se).toBeCloseTo(0.1269960629, 9);
  });

  it("equals R psych::cohen.kappa on the sample, where rules and analyst disagree on 18 of 56", () => {
    // The sample's cross table (scripts/r-reference.R): rules 1..4, onbepaald × analyst 1..4.
    const cells: [Profiel | null, Profiel, number][] = [
      [1, 1, 8], [1, 2, 1], [1, 3, 2], [2, 2, 8], [3, 3, 17], [3, 4, 1], [4, 4, 5], [null, 1, 2], [null, 2, 2], [null, 3, 6], [null, 4, 4],
    ];
    const pairs = cells.flatMap(([regels, analist, n]) => Array.from({ length: n }, (_, i) => ({ dossier_id: `${regels}-${analist}-${i}`, regels, analist })));
    const a = agreement(pairs);
    expect([a.dossiers, a.gelijk]).toEqual([56, 38]);
    expect(a.percentage).toBeCloseTo((100 * 38) / 56, 12);
    expect(a.kappa).toBeCloseTo(0.5865463495, 9);
    expect(a.kappa_interval95![0]).toBeCloseTo(0.4435662, 6);
    expect(a.kappa_interval95![1]).toBeCloseTo(0.7295265, 6);
    expect(a.kruistabel).toHaveLength(5 * 4);
    expect(a.kruistabel.find((c) => c.regels === null && c.analist === 3)!.aantal).toBe(6);
    expect(a.verschillen).toHaveLength(18);
  });

  it('is undefined when both put everything in one category', () => {
    expect(cohensKappa([[7, 0], [0, 0]])).toBeNull();
    expect(agreement([{ dossier_id: 'A', regels: 2, analist: 2 }]).kappa).toBeNull();
  });
});

describe('the differences the working copy lists', () => {
  it('keeps each differing dossier with both profiles, in the order of the export, also over two parts', () => {
    const first = new AgreementTally();
    const second = new AgreementTally();
    first.add('A', 1, 1);
    first.add('B', null, 4);
    first.add('C', 3, 2);
    second.add('D', 2, 2);
    second.add('É-5', 4, 1);
    const whole = AgreementTally.of(first.counts());
    whole.absorb(second.counts());
    const d = Differences.of(whole.counts())!;
    expect(Array.from({ length: d.size }, (_, i) => d.at(i))).toEqual([
      { dossier_id: 'B', regels: null, analist: 4 },
      { dossier_id: 'C', regels: 3, analist: 2 },
      { dossier_id: 'É-5', regels: 4, analist: 1 },
    ]);
    // The same as the figures' list.
    expect(whole.result().verschillen).toEqual(['B', 'C', 'É-5']);
  });

  it('counts the same without keeping the ids, when a run does not need them (recount)', () => {
    const kept = new AgreementTally();
    const counted = new AgreementTally(false);
    for (const t of [kept, counted]) [['A', 1, 1], ['B', null, 4], ['C', 3, 2]].forEach(([id, r, a]) => t.add(id as string, r as 1 | null, a as 1));
    const second = new AgreementTally(false);
    second.add('D', 4, 1);
    counted.absorb(second.counts());
    kept.add('D', 4, 1);
    expect(counted.counts().verschillen).toBeUndefined();
    expect(Differences.of(counted.counts())).toBeUndefined();
    const { verschillen, ...figures } = kept.result();
    expect(verschillen).toEqual(['B', 'C', 'D']);
    expect(AgreementTally.of(counted.counts()).result()).toEqual(figures);
  });
});
