// --help and classify must stay quick: the chart, workbook and browser libraries may only be
// reached through a dynamic import() in the report command. Walks the static imports of the
// built program (npm test builds it first).
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

describe('start-up', () => {
  const { files, packages } = staticGraph('dist/cli/main.js');

  it('does not load the chart, workbook or browser libraries for --help or classify', () => {
    // The walk itself works: it reaches the commands, the analysis and the CSV reader.
    for (const module of ['cli/classify.js', 'cli/report.js', 'estimate/analysis.js', 'io/read-table.js']) expect([...files].some((f) => f.endsWith(module)), module).toBe(true);
    expect(packages).toContain('commander');
    for (const heavy of ['vega', 'vega-lite', 'exceljs', 'playwright-core']) expect(packages).not.toContain(heavy);
    for (const renderer of ['charts.js', 'html.js', 'xlsx.js', 'pdf.js']) expect([...files].some((f) => f.endsWith(`/render/${renderer}`))).toBe(false);
  });

  it('does reach them from the report command, lazily', () => {
    const report = readFileSync('dist/cli/report.js', 'utf8');
    expect(report).toMatch(/await import\(['"]\.\.\/render\/html\.js['"]\)/);
    expect(report).toMatch(/await import\(['"]\.\.\/render\/xlsx\.js['"]\)/);
    expect(report).toMatch(/await import\(['"]\.\.\/render\/pdf\.js['"]\)/);
  });
});
