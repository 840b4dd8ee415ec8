/**
 * Compares a quoted number with an official one: the same, a rounding or hedge consistent
 * with it, or a mis-statement, and if so which kind of slip it most likely is.
 */
import { scaleSlipPower } from '../rules/numbers.ts';
import { roundSignificant } from '../rules/numbers.ts';
import type { Qualifier } from '../set/schema.ts';

export type ValueRelation = 'equal' | 'consistent' | 'different';

export interface Quoted {
  value: number;
  precision: number;
  qualifier: Qualifier;
}

export interface Official {
  value: number;
  qualifier: Qualifier;
}

const EPS = 1e-9;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/** How a quoted number relates to an official one, hedges and rounding considered. */
export function compareValues(q: Quoted, o: Official): ValueRelation {
  const v = q.value;
  const f = o.value;
  const p = q.precision;
  if (same(v, f)) {
    // "less than 45,000" cannot confirm "more than 45,000".
    if (isLower(o.qualifier) && isUpper(q.qualifier)) return 'different';
    if (isUpper(o.qualifier) && isLower(q.qualifier)) return 'different';
    return q.qualifier === o.qualifier || o.qualifier === 'exact' || q.qualifier === 'exact'
      ? 'equal'
      : 'consistent';
  }
  const rounding = Math.abs(v - f) <= p / 2 + EPS * Math.max(1, f);
  switch (o.qualifier) {
    case 'exact':
      switch (q.qualifier) {
        case 'exact':
          return rounding ? 'consistent' : 'different';
        case 'about':
          return rounding || Math.abs(v - f) <= 0.03 * f ? 'consistent' : 'different';
        case 'more-than':
        case 'at-least':
          return v >= f * 0.5 && below(v, f, Math.max(p, 0.1 * f)) ? 'consistent' : 'different';
        case 'nearly':
        case 'less-than':
        case 'up-to':
          return above(v, f, Math.max(p, 0.1 * f)) ? 'consistent' : 'different';
      }
      break;
    case 'more-than':
    case 'at-least':
      // The source gives a floor: a quote a little above it, or a hedged quote a little below, agrees.
      // Just above the floor fits "more than 45,000"; well above it is another figure (not an error).
      // "More than 50,000" claims more than the source's "more than 44,000" supports.
      if (v > f)
        return v <= f * (isLower(q.qualifier) ? 1.05 : 1.1) && !isUpper(q.qualifier)
          ? 'consistent'
          : 'different';
      return (isLower(q.qualifier) || q.qualifier === 'about') && v >= f * 0.9 ? 'consistent' : 'different';
    case 'nearly':
    case 'less-than':
    case 'up-to':
      if (v < f)
        return v >= f * (isUpper(q.qualifier) ? 0.95 : 0.8) && !isLower(q.qualifier)
          ? 'consistent'
          : 'different';
      return (isUpper(q.qualifier) || q.qualifier === 'about') && v <= f * 1.1 ? 'consistent' : 'different';
    case 'about':
      return Math.abs(v - f) <= Math.max(p / 2, 0.05 * f) ? 'consistent' : 'different';
  }
  return 'different';
}

/** v is at most `limit` below f. */
function below(v: number, f: number, limit: number): boolean {
  return v <= f + EPS && f - v <= limit + EPS;
}
/** v is at most `limit` above f. */
function above(v: number, f: number, limit: number): boolean {
  return v >= f - EPS && v - f <= limit + EPS;
}

function isLower(q: Qualifier): boolean {
  return q === 'more-than' || q === 'at-least';
}
function isUpper(q: Qualifier): boolean {
  return q === 'nearly' || q === 'less-than' || q === 'up-to';
}

type ErrorKind =
  'scale' | 'transposed' | 'hedge' | 'rounding' | 'value' | 'outdated' | 'wrong-period' | 'swapped';

export interface LikelyError {
  kind: ErrorKind;
  message: string;
}

/** Names the most likely slip behind a quoted number that disagrees with the official one. */
export function likelyError(q: Quoted, o: Official, quotedText: string, officialText: string): LikelyError {
  const v = q.value;
  const f = o.value;
  const power = scaleSlipPower(v, f);
  if (power !== 0) {
    const direction = power > 0 ? `${10 ** power} times too large` : `${10 ** -power} times too small`;
    return {
      kind: 'scale',
      message: `wrong scale: "${quotedText}" is ${direction}; the source says ${officialText}`,
    };
  }
  if (isTransposition(v, f)) {
    return {
      kind: 'transposed',
      message: `digits transposed: "${quotedText}" where the source says ${officialText}`,
    };
  }
  if (q.qualifier !== 'exact') {
    return {
      kind: 'hedge',
      message: `rounding beyond the hedge: "${quotedText}" with "${q.qualifier.replace('-', ' ')}" does not fit ${officialText}`,
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
