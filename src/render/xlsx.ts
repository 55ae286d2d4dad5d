// The report as one Excel workbook: the accounting on the first sheet, then a sheet per table.
// Numbers are stored as numbers (so no decimal comma or ';' question arises) with a display
// format; a marker and interval go into the cell's note. Loads exceljs.
import ExcelJS from 'exceljs';
import { VERSION } from '../version.js';
import { cellText, type ReportDocument, type Table } from './document.js';

const FORMAT = ['0', '0.0', '0.00'];

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `profiel ${VERSION}`;
  const front = wb.addWorksheet('Verantwoording');
  const lines = [doc.titel, doc.ondertitel, '', ...doc.secties.flatMap((s) => s.blokken.flatMap((b) => ('tekst' in b && s.id === 'verantwoording' ? b.tekst : [])))];
  lines.forEach((line, i) => (front.getCell(i + 1, 1).value = line));
  front.getCell(1, 1).font = { bold: true, size: 14 };
  front.getColumn(1).width = 120;
  for (const section of doc.secties) {
    for (const block of section.blokken) if ('tabel' in block) addSheet(wb, block.tabel);
    const list = section.blokken.filter((b): b is { lijst: string[] } => 'lijst' in b).flatMap((b) => b.lijst);
    if (section.id === 'methode') addList(wb, 'Waarschuwingen en aannames', list);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: ExcelJS.Workbook, t: Table): void {
  const ws = wb.addWorksheet(t.id, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.addRow(t.kolommen);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  for (const row of t.rijen) {
    const added = ws.addRow(row.map((c) => (c === null ? null : typeof c === 'string' ? c : c.getal)));
    row.forEach((c, i) => {
      if (c === null || typeof c === 'string') return;
      const cell = added.getCell(i + 1);
      cell.numFmt = FORMAT[c.decimalen] ?? '0.00';
      if (c.toelichting) cell.note = c.toelichting;
    });
  }
  if (t.noten.length) {
    ws.addRow([]);
    for (const note of t.noten) ws.addRow([note]);
  }
  // Widths that fit the header and the values as shown (notes may run over).
  t.kolommen.forEach((k, i) => {
    const longest = Math.max(k.length, ...t.rijen.map((r) => cellText(r[i] ?? null).length));
    ws.getColumn(i + 1).width = Math.min(Math.max(longest + 2, 8), 60);
  });
}

function addList(wb: ExcelJS.Workbook, name: string, items: readonly string[]): void {
  const ws = wb.addWorksheet(name);
  items.forEach((item, i) => (ws.getCell(i + 1, 1).value = item));
  ws.getColumn(1).width = 140;
}
