// Exit codes: 0 success, 1 the data has errors (nothing written), 2 wrong usage, 3 refused: personal
// data detected, 4 the machine failed (a full disk); 130 and 143 when stopped (Ctrl-C, SIGTERM).
// The kind of a UserError decides which (src/errors.ts says what each kind covers).
import type { ErrorKind } from '../errors.js';

export const EXIT = { ok: 0, input: 1, usage: 2, privacy: 3, environment: 4 } as const;

export const EXIT_CODE: Record<ErrorKind, number> = { invoer: EXIT.input, gebruik: EXIT.usage, privacy: EXIT.privacy, omgeving: EXIT.environment };

/** What stands before each line of an error. */
export const PREFIX: Record<ErrorKind, string> = { invoer: 'fout:', gebruik: 'fout:', privacy: 'geweigerd:', omgeving: 'fout:' };
