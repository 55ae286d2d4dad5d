// Exit codes (cli.md): 0 success, 1 the input has errors (nothing written), 2 wrong usage,
// 3 refused: personal data detected. The kind of a UserError decides which.
import type { ErrorKind } from '../errors.js';

export const EXIT = { ok: 0, input: 1, usage: 2, privacy: 3 } as const;

export const EXIT_CODE: Record<ErrorKind, number> = { invoer: EXIT.input, gebruik: EXIT.usage, privacy: EXIT.privacy };

/** What stands before each line of an error. */
export const PREFIX: Record<ErrorKind, string> = { invoer: 'fout:', gebruik: 'fout:', privacy: 'geweigerd:' };
