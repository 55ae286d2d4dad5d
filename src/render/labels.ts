// Names people read for the ids of the JSON: characteristics and their values, as the BIJLAGE
// writes them. Unknown ids fall back to the id with spaces for underscores.

export const KENMERK_NAMEN: Record<string, string> = {
  geslacht: 'Geslacht',
  leeftijd: 'Leeftijd',
  uitkeringssoort: 'Soort uitkering',
  leefsituatie: 'Leefsituatie',
  woonsituatie: 'Woonsituatie',
  kinderen_onder_18: 'Kinderen onder 18',
  jongste_kind_onder_10: 'Jongste kind onder 10',
  opleiding: 'Opleiding',
  diploma: 'Diploma',
  werkervaring: 'Werkervaring',
  werkloosheidsduur: 'Werkloosheidsduur',
  wmo_indicatie: 'WMO-indicatie',
  participatieladder: 'Participatieladder',
  daginvulling: 'Huidige daginvulling',
  klantwens: 'Perspectief vanuit de klant',
  belemmeringen: 'Belemmeringen',
  professionele_organisatie: 'Contact met een professionele organisatie',
  professioneel_netwerk: 'Professioneel netwerk',
  hulpbronnen: 'Hulpbronnen',
  sociaal_netwerk: 'Sociaal netwerk',
  sociaal_isolement: 'Sociaal isolement',
  nieuwe_instroom: 'Nieuwe instroom',
};

const WAARDE_NAMEN: Record<string, string> = {
  // As a person writes them: words, slashes, and organisations by their own names.
  hobby_sport: 'hobby/sport',
  inwonend_ouders: 'inwonend bij ouders',
  inwonend_familie: 'inwonend bij familie',
  inwonend_kind: 'inwonend bij een kind',
  zorg_kind: 'zorg voor een kind',
  adl_op_orde: 'ADL op orde',
  iets_betekenen: 'iets betekenen',
  met_rust_gelaten: 'met rust gelaten worden',
  behoud_situatie: 'behoud van de situatie',
  geen_perspectief: 'geen perspectief',
  gezond_worden: 'gezond worden',
  maatschappelijk_nuttige_taken: 'maatschappelijk nuttige taken',
  verstandelijke_beperking: 'verstandelijke beperking',
  minder_dan_1_jaar: 'minder dan 1 jaar',
  meer_dan_10_jaar: 'meer dan 10 jaar',
  meer_dan_20_jaar: 'meer dan 20 jaar',
  novadic: 'Novadic',
  leger_des_heils: 'Leger des Heils',
  bijzonder_jeugdwerk: 'Bijzonder Jeugdwerk',
  bemoeizorg: 'bemoeizorg',
  werknemersvaardigheden: 'werknemersvaardigheden',
  begeleid_wonen: 'begeleid wonen',
  beschermd_wonen: 'beschermd wonen',
  havo_vwo: 'havo/vwo',
  hbo_wo: 'hbo/wo',
  wia_uitkering: 'WIA-uitkering',
  wajong_aanvulling: 'aanvulling op de Wajong',
  ggz: 'GGZ',
  mee: 'MEE',
  lev: 'LEV-groep',
  smo: 'SMO',
  rac: 'RAC',
  wsw: 'WSW',
  ioaw: 'IOAW',
  ioaz: 'IOAZ',
  familie_netwerk: 'familie en sociaal netwerk',
  '16_tot_27': 'jonger dan 27',
  '27_tot_36': '27–35',
  '36_tot_46': '36–45',
  '46_tot_55': '46–54',
  '55_tot_60': '55–59',
  '60_of_ouder': '60 of ouder',
  '10_jaar_of_meer': '10 jaar of meer',
};

const LADDER: Record<string, string> = {
  '1': '1 geïsoleerd',
  '2': '2 sociale contacten buitenshuis',
  '3': '3 deelname aan georganiseerde activiteiten',
  '4': '4 onbetaald werk',
  '5': '5 betaald werk met ondersteuning',
  '6': '6 betaald werk',
};

export const kenmerkNaam = (kenmerk: string) => KENMERK_NAMEN[kenmerk] ?? kenmerk.replace(/_/g, ' ');

export function waardeNaam(kenmerk: string, waarde: string | null): string {
  if (waarde === null) return 'onbekend';
  if (kenmerk === 'participatieladder') return LADDER[waarde] ?? waarde;
  return WAARDE_NAMEN[waarde] ?? waarde.replace(/^(\d+)_tot_(\d+)_jaar$/, '$1–$2 jaar').replace(/_/g, ' ');
}
