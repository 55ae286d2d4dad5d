// Draws the report's Vega-Lite specs as SVG in Node: no browser, no script in the result. The
// vega libraries are heavy, so only the report command loads this module; Vega-Lite's compiler
// only for a chart that was not compiled at build time (scripts/compile-charts.mjs).
import { View, parse, type Spec } from 'vega';
import { chartKey } from './chart-key.js';
import type { ChartSpec } from './chart-specs.js';
import { COMPILED_CHARTS } from './compiled-charts.js';

export async function chartSvg(spec: ChartSpec): Promise<string> {
  const view = new View(parse(await vegaOf(spec)), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart in Vega: its compiled form with this chart's figures put in, else compiled now. */
export async function vegaOf(spec: ChartSpec): Promise<Spec> {
  const key = chartKey(spec);
  // A copy: Vega may annotate what it parses, and the table serves every chart of its kind.
  const compiled = key === undefined || COMPILED_CHARTS[key] === undefined ? undefined : structuredClone(COMPILED_CHARTS[key]);
  // Vega-Lite writes inline values as one data set that holds them; the others derive from it.
  const inline = compiled?.data?.filter((d) => 'values' in d) ?? [];
  if (compiled && inline.length === 1) {
    Object.assign(inline[0]!, { values: (spec as { data: { values: unknown[] } }).data.values });
    return compiled;
  }
  const { compile } = await import('vega-lite');
  return compile(spec).spec;
}
