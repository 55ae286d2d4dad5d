// A problem in an input file, where a person can find it: file, line, column, value; what was
// expected there and, when one is close, a suggestion. Every reader reports in this shape.
export interface Problem {
  bestand: string;
  regel: number;
  /** 1-based column number and normalised column name, when the problem sits in one cell. */
  kolom?: { nummer: number; naam: string };
  waarde?: string;
  melding: string;
  verwacht?: string;
  suggestie?: string;
}
