// Property-based tests (fast-check) over generated and mutated exports, population files and rule
// files, run through the command line in this process. Whatever the input: never an exception
// that main does not turn into an exit code, never a stack trace, the exit code is 0–3, and on
// exit 0 the JSON keeps the contract (no null or NaN where a number is promised) and its sample
// counts add up to the dossiers read.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_COLUMNS } from '../../src/dossier/schema.js';
import { WAARDEN } from '../../src/dossier/vocabulary.js';
import { analysisSchema } from '../../src/estimate/contract.js';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { forWork, SAMPLE } from '../helpers.js';
import { run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'profiel-eigenschap-'));
let n = 0;
const write = (data: string | Uint8Array, ext = 'csv') => {
  const path = join(dir, `${n++}.${ext}`);
  writeFileSync(path, data);
  return path;
};

/** The promises every run keeps, whatever the input; returns the exit code. */
async function checkRun(args: string[], codes?: Set<number>): Promise<void> {
  const r = await run(args);
  codes?.add(r.code);
  expect([0, 1, 2, 3]).toContain(r.code);
  expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|ReferenceError/);
  if (r.code !== 0 || !args.includes('json')) return;
  const json = analysisSchema.parse(JSON.parse(r.stdout));
  const read = json.invoer.dossiers;
  expect(json.steekproef.reduce((t, s) => t + s.aantal, 0)).toBe(read);
  expect(json.populatie.strata.reduce((t, s) => t + s.steekproef, 0)).toBe(read);
  const totaal = json.extrapolatie.filter((e) => e.leeftijdsgroep === 'totaal');
  if (totaal.length) expect(totaal.reduce((t, e) => t + e.dossiers, 0)).toBe(read);
  for (const e of json.extrapolatie) {
    expect(e.interval95[0]).toBeLessThanOrEqual(e.schatting + 1e-9);
    expect(e.interval95[1]).toBeGreaterThanOrEqual(e.schatting - 1e-9);
  }
}

/** A cell for a column: a valid value, or (in a dirty export) sometimes anything at all. */
function cellFor(column: string, dirty: boolean): fc.Arbitrary<string> {
  const garbage = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '?', 'onbekend', 'n.b.', '-1', '1e400', '=1+1', '"', '\u0000'));
  const valid: fc.Arbitrary<string> =
    column === 'dossier_id'
      ? fc.stringMatching(/^[A-Z][0-9]{1,4}$/)
      : column === 'leeftijd'
        ? fc.integer({ min: 16, max: 90 }).map(String)
        : column === 'uitkeringsduur_maanden' || column === 'werkloosheidsduur_maanden'
          ? fc.integer({ min: 0, max: 500 }).map(String)
          : column === 'profiel_analist'
            ? fc.constantFrom('1', '2', '3', '4', '')
            : column in WAARDEN
              ? fc.subarray([...WAARDEN[column as keyof typeof WAARDEN]], { minLength: 1, maxLength: 3 }).map((v) => v.join('|'))
              : fc.constantFrom('ja', 'nee', '', '1', '0', '<1', '1-5', '>5', '<27', '27-55', '55+', '3');
  return dirty ? fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: garbage }) : valid;
}

const exportArb = fc
  .record({
    extra: fc.subarray(DOSSIER_COLUMNS.filter((c) => !['dossier_id', 'leeftijd', 'uitkeringsduur_maanden'].includes(c)), { maxLength: 8 }),
    rows: fc.integer({ min: 0, max: 40 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    crlf: fc.boolean(),
    dirty: fc.boolean(),
  })
  .chain(({ extra, rows, delimiter, crlf, dirty }) => {
    const columns = ['dossier_id', 'leeftijd', 'uitkeringsduur_maanden', ...extra];
    return fc.array(fc.tuple(...columns.map((c) => cellFor(c, dirty))), { minLength: rows, maxLength: rows }).map((body) => stringify([columns, ...body], { delimiter, record_delimiter: crlf ? 'windows' : 'unix' }));
  });

/** A byte-level edit of a file: replace, insert, delete, truncate or repeat a stretch. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Buffer, edits: readonly Mutation[]): Buffer {
  let b = bytes;
  for (const m of edits) {
    const at = b.length ? m.at % b.length : 0;
    if (m.kind === 'replace' && b.length) b = Buffer.concat([b.subarray(0, at), Buffer.from([m.byte]), b.subarray(at + 1)]);
    else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    else if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'repeat') b = Buffer.concat([b.subarray(0, at + m.length), b.subarray(at)]);
  }
  return b;
}

const sample = readFileSync(SAMPLE);
const STRATA = ['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => [b, u] as const));

describe('whatever the input', () => {
  it('a generated export', async () => {
    const codes = new Set<number>();
    await fc.assert(fc.asyncProperty(exportArb, async (text) => checkRun(['classify', write(text), '--format', 'json'], codes)), { numRuns: 150 });
    // Not vacuous: some exports were counted (and checked), some refused.
    expect([...codes]).toEqual(expect.arrayContaining([0, 1]));
  }, forWork(4));

  it('the sample with its bytes damaged (or, now and then, not)', async () => {
    const codes = new Set<number>();
    // An empty list of edits now and then keeps the accepted side of the property exercised.
    const edits = fc.oneof({ weight: 5, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant([]) });
    await fc.assert(
      fc.asyncProperty(edits, fc.constantFrom('json', 'csv'), async (e, format) => checkRun(['classify', write(mutate(sample, e)), '--format', format, '--dossiers'], codes)),
      { numRuns: 150 },
    );
    expect([...codes]).toEqual(expect.arrayContaining([0, 1]));
  }, forWork(2));

  it('a generated or damaged population file', async () => {
    const valid = fc.integer({ min: 0, max: 10_000 }).map(String);
    const count = (dirty: boolean) => (dirty ? fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constantFrom('-1', '1.5', '9'.repeat(30), '')) }) : valid);
    // Clean files (room for the sample's dossiers in every stratum) or damaged ones.
    const populationArb = fc.boolean().chain((dirty) =>
      fc
        .tuple(fc.array(dirty ? count(true) : fc.integer({ min: 20, max: 10_000 }).map(String), { minLength: 9, maxLength: 9 }), dirty ? fc.array(mutation, { maxLength: 2 }) : fc.constant([]))
        .map(([counts, edits]) => mutate(Buffer.from(`leeftijdsgroep,uitkeringsduur,aantal\n${STRATA.map(([b, u], i) => `${b},${u},${counts[i]}`).join('\n')}\n`), edits)),
    );
    const codes = new Set<number>();
    await fc.assert(fc.asyncProperty(populationArb, async (bytes) => checkRun(['classify', SAMPLE, '--populatie', write(bytes), '--format', 'json'], codes)), { numRuns: 100 });
    expect([...codes]).toEqual(expect.arrayContaining([0, 1]));
  }, forWork(2));

  it('a damaged rule file, or any JSON at all', async () => {
    const standaard = Buffer.from(JSON.stringify(STANDAARD_REGELS, null, 1));
    // The undamaged table now and then keeps the accepted side exercised (as for the samples).
    const ruleArb = fc.oneof(
      fc.constant(standaard),
      fc.array(mutation, { minLength: 1, maxLength: 3 }).map((edits) => mutate(standaard, edits)),
      fc.json().map((j) => Buffer.from(j)),
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify({ ...STANDAARD_REGELS, regels: [{ id: 'X', profiel: 1, als: v }] }))),
    );
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(ruleArb, async (bytes) => {
        const r = await run(['classify', SAMPLE, '--regels', write(bytes, 'json'), '--format', 'json']);
        codes.add(r.code);
        expect([0, 2]).toContain(r.code); // a rule file is usage: it works, or it is refused
        expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError/);
        if (r.code === 0) analysisSchema.parse(JSON.parse(r.stdout));
      }),
      { numRuns: 100 },
    );
    expect([...codes]).toEqual(expect.arrayContaining([0, 2]));
  }, forWork(1));

  it('a damaged previous count for recount', async () => {
    const previous = Buffer.from((await run(['classify', SAMPLE, '--format', 'json', '--dossiers'])).stdout);
    const codes = new Set<number>();
    // The undamaged count now and then keeps the accepted side exercised (as for the samples).
    const edits = fc.oneof({ weight: 5, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant([]) });
    await fc.assert(
      fc.asyncProperty(edits, async (e) => {
        const r = await run(['recount', SAMPLE, '--vorige', write(mutate(previous, e), 'json'), '--format', 'json']);
        codes.add(r.code);
        expect([0, 1]).toContain(r.code); // a previous count is input: it is read, or refused as input
        expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError/);
        if (r.code === 0) expect(JSON.parse(r.stdout).versie).toBe(2);
        else expect(r.stderr).toContain('de vorige telling');
      }),
      { numRuns: 60 },
    );
    // Not vacuous: some counts were read and compared, some refused.
    expect([...codes]).toEqual(expect.arrayContaining([0, 1]));
  }, forWork(1.5));
});
