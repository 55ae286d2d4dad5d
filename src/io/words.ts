// Words as people type them in a spreadsheet: case, spaces and hyphens do not matter, and a near
// miss gets a suggestion. Used for column names and values alike.
import { distance } from 'fastest-levenshtein';

/** Case, surrounding space, inner spaces and hyphens do not matter; `&` reads as `en`. */
export function normaliseWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s*&\s*/g, ' en ')
    .replace(/[\s-]+/g, '_');
}

/**
 * The closest candidate, if one is close: typing errors (edit distance) and abbreviations
 * (the candidate starts with nearly what was typed) both count.
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const word = normaliseWord(input);
  if (!word) return undefined;
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const whole = distance(word, candidate);
    const prefix = word.length >= 4 ? distance(word, candidate.slice(0, word.length)) + 0.5 : Infinity;
    const score = Math.min(whole, prefix);
    const better =
      !best || score < best.score || (score === best.score && candidate.length < best.candidate.length);
    if (better) best = { candidate, score };
  }
  if (!best) return undefined;
  const allowed = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  return best.score <= allowed ? best.candidate : undefined;
}
