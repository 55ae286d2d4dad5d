// Renderers for `profiel classify`: a readable report (tables laid out as the adviesnota's),
// CSV for spreadsheets and the versioned JSON of cli.md.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_NAMEN, UITKERINGSDUUR_NAMEN, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import { CATEGORIEEN, type Analysis } from '../estimate/analysis.js';
import { toCsv } from '../io/write-output.js';
import { nl, out, profielLabel, table } from './style.js';

export type Format = 'table' | 'csv' | 'json';

export interface RenderOptions {
  dossiers: boolean;
}

export function renderClassify(a: Analysis, format: Format, options: RenderOptions): string {
  if (format === 'json') return renderJson(a, options);
  if (format === 'csv') return options.dossiers ? renderDossiersCsv(a) : renderEstimatesCsv(a);
  return renderTable(a, options);
}

function renderJson(a: Analysis, options: RenderOptions): string {
  const { dossiers, ...rest } = a;
  return `${JSON.stringify(options.dossiers ? { ...rest, dossiers } : rest, null, 2)}\n`;
}

const key = (b: Leeftijdsgroep, p: Profiel | null) => `${b}|${p}`;

function renderTable(a: Analysis, options: RenderOptions): string {
  const sample = new Map(a.steekproef.map((s) => [key(s.leeftijdsgroep, s.profiel), s]));
  const est = new Map(a.extrapolatie.map((e) => [key(e.leeftijdsgroep, e.profiel), e]));
  const bandSum = (b: Leeftijdsgroep, field: 'aantal' | 'steekproef') =>
    a.populatie.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s[field], 0);
  /** Profiles down, leeftijdsgroepen across (as tables 6.1 and 6.2), plus extra rows below. */
  const perProfile = (size: 'aantal' | 'steekproef', cell: (b: Leeftijdsgroep, p: Profiel | null) => string, extra: string[][]) =>
    table(
      ['Klantprofiel', ...LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_NAMEN[b]} (${bandSum(b, size)})`)],
      [...CATEGORIEEN.map((p) => [profielLabel(p), ...LEEFTIJDSGROEPEN.map((b) => cell(b, p))]), ...extra],
    );
  const bron = a.regels.alleen_regels
    ? `alleen de regels ("${a.regels.naam}"); profiel_analist genegeerd`
    : `profiel_analist waar ingevuld, anders de regels ("${a.regels.naam}")`;
  const parts: string[] = [];

  parts.push(`${out.bold('Invoer')}: ${a.invoer.bestand} — ${a.invoer.dossiers} dossiers; klantprofiel: ${bron}`);

  parts.push(`\n${out.bold('Steekproef: klantprofiel per leeftijdsgroep')} (aantal dossiers en % van de leeftijdsgroep)`);
  const twijfelIds = [...new Set(a.twijfel.map((t) => t.twijfel))];
  parts.push(
    perProfile(
      'steekproef',
      (b, p) => {
        const s = sample.get(key(b, p))!;
        return `${s.aantal} (${nl.pct(s.percentage)})`;
      },
      twijfelIds.map((id) => [
        `Twijfel ${id}`,
        ...LEEFTIJDSGROEPEN.map((b) => String(a.twijfel.find((t) => t.leeftijdsgroep === b && t.twijfel === id)?.aantal ?? 0)),
      ]),
    ),
  );

  parts.push(`\n${out.bold(`Inschatting voor ${a.populatie.totaal} klanten`)} (populatie ${a.populatie.naam}; opgebouwd als tabel 6.2 van de adviesnota)`);
  parts.push(
    perProfile(
      'aantal',
      (b, p) => {
        const e = est.get(key(b, p));
        if (!e) return 'geen schatting';
        return `${out.bold(nl.int(e.afgerond))}  (${nl.int(e.interval95[0])}–${nl.int(e.interval95[1])})  sf ${nl.dec1(e.standaardfout)}`;
      },
      [['Totaal', ...LEEFTIJDSGROEPEN.map((b) => nl.int(bandSum(b, 'aantal')))]],
    ),
  );
  parts.push(
    'Per cel: afgerond aantal, 95%-interval (Korn–Graubard; Clopper–Pearson waar de variantie 0 is) en standaardfout (sf).\n' +
      'Gewogen per stratum leeftijdsgroep × uitkeringsduur bij de steekproeftrekking (gewicht N/n).',
  );

  const r = a.bandbreedte;
  const shareText = r.afronding > 0 ? `aandelen per leeftijdsgroep afgerond op ${r.afronding}%` : 'aandelen per leeftijdsgroep niet afgerond';
  parts.push(`\n${out.bold(`Doorgetrokken naar de hele groep van ca. ${r.van}–${r.tot} klanten`)} (${shareText})`);
  parts.push(
    table(
      ['Klantprofiel', ...r.groepen.map((g) => `${LEEFTIJDSGROEP_NAMEN[g.leeftijdsgroep]}: ${nl.pct(g.aandeel * 100)}`)],
      [
        ['Leeftijdsgroep', ...r.groepen.map((g) => `${g.van}–${g.tot}`)],
        ...CATEGORIEEN.map((p) => [
          profielLabel(p),
          ...r.groepen.map((g) => {
            const x = g.profielen.find((q) => q.profiel === p);
            return x ? `${x.van}–${x.tot}` : '–';
          }),
        ]),
      ],
    ),
  );

  if (options.dossiers) {
    parts.push(`\n${out.bold('Dossiers')}`);
    parts.push(
      table(
        ['Dossier', 'Leeftijdsgroep', 'Uitkeringsduur', 'Profiel', 'Bron', 'Regel', 'Twijfel', 'Prioriteit'],
        a.dossiers.map((d) => [
          d.dossier_id,
          d.leeftijdsgroep,
          UITKERINGSDUUR_NAMEN[d.uitkeringsduur],
          d.profiel === null ? 'onbepaald' : String(d.profiel),
          d.profiel_analist !== null && !a.regels.alleen_regels ? 'analist' : 'regels',
          d.regel ?? '–',
          d.twijfel.join(', '),
          d.prioriteit.join(', '),
        ]),
        12,
      ),
    );
  }

  if (a.waarschuwingen.length) {
    parts.push(`\n${out.yellow.bold('Waarschuwingen')}`);
    parts.push(a.waarschuwingen.map((w) => `- ${w}`).join('\n'));
  }
  return `${parts.join('\n')}\n`;
}

/** One row per leeftijdsgroep × profiel: sample, extrapolation and range side by side. */
function renderEstimatesCsv(a: Analysis): string {
  const rows = LEEFTIJDSGROEPEN.flatMap((b) =>
    CATEGORIEEN.map((p) => {
      const s = a.steekproef.find((x) => x.leeftijdsgroep === b && x.profiel === p)!;
      const e = a.extrapolatie.find((x) => x.leeftijdsgroep === b && x.profiel === p);
      const r = a.bandbreedte.groepen.find((g) => g.leeftijdsgroep === b)?.profielen.find((x) => x.profiel === p);
      return [
        b, p ?? 'onbepaald', profielLabel(p).replace(/^\d /, ''), s.aantal, s.percentage,
        e?.schatting, e?.afgerond, e?.standaardfout, e?.interval95[0], e?.interval95[1], r?.van, r?.tot,
      ];
    }),
  );
  return toCsv(
    ['leeftijdsgroep', 'profiel', 'profielnaam', 'steekproef_aantal', 'steekproef_percentage', 'schatting', 'afgerond', 'standaardfout', 'interval95_onder', 'interval95_boven', 'bandbreedte_van', 'bandbreedte_tot'],
    rows,
  );
}

function renderDossiersCsv(a: Analysis): string {
  return toCsv(
    ['dossier_id', 'leeftijdsgroep', 'uitkeringsduur', 'profiel', 'profiel_regels', 'regel', 'profiel_analist', 'twijfel', 'prioriteit'],
    a.dossiers.map((d) => [
      d.dossier_id, d.leeftijdsgroep, d.uitkeringsduur, d.profiel ?? 'onbepaald', d.profiel_regels ?? 'onbepaald',
      d.regel ?? '', d.profiel_analist ?? '', d.twijfel.join('|'), d.prioriteit.join('|'),
    ]),
  );
}
