// A screening sample drawn from the list of all clients, with its design written down: the
// stratum of every drawn dossier as it was at the draw, the population per stratum (the list,
// less what was excluded) that classify will weight by, and the allocation, seed and generator
// that make the draw repeatable.
import type { Dossier } from '../dossier/schema.js';
import type { Leeftijdsgroep, Uitkeringsduur } from '../dossier/vocabulary.js';
import type { Population } from '../estimate/population.js';
import { allocateSample, STRATA, stratumIndex, totalOf, type FrameStratum, type SampleSize, type Toewijzing } from './allocation.js';
import { drawStratified, GENERATOR } from './draw.js';
import { frameOf, type ExpectedShares } from './shares.js';

/** One client of the list, as much of it as a draw needs and its output shows. */
export interface FrameUnit {
  dossier_id: string;
  leeftijd: number;
  uitkeringsduur_maanden: number;
  /** Index in STRATA: the stratum at the draw. */
  stratum: number;
}

/**
 * The clients that may be drawn, per stratum at the draw (the list's stratum_… columns where it
 * has them, else the bands of its leeftijd and uitkeringsduur), less those to leave out.
 */
export class ClientFrame {
  readonly units: FrameUnit[][] = STRATA.map(() => []);
  /** Per stratum: clients on the list, and how many of them were left out. */
  readonly lijst = STRATA.map(() => 0);
  readonly uitgesloten = STRATA.map(() => 0);

  constructor(private readonly exclude: ReadonlySet<string> = new Set()) {}

  add(d: Dossier): void {
    const h = stratumIndex(d.stratum.leeftijdsgroep, d.stratum.uitkeringsduur);
    this.lijst[h]!++;
    if (this.exclude.has(d.dossier_id)) this.uitgesloten[h]!++;
    else this.units[h]!.push({ dossier_id: d.dossier_id, leeftijd: d.leeftijd, uitkeringsduur_maanden: d.uitkeringsduur_maanden, stratum: h });
  }

  /** Ids to leave out that were not on the list (a different list, or a typing error). */
  get notOnList(): number {
    return this.exclude.size - this.uitgesloten.reduce((t, x) => t + x, 0);
  }
}

export interface DrawSettings {
  grootte: SampleSize;
  toewijzing: Toewijzing;
  minimum: number;
  zaad: number;
  /** For Neyman: the spreads of last run (or the worst case, which makes it proportional). */
  shares: ExpectedShares;
}

export interface DrawnStratum {
  leeftijdsgroep: Leeftijdsgroep;
  uitkeringsduur: Uitkeringsduur;
  /** Clients on the list in this stratum, and how many of them were left out (screened before). */
  lijst: number;
  uitgesloten: number;
  /** N_h: what may be drawn and what classify weights by. */
  populatie: number;
  steekproef: number;
  /** N_h / n_h; null where nothing was drawn. */
  gewicht: number | null;
  /** Neyman's spread, where it allocated by it. */
  spreiding: number | null;
}

/** The record of a draw (written beside the sample as JSON). */
export interface DrawRecord {
  versie: 1;
  soort: 'trekking';
  lijst: { bestand: string; sha256: string; klanten: number; uitgesloten: number; uitsluitlijsten: string[] };
  aantal: number;
  /** With --per-leeftijdsgroep: the dossiers asked per band (<27, 27-55, 55+); else null. */
  per_leeftijdsgroep: number[] | null;
  toewijzing: Toewijzing;
  minimum: number;
  zaad: number;
  generator: string;
  methode: string;
  vorige: string | null;
  strata: DrawnStratum[];
}

export interface DrawnSample {
  record: DrawRecord;
  /** The drawn clients, stratum by stratum, each stratum in the order of the draw. */
  units: FrameUnit[];
  population: Population;
}

export interface ListInfo {
  bestand: string;
  sha256: string;
  /** The files of earlier samples whose dossiers were left out. */
  uitsluitlijsten: string[];
}

export const METHOD_TEXT =
  'gestratificeerde enkelvoudige aselecte steekproef zonder teruglegging: per stratum (leeftijdsgroep × uitkeringsduur) de dossier_ids op volgorde gezet, daaruit met Fisher–Yates en MT19937 (zaad) getrokken, de strata in vaste volgorde';

/** Draws a sample of `settings.grootte` from the frame. */
export function drawSample(clients: ClientFrame, list: ListInfo, settings: DrawSettings, populationName: string): DrawnSample {
  const frame = clients.units;
  const population: Population = {
    naam: populationName,
    strata: STRATA.map((s, h) => ({ ...s, aantal: frame[h]!.length })),
  };
  const strata: FrameStratum[] = frameOf(population, settings.shares);
  const sizes = allocateSample(strata, settings.grootte, settings.toewijzing, settings.minimum);
  const units = drawStratified(frame, sizes, settings.zaad, (u) => u.dossier_id).flat();
  const record: DrawRecord = {
    versie: 1,
    soort: 'trekking',
    lijst: {
      bestand: list.bestand,
      sha256: list.sha256,
      klanten: clients.lijst.reduce((t, x) => t + x, 0),
      uitgesloten: clients.uitgesloten.reduce((t, x) => t + x, 0),
      uitsluitlijsten: [...list.uitsluitlijsten],
    },
    aantal: totalOf(settings.grootte),
    per_leeftijdsgroep: 'perLeeftijdsgroep' in settings.grootte ? [...settings.grootte.perLeeftijdsgroep] : null,
    toewijzing: settings.toewijzing,
    minimum: settings.minimum,
    zaad: settings.zaad,
    generator: GENERATOR,
    methode: METHOD_TEXT,
    vorige: settings.shares.bron.soort === 'vorige' && settings.toewijzing === 'neyman' ? settings.shares.bron.bestand : null,
    strata: STRATA.map((s, h) => ({
      ...s,
      lijst: clients.lijst[h]!,
      uitgesloten: clients.uitgesloten[h]!,
      populatie: strata[h]!.N,
      steekproef: sizes[h]!,
      gewicht: sizes[h]! > 0 ? strata[h]!.N / sizes[h]! : null,
      spreiding: settings.toewijzing === 'neyman' ? (strata[h]!.spreiding ?? null) : null,
    })),
  };
  return { record, units, population };
}
