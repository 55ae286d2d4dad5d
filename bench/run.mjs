#!/usr/bin/env node
// npm run bench: is profiel fast and lean enough on large exports? For each size (default 50 k,
// 300 k and 1 M dossiers) it generates an export with every column and its population file
// (bench/generate.mjs), then runs, alternately and each as a new process, the yardstick — a bare
// csv-parse pass over the same file (bench/bare-pass.mjs) — and `profiel classify --format json
// --populatie …`, and prints per size the median times, their ratio and the peak memory. Then
// `profiel --help` against a bare `node -e 0`, and `report` on the sample per format.
// Targets (issue 9): classify ≤ 1.25 × the pass from 300 k rows on, peak ≤ 150 MB at every size,
// --help ≤ 2 × node; report ≤ 2 s. Exit 1 when one is missed.
//
//   npm run bench
//   BENCH_SIZES=50000,300000 BENCH_RUNS=5 npm run bench
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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
const MAX_HELP_RATIO = 2;
const MAX_REPORT_SECONDS = 2;
const MAX_COMPARE_RATIO = 1.5;
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

/** Runs a node script as a new process; its wall time, and its peak memory as it reports it. */
function run(args, { check = true } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', rss, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peak = /^bench-maxrss-kb: (\d+)$/m.exec(r.stderr);
  if (check && r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { seconds, mb: peak ? Number(peak[1]) / 1024 : NaN, status: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f2 = (x) => x.toFixed(2);
const failures = [];

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
  // For reference, where installed: R survey (read.csv + svydesign + svyby) and Miller (count-distinct).
  const survey = runOther('Rscript', [join(root, 'bench/survey.R'), csv, population]);
  const miller = runOther('mlr', ['--icsv', '--ojson', 'count-distinct', '-f', 'stratum_leeftijdsgroep,stratum_uitkeringsduur,profiel_analist', csv]);
  for (const [name, r] of [['R survey', survey], ['Miller', miller]]) {
    if (r) console.log(`${''.padEnd(10)} ${name}: ${f2(r.seconds)} s, ${r.mb.toFixed(0)} MB`);
  }
  if (n >= RATIO_FROM && ratio > MAX_RATIO) failures.push(`${n} rijen: ${f2(ratio)}× de kale csv-parse (doel ≤ ${MAX_RATIO})`);
  if (peak > MAX_MB) failures.push(`${n} rijen: piek ${peak.toFixed(0)} MB (doel ≤ ${MAX_MB})`);
  rmSync(output, { force: true });

  // The monthly cycle on the same export: last month's count with its whole dossier list (issue 16:
  // read as a stream, peak ≤ 1.5 × classify's), and the trend over two such counts.
  const previous = join(dir, `vorige-${n}.json`);
  run([profiel, 'classify', csv, '--populatie', population, '--dossiers', '--format', 'json', '--peildatum', '2026-10-01', '--uitvoer', previous, '--stil']);
  const recount = run([profiel, 'recount', csv, '--populatie', population, '--vorige', previous, '--format', 'json', '--uitvoer', join(dir, `verschil-${n}.json`), '--stil']);
  const small = join(dir, 'telling-steekproef.json');
  run([profiel, 'classify', join(root, 'data-samples/dossiers-2018.csv'), '--peildatum', '2026-11-01', '--format', 'json', '--uitvoer', small, '--stil']);
  const verloop = run([profiel, 'verloop', previous, small, '--format', 'json', '--uitvoer', join(dir, `verloop-${n}.json`), '--stil']);
  console.log(`${''.padEnd(10)} recount (vorige: ${n} dossiers in de lijst): ${f2(recount.seconds)} s, ${recount.mb.toFixed(0)} MB (${f2(recount.mb / peak)}× classify); verloop: ${f2(verloop.seconds)} s, ${verloop.mb.toFixed(0)} MB`);
  if (recount.mb > MAX_COMPARE_RATIO * peak) failures.push(`${n} rijen: recount piek ${recount.mb.toFixed(0)} MB (doel ≤ ${MAX_COMPARE_RATIO}× classify)`);
  if (verloop.mb > MAX_COMPARE_RATIO * peak) failures.push(`${n} rijen: verloop piek ${verloop.mb.toFixed(0)} MB (doel ≤ ${MAX_COMPARE_RATIO}× classify)`);
  for (const f of [previous, join(dir, `verschil-${n}.json`), join(dir, `verloop-${n}.json`)]) rmSync(f, { force: true });
}

// Start-up: the median of many short runs, alternately.
const help = [];
const bareNode = [];
for (let i = 0; i < 15; i++) {
  bareNode.push(run(['-e', '0']).seconds);
  help.push(run([profiel, '--help']).seconds);
}
const helpRatio = median(help) / median(bareNode);
console.log(`profiel --help: ${(1000 * median(help)).toFixed(0)} ms, node -e 0: ${(1000 * median(bareNode)).toFixed(0)} ms — ${f2(helpRatio)}×`);
if (helpRatio > MAX_HELP_RATIO) failures.push(`--help: ${f2(helpRatio)}× node -e 0 (doel ≤ ${MAX_HELP_RATIO})`);

const sample = join(root, 'data-samples/dossiers-2018.csv');
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
console.log(`bench gehaald (classify ≤ ${MAX_RATIO}× vanaf ${RATIO_FROM} rijen, ≤ ${MAX_MB} MB; --help ≤ ${MAX_HELP_RATIO}×; report ≤ ${MAX_REPORT_SECONDS} s)`);
