/**
 * Numeric rules shared by extraction, matching and judging. Each is written once here so that
 * the value index, the verdict and the likely-error explanation can never disagree.
 */

/** Significant digits kept when a value is scaled or converted: removes float noise (6727999.999…). */
export const SIGNIFICANT_DIGITS = 12;

/** `value` without float noise from scaling ("6.728 million" is 6728000, not 6727999.999). */
export function roundSignificant(value: number): number {
  return Number.parseFloat(value.toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * How far a scale slip may be from an exact power of ten of the official value: "470 million"
 * for 470.3 billion is the same digits at the wrong scale, but "480 million" is not.
 */
export const SCALE_SLIP_TOLERANCE = 0.01;

/**
 * The power of ten by which `quoted` is a scale slip of `official` (3 for 470,000 vs 470),
 * or 0 when it is not one.
 */
export function scaleSlipPower(quoted: number, official: number): number {
  const ratio = quoted / official;
  const power = Math.round(Math.log10(ratio));
  return power !== 0 && Math.abs(ratio / 10 ** power - 1) <= SCALE_SLIP_TOLERANCE ? power : 0;
}

/**
 * A number written plainly, without ambiguity: digits with an optional sign, thousands grouped
 * in threes by one group separator, and an optional fraction after the decimal separator.
 * `3,5` (a decimal comma, or a digit missing?), `1,2,3` and `,,,5` are not numbers here: a
 * figure read wrongly is worse than a figure refused. Returns undefined for anything else.
 * @param decimalSeparator `.` (default; `,` groups thousands) or `,` (then `.`, a space or a
 *   narrow no-break space groups thousands, as in European spreadsheets).
 */
export function parsePlainNumber(text: string, decimalSeparator: '.' | ',' = '.'): number | undefined {
  const m = (decimalSeparator === '.' ? PLAIN_POINT_RE : PLAIN_COMMA_RE).exec(text.trim());
  if (!m) return undefined;
  const sign = m[1] ? '-' : '';
  const integer = m[2]!.replace(/\D/g, '');
  const fraction = m[m.length - 1];
  const value = Number(`${sign}${integer}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? value : undefined;
}
// Groups: 1 a minus sign (ASCII or U+2212), 2 the integer part, (3 the group separator,) last the fraction.
const PLAIN_POINT_RE = /^(?:\+|([-\u2212]))?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const PLAIN_COMMA_RE =
  /^(?:\+|([-\u2212]))?(\d{1,3}([. \u00a0\u202f\u2009])\d{3}(?:\3\d{3})*|\d+)(?:,(\d+))?$/;

/**
 * Spaces that group thousands in French, Russian and SI style: "44 499", "44\u202f499" (narrow
 * no-break space), "44\u00a0499", "44\u2009499" (thin space). A line break never groups digits.
 */
export const GROUP_SPACES = ' \u00a0\u202f\u2009';
