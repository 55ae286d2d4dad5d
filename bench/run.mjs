#!/usr/bin/env node
// npm run bench: the main job on a large export, and the raad report on the sample. Generates N
// dossiers (the sample's rows with new ids) and a population 10× the sample per stratum, runs
// `classify --format json --dossiers` in this process and checks wall time and peak memory
// against targets; then times `report` on the 56-dossier sample per format (target: under 2 s
// without PDF, as a user runs it: a new process each time).
//   BENCH_DOSSIERS=200000 npm run bench
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const N = Number(process.env.BENCH_DOSSIERS ?? 100_000);
const TARGET_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 20);
const TARGET_MB = Number(process.env.BENCH_MAX_MB ?? 1024);
const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'bench/out');
mkdirSync(dir, { recursive: true });

const [header, ...rows] = readFileSync(join(root, 'data-samples/dossiers-2018.csv'), 'utf8').trim().split('\n');
const cols = header.split(',');
const ageCol = cols.indexOf('leeftijd');
const durCol = cols.indexOf('uitkeringsduur_maanden');
const stratumCol = cols.indexOf('stratum_uitkeringsduur');
const perStratum = new Map();
const lines = [header];
for (let i = 0; i < N; i++) {
  const cells = rows[i % rows.length].split(',');
  cells[0] = `D${i}`;
  lines.push(cells.join(','));
  const age = Number(cells[ageCol]);
  const band = age < 27 ? '<27' : age < 55 ? '27-55' : '55+';
  const m = Number(cells[durCol]);
  const dur = cells[stratumCol] || (m < 12 ? '<1' : m <= 60 ? '1-5' : '>5');
  perStratum.set(`${band},${dur}`, (perStratum.get(`${band},${dur}`) ?? 0) + 1);
}
const input = join(dir, 'dossiers.csv');
writeFileSync(input, `${lines.join('\n')}\n`);
const population = join(dir, 'populatie.csv');
const strata = ['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => `${b},${u},${10 * (perStratum.get(`${b},${u}`) ?? 0)}`));
writeFileSync(population, `leeftijdsgroep,uitkeringsduur,aantal\n${strata.join('\n')}\n`);

const { main } = await import(join(root, 'dist/cli/main.js'));
const output = join(dir, 'telling.json');
const started = process.hrtime.bigint();
const code = await main(['node', 'profiel', 'classify', input, '--populatie', population, '--format', 'json', '--dossiers', '--uitvoer', output]);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const peakMb = process.resourceUsage().maxRSS / 1024;
const inputMb = statSync(input).size / 1e6;

console.log(`classify: ${N} dossiers (${inputMb.toFixed(1)} MB) in ${seconds.toFixed(2)} s — ${Math.round(N / seconds)} dossiers/s, piek ${peakMb.toFixed(0)} MB geheugen (exit ${code})`);
const failures = [];
if (code !== 0) failures.push(`exit ${code}`);
if (seconds > TARGET_SECONDS) failures.push(`te traag: ${seconds.toFixed(1)} s > ${TARGET_SECONDS} s`);
if (peakMb > TARGET_MB) failures.push(`te veel geheugen: ${peakMb.toFixed(0)} MB > ${TARGET_MB} MB`);
const REPORT_SECONDS = Number(process.env.BENCH_MAX_REPORT_SECONDS ?? 2);
for (const ext of ['html', 'md', 'xlsx']) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, 'bin/profiel'), 'report', join(root, 'data-samples/dossiers-2018.csv'), '--uitvoer', join(dir, `rapport.${ext}`)], { encoding: 'utf8' });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`report .${ext}: 56 dossiers in ${s.toFixed(2)} s (exit ${r.status})`);
  if (r.status !== 0) failures.push(`report .${ext}: exit ${r.status}`);
  if (s > REPORT_SECONDS) failures.push(`report .${ext} te traag: ${s.toFixed(2)} s > ${REPORT_SECONDS} s`);
}
if (failures.length) {
  console.error(`bench NIET gehaald: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`bench gehaald (doel: classify ≤ ${TARGET_SECONDS} s en ≤ ${TARGET_MB} MB; report ≤ ${REPORT_SECONDS} s)`);
