/**
 * Compares a quoted number with an official one: the same, a rounding or hedge consistent
 * with it, or a mis-statement, and if so which kind of slip it most likely is.
 */
import { roundSignificant, scaleSlipPower } from '../rules/numbers.ts';
import type { Qualifier } from '../set/schema.ts';
import type { Currency } from '../extract/lexicon.ts';
import { relateToSource } from './hedge-band.ts';

export { relateToSource };

export type ValueRelation = 'equal' | 'consistent' | 'different';

export interface Quoted {
  value: number;
  precision: number;
  qualifier: Qualifier;
  /** The currency the number is written in ("US$470bn" -> USD), when it names one. */
  currency?: Currency | undefined;
}

export interface Official {
  value: number;
  qualifier: Qualifier;
  /** The figure's unit; `yuan` figures are in CNY. */
  unit?: string;
  /** The resolution of the official number; derived from its value when absent (45,000 -> 1,000). */
  precision?: number;
}

const EPS = 1e-9;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * How a quoted number relates to an official one, hedges and rounding considered: the quote's
 * hedge band against the source's (see `hedge-band.ts`, the one rule for both). The same value is
 * `equal` unless the hedges point opposite ways; bands that meet are `consistent`.
 */
export function compareValues(q: Quoted, o: Official): ValueRelation {
  if (same(q.value, o.value)) {
    // "less than 45,000" cannot confirm "more than 45,000".
    if (isLower(o.qualifier) && isUpper(q.qualifier)) return 'different';
    if (isUpper(o.qualifier) && isLower(q.qualifier)) return 'different';
    // Hedges of one side are one statement: "above 99%" repeats "at least 99%" (不低于99%).
    const sameSide =
      (isLower(q.qualifier) && isLower(o.qualifier)) || (isUpper(q.qualifier) && isUpper(o.qualifier));
    return q.qualifier === o.qualifier || o.qualifier === 'exact' || q.qualifier === 'exact' || sameSide
      ? 'equal'
      : 'consistent';
  }
  return relateToSource(q, o) === 'overlaps' ? 'consistent' : 'different';
}

function isLower(q: Qualifier): boolean {
  return q === 'more-than' || q === 'at-least';
}
function isUpper(q: Qualifier): boolean {
  return q === 'nearly' || q === 'less-than' || q === 'up-to';
}

export type ErrorKind =
  | 'scale'
  | 'transposed'
  | 'hedge'
  | 'rounding'
  | 'value'
  | 'outdated'
  | 'wrong-period'
  | 'target'
  | 'swapped'
  | 'misattributed'
  | 'currency'
  | 'unit'
  | 'direction';

export interface LikelyError {
  kind: ErrorKind;
  message: string;
}

/** How each currency is named in a likely-error message. */
const CURRENCY_NAMES: Record<Currency, string> = {
  CNY: 'yuan',
  USD: 'US$',
  HKD: 'HK$',
  TWD: 'NT$',
  SGD: 'S$',
  EUR: 'euros',
  GBP: 'pounds',
  JPY: 'yen',
};

/**
 * A quoted amount written in another currency than the official figure's: "US$470bn" where the
 * source gives yuan. Only yuan figures say their currency (CNY); other units never conflict, and
 * a number that names no currency is not a conflict either.
 */
export function currencyConflict(
  mention: { currency?: Currency | undefined },
  figure: { unit?: string },
): LikelyError | undefined {
  if (figure.unit !== 'yuan' || mention.currency === undefined || mention.currency === 'CNY')
    return undefined;
  return {
    kind: 'currency',
    message: `wrong currency: ${CURRENCY_NAMES[mention.currency]} where the source gives yuan`,
  };
}

/**
 * A change of a rate given in percent where the source gives percentage points, or the other way
 * round: "the pass rate rose 0.28%" for a rise of 0.28 points (a relative rise of 0.28% is another
 * number). Never green, whatever the digits; a level in percent is no change and is left alone.
 */
export function pointsConflict(
  mention: { unit: string; text: string },
  figure: { unit?: string; changeOf?: unknown },
): LikelyError | undefined {
  const points = mention.unit === 'percent' && figure.unit === 'percentage-points';
  const percent =
    mention.unit === 'percentage-points' && figure.unit === 'percent' && figure.changeOf !== undefined;
  if (!points && !percent) return undefined;
  return {
    kind: 'unit',
    message: points
      ? `wrong unit: "${mention.text}" where the source gives percentage points`
      : `wrong unit: "${mention.text}" where the source gives a change in percent`,
  };
}

/** Scale words by script, for naming a scale slip ("万 where the source says 亿"). */
const ZH_SCALE_WORDS: ReadonlyArray<[RegExp, number, string]> = [
  [/万亿|萬億/, 1e12, '万亿'],
  [/亿|億/, 1e8, '亿'],
  [/万|萬/, 1e4, '万'],
  [/千/, 1e3, '千'],
];
const EN_SCALE_WORDS: ReadonlyArray<[RegExp, number, string]> = [
  [/trillion|\d\s?(?:tn|trn)\b/i, 1e12, 'trillion'],
  [/billion|\d\s?bn?\b/i, 1e9, 'billion'],
  [/million|\d\s?(?:mn|mln|m)\b/i, 1e6, 'million'],
  [/thousand|\d\s?k\b/i, 1e3, 'thousand'],
];

/**
 * The scale word a slip used and the one the source's scale calls for: "3.3万" for 3.3亿 is
 * ["万", "亿"]. Undefined when the quote has no scale word or no word names the right scale.
 */
function scaleWords(quotedText: string, power: number): [string, string] | undefined {
  for (const table of [ZH_SCALE_WORDS, EN_SCALE_WORDS]) {
    const used = table.find(([re]) => re.test(quotedText));
    if (!used) continue;
    const wanted = used[1] / 10 ** power;
    const right = table.find(([, factor]) => Math.abs(factor / wanted - 1) < 1e-9);
    return right ? [used[2], right[2]] : undefined;
  }
  return undefined;
}

/** Names the most likely slip behind a quoted number that disagrees with the official one. */
export function likelyError(q: Quoted, o: Official, quotedText: string, officialText: string): LikelyError {
  const currency = currencyConflict(q, o);
  if (currency) return currency;
  const v = q.value;
  const f = o.value;
  const power = scaleSlipPower(v, f);
  if (power !== 0) {
    const direction = power > 0 ? `${10 ** power} times too large` : `${10 ** -power} times too small`;
    const words = scaleWords(quotedText, power);
    const named = words ? `${words[0]} where the source says ${words[1]}: ` : '';
    return {
      kind: 'scale',
      message: `wrong scale: ${named}"${quotedText}" is ${direction}; the source says ${officialText}`,
    };
  }
  if (isTransposition(v, f)) {
    return {
      kind: 'transposed',
      message: `digits transposed: "${quotedText}" where the source says ${officialText}`,
    };
  }
  if (q.qualifier !== 'exact' || o.qualifier !== 'exact') {
    const relation = relateToSource(q, o);
    const verb = relation === 'understates' ? 'understates' : 'overstates';
    const source =
      o.qualifier === 'exact' ? `the source says ${officialText}` : `the source only says ${officialText}`;
    return {
      kind: 'hedge',
      message: `${relation === 'overlaps' ? 'rounding beyond the hedge' : verb}: "${quotedText}" where ${source}`,
    };
  }
  const off = (Math.abs(v - f) / f) * 100;
  if (off <= 10) {
    return {
      kind: 'rounding',
      message: `off by ${off.toFixed(1)}%: "${quotedText}" is not a rounding of ${officialText}`,
    };
  }
  return {
    kind: 'value',
    message: `"${quotedText}" differs from ${officialText} (${v > f ? '+' : '-'}${off.toFixed(0)}%)`,
  };
}

/** True when the two numbers' digits differ by one swap of two adjacent digits. */
export function isTransposition(a: number, b: number): boolean {
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (x.length !== y.length || x === y) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  return (
    diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]] && x[diff[1]] === y[diff[0]!]
  );
}

const digitsMemo = new Map<number, string>();

function digitsOf(n: number): string {
  // Compare at a common representation: significant digits without trailing zeros after the point.
  // Memoised: the set's values are compared with every candidate number.
  let d = digitsMemo.get(n);
  if (d === undefined) {
    d = String(roundSignificant(n)).replace('.', '');
    if (digitsMemo.size > 10_000) digitsMemo.clear();
    digitsMemo.set(n, d);
  }
  return d;
}
