// Never lose a file: how results reach the place the user named.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreNeutralised } from '../../src/io/formula.js';
import { checkOutputPath, toCsv, writeAtomically } from '../../src/io/write-output.js';
import { forWork, SAMPLE } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'profiel-uit-'));
const profiel = (args: string[], stdout: 'pipe' | number = 'pipe') =>
  spawnSync(process.execPath, ['bin/profiel', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', stdout, 'pipe'] });

describe('writing a result', () => {
  it('replaces a regular file in one piece, keeping its permissions', async () => {
    const file = join(tmp(), 'telling.json');
    writeFileSync(file, 'oud', { mode: 0o640 });
    await writeAtomically(file, 'nieuw');
    expect(readFileSync(file, 'utf8')).toBe('nieuw');
    expect(lstatSync(file).mode & 0o777).toBe(0o640);
  });

  it('writes pieces as they are made, and when making them fails, leaves the old file and no half one, with the maker\'s error', async () => {
    const dir = tmp();
    const file = join(dir, 'rapport.xlsx');
    writeFileSync(file, 'oud');
    async function* pieces(fail: boolean) {
      for (let i = 0; i < 100; i++) {
        if (fail && i === 50) throw new Error('kapot bij het maken');
        yield Buffer.from(`stuk ${i}\n`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await expect(writeAtomically(file, pieces(true))).rejects.toThrow(/^kapot bij het maken$/);
    expect(readFileSync(file, 'utf8')).toBe('oud');
    expect(readdirSync(dir)).toEqual(['rapport.xlsx']);
    await writeAtomically(file, pieces(false));
    expect(readFileSync(file, 'utf8').split('\n')[99]).toBe('stuk 99');
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'doel.json'), 'oud');
    symlinkSync(join(dir, 'doel.json'), join(dir, 'link.json'));
    await writeAtomically(join(dir, 'link.json'), 'nieuw');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe(join(dir, 'doel.json'));
    expect(readFileSync(join(dir, 'doel.json'), 'utf8')).toBe('nieuw');
  });

  it('writes into a FIFO as it is, without replacing it by a file', () => {
    const dir = tmp();
    const fifo = join(dir, 'pijp');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A reader on the other end, in another process.
    const reader = spawnSync('sh', ['-c', `cat "${fifo}" > "${join(dir, 'gelezen')}" & ${process.execPath} bin/profiel classify ${SAMPLE} --format json --stil --uitvoer "${fifo}"; wait`], { encoding: 'utf8' });
    expect(reader.status).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'gelezen'), 'utf8')).versie).toBe(1);
  }, forWork(1));

  it('writes to /dev/stdout', () => {
    const r = profiel(['classify', SAMPLE, '--format', 'json', '--stil', '--uitvoer', '/dev/stdout']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).invoer.dossiers).toBe(56);
  }, forWork(1));

  it('says in Dutch when the disk or standard output is full, exit 4 (the machine, not the command), and leaves no half file', () => {
    expect(profiel(['classify', SAMPLE, '--uitvoer', '/dev/full'])).toMatchObject({ status: 4, stderr: expect.stringContaining('fout: kan niet schrijven naar /dev/full: de schijf is vol') });
    const full = openSync('/dev/full', 'w');
    try {
      const r = profiel(['classify', SAMPLE], full);
      expect(r.status).toBe(4);
      expect(r.stderr).toContain('fout: kan niet schrijven naar standaarduitvoer: de schijf is vol');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(full);
    }
  }, forWork(1.5));

  it('refuses an output that is an input, however it is spelt', async () => {
    const dir = tmp();
    const input = join(dir, 'export.csv');
    writeFileSync(input, 'x');
    symlinkSync(input, join(dir, 'ook.csv'));
    for (const out of [input, join(dir, '.', 'export.csv'), join(dir, 'ook.csv')]) {
      await expect(checkOutputPath(out, [input])).rejects.toThrow(/is hetzelfde bestand als de invoer/);
    }
    await expect(checkOutputPath(join(dir, 'ander.csv'), [input])).resolves.toBeUndefined();
    await expect(checkOutputPath(dir, [input])).rejects.toThrow(/dit is een map/);
  });
});

describe('CSV that a spreadsheet cannot run', () => {
  it('neutralises text cells that start like a formula (also full-width), and only those; reading takes the apostrophe off', () => {
    const texts = ['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\rx', '＝1+1', '＋31', '－2', '＠SUM(A1)', 'J01', '1-5', 'a=b'];
    const written = toCsv(['tekst'], texts.map((t) => [t])).split('\n').slice(1, -1);
    expect(written).toEqual(["'=1+1", "'+31", "'-2", "'@SUM(A1)", "'\tx", '"\'\rx"', "'＝1+1", "'＋31", "'－2", "'＠SUM(A1)", 'J01', '1-5', 'a=b']);
    expect(written.map((w) => restoreNeutralised(w.replace(/^"|"$/g, '')))).toEqual(texts);
    expect(toCsv(['id', 'n'], [['=HYPERLINK("x")', -2]])).toBe('id,n\n"\'=HYPERLINK(""x"")",-2\n');
  });
});

describe('a run stopped while it writes', () => {
  // In a process of its own: the signal is what is tested. The writer gets pieces without end, a
  // few milliseconds apart, so the signal always comes while the temporary file is open.
  const writeForever = (file: string) => `
    import { writeAtomically } from ${JSON.stringify(new URL('../../dist/io/write-output.js', import.meta.url).href)};
    async function* pieces() { for (;;) { yield 'x'.repeat(65536); await new Promise((r) => setTimeout(r, 2)); } }
    await writeAtomically(${JSON.stringify(file)}, pieces());`;

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('removes its temporary file on %s and exits %i, leaving the old file', async (signal, code) => {
    const dir = tmp();
    const file = join(dir, 'rapport.html');
    writeFileSync(file, 'oud');
    const child = spawn(process.execPath, ['--input-type=module', '-e', writeForever(file)], { stdio: 'ignore' });
    const temporary = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    const exited = once(child, 'exit');
    try {
      // Until the temporary file is there and growing.
      while (temporary().length === 0 || lstatSync(join(dir, temporary()[0]!)).size < 1 << 20) await new Promise((r) => setTimeout(r, 20));
      child.kill(signal);
      const [exitCode] = await exited;
      expect(exitCode).toBe(code);
    } finally {
      child.kill('SIGKILL'); // a writer that did not stop must not fill the disk
    }
    expect(readdirSync(dir)).toEqual(['rapport.html']);
    expect(readFileSync(file, 'utf8')).toBe('oud');
  }, forWork(2));
});

