import { describe, expect, it } from 'vitest';
import { StringList } from '../../src/io/string-list.js';

describe('a list of strings kept as bytes', () => {
  it('gives back every string as pushed, past its first buffer, also after packing and pushing more', () => {
    const list = new StringList();
    const words = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? `Zoë-${i}` : i % 11 === 0 ? '' : `id-${i.toString(36)}-${'x'.repeat(i % 40)}`));
    for (const w of words) list.push(w);
    expect(list.size).toBe(words.length);
    expect(list.toArray()).toEqual(words);
    const copy = StringList.of(list.packed());
    expect(copy.get(0)).toBe(words[0]);
    expect(copy.get(19_999)).toBe(words[19_999]);
    // A list made of a packed one grows on past what it was given.
    copy.push('daarna');
    expect(copy.toArray()).toEqual([...words, 'daarna']);
    expect(StringList.of(new StringList().packed()).toArray()).toEqual([]);
  });
});
