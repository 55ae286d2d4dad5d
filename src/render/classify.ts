// Renderers for `profiel classify`: readable tables laid out as the adviesnota's (6.1, 6.2 and the
// pilot plan's "Aantallen"), CSV for spreadsheets and the versioned JSON of docs/telling-json.md. They only
// read the analysis; the rule table gives the names of flags and sub-profiles.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_KORT, LEEFTIJDSGROEP_NAMEN, UITKERINGSDUUR_NAMEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import { CATEGORIEEN, type Analysis } from '../estimate/analysis.js';
import type { DossierResult } from '../estimate/contract.js';
import { MAX_RELATIVE_SE, MIN_DOSSIERS } from '../estimate/reliability.js';
import { roundHalfUp } from '../estimate/rounding.js';
import { rangeText } from '../estimate/ranges.js';
import { toCsv } from '../io/write-output.js';
import type { Format as FormatName } from './formats.js';
import { jsonPieces } from './json.js';
import { INTERVAL_NOTE, WEIGHTS_NOTE } from './notes.js';
import type { RuleTable } from '../rules/schema.js';
import { count, flagLabels, nl, out, profielLabel, subprofileLabel, table } from './style.js';

export type Format = Extract<FormatName, 'table' | 'csv' | 'json'>;

export interface RenderOptions {
  dossiers: boolean;
}

/** classify's output as text. */
export function renderClassify(a: Analysis, rules: RuleTable, format: Format, options: RenderOptions): string {
  const output = classifyOutput(a, rules, format, options);
  return typeof output === 'string' ? output : [...output].join('');
}

/** classify's output, JSON in pieces (the count of a large export can be megabytes), to be written as it comes. */
export function classifyOutput(a: Analysis, rules: RuleTable, format: Format, options: RenderOptions): string | Iterable<string> {
  if (format === 'json') {
    const { dossiers, ...rest } = a;
    return jsonPieces(options.dossiers ? { ...rest, dossiers } : rest);
  }
  if (format === 'csv') return options.dossiers ? renderDossiersCsv(a) : renderEstimatesCsv(a);
  return renderTable(a, rules, options);
}

type Domein = Leeftijdsgroep | 'totaal';
const key = (b: Domein, p: Profiel | null) => `${b}|${p}`;
/** A range as a person writes it: one number when both ends agree, never "0–0". */
const span = (van: number, tot: number) => (van === tot ? nl.int(van) : `${nl.int(van)}–${nl.int(tot)}`);

function renderTable(a: Analysis, rules: RuleTable, options: RenderOptions): string {
  const sample = new Map(a.steekproef.map((s) => [key(s.leeftijdsgroep, s.profiel), s]));
  const est = new Map(a.extrapolatie.map((e) => [key(e.leeftijdsgroep, e.profiel), e]));
  const bandSum = (b: Leeftijdsgroep, field: 'aantal' | 'steekproef') =>
    a.populatie.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s[field], 0);
  const parts: string[] = [];

  const peildatum = a.peildatum ? `; peildatum ${nl.datum(a.peildatum)}` : '';
  parts.push(`${out.bold('Invoer')}: ${a.invoer.bestand} — ${count(a.invoer.dossiers, 'dossier', 'dossiers')}${peildatum}`);
  parts.push(
    a.regels.alleen_regels
      ? `${out.bold('Klantprofiel')}: volgens de beslisregels "${a.regels.naam}" (profiel_analist genegeerd)`
      : `${out.bold('Klantprofiel')}: van de analist bij ${count(a.regels.bron.analist, 'dossier', 'dossiers')}, volgens de beslisregels "${a.regels.naam}" bij ${count(a.regels.bron.beslisregels, 'dossier', 'dossiers')}`,
  );

  // 6.1: the sample per band, with the sub-profiles of a profile right under it, and the doubt.
  parts.push(`\n${out.bold('Steekproef: klantprofiel per leeftijdsgroep')} (aantal dossiers en % van de leeftijdsgroep)`);
  const rows: string[][] = [];
  for (const p of CATEGORIEEN) {
    rows.push([profielLabel(p), ...LEEFTIJDSGROEPEN.map((b) => {
      const s = sample.get(key(b, p))!;
      return `${s.aantal} (${nl.pct(s.percentage)})`;
    })]);
    for (const id of [...new Set(a.subprofielen.filter((s) => s.profiel === p).map((s) => s.subprofiel))]) {
      rows.push([`  waarvan ${id} ${subprofileLabel(rules, id)}`, ...LEEFTIJDSGROEPEN.map((b) => String(a.subprofielen.find((s) => s.leeftijdsgroep === b && s.subprofiel === id)?.aantal ?? 0))]);
    }
  }
  for (const id of [...new Set(a.twijfel.map((t) => t.twijfel))]) {
    rows.push([`Twijfel ${flagLabels(rules.twijfel, [id])}`, ...LEEFTIJDSGROEPEN.map((b) => String(a.twijfel.find((t) => t.leeftijdsgroep === b && t.twijfel === id)?.aantal ?? 0))]);
  }
  parts.push(table(['Klantprofiel', ...LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_NAMEN[b]} (${bandSum(b, 'steekproef')})`)], rows));

  // 6.2: the extrapolation, plus the total over all ages (7.4: 271 in profile 3, 100 in profile 1).
  const domeinen: Domein[] = [...LEEFTIJDSGROEPEN, 'totaal'];
  const heading = (d: Domein) => (d === 'totaal' ? `Totaal (${a.populatie.totaal})` : `${LEEFTIJDSGROEP_NAMEN[d]} (${bandSum(d, 'aantal')})`);
  const anyIndicative = a.extrapolatie.some((e) => e.indicatief);
  parts.push(`\n${out.bold(`Inschatting voor ${a.populatie.totaal} klanten`)} (zoals tabel 6.2 van de adviesnota; populatie ${a.populatie.naam}), met 95%-interval`);
  parts.push(
    table(
      ['Klantprofiel', ...domeinen.map(heading)],
      [
        ...CATEGORIEEN.map((p) => [
          profielLabel(p),
          ...domeinen.map((d) => {
            const e = est.get(key(d, p));
            if (!e) return 'geen schatting';
            const mark = e.indicatief ? '*' : '';
            return e.methode === 'exact' ? `${out.bold(nl.int(e.afgerond))} (exact)` : `${out.bold(nl.int(e.afgerond))}${mark} (${span(Math.round(e.interval95[0]), Math.round(e.interval95[1]))})`;
          }),
        ]),
        ['Totaal', ...domeinen.map((d) => nl.int(d === 'totaal' ? a.populatie.totaal : bandSum(d, 'aantal')))],
      ],
    ),
  );
  const notes: string[] = [];
  if (anyIndicative) notes.push(`* indicatief: berust op minder dan ${MIN_DOSSIERS} dossiers, of de relatieve standaardfout (standaardfout / schatting) is meer dan ${MAX_RELATIVE_SE * 100}%; zie "Nauwkeurigheid per cel".`);
  notes.push(INTERVAL_NOTE[a.interval], WEIGHTS_NOTE);
  parts.push(notes.join('\n'));

  parts.push(`\n${out.bold('Nauwkeurigheid per cel')}`);
  parts.push(
    table(
      ['Leeftijdsgroep', 'Profiel', 'Schatting', 'Standaardfout', 'Dossiers', 'Effectieve steekproefomvang', 'Designeffect', 'Indicatief'],
      domeinen.flatMap((d) =>
        CATEGORIEEN.map((p, i) => {
          const e = est.get(key(d, p));
          if (!e) return [i === 0 ? (d === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_KORT[d]) : '', p === null ? 'onbepaald' : String(p), 'geen schatting', '', '', '', '', ''];
          return [
            i === 0 ? (d === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_KORT[d]) : '',
            p === null ? 'onbepaald' : String(p),
            nl.dec1(e.schatting),
            nl.dec1(e.standaardfout),
            String(e.dossiers),
            e.n_eff_zonder_plafond === null ? '–' : nl.dec1(e.n_eff_zonder_plafond),
            e.deff === null ? '–' : nl.dec2(e.deff),
            e.indicatief ? `ja: ${e.indicatief_reden}` : 'nee',
          ];
        }),
      ),
      16,
      { wrapLast: 46 },
    ),
  );
  parts.push(
    'Effectieve steekproefomvang: de dossiers van een enkelvoudige steekproef die even nauwkeurig is (dossiers / designeffect); beide zonder plafond.' +
      (a.interval === 'nchs' ? ' Het interval rekent met hoogstens het aantal dossiers (JSON: n_eff).' : ''),
  );

  // The pilot plan's "Aantallen", split per profile.
  const r = a.bandbreedte;
  parts.push(`\n${out.bold(`Doorgetrokken naar de hele groep van ca. ${rangeText(r)} klanten`)}`);
  parts.push(
    table(
      ['Klantprofiel', ...r.groepen.map((g) => `${LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep]}: ${nl.pct0(g.aandeel * 100)}`)],
      [
        ['Hele leeftijdsgroep', ...r.groepen.map((g) => span(g.van, g.tot))],
        ...CATEGORIEEN.map((p) => [
          profielLabel(p),
          ...r.groepen.map((g) => {
            const x = g.profielen.find((q) => q.profiel === p);
            return x ? `${span(x.van, x.tot)} (onzekerheidsmarge ${span(x.marge_van, x.marge_tot)})` : '–';
          }),
        ]),
      ],
    ),
  );
  parts.push(
    [
      r.afronding > 0 ? `Aandelen per leeftijdsgroep afgerond op ${nl.int(r.afronding)}%, zoals de pilotnotitie.` : 'Aandelen per leeftijdsgroep niet afgerond.',
      'Per klantprofiel: de verdeling naar de gewogen aandelen uit de inschatting, afgerond zodat de profielen optellen tot de leeftijdsgroep;',
      'tussen haakjes de onzekerheidsmarge: met de onzekerheid van de steekproef (ondergrens × laagste, bovengrens × hoogste aandeel van het 95%-interval).',
    ].join('\n'),
  );

  parts.push(`\n${out.bold('Aannames')}`);
  parts.push(a.aannames.map((x) => `- ${x}`).join('\n'));

  if (options.dossiers) {
    parts.push(`\n${out.bold('Dossiers')}`);
    parts.push(
      table(
        ['Dossier', 'Stratum bij de trekking', 'Uitkeringsduur in het dossier', 'Profiel', 'Bron', 'Beslisregel', 'Subprofiel', 'Twijfel', 'Prioriteit voor de pilot'],
        dossierList(a).map((d) => [
          d.dossier_id,
          `${LEEFTIJDSGROEP_KORT[d.leeftijdsgroep]} × ${UITKERINGSDUUR_NAMEN[d.uitkeringsduur]}`,
          UITKERINGSDUUR_NAMEN[d.uitkeringsduur_dossier],
          d.profiel === null ? 'onbepaald' : String(d.profiel),
          d.profiel_analist !== null && !a.regels.alleen_regels ? 'analist' : 'beslisregels',
          d.regel ?? '–',
          d.subprofiel ?? '',
          flagLabels(rules.twijfel, d.twijfel),
          flagLabels(rules.prioriteit, d.prioriteit),
        ]),
        null,
        { wrapLast: 30, text: [1, 2, 4, 5, 6, 7] },
      ),
    );
  }

  if (a.waarschuwingen.length) {
    parts.push(`\n${out.yellow.bold('Waarschuwingen')}`);
    parts.push(a.waarschuwingen.map((w) => `- ${w}`).join('\n'));
  }
  return `${parts.join('\n')}\n`;
}

/** One row per leeftijdsgroep (and the total) × profiel: sample, extrapolation and range side by side. */
function renderEstimatesCsv(a: Analysis): string {
  const domeinen: Domein[] = [...LEEFTIJDSGROEPEN, 'totaal'];
  const r4 = (x: number) => roundHalfUp(x, 4);
  const r2 = (x: number) => roundHalfUp(x, 2);
  const rows = domeinen.flatMap((d) =>
    CATEGORIEEN.map((p) => {
      const s = a.steekproef.find((x) => x.leeftijdsgroep === d && x.profiel === p);
      const e = a.extrapolatie.find((x) => x.leeftijdsgroep === d && x.profiel === p);
      const r = a.bandbreedte.groepen.find((g) => g.leeftijdsgroep === d)?.profielen.find((x) => x.profiel === p);
      const dossiers = s?.aantal ?? e?.dossiers;
      const percentage = s ? s.percentage : e ? (100 * e.dossiers) / a.invoer.dossiers : undefined;
      return [
        d, p ?? 'onbepaald', profielLabel(p).replace(/^\d /, ''), dossiers, percentage === undefined ? undefined : roundHalfUp(percentage, 1),
        e && r4(e.schatting), e?.afgerond, e && r4(e.standaardfout), e?.relatieve_standaardfout == null ? undefined : r4(e.relatieve_standaardfout),
        e && r2(e.interval95[0]), e && r2(e.interval95[1]), e?.methode, e && r2(e.n_eff), e?.n_eff_zonder_plafond == null ? undefined : r2(e.n_eff_zonder_plafond), e?.deff == null ? undefined : r4(e.deff),
        e?.indicatief, e?.indicatief_reden ?? undefined, r?.van, r?.tot, r?.marge_van, r?.marge_tot,
      ];
    }),
  );
  return toCsv(
    [
      'leeftijdsgroep', 'profiel', 'profielnaam', 'steekproef_aantal', 'steekproef_percentage', 'schatting', 'afgerond', 'standaardfout',
      'relatieve_standaardfout', 'interval95_onder', 'interval95_boven', 'methode', 'n_eff', 'n_eff_zonder_plafond', 'deff', 'indicatief', 'indicatief_reden',
      'bandbreedte_van', 'bandbreedte_tot', 'marge_van', 'marge_tot',
    ],
    rows,
  );
}

/** The dossier list of a run that was asked to keep it (--dossiers). */
function dossierList(a: Analysis): DossierResult[] {
  if (!a.dossiers) throw new Error('deze telling is gemaakt zonder dossierlijst');
  return a.dossiers;
}

function renderDossiersCsv(a: Analysis): string {
  return toCsv(
    ['dossier_id', 'leeftijdsgroep', 'uitkeringsduur', 'uitkeringsduur_dossier', 'profiel', 'profiel_regels', 'regel', 'profiel_analist', 'subprofiel', 'twijfel', 'prioriteit'],
    dossierList(a).map((d) => [
      d.dossier_id, d.leeftijdsgroep, d.uitkeringsduur, d.uitkeringsduur_dossier, d.profiel ?? 'onbepaald', d.profiel_regels ?? 'onbepaald',
      d.regel ?? '', d.profiel_analist ?? '', d.subprofiel ?? '', d.twijfel.join('|'), d.prioriteit.join('|'),
    ]),
  );
}
