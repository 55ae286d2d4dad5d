// The pilot shortlist (seed 001, "Pilot (fase 2)"): N clients, "een diverse groep, verspreid over
// bovengenoemde leeftijdscategorieën" — every band with candidates gets a place (when there are as
// many places as such bands), the rest in proportion to the population's bands (or as the user
// says). Within a band the pilot plan's criteria decide, which "elkander niet uitsluiten": whoever
// meets the most comes first, each criterion counted once (young children are children under 18).
// The profile only breaks ties — 1–3, then onbepaald, then 4 — for the pilot aims at people
// taking part "naar vermogen"; it never outranks a criterion: profile-4 clients who "de nodige
// zorg dienen te ontvangen" are as much the pilot's as anyone. Last, a lot from the seed.
// Clients are read one at a time; per band only the best N are kept.
import { createHash } from 'node:crypto';
import { LEEFTIJDSGROEPEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import { UserError } from '../errors.js';
import { roundQuotas } from '../estimate/ranges.js';

export interface Candidate {
  dossier_id: string;
  leeftijdsgroep: Leeftijdsgroep;
  profiel: Profiel | null;
  prioriteit: readonly string[];
}

export interface PilotSettings {
  aantal: number;
  /** Share of each band (LEEFTIJDSGROEPEN order); a band with share 0 gets no place. */
  verdeling: readonly number[];
  /** Profile 4 after everyone else (--zonder-profiel-4); by default it competes on the criteria. */
  zonderProfiel4: boolean;
  zaad: number;
  /** The criterion a priority group counts as: itself, or the group it is part of. */
  criterium: (prioriteit: string) => string;
}

/** How the profile breaks a tie of criteria. */
export type Groep = 'profiel_1_3' | 'onbepaald' | 'profiel_4';

export interface Selected extends Candidate {
  /** Place within its band (1 = first chosen). */
  rang: number;
  groep: Groep;
  /** Distinct criteria met. */
  criteria: number;
  /** Chosen by lot: it stands level with a candidate that was left off. */
  geloot: boolean;
}

export interface BandSelection {
  leeftijdsgroep: Leeftijdsgroep;
  kandidaten: number;
  /** The band's places by the distribution, and what it got (fewer when it has too few candidates). */
  quotum: number;
  gekozen: number;
}

export interface Shortlist {
  gekozen: Selected[];
  groepen: BandSelection[];
  waarschuwingen: string[];
}

export const groupOf = (profiel: Profiel | null): Groep => (profiel === 4 ? 'profiel_4' : profiel === null ? 'onbepaald' : 'profiel_1_3');
const GROUP_ORDER: Record<Groep, number> = { profiel_1_3: 0, onbepaald: 1, profiel_4: 2 };

interface Ranked extends Candidate {
  groep: Groep;
  criteria: number;
  /** Profile 4 last of all with --zonder-profiel-4; else 0. */
  laatst: number;
  /** The lot: the first 48 bits of SHA-256 of "seed:id", the same on every machine and in any order. */
  lot: number;
}

/** Whether a ranks before b. */
const before = (a: Ranked, b: Ranked) =>
  a.laatst - b.laatst || b.criteria - a.criteria || GROUP_ORDER[a.groep] - GROUP_ORDER[b.groep] || a.lot - b.lot || (a.dossier_id < b.dossier_id ? -1 : a.dossier_id > b.dossier_id ? 1 : 0);
const sameStanding = (a: Ranked, b: Ranked) => a.laatst === b.laatst && a.criteria === b.criteria && a.groep === b.groep;

/** Collects the candidates one at a time, keeping per band only the best N + 1 (the one after the last place says whether the lot decided). */
export class Shortlister {
  private readonly best = LEEFTIJDSGROEPEN.map(() => [] as Ranked[]);
  private readonly available = LEEFTIJDSGROEPEN.map(() => 0);

  constructor(private readonly settings: PilotSettings) {}

  add(c: Candidate): void {
    const band = LEEFTIJDSGROEPEN.indexOf(c.leeftijdsgroep);
    this.available[band]!++;
    const groep = groupOf(c.profiel);
    const lot = createHash('sha256').update(`${this.settings.zaad}:${c.dossier_id}`).digest().readUIntBE(0, 6);
    const ranked: Ranked = {
      ...c,
      prioriteit: [...c.prioriteit],
      groep,
      criteria: new Set(c.prioriteit.map(this.settings.criterium)).size,
      laatst: this.settings.zonderProfiel4 && groep === 'profiel_4' ? 1 : 0,
      lot,
    };
    const list = this.best[band]!;
    const keep = this.settings.aantal + 1;
    if (list.length === keep && before(list[keep - 1]!, ranked) <= 0) return;
    // Insert in order: N is a pilot's size (at most a few hundred), so a sorted array will do.
    let at = list.length;
    while (at > 0 && before(ranked, list[at - 1]!) < 0) at--;
    list.splice(at, 0, ranked);
    if (list.length > keep) list.pop();
  }

  result(): Shortlist {
    const { aantal: asked, verdeling } = this.settings;
    const available = this.available;
    const total = available.reduce((t, x) => t + x, 0);
    const shareSum = verdeling.reduce((t, x) => t + x, 0);
    if (!(shareSum > 0) || verdeling.some((s) => !Number.isFinite(s) || s < 0)) {
      throw new UserError('invoer', ['de plaatsen zijn niet over de leeftijdsgroepen te verdelen: de populatie telt in geen enkele leeftijdsgroep klanten'], ['Geef een populatie met klanten (--populatie) of een verdeling (--verdeling 10/60/30).']);
    }
    const warnings: string[] = [];
    const aantal = Math.min(asked, total);
    if (aantal < asked) warnings.push(`er zijn maar ${total} kandidaten: alle ${total} staan op de lijst in plaats van ${asked}`);
    // A band with candidates and a share is sure of a place; a band the distribution gives no share only gets what the others cannot take.
    const quota = quotas(aantal, verdeling, available.map((n, i) => n > 0 && verdeling[i]! > 0));
    const counts = spread(quota, available, verdeling, aantal);
    LEEFTIJDSGROEPEN.forEach((b, i) => {
      if (counts[i]! < quota[i]!) warnings.push(`leeftijdsgroep ${b} heeft maar ${available[i]} kandidaten voor ${quota[i]} plaatsen; de andere ${quota[i]! - counts[i]!} gaan naar de andere leeftijdsgroepen`);
    });
    const gekozen = this.best.flatMap((list, i) => {
      // The first one left off: whoever stands level with it was chosen by lot.
      const cutoff = list[counts[i]!];
      return list.slice(0, counts[i]).map(({ laatst: _laatst, lot: _lot, ...c }, k): Selected => ({ ...c, rang: k + 1, geloot: cutoff !== undefined && sameStanding(list[k]!, cutoff) }));
    });
    return {
      gekozen,
      groepen: LEEFTIJDSGROEPEN.map((leeftijdsgroep, i) => ({ leeftijdsgroep, kandidaten: available[i]!, quotum: quota[i]!, gekozen: counts[i]! })),
      waarschuwingen: warnings,
    };
  }
}

/**
 * Places per band by the distribution: first one for every open band (with candidates and a
 * share), when there are places enough for that, then the rest in proportion to the shares.
 */
function quotas(aantal: number, shares: readonly number[], open: readonly boolean[]): number[] {
  const first = open.filter(Boolean).length <= aantal ? open.map((o) => (o ? 1 : 0)) : open.map(() => 0);
  const rest = aantal - first.reduce((t, x) => t + x, 0);
  const sum = shares.reduce((t, s, i) => t + (open[i] ? s : 0), 0);
  const extra = roundQuotas(shares.map((s, i) => (open[i] && sum > 0 ? (s / sum) * rest : 0)), rest);
  return first.map((x, i) => x + extra[i]!);
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
