// Rounding as the adviesnota does it (its own module, so option parsing and renderers need not
// load the statistics libraries of totals.ts).

/** Half-up, as the adviesnota rounds; the epsilon absorbs binary noise (21.6 vs 21.59999…). */
export function roundHalfUp(x: number, decimals = 0): number {
  const f = 10 ** decimals;
  return Math.floor(x * f + 0.5 + 1e-9) / f;
}
