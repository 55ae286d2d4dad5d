// The charts read for everyone (WCAG 2.1 AA): every text at least 4.5:1 against what is behind it,
// computed from the colours the specs set and the SVG that Vega draws — not from a screenshot —
// and lines and bar outlines at least 3:1 against the page.
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { chartKey } from '../../src/render/chart-key.js';
import { chartSvg, vegaOf } from '../../src/render/charts.js';
import { COMPILED_CHARTS } from '../../src/render/compiled-charts.js';
import { ACHTERGROND, estimatesChart, labelOnBar, PROFIEL_KLEUREN, rangesChart, sampleSharesChart, TEKST, trendChart } from '../../src/render/chart-specs.js';
import type { AnalysisFile } from '../../src/estimate/contract.js';
import { run } from '../cli/run.js';
import { forWork, SAMPLE } from '../helpers.js';

/** WCAG 2.1 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Per group class of the SVG (role-axis-label, role-legend-label, layer_1_marks …), the fills of its texts. */
function textFills(svg: string): Map<string, Set<string>> {
  const fills = new Map<string, Set<string>>();
  for (const group of svg.split('<g class="').slice(1)) {
    const role = group.slice(0, group.indexOf('"'));
    const body = group.slice(0, group.indexOf('<g class="') > 0 ? group.indexOf('<g class="') : undefined);
    for (const [text] of body.matchAll(/<text[^>]*>/g)) {
      const fill = /fill="(#[0-9a-f]{6})"/i.exec(text)?.[1] ?? '#000000';
      (fills.get(role) ?? fills.set(role, new Set()).get(role)!).add(fill.toLowerCase());
    }
  }
  return fills;
}

describe('chart colours', () => {
  it('give text 4.5:1 on the page and on every bar it is drawn on, and outlines 3:1', () => {
    expect(contrast(TEKST, ACHTERGROND)).toBeGreaterThanOrEqual(4.5);
    PROFIEL_KLEUREN.forEach((fill, i) => expect(contrast(labelOnBar(i), fill), `label on profile ${i + 1}`).toBeGreaterThanOrEqual(4.5));
    // Bars are outlined in #222: even the white one is 3:1 against the page.
    expect(contrast('#222222', ACHTERGROND)).toBeGreaterThanOrEqual(3);
    expect(contrast('#595959', ACHTERGROND)).toBeGreaterThanOrEqual(3);
  });

  it('are what Vega draws: every text of every chart of the report in the text colour, labels in bars as labelOnBar says', async () => {
    const a = JSON.parse((await run(['classify', SAMPLE, '--format', 'json'])).stdout) as AnalysisFile;
    const trend = trendChart(
      [1, 2, 3, 4].flatMap((p) => ['2026-10-01', '2026-11-01'].map((peildatum, i) => ({ peildatum, profiel: p as 1 | 2 | 3 | 4, waarde: 20 + 10 * p + i, onder: 10 * p, boven: 40 + 10 * p }))),
      false,
    );
    const barLabels = new Set(PROFIEL_KLEUREN.map((_, i) => labelOnBar(i)));
    for (const [name, spec] of Object.entries({ steekproef: sampleSharesChart(a), schattingen: estimatesChart(a), bandbreedte: rangesChart(a), verloop: trend })) {
      const svg = await chartSvg(spec);
      expect(svg, name).toContain(`fill="${ACHTERGROND}"`);
      const fills = textFills(svg);
      expect(fills.size, name).toBeGreaterThan(0);
      for (const [role, set] of fills) {
        const allowed = role.includes('role-mark') ? barLabels : new Set([TEKST]);
        for (const fill of set) expect(allowed.has(fill), `${name}: ${role} in ${fill}`).toBe(true);
      }
    }
  }, forWork(1.5));
});

describe('charts compiled at build time (scripts/compile-charts.mjs)', () => {
  it("serve the report's three charts: with the sample's figures put in, each is what Vega-Lite compiles of it", async () => {
    const a = JSON.parse((await run(['classify', SAMPLE, '--format', 'json'])).stdout) as AnalysisFile;
    for (const spec of [sampleSharesChart(a), estimatesChart(a), rangesChart(a)]) {
      expect(COMPILED_CHARTS[chartKey(spec)!], 'not in src/render/compiled-charts.ts: npm run charts').toBeDefined();
      expect(await vegaOf(spec)).toEqual(compile(spec).spec);
    }
  }, forWork(1.5));

  it('are current: every entry is what this Vega-Lite compiles of its spec (else: npm run charts)', () => {
    for (const [key, vega] of Object.entries(COMPILED_CHARTS)) expect(vega).toEqual(compile(JSON.parse(key)).spec);
  });

  it('leave a chart they do not hold to Vega-Lite: the verloop, whose axis lists its dates', async () => {
    const spec = trendChart([{ peildatum: '2026-10-01', profiel: 1, waarde: 5, onder: 2, boven: 9 }], false);
    expect(COMPILED_CHARTS[chartKey(spec)!]).toBeUndefined();
    expect(await vegaOf(spec)).toEqual(compile(spec).spec);
  });
});
