// When a published figure is only indicative (CBS practice; README, Methode): it rests on fewer than
// 5 dossiers, or its relative standard error exceeds 30%. An exact figure (every stratum of the
// domain sampled completely) has no sampling error and is never marked. The reason names the
// figure that fails; the thresholds are stated once, under the table.
import type { TotalEstimate } from './totals.js';

export const MIN_DOSSIERS = 5;
export const MAX_RELATIVE_SE = 0.3;

export interface Reliability {
  indicatief: boolean;
  /** Why, in Dutch; null when the figure is not indicative. */
  indicatief_reden: string | null;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

export function reliability(e: TotalEstimate<unknown>, domainDossiers: number): Reliability {
  if (e.methode === 'exact') return { indicatief: false, indicatief_reden: null };
  const reasons: string[] = [];
  if (domainDossiers < MIN_DOSSIERS) {
    reasons.push(`${e.domein === 'totaal' ? 'de steekproef' : 'de leeftijdsgroep'} telt maar ${domainDossiers} ${domainDossiers === 1 ? 'dossier' : 'dossiers'}`);
  } else if (e.dossiers < MIN_DOSSIERS) {
    reasons.push(`berust op ${e.dossiers} ${e.dossiers === 1 ? 'dossier' : 'dossiers'}`);
  }
  if (e.relatieve_standaardfout !== null && e.relatieve_standaardfout > MAX_RELATIVE_SE) {
    reasons.push(`relatieve standaardfout ${percent(e.relatieve_standaardfout)}`);
  }
  return { indicatief: reasons.length > 0, indicatief_reden: reasons.length ? reasons.join('; ') : null };
}
