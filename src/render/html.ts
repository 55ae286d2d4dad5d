// The report as one self-contained HTML page: inline CSS and SVG charts, no script and nothing
// from elsewhere, printable on A4. Landmarks (header, main), headings in order, tables with a
// caption and header cells, and every chart with its message in words and a link to its table.
// Made in parts and handed out in pieces (htmlPieces): the working copy's list of dossiers goes to
// the file a row at a time. Loads the chart libraries.
import { chartSvg } from './charts.js';
import { inPieces, joined } from './pieces.js';
import { cellText, WERKVERSIE, type Block, type Cell, type ReportDocument, type Section, type Table } from './report/model.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An id for an element from a table id or section id: letters, digits and dashes. */
const anchor = (prefix: string, id: string) => `${prefix}-${id.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}`;

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
body { font: 10.5pt/1.45 Helvetica, Arial, sans-serif; color: #111; max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 15pt; border-bottom: 1.5pt solid #111; padding-bottom: 1mm; margin: 8mm 0 3mm; }
h3 { font-size: 11pt; margin: 6mm 0 2mm; }
.ondertitel { color: #333; margin: 0 0 6mm; }
section.bijlage:first-of-type, main > section:not(.bijlage) + section.bijlage { break-before: page; }
h2, h3, caption { break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0 0 2mm; font-size: 9pt; }
caption { text-align: left; font-weight: bold; font-size: 10pt; margin: 4mm 0 1.5mm; }
th, td { border: 0.5pt solid #777; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
thead th { background: #e8e8e8; }
tbody th { font-weight: normal; }
td.getal { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td, th { overflow-wrap: break-word; }
thead { display: table-header-group; }
table.breed { font-size: 8pt; }
table.breed th, table.breed td { padding: 0.8mm 1mm; }
tr { break-inside: avoid; }
p.noot { font-size: 8.5pt; color: #333; margin: 0 0 1mm; }
figure { margin: 4mm 0; break-inside: avoid; }
figcaption { font-size: 10pt; font-weight: bold; margin-bottom: 1mm; }
figure svg { max-width: 100%; height: auto; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.werkversie { border: 2pt solid #8b0000; color: #8b0000; font-weight: bold; padding: 1.5mm 3mm; margin: 0 0 4mm; }
@media print { .werkversie { position: fixed; top: -12mm; left: 0; right: 0; margin: 0; padding: 0.5mm 2mm; font-size: 8.5pt; text-align: center; } }
`;

export async function renderHtml(doc: ReportDocument): Promise<string> {
  return [...(await htmlPieces(doc))].join('');
}

/** The page in pieces, to be written one after the other (read once). */
export async function htmlPieces(doc: ReportDocument): Promise<Iterable<string>> {
  const sections: Iterable<string>[] = [];
  for (const section of doc.secties) sections.push(await renderSection(section, ''));
  for (const section of doc.bijlagen) sections.push(await renderSection(section, 'bijlage'));
  // A fixed element is printed on every page: the working copy says on each that it is not public.
  // It stands in the header, so that all content is within a landmark.
  const mark = doc.werkversie ? `<div class="werkversie" role="note">${escape(WERKVERSIE)}</div>` : '';
  const head = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escape(doc.werkversie ? `${doc.titel} (${WERKVERSIE.toLowerCase()})` : doc.titel)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>${mark}<h1>${escape(doc.titel)}</h1><p class="ondertitel">${escape(doc.ondertitel)}</p></header>
<main>
`;
  return inPieces(joined([head, joined(sections, '\n'), '\n</main>\n</body>\n</html>\n'], ''));
}

async function renderSection(section: Section, kind: string): Promise<Iterable<string>> {
  const blocks = await Promise.all(section.blokken.map(renderBlock));
  const heading = anchor('kop', section.id);
  return joined([`<section id="${section.id}"${kind ? ` class="${kind}"` : ''} aria-labelledby="${heading}">\n<h2 id="${heading}">${escape(section.titel)}</h2>\n`, joined(blocks, '\n'), '\n</section>'], '');
}

const TO_TABLE = 'De cijfers staan in de tabel hierboven.';

async function renderBlock(block: Block): Promise<string | Iterable<string>> {
  if ('tekst' in block) return block.tekst.map((p) => `<p>${escape(p)}</p>`).join('\n');
  if ('lijst' in block) return `<ul>\n${block.lijst.map((item) => `<li>${escape(item)}</li>`).join('\n')}\n</ul>`;
  if ('grafiek' in block) {
    const g = block.grafiek;
    const description = anchor('uitleg', g.id);
    // The description's pointer to the table becomes the link to it (said once, not twice).
    let text = escape(g.beschrijving);
    if (g.tabel) {
      const link = (words: string) => `<a href="#${anchor('tabel', g.tabel!)}">${words}</a>`;
      text = text.endsWith(TO_TABLE) ? text.slice(0, -TO_TABLE.length) + link(TO_TABLE) : `${text} ${link('De cijfers staan in de tabel.')}`;
    }
    return `<figure id="grafiek-${g.id}" aria-describedby="${description}">\n<figcaption>${escape(g.titel)}</figcaption>\n${await chartSvg(g.spec)}\n<p class="noot" id="${description}">${text}</p>\n</figure>`;
  }
  return renderTable(block.tabel);
}

/** A table, a row at a time. */
function* renderTable(t: Table): Generator<string, void, undefined> {
  const head = `<tr>${t.kolommen.map((k) => `<th scope="col">${escape(k)}</th>`).join('')}</tr>`;
  const wide = t.kolommen.length > 7 ? ' class="breed"' : '';
  yield `<table id="${anchor('tabel', t.id)}" data-tabel="${escape(t.id)}"${wide}>\n<caption>${escape(t.titel)}</caption>\n<thead>${head}</thead>\n<tbody>\n`;
  let previous: Cell | undefined;
  let first = true;
  for (const row of t.rijen) {
    const cells = row.map((c, i) => {
      const text = cellText(c);
      // A group's name stands once to the eye, in every row for a screen reader.
      if (i === 0) return `<th scope="row">${t.groepeer && c === previous ? `<span class="sr">${escape(text)}</span>` : escape(text)}</th>`;
      const numeric = c !== null && typeof c === 'object';
      return `<td${numeric ? ' class="getal"' : ''}>${escape(text)}</td>`;
    });
    previous = row[0];
    yield `${first ? '' : '\n'}<tr>${cells.join('')}</tr>`;
    first = false;
  }
  yield `\n</tbody>\n</table>\n${t.noten.map((n) => `<p class="noot">${escape(n)}</p>`).join('\n')}`;
}
