// The report as Markdown (GitHub-style tables) for pasting into documents. Charts are left out
// (the HTML and PDF have them); their message stays, in words.
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
  const out = [...(doc.werkversie ? [`**${WERKVERSIE}**`, ''] : []), `# ${markdownInline(doc.titel)}`, '', `_${markdownInline(doc.ondertitel)}_`, ''];
  for (const section of [...doc.secties, ...doc.bijlagen]) {
    out.push(`## ${markdownInline(section.titel)}`, '');
    for (const block of section.blokken) out.push(...renderBlock(block), '');
  }
  if (doc.werkversie) out.push(`**${WERKVERSIE}**`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderBlock(block: Block): string[] {
  if ('tekst' in block) return block.tekst.flatMap((p) => [markdownBlock(p), '']);
  if ('lijst' in block) return block.lijst.map((item) => `- ${markdownBlock(item)}`);
  if ('grafiek' in block) return [`_Grafiek: ${markdownInline(block.grafiek.titel)} (in de HTML- en PDF-versie). ${markdownInline(block.grafiek.beschrijving)}_`];
  return renderTable(block.tabel);
}

export function renderTable(t: Table): string[] {
  const numeric = t.kolommen.map((_, i) => t.rijen.some((r) => isNumber(r[i] ?? null)));
  const lines = [
    `### ${markdownInline(t.titel)}`,
    '',
    `| ${t.kolommen.map((k) => markdownInline(k) || ' ').join(' | ')} |`,
    `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`,
  ];
  let previous: Cell | undefined;
  for (const row of t.rijen) {
    const cells = row.map((c, i) => (i === 0 && t.groepeer && c === previous ? '' : markdownInline(cellText(c))));
    previous = row[0];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (t.noten.length) lines.push('', ...t.noten.map((n) => `_${markdownInline(n)}_`).flatMap((n) => [n, '']));
  return lines;
}
