#!/usr/bin/env node
// Writes data-samples/dossiers-2018.csv: 56 synthetic, anonymised dossiers shaped like the sample
// of the adviesnota 0–30% LW (Helmond, 2018). Nothing here describes a real person.
//
// Shaped after the adviesnota:
// - 12 / 30 / 14 dossiers per leeftijdsgroep; profile counts 4/0/6/2, 5/6/17/2, 1/5/2/6 (§6.1).
// - stratum_uitkeringsduur (duration at sampling): 5/5/2, 7/5/18, 3/5/6 — the allocation that
//   reproduces table 6.2 (every cell, with the population of the 2018 screening). uitkeringsduur_maanden (duration found in the dossier)
//   follows the BIJLAGE: 5/5/2, 6/9/15, 3/1/10.
// - Characteristics per band follow the BIJLAGE tables (gender, living situation, education,
//   work experience, unemployment, network, day activity, wishes, participation ladder …) and,
//   where the BIJLAGE and chapter 4 differ, the percentages the pilot plan quotes.
// Each column is one list per band, in dossier order, so its counts can be checked against the
// BIJLAGE by eye. `.` marks an unknown cell.
//
// Run: node scripts/make-sample.mjs  (the CSV is committed; rerun only to change the sample)
import { writeFileSync } from 'node:fs';

const COLUMNS = [
  'dossier_id', 'leeftijd', 'geslacht', 'uitkeringssoort', 'uitkeringsduur_maanden', 'stratum_uitkeringsduur',
  'profiel_analist', 'leefsituatie', 'woonsituatie', 'kinderen_onder_18', 'jongste_kind_leeftijd', 'opleiding',
  'diploma', 'werkervaring', 'werkloosheidsduur_maanden', 'wmo_indicatie', 'participatieladder', 'daginvulling',
  'klantwens', 'in_staat_tot', 'investeringsbereid', 'arbeidsperspectief', 'problematiek_hanteerbaar',
  'zelfredzaamheid', 'activering_mogelijk', 'belemmeringen', 'professioneel_netwerk', 'hulp_bereid',
  'hulpbronnen', 'sociaal_netwerk', 'sociaal_isolement', 'nieuwe_instroom', 'gebied',
];

const list = (text) => text.trim().split(/\s+/).map((v) => (v === '.' ? '' : v));
const repeat = (value, n) => Array(n).fill(value);

// The rule inputs (klantwens, in_staat_tot, investeringsbereid, arbeidsperspectief,
// problematiek_hanteerbaar, zelfredzaamheid, activering_mogelijk, hulp_bereid) are written from
// what the BIJLAGE says the dossiers showed, not from the rules: where the note says something
// could not be read from the documents, the cell is unknown, and where the rules and the analyst
// then disagree (the partner who is "samen opgepakt", the 1/3 doubt of 6.1, the 55+ clients for
// whom "een gesprek nodig" is), they disagree.
const BANDS = [
  {
    prefix: 'J', // jongeren < 27 jaar (12). BIJLAGE §2, 4.1 and the 6.1 cases (J01: profiel 1, J08: 3, J11: 4).
    profiel_analist: list('1 1 1 1 3 3 3 3 3 3 4 4'),
    stratum_uitkeringsduur: list('<1 <1 1-5 1-5 <1 <1 <1 1-5 1-5 1-5 >5 >5'),
    uitkeringsduur_maanden: list('7 10 26 44 4 9 11 38 15 50 66 80'),
    leeftijd: list('23 24 25 21 19 20 22 22 26 18 22 26'),
    geslacht: list('man vrouw vrouw man vrouw vrouw vrouw man vrouw vrouw man vrouw'), // 4 / 8
    uitkeringssoort: repeat('participatiewet', 12),
    // "Alleenstaand 10, alleenstaand met kind 1, samenwonend met 2 kinderen 1" (kinderen 8; 1 en 4).
    leefsituatie: list('alleenstaand alleenstaand samenwonend alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand alleenstaand'),
    woonsituatie: list('zelfstandig zelfstandig zelfstandig zelfstandig inwonend_ouders inwonend_ouders inwonend_familie beschermd_wonen begeleid_wonen begeleid_wonen inwonend_ouders inwonend_familie'),
    kinderen_onder_18: list('0 1 2 0 0 0 0 0 0 0 0 0'),
    jongste_kind_leeftijd: list('. 8 1 . . . . . . . . .'),
    // VMBO 1 zonder / 3 met diploma, MBO 2 zonder / 4 met, inburgering 1, onbekend 1.
    opleiding: list('vmbo mbo mbo vmbo mbo vmbo mbo mbo vmbo mbo . buitenland'),
    diploma: list('nee ja ja ja ja ja nee ja ja nee . .'),
    // 4.1: geen 3, onbekend 2, alleen stage 1, de rest 1–3 jaar (pilotnotitie: 50% stage, geen of onbekend).
    werkervaring: list('1_tot_5_jaar 1_tot_5_jaar 1_tot_5_jaar 1_tot_5_jaar stage wsw 1_tot_5_jaar geen stage . geen geen'),
    // 4.1: 4 × 4–6 jaar, 4 × 2–3 jaar, 1 × < 1 jaar, 3 onbekend (66% > 2 jaar).
    werkloosheidsduur_maanden: list('8 30 26 50 . 28 . 60 34 . 70 66'),
    wmo_indicatie: list('ja nee nee nee ja ja ja ja ja ja ja nee'), // 8
    participatieladder: list('2 2 2 2 2 4 2 3 2 2 1 2'), // 1: 1, 2: 9, 3: 1, 4: 1
    // Dagbesteding 5, behandeling/begeleiding 3, herstel 2, onbekend 2.
    daginvulling: list('behandeling herstel . dagbesteding dagbesteding dagbesteding . dagbesteding behandeling behandeling dagbesteding herstel'),
    // Dagbesteding (uitbreiden) 4 (één "via dagbesteding aan het werk"), werk 2, iets betekenen 1,
    // gezond worden 1, onbekend 4 — J03 is the partner who is "samen opgepakt" with J-profile 1.
    klantwens: list('werk werk . dagbesteding|werk dagbesteding dagbesteding . dagbesteding iets_betekenen gezond_worden . .'),
    in_staat_tot: list('. . . dagbesteding dagbesteding dagbesteding dagbesteding dagbesteding . . dagbesteding geen'),
    investeringsbereid: list('ja ja . ja . nee . . . . . .'),
    // "Het realiteitsgehalte van het gewenste perspectief is moeilijk te beoordelen".
    arbeidsperspectief: list('. . . . nee . . nee . . nee .'),
    // Problems still to be made manageable in this band (4.3, contrasted with 55+).
    problematiek_hanteerbaar: list('nee . . . nee nee nee nee nee nee nee .'),
    zelfredzaamheid: list('beperkt voldoende voldoende . beperkt beperkt beperkt onvoldoende beperkt onvoldoende beperkt .'),
    activering_mogelijk: list('ja ja ja ja ja ja ja ja ja . . nee'),
    // Psychiatrisch 4, autisme 4, lichamelijk 4, schulden divers, woonproblematiek 1.
    belemmeringen: list('verslaving|schulden|lichamelijk lichamelijk|schulden psychisch|schulden autisme|psychisch autisme|schulden autisme|psychisch lichamelijk|psychisch autisme|verslaving|psychiatrisch psychiatrisch|woonproblematiek psychiatrisch|schulden verstandelijke_beperking|psychiatrisch|lichamelijk psychisch|schulden'),
    // RAC 3, ORO 1, GGZ 6, BJ 1, MEE 3, bewindvoering 2, SMO 1, coaching 1, ziekenhuis 1; 11 van 12.
    professioneel_netwerk: list('ggz|bewindvoering mee overig ggz|rac rac rac|mee ggz|specialist ggz|mee ggz|smo ggz|bewindvoering|overig bijzonder_jeugdwerk geen'),
    hulp_bereid: list('ja ja ja ja ja . ja ja . . ja nee'),
    hulpbronnen: list('motivatie|hulpverlening motivatie|familie_netwerk werknemersvaardigheden|familie_netwerk motivatie|opleiding dagbesteding|hulpverlening dagbesteding . dagbesteding|familie_netwerk hulpverlening familie_netwerk . .'),
    // Familie 11, vrienden 3, LAT-relatie 1.
    sociaal_netwerk: list('vrienden familie familie familie|vrienden familie familie familie|vrienden familie familie|partner familie familie familie'),
    sociaal_isolement: list('nee nee nee nee nee nee nee nee nee nee ja .'),
    nieuwe_instroom: list('ja ja nee nee ja ja ja nee nee nee nee nee'),
    gebied: list('Oost Centrum Oost Noord West Oost Zuid Centrum Noord West Oost Zuid'),
  },
  {
    prefix: 'M', // 27 tot 55 jaar (30). BIJLAGE §3, 4.2 and the 6.1 cases (M02 and M18: profiel 2).
    profiel_analist: list('1 2 2 3 3 3 3 1 2 3 3 3 1 1 1 2 2 2 3 3 3 3 3 3 3 3 3 3 4 4'),
    stratum_uitkeringsduur: list('<1 <1 <1 <1 <1 <1 <1 1-5 1-5 1-5 1-5 1-5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5 >5'),
    // Four dossiers were found in another duration band than at screening (BIJLAGE: the
    // screening ignored short spells of work or detention): M07 and M19–M21.
    uitkeringsduur_maanden: list('3 9 6 11 5 8 20 24 40 15 55 30 84 70 132 96 150 200 38 26 47 75 110 65 90 180 120 100 240 160'),
    leeftijd: list('29 32 41 28 38 44 31 35 39 27 42 36 45 33 40 47 37 53 30 43 34 39 41 29 38 49 44 31 53 42'), // 11 / 15 / 4
    geslacht: list('man vrouw vrouw man vrouw man vrouw man vrouw man vrouw vrouw man vrouw man vrouw man vrouw man vrouw man man vrouw man vrouw man vrouw man man vrouw'),
    // Participatiewet, voor één een aanvulling op de Wajong.
    uitkeringssoort: [...repeat('participatiewet', 26), 'wajong_aanvulling', ...repeat('participatiewet', 3)],
    // Alleenstaand 13, gescheiden 10, gehuwd/samenwonend 7 (two couples in profile 3, M25/M26).
    leefsituatie: list('alleenstaand alleenstaand gescheiden alleenstaand gescheiden alleenstaand alleenstaand alleenstaand gescheiden alleenstaand gehuwd gescheiden samenwonend gescheiden gescheiden gehuwd gescheiden alleenstaand alleenstaand gescheiden alleenstaand alleenstaand gescheiden alleenstaand samenwonend samenwonend gescheiden alleenstaand gehuwd gehuwd'),
    woonsituatie: list('zelfstandig inwonend_ouders zelfstandig . zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig . zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig . zelfstandig zelfstandig . zelfstandig zelfstandig zelfstandig zelfstandig begeleid_wonen zelfstandig zelfstandig zelfstandig'),
    // 7 with children under 18 (23%): 4 under 10, 3 of 14–17.
    kinderen_onder_18: list('0 0 2 0 1 0 0 0 1 0 3 0 0 0 0 2 1 0 0 0 0 0 0 0 1 0 0 0 0 0'),
    jongste_kind_leeftijd: list('. . 6 . 4 . . . 15 . 8 . . . . 14 16 . . . . . . . 2 . . . . .'),
    // VMBO 6, MBO 8 (5 diploma), HBO 2 (1), VSO 1, basisschool 3, buitenland 1, geen 2, niet vastgelegd 7.
    opleiding: list('mbo hbo_wo vmbo . vmbo basis . mbo mbo . buitenland geen mbo hbo_wo mbo mbo mbo vmbo . vmbo basis . mbo vmbo . vmbo vso basis geen .'),
    diploma: list('ja ja . . . . . ja ja . . . ja nee nee ja nee . . . . . nee . . . . . . .'),
    // Geen 5, 1–5 jaar 7, 5–10 jaar 7, 10–15 jaar 2, 15–20 jaar 2, niet vastgelegd 7 (60% arbeidsverleden).
    werkervaring: list('5_tot_10_jaar 5_tot_10_jaar 1_tot_5_jaar . 1_tot_5_jaar geen . 5_tot_10_jaar 1_tot_5_jaar . 1_tot_5_jaar geen 10_tot_15_jaar 1_tot_5_jaar 5_tot_10_jaar 5_tot_10_jaar 15_tot_20_jaar geen . 5_tot_10_jaar geen . 1_tot_5_jaar 1_tot_5_jaar . 10_tot_15_jaar . geen 15_tot_20_jaar 5_tot_10_jaar'),
    // 1–5 jaar 8, 5–10 jaar 9, > 10 jaar 11, Wajong 1, onduidelijk 1.
    werkloosheidsduur_maanden: list('18 72 30 24 40 66 80 36 50 20 96 70 130 75 140 150 200 240 45 62 100 84 125 130 150 250 . 160 . 180'),
    wmo_indicatie: list('nee nee nee nee ja ja ja nee nee ja ja ja nee nee nee nee nee nee nee ja ja nee nee nee ja ja ja ja nee nee'), // 12
    participatieladder: list('2 4 4 1 3 3 2 2 3 2 2 2 3 3 2 4 4 3 1 2 2 1 2 2 3 2 2 1 1 1'), // 1: 6, 2: 13, 3: 7, 4: 4
    // 9 vrijwilligers (4.2, pilotnotitie 30%), 4 dagbesteding, 3 behandeling, inburgering 1,
    // zwerven op straat 1, hobby/sport 1; the rest not recorded.
    daginvulling: list('. vrijwilligerswerk vrijwilligerswerk . dagbesteding dagbesteding behandeling . vrijwilligerswerk . inburgering . vrijwilligerswerk vrijwilligerswerk . vrijwilligerswerk vrijwilligerswerk vrijwilligerswerk . behandeling . . vrijwilligerswerk hobby_sport dagbesteding dagbesteding behandeling geen . .'),
    // Werk 10 (8 + 2 na omscholing), vrijwilligerswerk 5, gezond worden 5, ADL/wonen/financiën op
    // orde 5, sociaal leven 2, dagbesteding 1, met rust gelaten 2, WIA 1, onbekend or "niet
    // vast te stellen door apathie" (M10) 5. Five who want work are not profile 1: M02 (the 6.1
    // case: paid work "stapsgewijs"), and M04, M19, M22, M23, whom the coach finds unrealistic.
    klantwens: list('werk werk|vrijwilligerswerk vrijwilligerswerk werk gezond_worden gezond_worden|adl_op_orde gezond_worden|adl_op_orde werk vrijwilligerswerk . adl_op_orde|gezond_worden . werk werk werk iets_betekenen vrijwilligerswerk vrijwilligerswerk werk . adl_op_orde werk werk . dagbesteding|iets_betekenen gezond_worden adl_op_orde . met_rust_gelaten met_rust_gelaten|wia_uitkering'),
    in_staat_tot: list('. vrijwilligerswerk . . dagbesteding dagbesteding . . . dagbesteding . dagbesteding . . . vrijwilligerswerk|maatschappelijk_nuttige_taken . maatschappelijk_nuttige_taken . . dagbesteding . . . dagbesteding dagbesteding dagbesteding geen . .'),
    investeringsbereid: list('ja ja . ja . . . ja . . . . ja ja ja . . . ja . . nee . . . . . . . .'),
    // The coach's judgement, where the screening records it (6.1: "De klant overschat zichzelf").
    arbeidsperspectief: list('ja nee nee nee nee nee . . nee . . nee ja nee . nee nee nee nee nee . nee nee . nee nee nee nee nee .'),
    // "De mate waarin de belemmeringen hanteerbaar zijn is uit de documenten niet te halen":
    // known only where a WMO report says so, and for the volunteers.
    problematiek_hanteerbaar: list('. ja ja . nee nee nee . ja nee nee nee . . . . ja . . nee nee . . . nee nee nee nee . .'),
    zelfredzaamheid: list('voldoende voldoende voldoende beperkt beperkt beperkt beperkt . voldoende beperkt beperkt beperkt voldoende voldoende . voldoende voldoende voldoende beperkt beperkt beperkt beperkt . beperkt beperkt beperkt onvoldoende onvoldoende beperkt beperkt'),
    activering_mogelijk: list('ja ja ja . ja ja ja ja ja . ja ja ja ja ja ja ja ja ja ja ja . ja ja ja ja ja ja nee .'),
    // Psychisch én lichamelijk 14, psychisch 11, lichamelijk 3, taal 3, verstandelijke beperking 3,
    // schulden 7, verslaving 4, zorg om een kind 3.
    belemmeringen: list('psychisch|lichamelijk psychisch|lichamelijk psychisch|lichamelijk|schulden|zorg_kind psychisch|verslaving psychisch|schulden psychisch|lichamelijk psychisch|lichamelijk|schulden lichamelijk psychisch|zorg_kind psychisch|lichamelijk psychisch|taal|zorg_kind psychisch|taal|schulden psychisch|lichamelijk psychisch psychisch|lichamelijk psychisch psychisch|verslaving|schulden psychisch|lichamelijk psychisch|lichamelijk psychisch|verslaving|schulden lichamelijk psychisch|lichamelijk psychisch psychisch|verstandelijke_beperking psychisch|lichamelijk psychisch|lichamelijk verstandelijke_beperking psychisch|lichamelijk verslaving|schulden|verstandelijke_beperking taal|lichamelijk'),
    // Huisarts/specialist 9, LEV 3, GGZ/bemoeizorg 10, bewindvoering 7, Leger des Heils 2,
    // Novadic 2, BJ 2, RAC 1, SMO 1, woonbegeleiding 4, thuiszorg 3, ouder-kindcentrum 1,
    // geen 1, onbekend 3: 26 in contact with a professional organisation.
    professioneel_netwerk: list('ggz ggz lev|overig . ggz|woonbegeleiding rac|thuiszorg ggz|bewindvoering huisarts lev huisarts|bewindvoering|ggz bijzonder_jeugdwerk|huisarts smo|bewindvoering|ggz huisarts ggz specialist lev novadic|bewindvoering huisarts|specialist bemoeizorg|leger_des_heils novadic|thuiszorg|bewindvoering . huisarts ggz|bewindvoering bijzonder_jeugdwerk|woonbegeleiding specialist|thuiszorg ggz|woonbegeleiding|bewindvoering leger_des_heils|woonbegeleiding geen . huisarts'),
    hulp_bereid: list('ja ja ja ja ja . ja ja ja . . ja ja ja ja ja . ja ja ja . . ja ja ja ja ja ja nee .'),
    // Motivatie 8, hulpverlening 6, actieve daginvulling 14, werkervaring 5, opleiding 5, familie 8; 20 known.
    hulpbronnen: list('motivatie|werknemersvaardigheden motivatie|vrijwilligerswerk|opleiding|familie_netwerk|werknemersvaardigheden vrijwilligerswerk|familie_netwerk . dagbesteding|hulpverlening dagbesteding|hulpverlening hulpverlening|dagbesteding motivatie|werknemersvaardigheden|opleiding vrijwilligerswerk|familie_netwerk . . hulpverlening motivatie|vrijwilligerswerk|werknemersvaardigheden|opleiding motivatie|vrijwilligerswerk|opleiding motivatie|werknemersvaardigheden vrijwilligerswerk|familie_netwerk vrijwilligerswerk|familie_netwerk vrijwilligerswerk|familie_netwerk . hulpverlening . . vrijwilligerswerk|motivatie motivatie|opleiding dagbesteding|familie_netwerk dagbesteding|familie_netwerk|hulpverlening . . . .'),
    // Familie 13, vrienden 4, vanuit activiteiten 7, vanuit behandeling 1, nauwelijks of geen 6, onbekend 7.
    sociaal_netwerk: list('. familie familie|vrienden geen familie|lotgenoten familie . . familie|vrienden geen familie|geloofsgemeenschap . partner|familie vrienden . partner|familie|vrienden familie|vrienden vrienden|geloofsgemeenschap geen . geen geen familie|buren . partner|familie partner|familie familie geen partner partner|kinderen'),
    sociaal_isolement: list('. nee nee ja nee nee . . nee . nee . nee nee . nee nee nee ja . . ja nee . nee nee nee ja . nee'),
    nieuwe_instroom: list('ja ja ja ja ja ja nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee nee'),
    gebied: list('Oost Centrum West Noord Oost Zuid Centrum Oost West Noord Oost Zuid Centrum West Oost Noord Zuid Oost Centrum West Noord Oost Zuid Centrum Oost West Noord Oost Zuid Centrum'),
  },
  {
    prefix: 'O', // 55 jaar en ouder (14). BIJLAGE §4, 4.3 and the 6.1 case (O11: profiel 3).
    profiel_analist: list('2 4 4 1 2 2 3 4 2 2 3 4 4 4'),
    stratum_uitkeringsduur: list('<1 <1 <1 1-5 1-5 1-5 1-5 1-5 >5 >5 >5 >5 >5 >5'),
    // O05–O08 were drawn as 1–5 years but the dossier shows over 5 (BIJLAGE: 3/1/10).
    uitkeringsduur_maanden: list('6 10 8 40 70 66 90 75 150 120 384 200 130 110'),
    leeftijd: list('57 59 62 56 58 55 57 61 56 59 58 67 64 55'), // 10 under 60, 4 of 60+
    geslacht: list('vrouw man vrouw man man man vrouw vrouw man vrouw man man man vrouw'), // 8 / 6
    uitkeringssoort: list('participatiewet participatiewet ioaw participatiewet participatiewet participatiewet participatiewet ioaw participatiewet participatiewet participatiewet participatiewet participatiewet participatiewet'),
    leefsituatie: list('gescheiden gehuwd verweduwd gehuwd gehuwd alleenstaand gescheiden verweduwd gehuwd gescheiden alleenstaand alleenstaand gehuwd gehuwd'),
    woonsituatie: list('zelfstandig zelfstandig inwonend_kind zelfstandig zelfstandig zelfstandig zelfstandig inwonend_kind zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig zelfstandig'),
    kinderen_onder_18: repeat('0', 14),
    jongste_kind_leeftijd: repeat('', 14),
    opleiding: list('vmbo basis basis vakscholing vmbo . . basis hbo_wo vakscholing havo_vwo basis basis vmbo'),
    diploma: list('. . . ja . . . . ja ja nee . . .'),
    // Geen 2, < 1 jaar 2, 1–5 jaar 4, > 10 jaar 5, in het geboorteland (duur onbekend) 1.
    werkervaring: list('1_tot_5_jaar minder_dan_1_jaar meer_dan_10_jaar meer_dan_10_jaar 1_tot_5_jaar meer_dan_10_jaar . 1_tot_5_jaar meer_dan_10_jaar meer_dan_10_jaar geen minder_dan_1_jaar geen 1_tot_5_jaar'),
    werkloosheidsduur_maanden: list('70 10 90 130 100 80 200 150 140 180 . 300 . 160'),
    wmo_indicatie: list('nee nee nee nee nee nee ja nee nee nee nee nee nee nee'),
    participatieladder: list('3 2 2 3 2 2 3 1 4 4 2 1 1 2'),
    // Vrijwilligerswerk 2 and active in kerk/moskee 2, zorgt voor zijn partner 1, dagbesteding 1,
    // sleutelen aan auto's 1, (veel) thuis zonder activiteiten 7.
    daginvulling: list('vrijwilligerswerk geen geen geen mantelzorg vrijwilligerswerk dagbesteding geen vrijwilligerswerk vrijwilligerswerk hobby_sport geen geen geen'),
    // Wil (en doet) vrijwilligerswerk 5, wil en doet dagbesteding 1, zorgen voor zijn partner 1,
    // wil iets doen maar ziet veel problemen 2, ziet geen perspectief 1, behoud 2, onbekend 2.
    // Nobody here states a work wish: the profile 1 "geldt voor de partner" (O04).
    klantwens: list('vrijwilligerswerk . . vrijwilligerswerk iets_betekenen vrijwilligerswerk dagbesteding iets_betekenen vrijwilligerswerk vrijwilligerswerk iets_betekenen geen_perspectief behoud_situatie behoud_situatie'),
    in_staat_tot: list('vrijwilligerswerk geen geen . . vrijwilligerswerk dagbesteding . vrijwilligerswerk vrijwilligerswerk|maatschappelijk_nuttige_taken . geen . .'),
    investeringsbereid: repeat('', 14),
    arbeidsperspectief: list('nee nee nee . nee nee nee nee nee nee nee nee nee nee'),
    // "lijkt het hier hanteerbaar te zijn".
    problematiek_hanteerbaar: list('ja ja ja ja ja ja . . ja ja . . ja ja'),
    zelfredzaamheid: list('voldoende voldoende beperkt voldoende voldoende voldoende beperkt beperkt voldoende voldoende beperkt . voldoende voldoende'),
    // "Op basis van gesprekken met deze groep afspraken maken over rust of activiteit".
    activering_mogelijk: list('ja nee nee ja ja . ja . ja ja ja nee . .'),
    belemmeringen: list('lichamelijk lichamelijk|psychisch lichamelijk lichamelijk lichamelijk|psychisch lichamelijk psychisch|lichamelijk lichamelijk|psychisch lichamelijk lichamelijk psychisch lichamelijk|psychisch lichamelijk|taal lichamelijk'),
    // Huisarts 2, huisarts + LEV 1, huisarts + specialist 4, huisarts + GGZ/bemoeizorg 3, onbekend 3, geen 1.
    professioneel_netwerk: list('. huisarts huisarts huisarts|specialist huisarts|specialist huisarts|ggz huisarts|ggz . huisarts|specialist huisarts|lev huisarts|bemoeizorg geen . huisarts|specialist'),
    hulp_bereid: list('ja . . ja ja ja ja . . ja ja nee . .'),
    // Motivatie 2, dagbesteding 1, familie 2, vrijwilligerswerk 1; onbekend 9.
    hulpbronnen: list('motivatie . . motivatie . . dagbesteding . familie_netwerk vrijwilligerswerk|familie_netwerk . . . .'),
    // Familie 8, vrienden 3, moskee en kerk 2, dagbesteding en vrijwilligerswerk 2, geïsoleerd 3.
    sociaal_netwerk: list('familie|vrienden partner|familie kinderen|familie partner|familie partner|familie geloofsgemeenschap|vrienden lotgenoten geen partner|familie geloofsgemeenschap|vrienden|lotgenoten familie|buren geen partner partner|familie'),
    // 6 with signs of little contact; "echtpaar + man van 67 … checken op soc isolement" (O12–O14).
    sociaal_isolement: list('nee nee nee nee nee nee nee ja nee nee nee . . .'),
    nieuwe_instroom: list('ja ja ja nee nee nee nee nee nee nee nee nee nee nee'),
    gebied: list('Oost Noord Centrum Oost West Zuid Oost Centrum Noord West Oost Zuid Oost Oost'),
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
