// Renderers for `profiel plan`: the expected precision as a table or JSON. No figure is computed
// here.
import { LEEFTIJDSGROEPEN, LEEFTIJDSGROEP_NAMEN, type Leeftijdsgroep } from '../dossier/vocabulary.js';
import type { PlanReport, Precision } from '../sampling/plan.js';
import type { PlanCategory } from '../sampling/shares.js';
import { jsonText } from './json.js';
import { nl, out, profielLabel, table } from './style.js';

export const planJson = (report: PlanReport) => jsonText(report);

const categoryLabel = (c: PlanCategory) => (c === 'elk' ? 'Elk klantprofiel (aandeel 50%)' : profielLabel(c));
const domainLabel = (d: Leeftijdsgroep | 'totaal') => (d === 'totaal' ? 'Alle leeftijden' : LEEFTIJDSGROEP_NAMEN[d]);

/** Per stratum, as `<27: 3/2/2` for the duration bands <1, 1-5, >5. */
const allocationLine = (p: Precision) =>
  LEEFTIJDSGROEPEN.map((b) => `${LEEFTIJDSGROEP_NAMEN[b]} ${p.strata.filter((s) => s.leeftijdsgroep === b).map((s) => s.steekproef).join('/')}`).join(' · ');

export function planTable(report: PlanReport): string {
  const plans = report.plannen;
  const first = plans[0]!;
  const head = ['Leeftijdsgroep en klantprofiel', 'Verwacht', ...plans.map((p) => `n = ${nl.int(p.aantal)}`)];
  const rows: string[][] = [];
  for (const domain of [...LEEFTIJDSGROEPEN, 'totaal'] as const) {
    const cells = first.cellen.filter((c) => c.leeftijdsgroep === domain);
    if (!cells.length) continue;
    rows.push([out.bold(domainLabel(domain)), '', ...plans.map(() => '')]);
    for (const cell of cells) {
      const at = plans.map((p) => p.cellen.find((c) => c.leeftijdsgroep === domain && c.profiel === cell.profiel)!);
      rows.push([`  ${categoryLabel(cell.profiel)}`, nl.int(Math.round(cell.verwacht)), ...at.map((c) => `± ${nl.dec1(c.halve_breedte)}`)]);
    }
  }
  const source =
    report.aandelen.soort === 'vorige'
      ? `de geschatte aandelen per leeftijdsgroep uit ${report.aandelen.bestand}`
      : 'het slechtste geval: elk profiel 50% (geef --vorige <telling.json> voor de aandelen van vorige keer)';
  const lines = [
    out.bold(`Verwachte nauwkeurigheid van een steekproef uit ${nl.int(report.populatie.totaal)} klanten (${report.populatie.naam})`),
    table(head, rows, 62),
    `Halve breedte van het 95%-interval (--interval ${report.interval}), in klanten, bij de verwachte aantallen dossiers per profiel; verwachting volgens ${source}.`,
    `Toewijzing ${report.toewijzing}, minimaal ${report.minimum} per stratum. Verdeling (< 1 / 1–5 / > 5 jaar):`,
    ...plans.map((p) => `  n = ${nl.int(p.aantal)}: ${allocationLine(p)}`),
  ];
  if (report.marge !== null) {
    const perBand = (p: Precision) => LEEFTIJDSGROEPEN.map((b) => p.strata.filter((s) => s.leeftijdsgroep === b).reduce((t, s) => t + s.steekproef, 0)).join('/');
    lines.push(
      report.haalbaar
        ? `Kleinste steekproef waarbij elke halve breedte per leeftijdsgroep hoogstens ${Number.isInteger(report.marge) ? nl.thousands(report.marge) : nl.dec1(report.marge)} klanten is: ${out.bold(nl.int(first.aantal))} dossiers, per leeftijdsgroep ${perBand(first)} (elke leeftijdsgroep haar eigen kleinste aantal; trek --per-leeftijdsgroep ${perBand(first)}).`
        : `Een marge van ${nl.dec1(report.marge)} klanten is niet haalbaar: ook als alle ${nl.int(first.aantal)} klanten worden gescreend is de grootste halve breedte ${nl.dec1(first.grootste_halve_breedte)}.`,
    );
    if (report.vergelijking) {
      lines.push(`Ter vergelijking: met één toewijzing over alle strata (${report.toewijzing}) zijn er ${nl.int(report.vergelijking.aantal)} nodig (${perBand(report.vergelijking)}).`);
    }
  }
  return lines.join('\n');
}
