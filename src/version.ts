// The version of profiel, as package.json says (read at run time, so it never drifts).
import { createRequire } from 'node:module';

export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
