// The version of profiel, as package.json says: written into the bundle when it is built
// (scripts/bundle.mjs), read at run time by the compiled modules — so it never drifts.
import { createRequire } from 'node:module';

declare const PROFIEL_VERSION: string | undefined;

export const VERSION: string =
  typeof PROFIEL_VERSION === 'string' ? PROFIEL_VERSION : (createRequire(import.meta.url)('../package.json') as { version: string }).version;
