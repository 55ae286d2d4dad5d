// Renderers for `profiel rules` (the active table) and `profiel explain` (one dossier's trace).
import type { Dossier } from '../dossier/schema.js';
import { PROFIEL_NAMEN } from '../dossier/vocabulary.js';
import { describeCondition, describeLeaf, formatValue } from '../rules/describe.js';
import type { Classification, ConditionTrace, Truth } from '../rules/evaluate.js';
import type { Flag, RuleTable } from '../rules/schema.js';
import { out, profielLabel } from './style.js';

export function renderRuleTable(table: RuleTable): string {
  const lines = [
    `${out.bold(`Regeltabel "${table.naam}"`)}${table.omschrijving ? `\n${table.omschrijving}` : ''}`,
    'De eerste regel die geldt, bepaalt het profiel; geldt geen enkele regel, dan is het profiel onbepaald (gesprek nodig).',
    'Een voorwaarde op een onbekend veld geldt niet. Het profiel van de analist (profiel_analist) gaat voor, tenzij --alleen-regels.',
    '',
    out.bold('Regels'),
  ];
  for (const r of table.regels) {
    lines.push(`  ${out.bold(r.id)} → ${r.profiel} ${PROFIEL_NAMEN[r.profiel]}`);
    if (r.omschrijving) lines.push(`     ${r.omschrijving}`);
    lines.push(`     als: ${describeCondition(r.als)}`);
  }
  const flags = (title: string, list: readonly Flag[]) => {
    if (!list.length) return;
    lines.push('', out.bold(title));
    for (const f of list) {
      lines.push(`  ${out.bold(f.id)}${f.bij_profiel ? ` (bij profiel ${f.bij_profiel.join(', ')})` : ''}${f.omschrijving ? `: ${f.omschrijving}` : ''}`);
      lines.push(`     als: ${describeCondition(f.als)}`);
    }
  };
  flags('Twijfel', table.twijfel);
  flags('Prioriteit (pilot)', table.prioriteit);
  return `${lines.join('\n')}\n`;
}

const MARK: Record<Truth, string> = { waar: 'waar    ', onwaar: 'onwaar  ', onbekend: 'onbekend' };
const colour = (t: Truth, s: string) => (t === 'waar' ? out.green(s) : t === 'onwaar' ? out.red(s) : out.yellow(s));

function traceLines(t: ConditionTrace, depth: number): string[] {
  const pad = '   '.repeat(depth);
  const c = t.voorwaarde;
  if (t.onderdelen) {
    const head = c.alle ? 'ALLE van:' : c.een_van ? 'EEN VAN:' : 'NIET:';
    return [`${pad}${colour(t.uitkomst, MARK[t.uitkomst])} ${head}`, ...t.onderdelen.flatMap((o) => traceLines(o, depth + 1))];
  }
  return [`${pad}${colour(t.uitkomst, MARK[t.uitkomst])} ${describeLeaf(c)}   (dossier: ${formatValue(t.waarde)})`];
}

export function renderExplanation(d: Dossier, c: Classification, table: RuleTable, source: string): string {
  const lines = [
    `${out.bold(`Dossier ${d.dossier_id}`)} uit ${source}: ${d.leeftijd} jaar (${d.leeftijdsgroep}), uitkeringsduur ${d.uitkeringsduur_maanden} maanden (${d.uitkeringsduur}); stratum bij trekking ${d.stratum.leeftijdsgroep} × ${d.stratum.uitkeringsduur}`,
    `Regeltabel "${table.naam}": de eerste regel die waar is, bepaalt het profiel.`,
    '',
  ];
  for (const r of c.regels) {
    const fired = r.id === c.regel;
    lines.push(`${out.bold(r.id)} → profiel ${r.profiel}: ${colour(r.uitkomst, r.uitkomst)}${fired ? out.bold('  ← deze regel bepaalt het profiel') : ''}`);
    lines.push(...traceLines(r.voorwaarde, 1));
  }
  lines.push('');
  lines.push(`Profiel volgens de regels: ${c.profiel_regels === null ? 'onbepaald (geen regel geldt; gesprek nodig)' : `${profielLabel(c.profiel_regels)} (regel ${c.regel})`}`);
  lines.push(`Profiel van de analist: ${c.profiel_analist === null ? '–' : profielLabel(c.profiel_analist)}`);
  lines.push(`Geldend profiel: ${c.profiel === null ? 'onbepaald' : profielLabel(c.profiel)} (${c.bron === 'analist' ? 'analist' : 'regels'})`);
  lines.push(
    c.beslissendOnbekend.length
      ? `Onbekend en van invloed: ${c.beslissendOnbekend.join(', ')} — met deze gegevens had een eerdere regel kunnen gelden.`
      : 'Onbekend en van invloed: geen — ontbrekende gegevens hadden de uitkomst niet veranderd.',
  );
  lines.push(`Twijfel: ${c.twijfel.length ? c.twijfel.join(', ') : '–'}`);
  lines.push(`Prioriteit (pilot): ${c.prioriteit.length ? c.prioriteit.join(', ') : '–'}`);
  return `${lines.join('\n')}\n`;
}
