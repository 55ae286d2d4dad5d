// The report as Markdown (GitHub-style tables) for pasting into documents. Charts are left out
// (the HTML and PDF have them); their message stays, in words.
import { cellText, WERKVERSIE, type Block, type Cell, type ReportDocument, type Table } from './report/model.js';

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const isNumber = (c: Cell) => c !== null && typeof c === 'object';

export function renderMarkdown(doc: ReportDocument): string {
  const out = [...(doc.werkversie ? [`**${WERKVERSIE}**`, ''] : []), `# ${doc.titel}`, '', `_${doc.ondertitel}_`, ''];
  for (const section of [...doc.secties, ...doc.bijlagen]) {
    out.push(`## ${section.titel}`, '');
    for (const block of section.blokken) out.push(...renderBlock(block), '');
  }
  if (doc.werkversie) out.push(`**${WERKVERSIE}**`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderBlock(block: Block): string[] {
  if ('tekst' in block) return block.tekst.flatMap((p) => [p, '']);
  if ('lijst' in block) return block.lijst.map((item) => `- ${item}`);
  if ('grafiek' in block) return [`_Grafiek: ${block.grafiek.titel} (in de HTML- en PDF-versie). ${block.grafiek.beschrijving}_`];
  return renderTable(block.tabel);
}

export function renderTable(t: Table): string[] {
  const numeric = t.kolommen.map((_, i) => t.rijen.some((r) => isNumber(r[i] ?? null)));
  const lines = [
    `### ${t.titel}`,
    '',
    `| ${t.kolommen.map((k) => escape(k) || ' ').join(' | ')} |`,
    `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`,
  ];
  let previous: Cell | undefined;
  for (const row of t.rijen) {
    const cells = row.map((c, i) => (i === 0 && t.groepeer && c === previous ? '' : escape(cellText(c))));
    previous = row[0];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (t.noten.length) lines.push('', ...t.noten.map((n) => `_${escape(n)}_`).flatMap((n) => [n, '']));
  return lines;
}
