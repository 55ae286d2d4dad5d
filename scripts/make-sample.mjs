#!/usr/bin/env node
// Writes data-samples/dossiers-2018.csv: 56 synthetic, anonymised dossiers shaped like the sample
// of the adviesnota 0–30% LW (Helmond, 2018). Nothing here describes a real person.
//
// Shaped after the adviesnota:
// - 12 / 30 / 14 dossiers per leeftijdsgroep; profile counts 4/0/6/2, 5/6/17/2, 1/5/2/6 (§6.1).
// - stratum_uitkeringsduur (duration at sampling): 5/5/2, 7/5/18, 3/5/6 — the allocation that
//   reproduces table 6.2 (domain.md). uitkeringsduur_maanden (duration found in the dossier)
//   follows the BIJLAGE: 5/5/2, 6/9/15, 3/1/10.
// - Characteristics per band follow the BIJLAGE tables (gender, living situation, education,
//   work experience, unemployment, network, day activity, wishes, participation ladder …).
// Each column is one list per band, in dossier order, so its counts can be checked against the
// BIJLAGE by eye. `.` marks an unknown cell.
//
// Run: node scripts/make-sample.mjs  (the CSV is committed; rerun only to change the sample)
import { writeFileSync } from 'node:fs';

const COLUMNS = [
  'dossier_id', 'leeftijd', 'geslacht', 'uitkeringsduur_maanden', 'stratum_uitkeringsduur', 'profiel_analist',
  'leefsituatie', 'woonsituatie', 'kinderen_onder_18', 'jongste_kind_leeftijd', 'opleiding', 'diploma',
  'werkervaring', 'werkloosheidsduur_maanden', 'wmo_indicatie', 'participatieladder', 'daginvulling',
  'klantwens', 'investeringsbereid', 'arbeidsperspectief', 'problematiek_hanteerbaar', 'zelfredzaamheid',
  'activering_mogelijk', 'belemmeringen', 'professioneel_netwerk', 'hulp_bereid', 'hulpbronnen',
  'sociaal_isolement', 'nieuwe_instroom',
];

const list = (text) => text.trim().split(/\s+/).map((v) => (v === '.' ? '' : v));

const BANDS = [
  {
    prefix: 'J', // jongeren < 27 jaar (12)
    profiel_analist: list('1 1 1 1 3 3 3 3 3 3 4 4'),
    stratum_uitkeringsduur: list('<1 <1 1-5 1-5 <1 <1 <1 1-5 1-5 1-5 >5 >5'),
    uitkeringsduur_maanden: list('7 10 26 44 4 9 11 38 15 50 66 80'),
    leeftijd: list('23 24 25 21 19 20 22 22 26 18 24 26'),
    geslacht: list('man vrouw vrouw man vrouw vrouw vrouw man vrouw vrouw man vrouw'),
    leefsituatie: list('alleenstaand alleenstaand samenwonend alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand'),
    woonsituatie: list('zelfstandig zelfstandig zelfstandig zelfstandig inwonend_ouders inwonend_ouders inwonend_familie begeleid_wonen begeleid_wonen begeleid_wonen inwonend_ouders inwonend_familie'),
    kinderen_onder_18: list('0 1 2 0 0 0 0 0 0 0 0 0'),
    jongste_kind_leeftijd: list('. 8 1 . . . . . . . . .'),
    opleiding: list('vmbo mbo mbo vmbo mbo vmbo mbo mbo vmbo mbo . .'),
    diploma: list('nee ja ja ja ja ja nee ja ja nee . .'),
    werkervaring: list('1_tot_5_jaar 1_tot_5_jaar 1_tot_5_jaar 1_tot_5_jaar 1_tot_5_jaar wsw stage geen geen . geen .'),
    werkloosheidsduur_maanden: list('8 30 26 50 . 28 . 60 34 . 70 66'),
    wmo_indicatie: list('ja nee nee nee ja ja ja ja ja ja ja nee'),
    participatieladder: list('2 2 2 2 3 4 2 2 2 2 1 2'),
    daginvulling: list('behandeling herstel . . dagbesteding dagbesteding dagbesteding dagbesteding dagbesteding behandeling behandeling herstel'),
    klantwens: list('werk werk werk dagbesteding|werk dagbesteding dagbesteding dagbesteding iets_betekenen gezond_worden . . .'),
    investeringsbereid: list('ja ja ja ja . nee . . nee . . .'),
    arbeidsperspectief: list('ja ja ja ja nee nee nee nee . . nee nee'),
    problematiek_hanteerbaar: list('ja . . . nee nee nee nee nee nee . .'),
    zelfredzaamheid: list('voldoende beperkt voldoende . beperkt beperkt beperkt onvoldoende beperkt onvoldoende beperkt .'),
    activering_mogelijk: list('ja ja . ja ja ja ja ja ja . nee nee'),
    belemmeringen: list('verslaving|schulden|lichamelijk lichamelijk|schulden psychisch|schulden lichamelijk|psychisch autisme|psychisch autisme|schulden autisme|psychiatrisch autisme|verslaving|psychiatrisch psychiatrisch|woonproblematiek|schulden psychisch|lichamelijk verstandelijke_beperking|psychiatrisch psychisch|schulden'),
    professioneel_netwerk: list('ggz|bewindvoering mee overig ggz ggz|rac rac|mee rac|overig ggz|mee ggz|smo ggz|bewindvoering|specialist bijzonder_jeugdwerk geen'),
    hulp_bereid: list('ja ja ja ja ja . ja ja . . . nee'),
    hulpbronnen: list('motivatie|hulpverlening motivatie|familie_netwerk werknemersvaardigheden|familie_netwerk motivatie|opleiding dagbesteding|hulpverlening dagbesteding dagbesteding|familie_netwerk hulpverlening familie_netwerk . . .'),
    sociaal_isolement: list('nee nee nee nee nee . nee nee nee . ja .'),
    nieuwe_instroom: list('ja ja nee nee ja nee nee nee nee nee nee nee'),
  },
  {
    prefix: 'M', // 27 tot 55 jaar (30)
    profiel_analist: list('1 2 2 3 3 3 3 1 2 3 3 3 1 1 1 2 2 2 3 3 3 3 3 3 3 3 3 3 4 4'),
    stratum_uitkeringsduur: list('<1 <1 <1 <1 <1 <1 <1 1-5 1-5 1-5 1-5 1-5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5'),
    // Four dossiers were found in another duration band than at screening (BIJLAGE: the
    // screening ignored short spells of work or detention): M07 and M19–M21.
    uitkeringsduur_maanden: list('3 9 6 11 5 8 20 24 40 15 55 30 84 70 132 96 150 200 38 26 47 75 110 65 90 180 120 100 240 160'),
    leeftijd: list('29 32 41 28 38 44 31 35 39 27 42 36 45 33 40 47 37 52 30 43 34 39 41 29 38 49 44 31 53 42'),
    geslacht: list('man vrouw vrouw man vrouw man vrouw man vrouw man vrouw vrouw man vrouw man vrouw man vrouw man vrouw man man vrouw man vrouw man vrouw man man vrouw'),
    leefsituatie: list('alleenstaand alleenstaand gescheiden alleenstaand gescheiden alleenstaand alleenstaand alleenstaand gescheiden alleenstaand gehuwd gescheiden samenwonend alleenstaand gescheiden gehuwd gescheiden gescheiden alleenstaand gescheiden alleenstaand alleenstaand gescheiden alleenstaand samenwonend samenwonend gescheiden alleenstaand gehuwd gehuwd'),
    woonsituatie: list('zelfstandig inwonend_ouders zelfstandig . zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig . zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig . zelfstandig zelfstandig . zelfstandig zelfstandig zelfstandig zelfstandig begeleid_wonen zelfstandig zelfstandig zelfstandig'),
    kinderen_onder_18: list('0 0 2 0 1 0 0 0 1 0 3 0 0 0 0 2 1 0 0 0 0 0 0 0 1 0 0 0 0 0'),
    jongste_kind_leeftijd: list('. . 6 . 4 . . . 15 . 8 . . . . 14 16 . . . . . . . 2 . . . . .'),
    opleiding: list('mbo hbo_wo vmbo . vmbo basis . mbo mbo . havo_vwo geen mbo hbo_wo mbo mbo mbo vmbo . vmbo basis . mbo vmbo . basis vmbo basis geen .'),
    diploma: list('ja ja . . . . . ja ja . . . ja nee nee ja nee . . . . . nee . . . . . . .'),
    werkervaring: list('5_tot_10_jaar 5_tot_10_jaar 1_tot_5_jaar . 1_tot_5_jaar geen . 5_tot_10_jaar 1_tot_5_jaar . 1_tot_5_jaar geen 5_tot_10_jaar 1_tot_5_jaar 5_tot_10_jaar 5_tot_10_jaar meer_dan_10_jaar meer_dan_10_jaar . 5_tot_10_jaar geen . 1_tot_5_jaar 1_tot_5_jaar . meer_dan_10_jaar . geen meer_dan_10_jaar geen'),
    werkloosheidsduur_maanden: list('18 72 30 24 40 66 80 36 50 20 96 70 130 75 140 150 200 240 45 62 100 84 125 130 150 250 180 160 . .'),
    wmo_indicatie: list('nee nee nee nee ja ja ja nee nee ja ja ja nee nee nee nee nee nee nee ja ja nee nee nee ja ja ja ja nee nee'),
    participatieladder: list('2 4 4 1 3 3 2 2 3 2 2 2 3 3 2 4 4 3 1 2 2 1 2 2 3 2 2 1 1 1'),
    daginvulling: list('. vrijwilligerswerk vrijwilligerswerk . dagbesteding dagbesteding behandeling . vrijwilligerswerk . inburgering . vrijwilligerswerk vrijwilligerswerk . vrijwilligerswerk vrijwilligerswerk hobby_sport . behandeling . . vrijwilligerswerk vrijwilligerswerk dagbesteding dagbesteding behandeling geen . .'),
    klantwens: list('werk vrijwilligerswerk|werk vrijwilligerswerk werk gezond_worden . gezond_worden werk vrijwilligerswerk werk . gezond_worden werk werk werk vrijwilligerswerk vrijwilligerswerk iets_betekenen werk gezond_worden . werk . . iets_betekenen dagbesteding gezond_worden . behoud_situatie behoud_situatie'),
    investeringsbereid: list('ja ja . ja . . . ja . . . . ja ja ja . . . ja . . nee . . . . . . . .'),
    arbeidsperspectief: list('ja nee nee nee nee nee nee ja nee nee . nee ja ja ja nee nee nee nee nee . nee . nee nee nee nee nee nee nee'),
    problematiek_hanteerbaar: list('. ja ja nee . . nee . ja nee nee . ja ja ja ja ja ja nee nee nee nee nee nee . nee nee nee . nee'),
    zelfredzaamheid: list('voldoende voldoende voldoende beperkt beperkt beperkt beperkt . voldoende beperkt beperkt beperkt voldoende voldoende . voldoende voldoende voldoende beperkt beperkt beperkt beperkt . beperkt beperkt beperkt onvoldoende onvoldoende beperkt beperkt'),
    activering_mogelijk: list('ja ja ja . ja ja ja ja ja . ja ja ja ja ja ja ja ja ja ja ja . ja ja ja ja ja ja nee nee'),
    belemmeringen: list('psychisch|lichamelijk psychisch psychisch|lichamelijk|schulden|zorg_kind psychisch|verslaving psychisch|lichamelijk psychisch|taal psychisch|lichamelijk|schulden lichamelijk psychisch|lichamelijk psychisch|schulden psychisch|taal|zorg_kind psychisch|lichamelijk|verstandelijke_beperking lichamelijk psychisch psychisch|lichamelijk psychisch|lichamelijk lichamelijk|zorg_kind psychisch|lichamelijk psychisch|verslaving|schulden psychisch|lichamelijk psychisch|verslaving|schulden psychisch psychisch|lichamelijk psychisch|schulden psychisch|verstandelijke_beperking psychisch|lichamelijk psychisch|lichamelijk verslaving|schulden|verstandelijke_beperking psychisch|lichamelijk taal'),
    professioneel_netwerk: list('ggz ggz lev . ggz|woonbegeleiding rac|thuiszorg ggz|bewindvoering huisarts lev|overig huisarts|bewindvoering bijzonder_jeugdwerk|huisarts smo|bewindvoering|ggz huisarts ggz specialist lev huisarts huisarts|bewindvoering bemoeizorg|leger_des_heils ggz|thuiszorg novadic|bewindvoering . huisarts ggz|bewindvoering bijzonder_jeugdwerk|woonbegeleiding specialist|thuiszorg ggz|woonbegeleiding|bewindvoering novadic|leger_des_heils|woonbegeleiding geen .'),
    hulp_bereid: list('ja ja ja ja ja . ja ja ja . . ja ja ja ja ja . ja ja ja . . ja ja ja ja ja ja nee .'),
    hulpbronnen: list('motivatie|werknemersvaardigheden motivatie|vrijwilligerswerk|opleiding|familie_netwerk vrijwilligerswerk|familie_netwerk . dagbesteding|hulpverlening dagbesteding hulpverlening motivatie|werknemersvaardigheden vrijwilligerswerk|familie_netwerk . . . motivatie|vrijwilligerswerk|werknemersvaardigheden|opleiding motivatie|vrijwilligerswerk|opleiding motivatie|werknemersvaardigheden|opleiding vrijwilligerswerk|familie_netwerk vrijwilligerswerk|familie_netwerk werknemersvaardigheden|familie_netwerk . hulpverlening|motivatie . . vrijwilligerswerk vrijwilligerswerk|hulpverlening dagbesteding|familie_netwerk|hulpverlening dagbesteding|familie_netwerk hulpverlening|motivatie|opleiding . . .'),
    sociaal_isolement: list('nee nee nee ja nee . nee nee nee . nee . nee nee nee nee nee nee ja nee . ja nee nee nee nee . ja ja .'),
    nieuwe_instroom: list('ja ja ja nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee'),
  },
  {
    prefix: 'O', // 55 jaar en ouder (14)
    profiel_analist: list('2 4 4 1 2 2 3 4 2 2 3 4 4 4'),
    stratum_uitkeringsduur: list('<1 <1 <1 1-5 1-5 1-5 1-5 1-5 >5 >5 >5 >5 >5 >5'),
    // O05–O08 were drawn as 1–5 years but the dossier shows over 5 (BIJLAGE: 3/1/10).
    uitkeringsduur_maanden: list('6 10 8 40 70 66 90 75 150 120 384 200 130 110'),
    leeftijd: list('57 59 62 56 58 55 57 61 56 59 58 67 64 55'),
    geslacht: list('vrouw man vrouw man vrouw man vrouw vrouw man vrouw man man man vrouw'),
    leefsituatie: list('gescheiden gehuwd weduwe gehuwd gehuwd alleenstaand gescheiden weduwe gehuwd gescheiden alleenstaand alleenstaand gehuwd gehuwd'),
    woonsituatie: list('zelfstandig zelfstandig inwonend_kind zelfstandig zelfstandig zelfstandig zelfstandig inwonend_kind zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig'),
    kinderen_onder_18: list('0 0 0 0 0 0 0 0 0 0 0 0 0 0'),
    jongste_kind_leeftijd: list('. . . . . . . . . . . . . .'),
    opleiding: list('vmbo basis basis vakscholing vmbo . . basis hbo_wo vakscholing havo_vwo basis basis vmbo'),
    diploma: list('. . . ja . . . . ja ja nee . . .'),
    werkervaring: list('1_tot_5_jaar minder_dan_1_jaar meer_dan_10_jaar meer_dan_10_jaar 1_tot_5_jaar meer_dan_10_jaar . 1_tot_5_jaar meer_dan_10_jaar meer_dan_10_jaar geen minder_dan_1_jaar geen 1_tot_5_jaar'),
    werkloosheidsduur_maanden: list('70 10 90 130 100 80 200 150 140 180 . 300 . 160'),
    wmo_indicatie: list('nee nee nee nee nee nee ja nee nee nee nee nee nee nee'),
    participatieladder: list('3 2 2 3 2 2 3 1 4 4 2 1 1 2'),
    daginvulling: list('vrijwilligerswerk geen geen vrijwilligerswerk geen geen dagbesteding geen vrijwilligerswerk vrijwilligerswerk hobby_sport geen geen mantelzorg'),
    klantwens: list('vrijwilligerswerk behoud_situatie . werk vrijwilligerswerk vrijwilligerswerk dagbesteding iets_betekenen vrijwilligerswerk vrijwilligerswerk iets_betekenen geen_perspectief behoud_situatie behoud_situatie'),
    investeringsbereid: list('. . . ja . . . . . . . . . .'),
    arbeidsperspectief: list('nee nee nee ja nee nee nee nee nee nee nee nee nee nee'),
    problematiek_hanteerbaar: list('ja . ja ja ja ja . . ja ja nee . . ja'),
    zelfredzaamheid: list('voldoende beperkt . voldoende voldoende voldoende beperkt beperkt voldoende voldoende beperkt . beperkt voldoende'),
    activering_mogelijk: list('ja nee nee ja ja . ja nee ja ja ja nee nee nee'),
    belemmeringen: list('lichamelijk lichamelijk|psychisch lichamelijk lichamelijk lichamelijk|psychisch lichamelijk psychisch|lichamelijk lichamelijk|psychisch lichamelijk lichamelijk psychisch lichamelijk|psychisch lichamelijk|taal lichamelijk'),
    professioneel_netwerk: list('. huisarts huisarts huisarts|specialist huisarts|specialist huisarts|ggz ggz|huisarts . huisarts|specialist huisarts|lev bemoeizorg|huisarts geen . huisarts|specialist'),
    hulp_bereid: list('ja . . ja ja ja ja . . ja ja nee . .'),
    hulpbronnen: list('motivatie . . . motivatie . dagbesteding . familie_netwerk vrijwilligerswerk|familie_netwerk . . . .'),
    sociaal_isolement: list('nee . nee nee nee nee nee ja nee nee nee ja ja nee'),
    nieuwe_instroom: list('ja ja nee nee nee nee nee nee nee nee nee nee nee nee'),
  },
];

const rows = [];
for (const band of BANDS) {
  const n = band.profiel_analist.length;
  for (const [column, values] of Object.entries(band)) {
    if (column !== 'prefix' && values.length !== n) throw new Error(`${band.prefix}: ${column} has ${values.length} values, expected ${n}`);
  }
  for (let i = 0; i < n; i++) {
    const id = `${band.prefix}${String(i + 1).padStart(2, '0')}`;
    rows.push(COLUMNS.map((c) => (c === 'dossier_id' ? id : band[c][i])));
  }
}
const csv = [COLUMNS, ...rows].map((r) => r.join(',')).join('\n') + '\n';
writeFileSync(new URL('../data-samples/dossiers-2018.csv', import.meta.url), csv);
console.log(`data-samples/dossiers-2018.csv: ${rows.length} dossiers`);
