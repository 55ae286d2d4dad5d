#!/usr/bin/env node
// Bundles the CLI for start-up (npm run build, after tsc), so that starting profiel compiles a few
// files, from V8's code cache, instead of walking hundreds of small modules. Three steps:
//   1. esbuild bundles src/ with code splitting: dist/bundle/main.js and one file per part that a
//      command loads lazily; the worker of the two-thread count and the engine settings (which
//      bin/profiel applies before the rest loads) are entry points of their own.
//   2. Each file is turned into CommonJS (esbuild, file by file; a dynamic import becomes a
//      require): V8's code cache can be given to a CommonJS file (vm.Script) on Node 20, not to an
//      ES module.
//   3. Training runs on the sample write each file's code cache (bin/load-bundle.cjs).
// bin/profiel runs the bundle; the tests run the sources and dist/ as tsc writes it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/**
 * zod's error messages in some forty languages are half of zod in the bundle (300 KB to compile at
 * every start); profiel writes its own Dutch messages from zod's issue codes (io/read-json
 * zodReasons), so only zod's English default is kept.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) => (importer.includes('/node_modules/zod/') ? { path: `${dirname(dirname(importer))}/locales/index.js`, namespace: 'zod-english' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-english' }, ({ path }) => ({ contents: "export { default as en } from './en.js';", resolveDir: dirname(path) }));
  },
};

/**
 * @stdlib's inverse incomplete gamma function (under the beta quantile of every interval) logs
 * through `debug`, which loads Node's net and tty at start-up; profiel never turns that log on
 * (it would write to standard error), so the bundle gets a logger that does nothing.
 */
const silentDebug = {
  name: 'silent-debug',
  setup(b) {
    b.onResolve({ filter: /^debug$/ }, ({ importer }) => (importer.includes('/node_modules/@stdlib/') ? { path: 'debug', namespace: 'silent-debug' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'silent-debug' }, () => ({ contents: 'module.exports = () => Object.assign(() => {}, { enabled: false });', loader: 'js' }));
  },
};

/**
 * vega-canvas looks for the optional node-canvas package with a top-level await, which CommonJS
 * cannot hold. profiel draws SVG (renderer 'none'), with text widths from Vega's estimate as
 * without node-canvas; so the bundle has no canvas, also where node-canvas happens to be installed.
 */
const noCanvas = {
  name: 'no-canvas',
  setup(b) {
    b.onResolve({ filter: /^vega-canvas$/ }, () => ({ path: 'vega-canvas', namespace: 'no-canvas' }));
    b.onLoad({ filter: /.*/, namespace: 'no-canvas' }, () => ({ contents: 'export const canvas = () => null; export const image = () => null;', loader: 'js' }));
  },
};

/**
 * archiver-utils 2 (under exceljs' streaming workbook writer) makes buffers with `new Buffer()`,
 * which Node warns about on standard error when the call is outside node_modules — as it is in the
 * bundle. Its 3.x, which does not, cannot read exceljs' own streams; so the bundle gets the same
 * file with Buffer.alloc/Buffer.from, and the build stops if that file changes.
 */
const bufferFromArchiverUtils = {
  name: 'buffer-from-archiver-utils',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]archiver-utils[\\/]index\.js$/ }, ({ path }) => {
      const calls = { 'new Buffer(size)': 'Buffer.alloc(size)', 'new Buffer(0)': 'Buffer.alloc(0)', 'new Buffer(source)': 'Buffer.from(source)' };
      let contents = readFileSync(path, 'utf8');
      for (const [old, now] of Object.entries(calls)) contents = contents.replace(old, now);
      if (contents.includes('new Buffer(')) throw new Error(`${path}: new Buffer() anders gebruikt dan verwacht; pas scripts/bundle.mjs aan`);
      return { contents, loader: 'js' };
    });
  },
};

const out = join(root, 'dist/bundle');
const esm = mkdtempSync(join(tmpdir(), 'profiel-bundle-'));
rmSync(out, { recursive: true, force: true });

// 1. One bundle with code splitting (ES modules: esbuild splits only those).
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/count/worker.ts', 'engine-settings': 'src/io/engine-settings.ts' },
  outdir: esm,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Less to parse at start-up; identifiers are not minified, so stack traces read as in the source
  // (keepNames, for the few that bundling renames, cost ~10 ms at every start and is left off).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  // playwright-core starts a browser from its own files.
  external: ['playwright-core'],
  define: { PROFIEL_VERSION: JSON.stringify(version) },
  plugins: [zodEnglishOnly, silentDebug, noCanvas, bufferFromArchiverUtils],
  logLevel: 'warning',
  metafile: Boolean(process.env.BUNDLE_METAFILE),
});
if (process.env.BUNDLE_METAFILE) writeFileSync(process.env.BUNDLE_METAFILE, JSON.stringify(result.metafile));

// 2. Every file as CommonJS, its source map carried through. `import.meta.url` (the worker's file,
// iconv-lite's place) becomes the file's own URL.
await build({
  absWorkingDir: root,
  entryPoints: readdirSync(esm).filter((f) => f.endsWith('.js')).map((f) => join(esm, f)),
  outdir: out,
  bundle: false,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__profielUrl' },
  banner: { js: 'var __profielUrl = require("node:url").pathToFileURL(__filename).href;' },
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
rmSync(esm, { recursive: true, force: true });
// The package is "type": "module"; these files are not.
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');

// 3. Code caches from runs on the sample, each command the way a user runs it on a small file.
const sample = join(root, 'data-samples/dossiers-2018.csv');
const scratch = mkdtempSync(join(tmpdir(), 'profiel-cache-'));
const clients = join(root, 'data-samples/klantenlijst-2018.csv');
const [count, later] = [join(scratch, 'telling-mei.json'), join(scratch, 'telling-juni.json')];
const training = [
  ['--help'],
  ['classify', sample],
  ['classify', sample, '--format', 'json', '--dossiers', '--peildatum', '2018-05-01', '--uitvoer', count, '--stil'],
  ['classify', sample, '--format', 'json', '--peildatum', '2018-06-01', '--uitvoer', later, '--stil'],
  ['validate', sample],
  ['explain', sample, 'J01'],
  ['rules'],
  ['plan', '--marge', '0.1'],
  ['trek', clients, '--aantal', '60', '--uitvoer', join(scratch, 'steekproef.csv'), '--stil'],
  ['selecteer', sample, '--aantal', '10', '--zaad', '1'],
  ['recount', sample, '--vorige', count],
  ['verloop', count, later],
  ['verloop', count, later, '--format', 'html'],
  ['report', sample, '--format', 'markdown'],
  ['report', sample, '--uitvoer', join(scratch, 'rapport.xlsx'), '--stil'],
  ['report', sample, '--format', 'html'],
];
const train = "const { loadBundle } = require('./bin/load-bundle.cjs'); const main = loadBundle({ writeCache: true }); main([process.argv[0], 'profiel', ...process.argv.slice(1)]).then((code) => { process.exitCode = code; });";
for (const args of training) {
  const run = spawnSync(process.execPath, ['-e', train, '--', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
  if (run.status !== 0) console.warn(`bundle: de code-cache-run "profiel ${args.join(' ')}" faalde (exit ${run.status}); profiel werkt, maar start trager:\n${run.stderr}`);
}
rmSync(scratch, { recursive: true, force: true });
