// Page 1 of the report: the message in a few plain Dutch sentences, generated from the figures —
// each estimate with its interval, and where a figure is only indicative, that word and why —
// and one sentence on what a 95% interval means. Every number here is one of the analysis.
import { PROFIELEN, PROFIEL_NAMEN, type Profiel } from '../../dossier/vocabulary.js';
import type { AnalysisFile } from '../../estimate/contract.js';
import type { Recount } from '../../estimate/recount.js';
import { rangeText } from '../../estimate/ranges.js';
import { nl } from '../style.js';

type Extrapolated = AnalysisFile['extrapolatie'][number];
const int = (x: number) => nl.int(Math.round(x));

/** "tussen 171 en 376", or for an exact figure nothing. */
const between = (e: Extrapolated) => (e.methode === 'exact' ? '' : ` (tussen ${int(e.interval95[0])} en ${int(e.interval95[1])})`);
/** "; dit cijfer is indicatief: het berust op 4 dossiers en de standaardfout is 39% van het cijfer". */
const indicative = (e: Extrapolated) => {
  if (!e.indicatief) return '';
  const reasons = e.indicatief_reden!.split('; ').map((r) => r.replace(/^berust op/, 'het berust op').replace(/^relatieve standaardfout (\d+)%$/, 'de standaardfout is $1% van het cijfer'));
  return `; dit cijfer is indicatief: ${reasons.join(' en ')}`;
};

export function kernpunten(a: AnalysisFile, vorige?: Recount): string[] {
  const points: string[] = [];
  const totaal = (p: Profiel | null) => a.extrapolatie.find((e) => e.leeftijdsgroep === 'totaal' && e.profiel === p);
  const all = PROFIELEN.map((p) => totaal(p)).filter((e): e is Extrapolated => e !== undefined);
  if (all.length) {
    // The largest group first: the figure a reader should remember.
    for (const e of [...all].sort((x, y) => y.schatting - x.schatting)) {
      points.push(`Naar schatting ${e.afgerond} van de ${nl.int(a.populatie.totaal)} klanten${between(e)} passen bij profiel ${e.profiel} (${PROFIEL_NAMEN[e.profiel!]})${indicative(e)}.`);
    }
    const onbepaald = totaal(null);
    if (onbepaald && onbepaald.afgerond > 0) points.push(`Bij naar schatting ${onbepaald.afgerond} klanten${between(onbepaald)} is het profiel niet te bepalen zonder gesprek${indicative(onbepaald)}.`);
  } else {
    points.push('Niet elke leeftijdsgroep heeft onderzochte dossiers: er is geen schatting voor alle klanten samen (zie de tabel per leeftijdsgroep).');
  }
  const groups = a.bandbreedte.groepen;
  if (groups.length) {
    const perProfile = PROFIELEN.map((p) => {
      const ranges = groups.map((g) => g.profielen.find((x) => x.profiel === p)).filter((x) => x !== undefined);
      return { p, van: ranges.reduce((t, x) => t + x.van, 0), tot: ranges.reduce((t, x) => t + x.tot, 0) };
    });
    const whole = { van: a.bandbreedte.van, tot: a.bandbreedte.tot };
    points.push(
      `Voor de hele groep van ca. ${rangeText(whole)} klanten komt dat neer op ${perProfile.map((x) => `${rangeText(x)} in profiel ${x.p}`).join(', ').replace(/, ([^,]*)$/, ' en $1')}.`,
    );
  }
  const o = a.overeenstemming;
  // Six at most: with a change to report, the agreement is left to its own section.
  if (o && !vorige) points.push(`De beslisregels gaven bij ${o.gelijk} van de ${o.dossiers} dossiers met een profiel van de professional hetzelfde profiel (${nl.pct0(Math.round(o.percentage))}); de professional beslist.`);
  if (vorige) {
    const flagged = vorige.cellen.filter((c) => c.verschil_groter_dan_onzekerheid && c.profiel !== null);
    points.push(
      flagged.length
        ? `Sinds de vorige telling is de verandering groter dan de onzekerheid bij ${flagged.map((c) => `profiel ${c.profiel} (${c.leeftijdsgroep === 'totaal' ? 'alle leeftijden' : c.leeftijdsgroep})`).join(', ')}.`
        : 'Sinds de vorige telling is geen verandering groter dan de onzekerheid van beide tellingen.',
    );
  }
  return points;
}

/** What "tussen 171 en 376" means, once, without jargon. */
export const INTERVAL_UITLEG =
  'Bij elk cijfer staat een marge: "tussen 171 en 376" betekent dat het werkelijke aantal, gegeven de onderzochte dossiers, met 95% zekerheid tussen die twee getallen ligt. Hoe minder dossiers een cijfer draagt, hoe breder die marge.';

/** What "indicatief" means, once. */
export const INDICATIEF_UITLEG = (minDossiers: number, maxRse: number) =>
  `Een cijfer met * is indicatief: het berust op minder dan ${minDossiers} dossiers, of de standaardfout is meer dan ${maxRse * 100}% van het cijfer zelf. Gebruik het als richting, niet als aantal.`;
