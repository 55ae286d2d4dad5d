// The progress line of a long read: on standard error, rewritten in place, how many lines have
// been read and how fast. Only on a terminal (never mixed into a file or a pipe) and gone before
// any output; quiet for the first second, as most exports are read by then.
import { err, nl } from './style.js';

export interface ProgressTarget {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** The line read up to (any number of times; the line is rewritten four times a second at most). */
  update: (line: number) => void;
  /** Erases the line, if it was shown. */
  done: () => void;
}

const QUIET_MS = 1000;
const EVERY_MS = 250;

/** A progress line on `target`, or undefined when it is not a terminal. */
export function progressLine(target: ProgressTarget = process.stderr, now: () => number = () => performance.now()): Progress | undefined {
  if (!target.isTTY) return undefined;
  const started = now();
  let last = started;
  let shown = false;
  return {
    update: (line) => {
      const at = now();
      if (at - started < QUIET_MS || at - last < EVERY_MS) return;
      last = at;
      shown = true;
      const perSecond = Math.round(line / ((at - started) / 1000));
      target.write(`\r${err.dim(`gelezen: ${nl.thousands(line)} regels (${nl.thousands(perSecond)} per seconde)`)}\x1b[K`);
    },
    done: () => {
      if (shown) target.write('\r\x1b[K');
    },
  };
}
