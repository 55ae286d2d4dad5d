// How the report shows counts of dossiers under `--min-cel N`: every table's counts go through
// one suppression (report/suppression), and the report says at the end how many were hidden.
import { number, type Cell } from './model.js';
import { suppress, type Hidden, type Line } from './suppression.js';

export class SmallCounts {
  private primair = 0;
  private secundair = 0;

  /** `min`: counts from 1 up to min − 1 are hidden; 0 hides nothing. */
  constructor(readonly min: number) {}

  /** Hides what must be hidden in a grid of counts whose `lines` have a published total. */
  hide(values: readonly (readonly number[])[], lines: readonly Line[]): (Hidden | null)[][] {
    if (this.min <= 0) return values.map((row) => row.map(() => null));
    const result = suppress(values, lines, this.min);
    this.primair += result.primair;
    this.secundair += result.secundair;
    return result.hidden;
  }

  /** A count as shown: `<5` for a small one, `x` for one hidden to protect another. */
  count(n: number, hidden: Hidden | null = null): Cell {
    return hidden === 'primair' ? `<${this.min}` : hidden === 'secundair' ? 'x' : number(n);
  }

  /** Its percentage: hidden with it. */
  pct(percentage: number, hidden: Hidden | null = null): Cell {
    return hidden ? 'x' : number(percentage, 1);
  }

  /** The note under a table with counts. */
  get notes(): string[] {
    return this.min > 0 ? [`Aantallen dossiers van 1 tot ${this.min} staan als <${this.min}; het percentage ervan als x. Een x als aantal is verborgen zodat een klein aantal niet uit een totaal terug te rekenen is.`] : [];
  }

  /** What was hidden in the whole report. */
  get summary(): string | undefined {
    if (this.min <= 0) return undefined;
    return `Met --min-cel ${this.min} zijn ${this.primair} aantallen van 1 tot ${this.min} dossiers verborgen, en ${this.secundair} andere zodat die niet uit de totalen terug te rekenen zijn. De schattingen zelf zijn niet verborgen.`;
  }
}
