// Renderers for `profiel recount`: the comparison as Dutch tables, or as JSON (recount version 2).
import { LEEFTIJDSGROEP_KORT, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import type { CellChange, Recount, Stap } from '../estimate/recount.js';
import { jsonText } from './json.js';
import { count, nl, out, table } from './style.js';

/** What each step of the split is called in a table header. */
export const STAP_NAMEN: Record<Stap, string> = {
  populatie: 'Populatie',
  nieuw: 'Nieuwe dossiers',
  vervallen: 'Vervallen dossiers',
  ander_stratum: 'Ander stratum',
  gewijzigd_analist: 'Profiel door analist',
  gewijzigd_regels: 'Profiel door beslisregels',
};

/** How the comparison is made and read, once under the table (also in the report). */
export const RECOUNT_METHOD = [
  'Verschil groter dan de onzekerheid: het 95%-interval van het verschil bevat 0 niet. Dat interval komt uit de 95%-intervallen van beide maanden (MOVER, Newcombe 1998; Zou en Donner 2008). ' +
    'De maanden zijn behandeld als twee losse steekproeven; omdat ze grotendeels dezelfde dossiers bevatten, is dat voorzichtig: een echt verschil valt er eerder niet dan wel mee op.',
  'Uitsplitsing, in deze volgorde: eerst de populatie van nu (met de dossiers van vorige keer), dan de nieuwe dossiers, de vervallen dossiers, dossiers die in een ander stratum getrokken zijn, ' +
    'de profielen die de analist veranderde en die de beslisregels veranderden. Elk deel is wat die stap alleen verandert na de stappen ervoor; samen zijn ze precies het verschil.',
  'Verschillen en delen zijn berekend op de onafgeronde schattingen en daarna afgerond; ze kunnen daardoor een eenheid afwijken van het verschil tussen de afgeronde cijfers.',
];

export function renderRecount(r: Recount, format: 'table' | 'json'): string {
  if (format === 'json') return jsonText(r);
  const inShares = r.vergeleken_als === 'aandeel';
  const kort = (d: Leeftijdsgroep | 'totaal') => (d === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_KORT[d]);
  const profiel = (p: Profiel | null) => (p === null ? 'onbepaald' : String(p));
  const date = (d: string | null) => (d ? `, peildatum ${d}` : '');
  const parts = [
    `${out.bold('Hertelling')}: ${r.huidige.bestand} (${count(r.huidige.dossiers, 'dossier', 'dossiers')}${date(r.huidige.peildatum)})`,
    `tegenover ${r.vorige.bestand}: de telling van ${r.vorige.invoer} (${count(r.vorige.dossiers, 'dossier', 'dossiers')}${date(r.vorige.peildatum)})`,
  ];
  if (r.meldingen.length) parts.push('', ...r.meldingen.map((m) => `- ${m}`));

  const figure = (c: CellChange, which: 'vorig' | 'nu') => {
    const value = inShares ? (which === 'vorig' ? c.aandeel_vorig : c.aandeel) : which === 'vorig' ? c.schatting_vorig : c.schatting;
    const interval = inShares ? (which === 'vorig' ? c.aandeel95_vorig : c.aandeel95) : which === 'vorig' ? c.interval95_vorig : c.interval95;
    if (value === null || interval === null) return '–';
    return inShares ? `${percent(value)} (${percent(interval[0])}–${percent(interval[1])})` : `${nl.int(Math.round(value))} (${nl.int(Math.round(interval[0]))}–${nl.int(Math.round(interval[1]))})`;
  };
  const difference = (x: number) => (inShares ? points(x) : signed(x));
  const dossiers = (was: number | null, now: number | null) => (was === null && now === null ? '–' : `${was === null ? '–' : nl.int(was)} → ${now === null ? '–' : nl.int(now)}`);

  parts.push('', out.bold(`Per leeftijdsgroep en klantprofiel: ${inShares ? 'aandeel van de leeftijdsgroep (de populatie is veranderd)' : 'geschatte klanten'}, met 95%-interval`));
  let band = '';
  parts.push(
    table(
      ['Leeftijdsgroep', 'Klantprofiel', 'Dossiers', 'Vorige keer', 'Nu', inShares ? 'Verschil (procentpunt)' : 'Verschil', '95%-interval verschil', 'Groter dan de onzekerheid'],
      r.cellen.map((c) => [
        kort(c.leeftijdsgroep) === band ? '' : (band = kort(c.leeftijdsgroep)),
        profiel(c.profiel),
        dossiers(c.aantal_vorig, c.aantal),
        figure(c, 'vorig'),
        figure(c, 'nu'),
        c.verschil === null ? '–' : difference(c.verschil),
        c.verschil_interval95 ? `${difference(c.verschil_interval95[0])} tot ${difference(c.verschil_interval95[1])}` : '–',
        c.verschil_groter_dan_onzekerheid === null ? '–' : c.verschil_groter_dan_onzekerheid ? out.bold('ja') : 'nee',
      ]),
      16,
      { text: [1, 7] },
    ),
  );

  const split = r.cellen.filter((c) => c.uitsplitsing && c.verschil !== null && Math.abs(c.verschil) >= (inShares ? 0.0005 : 0.05));
  if (split.length) {
    const steps = Object.keys(STAP_NAMEN) as Stap[];
    // Only the steps that moved anything: a month without a new population has no column for it.
    const shown = steps.filter((s) => split.some((c) => Math.abs(c.uitsplitsing![s]) >= (inShares ? 0.0005 : 0.05)));
    band = '';
    parts.push('', out.bold(`Waardoor het verschil komt (${inShares ? 'procentpunt' : 'klanten'})`));
    parts.push(
      table(
        ['Leeftijdsgroep', 'Klantprofiel', 'Verschil', ...shown.map((s) => STAP_NAMEN[s])],
        split.map((c) => [kort(c.leeftijdsgroep) === band ? '' : (band = kort(c.leeftijdsgroep)), profiel(c.profiel), difference(c.verschil!), ...shown.map((s) => difference(c.uitsplitsing![s]))]),
        16,
        { text: [1] },
      ),
    );
  }
  parts.push(...RECOUNT_METHOD);

  if (r.dossiers_vergeleken) {
    const list = (title: string, head: string[], rows: string[][]) =>
      parts.push('', out.bold(`${title} (${rows.length})`), ...(rows.length ? [table(head, rows, null, { text: head.map((_, i) => i) })] : ['geen']));
    list('Nieuw', ['Dossier', 'Profiel'], r.nieuw.map((d) => [d.dossier_id, profiel(d.profiel)]));
    list('Vervallen', ['Dossier', 'Profiel vorige keer'], r.vervallen.map((d) => [d.dossier_id, profiel(d.profiel)]));
    if (r.ander_stratum.length) list('In een ander stratum getrokken', ['Dossier', 'Vorige keer', 'Nu'], r.ander_stratum.map((d) => [d.dossier_id, d.van, d.naar]));
    list(
      'Gewijzigd profiel',
      ['Dossier', 'Van', 'Naar', 'Door'],
      r.gewijzigd.map((d) => [d.dossier_id, profiel(d.van), profiel(d.naar), d.door === 'analist' ? 'de analist' : `de beslisregels (${d.regel_van ?? 'geen'} → ${d.regel_naar ?? 'geen'})`]),
    );
  }
  if (r.waarschuwingen.length) parts.push('', out.yellow.bold('Waarschuwingen bij deze telling'), ...r.waarschuwingen.map((w) => `- ${w}`));
  return `${parts.join('\n')}\n`;
}

/** 0.3614 → "36,1%". */
const percent = (share: number) => nl.pct(100 * share);
/** +3, −2, 0: clients, with a real minus sign. */
const signed = (x: number) => {
  const r = Math.round(x);
  return r === 0 ? '0' : `${r > 0 ? '+' : '−'}${nl.int(Math.abs(r))}`;
};
/** A difference of shares in percentage points, one decimal: +2,5, −0,8. */
const points = (x: number) => {
  const r = Math.round(1000 * x) / 10;
  return r === 0 ? '0,0' : `${r > 0 ? '+' : '−'}${nl.dec1(Math.abs(r))}`;
};
