// Our Dutch number text is Intl's nl-NL, character for character: Intl is the oracle here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateNl, formatNl } from '../../src/render/number-format.js';

const intl = (minimum: number, maximum: number, grouping: boolean) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: minimum, maximumFractionDigits: maximum, useGrouping: grouping });
const SETTINGS = [
  [0, 0, false],
  [0, 0, true],
  [1, 1, false],
  [2, 2, false],
  [0, 1, false],
] as const;

/** Doubles of every kind the program prints: halves at each decimal, shares, counts, tiny and huge values, negatives and -0. */
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).chain((i) => fc.constantFrom(i + 0.5, i / 10 + 0.05, i / 100 + 0.005, i / 1000, i)),
  fc.constantFrom(0, -0, 1.005, 2.675, 0.125, 999.95, 9.995, 99.5, 1e-7, 1.5e-9, 1e21, 123456789.125, -0.4, -1.5, 0.049999999999999996),
);

describe('formatNl', () => {
  it.each(SETTINGS)('is Intl nl-NL with %i to %i decimals (grouping %s)', (minimum, maximum, grouping) => {
    const oracle = intl(minimum, maximum, grouping);
    fc.assert(fc.property(number, (x) => formatNl(x, minimum, maximum, grouping) === oracle.format(x)), { numRuns: 5000 });
  });

  it('writes the values a reader sees as Intl does', () => {
    expect([formatNl(1234567, 0, 0, true), formatNl(21.6, 1, 1), formatNl(1.005, 2, 2), formatNl(-0.4, 0, 0), formatNl(10, 0, 1)]).toEqual(['1.234.567', '21,6', '1,01', '-0', '10']);
  });
});

describe('dateNl', () => {
  it('is Intl nl-NL dateStyle long', () => {
    const oracle = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        return dateNl(iso) === oracle.format(new Date(`${iso}T00:00:00Z`));
      }),
      { numRuns: 2000 },
    );
  });
});
