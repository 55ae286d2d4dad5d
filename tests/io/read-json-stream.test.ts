// Last month's count, streamed: the keys asked for as JSON.parse gives them, the long list item by
// item, and damaged files refused with the line and column a person can find.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonReadError } from '../../src/io/read-json.js';
import { streamJsonFile } from '../../src/io/read-json-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'profiel-json-'));
let n = 0;
const write = (text: string | Buffer) => {
  const file = join(dir, `${n++}.json`);
  writeFileSync(file, text);
  return file;
};
const reasonsOf = async (text: string) => {
  try {
    await streamJsonFile(write(text), { keys: ['a', 'b'], items: { lijst: () => undefined }, maxDepth: 8 });
  } catch (error) {
    if (error instanceof JsonReadError) return error.reasons;
    throw error;
  }
  return [];
};

describe('streamJsonFile', () => {
  it('keeps the keys asked for as JSON.parse gives them, and hands on the list item by item', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'é'), fc.jsonValue({ maxDepth: 4 })), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 20 }), fc.boolean(), async (object, list, pretty) => {
        const text = JSON.stringify({ ...object, lijst: list }, null, pretty ? 2 : undefined);
        const items: unknown[] = [];
        const kept = await streamJsonFile(write(text), { keys: ['a', 'b', 'é'], items: { lijst: (item, i) => items.push([i, item]) }, maxDepth: 8 });
        const parsed = JSON.parse(text);
        expect(kept).toEqual(Object.fromEntries(['a', 'b', 'é'].filter((k) => k in parsed).map((k) => [k, parsed[k]])));
        expect(items).toEqual(parsed.lijst.map((item: unknown, i: number) => [i, item]));
      }),
      { numRuns: 200 },
    );
  });

  it('reads past a byte-order mark, and gives the keys read before an item to it', async () => {
    const seen: unknown[] = [];
    const file = write(`\uFEFF${JSON.stringify({ invoer: { dossiers: 2 }, lijst: [1, 2], na: 3 })}`);
    const kept = await streamJsonFile(file, { keys: ['invoer', 'na'], items: { lijst: (_item, _i, before) => seen.push({ ...before }) }, maxDepth: 4 });
    expect(kept).toEqual({ invoer: { dossiers: 2 }, na: 3 });
    expect(seen).toEqual([{ invoer: { dossiers: 2 } }, { invoer: { dossiers: 2 } }]);
  });

  it.each([
    ['{"a": 1,\n "b": [1,2,],}', 'geen geldige JSON op regel 2, kolom 12: hier hoort een waarde (of er staat een komma te veel)'],
    ['{"a": 1,}', 'geen geldige JSON op regel 1, kolom 9: hier hoort een naam tussen dubbele aanhalingstekens (of er staat een komma te veel)'],
    ['{"a": 1\n "b": 2}', 'geen geldige JSON op regel 2, kolom 2: hier hoort een komma of }'],
    ['{"a": [1 2]}', 'geen geldige JSON op regel 1, kolom 10: hier hoort een komma of ]'],
    ['{"versie": 1, "invoer": ', 'geen geldige JSON op regel 1, kolom 25: het bestand houdt midden in op (een } of ] ontbreekt)'],
    ['{"a": 1} x', 'geen geldige JSON op regel 1, kolom 10: na het einde van de gegevens staat nog iets'],
    ['{a: 1}', 'geen geldige JSON op regel 1, kolom 2: onverwacht teken "a"'],
    ['{"a": "x\ny"}', 'geen geldige JSON op regel 1, kolom 9: een regeleinde of tab binnen een tekst tussen aanhalingstekens'],
    ['{"a": "ë",\n  "b": tru}', 'geen geldige JSON op regel 2, kolom 11: onverwacht teken "}"'],
    ['[1, 2]', '(bestand): verwacht een object'],
    ['42', '(bestand): verwacht een object'],
    ['  \n', 'het bestand is leeg'],
    [`{"a": ${'['.repeat(20)}${']'.repeat(20)}}`, 'de gegevens zijn dieper genest dan 8 niveaus'],
  ])('refuses %j: %s', async (text, reason) => {
    expect(await reasonsOf(text)).toEqual([reason]);
  });

  it('says a path that cannot be opened is the path, not the content', async () => {
    const error = await streamJsonFile(join(dir, 'bestaat-niet.json'), { keys: [], maxDepth: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JsonReadError);
    expect([(error as JsonReadError).pathFailed, (error as JsonReadError).reasons]).toEqual([true, ['bestand niet gevonden']]);
  });
});
