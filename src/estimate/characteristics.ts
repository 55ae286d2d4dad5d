// Characteristics of the sample per leeftijdsgroep, as the BIJLAGE and the pilot plan's
// "Aantallen" describe each band: for every characteristic column the export has, the count and
// percentage of the band's dossiers per value. Unknown is a value of its own (null); a dossier
// counts under each value of a multi-value column; numbers are put in classes.
import type { Dossier, DossierColumn } from '../dossier/schema.js';
import { LEEFTIJDSGROEPEN, WAARDEN, type Leeftijdsgroep } from '../dossier/vocabulary.js';

export interface KenmerkCount {
  kenmerk: string;
  leeftijdsgroep: Leeftijdsgroep;
  /** null: unknown. */
  waarde: string | null;
  aantal: number;
  /** Of the band's dossiers. */
  percentage: number;
}

interface Characteristic {
  kenmerk: string;
  /** The columns the export must have for this characteristic. */
  kolommen: DossierColumn[];
  /** Every value, in the order tables show them. */
  waarden: readonly string[];
  /** The dossier's value(s), or null when unknown. */
  van: (d: Dossier) => string | readonly string[] | null;
}

const JA_NEE = ['ja', 'nee'] as const;
const yesNo = (b: boolean | undefined) => (b === undefined ? null : b ? 'ja' : 'nee');
/** The first class whose upper bound lies above x. */
const inClass = (x: number | undefined, classes: readonly (readonly [string, number])[]) => (x === undefined ? null : classes.find(([, upper]) => x < upper)![0]);

const LEEFTIJD = [['16_tot_27', 27], ['27_tot_36', 36], ['36_tot_46', 46], ['46_tot_55', 55], ['55_tot_60', 60], ['60_of_ouder', Infinity]] as const;
// The pilot plan counts "> 2 jaar werkloos"; the BIJLAGE uses 1–5, 5–10 and over 10 years.
const WERKLOOS = [['minder_dan_1_jaar', 12], ['1_tot_2_jaar', 24], ['2_tot_5_jaar', 60], ['5_tot_10_jaar', 120], ['10_jaar_of_meer', Infinity]] as const;
const names = (classes: readonly (readonly [string, number])[]) => classes.map(([name]) => name);

const column = (kenmerk: DossierColumn & keyof typeof WAARDEN): Characteristic => ({
  kenmerk,
  kolommen: [kenmerk],
  waarden: WAARDEN[kenmerk],
  van: (d) => (d[kenmerk] as string | readonly string[] | undefined) ?? null,
});
const yesNoColumn = (kenmerk: DossierColumn): Characteristic => ({
  kenmerk,
  kolommen: [kenmerk],
  waarden: JA_NEE,
  van: (d) => yesNo(d[kenmerk] as boolean | undefined),
});

/** The characteristics of the BIJLAGE, in its order. */
export const KENMERKEN: readonly Characteristic[] = [
  column('geslacht'),
  { kenmerk: 'leeftijd', kolommen: ['leeftijd'], waarden: names(LEEFTIJD), van: (d) => inClass(d.leeftijd, LEEFTIJD) },
  column('uitkeringssoort'),
  column('leefsituatie'),
  column('woonsituatie'),
  { kenmerk: 'kinderen_onder_18', kolommen: ['kinderen_onder_18'], waarden: JA_NEE, van: (d) => (d.kinderen_onder_18 === undefined ? null : d.kinderen_onder_18 > 0 ? 'ja' : 'nee') },
  {
    kenmerk: 'jongste_kind_onder_10',
    kolommen: ['kinderen_onder_18', 'jongste_kind_leeftijd'],
    waarden: JA_NEE,
    van: (d) => (d.kinderen_onder_18 === 0 ? 'nee' : d.kinderen_onder_18 === undefined || d.jongste_kind_leeftijd === undefined ? null : d.jongste_kind_leeftijd < 10 ? 'ja' : 'nee'),
  },
  column('opleiding'),
  yesNoColumn('diploma'),
  column('werkervaring'),
  { kenmerk: 'werkloosheidsduur', kolommen: ['werkloosheidsduur_maanden'], waarden: names(WERKLOOS), van: (d) => inClass(d.werkloosheidsduur_maanden, WERKLOOS) },
  yesNoColumn('wmo_indicatie'),
  { kenmerk: 'participatieladder', kolommen: ['participatieladder'], waarden: ['1', '2', '3', '4', '5', '6'], van: (d) => (d.participatieladder === undefined ? null : String(d.participatieladder)) },
  column('daginvulling'),
  column('klantwens'),
  column('belemmeringen'),
  // The pilot plan's "in beeld bij een professionele organisatie" (92%, 86,5%) counts the huisarts too.
  {
    kenmerk: 'professionele_organisatie',
    kolommen: ['professioneel_netwerk'],
    waarden: JA_NEE,
    van: (d) => (d.professioneel_netwerk === undefined ? null : d.professioneel_netwerk.some((x) => x !== 'geen') ? 'ja' : 'nee'),
  },
  column('professioneel_netwerk'),
  column('hulpbronnen'),
  column('sociaal_netwerk'),
  yesNoColumn('sociaal_isolement'),
  yesNoColumn('nieuwe_instroom'),
];

export interface KenmerkCounts {
  counts: Float64Array[];
  bandSize: number[];
}

/**
 * Counts per band for the characteristics whose columns the export has, one dossier at a time.
 * Values that occur in no band are left out; those that occur in one are given for every band (0
 * where absent), so the bands line up in a table. A value listed twice in one multi-value cell
 * counts once (the reader already collapses duplicates).
 */
export class KenmerkTally {
  private readonly present: readonly Characteristic[];
  /** Per characteristic: the index of each value; the last slot of a band is unknown. */
  private readonly index: Map<string, number>[];
  /** Per characteristic: counts[band × (values + 1) + value]. */
  private readonly tallies: Float64Array[];
  private readonly bandSize = [0, 0, 0];

  constructor(columns: ReadonlySet<string>) {
    this.present = KENMERKEN.filter((k) => k.kolommen.every((c) => columns.has(c)));
    this.index = this.present.map((k) => new Map(k.waarden.map((w, i) => [w, i])));
    this.tallies = this.present.map((k) => new Float64Array(LEEFTIJDSGROEPEN.length * (k.waarden.length + 1)));
  }

  /** Counts one dossier in its band (0, 1, 2: the index of its stratum's leeftijdsgroep). */
  add(d: Dossier, band: number): void {
    this.bandSize[band]!++;
    for (let i = 0; i < this.present.length; i++) {
      const k = this.present[i]!;
      const width = k.waarden.length + 1;
      const counts = this.tallies[i]!;
      const v = k.van(d);
      if (v === null) {
        counts[band * width + width - 1]!++;
      } else if (typeof v === 'string') {
        const at = this.index[i]!.get(v);
        if (at !== undefined) counts[band * width + at]!++;
      } else {
        for (const w of v) {
          const at = this.index[i]!.get(w);
          if (at !== undefined) counts[band * width + at]!++;
        }
      }
    }
  }

  /** A tally with these counts. */
  static of(columns: readonly string[], counts: KenmerkCounts): KenmerkTally {
    const tally = new KenmerkTally(new Set(columns));
    tally.absorb(counts);
    return tally;
  }

  /** What it has counted, as plain data (to pass between threads). */
  counts(): KenmerkCounts {
    return { counts: this.tallies, bandSize: this.bandSize };
  }

  /** Adds the counts of other dossiers of the same export. */
  absorb(other: KenmerkCounts): void {
    other.counts.forEach((counts, i) => counts.forEach((x, j) => (this.tallies[i]![j]! += x)));
    other.bandSize.forEach((x, b) => (this.bandSize[b]! += x));
  }

  /** The characteristics the export cannot say anything about: a column they need is not in it. */
  absent(): string[] {
    return KENMERKEN.filter((k) => !this.present.includes(k)).map((k) => k.kenmerk);
  }

  result(): KenmerkCount[] {
    const result: KenmerkCount[] = [];
    this.present.forEach((k, i) => {
      const width = k.waarden.length + 1;
      const counts = this.tallies[i]!;
      const seen = (at: number) => LEEFTIJDSGROEPEN.some((_, b) => counts[b * width + at]! > 0);
      const order: { waarde: string | null; at: number }[] = [
        ...k.waarden.map((waarde, at) => ({ waarde, at })).filter(({ at }) => seen(at)),
        ...(seen(width - 1) ? [{ waarde: null, at: width - 1 }] : []),
      ];
      LEEFTIJDSGROEPEN.forEach((b, band) => {
        const n = this.bandSize[band]!;
        for (const { waarde, at } of order) {
          const aantal = counts[band * width + at]!;
          result.push({ kenmerk: k.kenmerk, leeftijdsgroep: b, waarde, aantal, percentage: n ? (100 * aantal) / n : 0 });
        }
      });
    });
    return result;
  }
}
