// A screening sample drawn from the list of all clients, with its design written down: the
// stratum of every drawn dossier as it was at the draw, the population per stratum (the list,
// less what was excluded) that classify will weight by, and the allocation, seed and generator
// that make the draw repeatable.
import type { Dossier } from '../dossier/schema.js';
import { StringList, withRoom } from '../io/string-list.js';
import type { Problem } from '../io/problem.js';
import { LEEFTIJDSGROEPEN } from '../dossier/vocabulary.js';
import { UserError } from '../errors.js';
import type { Population } from '../estimate/population.js';
import { allocateSample, STRATA, stratumIndex, totalOf, type FrameStratum, type SampleSize, type Toewijzing } from './allocation.js';
import { byCodeUnit, drawStratified, GENERATOR } from './draw.js';
import type { DrawnStratum, DrawRecord } from './record.js';
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
 * The clients that may be drawn, per stratum at the draw — the bands of each client's leeftijd and
 * uitkeringsduur, as the list has them now — less those to leave out. A list that already names a
 * stratum (stratum_… columns) must agree with its ages and durations: a stratum column that says
 * otherwise is a problem of its line, not a way to put clients in another stratum.
 */
export class ClientFrame {
  /**
   * Per stratum, packed (a million clients in some 25 MB rather than 100 as objects): the ids, and
   * each client's age and duration for the sample file. Only the clients drawn become objects.
   */
  private readonly ids = STRATA.map(() => new StringList());
  private leeftijd = STRATA.map(() => new Uint8Array(256)); // 16–120 (dossier/schema)
  /** Months in two bytes (65,535: over 5,000 years); a stratum with a longer duration in a Float64Array. */
  private maanden: (Uint16Array | Float64Array)[] = STRATA.map(() => new Uint16Array(256));
  /** Per stratum: clients on the list, and how many of them were left out. */
  readonly lijst = STRATA.map(() => 0);
  readonly uitgesloten = STRATA.map(() => 0);
  /** Lines whose stratum columns disagree with the client's age or duration. */
  readonly problems: Problem[] = [];
  /** The list's columns (normalised), to say where a problem stands. */
  header: readonly string[] = [];

  constructor(
    private readonly exclude: ReadonlySet<string> = new Set(),
    private readonly source = '',
  ) {}

  add(d: Dossier, line = 0): void {
    for (const [column, given, derived, from] of [
      ['stratum_leeftijdsgroep', d.stratum_leeftijdsgroep, d.leeftijdsgroep, `de leeftijd (${d.leeftijd})`],
      ['stratum_uitkeringsduur', d.stratum_uitkeringsduur, d.uitkeringsduur, `de uitkeringsduur (${d.uitkeringsduur_maanden} maanden)`],
    ] as const) {
      if (given !== undefined && given !== derived && this.problems.length < 50) {
        this.problems.push({
          bestand: this.source,
          regel: line,
          kolom: { nummer: this.header.indexOf(column) + 1, naam: column },
          waarde: given,
          melding: `het stratum zegt ${given}, maar ${from} hoort bij ${derived}`,
          verwacht: `${derived}, of laat de kolom leeg: trek bepaalt het stratum uit leeftijd en uitkeringsduur`,
        });
      }
    }
    const h = stratumIndex(d.leeftijdsgroep, d.uitkeringsduur);
    this.lijst[h]!++;
    if (this.exclude.has(d.dossier_id)) this.uitgesloten[h]!++;
    else {
      const i = this.ids[h]!.push(d.dossier_id);
      this.leeftijd[h] = withRoom(this.leeftijd[h]!, i);
      this.maanden[h] = withRoom(d.uitkeringsduur_maanden > 0xffff && this.maanden[h] instanceof Uint16Array ? Float64Array.from(this.maanden[h]!) : this.maanden[h]!, i);
      this.leeftijd[h]![i] = d.leeftijd;
      this.maanden[h]![i] = d.uitkeringsduur_maanden;
    }
  }

  /** Clients of stratum `h` that may be drawn. */
  size(h: number): number {
    return this.ids[h]!.size;
  }

  /** The id of client `i` of stratum `h`. */
  id(h: number, i: number): string {
    return this.ids[h]!.get(i);
  }

  /** Client `i` of stratum `h` as an object. */
  unit(h: number, i: number): FrameUnit {
    return { dossier_id: this.id(h, i), leeftijd: this.leeftijd[h]![i]!, uitkeringsduur_maanden: this.maanden[h]![i]!, stratum: h };
  }

  /**
   * The draw's order of stratum `h`'s clients, by id as strings compare (draw byCodeUnit): in the
   * packed bytes, without making strings, unless an id has a character from U+E000 on.
   */
  byId(h: number): (a: number, b: number) => number {
    const ids = this.ids[h]!;
    if (ids.bytesOrderAsStrings()) return (a, b) => ids.compareBytes(a, b);
    const names = ids.toArray();
    return (a, b) => byCodeUnit(names[a]!, names[b]!);
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

export type { DrawRecord, DrawnStratum };

/** A drawn client and the batch that drew it. */
export interface DrawnUnit extends FrameUnit {
  partij: number;
}

export interface DrawnSample {
  record: DrawRecord;
  /** Every client drawn so far: batch by batch, within a batch stratum by stratum in the order of the draw. */
  units: DrawnUnit[];
  /** The clients of this batch (the last `nieuw` of `units`). */
  nieuw: number;
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

/**
 * Draws a sample of `settings.grootte` from the frame; with `previous` (trek --vervolg) the next
 * batch, from the clients of the same frame not drawn before. Within a stratum, successive simple
 * random draws without replacement from what is left are together one such draw, so the pooled
 * batches are weighted by N_h over the cumulative n_h, as one sample would be. The cumulative
 * sample follows the allocation: each batch brings every stratum to its share of the new total
 * (never below what earlier batches drew).
 */
export function drawSample(clients: ClientFrame, list: ListInfo, settings: DrawSettings, populationName: string, previous?: DrawRecord): DrawnSample {
  const population: Population = {
    naam: populationName,
    strata: STRATA.map((s, h) => ({ ...s, aantal: clients.size(h) })),
  };
  const strata: FrameStratum[] = frameOf(population, settings.shares);
  const before = previous ? earlierBatches(clients, previous) : { units: [], perStratum: STRATA.map(() => 0) };
  const drawnBefore = new Set(before.units.map((u) => u.dossier_id));
  const cumulative = previous ? cumulativeSize(settings.grootte, previous, before.perStratum) : settings.grootte;
  const targets = allocateSample(strata, cumulative, settings.toewijzing, settings.minimum, previous && before.perStratum);
  const sizes = targets.map((n, h) => n - before.perStratum[h]!);
  // One stratum at a time, less who earlier batches drew: the draw on the clients' numbers, sorted
  // by id in the packed list, and objects only for the clients drawn.
  let byId = (_a: number, _b: number) => 0;
  const pool = (h: number) => {
    byId = clients.byId(h);
    const all = Array.from({ length: clients.size(h) }, (_, i) => i);
    return previous ? all.filter((i) => !drawnBefore.has(clients.id(h, i))) : all;
  };
  const partij = (previous?.partij ?? 0) + 1;
  const drawn = drawStratified(STRATA.map((_, h) => () => pool(h)), sizes, settings.zaad, (a, b) => byId(a, b)).flatMap((picked, h) => picked.map((i): DrawnUnit => ({ ...clients.unit(h, i), partij })));
  const units = [...before.units, ...drawn];
  const batch = {
    partij,
    aantal: totalOf(settings.grootte),
    per_leeftijdsgroep: 'perLeeftijdsgroep' in settings.grootte ? [...settings.grootte.perLeeftijdsgroep] : null,
    toewijzing: settings.toewijzing,
    minimum: settings.minimum,
    zaad: settings.zaad,
    vorige: settings.shares.bron.soort === 'vorige' && settings.toewijzing === 'neyman' ? settings.shares.bron.bestand : null,
  };
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
    aantal: units.length,
    partij,
    per_leeftijdsgroep: batch.per_leeftijdsgroep,
    toewijzing: batch.toewijzing,
    minimum: batch.minimum,
    zaad: batch.zaad,
    generator: GENERATOR,
    methode: METHOD_TEXT,
    vorige: batch.vorige,
    partijen: [...(previous?.partijen ?? []), batch],
    strata: STRATA.map((s, h) => ({
      ...s,
      lijst: clients.lijst[h]!,
      uitgesloten: clients.uitgesloten[h]!,
      populatie: strata[h]!.N,
      steekproef: targets[h]!,
      per_partij: [...(previous?.strata[h]!.per_partij ?? []), sizes[h]!],
      gewicht: targets[h]! > 0 ? strata[h]!.N / targets[h]! : null,
      spreiding: settings.toewijzing === 'neyman' ? (strata[h]!.spreiding ?? null) : null,
    })),
    getrokken: units.map((u) => ({ dossier_id: u.dossier_id, ...STRATA[u.stratum]!, partij: u.partij })),
  };
  return { record, units, nieuw: drawn.length, population };
}

/**
 * The clients earlier batches drew, found in this frame. The frame must be the one they were drawn
 * from: the same clients per stratum, each drawn client in the stratum it was drawn from.
 */
function earlierBatches(clients: ClientFrame, previous: DrawRecord): { units: DrawnUnit[]; perStratum: number[] } {
  const problems: string[] = [];
  STRATA.forEach((s, h) => {
    const recorded = previous.strata[h]!.populatie;
    if (clients.size(h) !== recorded) problems.push(`stratum ${s.leeftijdsgroep} × ${s.uitkeringsduur}: ${clients.size(h)} klanten nu, ${recorded} bij de eerste trekking`);
  });
  // Only the clients drawn before become objects: the frame's ids are scanned once.
  const wanted = new Set(previous.getrokken.map((g) => g.dossier_id));
  const where = new Map<string, FrameUnit>();
  STRATA.forEach((_, h) => {
    for (let i = 0; i < clients.size(h); i++) if (wanted.has(clients.id(h, i))) where.set(clients.id(h, i), clients.unit(h, i));
  });
  const units: DrawnUnit[] = [];
  const perStratum = STRATA.map(() => 0);
  for (const g of previous.getrokken) {
    const unit = where.get(g.dossier_id);
    const h = stratumIndex(g.leeftijdsgroep, g.uitkeringsduur);
    if (!unit || unit.stratum !== h) {
      problems.push(`dossier ${g.dossier_id} (partij ${g.partij}) staat niet ${unit ? `in stratum ${g.leeftijdsgroep} × ${g.uitkeringsduur}` : 'op de lijst'}`);
      continue;
    }
    units.push({ ...unit, partij: g.partij });
    perStratum[h]!++;
  }
  if (problems.length) {
    throw new UserError('invoer', ['de klanten van de lijst passen niet bij de eerdere trekking:', ...problems.slice(0, 10).map((p) => `  - ${p}`)], [
      'Een vervolg trekt uit precies dezelfde klanten als de eerste partij. Gebruik de lijst (en de uitsluitlijsten) van de eerste trekking.',
    ]);
  }
  return { units, perStratum };
}

/** The cumulative size after this batch: what earlier batches drew plus what this one asks, in total or per band. */
function cumulativeSize(batch: SampleSize, previous: DrawRecord, perStratum: readonly number[]): SampleSize {
  if ('aantal' in batch) return { aantal: previous.aantal + batch.aantal };
  const perBand = LEEFTIJDSGROEPEN.map((b) => STRATA.reduce((t, s, h) => t + (s.leeftijdsgroep === b ? perStratum[h]! : 0), 0));
  return { perLeeftijdsgroep: batch.perLeeftijdsgroep.map((n, i) => n + perBand[i]!) };
}
