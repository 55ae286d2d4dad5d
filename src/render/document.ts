// The raad report as a document: sections of text, tables and charts, built once from an
// analysis so that Markdown, HTML, PDF and Excel show the same figures. Nothing is computed here:
// every number is one of the analysis; cells keep it as a number (Excel stores it as such) with
// the decimals to show, a marker and an interval. Section titles and labels follow the adviesnota.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_KORT, LEEFTIJDSGROEP_NAMEN, UITKERINGSDUREN, UITKERINGSDUUR_NAMEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import { CATEGORIEEN } from '../estimate/analysis.js';
import type { AnalysisWithDossiers as Analysis } from '../estimate/contract.js';
import { MAX_RELATIVE_SE, MIN_DOSSIERS } from '../estimate/reliability.js';
import type { RuleTable } from '../rules/schema.js';
import { VERSION } from '../version.js';
import { estimatesChart, rangesChart, sampleSharesChart, type ChartSpec } from './chart-specs.js';
import { kenmerkNaam, waardeNaam } from './labels.js';
import type { Recount } from '../estimate/recount.js';
import type { Trend } from '../estimate/trend.js';
import { INTERVAL_NOTE, WEIGHTS_NOTE } from './notes.js';
import { recountSection } from './recount-section.js';
import { trendSection } from './trend.js';
import { count, flagLabels, nl, profielLabel, subprofileLabel } from './style.js';

/** A number as published: the value at full precision, shown with `decimalen` decimals. */
export interface NumberCell {
  getal: number;
  decimalen: number;
  /** Shown right after the number: `*` for an indicative figure. */
  markering?: string;
  /** Shown as "(lo–hi)" after it, rounded like the number. */
  interval?: [number, number];
  /** For a spreadsheet note: what the marker and interval say. */
  toelichting?: string;
  /** A difference: shown with its sign (+3, −2), its interval as "(−23 tot +28)". */
  verschil?: boolean;
}
/** Text, a number, or nothing. */
export type Cell = string | NumberCell | null;

export interface Table {
  /** Short and unique: the Excel sheet name (at most 31 characters). */
  id: string;
  titel: string;
  kolommen: string[];
  rijen: Cell[][];
  noten: string[];
  /** Rows come in groups by the first column: show its value only where it changes. */
  groepeer?: boolean;
}

export interface Chart {
  id: string;
  titel: string;
  /** What the chart shows, for readers who cannot see it. */
  beschrijving: string;
  spec: ChartSpec;
}

export type Block = { tekst: string[] } | { lijst: string[] } | { tabel: Table } | { grafiek: Chart };

export interface Section {
  id: string;
  titel: string;
  blokken: Block[];
}

export interface ReportDocument {
  titel: string;
  ondertitel: string;
  secties: Section[];
}

export interface DocumentOptions {
  /** Sample counts from 1 up to this are shown as `<N` (small-cell caution); 0 is off. */
  minCel: number;
  /** The comparison with the previous count (report --vorige): a section after the profiles. */
  vorige?: Recount;
  /** The trend over earlier counts and this one (report --verloop): a section after that. */
  verloop?: Trend;
}

type Domein = Leeftijdsgroep | 'totaal';
const number = (getal: number, decimalen = 0, extra: Partial<NumberCell> = {}): NumberCell => ({ getal, decimalen, ...extra });

export function buildDocument(a: Analysis, rules: RuleTable, options: DocumentOptions): ReportDocument {
  // A sample count, hidden below the small-cell limit; its percentage is then hidden too ("x").
  const small = (n: number) => options.minCel > 0 && n > 0 && n < options.minCel;
  const sampleCount = (n: number): Cell => (small(n) ? `<${options.minCel}` : number(n));
  const samplePct = (n: number, pct: number): Cell => (small(n) ? 'x' : number(pct, 1));
  const smallNote = options.minCel > 0 ? [`Aantallen dossiers van 1 tot ${options.minCel} staan als <${options.minCel}; het percentage ervan als x.`] : [];
  const bandN = (b: Leeftijdsgroep) => a.populatie.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.steekproef, 0);
  const bandPop = (b: Leeftijdsgroep) => a.populatie.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.aantal, 0);
  const perBand = (label: string) => LEEFTIJDSGROEPEN.flatMap((b) => [`${LEEFTIJDSGROEP_KORT[b]} ${label}`, `${LEEFTIJDSGROEP_KORT[b]} %`]);

  return {
    titel: 'Klantprofielen doelgroep < 30% arbeidsvermogen',
    ondertitel: `Rapport voor de raad — ${a.invoer.bestand}, ${count(a.invoer.dossiers, 'dossier', 'dossiers')}${a.peildatum ? `, peildatum ${nl.datum(a.peildatum)}` : ''}`,
    // Numbered in order, whichever sections the options add.
    secties: [
      verantwoording(a),
      steekproefopzet(),
      kenmerken(),
      klantprofielen(),
      ...(options.vorige ? [recountSection(options.vorige, 'Verandering sinds de vorige telling')] : []),
      ...(options.verloop ? [trendSection(options.verloop, 'Verloop over de tellingen')] : []),
      professional(),
      methode(),
    ].map((section, i) => ({ ...section, titel: `${i + 1}. ${section.titel}` })),
  };

  function verantwoording(a: Analysis): Section {
    const bron = a.regels.alleen_regels
      ? `Het klantprofiel komt voor alle dossiers uit de beslisregels "${a.regels.naam}"; het profiel van de analist is genegeerd.`
      : `Het klantprofiel is dat van de analist bij ${count(a.regels.bron.analist, 'dossier', 'dossiers')}, volgens de beslisregels "${a.regels.naam}" bij ${count(a.regels.bron.beslisregels, 'dossier', 'dossiers')}.`;
    return {
      id: 'verantwoording',
      titel: 'Verantwoording',
      blokken: [
        {
          tekst: [
            `Invoer: ${a.invoer.bestand}, ${count(a.invoer.dossiers, 'dossier', 'dossiers')}${a.peildatum ? `, peildatum ${nl.datum(a.peildatum)}` : ''} (SHA-256 ${a.invoer.sha256}).`,
            bron,
            `Populatie: ${a.populatie.naam}, ${nl.int(a.populatie.totaal)} klanten (${LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_KORT[b]}: ${nl.int(bandPop(b))}`).join(', ')}); doorgetrokken naar de hele groep van ca. ${a.bandbreedte.van}–${a.bandbreedte.tot}.`,
            'Methode: elk dossier krijgt het klantprofiel van de professional, of anders dat van de eerste beslisregel uit hoofdstuk 6 die geldt. ' +
              'De aantallen worden per stratum leeftijdsgroep × uitkeringsduur bij de trekking gewogen naar de populatie (gewicht N/n), zoals tabel 6.2 van de adviesnota. ' +
              `Bij elk cijfer staat een 95%-interval; cijfers die op minder dan ${MIN_DOSSIERS} dossiers berusten of een relatieve standaardfout boven ${MAX_RELATIVE_SE * 100}% hebben, zijn gemarkeerd als indicatief (*).`,
            `Gemaakt met profiel ${VERSION}.`,
          ],
        },
      ],
    };
  }

  function steekproefopzet(): Section {
    const rows: Cell[][] = [];
    for (const b of LEEFTIJDSGROEPEN) {
      const strata = a.populatie.strata.filter((s) => s.leeftijdsgroep === b);
      for (const u of UITKERINGSDUREN) {
        const s = strata.find((x) => x.uitkeringsduur === u)!;
        rows.push([LEEFTIJDSGROEP_NAMEN[b], UITKERINGSDUUR_NAMEN[u], number(s.aantal), sampleCount(s.steekproef), sampleCount(s.steekproef_dossierduur)]);
      }
      const sum = (key: 'aantal' | 'steekproef' | 'steekproef_dossierduur') => strata.reduce((t, s) => t + s[key], 0);
      rows.push([LEEFTIJDSGROEP_NAMEN[b], 'totaal', number(sum('aantal')), sampleCount(sum('steekproef')), sampleCount(sum('steekproef_dossierduur'))]);
    }
    const all = (key: 'aantal' | 'steekproef' | 'steekproef_dossierduur') => a.populatie.strata.reduce((t, s) => t + s[key], 0);
    rows.push(['Totaal', '', number(all('aantal')), sampleCount(all('steekproef')), sampleCount(all('steekproef_dossierduur'))]);
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
              ...smallNote,
            ],
          },
        },
      ],
    };
  }

  function kenmerken(): Section {
    const names = [...new Set(a.kenmerken.map((k) => k.kenmerk))];
    const rows = names.flatMap((kenmerk) => {
      const values = [...new Set(a.kenmerken.filter((k) => k.kenmerk === kenmerk).map((k) => k.waarde))];
      return values.map((waarde): Cell[] => [
        kenmerkNaam(kenmerk),
        waardeNaam(kenmerk, waarde),
        ...LEEFTIJDSGROEPEN.flatMap((b) => {
          const k = a.kenmerken.find((x) => x.kenmerk === kenmerk && x.leeftijdsgroep === b && x.waarde === waarde)!;
          return [sampleCount(k.aantal), samplePct(k.aantal, k.percentage)];
        }),
      ]);
    });
    return {
      id: 'kenmerken',
      titel: 'Kenmerken per leeftijdsgroep',
      blokken: [
        {
          tabel: {
            id: 'Kenmerken',
            titel: `Kenmerken van de onderzochte dossiers (${LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_KORT[b]}: ${bandN(b)}`).join(', ')})`,
            kolommen: ['Kenmerk', 'Waarde', ...perBand('aantal')],
            rijen: rows,
            groepeer: true,
            noten: [
              'Percentages van de dossiers van de leeftijdsgroep. Bij kenmerken met meerdere waarden per dossier telt een dossier bij elke waarde mee; de percentages tellen dan op tot meer dan 100%.',
              '"Contact met een professionele organisatie" telt ook de huisarts, zoals de pilotnotitie.',
              ...smallNote,
            ],
          },
        },
      ],
    };
  }

  function klantprofielen(): Section {
    const est = (d: Domein, p: Profiel | null) => a.extrapolatie.find((e) => e.leeftijdsgroep === d && e.profiel === p);
    const domeinen: Domein[] = [...LEEFTIJDSGROEPEN, ...(a.extrapolatie.some((e) => e.leeftijdsgroep === 'totaal') ? ['totaal' as const] : [])];
    const domeinNaam = (d: Domein) => (d === 'totaal' ? `Totaal (${nl.int(a.populatie.totaal)})` : `${LEEFTIJDSGROEP_NAMEN[d]} (${nl.int(bandPop(d))})`);
    const sample = (b: Leeftijdsgroep, p: Profiel | null) => a.steekproef.find((s) => s.leeftijdsgroep === b && s.profiel === p)!;
    const countsPerBand = (title: string, id: string, rowsOf: { label: string; aantal: (b: Leeftijdsgroep) => number }[], noten: string[]): Block => ({
      tabel: {
        id,
        titel: title,
        kolommen: ['', ...LEEFTIJDSGROEPEN.map((b) => LEEFTIJDSGROEP_NAMEN[b])],
        rijen: rowsOf.map((r) => [r.label, ...LEEFTIJDSGROEPEN.map((b) => sampleCount(r.aantal(b)))]),
        noten: [...noten, ...smallNote],
      },
    });

    const tabel62: Cell[][] = [
      ...CATEGORIEEN.map((p): Cell[] => [
        profielLabel(p),
        ...domeinen.map((d): Cell => {
          const e = est(d, p);
          if (!e) return 'geen schatting';
          return number(e.afgerond, 0, {
            ...(e.indicatief && { markering: '*' }),
            ...(e.methode !== 'exact' && { interval: e.interval95 }),
            toelichting: `95%-interval ${nl.int(Math.round(e.interval95[0]))}–${nl.int(Math.round(e.interval95[1]))}; standaardfout ${nl.dec1(e.standaardfout)}${e.indicatief ? `; indicatief: ${e.indicatief_reden}` : ''}`,
          });
        }),
      ]),
      ['Totaal', ...domeinen.map((d) => number(d === 'totaal' ? a.populatie.totaal : bandPop(d)))],
    ];

    const precision: Cell[][] = domeinen.flatMap((d) =>
      CATEGORIEEN.flatMap((p): Cell[][] => {
        const e = est(d, p);
        if (!e) return [];
        return [[
          d === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_KORT[d],
          p === null ? 'onbepaald' : String(p),
          number(e.schatting, 1),
          number(e.standaardfout, 1),
          number(e.interval95[0], 1),
          number(e.interval95[1], 1),
          sampleCount(e.dossiers),
          number(e.n_eff, 1),
          e.deff === null ? null : number(e.deff, 2),
          e.indicatief ? `ja: ${e.indicatief_reden}` : 'nee',
        ]];
      }),
    );

    const r = a.bandbreedte;
    const ranges: Cell[][] = r.groepen.flatMap((g) => [
      [LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep], 'Hele leeftijdsgroep', number(g.van), number(g.tot), null, null],
      ...g.profielen.map((p): Cell[] => [LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep], profielLabel(p.profiel), number(p.van), number(p.tot), number(p.marge_van), number(p.marge_tot)]),
    ]);

    const subIds = [...new Set(a.subprofielen.map((s) => s.subprofiel))];
    return {
      id: 'klantprofielen',
      titel: 'Klantprofielen',
      blokken: [
        {
          tabel: {
            id: 'Steekproef 6.1',
            titel: 'Klantprofiel per leeftijdsgroep in de steekproef (zoals 6.1)',
            kolommen: ['Klantprofiel', ...perBand('aantal')],
            rijen: CATEGORIEEN.map((p) => [profielLabel(p), ...LEEFTIJDSGROEPEN.flatMap((b) => [sampleCount(sample(b, p).aantal), samplePct(sample(b, p).aantal, sample(b, p).percentage)])]),
            noten: [`Aantal dossiers en percentage van de leeftijdsgroep (${LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_KORT[b]}: ${bandN(b)}`).join(', ')}).`, ...smallNote],
          },
        },
        { grafiek: { id: 'steekproef', titel: 'Aandeel per klantprofiel in de steekproef', beschrijving: 'Gestapelde staven per leeftijdsgroep: het percentage dossiers per klantprofiel.', spec: sampleSharesChart(a) } },
        {
          tabel: {
            id: 'Tabel 6.2',
            titel: `Inschatting voor ${nl.int(a.populatie.totaal)} klanten (zoals tabel 6.2), met 95%-interval`,
            kolommen: ['Klantprofiel', ...domeinen.map(domeinNaam)],
            rijen: tabel62,
            noten: [
              `* indicatief: berust op minder dan ${MIN_DOSSIERS} dossiers, of de relatieve standaardfout is meer dan ${MAX_RELATIVE_SE * 100}%.`,
              INTERVAL_NOTE[a.interval],
              WEIGHTS_NOTE,
            ],
          },
        },
        { grafiek: { id: 'inschatting', titel: 'Inschatting per klantprofiel met 95%-interval', beschrijving: 'Staven per klantprofiel en leeftijdsgroep met het 95%-interval als lijn.', spec: estimatesChart(a) } },
        {
          tabel: {
            id: 'Nauwkeurigheid',
            titel: 'Nauwkeurigheid per cel',
            kolommen: ['Leeftijdsgroep', 'Klantprofiel', 'Schatting', 'Standaardfout', 'Ondergrens', 'Bovengrens', 'Dossiers', 'Effectieve omvang', 'Designeffect', 'Indicatief'],
            rijen: precision,
            groepeer: true,
            noten: ['Ondergrens en bovengrens: het 95%-interval. Effectieve omvang: het aantal dossiers waarmee het interval is berekend. Designeffect: de variantie tegenover die van een enkelvoudige steekproef van evenveel dossiers.', ...smallNote],
          },
        },
        {
          tabel: {
            id: 'Bandbreedte',
            titel: `Doorgetrokken naar de hele groep van ca. ${r.van}–${r.tot} klanten`,
            kolommen: ['Leeftijdsgroep', 'Klantprofiel', 'Van', 'Tot', 'Marge van', 'Marge tot'],
            rijen: ranges,
            groepeer: true,
            noten: [
              `Per leeftijdsgroep: ${r.groepen.map((g) => `${LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep]} ${g.van}–${g.tot}`).join(', ')} klanten.`,
              r.afronding > 0 ? `Aandelen per leeftijdsgroep afgerond op ${nl.int(r.afronding)}%, zoals de pilotnotitie: ${r.groepen.map((g) => `${LEEFTIJDSGROEP_KORT[g.leeftijdsgroep]} ${nl.pct0(g.aandeel * 100)}`).join(', ')}.` : 'Aandelen per leeftijdsgroep niet afgerond.',
              'Per klantprofiel: de verdeling naar de gewogen aandelen uit de inschatting, afgerond zodat de profielen optellen tot de leeftijdsgroep; de marge telt de onzekerheid van de steekproef mee (95%-interval van het aandeel).',
            ],
          },
        },
        { grafiek: { id: 'bandbreedte', titel: `Bandbreedte per klantprofiel bij ca. ${r.van}–${r.tot} klanten`, beschrijving: 'Per leeftijdsgroep en klantprofiel de bandbreedte (dikke balk) en de marge met de onzekerheid (dunne lijn).', spec: rangesChart(a) } },
        countsPerBand(
          'Subprofielen van profiel 4 (aantal dossiers)',
          'Subprofielen',
          subIds.map((id) => ({ label: `${id} ${subprofileLabel(rules, id)}`, aantal: (b) => a.subprofielen.find((s) => s.leeftijdsgroep === b && s.subprofiel === id)?.aantal ?? 0 })),
          ['Profiel 4 blijft in de tabellen hierboven heel; de subprofielen staan hier apart.'],
        ),
        countsPerBand(
          'Twijfel tussen profielen (aantal dossiers)',
          'Twijfel',
          rules.twijfel.map((f) => ({ label: `${flagLabels(rules.twijfel, [f.id])}: ${f.omschrijving ?? ''}`.replace(/: $/, ''), aantal: (b) => a.twijfel.find((t) => t.leeftijdsgroep === b && t.twijfel === f.id)?.aantal ?? 0 })),
          [],
        ),
        countsPerBand(
          'Prioriteit voor de pilot (aantal dossiers)',
          'Prioriteit',
          rules.prioriteit.map((f) => ({ label: flagLabels(rules.prioriteit, [f.id]), aantal: (b) => a.prioriteit.find((t) => t.leeftijdsgroep === b && t.prioriteit === f.id)?.aantal ?? 0 })),
          ['De groepen sluiten elkaar niet uit: een dossier kan in meerdere staan.'],
        ),
      ],
    };
  }

  function professional(): Section {
    const o = a.overeenstemming;
    const titel = 'Beslisregels en professional';
    if (!o) return { id: 'overeenstemming', titel, blokken: [{ tekst: ['Geen dossier heeft een profiel van de analist (profiel_analist): er is niets te vergelijken.'] }] };
    const kappa = o.kappa === null ? 'niet te bepalen' : `${nl.dec2(o.kappa)}${o.kappa_interval95 ? ` (95%-interval ${nl.dec2(o.kappa_interval95[0])}–${nl.dec2(o.kappa_interval95[1])})` : ''}`;
    const cell = (r: Profiel | null, an: Profiel) => sampleCount(o.kruistabel.find((c) => c.regels === r && c.analist === an)!.aantal);
    const analysts = [1, 2, 3, 4] as const;
    const byId = new Map(a.dossiers.map((d) => [d.dossier_id, d]));
    return {
      id: 'overeenstemming',
      titel,
      blokken: [
        {
          tekst: [
            `Bij ${count(o.dossiers, 'dossier', 'dossiers')} met een profiel van de analist gaven de beslisregels ${o.gelijk} keer hetzelfde profiel (${nl.pct(o.percentage)}). Cohen's kappa: ${kappa}.`,
            'De professional beslist; waar de beslisregels iets anders zeggen, is dat een reden om het dossier nog eens te bekijken, niet om het profiel te veranderen.',
          ],
        },
        {
          tabel: {
            id: 'Kruistabel',
            titel: 'Beslisregels (rijen) tegenover de analist (kolommen), aantal dossiers',
            kolommen: ['Volgens de beslisregels', ...analysts.map((p) => `Analist: ${p}`)],
            rijen: CATEGORIEEN.map((r) => [profielLabel(r), ...analysts.map((an) => cell(r, an))]),
            noten: smallNote,
          },
        },
        {
          tabel: {
            id: 'Verschillen',
            titel: 'Dossiers waar beslisregels en analist verschillen',
            kolommen: ['Dossier', 'Volgens de beslisregels', 'Analist'],
            rijen: o.verschillen.map((id) => {
              const d = byId.get(id);
              return [id, d?.profiel_regels == null ? 'onbepaald' : String(d.profiel_regels), d?.profiel_analist == null ? '' : String(d.profiel_analist)];
            }),
            noten: [],
          },
        },
      ],
    };
  }

  function methode(): Section {
    const indicative = a.extrapolatie.filter((e) => e.indicatief);
    return {
      id: 'methode',
      titel: 'Waarschuwingen en methode',
      blokken: [
        { lijst: a.waarschuwingen.length ? a.waarschuwingen : ['Geen waarschuwingen.'] },
        {
          tabel: {
            id: 'Indicatief',
            titel: `Indicatieve cijfers: minder dan ${MIN_DOSSIERS} dossiers of een relatieve standaardfout boven ${MAX_RELATIVE_SE * 100}%`,
            kolommen: ['Leeftijdsgroep', 'Klantprofiel', 'Schatting', 'Reden'],
            rijen: indicative.map((e) => [e.leeftijdsgroep === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_NAMEN[e.leeftijdsgroep], profielLabel(e.profiel), number(e.afgerond), e.indicatief_reden]),
            groepeer: true,
            noten: [],
          },
        },
        { tekst: ['Aannames bij deze cijfers:'] },
        { lijst: a.aannames },
      ],
    };
  }
}

/** A cell as text, Dutch style: `22* (6–40)`, `33,3`, `<5`. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  const plain = (x: number) => (c.decimalen === 0 ? nl.int(Math.round(x)) : c.decimalen === 1 ? nl.dec1(x) : nl.dec2(x));
  // A difference reads with its sign and a real minus: +3, −2, 0.
  const fmt = c.verschil ? (x: number) => signed(plain(x)) : plain;
  const main = `${fmt(c.getal)}${c.markering ?? ''}`;
  if (!c.interval) return main;
  const [lo, hi] = c.interval.map(fmt) as [string, string];
  return `${main} (${lo === hi ? lo : c.verschil ? `${lo} tot ${hi}` : `${lo}–${hi}`})`;
}

/** "-2,5" → "−2,5", "3" → "+3"; zero (however it rounds) stays unsigned. */
function signed(text: string): string {
  if (/^-?0(,0+)?$/.test(text)) return text.replace('-', '');
  return text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`;
}
