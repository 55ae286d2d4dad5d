// Synthetic exports for the benchmark and the scale tests: every column of docs/dossierexport.md, values
// drawn (seeded, so the same n gives the same file) from the export's own value lists, with
// anonymised 16-character hex ids, unknown cells and multi-value cells as real exports have them.
// Nothing here describes a real person. Also writes the matching population file: every stratum
// holds at least the sample's dossiers, so the weights are N_h / n_h as in a real screening.
//
//   node bench/generate.mjs 300000 bench/out/dossiers-300k.csv bench/out/populatie-300k.csv
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';

const V = {
  geslacht: ['man', 'vrouw', 'anders'],
  uitkeringssoort: ['participatiewet', 'ioaw', 'ioaz', 'wajong_aanvulling', 'anders'],
  leefsituatie: ['alleenstaand', 'samenwonend', 'gehuwd', 'gescheiden', 'verweduwd'],
  woonsituatie: ['zelfstandig', 'inwonend_ouders', 'inwonend_familie', 'inwonend_kind', 'begeleid_wonen', 'beschermd_wonen', 'dakloos'],
  opleiding: ['geen', 'basis', 'vso', 'praktijkonderwijs', 'vmbo', 'mbo', 'havo_vwo', 'hbo_wo', 'vakscholing', 'buitenland'],
  werkervaring: ['geen', 'stage', 'minder_dan_1_jaar', '1_tot_5_jaar', '5_tot_10_jaar', '10_tot_15_jaar', '15_tot_20_jaar', 'meer_dan_20_jaar'],
  zelfredzaamheid: ['voldoende', 'beperkt', 'onvoldoende'],
  daginvulling: ['vrijwilligerswerk', 'dagbesteding', 'behandeling', 'herstel', 'inburgering', 'mantelzorg', 'hobby_sport', 'geen'],
  klantwens: ['werk', 'vrijwilligerswerk', 'dagbesteding', 'iets_betekenen', 'gezond_worden', 'adl_op_orde', 'met_rust_gelaten', 'behoud_situatie'],
  in_staat_tot: ['vrijwilligerswerk', 'maatschappelijk_nuttige_taken', 'dagbesteding', 'geen'],
  belemmeringen: ['psychisch', 'psychiatrisch', 'lichamelijk', 'verslaving', 'schulden', 'verstandelijke_beperking', 'autisme', 'taal', 'woonproblematiek'],
  professioneel_netwerk: ['huisarts', 'specialist', 'ggz', 'bemoeizorg', 'mee', 'bewindvoering', 'wijkteam', 'geen'],
  hulpbronnen: ['motivatie', 'familie_netwerk', 'hulpverlening', 'dagbesteding', 'vrijwilligerswerk', 'geen'],
  sociaal_netwerk: ['partner', 'familie', 'kinderen', 'vrienden', 'buren', 'geen'],
  gebied: ['Centrum', 'Noord', 'Oost', 'West', 'Stiphout', 'Brandevoort', 'Rijpelberg'],
};

export const COLUMNS = [
  'dossier_id', 'leeftijd', 'geslacht', 'uitkeringssoort', 'uitkeringsduur_maanden', 'uitkeringsduur_jaren',
  'stratum_leeftijdsgroep', 'stratum_uitkeringsduur', 'profiel_analist', 'leefsituatie', 'woonsituatie',
  'kinderen_onder_18', 'jongste_kind_leeftijd', 'opleiding', 'diploma', 'werkervaring', 'werkloosheidsduur_maanden',
  'wmo_indicatie', 'participatieladder', 'daginvulling', 'klantwens', 'in_staat_tot', 'investeringsbereid',
  'arbeidsperspectief', 'problematiek_hanteerbaar', 'zelfredzaamheid', 'activering_mogelijk', 'belemmeringen',
  'professioneel_netwerk', 'hulp_bereid', 'hulpbronnen', 'sociaal_isolement', 'nieuwe_instroom', 'sociaal_netwerk', 'gebied',
];

/** mulberry32: small, seeded, the same stream on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const band = (age) => (age < 27 ? '<27' : age < 55 ? '27-55' : '55+');
const duration = (m) => (m < 12 ? '<1' : m <= 60 ? '1-5' : '>5');
export const STRATA = ['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => `${b},${u}`));

/** Rows as CSV lines, and the sample count per stratum (as drawn). */
export function* rows(n, seed = 2018) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const maybe = (p, value) => (r() < p ? value : '');
  const some = (list, max = 3) => {
    const k = 1 + Math.floor(r() * max);
    const chosen = new Set();
    for (let i = 0; i < k; i++) chosen.add(pick(list));
    return [...chosen].join('|');
  };
  const yesNo = (p = 0.9) => maybe(p, r() < 0.5 ? 'ja' : 'nee');
  for (let i = 0; i < n; i++) {
    const age = 18 + Math.floor(r() * 50);
    const months = Math.floor(r() * r() * 240);
    // Drawn by the duration at sampling; a few moved band since (BIJLAGE: short breaks).
    const stratumDuur = r() < 0.05 ? pick(['<1', '1-5', '>5']) : duration(months);
    const kids = r() < 0.6 ? 0 : 1 + Math.floor(r() * 3);
    const id = (Math.floor(r() * 2 ** 32).toString(16).padStart(8, '0') + i.toString(16).padStart(8, '0'));
    const cells = {
      dossier_id: id,
      leeftijd: String(age),
      geslacht: pick(V.geslacht),
      uitkeringssoort: maybe(0.95, pick(V.uitkeringssoort)),
      uitkeringsduur_maanden: String(months),
      uitkeringsduur_jaren: r() < 0.3 ? (months / 12).toFixed(1) : '',
      stratum_leeftijdsgroep: band(age),
      stratum_uitkeringsduur: stratumDuur,
      profiel_analist: maybe(0.4, String(1 + Math.floor(r() * 4))),
      leefsituatie: maybe(0.95, pick(V.leefsituatie)),
      woonsituatie: maybe(0.95, pick(V.woonsituatie)),
      kinderen_onder_18: String(kids),
      jongste_kind_leeftijd: kids ? String(Math.floor(r() * 18)) : '',
      opleiding: maybe(0.9, pick(V.opleiding)),
      diploma: yesNo(),
      werkervaring: maybe(0.9, pick(V.werkervaring)),
      werkloosheidsduur_maanden: maybe(0.9, String(Math.floor(r() * 180))),
      wmo_indicatie: yesNo(),
      participatieladder: maybe(0.9, String(1 + Math.floor(r() * 4))),
      daginvulling: maybe(0.85, some(V.daginvulling, 2)),
      klantwens: maybe(0.85, some(V.klantwens, 2)),
      in_staat_tot: maybe(0.6, some(V.in_staat_tot, 2)),
      investeringsbereid: yesNo(0.8),
      arbeidsperspectief: yesNo(0.7),
      problematiek_hanteerbaar: yesNo(0.7),
      zelfredzaamheid: maybe(0.9, pick(V.zelfredzaamheid)),
      activering_mogelijk: yesNo(0.8),
      belemmeringen: maybe(0.9, some(V.belemmeringen)),
      professioneel_netwerk: maybe(0.9, some(V.professioneel_netwerk)),
      hulp_bereid: yesNo(0.8),
      hulpbronnen: maybe(0.8, some(V.hulpbronnen, 2)),
      sociaal_isolement: yesNo(),
      nieuwe_instroom: yesNo(),
      sociaal_netwerk: maybe(0.8, some(V.sociaal_netwerk, 2)),
      gebied: pick(V.gebied),
    };
    yield { line: COLUMNS.map((c) => cells[c]).join(','), stratum: `${band(age)},${stratumDuur}` };
  }
}

/** Writes the export and its population file (N_h = 3 × n_h + 7: sampled, never complete). */
export async function generate(n, csvPath, populationPath, seed = 2018) {
  const out = createWriteStream(csvPath);
  const perStratum = new Map(STRATA.map((s) => [s, 0]));
  let buffered = `${COLUMNS.join(',')}\n`;
  for (const { line, stratum } of rows(n, seed)) {
    perStratum.set(stratum, perStratum.get(stratum) + 1);
    buffered += `${line}\n`;
    if (buffered.length > 1 << 20) {
      if (!out.write(buffered)) await once(out, 'drain');
      buffered = '';
    }
  }
  out.end(buffered);
  await once(out, 'finish');
  if (populationPath) {
    const lines = STRATA.map((s) => `${s},${3 * perStratum.get(s) + 7}`);
    const pop = createWriteStream(populationPath);
    pop.end(`leeftijdsgroep,uitkeringsduur,aantal\n${lines.join('\n')}\n`);
    await once(pop, 'finish');
  }
  return perStratum;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [n, csv, population, seed] = process.argv.slice(2);
  if (!n || !csv) {
    console.error('gebruik: node bench/generate.mjs <aantal> <dossiers.csv> [populatie.csv] [zaad]');
    process.exit(2);
  }
  await generate(Number(n), csv, population, seed ? Number(seed) : undefined);
}
