import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/render/progress.js';

/** A terminal that records what is written, and a clock the test moves. */
function terminal(isTTY = true) {
  const written: string[] = [];
  let ms = 10_000;
  return { target: { isTTY, write: (t: string) => written.push(t) }, written, clock: () => ms, advance: (by: number) => (ms += by) };
}
const plain = (t: string) => t.replace(/\x1b\[[0-9;]*m/g, '');

describe('the progress line', () => {
  it('is quiet for the first second, then says lines and lines per second, at most four times a second', () => {
    const t = terminal();
    const progress = progressLine(t.target, t.clock)!;
    t.advance(900);
    progress.update(90_000);
    expect(t.written).toEqual([]);
    t.advance(600); // 1.5 s
    progress.update(150_000);
    expect(t.written.map(plain)).toEqual(['\rgelezen: 150.000 regels (100.000 per seconde)\x1b[K']);
    t.advance(100);
    progress.update(160_000);
    expect(t.written).toHaveLength(1);
    t.advance(400); // 2 s
    progress.update(200_000);
    expect(plain(t.written[1]!)).toBe('\rgelezen: 200.000 regels (100.000 per seconde)\x1b[K');
    progress.done();
    expect(t.written[2]).toBe('\r\x1b[K');
  });

  it('leaves nothing behind when the read took less than a second', () => {
    const t = terminal();
    const progress = progressLine(t.target, t.clock)!;
    t.advance(500);
    progress.update(8192);
    progress.done();
    expect(t.written).toEqual([]);
  });

  it('is never shown where standard error is not a terminal (a file, a pipe, a log)', () => {
    expect(progressLine(terminal(false).target)).toBeUndefined();
  });
});
