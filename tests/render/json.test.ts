import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, jsonText } from '../../src/render/json.js';

const joined = (value: unknown) => [...jsonPieces(value)].join('');

describe('JSON in pieces', () => {
  it("gives JSON.stringify's text exactly, for what it treats specially too", () => {
    const cases: unknown[] = [1, 'a', null, true, [], {}, [undefined, () => 1, NaN, -0, Infinity], { a: undefined, b: [1, { c: [] }], d: new Date(0), e: 'é"\n\u2028' }, [, 1], { toJSON: () => ({ x: [1] }) }, { f: () => 1, s: Symbol('x') }];
    for (const value of cases) expect(joined(value)).toBe(jsonText(value));
  });

  it('gives the same text as JSON.stringify for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => joined(value) === jsonText(value)), { numRuns: 500 });
  });

  it('hands a large list out in pieces of about 64 K characters', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `id-${i.toString(16).padStart(13, '0')}`);
    const pieces = [...jsonPieces({ overeenstemming: { verschillen: ids } })];
    expect(pieces.length).toBeGreaterThan(30);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70_000);
    expect(pieces.join('')).toBe(jsonText({ overeenstemming: { verschillen: ids } }));
  });
});
