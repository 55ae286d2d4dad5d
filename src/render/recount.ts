// Renderers for `profiel recount`: the comparison as Dutch tables, or as JSON (version 1).
import { LEEFTIJDSGROEP_KORT, type Leeftijdsgroep, type Profiel } from '../dossier/vocabulary.js';
import type { Recount } from '../estimate/recount.js';
import { jsonText } from './json.js';
import { count, nl, out, table } from './style.js';

export function renderRecount(r: Recount, format: 'table' | 'json'): string {
  if (format === 'json') return jsonText(r);
  const kort = (d: Leeftijdsgroep | 'totaal') => (d === 'totaal' ? 'Totaal' : LEEFTIJDSGROEP_KORT[d]);
  const profiel = (p: Profiel | null) => (p === null ? 'onbepaald' : String(p));
  const change = (was: number | null, now: number | null) => {
    if (was === null && now === null) return '–';
    if (was === null) return `nieuw: ${nl.int(now!)}`;
    if (now === null) return `${nl.int(was)} → –`;
    const d = now - was;
    return d === 0 ? `${nl.int(now)} (gelijk)` : `${nl.int(was)} → ${nl.int(now)} (${d > 0 ? '+' : '−'}${nl.int(Math.abs(d))})`;
  };
  const date = (d: string | null) => (d ? `, peildatum ${d}` : '');
  const parts = [
    `${out.bold('Hertelling')}: ${r.huidige.bestand} (${count(r.huidige.dossiers, 'dossier', 'dossiers')}${date(r.huidige.peildatum)})`,
    `tegenover ${r.vorige.bestand}: de telling van ${r.vorige.invoer} (${count(r.vorige.dossiers, 'dossier', 'dossiers')}${date(r.vorige.peildatum)})`,
  ];
  if (r.meldingen.length) parts.push('', ...r.meldingen.map((m) => `- ${m}`));

  parts.push('', out.bold('Per leeftijdsgroep en klantprofiel'));
  let previous = '';
  parts.push(
    table(
      ['Leeftijdsgroep', 'Klantprofiel', 'Dossiers', 'Inschatting', '95%-interval nu', 'Buiten vorig interval'],
      r.cellen.map((c) => {
        const band = kort(c.leeftijdsgroep) === previous ? '' : (previous = kort(c.leeftijdsgroep));
        return [
          band,
          profiel(c.profiel),
          change(c.aantal_vorig, c.aantal),
          change(c.afgerond_vorig, c.afgerond),
          c.interval95 ? `${nl.int(Math.round(c.interval95[0]))}–${nl.int(Math.round(c.interval95[1]))}` : '–',
          c.buiten_vorig_interval === null ? '–' : c.buiten_vorig_interval ? out.bold('ja') : 'nee',
        ];
      }),
      16,
      { text: [1, 5] },
    ),
  );
  parts.push('Buiten vorig interval: de schatting van nu ligt buiten het 95%-interval van vorige keer. Een reden om te kijken, geen toets: beide tellingen hebben hun eigen onzekerheid.');

  if (r.dossiers_vergeleken) {
    const list = (title: string, head: string[], rows: string[][]) =>
      parts.push('', out.bold(`${title} (${rows.length})`), ...(rows.length ? [table(head, rows, 12, { text: head.map((_, i) => i) })] : ['geen']));
    list('Nieuw', ['Dossier', 'Profiel'], r.nieuw.map((d) => [d.dossier_id, profiel(d.profiel)]));
    list('Vervallen', ['Dossier', 'Profiel vorige keer'], r.vervallen.map((d) => [d.dossier_id, profiel(d.profiel)]));
    list(
      'Gewijzigd profiel',
      ['Dossier', 'Van', 'Naar', 'Door'],
      r.gewijzigd.map((d) => [d.dossier_id, profiel(d.van), profiel(d.naar), d.door === 'analist' ? 'de analist' : `de beslisregels (${d.regel_van ?? 'geen'} → ${d.regel_naar ?? 'geen'})`]),
    );
  }
  if (r.waarschuwingen.length) parts.push('', out.yellow.bold('Waarschuwingen bij deze telling'), ...r.waarschuwingen.map((w) => `- ${w}`));
  return `${parts.join('\n')}\n`;
}
