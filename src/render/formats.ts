// Every output format in one table: what it is called in help, which file extensions pick it
// with --uitvoer, and whether it can go to standard output (binary formats cannot).
export const FORMATS = {
  table: { omschrijving: 'leesbare tabellen', extensies: [], scherm: true },
  // Commas and decimal points, for scripts; a Dutch Excel wants the workbook (report --uitvoer .xlsx).
  csv: { omschrijving: 'CSV voor scripts (komma en decimale punt; voor Excel: profiel report --uitvoer rapport.xlsx)', extensies: ['.csv'], scherm: true },
  json: { omschrijving: 'JSON (versie 1)', extensies: ['.json'], scherm: true },
  html: { omschrijving: 'een HTML-pagina met grafieken', extensies: ['.html', '.htm'], scherm: true },
  markdown: { omschrijving: 'Markdown-tabellen', extensies: ['.md', '.markdown'], scherm: true },
  pdf: { omschrijving: 'PDF op A4', extensies: ['.pdf'], scherm: false },
  xlsx: { omschrijving: 'een Excel-werkmap', extensies: ['.xlsx'], scherm: false },
} as const satisfies Record<string, { omschrijving: string; extensies: readonly string[]; scherm: boolean }>;

export type Format = keyof typeof FORMATS;

/** The format an output file's extension names, among those a command offers. */
export function formatOfPath<F extends Format>(path: string, allowed: readonly F[]): F | undefined {
  const lower = path.toLowerCase();
  return allowed.find((f) => (FORMATS[f].extensies as readonly string[]).some((e) => lower.endsWith(e)));
}
