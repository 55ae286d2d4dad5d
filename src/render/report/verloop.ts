// The trend over counts as a report section (report --verloop) and as a document of its own
// (verloop --format html|xlsx|md): the counts, then per band a table and a chart whose message is
// also said in words.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_NAMEN, PROFIELEN, type Profiel } from '../../dossier/vocabulary.js';
import type { Trend, TrendPoint } from '../../estimate/trend.js';
import { trendChart } from '../chart-specs.js';
import { nl, profielLabel } from '../style.js';
import { domainName, figure, TREND_NOTE } from '../trend.js';
import type { Block, Cell, ReportDocument, Section } from './model.js';

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
        beschrijving: `Lijnen per klantprofiel over de peildata (${domainName(d)}), met het 95%-interval als lichte band: ${describeTrend(cells, dates, inShares)} De cijfers staan in de tabel hierboven.`,
        spec: trendChart(
          points.map((p) => ({ peildatum: p.peildatum, profiel: p.profiel, waarde: p.value, onder: p.interval[0], boven: p.interval[1] })),
          inShares,
        ),
        // The figures of the lines: the table just above.
        tabel: `Verloop ${d === 'totaal' ? 'totaal' : d}`,
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
    werkversie: false,
    // The last count's peildatum: the same counts make the same workbook.
    datum: trend.tellingen.at(-1)!.peildatum,
    secties: [trendSection(trend, 'Verloop per leeftijdsgroep en klantprofiel')],
    bijlagen: [],
  };
}
