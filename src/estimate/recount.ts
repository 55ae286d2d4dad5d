// This month against last month: per band and profile the change in sample count, estimate and
// interval, and whether the new estimate falls outside last month's interval; per dossier which
// are new, which have gone, and whose profile changed (and whether the analyst or the rules
// changed it). Dossiers are matched on dossier_id as the reader gives it (trimmed, case as written).
import { LEEFTIJDSGROEPEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import type { AnalysisWithDossiers, PreviousCount } from './contract.js';

type Domein = Leeftijdsgroep | 'totaal';

export interface CellChange {
  leeftijdsgroep: Domein;
  profiel: Profiel | null;
  aantal_vorig: number | null;
  aantal: number | null;
  schatting_vorig: number | null;
  schatting: number | null;
  afgerond_vorig: number | null;
  afgerond: number | null;
  interval95_vorig: [number, number] | null;
  interval95: [number, number] | null;
  /** Whether this month's estimate lies outside last month's 95% interval; null if either is missing. */
  buiten_vorig_interval: boolean | null;
}

export interface DossierChange {
  dossier_id: string;
  van: Profiel | null;
  naar: Profiel | null;
  /** Who changed it: the analyst (profiel_analist changed) or the rules (the dossier's data did). */
  door: 'analist' | 'beslisregels';
  regel_van: string | null;
  regel_naar: string | null;
}

export interface Recount {
  versie: 1;
  vorige: { bestand: string; invoer: string; sha256: string; peildatum: string | null; dossiers: number; populatie: number };
  huidige: { bestand: string; sha256: string; peildatum: string | null; dossiers: number; populatie: number };
  /** False when last month's file has no dossier list: then only the figures are compared. */
  dossiers_vergeleken: boolean;
  cellen: CellChange[];
  nieuw: { dossier_id: string; profiel: Profiel | null }[];
  vervallen: { dossier_id: string; profiel: Profiel | null }[];
  gewijzigd: DossierChange[];
  /** What the reader of the comparison should know. */
  meldingen: string[];
  waarschuwingen: string[];
}

const CATEGORIEEN: readonly (Profiel | null)[] = [1, 2, 3, 4, null];

export function recount(previous: PreviousCount, previousFile: string, current: AnalysisWithDossiers): Recount {
  const sampleCount = (rows: readonly { leeftijdsgroep: Leeftijdsgroep; profiel: Profiel | null; aantal: number }[], d: Domein, p: Profiel | null) => {
    const hits = rows.filter((s) => (d === 'totaal' || s.leeftijdsgroep === d) && s.profiel === p);
    return hits.length ? hits.reduce((t, s) => t + s.aantal, 0) : null;
  };
  const domeinen: Domein[] = [...LEEFTIJDSGROEPEN, 'totaal'];
  const cellen = domeinen.flatMap((d) =>
    CATEGORIEEN.map((p): CellChange => {
      const was = previous.extrapolatie.find((e) => e.leeftijdsgroep === d && e.profiel === p);
      const now = current.extrapolatie.find((e) => e.leeftijdsgroep === d && e.profiel === p);
      return {
        leeftijdsgroep: d,
        profiel: p,
        aantal_vorig: sampleCount(previous.steekproef, d, p),
        aantal: sampleCount(current.steekproef, d, p),
        schatting_vorig: was?.schatting ?? null,
        schatting: now?.schatting ?? null,
        afgerond_vorig: was?.afgerond ?? null,
        afgerond: now?.afgerond ?? null,
        interval95_vorig: was?.interval95 ?? null,
        interval95: now?.interval95 ?? null,
        buiten_vorig_interval: was && now ? now.schatting < was.interval95[0] || now.schatting > was.interval95[1] : null,
      };
    }),
  ).filter((c) => c.schatting !== null || c.schatting_vorig !== null);

  const meldingen: string[] = [];
  const result: Recount = {
    versie: 1,
    vorige: {
      bestand: previousFile,
      invoer: previous.invoer.bestand,
      sha256: previous.invoer.sha256,
      peildatum: previous.peildatum ?? null,
      dossiers: previous.invoer.dossiers,
      populatie: previous.populatie.totaal,
    },
    huidige: { bestand: current.invoer.bestand, sha256: current.invoer.sha256, peildatum: current.peildatum, dossiers: current.invoer.dossiers, populatie: current.populatie.totaal },
    dossiers_vergeleken: previous.dossiers !== undefined,
    cellen,
    nieuw: [],
    vervallen: [],
    gewijzigd: [],
    meldingen,
    waarschuwingen: current.waarschuwingen,
  };

  if (previous.invoer.sha256 === current.invoer.sha256) meldingen.push('De export is dezelfde als vorige keer (zelfde SHA-256): alleen andere instellingen kunnen iets veranderen.');
  if (previous.populatie.totaal !== current.populatie.totaal) {
    meldingen.push(`De populatie is veranderd (${previous.populatie.totaal} → ${current.populatie.totaal} klanten): de schattingen verschuiven ook daardoor, niet alleen door de dossiers.`);
  }
  if (previous.interval && previous.interval !== current.interval) meldingen.push(`De vorige telling gebruikte --interval ${previous.interval}, deze ${current.interval}: de intervallen zijn anders berekend.`);
  if (previous.regels.naam !== current.regels.naam) meldingen.push(`De vorige telling gebruikte de beslisregels "${previous.regels.naam}", deze "${current.regels.naam}".`);

  if (!previous.dossiers) {
    meldingen.push('De vorige telling heeft geen dossierlijst (maak haar met classify --dossiers --format json): alleen de aantallen en schattingen zijn vergeleken, niet de dossiers.');
    return result;
  }
  const before = new Map(previous.dossiers.map((d) => [d.dossier_id, d]));
  const after = new Map(current.dossiers.map((d) => [d.dossier_id, d]));
  result.nieuw = current.dossiers.filter((d) => !before.has(d.dossier_id)).map((d) => ({ dossier_id: d.dossier_id, profiel: d.profiel }));
  result.vervallen = previous.dossiers.filter((d) => !after.has(d.dossier_id)).map((d) => ({ dossier_id: d.dossier_id, profiel: d.profiel }));
  for (const now of current.dossiers) {
    const was = before.get(now.dossier_id);
    if (!was || was.profiel === now.profiel) continue;
    result.gewijzigd.push({
      dossier_id: now.dossier_id,
      van: was.profiel,
      naar: now.profiel,
      door: was.profiel_analist !== now.profiel_analist ? 'analist' : 'beslisregels',
      regel_van: was.regel,
      regel_naar: now.regel,
    });
  }
  return result;
}
