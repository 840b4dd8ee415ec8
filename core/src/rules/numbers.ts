/**
 * Numeric rules shared by extraction, matching and judging. Each is written once here so that
 * the value index, the verdict and the likely-error explanation can never disagree.
 */

/** Significant digits kept when a value is scaled or converted: removes float noise (6727999.999…). */
export const SIGNIFICANT_DIGITS = 12;

/** `value` without float noise from scaling ("6.728 million" is 6728000, not 6727999.999). */
export function roundSignificant(value: number): number {
  // A whole number of at most twelve digits has no noise to remove, and most values are one:
  // returned as it is, without the round trip through a string (zero as +0, as that gives).
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value === 0 ? 0 : value;
  return Number.parseFloat(value.toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * How far a scale slip may be from an exact power of ten of the official value: "470 million"
 * for 470.3 billion is the same digits at the wrong scale, but "480 million" is not.
 */
export const SCALE_SLIP_TOLERANCE = 0.01;
/**
 * The largest slip of scale a writer makes: 万 for 亿 (10⁴), million for billion (10³), 亿 for
 * billion (10), 万 for million (10²). "1.1 million vehicles" is not a slip of 11 recalls (10⁵).
 */
export const MAX_SCALE_SLIP_POWER = 4;

/**
 * The power of ten by which `quoted` is a scale slip of `official` (3 for 470,000 vs 470),
 * or 0 when it is not one.
 */
export function scaleSlipPower(quoted: number, official: number): number {
  const ratio = quoted / official;
  const power = Math.round(Math.log10(ratio));
  if (power === 0 || Math.abs(power) > MAX_SCALE_SLIP_POWER) return 0;
  return Math.abs(ratio / 10 ** power - 1) <= SCALE_SLIP_TOLERANCE ? power : 0;
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

/**
 * The resolution a bare value implies when only the value is known (a source figure): the unit of
 * its last significant digit. 45000 -> 1000, 3300000 -> 100000, 83 -> 1, 45.3 -> 0.1. The same rule
 * the extractor applies to a number as written ("45,000" -> 1000).
 */
export function precisionOfValue(value: number): number {
  const v = Math.abs(roundSignificant(value));
  if (v === 0 || !Number.isFinite(v)) return 1;
  const text = String(v);
  if (/e/i.test(text)) return 10 ** Math.floor(Math.log10(v));
  const dot = text.indexOf('.');
  if (dot >= 0) return roundSignificant(10 ** -(text.length - dot - 1));
  const zeros = /0+$/.exec(text);
  return zeros ? 10 ** zeros[0].length : 1;
}

/** The widest precision a proportion in words claims, in percentage points ("seven in ten": 10). */
const PROPORTION_PRECISION_CAP = 10;

/**
 * The precision of a share written as a fraction of `denominator` ("three in five", 七成,
 * 三分之一), in percentage points: one part in the denominator, but never coarser than
 * {@link PROPORTION_PRECISION_CAP} (writers say "two in three" for 64–69%, not for 50%) — so
 * "seven out of ten" admits 65–75% and "one in a hundred" 0.5–1.5%.
 */
export function proportionPrecision(denominator: number): number {
  return Math.min(PROPORTION_PRECISION_CAP, 100 / denominator);
}

/** Scale words of a label ("Revenue (RMB bn)", "in thousands", "车辆单位：万辆"), largest first where they overlap. */
// (A word stands apart from letters and digits, as with \b, but not from "_": a dataset's column
// "vehicles_wan" is in 万, while "1100 million" is no "100 million". "bn" and "mn" may be glued to
// a currency code: "Revenue (RMBbn)".)
const SCALE_WORDS: Array<[RegExp, number]> = [
  [/(?<![a-z0-9])trillions?(?![a-z0-9])|万亿|萬億/i, 1e12],
  [/(?<![a-z0-9])(?:100 million|hundred million)(?![a-z0-9])|亿|億/i, 1e8],
  [/(?:(?<![a-z0-9])|(?<=\b(?:RMB|CNY|USD|HKD)))(?:billions?|bn)(?![a-z0-9])/i, 1e9],
  [/(?<![a-z0-9])(?:10 thousand|ten thousand|wan)(?![a-z0-9])|万(?!亿)|萬(?!億)/i, 1e4],
  [/(?:(?<![a-z0-9])|(?<=\b(?:RMB|CNY|USD|HKD)))(?:millions?|mn|mln)(?![a-z0-9])|百万|百萬/i, 1e6],
  [/(?<![a-z0-9])thousands?(?![a-z0-9])|'000\b|千/i, 1e3],
];

/** The scale a label gives the bare numbers it labels (1e9 for "(RMB bn)"), if any. */
export function scaleOfLabel(label: string): number | undefined {
  return SCALE_WORDS.find(([re]) => re.test(label))?.[1];
}

/** How many significant digits a value has (11,237,000: 5; 40: 1). */
export function significantDigits(value: number): number {
  return String(value).replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}
