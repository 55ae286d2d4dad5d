// The one place where results leave the program: to standard output or, atomically, to a file.
import { randomBytes } from 'node:crypto';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { UserError } from '../errors.js';
import { neutralise } from './formula.js';
import { pathProblem } from './path-errors.js';
import { isStdout } from './stdout.js';

export { neutralise };

/** What is written: text, bytes, or text in pieces (written one after the other, read once). */
export type Output = string | Uint8Array | Iterable<string>;

/** The result could not be written where the user asked (missing folder, no permission, full disk). */
export class OutputError extends UserError {
  constructor(readonly path: string, cause: unknown) {
    super('gebruik', [`kan niet schrijven naar ${path}: ${pathProblem(cause, 'schrijven') ?? String((cause as Error)?.message ?? cause)}`], [], { cause });
  }
}

const identity = async (path: string) => {
  try {
    const s = await stat(path);
    return { real: await realpath(path), dev: s.dev, ino: s.ino };
  } catch {
    return undefined;
  }
};

/**
 * Refuses an output path that is one of the inputs (by real path or by inode, so a symlink,
 * a `./` spelling or a hard link count too) or a folder: writing there would lose a file.
 * Call it before the work, so nothing is computed for nothing.
 */
export async function checkOutputPath(path: string | undefined, inputs: readonly (string | undefined)[]): Promise<void> {
  if (!path || isStdout(path)) return;
  const out = await identity(path);
  if (out && (await stat(out.real)).isDirectory()) throw new OutputError(path, Object.assign(new Error('map'), { code: 'EISDIR' }));
  for (const input of inputs) {
    if (!input || input === '-') continue;
    const id = await identity(input);
    if (out && id && (out.real === id.real || (out.dev === id.dev && out.ino === id.ino))) {
      throw new UserError('gebruik', [`--uitvoer ${path} is hetzelfde bestand als de invoer ${input}: dan zou de invoer verloren gaan; kies een andere naam`]);
    }
  }
}

/**
 * Writes `data` to `path` so that readers see either the old file or the complete new one: a
 * temporary file beside it is renamed over it (rename is atomic within one directory). Only a
 * regular file (or a new one) is replaced so; a symlink is written through to its target, and a
 * FIFO or device (/dev/stdout) is written to as it is, never replaced by a file.
 */
export async function writeAtomically(path: string, data: Output): Promise<void> {
  await writeAllAtomically([{ path, data }]);
}

/**
 * Several files that belong together (a sample, its population, its record): all are written
 * in full beside their targets first, and only then renamed into place, so a failure while
 * writing leaves none of them changed.
 */
export async function writeAllAtomically(files: readonly { path: string; data: Output }[]): Promise<void> {
  const staged: Staged[] = [];
  try {
    for (const { path, data } of files) staged.push(await stage(path, data));
  } catch (error) {
    await Promise.all(staged.map((s) => s.abort()));
    throw error;
  }
  for (const s of staged) await s.commit();
}

interface Staged {
  commit: () => Promise<void>;
  abort: () => Promise<void>;
}

async function stage(path: string, data: Output): Promise<Staged> {
  let target = path;
  try {
    target = await realpath(path);
  } catch {
    // A new file: write it where it was named.
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) throw new OutputError(path, Object.assign(new Error('map'), { code: 'EISDIR' }));
    const direct = async () => {
      try {
        await writeFile(target, data);
      } catch (error) {
        throw new OutputError(path, error);
      }
    };
    return { commit: direct, abort: async () => undefined };
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const remove = () => unlink(temporary).catch(() => undefined);
  try {
    await writeFile(temporary, data, { flag: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 });
  } catch (error) {
    await remove();
    throw new OutputError(path, error);
  }
  return {
    commit: async () => {
      try {
        await rename(temporary, target);
      } catch (error) {
        await remove();
        throw new OutputError(path, error);
      }
    },
    abort: remove,
  };
}


/** Writes to `path` (atomically) or, without a path, to standard output. */
export async function emit(data: Output, path?: string): Promise<void> {
  if (path && !isStdout(path)) return writeAtomically(path, data);
  try {
    for (const piece of typeof data === 'string' || data instanceof Uint8Array ? [data] : data) {
      await new Promise<void>((resolve, reject) => process.stdout.write(piece, (error) => (error ? reject(error) : resolve())));
    }
  } catch (error) {
    throw new OutputError('standaarduitvoer', error);
  }
}

export type CsvCell = string | number | boolean | null | undefined;

/** RFC 4180 text with a header row; numbers are written with a decimal point; text is neutralised. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([columns as CsvCell[], ...(rows as CsvCell[][])], {
    cast: { boolean: (value) => (value ? 'ja' : 'nee'), string: neutralise },
    record_delimiter: 'unix',
  });
}
