// The report's section on the change since the previous count (`report --vorige`): per band and
// profile both months, the difference with its 95% interval and whether it is larger than the
// uncertainty, and what it is made of. Counts of dossiers only; which dossiers changed is for the
// analyst's working copy (`recount`), not for a public document.
import { LEEFTIJDSGROEP_KORT, LEEFTIJDSGROEP_NAMEN } from '../../dossier/vocabulary.js';
import { STAPPEN, type CellChange, type Recount } from '../../estimate/recount.js';
import type { Cell, NumberCell, Section } from './model.js';
import { RECOUNT_METHOD, STAP_NAMEN } from '../recount.js';
import { count, nl, profielLabel } from '../style.js';

export function recountSection(r: Recount, titel: string): Section {
  const inShares = r.vergeleken_als === 'aandeel';
  // Shares as percentages (one decimal), clients as whole numbers.
  const scale = inShares ? 100 : 1;
  const decimals = inShares ? 1 : 0;
  const figure = (value: number | null, interval: [number, number] | null, verschil = false): Cell =>
    value === null ? '–' : { getal: scale * value, decimalen: decimals, ...(verschil && { verschil }), ...(interval && { interval: [scale * interval[0], scale * interval[1]] as [number, number] }) };
  const domain = (c: CellChange) => (c.leeftijdsgroep === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_NAMEN[c.leeftijdsgroep]);
  const unit = inShares ? '% van de leeftijdsgroep' : 'klanten';
  const diffUnit = inShares ? 'procentpunt' : 'klanten';

  const rows: Cell[][] = r.cellen.map((c) => [
    domain(c),
    profielLabel(c.profiel),
    inShares ? figure(c.aandeel_vorig, c.aandeel95_vorig) : figure(c.schatting_vorig, c.interval95_vorig),
    inShares ? figure(c.aandeel, c.aandeel95) : figure(c.schatting, c.interval95),
    figure(c.verschil, c.verschil_interval95, true),
    c.verschil_groter_dan_onzekerheid === null ? '–' : c.verschil_groter_dan_onzekerheid ? 'ja' : 'nee',
  ]);
  const moved = r.cellen.filter((c) => c.uitsplitsing && c.verschil !== null && Math.abs(scale * c.verschil) >= (inShares ? 0.05 : 0.5));
  const steps = STAPPEN.filter((s) => moved.some((c) => Math.abs(scale * c.uitsplitsing![s]) >= (inShares ? 0.05 : 0.5)));
  const split: Cell[][] = moved.map((c) => [domain(c), profielLabel(c.profiel), figure(c.verschil, null, true), ...steps.map((s): NumberCell => ({ getal: scale * c.uitsplitsing![s], decimalen: decimals, verschil: true }))]);

  const analist = r.gewijzigd.filter((g) => g.door === 'analist').length;
  const dossiers = r.dossiers_vergeleken
    ? `Dossiers: ${count(r.nieuw.length, 'nieuw', 'nieuw')}, ${count(r.vervallen.length, 'vervallen', 'vervallen')}, ${count(r.gewijzigd.length, 'met een ander profiel', 'met een ander profiel')} (${analist} door de analist, ${r.gewijzigd.length - analist} door de beslisregels)` +
      `${r.ander_stratum.length ? `, ${count(r.ander_stratum.length, 'in een ander stratum', 'in een ander stratum')}` : ''}.`
    : 'De vorige telling heeft geen dossierlijst: welke dossiers veranderden, is niet te zeggen.';
  const when = (d: string | null) => (d ? `, peildatum ${nl.datum(d)}` : '');
  const flagged = r.cellen.filter((c) => c.verschil_groter_dan_onzekerheid && c.profiel !== null);
  return {
    id: 'verandering',
    titel,
    blokken: [
      {
        tekst: [
          `Vergeleken met de vorige telling: ${r.vorige.invoer} (${count(r.vorige.dossiers, 'dossier', 'dossiers')}${when(r.vorige.peildatum)}).`,
          flagged.length
            ? `Groter dan de onzekerheid: ${flagged.map((c) => `${c.leeftijdsgroep === 'totaal' ? 'alle leeftijden' : LEEFTIJDSGROEP_KORT[c.leeftijdsgroep]}, profiel ${c.profiel}`).join('; ')}.`
            : 'Geen enkele verandering is groter dan de onzekerheid van beide tellingen.',
          ...r.meldingen,
          dossiers,
        ],
      },
      {
        tabel: {
          id: 'Verandering',
          titel: `Vorige telling en nu per leeftijdsgroep en klantprofiel (${unit}), met 95%-interval`,
          kolommen: ['Leeftijdsgroep', 'Klantprofiel', 'Vorige telling', 'Nu', `Verschil (${diffUnit})`, 'Groter dan de onzekerheid'],
          rijen: rows,
          groepeer: true,
          noten: [RECOUNT_METHOD[0]!, RECOUNT_METHOD[2]!],
        },
      },
      ...(split.length
        ? [
            {
              tabel: {
                id: 'Uitsplitsing',
                titel: `Waardoor het verschil komt (${diffUnit})`,
                kolommen: ['Leeftijdsgroep', 'Klantprofiel', 'Verschil', ...steps.map((s) => STAP_NAMEN[s])],
                rijen: split,
                groepeer: true,
                noten: [RECOUNT_METHOD[1]!],
              },
            },
          ]
        : []),
    ],
  };
}
