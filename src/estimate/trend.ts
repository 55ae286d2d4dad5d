// The trend over months (profiel verloop): two or more saved counts, ordered by their peildatum,
// and per band × profile the estimate with its 95% interval at each date, and the sample it
// rests on. Counts whose populations differ are compared as shares of the band (as recount does).
import { LEEFTIJDSGROEPEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import { UserError } from '../errors.js';
import type { PreviousCount } from './contract.js';
import { DOMEINEN, domainTotals, populationOfCount, sameTotals, type Domein } from './domains.js';
import type { VergelekenAls } from './recount.js';
import { CATEGORIEEN } from './tally.js';

export interface TrendPoint {
  peildatum: string;
  /** Sample count in the cell; null where the count does not say. */
  dossiers: number | null;
  schatting: number;
  afgerond: number;
  interval95: [number, number];
  /** Of the domain's clients (0–1). */
  aandeel: number;
  aandeel95: [number, number];
  /** Null for a count of an early version 1, which did not mark cells. */
  indicatief: boolean | null;
}

export interface Trend {
  versie: 1;
  soort: 'verloop';
  vergeleken_als: VergelekenAls;
  tellingen: {
    peildatum: string;
    bestand: string;
    invoer: string;
    sha256: string;
    dossiers: number;
    /** The sample per band: what each date's figures rest on. */
    dossiers_per_leeftijdsgroep: Record<Leeftijdsgroep, number>;
    populatie: { naam: string; totaal: number };
  }[];
  cellen: { leeftijdsgroep: Domein; profiel: Profiel | null; reeks: TrendPoint[] }[];
  meldingen: string[];
}

/** The trend over the counts (each with the file it came from), in the order of their peildatum. */
export function trendOf(counts: readonly { bestand: string; count: PreviousCount }[]): Trend {
  const undated = counts.filter((c) => !c.count.peildatum);
  if (undated.length) {
    throw new UserError('invoer', undated.map((c) => `${c.bestand} heeft geen peildatum: het verloop zet de tellingen in de tijd op volgorde`), [
      'Maak de telling opnieuw met de peildatum van haar export: profiel classify export.csv --peildatum 2026-11-01 --format json --uitvoer telling.json',
    ]);
  }
  const sorted = [...counts].sort((a, b) => a.count.peildatum!.localeCompare(b.count.peildatum!));
  const twice = sorted.filter((c, i) => i > 0 && c.count.peildatum === sorted[i - 1]!.count.peildatum);
  if (twice.length) throw new UserError('invoer', twice.map((c) => `twee tellingen met peildatum ${c.count.peildatum} (${c.bestand} en een andere): geef per peildatum één telling`));

  const totals = sorted.map(({ count }) => domainTotals(populationOfCount(count), count));
  const same = totals.every((t) => sameTotals(t, totals[0]!));
  const meldingen = same
    ? []
    : ['De populatie verschilt tussen de tellingen: daarom is per leeftijdsgroep het aandeel gevolgd, niet het aantal klanten.'];
  const methods = new Set(sorted.map(({ count }) => count.interval ?? 'survey'));
  if (methods.size > 1) meldingen.push('De tellingen gebruiken niet alle dezelfde intervalmethode (--interval): de intervallen zijn niet op dezelfde manier berekend.');

  const cellen = DOMEINEN.flatMap((d) =>
    CATEGORIEEN.map((p) => ({
      leeftijdsgroep: d,
      profiel: p,
      reeks: sorted.flatMap(({ count }, i): TrendPoint[] => {
        const e = count.extrapolatie.find((x) => x.leeftijdsgroep === d && x.profiel === p);
        if (!e) return [];
        const N = totals[i]!.get(d)!;
        const rows = count.steekproef.filter((s) => (d === 'totaal' || s.leeftijdsgroep === d) && s.profiel === p);
        return [
          {
            peildatum: count.peildatum!,
            dossiers: rows.length ? rows.reduce((t, s) => t + s.aantal, 0) : null,
            schatting: e.schatting,
            afgerond: e.afgerond,
            interval95: e.interval95,
            aandeel: e.schatting / N,
            aandeel95: [e.interval95[0] / N, e.interval95[1] / N],
            indicatief: e.indicatief ?? null,
          },
        ];
      }),
    })),
  ).filter((c) => c.reeks.length > 0);

  return {
    versie: 1,
    soort: 'verloop',
    vergeleken_als: same ? 'klanten' : 'aandeel',
    tellingen: sorted.map(({ bestand, count }) => ({
      peildatum: count.peildatum!,
      bestand,
      invoer: count.invoer.bestand,
      sha256: count.invoer.sha256,
      dossiers: count.invoer.dossiers,
      dossiers_per_leeftijdsgroep: Object.fromEntries(LEEFTIJDSGROEPEN.map((b) => [b, count.steekproef.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.aantal, 0)])) as Record<Leeftijdsgroep, number>,
      populatie: { naam: count.populatie.naam, totaal: count.populatie.totaal },
    })),
    cellen,
    meldingen,
  };
}
