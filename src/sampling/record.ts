// The record of a draw (…-trekking.json): the list it was drawn from, each batch's allocation and
// seed, the strata with N_h and n_h, and every client drawn with the batch (partij) that drew it.
// The schema is the type, and `trek --vervolg` reads an earlier record back with it.
import * as z from 'zod/mini';
import { LEEFTIJDSGROEPEN, UITKERINGSDUREN } from '../dossier/vocabulary.js';
import { TOEWIJZINGEN } from './allocation.js';

const count = z.int().check(z.minimum(0));
const leeftijdsgroep = z.enum(LEEFTIJDSGROEPEN);
const uitkeringsduur = z.enum(UITKERINGSDUREN);

/** One batch: what was asked and how it was drawn. */
const batchRecord = z.object({
  partij: z.int().check(z.minimum(1)),
  aantal: count,
  /** With --per-leeftijdsgroep: the dossiers asked per band (<27, 27-55, 55+); else null. */
  per_leeftijdsgroep: z.nullable(z.array(count)),
  toewijzing: z.enum(TOEWIJZINGEN),
  minimum: count,
  zaad: count,
  /** Neyman's previous count; else null. */
  vorige: z.nullable(z.string()),
});

const stratumRecord = z.object({
  leeftijdsgroep,
  uitkeringsduur,
  /** Clients on the list in this stratum, and how many of them were left out (screened before). */
  lijst: count,
  uitgesloten: count,
  /** N_h: what may be drawn and what classify weights by; the same for every batch. */
  populatie: count,
  /** n_h: drawn so far, all batches together, and per batch. */
  steekproef: count,
  per_partij: z.array(count),
  /** N_h / n_h; null where nothing was drawn. */
  gewicht: z.nullable(z.number()),
  /** Neyman's spread (of the latest batch), where it allocated by it. */
  spreiding: z.nullable(z.number()),
});

export const drawRecordSchema = z.object({
  versie: z.literal(1),
  soort: z.literal('trekking'),
  lijst: z.object({ bestand: z.string(), sha256: z.string(), klanten: count, uitgesloten: count, uitsluitlijsten: z.array(z.string()) }),
  /** Drawn so far, all batches together. */
  aantal: count,
  /** The latest batch: its number, and how it was asked and drawn (each batch's in `partijen`). */
  partij: z.int().check(z.minimum(1)),
  per_leeftijdsgroep: z.nullable(z.array(count)),
  toewijzing: z.enum(TOEWIJZINGEN),
  minimum: count,
  zaad: count,
  generator: z.string(),
  methode: z.string(),
  vorige: z.nullable(z.string()),
  partijen: z.array(batchRecord).check(z.minLength(1)),
  strata: z.array(stratumRecord).check(z.length(LEEFTIJDSGROEPEN.length * UITKERINGSDUREN.length)),
  /** Every client drawn, in the order of the draw, with its stratum at the draw and its batch. */
  getrokken: z.array(z.object({ dossier_id: z.string(), leeftijdsgroep, uitkeringsduur, partij: z.int().check(z.minimum(1)) })),
});

export type DrawRecord = z.infer<typeof drawRecordSchema>;
export type DrawnStratum = DrawRecord['strata'][number];
export type BatchRecord = z.infer<typeof batchRecord>;
