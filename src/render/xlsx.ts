// The report as one Excel workbook: the key points on the first sheet, then a sheet per table
// (those of an appendix named after it: "B2 Kenmerken"). Numbers are stored as numbers with a
// display format, so no decimal comma or ';' question arises; a figure with an interval keeps
// its uncertainty in columns of its own (unrounded value, lower and upper bound, indicative),
// so a table pasted elsewhere still has it. Loads exceljs.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { VERSION } from '../version.js';
import { cellText, WERKVERSIE, type Cell, type ReportDocument, type Table } from './report/model.js';

const FORMAT = ['0', '0.0', '0.00'];

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `profiel ${VERSION}`;
  // The document's date, not the moment of writing: the same input makes the same workbook.
  const datum = new Date(`${doc.datum}T00:00:00Z`);
  wb.created = datum;
  wb.modified = datum;
  const front = wb.addWorksheet('Kernpunten');
  const kern = doc.secties.find((s) => s.id === 'kernpunten');
  const lines = [
    ...(doc.werkversie ? [WERKVERSIE] : []),
    doc.titel,
    doc.ondertitel,
    '',
    ...(kern ? kern.blokken.flatMap((b) => ('lijst' in b ? b.lijst.map((x) => `• ${x}`) : 'tekst' in b ? b.tekst : [])) : []),
  ];
  lines.forEach((line, i) => (front.getCell(i + 1, 1).value = line));
  front.getCell(doc.werkversie ? 2 : 1, 1).font = { bold: true, size: 14 };
  front.getColumn(1).width = 140;
  front.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  mark(front, doc);
  doc.secties.forEach((section) => section.blokken.forEach((b) => 'tabel' in b && addSheet(wb, doc, b.tabel, b.tabel.id)));
  doc.bijlagen.forEach((section, i) => {
    for (const b of section.blokken) if ('tabel' in b) addSheet(wb, doc, b.tabel, `B${i + 1} ${b.tabel.id}`.slice(0, 31));
    const list = section.blokken.filter((b): b is { lijst: string[] } => 'lijst' in b).flatMap((b) => b.lijst);
    if (list.length) addList(wb, doc, `B${i + 1} ${section.titel.replace(/^Bijlage \d+\. /, '')}`.slice(0, 31), list);
  });
  // Stored uncompressed: sameBytes compresses it, once.
  return sameBytes(Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })), datum);
}

/**
 * The workbook's files, in their order, in a zip whose every entry is dated `datum` (exceljs
 * stamps each with the moment of writing, and adds folder entries that a workbook does not need).
 */
async function sameBytes(xlsx: Buffer, datum: Date): Promise<Buffer> {
  const written = await JSZip.loadAsync(xlsx);
  const zip = new JSZip();
  for (const [name, entry] of Object.entries(written.files)) {
    if (!entry.dir) zip.file(name, await entry.async('nodebuffer'), { date: datum, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The working copy says on every sheet, and on every printed page, that it is not public. */
function mark(ws: ExcelJS.Worksheet, doc: ReportDocument): void {
  if (!doc.werkversie) return;
  ws.headerFooter = { oddHeader: `&C&"Arial,Bold"${WERKVERSIE}`, evenHeader: `&C&"Arial,Bold"${WERKVERSIE}` };
}

/** A column of figures with intervals or markers becomes four: value, lower, upper, indicative. */
const uncertain = (t: Table, i: number) => t.rijen.some((r) => {
  const c = r[i];
  return c !== null && c !== undefined && typeof c === 'object' && (c.interval !== undefined || c.markering !== undefined);
});

function addSheet(wb: ExcelJS.Workbook, doc: ReportDocument, t: Table, name: string): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: doc.werkversie ? 2 : 1 }] });
  mark(ws, doc);
  if (doc.werkversie) ws.addRow([WERKVERSIE]).font = { bold: true, color: { argb: 'FF8B0000' } };
  const expand = t.kolommen.map((_, i) => uncertain(t, i));
  const header = ws.addRow(t.kolommen.flatMap((k, i) => (expand[i] ? [k, `${k}: ondergrens`, `${k}: bovengrens`, `${k}: indicatief`] : [k])));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  for (const row of t.rijen) {
    const values: (string | number | null)[] = [];
    const formats: (string | undefined)[] = [];
    const notes: (string | undefined)[] = [];
    row.forEach((c, i) => {
      const format = c !== null && typeof c === 'object' ? (FORMAT[c.decimalen] ?? '0.00') : undefined;
      const value = c === null ? null : typeof c === 'string' ? c : c.getal;
      values.push(value);
      formats.push(format);
      notes.push(c !== null && typeof c === 'object' ? c.toelichting : undefined);
      if (!expand[i]) return;
      const n = c !== null && typeof c === 'object' ? c : undefined;
      values.push(n?.interval?.[0] ?? null, n?.interval?.[1] ?? null, n ? (n.markering ? 'ja' : 'nee') : null);
      formats.push(format, format, undefined);
      notes.push(undefined, undefined, undefined);
    });
    const added = ws.addRow(values);
    formats.forEach((f, i) => f && (added.getCell(i + 1).numFmt = f));
    notes.forEach((n, i) => n && (added.getCell(i + 1).note = n));
  }
  if (t.noten.length) {
    ws.addRow([]);
    for (const note of t.noten) ws.addRow([note]);
  }
  // Widths that fit the header and the values as shown (notes may run over).
  const shown = (c: Cell | undefined) => cellText(c ?? null).length;
  let column = 1;
  t.kolommen.forEach((k, i) => {
    // A loop, not Math.max(...): the working copy's list can have more rows than a call can take arguments.
    const longest = t.rijen.reduce((most, r) => Math.max(most, shown(r[i])), k.length);
    for (let j = 0; j < (expand[i] ? 4 : 1); j++) ws.getColumn(column++).width = Math.min(Math.max(longest + 2, 8), 60);
  });
}

function addList(wb: ExcelJS.Workbook, doc: ReportDocument, name: string, items: readonly string[]): void {
  const ws = wb.addWorksheet(name);
  mark(ws, doc);
  const offset = doc.werkversie ? 1 : 0;
  if (doc.werkversie) ws.getCell(1, 1).value = WERKVERSIE;
  items.forEach((item, i) => (ws.getCell(i + 1 + offset, 1).value = item));
  ws.getColumn(1).width = 140;
}
