// JSON as profiel writes it (--format json, version 1): two-space indentation and a final newline,
// exactly JSON.stringify's text. A count of a large export can be megabytes (every id where the
// rules and the analyst differ); that one is handed out in pieces, so its text is never held
// whole, nor again as bytes.

/** The JSON text of `value`. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Pieces of about this many characters. */
const PIECE = 1 << 16;

/**
 * The same text as jsonText, in pieces (to be written one after the other; a generator, so
 * read once). For the plain data of the results — objects, arrays, strings, numbers, booleans,
 * null — and what JSON.stringify treats specially in them: toJSON, undefined and functions.
 */
export function* jsonPieces(value: unknown): Generator<string, void, undefined> {
  let piece = '';
  /** Whether JSON.stringify leaves this member of an object out (in an array it writes null). */
  const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  function* write(v: unknown, indent: string): Generator<string, void, undefined> {
    if (v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
    if (v === null || typeof v !== 'object') {
      // A leaf: JSON.stringify says how (NaN is null, -0 is 0, a string is quoted and escaped).
      piece += JSON.stringify(v) ?? 'null';
    } else {
      const inner = `${indent}  `;
      const array = Array.isArray(v);
      const keys = array ? undefined : Object.keys(v).filter((k) => !omitted((v as Record<string, unknown>)[k]));
      const length = keys ? keys.length : (v as unknown[]).length;
      if (length === 0) piece += array ? '[]' : '{}';
      else {
        piece += array ? '[' : '{';
        for (let i = 0; i < length; i++) {
          piece += `${i ? ',\n' : '\n'}${inner}`;
          if (keys) piece += `${JSON.stringify(keys[i])}: `;
          const item = keys ? (v as Record<string, unknown>)[keys[i]!] : (v as unknown[])[i];
          yield* write(omitted(item) ? null : item, inner);
        }
        piece += `\n${indent}${array ? ']' : '}'}`;
      }
    }
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield* write(value, '');
  yield `${piece}\n`;
}
