// The report as one Excel workbook: the key points on the first sheet, then a sheet per table
// (those of an appendix named after it: "B2 Kenmerken"). Numbers are stored as numbers with a
// display format, so no decimal comma or ';' question arises; a figure with an interval keeps
// its uncertainty in columns of its own (unrounded value, lower and upper bound, indicative),
// so a table pasted elsewhere still has it. Written by exceljs' streaming writer, a row at a time
// (the working copy's list of differing dossiers can be long): each row goes out as it is
// committed, never a workbook of cell objects, and the zip goes to the file as it is made.
// Loads exceljs.
import { once } from 'node:events';
import { PassThrough, Stream } from 'node:stream';
import ExcelJS from 'exceljs';
import { VERSION } from '../version.js';
import { cellText, WERKVERSIE, type ReportDocument, type Table } from './report/model.js';

const FORMAT = ['0', '0.0', '0.00'];

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
type Worksheet = ExcelJS.Worksheet;

/**
 * The workbook's bytes as they are zipped, made as they are read: nothing is written before the
 * reader asks, and a failure while writing ends the reading with it.
 */
export async function* xlsxPieces(doc: ReportDocument): AsyncGenerator<Buffer, void, undefined> {
  const zip = new PassThrough();
  const writing = writeWorkbook(doc, zip).catch((error: unknown) => zip.destroy(error as Error));
  yield* zip;
  await writing;
}

/** The whole workbook at once (tests, small documents). */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of xlsxPieces(doc)) pieces.push(piece);
  return Buffer.concat(pieces);
}

async function writeWorkbook(doc: ReportDocument, zip: PassThrough): Promise<void> {
  // The document's date, not the moment of writing: the same input makes the same workbook.
  const datum = new Date(`${doc.datum}T00:00:00Z`);
  // Strings in their cells, not in a table of every distinct string held to the end: the working copy's ids are all distinct.
  const { wb, paced } = pacedWorkbookWriter(datum, { stream: zip, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 6 } } });
  wb.creator = `profiel ${VERSION}`;
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
  front.getColumn(1).width = 140;
  front.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  mark(front, doc);
  lines.forEach((line, i) => {
    const row = front.addRow([line]);
    if (i === (doc.werkversie ? 1 : 0)) row.font = { bold: true, size: 14 };
    row.commit();
  });
  front.commit();
  for (const section of doc.secties) for (const b of section.blokken) if ('tabel' in b) await addSheet(wb, doc, b.tabel, b.tabel.id, paced);
  for (const [i, section] of doc.bijlagen.entries()) {
    for (const b of section.blokken) if ('tabel' in b) await addSheet(wb, doc, b.tabel, `B${i + 1} ${b.tabel.id}`.slice(0, 31), paced);
    const list = section.blokken.filter((b): b is { lijst: string[] } => 'lijst' in b).flatMap((b) => b.lijst);
    if (list.length) addList(wb, doc, `B${i + 1} ${section.titel.replace(/^Bijlage \d+\. /, '')}`.slice(0, 31), list);
  }
  await wb.commit();
}

/** The part of archiver (under exceljs' writer) that this file uses. */
interface Archive {
  append(source: unknown, data: { name: string; date?: Date }): unknown;
}

/**
 * exceljs' streaming writer, with every zip entry dated `datum` (exceljs leaves archiver's default,
 * the moment of writing), and `paced()`, to be awaited after each row: exceljs hands a sheet's text
 * to the zip without waiting, so without a pause a long list would wait in memory. Every so many
 * rows it lets the zip take them, and waits where the zip (or the file after it) is behind: each
 * entry that exceljs makes as a stream goes through a stream of our own, whose buffer tells. The
 * writer makes its archive, and adds its first entries, in its constructor, so the archive is
 * wrapped as it is set.
 */
function pacedWorkbookWriter(datum: Date, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>): { wb: Workbook; paced: () => Promise<void> } {
  const entries = new Set<PassThrough>();
  class PacedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
    set zip(archive: Archive) {
      const append = archive.append.bind(archive);
      archive.append = (source, data) => {
        if (source instanceof Stream) {
          const entry = new PassThrough();
          entries.add(entry);
          entry.once('end', () => entries.delete(entry));
          source.pipe(entry);
          source = entry;
        }
        return append(source, { ...data, date: datum });
      };
      Object.defineProperty(this, 'zip', { value: archive, writable: true });
    }
  }
  let rows = 0;
  const paced = async () => {
    if (++rows % 1000 !== 0) return;
    // Only an entry the zip has begun to read: a sheet's notes wait in theirs until the sheet is zipped.
    const behind = [...entries].find((entry) => entry.readableFlowing !== null && entry.writableNeedDrain);
    await (behind ? once(behind, 'drain') : new Promise((resolve) => setImmediate(resolve)));
  };
  return { wb: new PacedWorkbookWriter(options), paced };
}

/** The working copy says on every sheet, and on every printed page, that it is not public. */
function mark(ws: Worksheet, doc: ReportDocument): void {
  if (!doc.werkversie) return;
  ws.headerFooter = { oddHeader: `&C&"Arial,Bold"${WERKVERSIE}`, evenHeader: `&C&"Arial,Bold"${WERKVERSIE}` };
}

/**
 * Per column, in one pass over the rows (a long table makes its rows as they are read): whether it
 * holds figures with intervals or markers — such a column becomes four: value, lower, upper,
 * indicative — and its width, to fit the header and the values as shown (notes may run over).
 */
function columnsOf(t: Table): { expand: boolean[]; widths: number[] } {
  const expand = t.kolommen.map(() => false);
  const longest = t.kolommen.map((k) => k.length);
  for (const row of t.rijen) {
    t.kolommen.forEach((_, i) => {
      const c = row[i] ?? null;
      if (c !== null && typeof c === 'object' && (c.interval !== undefined || c.markering !== undefined)) expand[i] = true;
      longest[i] = Math.max(longest[i]!, cellText(c).length);
    });
  }
  return { expand, widths: longest.map((n) => Math.min(Math.max(n + 2, 8), 60)) };
}

async function addSheet(wb: Workbook, doc: ReportDocument, t: Table, name: string, paced: () => Promise<void>): Promise<void> {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: doc.werkversie ? 2 : 1 }] });
  mark(ws, doc);
  // Widths are set before the first row goes out.
  const { expand, widths } = columnsOf(t);
  let column = 1;
  widths.forEach((width, i) => {
    for (let j = 0; j < (expand[i] ? 4 : 1); j++) ws.getColumn(column++).width = width;
  });
  if (doc.werkversie) {
    const marked = ws.addRow([WERKVERSIE]);
    marked.font = { bold: true, color: { argb: 'FF8B0000' } };
    marked.commit();
  }
  const header = ws.addRow(t.kolommen.flatMap((k, i) => (expand[i] ? [k, `${k}: ondergrens`, `${k}: bovengrens`, `${k}: indicatief`] : [k])));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  header.commit();
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
    added.commit();
    await paced();
  }
  if (t.noten.length) {
    ws.addRow([]).commit();
    for (const note of t.noten) ws.addRow([note]).commit();
  }
  ws.commit();
}

function addList(wb: Workbook, doc: ReportDocument, name: string, items: readonly string[]): void {
  const ws = wb.addWorksheet(name);
  mark(ws, doc);
  ws.getColumn(1).width = 140;
  for (const item of doc.werkversie ? [WERKVERSIE, ...items] : items) ws.addRow([item]).commit();
  ws.commit();
}
