// Long text handed out in pieces: a renderer makes it a line at a time, and the pieces go to the
// file one after the other (io/write-output), so the whole text is never held.

/** Pieces of about this many characters. */
const PIECE = 1 << 16;

/** The parts joined into pieces of about PIECE characters (fewer writes than one per line). */
export function* inPieces(parts: Iterable<string>): Generator<string, void, undefined> {
  let piece = '';
  for (const part of parts) {
    piece += part;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

/** The parts with `separator` between them, as join() would, each part text or text in parts. */
export function* joined(parts: Iterable<string | Iterable<string>>, separator: string): Generator<string, void, undefined> {
  let first = true;
  for (const part of parts) {
    if (!first) yield separator;
    first = false;
    if (typeof part === 'string') yield part;
    else yield* part;
  }
}
