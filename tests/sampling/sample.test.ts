// A draw from any frame: the sample holds exactly the allocation of each stratum, every drawn
// client once and from its own stratum, none of those left out; the record's weights are N_h/n_h.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientIn, forWork } from '../helpers.js';
import { STRATA, smallestSample } from '../../src/sampling/allocation.js';
import { byCodeUnit } from '../../src/sampling/draw.js';
import { ClientFrame, drawSample } from '../../src/sampling/sample.js';
import { WORST_CASE } from '../../src/sampling/shares.js';


describe("the frame's order for the draw (ClientFrame.byId)", () => {
  it('sorts clients by id as strings compare, in the packed bytes or, with a character from U+E000 on, as strings', () => {
    for (const ids of [['b2', 'B1', 'a10', 'a9', 'é', 'e'], ['z', '\uffff', '\u{10000}', '\ue000', 'a']]) {
      const frame = new ClientFrame();
      for (const id of ids) frame.add(clientIn(id, 4));
      const order = Array.from(ids, (_, i) => i).sort(frame.byId(4));
      expect(order.map((i) => frame.id(4, i))).toEqual([...ids].sort(byCodeUnit));
    }
  });
});

describe('the frame keeps what the sample file needs', () => {
  it('gives back each client as added, also durations beyond two bytes', () => {
    const frame = new ClientFrame();
    const months = [0, 84, 65_535, 65_536, 5_000_000_000, 120];
    months.forEach((m, i) => frame.add({ ...clientIn(`K${i}`, 2), uitkeringsduur_maanden: m }));
    expect(months.map((_, i) => frame.unit(2, i).uitkeringsduur_maanden)).toEqual(months);
    expect(frame.unit(2, 0)).toEqual({ dossier_id: 'K0', leeftijd: 22, uitkeringsduur_maanden: 0, stratum: 2 });
  });
});

describe('drawSample', () => {
  it('draws the allocation, each client once, from its stratum, never one left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(40), { minLength: 9, maxLength: 9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 2 ** 32 - 1 }),
        fc.nat(2),
        (Ns, fraction, zaad, minimum) => {
          const excluded = new Set<string>();
          const frame = new ClientFrame(excluded);
          Ns.forEach((N, h) => {
            for (let i = 0; i < N + 2; i++) {
              const id = `S${h}-${i}`;
              // Two clients per stratum were screened before.
              if (i < 2) excluded.add(id);
              frame.add(clientIn(id, h));
            }
          });
          const least = smallestSample(Ns.map((N, h) => ({ ...STRATA[h]!, N })), minimum);
          const total = Ns.reduce((a, b) => a + b, 0);
          if (total === 0) return;
          const aantal = Math.max(1, least + Math.round(fraction * (total - least)));
          if (aantal > total) return;
          const sample = drawSample(frame, { bestand: 'lijst.csv', sha256: 'x', uitsluitlijsten: ['eerder.csv'] }, { grootte: { aantal }, toewijzing: 'proportioneel', minimum, zaad, shares: WORST_CASE }, 'test');
          expect(sample.units).toHaveLength(aantal);
          expect(new Set(sample.units.map((u) => u.dossier_id)).size).toBe(aantal);
          sample.record.strata.forEach((s, h) => {
            const drawn = sample.units.filter((u) => u.stratum === h);
            expect(drawn).toHaveLength(s.steekproef);
            expect(drawn.every((u) => u.dossier_id.startsWith(`S${h}-`) && !excluded.has(u.dossier_id))).toBe(true);
            expect([s.lijst, s.uitgesloten, s.populatie]).toEqual([Ns[h]! + 2, 2, Ns[h]]);
            expect(s.gewicht).toBe(s.steekproef > 0 ? Ns[h]! / s.steekproef : null);
          });
          expect(sample.population.strata.map((s) => s.aantal)).toEqual(Ns);
        },
      ),
      { numRuns: 200 },
    );
  }, forWork(0.6));
});
