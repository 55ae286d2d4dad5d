import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

  it('packs to exactly what it holds (a message copies whole buffers), and appends another packed list after its own', () => {
    const first = new StringList();
    const second = new StringList();
    const words = Array.from({ length: 3_000 }, (_, i) => (i % 5 === 0 ? `É-${i}` : `d${i}`));
    words.forEach((w, i) => (i < 1_000 ? first : second).push(w));
    const packed = second.packed();
    const bytes = words.slice(1_000).reduce((n, w) => n + Buffer.byteLength(w), 0);
    expect([packed.bytes.buffer.byteLength, packed.ends.buffer.byteLength]).toEqual([bytes, 4 * 2_000]);
    // Sent to another thread as a message is: a structured clone.
    first.append(structuredClone(packed));
    expect(first.toArray()).toEqual(words);
    first.push('daarna');
    expect(first.get(3_000)).toBe('daarna');
    const empty = new StringList();
    empty.append(new StringList().packed());
    empty.append(first.packed());
    expect(empty.toArray()).toEqual([...words, 'daarna']);
  });
});

describe('comparing in the bytes', () => {
  // Ids of ASCII, accents, and the characters where UTF-8 and UTF-16 order differ (U+E000 on, and beyond U+FFFF).
  const id = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'B', '0', '-', 'é', 'ü', '\u4e2d', '\ue000', '\uffff', '\u{10000}', '\u{1f600}') });
  const sign = (x: number) => Math.sign(x);

  it('orders as strings do wherever bytesOrderAsStrings says so, and says so exactly when no character is from U+E000 on', () => {
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 30 }), (ids) => {
        const list = new StringList();
        for (const s of ids) list.push(s);
        const safe = list.bytesOrderAsStrings();
        expect(safe).toBe(!ids.some((s) => /[\ue000-\uffff\ud800-\udfff]/.test(s)));
        if (!safe) return;
        for (let i = 0; i < ids.length; i++) for (let j = 0; j < ids.length; j++) expect(sign(list.compareBytes(i, j))).toBe(sign(ids[i]! < ids[j]! ? -1 : ids[i]! > ids[j]! ? 1 : 0));
      }),
      { numRuns: 300 },
    );
  });
});
