// The terminal's tables.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { MAX_TABLE_ROWS, table } from '../../src/render/style.js';

describe('a table on the screen', () => {
  it('never cuts a dossier id: its first column is as wide as the longest', () => {
    const lines = table(['Dossier', 'Profiel'], [['HLM-99999-ABCDEFGHIJKLMNOPQRSTUVWXYZ', '1'], ['HLM-99999-ABCDEFGHIJKLMNOPQRSTUVWXYZ-2', '2']], null).split('\n');
    expect(lines.some((l) => l.includes('HLM-99999-ABCDEFGHIJKLMNOPQRSTUVWXYZ-2'))).toBe(true);
  });

  it('refuses a list too long for the screen with advice, instead of failing inside cli-table3', () => {
    const rows = Array.from({ length: MAX_TABLE_ROWS + 1 }, (_, i) => [`HLM-${i}`, '1']);
    const refused = (() => {
      try {
        table(['Dossier', 'Profiel'], rows, null);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).kind).toBe('gebruik');
    expect((refused as UserError).lines[0]).toBe('een lijst van 10001 regels past niet in een tabel op het scherm (ten hoogste 10000): schrijf haar naar een bestand met --format json en --uitvoer');
  });
});
