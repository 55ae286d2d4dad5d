// A synthetic population with the 2018 strata and known profile counts per stratum, for the
// simulation tests of the draw, the estimator and the plan.
import { buildDesign, countUnits, type Design, type IntervalMethod } from '../../src/estimate/design.js';
import { SCREENING_2018 } from '../../src/estimate/population.js';
import { CATEGORIEEN } from '../../src/estimate/tally.js';
import type { Profiel } from '../../src/dossier/vocabulary.js';
import { STRATA } from '../../src/sampling/allocation.js';
import type { ExpectedShares } from '../../src/sampling/shares.js';

/** Profile shares (1, 2, 3, 4, onbepaald) per stratum, shaped like the adviesnota's bands. */
const SHARES = [
  [0.35, 0.05, 0.45, 0.1, 0.05], [0.3, 0.1, 0.4, 0.15, 0.05], [0, 0, 0, 1, 0],
  [0.2, 0.2, 0.5, 0.05, 0.05], [0.15, 0.2, 0.55, 0.05, 0.05], [0.1, 0.25, 0.5, 0.1, 0.05],
  [0.1, 0.3, 0.15, 0.4, 0.05], [0.05, 0.35, 0.15, 0.4, 0.05], [0.05, 0.3, 0.1, 0.5, 0.05],
];

export interface Client {
  id: string;
  stratum: number;
  profiel: Profiel | null;
}

/** The 606 clients: per stratum, the shares' counts (rounded down, the rest one by one). */
export const CLIENTS: Client[] = STRATA.flatMap((_, h) => {
  const N = SCREENING_2018.strata[h]!.aantal;
  const counts = SHARES[h]!.map((p) => Math.floor(p * N));
  for (let k = 0, rest = N - counts.reduce((a, b) => a + b, 0); rest > 0; k = (k + 1) % counts.length) {
    if (SHARES[h]![k]! > 0) {
      counts[k]!++;
      rest--;
    }
  }
  return counts.flatMap((n, k) => Array.from({ length: n }, (_, i) => ({ id: `K${h}-${k}-${String(i).padStart(3, '0')}`, stratum: h, profiel: CATEGORIEEN[k]! })));
});

export const idsPerStratum = STRATA.map((_, h) => CLIENTS.filter((c) => c.stratum === h).map((c) => c.id));
const byId = new Map(CLIENTS.map((c) => [c.id, c]));

/** The true number of clients per domain (a band, or `totaal`) and profile: `27-55|3`. */
export const TRUTH = new Map<string, number>();
for (const c of CLIENTS) {
  for (const domain of [STRATA[c.stratum]!.leeftijdsgroep, 'totaal']) TRUTH.set(`${domain}|${c.profiel}`, (TRUTH.get(`${domain}|${c.profiel}`) ?? 0) + 1);
}

/** The design of one drawn sample, as classify would build it from the dossiers. */
export function designOf(drawn: readonly (readonly string[])[], method: IntervalMethod): Design<Profiel | null> {
  const units = drawn.flat().map((id) => {
    const c = byId.get(id)!;
    return { ...STRATA[c.stratum]!, categorie: c.profiel };
  });
  return buildDesign(SCREENING_2018, countUnits(units), method);
}

/** The true band shares, as a perfect previous count would give them. */
export const TRUE_SHARES: ExpectedShares = {
  categories: CATEGORIEEN,
  perBand: ['<27', '27-55', '55+'].map((b) => {
    const N = SCREENING_2018.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.aantal, 0);
    return CATEGORIEEN.map((p) => (TRUTH.get(`${b}|${p}`) ?? 0) / N);
  }),
  spreadPerStratum: STRATA.map(() => undefined),
  bron: { soort: 'vorige', bestand: 'de ware aandelen' },
};
