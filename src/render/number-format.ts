// Dutch number and date text, as Intl's nl-NL formats them, without Intl: creating the first
// nl-NL formatter loads ICU's locale data, some 25 ms of a 56-dossier run's 300 (measured on the
// sample; docs/performance.md). The result is Intl's, character for character — a property test
// compares the two (tests/render/number-format.test.ts): the shortest decimal form of the double,
// rounded half away from zero, a decimal comma, and a full stop between thousands where asked.

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The digits of |x| as the shortest decimal that reads back as x: [integer digits, fraction digits]. */
function decimalDigits(x: number): [string, string] {
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  if (e < 0) {
    const dot = text.indexOf('.');
    return dot < 0 ? [text, ''] : [text.slice(0, dot), text.slice(dot + 1)];
  }
  // 1.5e-7 or 1.5e+21: the mantissa's digits, the point moved by the exponent.
  const exponent = Number(text.slice(e + 1));
  const [whole, fraction = ''] = text.slice(0, e).split('.');
  const digits = whole! + fraction;
  const point = whole!.length + exponent;
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** x with at least `minimum` and at most `maximum` decimals, Dutch style; `grouping`: 1.234.567. */
export function formatNl(x: number, minimum: number, maximum: number, grouping = false): string {
  if (!Number.isFinite(x)) return new Intl.NumberFormat('nl-NL').format(x);
  let [whole, fraction] = decimalDigits(x);
  if (fraction.length > maximum) {
    const roundUp = fraction.charCodeAt(maximum) >= 53; // '5' or more: half away from zero
    fraction = fraction.slice(0, maximum);
    if (roundUp) {
      const next = increment(whole + fraction);
      whole = next.slice(0, next.length - maximum);
      fraction = next.slice(next.length - maximum);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length < minimum) fraction = fraction.padEnd(minimum, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, '.');
  // The sign of x itself: Intl writes -0 for a negative number that rounds to zero.
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  return `${sign}${whole}${fraction ? `,${fraction}` : ''}`;
}

/** 2018-10-08 → "8 oktober 2018" (nl-NL, dateStyle long). */
export function dateNl(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}
