// Reads the tables back out of a rendered report — Markdown, HTML or an Excel workbook — as rows
// of cells, keyed by the table's title (Markdown, HTML) or sheet name (Excel), for comparing
// every figure with the JSON.
import ExcelJS from 'exceljs';

export type Tables = Map<string, string[][]>;

/** The cells of a table row as a reader sees them: split at each unescaped `|`, backslash escapes undone. */
function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length - 1; i++) {
    const c = line[i]!;
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(line[i + 1] ?? '')) cell += line[++i];
    else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  return [...cells, cell.trim()];
}

export function markdownTables(md: string): Tables {
  const tables: Tables = new Map();
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const title = /^### (.*)$/.exec(lines[i]!)?.[1];
    if (!title || !lines[i + 2]?.startsWith('|')) continue;
    const rows: string[][] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) {
      if (j === i + 3) continue; // the alignment row
      rows.push(markdownCells(lines[j]!));
    }
    tables.set(title, rows);
  }
  return tables;
}

/** What a sighted reader sees of a cell: text meant for screen readers only (a repeated group name) left out. */
const decode = (s: string) => s.replace(/<span class="sr">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();

export function htmlTables(html: string): Tables {
  const tables: Tables = new Map();
  for (const m of html.matchAll(/<table[^>]*>\s*<caption>(.*?)<\/caption>([\s\S]*?)<\/table>/g)) {
    const rows = [...m[2]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!)));
    tables.set(decode(m[1]!), rows);
  }
  return tables;
}

export type Sheets = Map<string, (string | number | null)[][]>;

/** Every sheet's rows as exceljs reads them back, from a file or the workbook's bytes. */
export async function workbookSheets(file: string | Buffer): Promise<Sheets> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  const sheets: Sheets = new Map();
  for (const ws of wb.worksheets) {
    const rows: (string | number | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (v === undefined || v === null ? null : typeof v === 'number' ? v : String(v))));
    });
    sheets.set(ws.name, rows);
  }
  return sheets;
}

/** The table whose title starts with `prefix`. */
export function table(tables: Tables, prefix: string): string[][] {
  const hit = [...tables.entries()].find(([title]) => title.startsWith(prefix));
  if (!hit) throw new Error(`geen tabel "${prefix}…" in ${[...tables.keys()].join(' | ')}`);
  return hit[1];
}
