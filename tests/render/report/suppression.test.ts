// --min-cel on generated tables: every small count hidden, and no hidden count the only hidden one
// in a row or column whose total is shown (it could be worked out from the total and the rest).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridLines, suppress } from '../../../src/render/report/suppression.js';

const gridArb = fc.record({
  rows: fc.integer({ min: 1, max: 8 }),
  columns: fc.integer({ min: 1, max: 6 }),
  min: fc.integer({ min: 2, max: 10 }),
  shown: fc.record({ rows: fc.boolean(), columns: fc.boolean() }),
}).chain(({ rows, columns, min, shown }) =>
  fc.array(fc.array(fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 40 }) }), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }).map((values) => ({ values, min, shown })),
);

describe('suppress', () => {
  it('hides every count from 1 to min − 1, and leaves no line with a shown total with exactly one hidden count', () => {
    fc.assert(
      fc.property(gridArb, ({ values, min, shown }) => {
        const lines = gridLines(values.length, values[0]!.length, shown);
        const { hidden, primair, secundair } = suppress(values, lines, min);
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            expect(hidden[r]![c] === 'primair').toBe(v > 0 && v < min);
          }),
        );
        for (const line of lines) expect(line.filter(([r, c]) => hidden[r]![c] !== null).length).not.toBe(1);
        expect(primair + secundair).toBe(hidden.flat().filter((h) => h !== null).length);
      }),
      { numRuns: 500 },
    );
  });

  it('hides the smallest other count of the line, not more', () => {
    // Column total shown: the 2 alone would be 12 − 10 = 2; the 3 (the smallest other) goes with it.
    const { hidden, secundair } = suppress([[2], [3], [7]], gridLines(3, 1, { rows: false, columns: true }), 3);
    expect(hidden.flat()).toEqual(['primair', 'secundair', null]);
    expect(secundair).toBe(1);
  });

  it('hides nothing with min 0, and nothing more where no total is shown', () => {
    expect(suppress([[1, 2]], gridLines(1, 2, { rows: true, columns: true }), 0).hidden.flat()).toEqual([null, null]);
    expect(suppress([[1, 9]], [], 5).hidden.flat()).toEqual(['primair', null]);
  });
});
