// What identifies a chart's compiled form: its Vega-Lite spec without the figures. Vega-Lite's
// compiler does not look at inline values, so every report's chart of one kind has one key.
import type { ChartSpec } from './chart-specs.js';

/** The spec as JSON, with its inline data emptied; undefined for a spec whose data is not inline values. */
export function chartKey(spec: ChartSpec): string | undefined {
  const data = 'data' in spec ? spec.data : undefined;
  if (!data || !('values' in data) || !Array.isArray(data.values)) return undefined;
  return JSON.stringify({ ...spec, data: { ...data, values: [] } });
}
