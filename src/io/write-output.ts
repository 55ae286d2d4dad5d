// The one place where results leave the program: to standard output or, atomically, to a file.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { UserError } from '../errors.js';
import { isMachineProblem, pathProblem } from './path-errors.js';
import { isStdout } from './stdout.js';

/** What is written: text, bytes, or text or bytes in pieces, made as they are read (written one after the other, read once). */
export type Output = string | Uint8Array | Iterable<string> | AsyncIterable<string | Uint8Array>;

/** The result could not be written where the user asked: a missing folder or no permission (usage), a full disk (the machine). */
export class OutputError extends UserError {
  constructor(readonly path: string, cause: unknown) {
    super(isMachineProblem(cause) ? 'omgeving' : 'gebruik', [`kan niet schrijven naar ${path}: ${pathProblem(cause, 'schrijven') ?? String((cause as Error)?.message ?? cause)}`], [], { cause });
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
 * Call it before the work, so nothing is computed for nothing. `option` names the path in the message.
 */
export async function checkOutputPath(path: string | undefined, inputs: readonly (string | undefined)[], option = '--uitvoer'): Promise<void> {
  if (!path || isStdout(path)) return;
  const out = await identity(path);
  if (out && (await stat(out.real)).isDirectory()) throw new OutputError(path, Object.assign(new Error('map'), { code: 'EISDIR' }));
  for (const input of inputs) {
    if (!input || input === '-') continue;
    const id = await identity(input);
    if (out && id && (out.real === id.real || (out.dev === id.dev && out.ino === id.ino))) {
      throw new UserError('gebruik', [`${option} ${path} is hetzelfde bestand als de invoer ${input}: dan zou de invoer verloren gaan; kies een andere naam`]);
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
    return { commit: () => writeOut(data, path, (pieces) => writeFile(target, pieces)), abort: async () => undefined };
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const remove = async () => {
    pending.delete(temporary);
    await unlink(temporary).catch(() => undefined);
  };
  try {
    removeOnSignal();
    pending.add(temporary);
    await writeOut(data, path, (pieces) => writeDurably(temporary, pieces, existing ? existing.mode & 0o777 : 0o666));
  } catch (error) {
    await remove();
    throw error;
  }
  return {
    commit: async () => {
      try {
        await rename(temporary, target);
        pending.delete(temporary);
      } catch (error) {
        await remove();
        throw new OutputError(path, error);
      }
      await syncFolder(dirname(target));
    },
    abort: remove,
  };
}

/**
 * `write` with `data`: a failure while writing is an OutputError for `path`; pieces made as they
 * are written can also fail while being made, and that failure is the maker's (it goes on as thrown).
 */
async function writeOut(data: Output, path: string, write: (data: Output) => Promise<void>): Promise<void> {
  let failure: unknown;
  async function* watched(pieces: Iterable<string> | AsyncIterable<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
    try {
      yield* pieces;
    } catch (error) {
      failure = error;
      throw error;
    }
  }
  try {
    await write(typeof data === 'string' || data instanceof Uint8Array ? data : watched(data));
  } catch (error) {
    throw failure ?? new OutputError(path, error);
  }
}

/** A new file with `data`, on the disk before it is renamed into place: a crash then leaves the old file or the whole new one. */
async function writeDurably(file: string, data: Output, mode: number): Promise<void> {
  const handle = await open(file, 'wx', mode);
  try {
    await writeFile(handle, data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The rename itself on the disk (where the file system can sync a folder; where not, as the system keeps it). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/** Temporary files being written: removed when the run is interrupted, so none is left beside the output. */
const pending = new Set<string>();
let signalsHandled = false;

/**
 * On Ctrl-C (SIGINT) or a stop (SIGTERM) while writing: the temporary files go, and the exit code is
 * the shell's for that signal (130, 143). Installed at the first write, so a run that writes nothing
 * keeps the default.
 */
function removeOnSignal(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      for (const file of pending) {
        try {
          unlinkSync(file);
        } catch {
          // Already gone.
        }
      }
      process.exit(code);
    });
  }
}

/** Writes to `path` (atomically) or, without a path, to standard output. */
export async function emit(data: Output, path?: string): Promise<void> {
  if (path && !isStdout(path)) return writeAtomically(path, data);
  await writeOut(data, 'standaarduitvoer', async (pieces) => {
    for await (const piece of typeof pieces === 'string' || pieces instanceof Uint8Array ? [pieces] : pieces) {
      await new Promise<void>((resolve, reject) => process.stdout.write(piece, (error) => (error ? reject(error) : resolve())));
    }
  });
}

export type CsvCell = string | number | boolean | null | undefined;

/** RFC 4180 text with a header row; numbers are written with a decimal point; text that a spreadsheet would run as a formula gets an apostrophe (io/formula). */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([columns as CsvCell[], ...(rows as CsvCell[][])], {
    cast: { boolean: (value) => (value ? 'ja' : 'nee') },
    escape_formulas: true,
    // A lone CR is a line end to many readers: quoted, as a line feed is.
    quoted_match: /\r/,
    record_delimiter: 'unix',
  });
}
