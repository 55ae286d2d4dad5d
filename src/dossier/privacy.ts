// The export must be anonymised. This guard looks for what should never be in it: a BSN,
// names, addresses, dates of birth, contact and bank details — in a cell as a whole, and in the
// free text of a column the contract does not know (a remark). It reports where (column,
// lines), never the values: echoing a BSN into a terminal or a log would be the very leak it
// guards against.

/** Column names that are personal data by themselves (normalised). */
const PERSONAL_COLUMNS: Record<string, string> = {
  bsn: 'BSN', burgerservicenummer: 'BSN', sofinummer: 'BSN', sofi_nummer: 'BSN',
  naam: 'naam', voornaam: 'naam', voornamen: 'naam', achternaam: 'naam', roepnaam: 'naam',
  voorletters: 'naam', tussenvoegsel: 'naam', klantnaam: 'naam', volledige_naam: 'naam',
  clientnaam: 'naam', client_naam: 'naam', cliëntnaam: 'naam', cliënt_naam: 'naam',
  name: 'naam', first_name: 'naam', last_name: 'naam', full_name: 'naam', surname: 'naam',
  adres: 'adres', straat: 'adres', straatnaam: 'adres', huisnummer: 'adres', postcode: 'adres',
  woonadres: 'adres', woonplaats: 'adres', address: 'adres',
  telefoon: 'contactgegeven', telefoonnr: 'contactgegeven', telefoonnummer: 'contactgegeven', tel: 'contactgegeven',
  mobiel: 'contactgegeven', mobiel_nummer: 'contactgegeven', mobielnummer: 'contactgegeven', gsm: 'contactgegeven', phone: 'contactgegeven',
  email: 'contactgegeven', e_mail: 'contactgegeven', emailadres: 'contactgegeven', e_mailadres: 'contactgegeven',
  e_mail_adres: 'contactgegeven', mail: 'contactgegeven', mailadres: 'contactgegeven',
  geboortedatum: 'geboortedatum', geb_datum: 'geboortedatum', geboortedag: 'geboortedatum', date_of_birth: 'geboortedatum',
};

export interface PrivacyFinding {
  kolom: string;
  soort: string;
  /** Lines where a value looked personal (empty for a finding on the column name). */
  regels: number[];
}

/**
 * 9 digits that pass the elfproef (11-test) of the BSN; also 8 digits, because Excel drops the
 * leading zero of a BSN that starts with 0.
 */
export function looksLikeBsn(value: string): boolean {
  let digits = value.trim().replace(/[.\s-]/g, '');
  if (/^\d{8}$/.test(digits)) digits = `0${digits}`;
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$|^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ADDRESS = /^[\p{L}' .-]{2,}(straat|laan|weg|plein|singel|dreef|hof|kade|gracht|dijk|steeg|pad|park)\s+\d+/iu;
const POSTCODE = /^\d{4}\s?[A-Z]{2}$/;

function valueKind(value: string): string | undefined {
  if (looksLikeBsn(value)) return 'BSN';
  const date = DATE.exec(value.trim());
  if (date) {
    const year = Number(date[3] ?? date[4]);
    if (year >= 1900 && year <= 2015) return 'geboortedatum';
  }
  if (ADDRESS.test(value.trim()) || POSTCODE.test(value.trim())) return 'adres';
  return undefined;
}

/**
 * What a cell's value looks like (`BSN`, `geboortedatum`, `adres`, …), or null. A column the
 * export contract does not know (a remark, a note) may hold any text: it is searched throughout
 * (personalKindInText); a known column's cell is judged as a whole.
 */
export function personalKind(cell: string, column?: { name: string; known: boolean }): string | null {
  if (cell.length < 6) return null;
  return valueKind(cell) ?? (column && (!column.known || FREE_TEXT_COLUMNS.has(column.name)) ? personalKindInText(cell) : null);
}

/** Known columns that hold free text. */
const FREE_TEXT_COLUMNS = new Set(['gebied']);

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
/** The patterns of personal data in free text, each with what it is; checks beyond a pattern in `valid`. */
const IN_TEXT: { soort: string; pattern: RegExp; valid?: (match: string) => boolean }[] = [
  // A BSN written with dots or spaces too (1234.56.782): nine digits, then the 11-test.
  { soort: 'BSN', pattern: /(?<![\d.,])(?:\d[.\s]?){8}\d(?![\d.,])/g, valid: (m) => looksLikeBsn(m.replace(/[.\s]/g, '')) },
  // A date after "geb.", "geboren (op)", "geboortedatum": 12-03-1981, 12/3/1981, 12 maart 1981.
  { soort: 'geboortedatum', pattern: new RegExp(`\\b(?:geb(?:\\.|oren)?|geboortedatum|geb\\.?\\s?datum|d\\.?o\\.?b\\.?)\\s*(?:op\\s*|:\\s*)?\\d{1,2}(?:[-/.]\\d{1,2}[-/.]|\\s+(?:${MONTHS})\\.?\\s+)\\d{2,4}`, 'giu') },
  // A Dutch postcode (1234 AB; never starting with 0, never SA, SD or SS).
  { soort: 'adres', pattern: /(?<![\p{L}\d])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/gu },
  // A street with a house number: Kerkstraat 12, Mierloseweg 3a.
  { soort: 'adres', pattern: /\b\p{Lu}[\p{L}'-]*(?:straat|laan|weg|plein|singel|dreef|hof|kade|gracht|dijk|steeg|pad|park)\s+\d{1,4}\s?[a-zA-Z]?\b/gu },
  { soort: 'e-mailadres', pattern: /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu },
  // An IBAN whose check digits hold (mod 97).
  { soort: 'IBAN', pattern: /\b[A-Z]{2}\d{2}\s?(?:[A-Z0-9]{4}\s?){2,7}[A-Z0-9]{1,4}\b/g, valid: ibanHolds },
  // Dutch phone numbers: 06-12345678, +31 6 1234 5678, 0492-123456, 040 123 4567 (ten digits with the 0), not inside a word or an account.
  { soort: 'telefoonnummer', pattern: /(?<![\p{L}\d+])(?:(?:\+|00)31[\s-]?(?:\(0\))?|0)(?:[1-9][\s-]?)(?:\d[\s-]?){7}\d(?!\d)/gu },
  // A title and a capitalised name: dhr. Jansen, mevr. de Vries, de heer Van Dijk, mevrouw El Amrani.
  { soort: 'naam', pattern: /\b(?:[Dd]hr|[Mm]evr|[Mm]w|[Mm]r)\.?\s+(?:(?:de|van|der|den|ter|el|al)\s+)*\p{Lu}\p{Ll}+|\b(?:[Dd]e heer|[Mm]evrouw|[Mm]eneer)\s+(?:(?:de|van|der|den|ter|el|al)\s+)*\p{Lu}\p{Ll}+/gu },
];

/** What free text holds that is personal (the first kind found), or null. */
export function personalKindInText(text: string): string | null {
  for (const { soort, pattern, valid } of IN_TEXT) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (!valid || valid(m[0])) return soort;
  }
  return null;
}

/** ISO 13616: the account moved behind its country and check digits, letters as 10–35, mod 97 is 1. */
function ibanHolds(candidate: string): boolean {
  const compact = candidate.replace(/\s/g, '');
  if (compact.length < 15 || compact.length > 34) return false;
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/**
 * Collects what looked personal: columns by their name, and cells by their value (the table
 * loader asks `personalKind` once per distinct value of a column and reports each cell here).
 */
export class PrivacyGuard {
  /** Keyed by column and kind: one column can hold an address here and a birth date there. */
  private readonly findings = new Map<string, PrivacyFinding>();

  constructor(private readonly headers: readonly string[]) {
    for (const name of headers) {
      const soort = PERSONAL_COLUMNS[name];
      if (soort) this.findings.set(`${name}|${soort}`, { kolom: name, soort, regels: [] });
    }
  }

  /** The cell in `column` (0-based) of `line` looked like `soort`; only a few lines per column are kept. */
  found(line: number, column: number, soort: string): void {
    const kolom = this.headers[column] ?? `kolom ${column + 1}`;
    const key = `${kolom}|${soort}`;
    const finding = this.findings.get(key) ?? { kolom, soort, regels: [] };
    if (finding.regels.length < 5) finding.regels.push(line);
    this.findings.set(key, finding);
  }

  result(): PrivacyFinding[] {
    return [...this.findings.values()];
  }
}

export function describeFinding(f: PrivacyFinding): string {
  const waar = f.regels.length ? `waarden op regel ${f.regels.join(', ')}${f.regels.length >= 5 ? ' …' : ''}` : 'de kolomnaam';
  return `kolom "${f.kolom}": lijkt een ${f.soort} te bevatten (${waar})`;
}
