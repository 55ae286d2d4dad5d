// profiel report <dossiers.csv>
//
// The raad report, its message first: kernpunten, table 6.2 with intervals and totals, the whole
// group of ca. 1200–1400, rules against the professional (and the change and the trend when
// asked); then numbered appendices: sample design, characteristics, the profiles in the sample,
// precision, method, warnings and assumptions. Public by default (no line per dossier);
// --werkversie makes the analyst's copy. As HTML with charts, PDF (A4, via Chromium), Markdown
// or an Excel workbook.
// The chart, workbook and browser libraries are loaded here only, when a report is made.
//
//   profiel report data-samples/dossiers-2018.csv --uitvoer rapport.html
//   profiel report export.csv --populatie populatie.csv --peildatum 2026-11-01 --uitvoer rapport.pdf
import type { Command } from 'commander';
import { FORMATS, formatOfPath } from '../render/formats.js';
import { analysisInputs, analysisOptions, choice, dossiersArgument, quietOption, toldWritten, usage, warn, wholeNumber, type AnalysisFlags } from './common.js';
import type { Output } from '../io/write-output.js';

const REPORT_FORMATS = ['html', 'pdf', 'markdown', 'xlsx'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportFlags extends AnalysisFlags {
  format?: ReportFormat;
  uitvoer?: string;
  minCel: number;
  vorige?: string;
  verloop?: string[];
  werkversie?: boolean;
}

export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description('maak het rapport voor de raad: HTML met grafieken, PDF, Markdown of een Excel-werkmap')
    .argument(...dossiersArgument);
  analysisOptions(command)
    .option('--uitvoer <bestand>', 'schrijf naar dit bestand (in één keer); de extensie .html, .pdf, .md of .xlsx kiest de vorm')
    .option(
      '--format <html|pdf|md|xlsx>',
      `kies de vorm, ook tegen de extensie in: ${REPORT_FORMATS.map((f) => `${f === 'markdown' ? 'md (markdown)' : f}: ${FORMATS[f].omschrijving}`).join(', ')} (html en md mogen naar het scherm)`,
      choice('--format', REPORT_FORMATS, { md: 'markdown' }),
    )
    .option('--min-cel <n>', 'toon aantallen dossiers van 1 tot n als <n in alle tabellen (voorzichtig met kleine aantallen; 0: alles tonen)', wholeNumber('--min-cel', 0), 0)
    .option('--vorige <telling.json>', 'voeg een hoofdstuk toe over de verandering sinds de vorige telling (profiel classify --format json --dossiers)')
    .option('--werkversie', 'maak de werkversie voor de analist: met de dossiers waar beslisregels en analist verschillen, op elke pagina gemerkt "werkversie — niet openbaar"')
    .option('--verloop <tellingen...>', 'voeg een hoofdstuk toe met het verloop over deze tellingen (profiel classify --format json, met --peildatum; deze telling telt mee)')
    .addOption(quietOption())
    .addHelpText(
      'after',
      `
Voorbeelden:
  $ profiel report data-samples/dossiers-2018.csv --uitvoer rapport.html
  $ profiel report data-samples/dossiers-2018.csv --uitvoer rapport.pdf
  $ profiel report export.csv --populatie populatie.csv --peildatum 2026-11-01 --min-cel 5 --uitvoer rapport.xlsx
  $ profiel report data-samples/dossiers-2018.csv --format markdown > rapport.md
  $ profiel report export-2026-11.csv --vorige telling-2026-10.json --uitvoer rapport.html
  $ profiel report export-2026-12.csv --peildatum 2026-12-01 --verloop telling-2026-10.json telling-2026-11.json --uitvoer rapport.html

Een PDF vraagt Chromium (Debian: apt-get install chromium; of PROFIEL_CHROMIUM=/pad/naar/chromium).`,
    )
    .action(async (file: string, flags: ReportFlags) => {
      const format: ReportFormat | undefined = flags.format ?? (flags.uitvoer ? formatOfPath(flags.uitvoer, REPORT_FORMATS) : 'html');
      if (!format) throw usage(`kan de vorm niet afleiden uit "${flags.uitvoer}": gebruik de extensie .html, .pdf, .md of .xlsx, of --format ${REPORT_FORMATS.join('|')}`);
      if (!FORMATS[format].scherm && (!flags.uitvoer || flags.uitvoer === '-')) throw usage(`--format ${format} maakt een bestand: geef --uitvoer, bijvoorbeeld rapport.${format}`);

      const [{ checkOutputPath, emit }, { runAnalysis }, { readPrevious }] = await Promise.all([import('../io/write-output.js'), import('./pipeline.js'), import('./inputs.js')]);
      if (flags.verloop && !flags.peildatum) throw usage('--verloop zet deze export naast de eerdere tellingen in de tijd: geef ook haar --peildatum');
      await checkOutputPath(flags.uitvoer, [...analysisInputs(file, flags), ...(flags.vorige ? [flags.vorige] : []), ...(flags.verloop ?? [])]);
      const previous = flags.vorige ? await readPrevious(flags.vorige, true) : undefined;
      const earlier = [];
      for (const bestand of flags.verloop ?? []) earlier.push({ bestand, count: (await readPrevious(bestand, false, '--verloop')).count });
      // No list of every dossier: the working copy lists those where rules and analyst differ, as the count keeps them (only for it).
      const { analysis, rules, changes, differences } = await runAnalysis(file, flags, { dossiers: false, verschillen: flags.werkversie ?? false }, previous?.dossiers);
      const vorige = previous && (await import('../estimate/recount.js')).recount(previous.count, flags.vorige!, analysis, previous.dossiers, changes);
      // The trend runs up to this count: it is the last point.
      const verloop = flags.verloop && (await import('../estimate/trend.js')).trendOf([...earlier, { bestand: file, count: analysis }]);
      const { buildDocument } = await import('../render/report/document.js');
      const doc = buildDocument(analysis, rules, { minCel: flags.minCel, ...(differences && { werkversie: differences }), datum: documentDate(analysis.peildatum), ...(vorige && { vorige }), ...(verloop && { verloop }) });
      // Markdown, HTML and the workbook in pieces, to the file as they are made; the PDF is printed from the whole page.
      let data: Output;
      if (format === 'markdown') data = (await import('../render/markdown.js')).markdownPieces(doc);
      else if (format === 'xlsx') data = (await import('../render/xlsx.js')).xlsxPieces(doc);
      else if (format === 'html') data = await (await import('../render/html.js')).htmlPieces(doc);
      else data = await (await import('../render/pdf.js')).htmlToPdf(await (await import('../render/html.js')).renderHtml(doc), doc.datum);
      await emit(data, flags.uitvoer);
      warn(analysis.waarschuwingen);
      toldWritten(flags.uitvoer);
    });
}

/**
 * The date the PDF and the workbook carry, so that the same input makes the same file: the
 * peildatum; without one SOURCE_DATE_EPOCH (reproducible-builds.org: seconds since 1970), else today.
 */
function documentDate(peildatum: string | null): string {
  if (peildatum) return peildatum;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{1,12}$/.test(epoch)) throw usage(`SOURCE_DATE_EPOCH moet een aantal seconden sinds 1970 zijn, niet "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
