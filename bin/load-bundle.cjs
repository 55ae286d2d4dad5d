'use strict';
// Loads the bundle (scripts/bundle.mjs: CommonJS files in dist/bundle) with V8's code cache, so a
// run on a small file does not compile the same ~1 MB of JavaScript at every start. Node 20 keeps
// no such cache itself (Node 22's module.enableCompileCache does); vm.Script takes one. The caches
// (`<file>.cache`) are written once, at build time, by runs on the sample (writeCache); at run time
// they are only read. A cache V8 does not accept — another Node, other V8 flags (a large input
// sets its own, io/engine-settings) — is ignored and the file compiled as without one: only the
// time changes, never what the program does.
//
// Only the bundle's own files are loaded here (a relative require between its parts); Node's
// modules and the few packages kept outside the bundle (playwright-core, iconv-lite) through Node's
// require, as usual. The count's worker is started by Node itself, without this loader.
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle');

/**
 * The bundle's `main`, its files loaded through the code cache. With `writeCache`, the cache of
 * every file is (re)written as the process exits, keeping per file the larger of this run's and an
 * earlier training run's (the one with more compiled functions).
 */
function loadBundle({ writeCache = false } = {}) {
  const modules = new Map();
  const loaded = [];
  // V8 takes a cache only under the flags it was made with: in training, a file loaded before a
  // flag changed (the engine settings themselves) gets no cache.
  const flagsTag = writeCache ? require('node:v8').cachedDataVersionTag : undefined;

  function load(file) {
    const known = modules.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const cacheFile = `${file}.cache`;
    const cachedData = writeCache ? undefined : readIfThere(cacheFile);
    const source = readFileSync(file, 'utf8');
    // The wrapper Node's own CommonJS loader puts around a file, so the file runs as it would there.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    if (writeCache) loaded.push({ script, cacheFile, tag: flagsTag() });
    const nodeRequire = createRequire(file);
    const here = dirname(file);
    const require = Object.assign((id) => (id.startsWith('./') ? load(join(here, id)) : nodeRequire(id)), { resolve: nodeRequire.resolve });
    script.runInThisContext()(module.exports, require, module, file, here);
    return module.exports;
  }

  if (writeCache) {
    process.on('exit', () => {
      const tag = flagsTag();
      for (const { script, cacheFile, tag: atLoad } of loaded) {
        if (atLoad !== tag) continue;
        const data = script.createCachedData();
        if ((readIfThere(cacheFile)?.length ?? 0) < data.length) writeFileSync(cacheFile, data);
      }
    });
  }
  if (!existsSync(join(BUNDLE, 'main.js'))) return undefined;
  // A run starts as a short one: V8's settings for it are set before anything else is compiled,
  // so that every file's cache was made, and is read, under the same flags.
  load(join(BUNDLE, 'engine-settings.js')).forShortRun();
  return load(join(BUNDLE, 'main.js')).main;
}

/** The file's bytes, or undefined when there is none (one read, no check before it). */
function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

module.exports = { loadBundle };
