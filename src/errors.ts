// The one error a user can act on. Every layer throws it (or a subclass) with what kind of
// problem it is and Dutch lines; only src/cli/main.ts turns the kind into an exit code and writes
// the prefix ("fout:", "geweigerd:"). The kind says what the user has to change (README, Exitcodes):
//   invoer   (1) the content of a data file: an export, client list, population, previous count,
//                exclusion list — damaged, invalid, inconsistent, empty, or changed while read;
//   gebruik  (2) the command: an option or its value, options that do not go together, a path that
//                cannot be opened or written there, a rule file (a setting, like an option);
//   privacy  (3) personal data found in the export;
//   omgeving (4) the machine: a full disk, a device that fails, no Chromium for a PDF.

export type ErrorKind = 'invoer' | 'gebruik' | 'privacy' | 'omgeving';

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
