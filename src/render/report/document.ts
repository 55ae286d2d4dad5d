// The raad report as a document, built once from an analysis so that Markdown, HTML, PDF and
// Excel show the same figures: the message first (kernpunten, table 6.2 with intervals, the whole
// group, the professional, the change and the trend when asked), everything else in numbered
// appendices. Public by default: no line per dossier; the working copy (werkversie) adds the
// dossiers where rules and analyst differ and says on every page that it is not public.
import type { AnalysisFile } from '../../estimate/contract.js';
import type { Recount } from '../../estimate/recount.js';
import type { Trend } from '../../estimate/trend.js';
import type { RuleTable } from '../../rules/schema.js';
import { count, nl } from '../style.js';
import { kenmerkenBijlage, nauwkeurigheidBijlage, sampleGrid, steekproefBijlage, steekproefopzetBijlage, verantwoordingBijlage, waarschuwingenBijlage } from './bijlagen.js';
import { bandbreedteSection, kernpuntenSection, professionalSection, profielenSection } from './hoofdstukken.js';
import type { ReportDocument } from './model.js';
import type { Differences } from '../../estimate/agreement.js';
import { SmallCounts } from './small-counts.js';
import { recountSection } from './verandering.js';
import { trendSection } from './verloop.js';

export interface DocumentOptions {
  /** Sample counts from 1 up to this are shown as `<N`, with what protects them (report/suppression); 0 is off. */
  minCel: number;
  /** The working copy, given the dossiers where rules and analyst differ: it lists them, marked "niet openbaar". */
  werkversie?: Differences;
  /** The comparison with the previous count (report --vorige). */
  vorige?: Recount;
  /** The trend over earlier counts and this one (report --verloop). */
  verloop?: Trend;
  /** The date in the files' properties (cli/report: the peildatum, else SOURCE_DATE_EPOCH, else today). */
  datum: string;
}

export function buildDocument(a: AnalysisFile, rules: RuleTable, options: DocumentOptions): ReportDocument {
  const counts = new SmallCounts(options.minCel);
  const grid = sampleGrid(a, counts);
  const secties = [
    kernpuntenSection(a, options.vorige),
    profielenSection(a),
    bandbreedteSection(a),
    professionalSection(a, counts, options.werkversie),
    ...(options.vorige ? [recountSection(options.vorige, 'Verandering sinds de vorige telling')] : []),
    ...(options.verloop ? [trendSection(options.verloop, 'Verloop over de tellingen')] : []),
  ];
  const bijlagen = [steekproefopzetBijlage(a, counts), kenmerkenBijlage(a, counts), steekproefBijlage(a, rules, counts, grid), nauwkeurigheidBijlage(a, counts, grid)];
  // Last: it says how many counts the others hid.
  bijlagen.push(verantwoordingBijlage(a, counts), waarschuwingenBijlage(a));
  return {
    titel: 'Klantprofielen doelgroep < 30% arbeidsvermogen',
    ondertitel: `Rapport voor de raad, ${a.peildatum ? `peildatum ${nl.datum(a.peildatum)}` : 'zonder peildatum (geef --peildatum)'} — ${count(a.invoer.dossiers, 'onderzocht dossier', 'onderzochte dossiers')}, ${nl.int(a.populatie.totaal)} klanten`,
    werkversie: options.werkversie !== undefined,
    datum: options.datum,
    secties: secties.map((s, i) => ({ ...s, titel: `${i + 1}. ${s.titel}` })),
    bijlagen: bijlagen.map((s, i) => ({ ...s, titel: `Bijlage ${i + 1}. ${s.titel}` })),
  };
}
