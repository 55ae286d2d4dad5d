// Names of standard output itself: written through the process, since opening them fails when it
// is a socket. Light, so that a command can ask before it loads the writer.
const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

export const isStdout = (path: string) => STDOUT_NAMES.has(path);
