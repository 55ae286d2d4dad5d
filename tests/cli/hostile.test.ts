// Bad input of every kind, as exports and people produce it: each case gives the files, the
// command, the exit code and a fragment of the Dutch message; and every time an existing output
// file must be untouched (nothing half-written, nothing lost) and no stack trace shown.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDAARD_REGELS } from '../../src/rules/load.js';
import { SAMPLE } from '../helpers.js';
import { run } from './run.js';

const HEADER = 'dossier_id,leeftijd,uitkeringsduur_maanden';
const GOOD = `${HEADER}\nA,30,12\nB,40,24\n`;
const csv = (...lines: string[]) => `${[HEADER, ...lines].join('\n')}\n`;
const POPULATION = ['<27', '27-55', '55+'].flatMap((b) => ['<1', '1-5', '>5'].map((u) => `${b},${u},100`));
const population = (...lines: string[]) => `leeftijdsgroep,uitkeringsduur,aantal\n${lines.join('\n')}\n`;
// A real count of the sample with its dossiers: each forged --vorige below changes one thing of it.
const COUNT = JSON.parse((await run(['classify', SAMPLE, '--format', 'json', '--dossiers', '--peildatum', '2026-11-01'])).stdout) as Record<string, any>;
const forged = (change: (c: Record<string, any>) => void) => {
  const c = structuredClone(COUNT);
  change(c);
  return JSON.stringify(c);
};
const recount = ['recount', SAMPLE, '--vorige', '@v.json'];
const nested = (depth: number) => {
  let c = '{"veld":"wmo_indicatie","is":"ja"}';
  for (let i = 0; i < depth; i++) c = `{"niet":${c}}`;
  return `{"naam":"x","regels":[{"id":"A","profiel":1,"als":${c}}]}`;
};

type Files = Record<string, string | Buffer | 'map' | { link: string }>;
interface Case {
  naam: string;
  bestanden: Files;
  /** `@name` is the path of a file of this case; `uit.json` exists with old content. */
  args: string[];
  code: number;
  melding: string;
  /** What must not be shown (personal data is named by column and line, never echoed). */
  verborgen?: string;
}

const cases: Case[] = [
  // The dossier export (exit 1): every problem with line and column, nothing written.
  { naam: 'leeftijd that is no number', bestanden: { 'd.csv': csv('A,dertig,12') }, args: ['classify', '@d.csv'], code: 1, melding: 'regel 2, kolom B (leeftijd): ongeldige waarde (waarde "dertig")' },
  { naam: 'leeftijd out of range', bestanden: { 'd.csv': csv('A,12,12') }, args: ['classify', '@d.csv'], code: 1, melding: 'een geheel getal, 16 t/m 120' },
  { naam: 'no dossier_id column', bestanden: { 'd.csv': 'leeftijd,uitkeringsduur_maanden\n30,12\n' }, args: ['classify', '@d.csv'], code: 1, melding: 'verplichte kolom "dossier_id" ontbreekt' },
  { naam: 'no duration column', bestanden: { 'd.csv': 'dossier_id,leeftijd\nA,30\n' }, args: ['classify', '@d.csv'], code: 1, melding: 'verplichte kolom "uitkeringsduur_maanden" ontbreekt' },
  { naam: 'a dossier_id twice', bestanden: { 'd.csv': csv('A,30,12', 'A,40,24') }, args: ['classify', '@d.csv'], code: 1, melding: 'dossier_id komt al voor op regel 2' },
  { naam: 'a column twice', bestanden: { 'd.csv': `${HEADER},leeftijd\nA,30,12,30\n` }, args: ['classify', '@d.csv'], code: 1, melding: 'kolom "leeftijd" komt twee keer voor' },
  { naam: 'a misspelt value, with a suggestion', bestanden: { 'd.csv': `${HEADER},klantwens\nA,30,12,wrek\n` }, args: ['classify', '@d.csv'], code: 1, melding: 'bedoelt u "werk"?' },
  { naam: 'ja/nee that is neither', bestanden: { 'd.csv': `${HEADER},hulp_bereid\nA,30,12,misschien\n` }, args: ['classify', '@d.csv'], code: 1, melding: 'ja of nee' },
  { naam: 'profile 5', bestanden: { 'd.csv': `${HEADER},profiel_analist\nA,30,12,5\n` }, args: ['classify', '@d.csv'], code: 1, melding: 'een klantprofiel: 1, 2, 3 of 4' },
  { naam: 'a line with a field too many', bestanden: { 'd.csv': csv('A,30,12,9') }, args: ['classify', '@d.csv'], code: 1, melding: 'de regel heeft 4 velden, de kopregel 3' },
  { naam: 'a truncated last line without line end', bestanden: { 'd.csv': `${HEADER}\nA,30,12\nB,40` }, args: ['classify', '@d.csv'], code: 1, melding: 'regel 3: de regel heeft 2 velden, de kopregel 3' },
  { naam: 'an unclosed quote, at the line where it opens', bestanden: { 'd.csv': csv('A,30,12', 'B,40,"24', 'C,50,36') }, args: ['classify', '@d.csv'], code: 1, melding: 'regel 3: een veld dat met " begint wordt nergens afgesloten' },
  { naam: 'a stray quote inside a field', bestanden: { 'd.csv': csv('A "x",30,12') }, args: ['classify', '@d.csv'], code: 1, melding: 'een " midden in een veld' },
  { naam: 'a NUL byte', bestanden: { 'd.csv': csv('A\u0000,30,12') }, args: ['classify', '@d.csv'], code: 1, melding: 'bevat een stuurteken' },
  { naam: 'an ANSI escape sequence, shown harmless', bestanden: { 'd.csv': csv('\u001b[31mA,30,12') }, args: ['classify', '@d.csv'], code: 1, melding: '(waarde "\\u001b[31mA")' },
  { naam: 'UTF-8, later Windows-1252', bestanden: { 'd.csv': Buffer.concat([Buffer.from(`${HEADER}\nAé,30,12\n`), Buffer.from([0x42, 0xe9, 0x2c, 0x34, 0x30, 0x2c, 0x32, 0x34, 0x0a])]) }, args: ['classify', '@d.csv'], code: 1, melding: 'regel 3: ongeldige UTF-8' },
  { naam: 'Windows-1252, later UTF-8', bestanden: { 'd.csv': Buffer.concat([Buffer.from(`${HEADER}\nA`), Buffer.from([0xe9]), Buffer.from(',30,12\nBé,40,24\n')]) }, args: ['classify', '@d.csv'], code: 1, melding: 'regel 3: UTF-8-tekens in een bestand dat eerder Windows-1252 was' },
  { naam: 'a BOM, then Windows-1252', bestanden: { 'd.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\nA`), Buffer.from([0xe9]), Buffer.from(',30,12\n')]) }, args: ['classify', '@d.csv'], code: 1, melding: 'regel 2: ongeldige UTF-8' },
  { naam: 'UTF-32', bestanden: { 'd.csv': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(GOOD, 'utf16le')]) }, args: ['classify', '@d.csv'], code: 1, melding: 'sla het bestand op als CSV UTF-8' },
  { naam: 'an empty file', bestanden: { 'd.csv': '' }, args: ['classify', '@d.csv'], code: 1, melding: 'het bestand is leeg' },
  { naam: 'a header and no dossiers', bestanden: { 'd.csv': `${HEADER}\n` }, args: ['classify', '@d.csv'], code: 1, melding: 'geen dossiers (alleen een kopregel)' },
  { naam: 'a 400-digit duration', bestanden: { 'd.csv': csv(`A,30,${'9'.repeat(400)}`) }, args: ['classify', '@d.csv'], code: 1, melding: '(400 tekens)' },
  { naam: 'months and years that disagree', bestanden: { 'd.csv': `${HEADER},uitkeringsduur_jaren\nA,30,24,5\n` }, args: ['classify', '@d.csv'], code: 1, melding: 'dezelfde duur als uitkeringsduur_maanden' },
  { naam: 'a sampling stratum that does not exist', bestanden: { 'd.csv': `${HEADER},stratum_uitkeringsduur\nA,30,12,<2\n` }, args: ['classify', '@d.csv'], code: 1, melding: 'één van: <1, 1-5, >5' },
  { naam: 'a youngest child of 18', bestanden: { 'd.csv': `${HEADER},jongste_kind_leeftijd\nA,30,12,18\n` }, args: ['classify', '@d.csv'], code: 1, melding: 'een geheel getal, 0 t/m 17' },
  { naam: 'a header of over 1 MB without line end', bestanden: { 'd.csv': 'a'.repeat(1_100_000) }, args: ['classify', '@d.csv'], code: 1, melding: 'de kopregel is langer dan 1 MB' },
  { naam: 'a 2 MB value, never echoed whole', bestanden: { 'd.csv': csv(`A,${'x'.repeat(2_000_000)},12`) }, args: ['classify', '@d.csv'], code: 1, melding: 'de regel is langer dan 1 MB' },
  { naam: 'a 10 kB bad value, cut to 80 characters', bestanden: { 'd.csv': csv(`A,${'7'.repeat(10_000)},12`) }, args: ['classify', '@d.csv'], code: 1, melding: '… (10000 tekens)' },
  // The population file (exit 1).
  { naam: 'a population line with an extra field', bestanden: { 'd.csv': GOOD, 'p.csv': population(...POPULATION.slice(0, 4), '27-55,1-5,5,171', ...POPULATION.slice(5)) }, args: ['classify', '@d.csv', '--populatie', '@p.csv'], code: 1, melding: 'p.csv, regel 6: de regel heeft 4 velden, de kopregel 3' },
  { naam: 'a population without all nine strata', bestanden: { 'd.csv': GOOD, 'p.csv': population(...POPULATION.slice(1)) }, args: ['classify', '@d.csv', '--populatie', '@p.csv'], code: 1, melding: 'stratum <27 × <1 ontbreekt' },
  { naam: 'a population count of 400 digits', bestanden: { 'd.csv': GOOD, 'p.csv': population(`<27,<1,${'9'.repeat(400)}`, ...POPULATION.slice(1)) }, args: ['classify', '@d.csv', '--populatie', '@p.csv'], code: 1, melding: 'een geheel getal, 0 of meer' },
  { naam: 'a stratum twice in the population', bestanden: { 'd.csv': GOOD, 'p.csv': population(...POPULATION, POPULATION[0]!) }, args: ['classify', '@d.csv', '--populatie', '@p.csv'], code: 1, melding: 'staat er twee keer in' },
  { naam: 'more dossiers than clients in a stratum', bestanden: { 'd.csv': GOOD, 'p.csv': population(...POPULATION.map((l) => l.replace(/,100$/, ',0'))) }, args: ['classify', '@d.csv', '--populatie', '@p.csv'], code: 1, melding: 'dossiers in de steekproef maar 0 klanten in de populatie' },
  // Personal data (exit 3): refused, the value never shown.
  { naam: 'a BSN', bestanden: { 'd.csv': csv('123456782,30,12') }, args: ['classify', '@d.csv'], code: 3, melding: 'lijkt een BSN te bevatten (waarden op regel 2)' },
  { naam: 'a BSN without its leading zero', bestanden: { 'd.csv': csv('12345672,30,12') }, args: ['classify', '@d.csv'], code: 3, melding: 'lijkt een BSN te bevatten' },
  { naam: 'a woonplaats column', bestanden: { 'd.csv': `${HEADER},Woonplaats\nA,30,12,Helmond\n` }, args: ['classify', '@d.csv'], code: 3, melding: 'kolom "woonplaats"' },
  { naam: 'an e-mail column', bestanden: { 'd.csv': `${HEADER},E-mail adres\nA,30,12,x\n` }, args: ['classify', '@d.csv'], code: 3, melding: 'contactgegeven' },
  { naam: 'a telefoonnr column', bestanden: { 'd.csv': `${HEADER},telefoonnr\nA,30,12,x\n` }, args: ['classify', '@d.csv'], code: 3, melding: 'kolom "telefoonnr"' },
  // Wrong usage (exit 2): Dutch, never a stack trace.
  { naam: 'an input that is not there', bestanden: {}, args: ['classify', '@weg.csv'], code: 2, melding: 'bestand niet gevonden' },
  { naam: 'an input that is a folder', bestanden: { map: 'map' }, args: ['classify', '@map'], code: 2, melding: 'dit is een map, geen bestand' },
  { naam: 'an input under a file (ENOTDIR)', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv/x.csv'], code: 2, melding: 'een deel van het pad is geen map' },
  { naam: 'a name that is too long', bestanden: {}, args: ['classify', `@${'n'.repeat(300)}.csv`], code: 2, melding: 'de naam is te lang' },
  { naam: 'a symlink loop', bestanden: { 'a.csv': { link: 'b.csv' }, 'b.csv': { link: 'a.csv' } }, args: ['classify', '@a.csv'], code: 2, melding: 'in een kring' },
  { naam: 'a --populatie that is not there', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--populatie', '@weg.csv'], code: 2, melding: 'bestand niet gevonden' },
  { naam: 'a rule file with a JSON syntax error', bestanden: { 'd.csv': GOOD, 'r.json': '{"naam": "x",\n "regels": [,]}' }, args: ['classify', '@d.csv', '--regels', '@r.json'], code: 2, melding: 'geen geldige JSON op regel 2, kolom 13' },
  { naam: 'a rule file nested 10 000 deep', bestanden: { 'd.csv': GOOD, 'r.json': nested(10_000) }, args: ['classify', '@d.csv', '--regels', '@r.json'], code: 2, melding: 'dieper genest dan 64 niveaus' },
  { naam: 'a rule on __proto__', bestanden: { 'd.csv': GOOD, 'r.json': '{"naam":"x","regels":[{"id":"A","profiel":1,"als":{"veld":"__proto__","is":"ja"}}]}' }, args: ['classify', '@d.csv', '--regels', '@r.json'], code: 2, melding: 'veld "__proto__" bestaat niet' },
  { naam: 'a rule on toString', bestanden: { 'd.csv': GOOD, 'r.json': '{"naam":"x","regels":[{"id":"A","profiel":1,"als":{"veld":"toString","is":"ja"}}]}' }, args: ['classify', '@d.csv', '--regels', '@r.json'], code: 2, melding: 'veld "toString" bestaat niet' },
  { naam: 'a rule file that is /dev/zero', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--regels', '/dev/zero'], code: 2, melding: 'groter dan 1 MB' },
  { naam: 'a rule file that is not there', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--regels', '@weg.json'], code: 2, melding: 'bestand niet gevonden' },
  { naam: 'an empty --aandeel-afronding', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--aandeel-afronding', ''], code: 2, melding: '--aandeel-afronding verwacht een percentage' },
  { naam: '--aandeel-afronding 0x10', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--aandeel-afronding', '0x10'], code: 2, melding: 'niet "0x10"' },
  { naam: 'a --totaal of 400 digits', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--totaal', `1-${'9'.repeat(400)}`], code: 2, melding: '--totaal verwacht van-tot' },
  { naam: '--format xml', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--format', 'xml'], code: 2, melding: '--format moet één van table, csv, json zijn' },
  { naam: 'an unknown option', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--snel'], code: 2, melding: 'onbekende optie --snel' },
  { naam: 'a peildatum that does not exist', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--peildatum', '2026-02-30'], code: 2, melding: '--peildatum verwacht een datum' },
  { naam: 'an --uitvoer that is a folder', bestanden: { 'd.csv': GOOD, map: 'map' }, args: ['classify', '@d.csv', '--uitvoer', '@map'], code: 2, melding: 'dit is een map' },
  { naam: 'a report format it cannot tell', bestanden: { 'd.csv': GOOD }, args: ['report', '@d.csv', '--uitvoer', '@rapport.docx'], code: 2, melding: 'kan de vorm niet afleiden' },
  { naam: 'a --vorige that is no count', bestanden: { 'd.csv': GOOD, 'v.json': JSON.stringify(STANDAARD_REGELS) }, args: ['recount', '@d.csv', '--vorige', '@v.json'], code: 1, melding: 'er staat geen "versie" in' },
  // Drawing, planning and selecting: the same reader, guard and messages.
  // A previous count that lies (exit 1, naming the key): consistent in shape, impossible in content.
  { naam: 'a previous count with a dossier twice', bestanden: { 'v.json': forged((c) => (c.dossiers[1].dossier_id = c.dossiers[0].dossier_id)) }, args: recount, code: 1, melding: 'staat er meer dan eens in' },
  { naam: 'a previous count with a negative total', bestanden: { 'v.json': forged((c) => (c.populatie.totaal = -606)) }, args: recount, code: 1, melding: 'populatie.totaal: te klein: verwacht een getal van 0 of meer' },
  { naam: 'a previous count with a total of 605.5', bestanden: { 'v.json': forged((c) => (c.populatie.totaal = 605.5)) }, args: recount, code: 1, melding: 'populatie.totaal: verwacht' },
  { naam: 'a previous count whose strata do not add up', bestanden: { 'v.json': forged((c) => (c.populatie.strata[0].aantal += 10)) }, args: recount, code: 1, melding: 'populatie.totaal: is 606, maar de strata tellen samen 616' },
  { naam: 'a previous interval upside down', bestanden: { 'v.json': forged((c) => (c.extrapolatie[0].interval95 = [40, 6])) }, args: recount, code: 1, melding: 'extrapolatie[0].interval95: de ondergrens (40) ligt boven de bovengrens (6)' },
  { naam: 'a previous interval beyond the band', bestanden: { 'v.json': forged((c) => (c.extrapolatie[0].interval95 = [6, 4000])) }, args: recount, code: 1, melding: 'valt buiten 0 tot' },
  { naam: 'a previous estimate above the band', bestanden: { 'v.json': forged((c) => (c.extrapolatie[0].schatting = 5000)) }, args: recount, code: 1, melding: 'extrapolatie[0].schatting: 5000 klanten, meer dan' },
  { naam: 'a previous count whose list is shorter than it says', bestanden: { 'v.json': forged((c) => c.dossiers.pop()) }, args: recount, code: 1, melding: 'invoer.dossiers zegt 56' },
  { naam: 'a previous sample that does not add up', bestanden: { 'v.json': forged((c) => (c.invoer.dossiers = 57)) }, args: recount, code: 1, melding: 'steekproef: telt samen 56 dossiers, maar invoer.dossiers zegt 57' },
  { naam: 'a previous peildatum of 31 February', bestanden: { 'v.json': forged((c) => (c.peildatum = '2026-02-31')) }, args: recount, code: 1, melding: 'peildatum: geen bestaande datum' },
  { naam: 'a previous count with a 20-digit integer', bestanden: { 'v.json': forged((c) => (c.invoer.dossiers = 1e20)) }, args: recount, code: 1, melding: 'invoer.dossiers: te groot' },
  { naam: 'a previous count without its sha256', bestanden: { 'v.json': forged((c) => delete c.invoer.sha256) }, args: recount, code: 1, melding: 'invoer.sha256: ontbreekt (verwacht tekst)' },
  { naam: 'a previous count with a total in words', bestanden: { 'v.json': forged((c) => (c.populatie.totaal = 'zeshonderd')) }, args: recount, code: 1, melding: 'populatie.totaal: verwacht een getal' },
  { naam: 'a rule file without a name, with an unknown key', bestanden: { 'd.csv': GOOD, 'r.json': '{"regels":[{"id":"A","profiel":1,"als":{"veld":"wmo_indicatie","is":"ja"}}],"extra":1}' }, args: ['classify', '@d.csv', '--regels', '@r.json'], code: 2, melding: 'naam: ontbreekt (verwacht tekst)' },
  { naam: 'a rule file with a definition id in capitals', bestanden: { 'd.csv': GOOD, 'r.json': '{"naam":"x","begrippen":[{"id":"Groot","als":{"veld":"wmo_indicatie","is":"ja"}}],"regels":[{"id":"A","profiel":1,"als":{"begrip":"Groot"}}]}' }, args: ['classify', '@d.csv', '--regels', '@r.json'], code: 2, melding: 'begrippen[0].id: alleen kleine letters, cijfers en _' },
  { naam: 'a previous versie "1"', bestanden: { 'v.json': forged((c) => (c.versie = '1')) }, args: recount, code: 1, melding: 'versie "1" is geen getal' },
  { naam: 'a draw record as previous count', bestanden: { 'v.json': JSON.stringify({ versie: 1, soort: 'trekking' }) }, args: recount, code: 1, melding: 'dit is de verantwoording van een trekking (profiel trek)' },
  { naam: 'a plan as previous count', bestanden: { 'v.json': JSON.stringify({ versie: 1, soort: 'plan' }) }, args: recount, code: 1, melding: 'dit is een steekproefplan (profiel plan)' },
  { naam: 'a recount as previous count', bestanden: { 'v.json': JSON.stringify({ versie: 2, vergeleken_als: 'dossiers' }) }, args: recount, code: 1, melding: 'dit is een hertelling (profiel recount)' },
  // A client list whose stratum columns put clients in another stratum than their age and duration.
  { naam: 'a client list whose stratum columns disagree', bestanden: { 'l.csv': `${HEADER},stratum_leeftijdsgroep,stratum_uitkeringsduur\nA,30,12,55+,>5\nB,40,24,27-55,1-5\n` }, args: ['trek', '@l.csv', '--aantal', '1', '--minimum', '0'], code: 1, melding: 'regel 2, kolom D (stratum_leeftijdsgroep): het stratum zegt 55+, maar de leeftijd (30) hoort bij 27-55' },
  { naam: 'a client list of only a header (the data, not the command)', bestanden: { 'l.csv': `${HEADER}\n` }, args: ['trek', '@l.csv', '--aantal', '1'], code: 1, melding: 'geen klanten (alleen een kopregel)' },
  { naam: 'trek --verantwoording onto the client list, named as such', bestanden: { 'l.csv': GOOD }, args: ['trek', '@l.csv', '--aantal', '1', '--minimum', '0', '--uitvoer', '@s.csv', '--verantwoording', '@l.csv'], code: 2, melding: 'fout: --verantwoording /' },
  { naam: 'plan --marge 1e6, asked to write it out', bestanden: {}, args: ['plan', '--marge', '1e6'], code: 2, melding: '--marge verwacht het aantal klanten voluit geschreven' },
  { naam: 'plan --marge 0', bestanden: {}, args: ['plan', '--marge', '0'], code: 2, melding: 'groter dan 0' },
  { naam: 'report --min-cel -1', bestanden: { 'd.csv': GOOD }, args: ['report', '@d.csv', '--min-cel', '-1', '--uitvoer', '@uit.md'], code: 2, melding: '--min-cel verwacht een geheel getal van 0 of meer' },
  { naam: 'an output on a full disk (the machine, exit 4)', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--uitvoer', '/dev/full'], code: 4, melding: 'de schijf is vol' },
  { naam: 'an --uitvoer whose folder is missing (the command, exit 2)', bestanden: { 'd.csv': GOOD }, args: ['classify', '@d.csv', '--uitvoer', '@weg/uit.json'], code: 2, melding: 'de map bestaat niet' },
  { naam: 'a client list with a BSN', bestanden: { 'l.csv': csv('123456782,30,12') }, args: ['trek', '@l.csv', '--aantal', '1', '--minimum', '0'], code: 3, melding: 'lijkt een BSN te bevatten' },
  { naam: 'a client list with a bad age', bestanden: { 'l.csv': csv('A,dertig,12') }, args: ['trek', '@l.csv', '--aantal', '1'], code: 1, melding: 'regel 2, kolom B (leeftijd)' },
  { naam: 'an --uitsluiten that is not there', bestanden: { 'l.csv': GOOD }, args: ['trek', '@l.csv', '--aantal', '1', '--minimum', '0', '--uitsluiten', '@weg.csv'], code: 2, melding: 'bestand niet gevonden' },
  { naam: 'an --uitsluiten without dossier_id', bestanden: { 'l.csv': GOOD, 'x.csv': 'nummer\n1\n' }, args: ['trek', '@l.csv', '--aantal', '1', '--minimum', '0', '--uitsluiten', '@x.csv'], code: 1, melding: 'verplichte kolom "dossier_id" ontbreekt' },
  { naam: 'a damaged --vorige for Neyman', bestanden: { 'l.csv': GOOD, 'v.json': '{"versie": 1,' }, args: ['trek', '@l.csv', '--aantal', '1', '--minimum', '0', '--toewijzing', 'neyman', '--vorige', '@v.json'], code: 1, melding: 'niet te gebruiken' },
  { naam: 'trek --aantal 0', bestanden: { 'l.csv': GOOD }, args: ['trek', '@l.csv', '--aantal', '0'], code: 2, melding: '--aantal verwacht een geheel getal van 1 of meer' },
  { naam: 'trek --toewijzing willekeurig', bestanden: { 'l.csv': GOOD }, args: ['trek', '@l.csv', '--aantal', '1', '--toewijzing', 'willekeurig'], code: 2, melding: '--toewijzing moet één van proportioneel, gelijk, neyman zijn' },
  { naam: 'plan --marge abc', bestanden: {}, args: ['plan', '--marge', 'abc'], code: 2, melding: '--marge verwacht een aantal klanten' },
  { naam: 'plan --aantal 56,x', bestanden: {}, args: ['plan', '--aantal', '56,x'], code: 2, melding: '--aantal verwacht een geheel getal' },
  { naam: 'plan --per-leeftijdsgroep 12/30', bestanden: {}, args: ['plan', '--per-leeftijdsgroep', '12/30'], code: 2, melding: 'drie aantallen dossiers' },
  { naam: 'plan with a damaged population', bestanden: { 'p.csv': population(...POPULATION.slice(1)) }, args: ['plan', '--aantal', '56', '--populatie', '@p.csv'], code: 1, melding: 'stratum <27 × <1 ontbreekt' },
  { naam: 'selecteer over a population of zeros: no places to divide, never NaN', bestanden: { 'd.csv': GOOD, 'p.csv': population(...POPULATION.map((l) => l.replace(/,100$/, ',0'))) }, args: ['selecteer', '@d.csv', '--aantal', '10', '--populatie', '@p.csv'], code: 1, melding: 'de plaatsen zijn niet over de leeftijdsgroepen te verdelen' },
  { naam: 'a name and address in free text of an unknown column', bestanden: { 'd.csv': `${HEADER},opmerking_intern\nA,30,12,"Jan de Vries, Kerkstraat 12, geb. 12-03-1981"\n` }, args: ['classify', '@d.csv'], code: 3, melding: 'kolom "opmerking_intern"', verborgen: 'Kerkstraat' },
  { naam: 'a BSN in free text', bestanden: { 'd.csv': `${HEADER},notitie\nA,30,12,BSN 111222333\n` }, args: ['classify', '@d.csv'], code: 3, melding: 'kolom "notitie"', verborgen: '111222333' },
  { naam: 'selecteer --gebied without a gebied column', bestanden: { 'd.csv': GOOD }, args: ['selecteer', '@d.csv', '--aantal', '1', '--gebied', 'Oost'], code: 2, melding: 'heeft geen kolom gebied' },
  { naam: 'selecteer --zaad -1', bestanden: { 'd.csv': GOOD }, args: ['selecteer', '@d.csv', '--aantal', '1', '--zaad', '-1'], code: 2, melding: '--zaad verwacht een geheel getal van 1 tot en met 4294967295, niet "-1"' },
];

describe('bad input', () => {
  it('has at least 40 kinds', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases.map((c) => [c.naam, c] as const))('%s', async (_naam, c) => {
    const dir = mkdtempSync(join(tmpdir(), 'profiel-vijandig-'));
    const path = (name: string) => join(dir, name);
    for (const [name, content] of Object.entries(c.bestanden)) {
      if (content === 'map') mkdirSync(path(name));
      else if (typeof content === 'object' && 'link' in content) symlinkSync(path(content.link), path(name));
      else writeFileSync(path(name), content);
    }
    writeFileSync(path('uit.json'), 'OUD');
    const args = c.args.map((a) => (a.startsWith('@') ? path(a.slice(1)) : a));
    const withOutput = args.includes('--uitvoer') ? args : [...args, '--uitvoer', path('uit.json')];
    const r = await run(withOutput);
    expect(r.code, r.stderr).toBe(c.code);
    expect(r.stderr).toContain(c.melding);
    if (c.verborgen) expect(r.stderr).not.toContain(c.verborgen);
    expect(r.stderr).toMatch(/^(fout|geweigerd|let op):/m);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(r.stderr.length).toBeLessThan(5000); // a huge value is never echoed
    expect(readFileSync(path('uit.json'), 'utf8')).toBe('OUD');
    for (const [name, content] of Object.entries(c.bestanden)) {
      if (typeof content === 'string' && content !== 'map') expect(readFileSync(path(name), 'utf8')).toBe(content);
    }
  });
});
