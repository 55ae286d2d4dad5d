// The pilot shortlist (seed 001, "Pilot (fase 2)"): N clients spread over the age bands (in
// proportion to the population's bands, or as the user says), chosen within each band by the
// pilot-priority groups, which do not exclude each other: more groups first. Profiles 1–3 come
// before onbepaald (a conversation is needed first) and both before profile 4 (income support
// with care: activation is not the aim), unless profile 4 is asked for too. Ties are drawn by
// lot from a seed, so the list is the same on every run.
import { LEEFTIJDSGROEPEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import { roundQuotas } from '../estimate/ranges.js';
import { seededSample, uniformIntegers } from './draw.js';

export interface Candidate {
  dossier_id: string;
  leeftijdsgroep: Leeftijdsgroep;
  profiel: Profiel | null;
  prioriteit: readonly string[];
}

export interface PilotSettings {
  aantal: number;
  /** Share of each band (LEEFTIJDSGROEPEN order), adding up to 1. */
  verdeling: readonly number[];
  ookProfiel4: boolean;
  zaad: number;
}

/** Why a client is on the list, in the order the ranking applies it. */
export type Groep = 'profiel_1_3' | 'onbepaald' | 'profiel_4';

export interface Selected extends Candidate {
  /** Place within its band (1 = first chosen). */
  rang: number;
  groep: Groep;
  /** Chosen by lot: it stands level with a candidate that was left off. */
  geloot: boolean;
}

export interface BandSelection {
  leeftijdsgroep: Leeftijdsgroep;
  kandidaten: number;
  /** The band's share of N, and what it got (fewer when it has too few candidates). */
  quotum: number;
  gekozen: number;
}

export interface Shortlist {
  gekozen: Selected[];
  groepen: BandSelection[];
  waarschuwingen: string[];
}

export const groupOf = (profiel: Profiel | null, ookProfiel4: boolean): Groep =>
  profiel === 4 ? (ookProfiel4 ? 'profiel_1_3' : 'profiel_4') : profiel === null ? 'onbepaald' : 'profiel_1_3';
const GROUP_ORDER: Record<Groep, number> = { profiel_1_3: 0, onbepaald: 1, profiel_4: 2 };

export function shortlist(candidates: readonly Candidate[], settings: PilotSettings): Shortlist {
  const warnings: string[] = [];
  const perBand = LEEFTIJDSGROEPEN.map((b) => ranked(candidates.filter((c) => c.leeftijdsgroep === b), settings));
  const available = perBand.map((list) => list.length);
  const total = available.reduce((t, x) => t + x, 0);
  const aantal = Math.min(settings.aantal, total);
  if (aantal < settings.aantal) warnings.push(`er zijn maar ${total} kandidaten: alle ${total} staan op de lijst in plaats van ${settings.aantal}`);
  const quota = roundQuotas(settings.verdeling.map((s) => s * aantal), aantal);
  // A band with too few candidates gives its places to the others, in proportion to their shares.
  const counts = spread(quota, available, settings.verdeling, aantal);
  LEEFTIJDSGROEPEN.forEach((b, i) => {
    if (counts[i]! < quota[i]!) warnings.push(`leeftijdsgroep ${b} heeft maar ${available[i]} kandidaten voor ${quota[i]} plaatsen; de andere ${quota[i]! - counts[i]!} gaan naar de andere leeftijdsgroepen`);
  });
  const gekozen = perBand.flatMap((list, i) => {
    // The first one left off: whoever stands level with it was chosen by lot.
    const cutoff = list[counts[i]!];
    return list.slice(0, counts[i]).map((c, k) => ({ ...c, rang: k + 1, geloot: cutoff !== undefined && sameStanding(c, cutoff) }));
  });
  return {
    gekozen,
    groepen: LEEFTIJDSGROEPEN.map((leeftijdsgroep, i) => ({ leeftijdsgroep, kandidaten: available[i]!, quotum: quota[i]!, gekozen: counts[i]! })),
    waarschuwingen: warnings,
  };
}

/** Places per band: the quota where the band has the candidates, the rest where there are more. */
function spread(quota: readonly number[], available: readonly number[], shares: readonly number[], aantal: number): number[] {
  const counts = quota.map((q, i) => Math.min(q, available[i]!));
  for (let left = aantal - counts.reduce((t, x) => t + x, 0); left > 0; left = aantal - counts.reduce((t, x) => t + x, 0)) {
    const open = counts.map((c, i) => c < available[i]!);
    const weight = shares.map((s, i) => (open[i] ? s : 0));
    const sum = weight.reduce((t, x) => t + x, 0);
    // Bands the user gave no share get places only once the others are full.
    const extra = roundQuotas(weight.map((w, i) => (sum > 0 ? (w / sum) * left : open[i] ? left / open.filter(Boolean).length : 0)), left, counts.map((c, i) => available[i]! - c));
    extra.forEach((x, i) => (counts[i]! += x));
  }
  return counts;
}

/** Profile group first, then more priority groups, then the lot (the same seeded shuffle as a draw). */
function ranked(candidates: readonly Candidate[], settings: PilotSettings): (Candidate & { groep: Groep })[] {
  const lot = seededSample(candidates, candidates.length, (c) => c.dossier_id, uniformIntegers(settings.zaad));
  return lot
    .map((c) => ({ ...c, groep: groupOf(c.profiel, settings.ookProfiel4) }))
    .sort((a, b) => GROUP_ORDER[a.groep] - GROUP_ORDER[b.groep] || b.prioriteit.length - a.prioriteit.length);
}

const sameStanding = (a: Candidate & { groep: Groep }, b: Candidate & { groep: Groep }) => a.groep === b.groep && a.prioriteit.length === b.prioriteit.length;
