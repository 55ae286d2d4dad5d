// The export must be anonymised. This guard looks for what should never be in it: a BSN,
// names, addresses, dates of birth. It reports where (column, lines), never the values:
// echoing a BSN into a terminal or a log would be the very leak it guards against.

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

/** What a cell's value looks like (`BSN`, `geboortedatum`, `adres`), or null. */
export function personalKind(cell: string): string | null {
  return cell.length < 6 ? null : (valueKind(cell) ?? null);
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
