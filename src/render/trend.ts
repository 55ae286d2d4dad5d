// Renderers for `profiel verloop`: the trend as Dutch tables, CSV, JSON, and as a report section
// (one table and one chart per band) that HTML, Markdown and the workbook draw, also inside
// `report --verloop`. No figure is computed here.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_KORT, LEEFTIJDSGROEP_NAMEN, PROFIELEN, type Profiel } from '../dossier/vocabulary.js';
import type { Domein } from '../estimate/domains.js';
import type { Trend, TrendPoint } from '../estimate/trend.js';
import { toCsv } from '../io/write-output.js';
import { trendChart } from './chart-specs.js';
import type { Block, Cell, ReportDocument, Section } from './document.js';
import { jsonText } from './json.js';
import { nl, out, profielLabel, table } from './style.js';

const domainName = (d: Domein) => (d === 'totaal' ? 'Alle leeftijden' : LEEFTIJDSGROEP_NAMEN[d]);
const shortDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** What a cell of the trend reads as: clients, or shares of the band in %. */
function figure(trend: Trend, p: TrendPoint): { value: number; interval: [number, number] } {
  return trend.vergeleken_als === 'aandeel'
    ? { value: 100 * p.aandeel, interval: [100 * p.aandeel95[0], 100 * p.aandeel95[1]] }
    : { value: p.schatting, interval: p.interval95 };
}

const TREND_NOTE = (trend: Trend) =>
  `${trend.vergeleken_als === 'aandeel' ? 'Aandeel van de leeftijdsgroep in %' : 'Geschatte klanten'}, met het 95%-interval; * indicatief (minder dan 5 dossiers of een relatieve standaardfout boven 30%). ` +
  'Elke peildatum is een eigen telling met haar eigen onzekerheid: of een verandering groter is dan die onzekerheid, zegt profiel recount.';

export function renderTrend(trend: Trend, format: 'table' | 'csv' | 'json'): string {
  if (format === 'json') return jsonText(trend);
  if (format === 'csv') {
    return toCsv(
      ['peildatum', 'leeftijdsgroep', 'profiel', 'dossiers', 'schatting', 'afgerond', 'interval95_onder', 'interval95_boven', 'aandeel', 'aandeel95_onder', 'aandeel95_boven', 'indicatief'],
      trend.cellen.flatMap((c) =>
        c.reeks.map((p) => [p.peildatum, c.leeftijdsgroep, c.profiel ?? 'onbepaald', p.dossiers ?? '', p.schatting, p.afgerond, p.interval95[0], p.interval95[1], p.aandeel, p.aandeel95[0], p.aandeel95[1], p.indicatief === null ? '' : p.indicatief ? 'ja' : 'nee']),
      ),
    );
  }
  const dates = trend.tellingen.map((t) => t.peildatum);
  const text = (trendPoint: TrendPoint | undefined) => {
    if (!trendPoint) return '–';
    const { value, interval } = figure(trend, trendPoint);
    const fmt = trend.vergeleken_als === 'aandeel' ? nl.dec1 : (x: number) => nl.int(Math.round(x));
    return `${fmt(value)}${trendPoint.indicatief ? '*' : ''} (${fmt(interval[0])}–${fmt(interval[1])})`;
  };
  const parts = [
    out.bold(`Verloop over ${trend.tellingen.length} tellingen (${dates.map(nl.datum).join(', ')})`),
    ...trend.meldingen.map((m) => `- ${m}`),
    '',
    table(
      ['Peildatum', 'Telling', 'Dossiers', ...LEEFTIJDSGROEPEN.map((b) => LEEFTIJDSGROEP_KORT[b]), 'Populatie'],
      trend.tellingen.map((t) => [shortDate(t.peildatum), t.bestand, nl.int(t.dossiers), ...LEEFTIJDSGROEPEN.map((b) => nl.int(t.dossiers_per_leeftijdsgroep[b])), nl.int(t.populatie.totaal)]),
      12,
      { text: [1] },
    ),
  ];
  for (const d of [...LEEFTIJDSGROEPEN, 'totaal'] as const) {
    const cells = trend.cellen.filter((c) => c.leeftijdsgroep === d);
    if (!cells.length) continue;
    parts.push('', out.bold(domainName(d)));
    parts.push(table(['Klantprofiel', ...dates.map(shortDate)], cells.map((c) => [profielLabel(c.profiel), ...dates.map((date) => text(c.reeks.find((p) => p.peildatum === date)))]), 34));
  }
  parts.push(TREND_NOTE(trend));
  return `${parts.join('\n')}\n`;
}

/** The trend as a report section: the counts, then per band a table and a chart. */
export function trendSection(trend: Trend, titel: string): Section {
  const dates = trend.tellingen.map((t) => t.peildatum);
  const inShares = trend.vergeleken_als === 'aandeel';
  const blokken: Block[] = [
    { tekst: [`Het verloop over ${trend.tellingen.length} tellingen, van ${nl.datum(dates[0]!)} tot ${nl.datum(dates.at(-1)!)}.`, ...trend.meldingen] },
    {
      tabel: {
        id: 'Verloop tellingen',
        titel: 'De tellingen: onderzochte dossiers per peildatum',
        kolommen: ['Peildatum', 'Dossiers', ...LEEFTIJDSGROEPEN.map((b) => LEEFTIJDSGROEP_NAMEN[b]), 'Populatie'],
        rijen: trend.tellingen.map((t): Cell[] => [nl.datum(t.peildatum), { getal: t.dossiers, decimalen: 0 }, ...LEEFTIJDSGROEPEN.map((b): Cell => ({ getal: t.dossiers_per_leeftijdsgroep[b], decimalen: 0 })), { getal: t.populatie.totaal, decimalen: 0 }]),
        noten: [],
      },
    },
  ];
  for (const d of [...LEEFTIJDSGROEPEN, 'totaal'] as const) {
    const cells = trend.cellen.filter((c) => c.leeftijdsgroep === d);
    if (!cells.length) continue;
    const points = cells.flatMap((c) => c.reeks.map((p) => ({ peildatum: p.peildatum, profiel: c.profiel, ...figure(trend, p) })));
    blokken.push({
      tabel: {
        id: `Verloop ${d === 'totaal' ? 'totaal' : d}`,
        titel: `${domainName(d)}: ${inShares ? 'aandeel van de leeftijdsgroep (%)' : 'geschatte klanten'} per peildatum, met 95%-interval`,
        kolommen: ['Klantprofiel', ...dates.map(nl.datum)],
        rijen: cells.map((c): Cell[] => [
          profielLabel(c.profiel),
          ...dates.map((date): Cell => {
            const p = c.reeks.find((x) => x.peildatum === date);
            if (!p) return '–';
            const { value, interval } = figure(trend, p);
            return { getal: value, decimalen: inShares ? 1 : 0, interval, ...(p.indicatief && { markering: '*' }) };
          }),
        ]),
        noten: [TREND_NOTE(trend)],
      },
    });
    blokken.push({
      grafiek: {
        id: `verloop-${d === 'totaal' ? 'totaal' : LEEFTIJDSGROEPEN.indexOf(d)}`,
        titel: `Verloop ${domainName(d).toLowerCase()}`,
        beschrijving: `Lijnen per klantprofiel over de peildata (${domainName(d)}), met het 95%-interval als lichte band: ${describeTrend(cells, dates, inShares)}`,
        spec: trendChart(
          points.map((p) => ({ peildatum: p.peildatum, profiel: p.profiel, waarde: p.value, onder: p.interval[0], boven: p.interval[1] })),
          inShares,
        ),
      },
    });
  }
  return { id: 'verloop', titel, blokken };
}

/** The chart's message in words, for readers who cannot see it: first and last figure per profile. */
function describeTrend(cells: Trend['cellen'], dates: readonly string[], inShares: boolean): string {
  const fmt = (x: number) => (inShares ? `${nl.dec1(x)}%` : nl.int(Math.round(x)));
  return cells
    .filter((c) => c.profiel !== null && (PROFIELEN as readonly (Profiel | null)[]).includes(c.profiel))
    .map((c) => {
      const first = c.reeks[0]!;
      const last = c.reeks.at(-1)!;
      const v = (p: TrendPoint) => (inShares ? 100 * p.aandeel : p.schatting);
      return `profiel ${c.profiel} van ${fmt(v(first))} (${nl.datum(first.peildatum)}) naar ${fmt(v(last))} (${nl.datum(last.peildatum ?? dates.at(-1)!)})`;
    })
    .join('; ')
    .concat('.');
}

/** The trend on its own as a document (verloop --format html|xlsx|md). */
export function trendDocument(trend: Trend): ReportDocument {
  return {
    titel: 'Verloop klantprofielen doelgroep < 30% arbeidsvermogen',
    ondertitel: `${trend.tellingen.length} tellingen, ${nl.datum(trend.tellingen[0]!.peildatum)} tot ${nl.datum(trend.tellingen.at(-1)!.peildatum)}`,
    secties: [trendSection(trend, 'Verloop per leeftijdsgroep en klantprofiel')],
  };
}
