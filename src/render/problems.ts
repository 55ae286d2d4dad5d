// Problems in the input, one per line, in Dutch, in file order:
//   dossiers.csv, regel 14, kolom Q (klantwens): "wrek" is ongeldig; verwacht: …; bedoelt u "werk"?
import type { Problem } from '../io/problem.js';
import { describeFinding, type PrivacyFinding } from '../dossier/privacy.js';
import { columnLetter, err } from './style.js';

export function formatProblem(p: Problem): string {
  const where = [p.bestand, `regel ${p.regel}`];
  if (p.kolom) where.push(p.kolom.nummer > 0 ? `kolom ${columnLetter(p.kolom.nummer)} (${p.kolom.naam})` : `veld ${p.kolom.naam}`);
  const value = p.waarde !== undefined && p.waarde.trim() !== '' ? ` (waarde "${p.waarde}")` : '';
  let text = `${where.join(', ')}: ${p.melding}${value}`;
  if (p.verwacht) text += `; verwacht: ${p.verwacht}`;
  if (p.suggestie) text += `; bedoelt u "${p.suggestie}"?`;
  return text;
}

export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.regel - b.regel || (a.kolom?.nummer ?? 0) - (b.kolom?.nummer ?? 0));
  const lines = sorted.map((p) => `${err.red('fout:')} ${formatProblem(p)}`);
  const files = new Set(problems.map((p) => p.bestand)).size;
  const summary = `${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}${files > 1 ? ` in ${files} bestanden` : ''} gevonden; er is niets geschreven.`;
  return `${lines.join('\n')}\n${summary}\n`;
}

export function formatPrivacyRefusal(source: string, findings: readonly PrivacyFinding[]): string {
  return [
    `${err.red('geweigerd:')} ${source} lijkt persoonsgegevens te bevatten; de export moet geanonimiseerd zijn:`,
    ...findings.map((f) => `  - ${describeFinding(f)}`),
    'Verwijder of anonimiseer deze kolommen. Weet u zeker dat het geen persoonsgegevens zijn, gebruik dan --sta-persoonsgegevens-toe.',
    '',
  ].join('\n');
}
