#!/usr/bin/env node
// Bundles the CLI for start-up (npm run build, after tsc): dist/bundle/main.js and one file per
// part that a command loads lazily (esbuild's code splitting), so that starting profiel reads a
// few files instead of walking hundreds of small modules. bin/profiel runs the bundle; the tests
// run the sources and dist/ as tsc writes it. The worker of the two-thread count is an entry point
// of its own, beside main.js, where count/two-threads looks for it.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
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

const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/count/worker.ts' },
  outdir: 'dist/bundle',
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
  // playwright-core starts a browser from its own files; canvas is an optional peer of vega that profiel does not use.
  external: ['playwright-core', 'canvas'],
  // Bundled CommonJS modules (exceljs, @stdlib, iconv-lite) call require for Node's own modules.
  banner: { js: "import { createRequire as __profielRequire } from 'node:module'; const require = __profielRequire(import.meta.url);" },
  define: { PROFIEL_VERSION: JSON.stringify(version) },
  plugins: [zodEnglishOnly, silentDebug],
  logLevel: 'warning',
  metafile: Boolean(process.env.BUNDLE_METAFILE),
});
if (process.env.BUNDLE_METAFILE) (await import('node:fs')).writeFileSync(process.env.BUNDLE_METAFILE, JSON.stringify(result.metafile));
