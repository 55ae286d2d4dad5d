// Renderers for `profiel rules` (the active table) and `profiel explain` (one dossier's trace).
// In human text a "regel" is a line of a file; a rule is a "beslisregel" (or R1…R4).
import type { Dossier } from '../dossier/schema.js';
import { PROFIEL_NAMEN, UITKERINGSDUUR_NAMEN, LEEFTIJDSGROEP_NAMEN } from '../dossier/vocabulary.js';
import { definitionName, describeCondition, describeLeaf, formatValue } from '../rules/describe.js';
import type { Classification, ConditionTrace, Truth } from '../rules/evaluate.js';
import type { Flag, RuleTable } from '../rules/schema.js';
import { unknownSubprofile } from '../rules/table.js';
import { dutchList, flagLabels, out, profielLabel, subprofileLabel } from './style.js';

export function renderRuleTable(table: RuleTable): string {
  const lines = [
    `${out.bold(`Beslisregels "${table.naam}"`)}${table.omschrijving ? `\n${table.omschrijving}` : ''}`,
    'De eerste beslisregel die geldt, bepaalt het profiel; geldt er geen, dan is het profiel onbepaald (gesprek nodig).',
    'Een voorwaarde op een onbekend veld geldt niet. Het profiel van de analist (profiel_analist) gaat voor, tenzij --alleen-regels.',
  ];
  if (table.begrippen.length) {
    lines.push('', out.bold('Begrippen'));
    for (const d of table.begrippen) {
      lines.push(`  ${out.bold(definitionName(d.id))}: ${describeCondition(d.als)}`);
      if (d.omschrijving) lines.push(`     ${d.omschrijving}`);
    }
  }
  lines.push('', out.bold('Beslisregels'));
  for (const r of table.regels) {
    lines.push(`  ${out.bold(r.id)} → ${r.profiel} ${PROFIEL_NAMEN[r.profiel]}`);
    if (r.omschrijving) lines.push(`     ${r.omschrijving}`);
    lines.push(`     als: ${describeCondition(r.als)}`);
  }
  if (table.subprofielen.length) {
    lines.push('', out.bold('Subprofielen'));
    const profiles = [...new Set(table.subprofielen.map((s) => s.profiel))];
    for (const p of profiles) {
      const variants = table.subprofielen.filter((x) => x.profiel === p && x.als);
      for (const s of [...variants, unknownSubprofile(table, p)]) {
        const when = s.als ? `als ${describeCondition(s.als)}` : `als geen van de andere geldt (${variants.map((v) => v.id).join(', ')})`;
        lines.push(`  ${out.bold(s.id)} ${s.label ?? ''}: ${when}`);
        if (s.omschrijving) lines.push(`     ${s.omschrijving}`);
      }
    }
  }
  const flags = (title: string, list: readonly Flag[]) => {
    if (!list.length) return;
    lines.push('', out.bold(title));
    for (const f of list) {
      const where = f.bij_profiel ? ` (alleen bij profiel ${dutchList(f.bij_profiel.map(String))})` : '';
      lines.push(`  ${out.bold(f.label ?? f.id)}${where}: ${describeCondition(f.als)}`);
      if (f.omschrijving) lines.push(`     ${f.omschrijving}`);
    }
  };
  flags('Twijfel', table.twijfel);
  flags('Prioriteit voor de pilot (groepen sluiten elkaar niet uit)', table.prioriteit);
  return `${lines.join('\n')}\n`;
}

const MARK: Record<Truth, string> = { waar: 'waar    ', onwaar: 'onwaar  ', onbekend: 'onbekend' };
const colour = (t: Truth, s: string) => (t === 'waar' ? out.green(s) : t === 'onwaar' ? out.red(s) : out.yellow(s));

function traceLines(t: ConditionTrace, depth: number): string[] {
  const pad = '   '.repeat(depth);
  const c = t.voorwaarde;
  if (t.onderdelen) {
    const head = c.alle ? 'alle volgende:' : c.een_van ? 'ten minste één van:' : c.niet ? 'niet het volgende:' : `${definitionName(c.begrip!)}:`;
    return [`${pad}${colour(t.uitkomst, MARK[t.uitkomst])} ${head}`, ...t.onderdelen.flatMap((o) => traceLines(o, depth + 1))];
  }
  return [`${pad}${colour(t.uitkomst, MARK[t.uitkomst])} ${describeLeaf(c)}   (dossier: ${formatValue(t.waarde)})`];
}

export function renderExplanation(d: Dossier, c: Classification, table: RuleTable, source: string): string {
  const s = d.stratum;
  const lines = [
    `${out.bold(`Dossier ${d.dossier_id}`)} uit ${source}: ${d.leeftijd} jaar (${LEEFTIJDSGROEP_NAMEN[d.leeftijdsgroep]}), uitkeringsduur ${d.uitkeringsduur_maanden} maanden (${UITKERINGSDUUR_NAMEN[d.uitkeringsduur]}); stratum bij de trekking: ${LEEFTIJDSGROEP_NAMEN[s.leeftijdsgroep]} × ${UITKERINGSDUUR_NAMEN[s.uitkeringsduur]}`,
    `Beslisregels "${table.naam}": de eerste beslisregel die waar is, bepaalt het profiel.`,
    '',
  ];
  for (const r of c.regels) {
    const fired = r.id === c.regel;
    lines.push(`${out.bold(r.id)} → profiel ${r.profiel}: ${colour(r.uitkomst, r.uitkomst)}${fired ? out.bold('  ← deze beslisregel bepaalt het profiel') : ''}`);
    lines.push(...traceLines(r.voorwaarde, 1));
  }
  lines.push('');
  lines.push(`Profiel volgens de beslisregels: ${c.profiel_regels === null ? 'onbepaald (geen beslisregel geldt; gesprek nodig)' : `${profielLabel(c.profiel_regels)} (${c.regel})`}`);
  lines.push(`Profiel van de analist: ${c.profiel_analist === null ? '–' : profielLabel(c.profiel_analist)}`);
  const sub = c.subprofiel ? `; subprofiel ${c.subprofiel}: ${subprofileLabel(table, c.subprofiel)}` : '';
  lines.push(`Geldend profiel: ${c.profiel === null ? 'onbepaald' : profielLabel(c.profiel)} (${c.bron === 'analist' ? 'analist' : 'beslisregels'})${sub}`);
  lines.push(
    c.beslissendOnbekend.length
      ? `Onbekend en van invloed: ${c.beslissendOnbekend.join(', ')} — met deze gegevens had een eerdere beslisregel kunnen gelden.`
      : 'Onbekend en van invloed: geen — ontbrekende gegevens hadden de uitkomst niet veranderd.',
  );
  lines.push(`Twijfel: ${c.twijfel.length ? flagLabels(table.twijfel, c.twijfel) : '–'}`);
  lines.push(`Prioriteit voor de pilot: ${c.prioriteit.length ? flagLabels(table.prioriteit, c.prioriteit) : '–'}`);
  return `${lines.join('\n')}\n`;
}
