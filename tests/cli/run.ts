// Runs the command line in this process, as bin/profiel does, capturing what it writes. Fast
// enough for hundreds of generated inputs; an exception that main does not turn into an exit
// code escapes and fails the test (a user would have seen a stack trace).
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `profiel …args`; `env` is set for this run only (a variable given as undefined is removed). */
export async function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) =>
    ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('latin1'));
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => done());
      return true;
    }) as typeof process.stdout.write;
  const [stdoutWrite, stderrWrite] = [process.stdout.write, process.stderr.write];
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  setEnv(env);
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  try {
    const code = await main(['node', 'profiel', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    setEnv(saved);
  }
}
