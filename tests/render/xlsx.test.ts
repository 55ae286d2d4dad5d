import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderXlsx, xlsxPieces } from '../../src/render/xlsx.js';
import { RowList, type ReportDocument } from '../../src/render/report/model.js';
import { workbookSheets } from './tables.js';

const ROWS = 30_000;

/** A working copy with a long list of differing dossiers, whose rows are counted as they are made. */
function longList(): { doc: ReportDocument; made: () => number } {
  let made = 0;
  const rijen = new RowList(ROWS, (i) => {
    made++;
    return [`dossier-${i}`, String(1 + (i % 4))];
  });
  const doc: ReportDocument = {
    titel: 'Klantprofielen',
    ondertitel: 'werkversie',
    werkversie: true,
    datum: '2026-11-01',
    secties: [{ id: 'kernpunten', titel: 'Kernpunten', blokken: [{ lijst: ['22% arbeidsactivering'] }] }],
    bijlagen: [{ id: 'b', titel: 'Bijlage 1. Verschillen', blokken: [{ tabel: { id: 'Verschillen', titel: 'Verschillen', kolommen: ['Dossier', 'Profiel'], rijen, noten: [] } }] }],
  };
  return { doc, made: () => made };
}

describe('the workbook in pieces', () => {
  it('goes out while the list is being written, not after: the rows are made once to size the columns, then a piece at a time', async () => {
    const { doc, made } = longList();
    const pieces: Buffer[] = [];
    const madeAtPiece: number[] = [];
    for await (const piece of xlsxPieces(doc)) {
      pieces.push(piece);
      madeAtPiece.push(made());
    }
    expect(made()).toBe(2 * ROWS);
    // Pieces arrived while the second pass over the rows (the writing) was under way.
    expect(madeAtPiece.filter((n) => n > ROWS + 1000 && n < 2 * ROWS - 1000).length).toBeGreaterThan(5);
    const sheets = await workbookSheets(Buffer.concat(pieces));
    const list = sheets.get('B1 Verschillen')!;
    expect(list[0]).toEqual(['Werkversie — niet openbaar']);
    expect(list[1]).toEqual(['Dossier', 'Profiel']);
    expect(list.length).toBe(ROWS + 2);
    expect(list.at(-1)).toEqual(['dossier-29999', '4']);
  }, 60_000);

  it('dates every entry of the zip by the document, not by the moment of writing', async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(longList().doc));
    const entries = Object.values(zip.files);
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet2.xml');
    // A zip's times have no time zone: written and read back as UTC, so the file is the same in every one.
    for (const entry of entries) expect(entry.date.toISOString(), entry.name).toBe('2026-11-01T00:00:00.000Z');
  }, 60_000);
});
