// The project's own pages say what the program does: every column of the export, every key of the
// JSON it writes and every key of a rule file is documented, and every link between the pages
// leads somewhere. A key added without its line in docs/ fails here.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_COLUMNS } from '../src/dossier/schema.js';
import { ruleTableSchema } from '../src/rules/schema.js';
import { LEAF_TESTS } from '../src/rules/table.js';
import { STANDAARD_REGELS } from '../src/rules/load.js';
import { run } from './cli/run.js';
import { forWork, SAMPLE, sampleRows } from './helpers.js';

const page = (name: string) => readFileSync(join('docs', name), 'utf8');
const documented = (text: string) => new Set([...text.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1]!.split(/[\s/.,()[\]{}:"=]+/)));

/** Every key of a JSON value, at any depth (not the keys that are data, like a band name). */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!['<27', '27-55', '55+'].includes(key)) into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

describe('docs/', () => {
  let classify: unknown;
  let recount: unknown;
  let verloop: unknown;
  beforeAll(async () => {
    // Last month: the sample; this month: one dossier gone, one new, one with another analyst profile.
    const dir = mkdtempSync(join(tmpdir(), 'profiel-docs-'));
    const [header, ...rows] = sampleRows();
    const analist = header!.indexOf('profiel_analist');
    const changed = rows.slice(1).map((r, i) => (i === 0 ? r.map((c, j) => (j === analist ? (c === '4' ? '3' : '4') : c)) : r));
    changed.push(rows[2]!.map((c, j) => (j === 0 ? 'NIEUW-1' : c)));
    const now = join(dir, 'nu.csv');
    writeFileSync(now, `${[header!, ...changed].map((r) => r.join(',')).join('\n')}\n`);
    const before = join(dir, 'vorige.json');
    expect((await run(['classify', SAMPLE, '--format', 'json', '--dossiers', '--peildatum', '2026-10-01', '--uitvoer', before])).code).toBe(0);
    const count = await run(['classify', now, '--format', 'json', '--dossiers', '--peildatum', '2026-11-01']);
    classify = JSON.parse(count.stdout);
    writeFileSync(join(dir, 'nu.json'), count.stdout);
    recount = JSON.parse((await run(['recount', now, '--vorige', before, '--format', 'json'])).stdout);
    verloop = JSON.parse((await run(['verloop', before, join(dir, 'nu.json'), '--format', 'json'])).stdout);
  }, forWork(2));

  it('dossierexport.md names every column of the export', () => {
    const words = documented(page('dossierexport.md'));
    expect(DOSSIER_COLUMNS.filter((c) => !words.has(c))).toEqual([]);
  });

  it('telling-json.md names every key that classify, recount and verloop write', () => {
    const words = documented(page('telling-json.md'));
    const missing = (json: unknown) => [...keysOf(json)].filter((k) => !words.has(k));
    expect(missing(classify)).toEqual([]);
    expect(missing(recount)).toEqual([]);
    expect(missing(verloop)).toEqual([]);
    // The recount had changes of every kind, so its lists had items whose keys were seen.
    expect(recount).toMatchObject({ nieuw: [expect.anything()], vervallen: [expect.anything()], gewijzigd: [expect.anything()] });
  });

  it('beslisregels.md names every key of a rule file and every test of a condition', () => {
    const words = documented(page('beslisregels.md'));
    const keys = keysOf(ruleTableSchema.parse(STANDAARD_REGELS));
    for (const k of [...Object.keys(ruleTableSchema.shape), ...LEAF_TESTS, 'alle', 'een_van', 'niet', 'begrip', 'bij_profiel', 'onderdeel_van', 'label']) keys.add(k);
    expect([...keys].filter((k) => !words.has(k))).toEqual([]);
  });

  it('every relative link of the README and the pages leads to a file', () => {
    const pages = ['README.md', 'data-samples/README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];
    for (const file of pages) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        expect(existsSync(join(dirname(file), target!)), `${file} → ${target}`).toBe(true);
      }
    }
  });
});
