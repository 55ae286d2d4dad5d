// profiel verloop <telling.json> <telling.json>…
//
// The trend over months: two or more saved counts (classify --format json, with --peildatum),
// in the order of their peildatum, and per band × profile the estimate with its 95% interval at
// each date, and the sample each rests on. Counts are streamed, so a count with a million
// dossiers in its list reads as quickly as one without. As tables, CSV, JSON, or (html, xlsx, md)
// a document with a chart per band.
//
//   profiel verloop telling-2026-10.json telling-2026-11.json telling-2026-12.json
import type { Command } from 'commander';
import { FORMATS, formatOfPath } from '../render/formats.js';
import { choice, quietOption, toldWritten, usage } from './common.js';

const VERLOOP_FORMATS = ['table', 'csv', 'json', 'html', 'xlsx', 'markdown'] as const;
type VerloopFormat = (typeof VERLOOP_FORMATS)[number];

interface VerloopFlags {
  format?: VerloopFormat;
  uitvoer?: string;
}

export function registerVerloop(program: Command): void {
  program
    .command('verloop')
    .description('het verloop over de maanden: per leeftijdsgroep en klantprofiel de schatting met interval op elke peildatum')
    .argument('<tellingen...>', 'twee of meer tellingen van profiel classify --format json (met --peildatum gemaakt)')
    .option(
      '--format <table|csv|json|html|xlsx|md>',
      `kies de vorm: ${VERLOOP_FORMATS.map((f) => `${f === 'markdown' ? 'md' : f}: ${FORMATS[f].omschrijving}`).join(', ')} (zonder: naar de extensie van --uitvoer, anders table)`,
      choice('--format', VERLOOP_FORMATS, { md: 'markdown' }),
    )
    .option('--uitvoer <bestand>', 'schrijf naar dit bestand (in één keer); de extensie .csv, .json, .html, .xlsx of .md kiest de vorm')
    .addOption(quietOption())
    .addHelpText(
      'after',
      `
Voorbeelden:
  $ profiel verloop telling-2026-10.json telling-2026-11.json telling-2026-12.json
  $ profiel verloop telling-*.json --uitvoer verloop.html
  $ profiel verloop telling-*.json --format csv > verloop.csv

Elke telling heeft een peildatum nodig: profiel classify export.csv --peildatum 2026-11-01 --format json --uitvoer telling-2026-11.json`,
    )
    .action(async (files: string[], flags: VerloopFlags) => {
      if (files.length < 2) throw usage('geef twee of meer tellingen: het verloop vergelijkt peildata');
      const format: VerloopFormat | undefined = flags.format ?? (flags.uitvoer ? formatOfPath(flags.uitvoer, VERLOOP_FORMATS) : 'table');
      if (!format) throw usage(`kan de vorm niet afleiden uit "${flags.uitvoer}": gebruik de extensie .csv, .json, .html, .xlsx of .md, of --format`);
      if (!FORMATS[format].scherm && (!flags.uitvoer || flags.uitvoer === '-')) throw usage(`--format ${format} maakt een bestand: geef --uitvoer, bijvoorbeeld verloop.${format}`);
      const [{ checkOutputPath, emit }, { readPrevious }, { trendOf }, render, { trendDocument }] = await Promise.all([
        import('../io/write-output.js'),
        import('./inputs.js'),
        import('../estimate/trend.js'),
        import('../render/trend.js'),
        import('../render/report/verloop.js'),
      ]);
      await checkOutputPath(flags.uitvoer, files);
      const counts = [];
      for (const bestand of files) counts.push({ bestand, count: (await readPrevious(bestand, false, 'telling')).count });
      const trend = trendOf(counts);
      let data: string | Uint8Array;
      if (format === 'table' || format === 'csv' || format === 'json') data = render.renderTrend(trend, format);
      else if (format === 'markdown') data = (await import('../render/markdown.js')).renderMarkdown(trendDocument(trend));
      else if (format === 'xlsx') data = await (await import('../render/xlsx.js')).renderXlsx(trendDocument(trend));
      else data = await (await import('../render/html.js')).renderHtml(trendDocument(trend));
      await emit(data, flags.uitvoer);
      toldWritten(flags.uitvoer);
    });
}
