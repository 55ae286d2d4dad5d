import { describe, expect, it } from 'vitest';
import { FoldedIndex } from '../../src/dossier/id-index.js';

describe('the id index', () => {
  it('finds each of 100,000 ids with its line and first spelling, and no id it was not given', () => {
    const index = new FoldedIndex();
    const id = (i: number) => `Dossier-${(i * 2654435761) % 4294967291}-${i}`;
    for (let i = 0; i < 100_000; i++) index.add(id(i), id(i).toLowerCase(), i + 2);
    for (const i of [0, 1, 4095, 4096, 65_535, 99_999]) {
      const entry = index.find(id(i).toLowerCase());
      expect(entry).toBeGreaterThanOrEqual(0);
      expect([index.spelling(entry), index.lineOf(entry)]).toEqual([id(i), i + 2]);
    }
    expect(index.find('dossier-0-100000')).toBe(-1);
    expect(index.find(id(7))).toBe(-1); // keys are the lower-case forms
  });

  it('keeps spellings outside ASCII exactly', () => {
    const index = new FoldedIndex();
    index.add('Zoë-Ünal-ß', 'zoë-ünal-ß', 9);
    const entry = index.find('ZOË-ÜNAL-ß'.toLowerCase());
    expect(index.spelling(entry)).toBe('Zoë-Ünal-ß');
    expect(index.lineOf(entry)).toBe(9);
  });
});
