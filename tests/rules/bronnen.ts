// The passages of the source documents that rule descriptions may quote: the "kenmerken klant"
// of the ch. 6 table per profile, the remarks of 6.1, and the few lines of the BIJLAGE, of
// recommendation 9 and of the pilot plan (seed 001) that the default table cites. Kept here so
// the quotation test runs without the seeds; the text is as printed, line breaks removed.

/** Hoofdstuk 6, column "kenmerken klant", per profile. */
export const HOOFDSTUK_6: Record<1 | 2 | 3 | 4, string> = {
  1: 'Beperkte opleiding/werkervaring; en/of Meervoudige, ernstige problematiek; Arbeidswens en investeringsbereid; Heeft hulp van andere instanties op andere leefbaarheidsterreinen of is bereid daarvan (indien nodig) gebruik te maken.',
  2: 'Werken aan arbeid re-integratie momenteel niet haalbaar; Problematiek beperkt of hanteerbaar, vormt geen belemmering voor vrijwilligerswerk; In staat tot vrijwilligerswerk, maatschappelijke nuttige taken.',
  3: 'Geen arbeidsmarktperspectief; Beperkte zelfredzaamheid; In staat tot dagbesteding als mogelijke participatie.',
  4: 'Persoonlijke en/of maatschappelijke situatie belemmert iedere vorm van activering (draaglast/ draagkracht); Niet beïnvloedbare beperkingen die activering in de weg staan; Er is geen sprake van sociaal isolement; Er is wel sprake van sociaal isolement.',
};

/** 6.1, the remarks beside the counts per band. */
export const PARAGRAAF_6_1 = [
  'Er is sprake van een klant die “niet meteen iets wil/ kan in activiteiten”;',
  'Altijd contact om te onderzoeken welke vragen de klant wel heeft, maar ook om perspectief op langere termijn te bespreken en te onderzoeken of er sprake is van sociaal isolement.',
  'Soms ligt bijv. 1 en 3 dicht bij elkaar, de klant wil bijv. werk, de participatiecoach vindt dat niet realistisch. De klant overschat zichzelf, vindt de participatiecoach. Belangrijk is om als start aan te sluiten bij de klant.',
].join(' ');

export const BIJLAGE = [
  'De indeling geeft een indicatie maar is niet maatgevend omdat het niet eenduidig wordt vastgelegd.',
  'Het is bij een aantal lastig te bepalen, daarvoor is een gesprek nodig. Twijfel vooral tussen 4 met contact en 3 of zelfs 2 omdat er geen behandelaar in beeld is.',
  'Weinig professionele krachten behoudens huisartsen in beeld;',
].join(' ');

export const AANBEVELING_9 = [
  'Klanten met jonge kinderen (doorbreken van generatie armoede);',
  'Klanten die in een sociaal isolement zitten;',
  'Klanten die al bekend zijn en ondersteuning krijgen vanuit het sociaal domein;',
].join(' ');

/** Seed 001, "Aantallen" and "Pilot (fase 2)". */
export const PILOTNOTITIE = [
  '15% heeft kinderen <10 jaar',
  'Nieuwe instroom - er vanuit gaande dat de kans bij deze groep groter is om hen in beweging te krijgen dan diegenen die reeds langere periode in de bijstand verkeren.',
  'Jongeren <27 jaar – deze doelgroep heeft nog een hele toekomst voor zich',
  'Personen met kinderen <18 jaar – Gelet op de multi-problematiek',
  'Niet ‘actieven’ – klanten die momenteel niet in een traject zitten, maar die wel in staat zijn en de wens hebben te participeren of de nodige zorg dienen te ontvangen.',
].join(' ');

/** Case and runs of white space do not matter when finding a quotation. */
export const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The “…” quotations in a description. */
export const quotations = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
