// Where two threads split a file, and the hash of the second part's bytes.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashRest, planSegments } from '../../src/count/segments.js';

describe('hashRest', () => {
  it('hashes exactly the bytes of the planned part, not what was appended since', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'profiel-deel-')), 'd.csv');
    const planned = Buffer.from('dossier_id\nA\nB\nC\n');
    writeFileSync(file, Buffer.concat([planned, Buffer.from('D\nE\n')]));
    const hash = createHash('sha256');
    expect(hashRest(file, 11, planned.length, hash)).toBe(planned.length - 11);
    expect(hash.digest('hex')).toBe(createHash('sha256').update(planned.subarray(11)).digest('hex'));
  });
});

describe('planSegments', () => {
  const fileOf = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'profiel-splits-')), 'd.csv');
    writeFileSync(file, text);
    return file;
  };

  it('splits at the first line end past the share that is outside a quoted field, with its line number', () => {
    // Line 3 holds a quoted line break: the line ends inside it are no record boundary.
    const text = 'dossier_id,opmerking\nA,kort\nB,"een\nlange\nopmerking"\nC,kort\nD,kort\n';
    const quoted = text.indexOf('"een');
    const [first, second] = planSegments(fileOf(text), text.length, quoted / text.length)!;
    expect(first).toMatchObject({ start: 0, end: text.indexOf('C,kort'), firstLine: 1 });
    expect(second).toMatchObject({ start: text.indexOf('C,kort'), end: text.length, firstLine: 6 });
    expect(first.header.toString()).toBe('dossier_id,opmerking');
  });

  it('reads in one piece what it cannot split safely: a lone CR before the boundary, or no boundary after the share', () => {
    const lone = 'dossier_id,x\nA,1\rB,2\nC,3\nD,4\n';
    expect(planSegments(fileOf(lone), lone.length, 0.5)).toBeUndefined();
    const open = 'dossier_id,x\nA,"1\nB,2\nC,3\n';
    expect(planSegments(fileOf(open), open.length, 0.6)).toBeUndefined();
  });
});
