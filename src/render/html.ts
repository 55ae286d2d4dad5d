// The report as one self-contained HTML page: inline CSS and SVG charts, no script and nothing
// from elsewhere, printable on A4 with each section on a new page. Loads the chart libraries.
import { chartSvg } from './charts.js';
import { cellText, type Block, type Cell, type ReportDocument, type Table } from './document.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
body { font: 10.5pt/1.45 Helvetica, Arial, sans-serif; color: #111; max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 15pt; border-bottom: 1.5pt solid #111; padding-bottom: 1mm; margin-top: 0; }
h3 { font-size: 11pt; margin: 6mm 0 2mm; }
.ondertitel { color: #333; margin: 0 0 8mm; }
section { break-before: page; }
section:first-of-type { break-before: auto; }
table { border-collapse: collapse; width: 100%; margin: 0 0 2mm; font-size: 9pt; }
th, td { border: 0.5pt solid #777; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
td.getal { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td { overflow-wrap: anywhere; }
table.breed { font-size: 8pt; }
table.breed th, table.breed td { padding: 0.8mm 1mm; }
tr { break-inside: avoid; }
p.noot { font-size: 8.5pt; color: #333; margin: 0 0 1mm; }
figure { margin: 4mm 0; break-inside: avoid; }
figcaption { font-size: 9pt; font-weight: bold; margin-bottom: 1mm; }
figure svg { max-width: 100%; height: auto; }
`;

export async function renderHtml(doc: ReportDocument): Promise<string> {
  const sections: string[] = [];
  for (const section of doc.secties) {
    const blocks = await Promise.all(section.blokken.map(renderBlock));
    sections.push(`<section id="${section.id}">\n<h2>${escape(section.titel)}</h2>\n${blocks.join('\n')}\n</section>`);
  }
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escape(doc.titel)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escape(doc.titel)}</h1><p class="ondertitel">${escape(doc.ondertitel)}</p></header>
${sections.join('\n')}
</body>
</html>
`;
}

async function renderBlock(block: Block): Promise<string> {
  if ('tekst' in block) return block.tekst.map((p) => `<p>${escape(p)}</p>`).join('\n');
  if ('lijst' in block) return `<ul>\n${block.lijst.map((item) => `<li>${escape(item)}</li>`).join('\n')}\n</ul>`;
  if ('grafiek' in block) {
    const g = block.grafiek;
    return `<figure id="grafiek-${g.id}" role="img" aria-label="${escape(g.beschrijving)}">\n<figcaption>${escape(g.titel)}</figcaption>\n${await chartSvg(g.spec)}\n</figure>`;
  }
  return renderTable(block.tabel);
}

function renderTable(t: Table): string {
  const head = `<tr>${t.kolommen.map((k) => `<th scope="col">${escape(k)}</th>`).join('')}</tr>`;
  let previous: Cell | undefined;
  const rows = t.rijen.map((row) => {
    const cells = row.map((c, i) => {
      const text = i === 0 && t.groepeer && c === previous ? '' : cellText(c);
      const numeric = c !== null && typeof c === 'object';
      return `<td${numeric ? ' class="getal"' : ''}>${escape(text)}</td>`;
    });
    previous = row[0];
    return `<tr>${cells.join('')}</tr>`;
  });
  const notes = t.noten.map((n) => `<p class="noot">${escape(n)}</p>`).join('\n');
  const wide = t.kolommen.length > 7 ? ' class="breed"' : '';
  return `<h3>${escape(t.titel)}</h3>\n<table data-tabel="${escape(t.id)}"${wide}>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n${notes}`;
}
