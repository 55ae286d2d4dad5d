// The report's main sections, in the order a raadsinformatiebrief puts its message: the key points,
// the profiles (table 6.2 with intervals and its chart), the whole group of ca. 1200–1400, and the
// rules against the professional. One builder per section; each reads the analysis only.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_KORT, LEEFTIJDSGROEP_NAMEN, type Leeftijdsgroep, type Profiel } from '../../dossier/vocabulary.js';
import { CATEGORIEEN } from '../../estimate/tally.js';
import type { Differences } from '../../estimate/agreement.js';
import type { AnalysisFile } from '../../estimate/contract.js';
import type { Recount } from '../../estimate/recount.js';
import { rangeText } from '../../estimate/ranges.js';
import { MAX_RELATIVE_SE, MIN_DOSSIERS } from '../../estimate/reliability.js';
import { estimatesChart, rangesChart } from '../chart-specs.js';
import { INTERVAL_NOTE, WEIGHTS_NOTE } from '../notes.js';
import { count, nl, profielLabel } from '../style.js';
import { INDICATIEF_UITLEG, INTERVAL_UITLEG, kernpunten } from './kernpunten.js';
import { number, RowList, type Cell, type Section } from './model.js';
import type { SmallCounts } from './small-counts.js';
import { gridLines } from './suppression.js';

type Domein = Leeftijdsgroep | 'totaal';
const bandPop = (a: AnalysisFile, b: Leeftijdsgroep) => a.populatie.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.aantal, 0);

export function kernpuntenSection(a: AnalysisFile, vorige?: Recount): Section {
  return {
    id: 'kernpunten',
    titel: 'Kernpunten',
    blokken: [{ lijst: kernpunten(a, vorige) }, { tekst: [INTERVAL_UITLEG] }],
  };
}

/** Table 6.2 with its intervals and markers, the totals over all ages, and its chart. */
export function profielenSection(a: AnalysisFile): Section {
  const est = (d: Domein, p: Profiel | null) => a.extrapolatie.find((e) => e.leeftijdsgroep === d && e.profiel === p);
  const domeinen: Domein[] = [...LEEFTIJDSGROEPEN, ...(a.extrapolatie.some((e) => e.leeftijdsgroep === 'totaal') ? ['totaal' as const] : [])];
  const domeinNaam = (d: Domein) => (d === 'totaal' ? `Totaal (${nl.int(a.populatie.totaal)})` : `${LEEFTIJDSGROEP_NAMEN[d]} (${nl.int(bandPop(a, d))})`);
  const rows: Cell[][] = [
    ...CATEGORIEEN.map((p): Cell[] => [
      profielLabel(p),
      ...domeinen.map((d): Cell => {
        const e = est(d, p);
        if (!e) return 'geen schatting';
        // The estimate unrounded (a workbook keeps it), shown rounded as table 6.2.
        return number(e.schatting, 0, {
          ...(e.indicatief && { markering: '*' }),
          ...(e.methode !== 'exact' && { interval: e.interval95 }),
          toelichting: `95%-interval ${nl.int(Math.round(e.interval95[0]))}–${nl.int(Math.round(e.interval95[1]))}; standaardfout ${nl.dec1(e.standaardfout)}${e.indicatief ? `; indicatief: ${e.indicatief_reden}` : ''}`,
        });
      }),
    ]),
    ['Totaal', ...domeinen.map((d) => number(d === 'totaal' ? a.populatie.totaal : bandPop(a, d)))],
  ];
  return {
    id: 'klantprofielen',
    titel: `Klantprofielen bij ${nl.int(a.populatie.totaal)} klanten`,
    blokken: [
      {
        tabel: {
          id: 'Tabel 6.2',
          titel: `Inschatting voor ${nl.int(a.populatie.totaal)} klanten (zoals tabel 6.2), met 95%-interval`,
          kolommen: ['Klantprofiel', ...domeinen.map(domeinNaam)],
          rijen: rows,
          noten: [
            INDICATIEF_UITLEG(MIN_DOSSIERS, MAX_RELATIVE_SE),
            INTERVAL_NOTE[a.interval],
            WEIGHTS_NOTE,
            'Elke cel is op zich afgerond: opgeteld kunnen de cellen een eenheid van hun totaal afwijken.',
          ],
        },
      },
      {
        grafiek: {
          id: 'inschatting',
          titel: 'Inschatting per klantprofiel met 95%-interval',
          beschrijving: estimatesMessage(a),
          spec: estimatesChart(a),
          tabel: 'Tabel 6.2',
        },
      },
    ],
  };
}

/** The chart of table 6.2 in words: per band the largest profile and its interval. */
function estimatesMessage(a: AnalysisFile): string {
  const parts = LEEFTIJDSGROEPEN.flatMap((b) => {
    const cells = a.extrapolatie.filter((e) => e.leeftijdsgroep === b && e.profiel !== null);
    if (!cells.length) return [];
    const top = cells.reduce((x, y) => (y.schatting > x.schatting ? y : x));
    return [`${LEEFTIJDSGROEP_NAMEN[b]}: het meest profiel ${top.profiel} (${top.afgerond}, tussen ${Math.round(top.interval95[0])} en ${Math.round(top.interval95[1])})`];
  });
  return `Staafdiagram per leeftijdsgroep van het geschatte aantal klanten per klantprofiel, met het 95%-interval als lijn. ${parts.join('; ')}. De cijfers staan in de tabel hierboven.`;
}

/** The ranges at ca. 1200–1400, per band and profile, with the uncertainty margin. */
export function bandbreedteSection(a: AnalysisFile): Section {
  const r = a.bandbreedte;
  const rows: Cell[][] = r.groepen.flatMap((g) => [
    [LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep], 'Hele leeftijdsgroep', number(g.van), number(g.tot), null, null],
    ...g.profielen.map((p): Cell[] => [LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep], profielLabel(p.profiel), number(p.van), number(p.tot), number(p.marge_van), number(p.marge_tot)]),
  ]);
  const whole = rangeText(r);
  return {
    id: 'bandbreedte',
    titel: `De hele groep van ca. ${whole} klanten`,
    blokken: [
      {
        tabel: {
          id: 'Bandbreedte',
          titel: `Doorgetrokken naar de hele groep van ca. ${whole} klanten`,
          kolommen: ['Leeftijdsgroep', 'Klantprofiel', 'Van', 'Tot', 'Onzekerheidsmarge van', 'Onzekerheidsmarge tot'],
          rijen: rows,
          groepeer: true,
          noten: [
            `Per leeftijdsgroep: ${r.groepen.map((g) => `${LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep]} ${rangeText(g)}`).join(', ')} klanten.`,
            r.afronding > 0 ? `Aandelen per leeftijdsgroep afgerond op ${nl.int(r.afronding)}%, zoals de pilotnotitie: ${r.groepen.map((g) => `${LEEFTIJDSGROEP_KORT[g.leeftijdsgroep]} ${nl.pct0(g.aandeel * 100)}`).join(', ')}.` : 'Aandelen per leeftijdsgroep niet afgerond.',
            'Per klantprofiel: de verdeling naar de gewogen aandelen uit de inschatting, afgerond zodat de profielen optellen tot de leeftijdsgroep; de onzekerheidsmarge telt de onzekerheid van de steekproef mee (95%-interval van het aandeel).',
          ],
        },
      },
      {
        grafiek: {
          id: 'bandbreedte',
          titel: `Bandbreedte per klantprofiel bij ca. ${whole} klanten`,
          beschrijving: `Per leeftijdsgroep en klantprofiel de bandbreedte als dikke balk en de onzekerheidsmarge als dunne lijn; ${r.groepen
            .map((g) => {
              const top = g.profielen.reduce((x, y) => (y.tot > x.tot ? y : x));
              return `${LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep]}: het meest profiel ${top.profiel ?? 'onbepaald'} (${rangeText(top)})`;
            })
            .join('; ')}. De cijfers staan in de tabel hierboven.`,
          spec: rangesChart(a),
          tabel: 'Bandbreedte',
        },
      },
    ],
  };
}

/** The rules against the professional; the working copy also lists the dossiers where they differ. */
export function professionalSection(a: AnalysisFile, counts: SmallCounts, werkversie: Differences | undefined): Section {
  const o = a.overeenstemming;
  const titel = 'Beslisregels en professional';
  if (!o) return { id: 'overeenstemming', titel, blokken: [{ tekst: ['Geen dossier heeft een profiel van de analist (profiel_analist): er is niets te vergelijken.'] }] };
  const kappa = o.kappa === null ? 'niet te bepalen' : `${nl.dec2(o.kappa)}${o.kappa_interval95 ? ` (95%-interval ${nl.dec2(o.kappa_interval95[0])}–${nl.dec2(o.kappa_interval95[1])})` : ''}`;
  const analysts = [1, 2, 3, 4] as const;
  const values = CATEGORIEEN.map((r) => analysts.map((an) => o.kruistabel.find((c) => c.regels === r && c.analist === an)!.aantal));
  // The analyst's column totals are the profiles of the sample (published): those lines are protected.
  const hidden = counts.hide(values, gridLines(values.length, analysts.length, { rows: false, columns: true }));
  return {
    id: 'overeenstemming',
    titel,
    blokken: [
      {
        tekst: [
          `Bij ${count(o.dossiers, 'dossier', 'dossiers')} met een profiel van de analist gaven de beslisregels ${o.gelijk} keer hetzelfde profiel (${nl.pct(o.percentage)}). Cohen's kappa (hoe veel beter dan toeval ze overeenkomen; 1 is volledig): ${kappa}.`,
          'De professional beslist; waar de beslisregels iets anders zeggen, is dat een reden om het dossier nog eens te bekijken, niet om het profiel te veranderen.',
        ],
      },
      {
        tabel: {
          id: 'Kruistabel',
          titel: 'Beslisregels (rijen) tegenover de analist (kolommen), aantal dossiers',
          kolommen: ['Volgens de beslisregels', ...analysts.map((p) => `Analist: ${p}`)],
          rijen: CATEGORIEEN.map((r, i) => [profielLabel(r), ...analysts.map((_, j) => counts.count(values[i]![j]!, hidden[i]![j]!))]),
          noten: counts.notes,
        },
      },
      ...(werkversie
        ? [
            {
              tabel: {
                id: 'Verschillen',
                titel: 'Dossiers waar beslisregels en analist verschillen (werkversie)',
                kolommen: ['Dossier', 'Volgens de beslisregels', 'Analist'],
                rijen: new RowList(werkversie.size, (i): Cell[] => {
                  const d = werkversie.at(i);
                  return [d.dossier_id, d.regels === null ? 'onbepaald' : String(d.regels), String(d.analist)];
                }),
                noten: [],
              },
            },
          ]
        : [{ tekst: [`Welke ${count(o.dossiers - o.gelijk, 'dossier', 'dossiers')} het zijn, staat in de werkversie van dit rapport (profiel report --werkversie), niet in dit openbare stuk.`] }]),
    ],
  };
}
