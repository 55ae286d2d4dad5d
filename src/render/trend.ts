// Renderers for `profiel verloop`: the trend as Dutch tables, CSV and JSON (report/verloop.ts
// makes it a document section). No figure is computed here.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_KORT, LEEFTIJDSGROEP_NAMEN } from '../dossier/vocabulary.js';
import type { Domein } from '../estimate/domains.js';
import type { Trend, TrendPoint } from '../estimate/trend.js';
import { toCsv } from '../io/write-output.js';
import { jsonText } from './json.js';
import { nl, out, profielLabel, table } from './style.js';

export const domainName = (d: Domein) => (d === 'totaal' ? 'Alle leeftijden' : LEEFTIJDSGROEP_NAMEN[d]);
export const shortDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** What a cell of the trend reads as: clients, or shares of the band in %. */
export function figure(trend: Trend, p: TrendPoint): { value: number; interval: [number, number] } {
  return trend.vergeleken_als === 'aandeel'
    ? { value: 100 * p.aandeel, interval: [100 * p.aandeel95[0], 100 * p.aandeel95[1]] }
    : { value: p.schatting, interval: p.interval95 };
}

export const TREND_NOTE = (trend: Trend) =>
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
