// The hashes of the ids of two parts of an export, read by two threads: any id in both parts (or
// differing in case alone, as the exact index folds it) is found; different ids are not confused.
import { describe, expect, it } from 'vitest';
import { anyHashTwice, IdHashes } from '../../src/dossier/id-hashes.js';

describe('the hashes of two parts of ids', () => {
  const hashesOf = (ids: readonly string[]) => {
    const hashes = new IdHashes();
    for (const id of ids) hashes.add(id);
    return hashes.sorted();
  };
  // Ids as the exports have them: 16 hex digits, a running number, and some with letters and accents.
  const ids = Array.from({ length: 200_000 }, (_, i) => (i % 1000 === 7 ? `Zoë-${i}` : `${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}${i.toString(16).padStart(8, '0')}`));
  const first = ids.slice(0, 100_000);
  const second = ids.slice(100_000);

  it('find no hash twice among 200,000 different ids, and keep every one', () => {
    const a = hashesOf(first);
    expect(a.length).toBe(100_000);
    expect(anyHashTwice(a, hashesOf(second))).toBe(false);
  });

  it('find an id of one part repeated in the other, in either part, and in lower or upper case', () => {
    expect(anyHashTwice(hashesOf(first), hashesOf([...second, first[54_321]!]))).toBe(true);
    expect(anyHashTwice(hashesOf([...first, first[0]!]), hashesOf(second))).toBe(true);
    expect(anyHashTwice(hashesOf(first), hashesOf([...second, second[99_999]!]))).toBe(true);
    expect(anyHashTwice(hashesOf(first), hashesOf([...second, first[12]!.toUpperCase()]))).toBe(true);
    expect(anyHashTwice(hashesOf(first), hashesOf([...second, 'ZOË-7']))).toBe(true);
    expect(anyHashTwice(hashesOf(['zoë-7']), hashesOf(['zoe-7', 'ZOE-7 ', 'zoë-71']))).toBe(false);
  });

  it('grow past the first room and sort an empty part', () => {
    expect(anyHashTwice(hashesOf([]), hashesOf(['a']))).toBe(false);
    expect(hashesOf(Array.from({ length: 5000 }, (_, i) => `id-${i}`)).length).toBe(5000);
  });
});
