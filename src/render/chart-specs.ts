// The report's charts as Vega-Lite specs, with the analysis's figures as inline data. Only a
// type comes from vega-lite here; charts.ts compiles and draws them. Colours step clearly in
// lightness, bars have outlines and labels, so the charts read in greyscale as well.
import type { TopLevelSpec } from 'vega-lite';
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_NAMEN, type Profiel } from '../dossier/vocabulary.js';
import type { Analysis } from '../estimate/contract.js';

export type ChartSpec = TopLevelSpec;

const PROFIEL_KORT: Record<string, string> = { '1': '1 Arbeidsactivering', '2': '2 Maatsch. activering', '3': '3 Maatsch. act. & behandeling', '4': '4 Inkomensondersteuning', onbepaald: 'Onbepaald' };
const profielNaam = (p: Profiel | null) => PROFIEL_KORT[p === null ? 'onbepaald' : String(p)]!;
const ORDER = Object.values(PROFIEL_KORT);
const BANDS = LEEFTIJDSGROEPEN.map((b) => LEEFTIJDSGROEP_NAMEN[b]);
/** The profiles' fills, dark to light; every bar has a dark outline, so even the white one stands out. */
export const PROFIEL_KLEUREN: readonly string[] = ['#08306b', '#2f6fae', '#7aaed6', '#c9dff0', '#ffffff'];
const colour = { field: 'profiel', type: 'nominal', title: 'Klantprofiel', sort: ORDER, scale: { domain: ORDER, range: PROFIEL_KLEUREN } } as const;
/** The page behind the charts, and all their text (axes, legends, headers, titles): 16:1 against it (WCAG 2.1 AA asks 4.5:1). */
export const ACHTERGROND = '#ffffff';
export const TEKST = '#1a1a1a';
/** Lines that are not text (axes, ticks, grid): 7:1 against the page (AA asks 3:1 for graphics). */
const LIJN = '#595959';
/** A label inside a bar of profile `i` (ORDER's index): white on the two dark fills, else the text colour. */
export const labelOnBar = (i: number) => (i < 2 ? '#ffffff' : TEKST);
const base = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  background: ACHTERGROND,
  config: {
    font: 'Helvetica, Arial, sans-serif',
    view: { stroke: null },
    axis: { labelLimit: 240, labelColor: TEKST, titleColor: TEKST, domainColor: LIJN, tickColor: LIJN, gridColor: '#d9d9d9' },
    legend: { labelLimit: 240, labelColor: TEKST, titleColor: TEKST },
    header: { labelColor: TEKST, titleColor: TEKST },
    title: { color: TEKST, subtitleColor: TEKST },
    text: { color: TEKST },
  },
} as const;

/** The sample's profile shares per band, stacked to 100%. */
export function sampleSharesChart(a: Analysis): ChartSpec {
  const values = a.steekproef
    .filter((s) => s.profiel !== null || s.aantal > 0)
    .map((s) => ({ leeftijdsgroep: LEEFTIJDSGROEP_NAMEN[s.leeftijdsgroep], profiel: profielNaam(s.profiel), percentage: s.percentage, volgorde: ORDER.indexOf(profielNaam(s.profiel)) }));
  return {
    ...base,
    width: 360,
    height: 240,
    data: { values },
    // The labels' colours are a scale of their own, beside the bars' fills.
    resolve: { scale: { color: 'independent' } },
    encoding: {
      x: { field: 'leeftijdsgroep', type: 'nominal', sort: BANDS, title: null, axis: { labelAngle: 0 } },
      y: { field: 'percentage', type: 'quantitative', stack: 'zero', title: '% van de dossiers', scale: { domain: [0, 100] } },
      order: { field: 'volgorde', type: 'quantitative' },
    },
    layer: [
      { mark: { type: 'bar', stroke: '#222', strokeWidth: 0.6 }, encoding: { color: colour } },
      {
        mark: { type: 'text', dy: 0, fontSize: 10 },
        transform: [{ filter: 'datum.percentage >= 6' }],
        encoding: {
          y: { field: 'percentage', type: 'quantitative', stack: 'zero', bandPosition: 0.5 },
          text: { field: 'percentage', type: 'quantitative', format: '.0f' },
          // Each label in the colour that reads on its bar (labelOnBar; tests/render/charts.test.ts checks the contrast).
          color: { field: 'profiel', type: 'nominal', scale: { domain: ORDER, range: ORDER.map((_, i) => labelOnBar(i)) }, legend: null },
        },
      },
    ],
  } as ChartSpec;
}

/** The estimated clients per profile and band, with the 95% interval as a whisker. */
export function estimatesChart(a: Analysis): ChartSpec {
  const values = a.extrapolatie
    .filter((e) => e.leeftijdsgroep !== 'totaal' && (e.profiel !== null || e.afgerond > 0))
    .map((e) => ({ leeftijdsgroep: LEEFTIJDSGROEP_NAMEN[e.leeftijdsgroep as keyof typeof LEEFTIJDSGROEP_NAMEN], profiel: profielNaam(e.profiel), nr: e.profiel === null ? '?' : String(e.profiel), schatting: e.afgerond, onder: e.interval95[0], boven: e.interval95[1] }));
  return {
    ...base,
    data: { values },
    facet: { column: { field: 'leeftijdsgroep', type: 'nominal', sort: BANDS, title: null, header: { labelFontSize: 12 } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 150,
      height: 220,
      encoding: { x: { field: 'nr', type: 'nominal', title: 'Klantprofiel', axis: { labelAngle: 0 } } },
      layer: [
        { mark: { type: 'bar', stroke: '#222', strokeWidth: 0.6 }, encoding: { y: { field: 'schatting', type: 'quantitative', title: 'Aantal klanten' }, color: colour } },
        { mark: { type: 'rule', strokeWidth: 1.5, color: '#000' }, encoding: { y: { field: 'onder', type: 'quantitative' }, y2: { field: 'boven' } } },
        { mark: { type: 'tick', thickness: 1.5, size: 10, color: '#000' }, encoding: { y: { field: 'onder', type: 'quantitative' } } },
        { mark: { type: 'tick', thickness: 1.5, size: 10, color: '#000' }, encoding: { y: { field: 'boven', type: 'quantitative' } } },
      ],
    },
  } as ChartSpec;
}

/** The 1200–1400 ranges per band and profile: the range as a thick bar, the margin as a line. */
export function rangesChart(a: Analysis): ChartSpec {
  const values = a.bandbreedte.groepen.flatMap((g) =>
    g.profielen
      .filter((p) => p.profiel !== null || p.tot > 0)
      .map((p) => ({ leeftijdsgroep: LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep], profiel: profielNaam(p.profiel), van: p.van, tot: p.tot, marge_van: p.marge_van, marge_tot: p.marge_tot })),
  );
  return {
    ...base,
    data: { values },
    facet: { row: { field: 'leeftijdsgroep', type: 'nominal', sort: BANDS, title: null, header: { labelAngle: 0, labelAlign: 'left', labelFontSize: 12 } } },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 380,
      height: 110,
      encoding: { y: { field: 'profiel', type: 'nominal', sort: ORDER, title: null } },
      layer: [
        { mark: { type: 'rule', strokeWidth: 1.2, color: '#555' }, encoding: { x: { field: 'marge_van', type: 'quantitative', title: 'Aantal klanten' }, x2: { field: 'marge_tot' } } },
        { mark: { type: 'bar', height: 10, stroke: '#222', strokeWidth: 0.6 }, encoding: { x: { field: 'van', type: 'quantitative' }, x2: { field: 'tot' }, color: colour } },
      ],
    },
  } as ChartSpec;
}

/**
 * One band over time: a small panel per profile with the estimate at each peildatum as a line and
 * its 95% interval as a shaded band. `inShares`: shares of the band in %, else clients. Panels
 * have their own scale: profile 3's hundreds would flatten profile 1's tens.
 */
export function trendChart(points: readonly { peildatum: string; profiel: Profiel | null; waarde: number; onder: number; boven: number }[], inShares: boolean): ChartSpec {
  const values = points.map((p) => ({ ...p, profiel: profielNaam(p.profiel) }));
  const dates = [...new Set(points.map((p) => p.peildatum))].sort();
  const y = { type: 'quantitative', title: inShares ? '% van de leeftijdsgroep' : 'Aantal klanten' } as const;
  return {
    ...base,
    data: { values },
    facet: { column: { field: 'profiel', type: 'nominal', sort: ORDER, title: null, header: { labelFontSize: 9, labelLimit: 0, labelExpr: "replace(datum.label, 'Maatsch. act. & behandeling', 'Maatsch. act. & beh.')" } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 105,
      height: 150,
      encoding: { x: { field: 'peildatum', type: 'temporal', title: null, axis: { values: dates, format: '%m-%Y', labelAngle: -45 } } },
      layer: [
        { mark: { type: 'area', color: '#6baed6', opacity: 0.35 }, encoding: { y: { field: 'onder', ...y }, y2: { field: 'boven' } } },
        { mark: { type: 'line', color: '#08306b', strokeWidth: 2, point: { filled: true, size: 36, color: '#08306b' } }, encoding: { y: { field: 'waarde', ...y } } },
      ],
    },
  } as ChartSpec;
}
