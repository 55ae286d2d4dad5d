// Small counts in a public table (report --min-cel N): counts of 1 to N−1 dossiers are hidden
// (primary), and then, where a hidden count would be the only hidden one in a row or column whose
// total is shown — so that it could be worked out as total minus the rest — one more count of
// that line is hidden too (secondary), the smallest, until no line has exactly one. Greedy, as
// statistical offices do it by hand: few extra cells, not provably the fewest.

export type Hidden = 'primair' | 'secundair';

/** A set of cells (row, column) whose total is published elsewhere. */
export type Line = readonly (readonly [number, number])[];

export interface Suppression {
  hidden: (Hidden | null)[][];
  primair: number;
  secundair: number;
}

export function suppress(values: readonly (readonly number[])[], lines: readonly Line[], min: number): Suppression {
  const hidden: (Hidden | null)[][] = values.map((row) => row.map((v) => (min > 0 && v > 0 && v < min ? 'primair' : null)));
  let secundair = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const inLine = line.filter(([r, c]) => hidden[r]![c] !== null);
      if (inLine.length !== 1) continue;
      // The smallest shown count of the line; a 0 only when nothing else is left.
      const candidates = line.filter(([r, c]) => hidden[r]![c] === null).sort(([r1, c1], [r2, c2]) => rank(values[r1]![c1]!) - rank(values[r2]![c2]!));
      const [r, c] = candidates[0] ?? [];
      if (r === undefined || c === undefined) continue;
      hidden[r]![c] = 'secundair';
      secundair++;
      changed = true;
    }
  }
  const primair = hidden.flat().filter((h) => h === 'primair').length;
  return { hidden, primair, secundair };
}

/** Zero last: hiding a 0 protects less than hiding a count. */
const rank = (v: number) => (v > 0 ? v : Number.MAX_SAFE_INTEGER);

/**
 * The rows and the columns of a grid as lines, as far as their totals are shown. A row or column
 * of one count is no line: its total is that count, and hiding it would mean hiding the total.
 */
export function gridLines(rows: number, columns: number, shown: { rows: boolean; columns: boolean }): Line[] {
  const lines: Line[] = [];
  if (shown.rows && columns > 1) for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, c) => [r, c] as const));
  if (shown.columns && rows > 1) for (let c = 0; c < columns; c++) lines.push(Array.from({ length: rows }, (_, r) => [r, c] as const));
  return lines;
}
