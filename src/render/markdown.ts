// The report as Markdown (GitHub-style tables) for pasting into documents. Charts are left out
// (the HTML and PDF have them); their message stays, in words. Made a line at a time and handed out
// in pieces (markdownPieces): the working copy's list of dossiers goes to the file as it is read.
import { inPieces } from './pieces.js';
import { cellText, WERKVERSIE, type Block, type Cell, type ReportDocument, type Table } from './report/model.js';

/**
 * Text as Markdown shows it, never as Markdown or HTML: rule-file text and export values reach the
 * report, so a `<script>`, a link or emphasis in them must stay letters. Backslash escapes (every
 * CommonMark reader honours them) only where a character could start something — `<` before a tag,
 * `&` of an entity, `*`/`_`/`~` that could open emphasis — so the figures ("22*", "< 27",
 * "Activering & Behandeling") stay as they read. One line: a line break would start a new block.
 */
export function markdownInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`[\]|]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/[*~](?=\S)/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

/** Text that begins a block (a paragraph, a list item): also no heading, quote, list or rule from its first characters. */
function markdownBlock(text: string): string {
  return markdownInline(text.replace(/^\s+/, '')).replace(/^(#|>|[-+=]|\d{1,9}(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}
const isNumber = (c: Cell) => c !== null && typeof c === 'object';

export function renderMarkdown(doc: ReportDocument): string {
  return [...markdownPieces(doc)].join('');
}

/**
 * The report's Markdown in pieces: its lines with one empty line wherever blocks leave more (or
 * one) between two lines, none at the end, and a final newline.
 */
export function markdownPieces(doc: ReportDocument): Generator<string, void, undefined> {
  return inPieces(tidied(lines(doc)));
}

function* tidied(all: Iterable<string>): Generator<string, void, undefined> {
  let last: string | undefined;
  let gap = false;
  for (const line of all) {
    if (line === '') {
      gap = last !== undefined;
      continue;
    }
    if (last !== undefined) yield `${last}${gap ? '\n\n' : '\n'}`;
    [last, gap] = [line, false];
  }
  yield `${(last ?? '').trimEnd()}\n`;
}

function* lines(doc: ReportDocument): Generator<string, void, undefined> {
  if (doc.werkversie) yield* [`**${WERKVERSIE}**`, ''];
  yield* [`# ${markdownInline(doc.titel)}`, '', `_${markdownInline(doc.ondertitel)}_`, ''];
  for (const section of [...doc.secties, ...doc.bijlagen]) {
    yield* [`## ${markdownInline(section.titel)}`, ''];
    for (const block of section.blokken) {
      yield* renderBlock(block);
      yield '';
    }
  }
  if (doc.werkversie) yield `**${WERKVERSIE}**`;
}

function renderBlock(block: Block): Iterable<string> {
  if ('tekst' in block) return block.tekst.flatMap((p) => [markdownBlock(p), '']);
  if ('lijst' in block) return block.lijst.map((item) => `- ${markdownBlock(item)}`);
  if ('grafiek' in block) return [`_Grafiek: ${markdownInline(block.grafiek.titel)} (in de HTML- en PDF-versie). ${markdownInline(block.grafiek.beschrijving)}_`];
  return renderTable(block.tabel);
}

/** A table's lines, a row at a time. */
export function* renderTable(t: Table): Generator<string, void, undefined> {
  // Which columns hold numbers (right-aligned): one pass over the rows.
  const numeric = t.kolommen.map(() => false);
  for (const row of t.rijen) numeric.forEach((n, i) => (numeric[i] = n || isNumber(row[i] ?? null)));
  yield* [`### ${markdownInline(t.titel)}`, '', `| ${t.kolommen.map((k) => markdownInline(k) || ' ').join(' | ')} |`, `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`];
  let previous: Cell | undefined;
  for (const row of t.rijen) {
    const cells = row.map((c, i) => (i === 0 && t.groepeer && c === previous ? '' : markdownInline(cellText(c))));
    previous = row[0];
    yield `| ${cells.join(' | ')} |`;
  }
  if (t.noten.length) yield* ['', ...t.noten.map((n) => `_${markdownInline(n)}_`).flatMap((n) => [n, ''])];
}
