// The one error a user can act on. Every layer throws it (or a subclass) with what kind of
// problem it is and Dutch lines; only src/cli/main.ts turns the kind into an exit code
// (cli.md: 1 input, 2 usage, 3 personal data) and writes the prefix ("fout:", "geweigerd:").

export type ErrorKind = 'invoer' | 'gebruik' | 'privacy';

export class UserError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Each line gets the prefix. */
    readonly lines: readonly string[],
    /** Printed as they are after the lines: reasons, a summary, advice. */
    readonly details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(lines.join('\n'), options);
  }
}
