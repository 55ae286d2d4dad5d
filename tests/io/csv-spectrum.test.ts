// The reader against csv-spectrum's cases (RFC 4180 corner cases). Not applicable:
// location_coordinates, whose expected JSON is a single object with another phone number than
// its CSV. One deliberate difference: the reader turns every CRLF into LF before parsing (so line
// numbers stay exact), also inside a quoted field, where newlines_crlf expects CRLF kept.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/io/read-table.js';

const root = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
const cases = readdirSync(join(root, 'csvs'))
  .map((f) => f.replace(/\.csv$/, ''))
  .filter((name) => name !== 'location_coordinates');

describe('csv-spectrum', () => {
  it('has the cases we expect', () => expect(cases).toHaveLength(11));

  it.each(cases)('%s', async (name) => {
    const records: Record<string, string>[] = [];
    let header: string[] = [];
    const info = await readTable(`${name}.csv`, { onHeader: (h) => (header = h), onRecord: ({ fields }) => records.push(Object.fromEntries(header.map((h, i) => [h, fields[i]!]))) }, Readable.from([readFileSync(join(root, 'csvs', `${name}.csv`))]));
    expect(info.syntaxError).toBeUndefined();
    const expected = JSON.parse(readFileSync(join(root, 'json', `${name}.json`), 'utf8'), (_k, v: unknown) => (typeof v === 'string' ? v.replace(/\r\n/g, '\n') : v));
    expect(records).toEqual(expected);
  });
});
