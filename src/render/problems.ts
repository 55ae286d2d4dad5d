// Problems in the input, one per line, in Dutch, in file order (main.ts adds the "fout:" prefix):
//   dossiers.csv, regel 14, kolom Q (klantwens): ongeldige waarde (waarde "wrek"); verwacht: …; bedoelt u "werk"?
import { UserError } from '../errors.js';
import { describeFinding, type PrivacyFinding } from '../dossier/privacy.js';
import type { Problem } from '../io/problem.js';
import { visibleText } from './palette.js';
import { columnLetter } from './style.js';

/** A value as it may be echoed: control characters made visible, and never more than ~80 characters. */
export function showValue(value: string): string {
  const visible = visibleText(value);
  return visible.length > 80 ? `${visible.slice(0, 77)}… (${value.length} tekens)` : visible;
}

export function formatProblem(p: Problem): string {
  const where = [p.bestand, `regel ${p.regel}`];
  if (p.kolom) where.push(p.kolom.nummer > 0 ? `kolom ${columnLetter(p.kolom.nummer)} (${p.kolom.naam})` : `veld ${p.kolom.naam}`);
  const value = p.waarde !== undefined && p.waarde.trim() !== '' ? ` (waarde "${showValue(p.waarde)}")` : '';
  let text = `${where.join(', ')}: ${p.melding}${value}`;
  if (p.verwacht) text += `; verwacht: ${p.verwacht}`;
  if (p.suggestie) text += `; bedoelt u "${p.suggestie}"?`;
  return text;
}

/** Every problem of the input, sorted by line and column, as one error (exit 1). */
export function problemsError(problems: readonly Problem[]): UserError {
  const sorted = [...problems].sort((a, b) => a.regel - b.regel || (a.kolom?.nummer ?? 0) - (b.kolom?.nummer ?? 0));
  const files = new Set(problems.map((p) => p.bestand)).size;
  const summary = `${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}${files > 1 ? ` in ${files} bestanden` : ''} gevonden; er is niets geschreven.`;
  return new UserError('invoer', sorted.map(formatProblem), [summary]);
}

/** The export holds what looks like personal data: refused (exit 3), naming columns and lines, never values. */
export function privacyError(source: string, findings: readonly PrivacyFinding[]): UserError {
  return new UserError('privacy', [`${source} lijkt persoonsgegevens te bevatten; de export moet geanonimiseerd zijn:`], [
    ...findings.map((f) => `  - ${describeFinding(f)}`),
    'Verwijder of anonimiseer deze kolommen. Weet u zeker dat het geen persoonsgegevens zijn, gebruik dan --sta-persoonsgegevens-toe.',
  ]);
}
