#!/usr/bin/env node
// npm run bench: is profiel fast and lean enough on large exports, and quick on small ones? For
// each size (default 50 k, 300 k and 1 M dossiers) it generates an export with every column, its
// population file and a client list (bench/generate.mjs), then runs, alternately and each as a new
// process, the yardstick — a bare csv-parse pass over the same file (bench/bare-pass.mjs) — and
// `profiel classify --format json --populatie …`, and prints per size the median times, their
// ratio and the peak memory; where installed, the same job in R survey and in DuckDB, with
// profiel's ratio to each. Then every other command's peak memory on the same export. Last, on the
// 56-dossier sample, the CPU time of `--help`, `classify` and `report --format html` against a
// bare `node -e 0`, and `report` per format.
// Targets (issues 9 and 20): classify ≤ 1.25 × the pass from 300 k rows on, peak ≤ 150 MB at every
// size; every command's peak ≤ 1.5 × classify's on the same export, and at most 1.5 × its own at
// the smallest size (the working copies, whose list grows with the export, are measured and shown
// only); CPU on the sample: --help ≤ 1.5 ×, classify ≤ 3 ×, report html ≤ 6 × node;
// report ≤ 2 s. Exit 1 when one is missed.
//
//   npm run bench
//   BENCH_SIZES=50000,300000 BENCH_RUNS=5 npm run bench
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'bench/out');
mkdirSync(dir, { recursive: true });
const SIZES = (process.env.BENCH_SIZES ?? '50000,300000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MAX_RATIO = 1.25;
const RATIO_FROM = 300_000;
const MAX_MB = 150;
const MAX_REPORT_SECONDS = 2;
/** Every command's peak against classify's on the same export, and against its own at the smallest size. */
const MAX_COMPARE_RATIO = 1.5;
const MAX_GROWTH = 1.5;
/** The working copies: their list of differing dossiers grows with the export; shown, not held to the two targets above. */
const MEASURED_ONLY = new Set(['werkversie .html', 'werkversie .xlsx']);
/** CPU on the sample against `node -e 0`. */
const MAX_CPU = { '--help': 1.5, classify: 3, 'report --format html': 6 };
const profiel = join(root, 'bin/profiel');
const rss = join(root, 'bench/rss.cjs');

/** Another program on the same file, timed by GNU time (wall seconds, peak memory); undefined when either is missing. */
function runOther(command, args) {
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', command, '--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'bench-maxrss-kb: %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peak = /bench-maxrss-kb: (\d+)/.exec(r.stderr);
  return r.status === 0 && peak ? { seconds, mb: Number(peak[1]) / 1024 } : undefined;
}

/** Runs a node script as a new process; its wall time, and its peak memory and CPU time as it reports them. */
function run(args, { check = true } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', rss, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peak = /^bench-maxrss-kb: (\d+)$/m.exec(r.stderr);
  const cpu = /^bench-cpu-us: (\d+)$/m.exec(r.stderr);
  if (check && r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { seconds, mb: peak ? Number(peak[1]) / 1024 : NaN, cpu: cpu ? Number(cpu[1]) / 1e6 : NaN, status: r.status };
}

/** The client list of an export: its first id, age and duration columns, as trek reads a list of all clients. */
function clientList(csv, list) {
  const lines = readFileSync(csv, 'utf8').split('\n');
  const header = lines[0].split(',');
  const at = ['dossier_id', 'leeftijd', 'uitkeringsduur_maanden'].map((c) => header.indexOf(c));
  writeFileSync(list, lines.filter((l) => l !== '').map((l) => { const f = l.split(','); return at.map((i) => f[i]).join(','); }).join('\n') + '\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f2 = (x) => x.toFixed(2);
const failures = [];
/** Per command, its peak at each size. */
const peaks = {};

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`threads: ${process.env.PROFIEL_DRADEN === '1' ? 'one (PROFIEL_DRADEN=1)' : 'two from 8 MB on'}; ${RUNS} runs each, alternately, medians`);
console.log('rows       bare pass   classify   ratio   peak MB (bare / classify)');
for (const n of SIZES) {
  const csv = join(dir, `dossiers-${n}.csv`);
  const population = join(dir, `populatie-${n}.csv`);
  if (!existsSync(csv) || !existsSync(population)) await generate(n, csv, population);
  const output = join(dir, `telling-${n}.json`);
  const bare = [];
  const classify = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(run([join(root, 'bench/bare-pass.mjs'), csv]));
    classify.push(run([profiel, 'classify', csv, '--populatie', population, '--format', 'json', '--uitvoer', output, '--stil']));
  }
  const ratio = median(classify.map((c) => c.seconds)) / median(bare.map((b) => b.seconds));
  const peak = Math.max(...classify.map((c) => c.mb));
  const barePeak = Math.max(...bare.map((b) => b.mb));
  const counted = JSON.parse(readFileSync(output, 'utf8')).invoer.dossiers;
  console.log(
    `${String(n).padEnd(10)} ${f2(median(bare.map((b) => b.seconds))).padStart(7)} s ${f2(median(classify.map((c) => c.seconds))).padStart(8)} s ${f2(ratio).padStart(6)}×   ${barePeak.toFixed(0).padStart(4)} / ${peak.toFixed(0)}`,
  );
  if (counted !== n) failures.push(`${n}: classify telde ${counted} dossiers`);
  // Peers on the same job, where installed: R survey (read.csv + svydesign + svyby) and DuckDB (the
  // rule table as a CASE expression, stratified totals and variances in SQL), alternated with profiel.
  const classifySeconds = median(classify.map((c) => c.seconds));
  for (const [name, command, args] of [
    ['R survey', 'Rscript', [join(root, 'bench/survey.R'), csv, population]],
    ['DuckDB', 'python3', [join(root, 'bench/duckdb-job.py'), csv, population]],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = runOther(command, args);
      if (!r) break;
      runs.push(r);
    }
    if (runs.length === RUNS) {
      const seconds = median(runs.map((r) => r.seconds));
      console.log(`${''.padEnd(10)} ${name}: ${f2(seconds)} s, ${Math.max(...runs.map((r) => r.mb)).toFixed(0)} MB — profiel ${f2(classifySeconds / seconds)}× de tijd`);
    } else console.log(`${''.padEnd(10)} ${name}: niet geïnstalleerd, overgeslagen`);
  }
  if (n >= RATIO_FROM && ratio > MAX_RATIO) failures.push(`${n} rijen: ${f2(ratio)}× de kale csv-parse (doel ≤ ${MAX_RATIO})`);
  if (peak > MAX_MB) failures.push(`${n} rijen: piek ${peak.toFixed(0)} MB (doel ≤ ${MAX_MB})`);
  rmSync(output, { force: true });

  // Every command on the same export: its peak against classify's (issue 20: flat in memory). The
  // monthly cycle reads last month's count with its whole dossier list, as a stream.
  const previous = join(dir, `vorige-${n}.json`);
  run([profiel, 'classify', csv, '--populatie', population, '--dossiers', '--format', 'json', '--peildatum', '2026-10-01', '--uitvoer', previous, '--stil']);
  const small = join(dir, 'telling-steekproef.json');
  run([profiel, 'classify', join(root, 'data-samples/dossiers-2018.csv'), '--peildatum', '2026-11-01', '--format', 'json', '--uitvoer', small, '--stil']);
  const list = join(dir, `klantenlijst-${n}.csv`);
  if (!existsSync(list)) clientList(csv, list);
  const out = (name) => join(dir, `uit-${n}-${name}`);
  const commands = {
    'report .html': ['report', csv, '--populatie', population, '--uitvoer', out('rapport.html')],
    'report .md': ['report', csv, '--populatie', population, '--uitvoer', out('rapport.md')],
    'report .xlsx': ['report', csv, '--populatie', population, '--uitvoer', out('rapport.xlsx')],
    // The analyst's copy lists every dossier where rules and analyst differ (a third of the bench
    // export): measured, not held to the targets (issue 20 asks that its list streams to the file).
    'werkversie .html': ['report', csv, '--populatie', population, '--werkversie', '--uitvoer', out('werkversie.html')],
    'werkversie .xlsx': ['report', csv, '--populatie', population, '--werkversie', '--uitvoer', out('werkversie.xlsx')],
    recount: ['recount', csv, '--populatie', population, '--vorige', previous, '--format', 'json', '--uitvoer', out('verschil.json')],
    verloop: ['verloop', previous, small, '--format', 'json', '--uitvoer', out('verloop.json')],
    selecteer: ['selecteer', csv, '--populatie', population, '--aantal', '100', '--zaad', '1', '--format', 'json', '--uitvoer', out('pilot.json')],
    trek: ['trek', list, '--aantal', '600', '--zaad', '1', '--uitvoer', out('steekproef.csv')],
    validate: ['validate', csv],
  };
  const row = [`classify ${peak.toFixed(0)}`];
  for (const [name, args] of Object.entries(commands)) {
    const r = run([profiel, ...args, '--stil'], { check: false });
    const mb = r.status === 0 || (name === 'validate' && r.status === 1) ? r.mb : NaN;
    (peaks[name] ??= []).push(mb);
    row.push(`${name} ${Number.isNaN(mb) ? `exit ${r.status}` : mb.toFixed(0)}`);
    if (Number.isNaN(mb)) failures.push(`${n} rijen: ${name} exit ${r.status}`);
    else if (!MEASURED_ONLY.has(name) && mb > MAX_COMPARE_RATIO * peak) failures.push(`${n} rijen: ${name} piek ${mb.toFixed(0)} MB (doel ≤ ${MAX_COMPARE_RATIO}× classify, ${(MAX_COMPARE_RATIO * peak).toFixed(0)} MB)`);
  }
  (peaks.classify ??= []).push(peak);
  console.log(`${''.padEnd(10)} piek MB: ${row.join(' · ')}`);
  rmSync(previous, { force: true });
  for (const name of ['rapport.html', 'rapport.md', 'rapport.xlsx', 'werkversie.html', 'werkversie.xlsx', 'verschil.json', 'verloop.json', 'pilot.json', 'steekproef.csv', 'steekproef-populatie.csv', 'steekproef-trekking.json']) rmSync(out(name), { force: true });
}

// Flat: from the smallest size to the largest, no command's peak may grow more than MAX_GROWTH.
if (SIZES.length > 1) {
  const growth = Object.entries(peaks).map(([name, mbs]) => [name, mbs.at(-1) / mbs[0]]);
  console.log(`groei van de piek, ${SIZES[0]} → ${SIZES.at(-1)} rijen: ${growth.map(([name, g]) => `${name} ${f2(g)}×${MEASURED_ONLY.has(name) ? ' (gemeten, geen doel)' : ''}`).join(' · ')}`);
  for (const [name, g] of growth) if (!MEASURED_ONLY.has(name) && g > MAX_GROWTH) failures.push(`${name}: piek ${f2(g)}× van ${SIZES[0]} naar ${SIZES.at(-1)} rijen (doel ≤ ${MAX_GROWTH}×)`);
}

// Start-up on the sample: CPU time of all threads, the median of many short runs, alternately with `node -e 0`.
const sample = join(root, 'data-samples/dossiers-2018.csv');
const small = { '--help': [profiel, '--help'], classify: [profiel, 'classify', sample], 'report --format html': [profiel, 'report', sample, '--format', 'html'] };
const cpu = { node: [] };
for (let i = 0; i < 15; i++) {
  cpu.node.push(run(['-e', '0']).cpu);
  for (const [name, args] of Object.entries(small)) (cpu[name] ??= []).push(run(args).cpu);
}
const nodeCpu = median(cpu.node);
console.log(`CPU op de steekproef (56 dossiers), mediaan van 15, tegen node -e 0 (${(1000 * nodeCpu).toFixed(0)} ms): ${Object.keys(small).map((name) => `${name} ${(1000 * median(cpu[name])).toFixed(0)} ms = ${f2(median(cpu[name]) / nodeCpu)}×`).join(' · ')}`);
for (const [name, max] of Object.entries(MAX_CPU)) {
  const ratio = median(cpu[name]) / nodeCpu;
  if (ratio > max) failures.push(`${name} op de steekproef: ${f2(ratio)}× de CPU van node -e 0 (doel ≤ ${max}×)`);
}

for (const ext of ['html', 'md', 'xlsx']) {
  const runs = [1, 2, 3].map(() => run([profiel, 'report', sample, '--uitvoer', join(dir, `rapport.${ext}`), '--stil'], { check: false }));
  const seconds = median(runs.map((r) => r.seconds));
  const failed = runs.find((r) => r.status !== 0);
  console.log(`report .${ext}: 56 dossiers in ${f2(seconds)} s (mediaan van 3${failed ? `; exit ${failed.status}` : ''})`);
  if (failed) failures.push(`report .${ext}: exit ${failed.status}`);
  if (seconds > MAX_REPORT_SECONDS) failures.push(`report .${ext}: ${f2(seconds)} s (doel ≤ ${MAX_REPORT_SECONDS} s)`);
}

if (failures.length) {
  console.error(`bench NIET gehaald: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`bench gehaald (classify ≤ ${MAX_RATIO}× vanaf ${RATIO_FROM} rijen, ≤ ${MAX_MB} MB; elke opdracht ≤ ${MAX_COMPARE_RATIO}× classify en ≤ ${MAX_GROWTH}× groei; CPU op de steekproef ${Object.entries(MAX_CPU).map(([k, v]) => `${k} ≤ ${v}×`).join(', ')}; report ≤ ${MAX_REPORT_SECONDS} s)`);
