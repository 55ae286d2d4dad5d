// The free-text scanner of the privacy guard: what it must find in a remark, and the ordinary
// text of a dossier it must leave alone. Each case: the text, and what it holds (null: nothing).
import { describe, expect, it } from 'vitest';
import { personalKind, personalKindInText } from '../../src/dossier/privacy.js';

const FOUND: [string, string][] = [
  ['BSN 111222333', 'BSN'],
  ['bsn: 1112.22.333 opgevraagd', 'BSN'],
  ['nummer 111 222 333 klopt niet', 'BSN'],
  ['Jan de Vries, Kerkstraat 12, geb. 12-03-1981', 'geboortedatum'],
  ['Jan de Vries, Kerkstraat 12', 'adres'],
  ['geboren op 3 maart 1979 in Eindhoven', 'geboortedatum'],
  ['Geboortedatum: 12/03/1981', 'geboortedatum'],
  ['woont op 5701 AB, 2e verdieping', 'adres'],
  ['verhuisd naar Mierloseweg 3a', 'adres'],
  ['mail naar j.devries@example.nl', 'e-mailadres'],
  ['bereikbaar op 06-12345678', 'telefoonnummer'],
  ['tel +31 6 1234 5678 (na 17u)', 'telefoonnummer'],
  ['vaste lijn 0492 123456', 'telefoonnummer'],
  ['rekening NL91ABNA0417164300 voor huur', 'IBAN'],
  ['rekening NL91 ABNA 0417 1643 00', 'IBAN'],
  ['gesprek met dhr. Jansen over werk', 'naam'],
  ['Mevrouw de Vries wil vrijwilligerswerk', 'naam'],
  ['volgens de heer El Amrani gaat het beter', 'naam'],
];

const ORDINARY: string[] = [
  '12 jaar werkervaring in de bouw',
  'sinds 2015 in de bijstand',
  'wil graag vrijwilligerswerk doen, 2 dagen per week',
  'schulden: 12.500 euro bij 3 schuldeisers',
  'gestart met traject op 01-04-2019',
  'mevrouw wil liever geen contact',
  'dossier HLM-2018-000123 overgedragen',
  'rekening NL00ABNA0417164300 is geen geldig nummer',
  'nummer 111222334 klopt de elfproef niet',
  'afspraak om 10:30 in de Kerkstraat',
  'participatieladder 3 → 4 in 2020',
  'WMO-indicatie tot 2024, daarna herindicatie',
  'inkomen 1.234,56 per maand',
  'Oost',
];

describe('personal data in free text', () => {
  it.each(FOUND)('finds it in %j: %s', (text, kind) => {
    expect(personalKindInText(text)).toBe(kind);
    // In a column the contract does not know, the whole guard finds it too.
    expect(personalKind(text, { name: 'opmerking_intern', known: false })).toBe(kind);
  });

  it.each(ORDINARY)('leaves ordinary text alone: %j', (text) => {
    expect(personalKindInText(text)).toBeNull();
  });

  it('searches free text only where the contract does not say what a column holds', () => {
    expect(personalKind('bereikbaar op 06-12345678', { name: 'opmerking', known: false })).toBe('telefoonnummer');
    expect(personalKind('bereikbaar op 06-12345678', { name: 'klantwens', known: true })).toBeNull();
  });
});
