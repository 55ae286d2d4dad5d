// Exit codes (cli.md): 0 success, 1 the input has errors (nothing written), 2 wrong usage,
// 3 refused: personal data detected.
export const EXIT = { ok: 0, input: 1, usage: 2, privacy: 3 } as const;

/** Stops a command with an exit code; `message` goes to standard error as is. */
export class ExitError extends Error {
  constructor(
    readonly code: (typeof EXIT)[keyof typeof EXIT],
    message: string,
  ) {
    super(message);
  }
}
