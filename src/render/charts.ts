// Draws the report's Vega-Lite specs as SVG in Node: no browser, no script in the result. The
// vega libraries are heavy, so only the report command loads this module.
import { View, parse } from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec } from './chart-specs.js';

export async function chartSvg(spec: ChartSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
