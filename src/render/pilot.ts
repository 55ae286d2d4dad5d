// Renderers for `profiel selecteer`: the pilot shortlist as a table, CSV or JSON. Each chosen
// client shows its id, band, profile, priority groups and the reason it was chosen — never any
// other column of the export.
import { LEEFTIJDSGROEP_NAMEN, LEEFTIJDSGROEP_KORT } from '../dossier/vocabulary.js';
import { toCsv } from '../io/write-output.js';
import type { RuleTable } from '../rules/schema.js';
import type { Selected, Shortlist } from '../sampling/pilot.js';
import { jsonText } from './json.js';
import { count, flagLabels, nl, out, table } from './style.js';

export interface PilotRun {
  bestand: string;
  sha256: string;
  dossiers: number;
  aantal: number;
  verdeling: readonly number[];
  gebied: string | null;
  zonderProfiel4: boolean;
  zaad: number;
  shortlist: Shortlist;
}

/** Why this client is on the list, in Dutch. */
export function reason(s: Selected, run: PilotRun, rules: RuleTable): string {
  const band = run.shortlist.groepen.find((g) => g.leeftijdsgroep === s.leeftijdsgroep)!;
  const parts = [
    s.prioriteit.length ? `${count(s.criteria, 'criterium', 'criteria')}: ${flagLabels(rules.prioriteit, s.prioriteit)}` : 'geen criterium',
    ...(run.zonderProfiel4 && s.groep === 'profiel_4' ? ['profiel 4: na alle anderen (--zonder-profiel-4)'] : []),
    `plaats ${s.rang} van ${band.kandidaten} in ${LEEFTIJDSGROEP_KORT[s.leeftijdsgroep]}`,
    ...(s.geloot ? [`bij gelijke stand met wie afviel geloot (zaad ${run.zaad})`] : []),
  ];
  return parts.join('; ');
}

const COLUMNS = ['dossier_id', 'leeftijdsgroep', 'profiel', 'prioriteit', 'criteria', 'rang', 'reden'] as const;

function rows(run: PilotRun, rules: RuleTable) {
  return run.shortlist.gekozen.map((s) => ({ dossier_id: s.dossier_id, leeftijdsgroep: s.leeftijdsgroep, profiel: s.profiel, prioriteit: [...s.prioriteit], criteria: s.criteria, rang: s.rang, reden: reason(s, run, rules) }));
}

export function renderPilot(run: PilotRun, rules: RuleTable, format: 'table' | 'csv' | 'json'): string {
  const list = rows(run, rules);
  if (format === 'csv') return toCsv(COLUMNS, list.map((r) => [r.dossier_id, r.leeftijdsgroep, r.profiel ?? 'onbepaald', r.prioriteit.join('|'), r.criteria, r.rang, r.reden]));
  if (format === 'json') {
    return jsonText({
      // 2: ook_profiel_4 became zonder_profiel_4 (profile 4 competes by default), and each choice has its criteria.
      versie: 2,
      soort: 'pilot',
      invoer: { bestand: run.bestand, dossiers: run.dossiers, sha256: run.sha256 },
      aantal: run.aantal,
      verdeling: run.verdeling,
      gebied: run.gebied,
      zonder_profiel_4: run.zonderProfiel4,
      zaad: run.zaad,
      groepen: run.shortlist.groepen,
      gekozen: list,
      waarschuwingen: run.shortlist.waarschuwingen,
    });
  }
  const summary = table(
    ['Leeftijdsgroep', 'Aandeel', 'Kandidaten', 'Plaatsen', 'Gekozen'],
    run.shortlist.groepen.map((g, i) => [LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep], nl.pct0(100 * run.verdeling[i]!), nl.int(g.kandidaten), nl.int(g.quotum), nl.int(g.gekozen)]),
    22,
  );
  const chosen = table(
    ['Dossier', 'Leeftijdsgroep', 'Profiel', 'Reden'],
    list.map((r) => [r.dossier_id, LEEFTIJDSGROEP_KORT[r.leeftijdsgroep], r.profiel === null ? 'onbepaald' : String(r.profiel), r.reden]),
    null,
    { text: [1, 2], wrapLast: 72 },
  );
  return [
    out.bold(`Pilotgroep: ${count(run.shortlist.gekozen.length, 'klant', 'klanten')} uit ${run.bestand}${run.gebied ? `, gebied ${run.gebied}` : ''}`),
    summary,
    chosen,
    'Per leeftijdsgroep eerst wie aan de meeste criteria voldoet (ze sluiten elkaar niet uit; jonge kinderen tellen als kinderen, één criterium)' +
      (run.zonderProfiel4 ? '; profiel 4 na alle anderen (--zonder-profiel-4)' : '') +
      '; bij gelijke stand eerst de profielen 1–3, dan onbepaald, dan profiel 4.',
    `Bij gelijke stand beslist het lot (zaad ${run.zaad}: hetzelfde zaad geeft dezelfde lijst).`,
  ].join('\n') + '\n';
}
