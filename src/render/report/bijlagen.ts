// The report's appendices: what the main text rests on, for the reader who wants to check it —
// the sample design, the characteristics per band (with the pilot plan's summary lines), the
// profiles in the sample, the precision of every cell, the method, and the warnings and
// assumptions. One builder per appendix.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_KORT, LEEFTIJDSGROEP_NAMEN, UITKERINGSDUREN, UITKERINGSDUUR_NAMEN, type Leeftijdsgroep, type Profiel } from '../../dossier/vocabulary.js';
import type { AnalysisFile } from '../../estimate/contract.js';
import { MAX_RELATIVE_SE, MIN_DOSSIERS } from '../../estimate/reliability.js';
import { CATEGORIEEN } from '../../estimate/tally.js';
import type { RuleTable } from '../../rules/schema.js';
import { VERSION } from '../../version.js';
import { sampleSharesChart } from '../chart-specs.js';
import { kenmerkNaam, waardeNaam } from '../labels.js';
import { INTERVAL_NOTE, WEIGHTS_NOTE } from '../notes.js';
import { count, flagLabels, nl, profielLabel, subprofileLabel } from '../style.js';
import { number, type Block, type Cell, type Section } from './model.js';
import type { SmallCounts } from './small-counts.js';
import { gridLines, type Hidden, type Line } from './suppression.js';

const bandN = (a: AnalysisFile, b: Leeftijdsgroep) => a.populatie.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.steekproef, 0);
const bandPop = (a: AnalysisFile, b: Leeftijdsgroep) => a.populatie.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.aantal, 0);
const perBand = (label: string) => LEEFTIJDSGROEPEN.flatMap((b) => [`${LEEFTIJDSGROEP_KORT[b]} ${label}`, `${LEEFTIJDSGROEP_KORT[b]} %`]);

/** The sample's profiles per band (6.1) as counts, with what --min-cel hides; table 6.1 and the precision table show the same. */
export interface SampleGrid {
  values: number[][];
  hidden: (Hidden | null)[][];
}

export function sampleGrid(a: AnalysisFile, counts: SmallCounts): SampleGrid {
  const values = CATEGORIEEN.map((p) => LEEFTIJDSGROEPEN.map((b) => a.steekproef.find((s) => s.leeftijdsgroep === b && s.profiel === p)!.aantal));
  // The bands' sizes are published, and the profiles' totals over all ages (the precision table).
  return { values, hidden: counts.hide(values, gridLines(values.length, LEEFTIJDSGROEPEN.length, { rows: true, columns: true })) };
}

export function steekproefopzetBijlage(a: AnalysisFile, counts: SmallCounts): Section {
  const grid = (key: 'steekproef' | 'steekproef_dossierduur') => LEEFTIJDSGROEPEN.map((b) => UITKERINGSDUREN.map((u) => a.populatie.strata.find((s) => s.leeftijdsgroep === b && s.uitkeringsduur === u)![key]));
  // Each band's total is shown: its durations are a line.
  const drawn = grid('steekproef');
  const found = grid('steekproef_dossierduur');
  const hiddenDrawn = counts.hide(drawn, gridLines(3, 3, { rows: true, columns: false }));
  const hiddenFound = counts.hide(found, gridLines(3, 3, { rows: true, columns: false }));
  const rows: Cell[][] = [];
  LEEFTIJDSGROEPEN.forEach((b, i) => {
    UITKERINGSDUREN.forEach((u, j) => {
      const s = a.populatie.strata.find((x) => x.leeftijdsgroep === b && x.uitkeringsduur === u)!;
      rows.push([LEEFTIJDSGROEP_NAMEN[b], UITKERINGSDUUR_NAMEN[u], number(s.aantal), counts.count(drawn[i]![j]!, hiddenDrawn[i]![j]!), counts.count(found[i]![j]!, hiddenFound[i]![j]!)]);
    });
    const sum = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0);
    rows.push([LEEFTIJDSGROEP_NAMEN[b], 'totaal', number(bandPop(a, b)), number(sum(drawn[i]!)), number(sum(found[i]!))]);
  });
  const all = (key: 'aantal' | 'steekproef' | 'steekproef_dossierduur') => a.populatie.strata.reduce((t, s) => t + s[key], 0);
  rows.push(['Totaal', '', number(all('aantal')), number(all('steekproef')), number(all('steekproef_dossierduur'))]);
  return {
    id: 'steekproefopzet',
    titel: 'Steekproefopzet',
    blokken: [
      {
        tabel: {
          id: 'Steekproefopzet',
          titel: 'Gescreend en onderzocht per leeftijdsgroep en uitkeringsduur (BIJLAGE, tabel 1)',
          kolommen: ['Leeftijdsgroep', 'Uitkeringsduur', 'Gescreend', 'Dossieronderzoek: stratum bij de trekking', 'Dossieronderzoek: duur in het dossier'],
          rijen: rows,
          groepeer: true,
          noten: [
            'De gewichten volgen het stratum bij de trekking. De duur die in het dossier is gevonden kan daarvan afwijken: de screening telde korte onderbrekingen (werk, detentie) niet mee.',
            ...counts.notes,
          ],
        },
      },
    ],
  };
}

/** The pilot plan's summary lines ("Aantallen"): one share of a band's dossiers, in a sentence. */
const SAMENVATTING: { kenmerk: string; waarden: readonly (string | null)[]; zin: string; alleen?: Leeftijdsgroep }[] = [
  { kenmerk: 'jongste_kind_onder_10', waarden: ['ja'], zin: 'heeft kinderen jonger dan 10 jaar' },
  { kenmerk: 'kinderen_onder_18', waarden: ['ja'], zin: 'heeft een of meer kinderen jonger dan 18 jaar' },
  { kenmerk: 'werkervaring', waarden: ['stage', 'geen', null], zin: 'heeft stage-ervaring, geen werkervaring of onbekende werkervaring' },
  { kenmerk: 'werkloosheidsduur', waarden: ['2_tot_5_jaar', '5_tot_10_jaar', '10_jaar_of_meer'], zin: 'is langer dan 2 jaar werkloos' },
  { kenmerk: 'daginvulling', waarden: ['vrijwilligerswerk'], zin: 'is actief als vrijwilliger' },
  { kenmerk: 'professionele_organisatie', waarden: ['ja'], zin: 'is in beeld bij een professionele organisatie' },
  { kenmerk: 'leeftijd', waarden: ['55_tot_60'], zin: 'is jonger dan 60 jaar', alleen: '55+' },
  { kenmerk: 'wmo_indicatie', waarden: ['ja'], zin: 'heeft een WMO-indicatie' },
];

/** Werkervaring beyond a traineeship, as the pilot plan's "heeft een arbeidsverleden". */
const WERKERVARING = { kenmerk: 'werkervaring', zin: 'heeft werkervaring (meer dan een stage)' };

export function kenmerkenBijlage(a: AnalysisFile, counts: SmallCounts): Section {
  const names = [...new Set(a.kenmerken.map((k) => k.kenmerk))];
  const rows: Cell[][] = [];
  for (const kenmerk of names) {
    const values = [...new Set(a.kenmerken.filter((k) => k.kenmerk === kenmerk).map((k) => k.waarde))];
    const grid = values.map((waarde) => LEEFTIJDSGROEPEN.map((b) => a.kenmerken.find((x) => x.kenmerk === kenmerk && x.leeftijdsgroep === b && x.waarde === waarde)!));
    // A single-valued characteristic adds up to the band's dossiers: each band is a line. Several values per dossier do not add up.
    const adds = LEEFTIJDSGROEPEN.every((_, j) => grid.reduce((t, row) => t + row[j]!.aantal, 0) === bandN(a, LEEFTIJDSGROEPEN[j]!));
    const hidden = counts.hide(
      grid.map((row) => row.map((k) => k.aantal)),
      adds ? gridLines(grid.length, 3, { rows: false, columns: true }) : [],
    );
    grid.forEach((row, i) => rows.push([kenmerkNaam(kenmerk), waardeNaam(kenmerk, values[i]!), ...row.flatMap((k, j) => [counts.count(k.aantal, hidden[i]![j]!), counts.pct(k.percentage, hidden[i]![j]!)])]));
  }
  for (const kenmerk of a.kenmerken_ontbrekend) rows.push([kenmerkNaam(kenmerk), 'niet in de export', ...LEEFTIJDSGROEPEN.flatMap(() => ['–', '–'])]);
  const summary = LEEFTIJDSGROEPEN.flatMap((b) => {
    const n = bandN(a, b);
    if (!n) return [];
    const share = (kenmerk: string, waarden: readonly (string | null)[]) => {
      const rows = a.kenmerken.filter((k) => k.kenmerk === kenmerk && k.leeftijdsgroep === b);
      return rows.length ? rows.filter((k) => waarden.includes(k.waarde)).reduce((t, k) => t + k.aantal, 0) / n : undefined;
    };
    const lines = SAMENVATTING.filter((x) => !x.alleen || x.alleen === b).flatMap(({ kenmerk, waarden, zin }) => {
      const p = share(kenmerk, waarden);
      return p === undefined ? [] : [`${Math.round(100 * p)}% ${zin}`];
    });
    const experienced = a.kenmerken.filter((k) => k.kenmerk === WERKERVARING.kenmerk && k.leeftijdsgroep === b);
    if (experienced.length) lines.push(`${Math.round((100 * experienced.filter((k) => k.waarde !== null && !['geen', 'stage'].includes(k.waarde)).reduce((t, k) => t + k.aantal, 0)) / n)}% ${WERKERVARING.zin}`);
    return [`${LEEFTIJDSGROEP_NAMEN[b]}, van de ${n} onderzochte dossiers: ${lines.join('; ')}.`];
  });
  return {
    id: 'kenmerken',
    titel: 'Kenmerken per leeftijdsgroep',
    blokken: [
      { tekst: ['Samengevat zoals de pilotnotitie ("Aantallen") het doet:'] },
      { lijst: summary },
      {
        tabel: {
          id: 'Kenmerken',
          titel: `Kenmerken van de onderzochte dossiers (${LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_KORT[b]}: ${bandN(a, b)}`).join(', ')})`,
          kolommen: ['Kenmerk', 'Waarde', ...perBand('aantal')],
          rijen: rows,
          groepeer: true,
          noten: [
            'Percentages van de dossiers van de leeftijdsgroep. Bij kenmerken met meerdere waarden per dossier telt een dossier bij elke waarde mee; de percentages tellen dan op tot meer dan 100%.',
            '"Contact met een professionele organisatie" telt ook de huisarts, zoals de pilotnotitie.',
            ...(a.kenmerken_ontbrekend.length ? ['"niet in de export": de export heeft de kolom niet, dus over dit kenmerk is niets bekend (geen 0).'] : []),
            ...counts.notes,
          ],
        },
      },
    ],
  };
}

export function steekproefBijlage(a: AnalysisFile, rules: RuleTable, counts: SmallCounts, grid: SampleGrid): Section {
  const sample = (b: Leeftijdsgroep, p: Profiel | null) => a.steekproef.find((s) => s.leeftijdsgroep === b && s.profiel === p)!;
  const flagTable = (title: string, id: string, rowHeader: string, labels: string[], values: number[][], lines: Line[], noten: string[]): Block => {
    const hidden = counts.hide(values, lines);
    return {
      tabel: {
        id,
        titel: title,
        // Every column has a header a screen reader can say, the rows' too.
        kolommen: [rowHeader, ...LEEFTIJDSGROEPEN.map((b) => LEEFTIJDSGROEP_NAMEN[b])],
        rijen: labels.map((label, i) => [label, ...LEEFTIJDSGROEPEN.map((_, j) => counts.count(values[i]![j]!, hidden[i]![j]!))]),
        noten: [...noten, ...counts.notes],
      },
    };
  };
  const subIds = [...new Set(a.subprofielen.map((s) => s.subprofiel))];
  const prioriteit = rules.prioriteit.map((f) => LEEFTIJDSGROEPEN.map((b) => a.prioriteit.find((t) => t.leeftijdsgroep === b && t.prioriteit === f.id)!));
  const prioriteitRows = prioriteit.map((perBand, i): Cell[] => [
    flagLabels(rules.prioriteit, [rules.prioriteit[i]!.id]),
    ...perBand.flatMap((p): Cell[] => [p.aantal === null ? 'niet in de export' : counts.count(p.aantal), number(p.onbekend)]),
  ]);
  return {
    id: 'steekproef',
    titel: 'Klantprofielen in de steekproef',
    blokken: [
      {
        tabel: {
          id: 'Steekproef 6.1',
          titel: 'Klantprofiel per leeftijdsgroep in de steekproef (zoals 6.1)',
          kolommen: ['Klantprofiel', ...perBand('aantal')],
          rijen: CATEGORIEEN.map((p, i) => [profielLabel(p), ...LEEFTIJDSGROEPEN.flatMap((b, j) => [counts.count(grid.values[i]![j]!, grid.hidden[i]![j]!), counts.pct(sample(b, p).percentage, grid.hidden[i]![j]!)])]),
          noten: [`Aantal dossiers en percentage van de leeftijdsgroep (${LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_KORT[b]}: ${bandN(a, b)}`).join(', ')}).`, ...counts.notes],
        },
      },
      {
        grafiek: {
          id: 'steekproef',
          titel: 'Aandeel per klantprofiel in de steekproef',
          beschrijving: `Gestapelde staven per leeftijdsgroep: het percentage dossiers per klantprofiel. ${LEEFTIJDSGROEPEN.map((b) => {
            const top = CATEGORIEEN.map((p) => sample(b, p)).reduce((x, y) => (y.aantal > x.aantal ? y : x));
            return `${LEEFTIJDSGROEP_NAMEN[b]}: het meest profiel ${top.profiel ?? 'onbepaald'} (${nl.pct0(Math.round(top.percentage))})`;
          }).join('; ')}. De cijfers staan in de tabel hierboven.`,
          spec: sampleSharesChart(a),
          tabel: 'Steekproef 6.1',
        },
      },
      flagTable(
        'Subprofielen van profiel 4 (aantal dossiers)',
        'Subprofielen',
        'Subprofiel',
        subIds.map((id) => `${id} ${subprofileLabel(rules, id)}`),
        subIds.map((id) => LEEFTIJDSGROEPEN.map((b) => a.subprofielen.find((s) => s.leeftijdsgroep === b && s.subprofiel === id)?.aantal ?? 0)),
        // Together they are profile 4 of the band, which 6.1 shows.
        gridLines(subIds.length, 3, { rows: false, columns: true }),
        ['Profiel 4 blijft in de tabellen heel; de subprofielen staan hier apart.'],
      ),
      flagTable(
        'Twijfel tussen profielen (aantal dossiers)',
        'Twijfel',
        'Twijfel',
        rules.twijfel.map((f) => `${flagLabels(rules.twijfel, [f.id])}: ${f.omschrijving ?? ''}`.replace(/: $/, '')),
        rules.twijfel.map((f) => LEEFTIJDSGROEPEN.map((b) => a.twijfel.find((t) => t.leeftijdsgroep === b && t.twijfel === f.id)?.aantal ?? 0)),
        [],
        [],
      ),
      {
        tabel: {
          id: 'Prioriteit',
          titel: 'Prioriteit voor de pilot (aantal dossiers, en bij hoeveel het niet te zeggen is)',
          kolommen: ['Groep', ...LEEFTIJDSGROEPEN.flatMap((b) => [`${LEEFTIJDSGROEP_KORT[b]} aantal`, `${LEEFTIJDSGROEP_KORT[b]} onbekend`])],
          rijen: prioriteitRows,
          noten: [
            'De groepen sluiten elkaar niet uit: een dossier kan in meerdere staan. "onbekend": dossiers waarbij een gegeven ontbreekt dat voor de groep nodig is.',
            '"niet in de export": de export heeft een kolom niet die de groep nodig heeft; het aantal is niet bekend (geen 0).',
            ...counts.notes,
          ],
        },
      },
    ],
  };
}

export function nauwkeurigheidBijlage(a: AnalysisFile, counts: SmallCounts, grid: SampleGrid): Section {
  const domeinen = [...LEEFTIJDSGROEPEN, ...(a.extrapolatie.some((e) => e.leeftijdsgroep === 'totaal') ? ['totaal' as const] : [])];
  const rows = domeinen.flatMap((d) =>
    CATEGORIEEN.flatMap((p, i): Cell[][] => {
      const e = a.extrapolatie.find((x) => x.leeftijdsgroep === d && x.profiel === p);
      if (!e) return [];
      const j = d === 'totaal' ? -1 : LEEFTIJDSGROEPEN.indexOf(d);
      return [[
        d === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_KORT[d],
        p === null ? 'onbepaald' : String(p),
        number(e.schatting, 1),
        number(e.standaardfout, 1),
        number(e.interval95[0], 1),
        number(e.interval95[1], 1),
        j < 0 ? number(e.dossiers) : counts.count(e.dossiers, grid.hidden[i]![j]!),
        e.n_eff_zonder_plafond === null ? null : number(e.n_eff_zonder_plafond, 1),
        e.deff === null ? null : number(e.deff, 2),
        e.indicatief ? `ja: ${e.indicatief_reden}` : 'nee',
      ]];
    }),
  );
  return {
    id: 'nauwkeurigheid',
    titel: 'Nauwkeurigheid per cel',
    blokken: [
      {
        tabel: {
          id: 'Nauwkeurigheid',
          titel: 'Nauwkeurigheid per cel',
          kolommen: ['Leeftijdsgroep', 'Klantprofiel', 'Schatting', 'Standaardfout', 'Ondergrens', 'Bovengrens', 'Dossiers', 'Effectieve steekproefomvang', 'Designeffect', 'Indicatief'],
          rijen: rows,
          groepeer: true,
          noten: [
            'Ondergrens en bovengrens: het 95%-interval. Designeffect: de variantie tegenover die van een enkelvoudige steekproef van evenveel dossiers. ' +
              'Effectieve steekproefomvang: het aantal dossiers van een enkelvoudige steekproef die even nauwkeurig is (dossiers gedeeld door het designeffect); beide zonder plafond. ' +
              (a.interval === 'nchs' ? 'Het interval rekent met hoogstens het aantal dossiers als effectieve steekproefomvang.' : ''),
            ...counts.notes,
          ],
        },
      },
    ],
  };
}

export function verantwoordingBijlage(a: AnalysisFile, counts: SmallCounts): Section {
  const bron = a.regels.alleen_regels
    ? `Het klantprofiel komt voor alle dossiers uit de beslisregels "${a.regels.naam}"; het profiel van de analist is genegeerd.`
    : `Het klantprofiel is dat van de analist bij ${count(a.regels.bron.analist, 'dossier', 'dossiers')}, volgens de beslisregels "${a.regels.naam}" bij ${count(a.regels.bron.beslisregels, 'dossier', 'dossiers')}.`;
  return {
    id: 'verantwoording',
    titel: 'Verantwoording en methode',
    blokken: [
      {
        tekst: [
          `Invoer: ${a.invoer.bestand}, ${count(a.invoer.dossiers, 'dossier', 'dossiers')}${a.peildatum ? `, peildatum ${nl.datum(a.peildatum)}` : ''} (SHA-256 ${a.invoer.sha256}).`,
          bron,
          `Populatie: ${a.populatie.naam}, ${nl.int(a.populatie.totaal)} klanten (${LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_KORT[b]}: ${nl.int(bandPop(a, b))}`).join(', ')}).`,
          'Methode: elk dossier krijgt het klantprofiel van de professional, of anders dat van de eerste beslisregel uit hoofdstuk 6 van de adviesnota die geldt. ' +
            'De aantallen worden per stratum leeftijdsgroep × uitkeringsduur bij de trekking gewogen naar de populatie (gewicht N/n), zoals tabel 6.2 van de adviesnota.',
          `${INTERVAL_NOTE[a.interval]} ${WEIGHTS_NOTE}`,
          `Een cijfer is indicatief (*) als het op minder dan ${MIN_DOSSIERS} dossiers berust of de standaardfout meer dan ${MAX_RELATIVE_SE * 100}% van het cijfer is.`,
          ...(counts.summary ? [counts.summary] : []),
          `Gemaakt met profiel ${VERSION}.`,
          // The rule, not the clock: this text is the same whenever the report is made.
          a.peildatum
            ? `De datum in de eigenschappen van de PDF en de Excel-werkmap is de peildatum, ${nl.datum(a.peildatum)}: met dezelfde invoer ontstaat hetzelfde bestand.`
            : 'De datum in de eigenschappen van de PDF en de Excel-werkmap is zonder peildatum die van SOURCE_DATE_EPOCH als die gezet is, anders de dag waarop het rapport gemaakt is; geef --peildatum om het precies zo opnieuw te maken.',
        ],
      },
    ],
  };
}

export function waarschuwingenBijlage(a: AnalysisFile): Section {
  const indicative = a.extrapolatie.filter((e) => e.indicatief);
  return {
    id: 'waarschuwingen',
    titel: 'Waarschuwingen en aannames',
    blokken: [
      { lijst: a.waarschuwingen.length ? a.waarschuwingen : ['Geen waarschuwingen.'] },
      {
        tabel: {
          id: 'Indicatief',
          titel: `Indicatieve cijfers: minder dan ${MIN_DOSSIERS} dossiers of een relatieve standaardfout boven ${MAX_RELATIVE_SE * 100}%`,
          kolommen: ['Leeftijdsgroep', 'Klantprofiel', 'Schatting', 'Reden'],
          rijen: indicative.map((e) => [e.leeftijdsgroep === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_NAMEN[e.leeftijdsgroep], profielLabel(e.profiel), number(e.schatting), e.indicatief_reden]),
          groepeer: true,
          noten: [],
        },
      },
      { tekst: ['Aannames bij deze cijfers:'] },
      { lijst: a.aannames },
    ],
  };
}
