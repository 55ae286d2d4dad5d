// --help and classify must stay quick: --help loads commander and the command declarations only;
// each command imports what it uses in its action, and the chart, workbook and browser libraries
// only the report. Walks the imports of the built program (npm test builds it first).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module reachable from `entry` through static `import … from '…'` (not `await import(…)`). */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

/** Files reachable from `entry` through `await import('…')` as well. */
function fullGraph(entry: string): Set<string> {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s+|import\()['"](\.[^'"]+)['"]/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(resolve(entry));
  return files;
}

describe('start-up', () => {
  const { files, packages } = staticGraph('dist/cli/main.js');
  const reached = (module: string) => [...files].some((f) => f.endsWith(module));

  it('loads commander and the command declarations for --help, not the reader, the schemas, the rules or the statistics', () => {
    // The walk itself works: it reaches every command's declaration and the shared options.
    for (const module of ['cli/classify.js', 'cli/report.js', 'cli/recount.js', 'cli/verloop.js', 'cli/explain.js', 'cli/trek.js', 'cli/plan.js', 'cli/selecteer.js', 'cli/common.js']) expect(reached(module), module).toBe(true);
    expect(packages).toContain('commander');
    for (const heavy of ['zod', 'csv-parse', 'csv-stringify', 'iconv-lite', 'cli-table3', 'fastest-levenshtein', '@stdlib/stats-base-dists-beta-quantile', '@stdlib/stats-base-dists-t-quantile', '@stdlib/random-base-mt19937', 'vega', 'vega-lite', 'exceljs', 'playwright-core']) {
      expect(packages, heavy).not.toContain(heavy);
    }
    for (const module of ['io/read-table.js', 'dossier/schema.js', 'rules/load.js', 'rules/evaluate.js', 'estimate/analysis.js', 'estimate/totals.js', 'sampling/draw.js', 'sampling/plan.js', 'sampling/pilot.js', 'cli/pipeline.js']) expect(reached(module), module).toBe(false);
  });

  it('reaches the main job and the report from the commands, lazily', () => {
    const all = fullGraph('dist/cli/main.js');
    for (const module of ['cli/pipeline.js', 'io/read-table.js', 'estimate/analysis.js', 'rules/evaluate.js', 'render/html.js', 'render/xlsx.js', 'render/pdf.js']) {
      expect([...all].some((f) => f.endsWith(module)), module).toBe(true);
    }
    const report = readFileSync('dist/cli/report.js', 'utf8');
    expect(report).toMatch(/await import\(['"]\.\.\/render\/html\.js['"]\)/);
    expect(report).toMatch(/await import\(['"]\.\.\/render\/xlsx\.js['"]\)/);
    expect(report).toMatch(/await import\(['"]\.\.\/render\/pdf\.js['"]\)/);
  });

  it('keeps the chart, workbook and browser libraries out of classify', () => {
    const { packages: classify } = staticGraph('dist/cli/pipeline.js');
    for (const heavy of ['vega', 'vega-lite', 'exceljs', 'playwright-core']) expect(classify).not.toContain(heavy);
    expect(classify).toContain('csv-parse');
  });

  it('loads the second thread only for an export large enough to split', () => {
    const { files, packages } = staticGraph('dist/cli/pipeline.js');
    expect([...files].some((f) => f.endsWith('count/index.js'))).toBe(true);
    expect([...files].some((f) => f.endsWith('count/two-threads.js'))).toBe(false);
    expect(packages).not.toContain('node:worker_threads');
    expect(readFileSync('dist/count/index.js', 'utf8')).toMatch(/await import\(['"]\.\/two-threads\.js['"]\)/);
  });
});
