// Words of the domain: bands, profiles and the value lists of the export (docs/dossierexport.md).

export const LEEFTIJDSGROEPEN = ['<27', '27-55', '55+'] as const;
export type Leeftijdsgroep = (typeof LEEFTIJDSGROEPEN)[number];

export const UITKERINGSDUREN = ['<1', '1-5', '>5'] as const;
export type Uitkeringsduur = (typeof UITKERINGSDUREN)[number];

export const PROFIELEN = [1, 2, 3, 4] as const;
export type Profiel = (typeof PROFIELEN)[number];

/** The adviesnota's labels (§6.1), used wherever a person reads a profile. */
export const PROFIEL_NAMEN: Record<Profiel, string> = {
  1: 'Arbeidsactivering',
  2: 'Maatschappelijke Activering',
  3: 'Maatschappelijke Activering & Behandeling op andere Leefbaarheidsterreinen',
  4: 'Inkomensondersteuning met Zorg & Ondersteuning',
};
export const ONBEPAALD_NAAM = 'Onbepaald (gesprek nodig)';

export const LEEFTIJDSGROEP_NAMEN: Record<Leeftijdsgroep, string> = {
  '<27': 'Jongeren < 27 jaar',
  '27-55': '27–55 jaar',
  '55+': 'Vanaf 55 jaar',
};

/** Short, for narrow table columns: "< 27", "27–55", "55+". */
export const LEEFTIJDSGROEP_KORT: Record<Leeftijdsgroep, string> = { '<27': '< 27', '27-55': '27–55', '55+': '55+' };

export const UITKERINGSDUUR_NAMEN: Record<Uitkeringsduur, string> = {
  '<1': '< 1 jaar',
  '1-5': '1–5 jaar',
  '>5': '> 5 jaar',
};

/** Age band: under 27, 27 up to 55 (27–54), 55 and over. */
export function leeftijdsgroepVan(leeftijd: number): Leeftijdsgroep {
  return leeftijd < 27 ? '<27' : leeftijd < 55 ? '27-55' : '55+';
}

/** Duration band: under 12 months, 12 up to and including 60, over 60. */
export function uitkeringsduurVan(maanden: number): Uitkeringsduur {
  return maanden < 12 ? '<1' : maanden <= 60 ? '1-5' : '>5';
}

export const WAARDEN = {
  geslacht: ['man', 'vrouw', 'anders'],
  leefsituatie: ['alleenstaand', 'samenwonend', 'gehuwd', 'gescheiden', 'verweduwd'],
  woonsituatie: [
    'zelfstandig', 'inwonend_ouders', 'inwonend_familie', 'inwonend_kind',
    'begeleid_wonen', 'beschermd_wonen', 'dakloos',
  ],
  opleiding: [
    'geen', 'basis', 'vso', 'praktijkonderwijs', 'vmbo', 'mbo', 'havo_vwo', 'hbo_wo', 'vakscholing', 'buitenland',
  ],
  werkervaring: [
    'geen', 'stage', 'minder_dan_1_jaar', '1_tot_5_jaar', '5_tot_10_jaar', '10_tot_15_jaar', '15_tot_20_jaar',
    'meer_dan_20_jaar', 'meer_dan_10_jaar', 'wsw',
  ],
  zelfredzaamheid: ['voldoende', 'beperkt', 'onvoldoende'],
  daginvulling: [
    'vrijwilligerswerk', 'dagbesteding', 'behandeling', 'herstel', 'inburgering', 'mantelzorg',
    'hobby_sport', 'geen',
  ],
  klantwens: [
    'werk', 'vrijwilligerswerk', 'dagbesteding', 'iets_betekenen', 'gezond_worden', 'adl_op_orde',
    'met_rust_gelaten', 'wia_uitkering', 'behoud_situatie', 'geen_perspectief',
  ],
  in_staat_tot: ['vrijwilligerswerk', 'maatschappelijk_nuttige_taken', 'dagbesteding', 'geen'],
  belemmeringen: [
    'psychisch', 'psychiatrisch', 'lichamelijk', 'verslaving', 'schulden',
    'verstandelijke_beperking', 'autisme', 'taal', 'woonproblematiek', 'justitie', 'zorg_kind',
  ],
  professioneel_netwerk: [
    'huisarts', 'specialist', 'ggz', 'bemoeizorg', 'mee', 'bewindvoering', 'lev', 'smo', 'rac',
    'novadic', 'leger_des_heils', 'bijzonder_jeugdwerk', 'woonbegeleiding', 'thuiszorg',
    'wijkteam', 'overig', 'geen',
  ],
  hulpbronnen: [
    'motivatie', 'familie_netwerk', 'hulpverlening', 'dagbesteding', 'vrijwilligerswerk',
    'opleiding', 'werknemersvaardigheden', 'geen',
  ],
  uitkeringssoort: ['participatiewet', 'ioaw', 'ioaz', 'wajong_aanvulling', 'anders'],
  sociaal_netwerk: ['partner', 'familie', 'kinderen', 'vrienden', 'buren', 'geloofsgemeenschap', 'lotgenoten', 'geen'],
} as const;

/** Other words an export may use for a value (normalised form → the value). */
export const SYNONIEMEN: Partial<Record<keyof typeof WAARDEN, Record<string, string>>> = {
  leefsituatie: { weduwe: 'verweduwd', weduwnaar: 'verweduwd' },
};

/** Names a profile may be given by instead of its number (normalised form). */
export const PROFIEL_WOORDEN: Record<string, Profiel> = {
  arbeidsactivering: 1,
  maatschappelijke_activering: 2,
  maatschappelijke_activering_en_behandeling: 3,
  maatschappelijke_activering_en_behandeling_op_andere_leefbaarheidsterreinen: 3,
  inkomensondersteuning: 4,
  inkomensondersteuning_met_zorg: 4,
  inkomensondersteuning_met_zorg_en_ondersteuning: 4,
  inkomensondersteuning_zorg_en_hulpverlening: 4,
};
