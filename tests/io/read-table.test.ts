import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, FileChangedError, readTable, type TableRecord } from '../../src/io/read-table.js';

async function read(chunks: Buffer[]) {
  const records: TableRecord[] = [];
  let header: string[] = [];
  const info = await readTable('t.csv', { onHeader: (h) => (header = h), onRecord: (r) => records.push(r) }, Readable.from(chunks));
  return { info, header, records };
}

describe('readTable', () => {
  it('detects the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"x;y";b,c,d')).toBe(',');
  });

  it('reads UTF-8 with BOM and CRLF, with exact line numbers across quoted line breaks and empty lines', async () => {
    const text = '\uFEFFid;tekst\r\n1;"regel\r\nbreuk"\r\n\r\n2;"zeg ""ja"""\r\n';
    const { info, header, records } = await read([Buffer.from(text)]);
    expect(header).toEqual(['id', 'tekst']);
    expect(info.delimiter).toBe(';');
    expect(info.encoding).toBe('utf-8');
    expect(records).toEqual([
      { line: 2, fields: ['1', 'regel\nbreuk'] },
      { line: 5, fields: ['2', 'zeg "ja"'] },
    ]);
  });

  it('reads Windows-1252 (é, ë, €, curly quotes) even when the first special byte comes late', async () => {
    const ascii = `id\ttekst\n${Array.from({ length: 2000 }, (_, i) => `${i}\tx`).join('\n')}\n`;
    const tail = iconv.encode('9999\tcafé ëën € “ja”\n', 'win1252');
    const bytes = Buffer.concat([Buffer.from(ascii), tail]);
    // Split mid-way so the decision falls in a later chunk.
    const { info, records } = await read([bytes.subarray(0, 5000), bytes.subarray(5000)]);
    expect(info.encoding).toBe('windows-1252');
    expect(records.at(-1)).toEqual({ line: 2002, fields: ['9999', 'café ëën € “ja”'] });
  });

  it('keeps a UTF-8 character split over two chunks intact', async () => {
    const bytes = Buffer.from('id,naam\n1,één\n');
    const cut = bytes.indexOf(0xc3) + 1;
    const { info, records } = await read([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(info.encoding).toBe('utf-8');
    expect(records[0]!.fields[1]).toBe('één');
  });

  it('reports a broken quote with its line and stops there', async () => {
    const { info, records } = await read([Buffer.from('a,b\n1,2\n3,"x"y\n4,5\n')]);
    expect(records).toHaveLength(1);
    expect(info.syntaxError?.line).toBe(3);
    expect(info.syntaxError?.message).toMatch(/aanhalingsteken/);
  });

  it('hashes the raw bytes and reports an empty file', async () => {
    const { info } = await read([Buffer.from('')]);
    expect(info.syntaxError?.message).toMatch(/leeg/);
    expect(info.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('refuses a file that grows while it is read: its rows and its hash would not belong together', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'profiel-groeit-')), 'd.csv');
    writeFileSync(file, 'dossier_id,leeftijd\nA,30\nB,40\n');
    let appended = false;
    const reading = readTable(file, {
      onHeader: () => undefined,
      onRecord: () => {
        if (!appended) appendFileSync(file, 'C,50\n'.repeat(1000));
        appended = true;
      },
    });
    await expect(reading).rejects.toThrow(FileChangedError);
    await expect(reading).rejects.toThrow(/het bestand veranderde tijdens het lezen/);
  });
});
