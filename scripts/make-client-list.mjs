#!/usr/bin/env node
// Writes data-samples/klantenlijst-2018.csv: a synthetic, anonymised list of 606 clients with the
// strata of the 2018 screening (adviesnota, BIJLAGE 1: 27/27/2, 67/171/128, 36/66/82 for
// <1 / 1-5 / >5 jaar), the input of `profiel trek`. Ages and durations are spread evenly at
// random within each stratum; nothing here describes a real person.
//
// Run: node scripts/make-client-list.mjs  (the CSV is committed; rerun only to change it)
import { writeFileSync } from 'node:fs';
import mt19937 from '@stdlib/random-base-mt19937';

const STRATA = [
  ['<27', '<1', 27], ['<27', '1-5', 27], ['<27', '>5', 2],
  ['27-55', '<1', 67], ['27-55', '1-5', 171], ['27-55', '>5', 128],
  ['55+', '<1', 36], ['55+', '1-5', 66], ['55+', '>5', 82],
];
const AGES = { '<27': [18, 26], '27-55': [27, 54], '55+': [55, 66] };
// Months: <1 is under 12, 1-5 is 12 up to and including 60, >5 is over 60 (at most 25 years here).
const MONTHS = { '<1': [0, 11], '1-5': [12, 60], '>5': [61, 300] };

const random = mt19937.factory({ seed: 2018 });
const between = ([lo, hi]) => lo + Math.floor(random.normalized() * (hi - lo + 1));
const clients = STRATA.flatMap(([band, duration, n]) => Array.from({ length: n }, () => [between(AGES[band]), between(MONTHS[duration])]));
// Ids in a random order, so the list's order says nothing about the strata.
const numbers = clients.map((_, i) => i + 1);
for (let i = numbers.length - 1; i > 0; i--) {
  const j = Math.floor(random.normalized() * (i + 1));
  [numbers[i], numbers[j]] = [numbers[j], numbers[i]];
}
const rows = clients.map(([age, months], i) => [`K${String(numbers[i]).padStart(4, '0')}`, age, months]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync(new URL('../data-samples/klantenlijst-2018.csv', import.meta.url), ['dossier_id,leeftijd,uitkeringsduur_maanden', ...rows.map((r) => r.join(','))].join('\n') + '\n');
console.log(`geschreven: data-samples/klantenlijst-2018.csv (${rows.length} klanten)`);
