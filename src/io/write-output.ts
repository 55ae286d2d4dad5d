// The one place where results leave the program: to standard output or, atomically, to a file.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { UserError } from '../errors.js';

/** The result could not be written where the user asked (missing folder, no permission). */
export class OutputError extends UserError {
  constructor(readonly path: string, cause: unknown) {
    const code = (cause as { code?: string }).code;
    const why = code === 'ENOENT' ? 'de map bestaat niet' : code === 'EACCES' || code === 'EPERM' ? 'geen schrijfrechten' : String((cause as Error).message ?? cause);
    super('gebruik', [`kan niet schrijven naar ${path}: ${why}`], [], { cause });
  }
}

/**
 * Writes `text` to `path` so that readers see either the old file or the complete new one:
 * a temporary file beside it is renamed over it (rename is atomic within one directory).
 */
export async function writeAtomically(path: string, text: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new OutputError(path, error);
  }
}

/** Writes to `path` (atomically) or, without a path, to standard output. */
export async function emit(text: string | Uint8Array, path?: string): Promise<void> {
  if (path && path !== '-') return writeAtomically(path, text);
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
  );
}

export type CsvCell = string | number | boolean | null | undefined;

/** RFC 4180 text with a header row; numbers are written with a decimal point. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([columns as CsvCell[], ...(rows as CsvCell[][])], {
    cast: { boolean: (value) => (value ? 'ja' : 'nee') },
    record_delimiter: 'unix',
  });
}
