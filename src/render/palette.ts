// What reaches a terminal — colour, and text that cannot steer it — on its own, so that start-up
// (help, error messages) needs nothing else of the renderers.
import { Chalk } from 'chalk';

/** Colour for a stream: only a TTY, and never when NO_COLOR is set (no-color.org). */
export function paletteFor(stream: NodeJS.WriteStream): InstanceType<typeof Chalk> {
  const wanted = stream.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  return new Chalk({ level: wanted ? 1 : 0 });
}

export const out = paletteFor(process.stdout);
export const err = paletteFor(process.stderr);

/** Text with its control characters made visible (a line break in a file name, an escape sequence), so that one message stays one line. */
export const visibleText = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
