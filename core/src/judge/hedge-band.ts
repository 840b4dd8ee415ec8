/**
 * Hedge bands: the one rule for what a hedged or rounded number admits. A number's precision is
 * the unit of its last written digit ("45,000" -> 1,000, "83%" -> 1 point, "seven in ten" -> 10
 * points), and a hedge admits one such unit on its side:
 *
 * - exact "44,500": 44,450–44,550 (a rounding: half a unit either way);
 * - "about 44,500": the rounding widened by the hedge to ±1.5% ({@link ABOUT_SLACK}), at least ±half a unit;
 * - "more than 83%": (83, 84); "at least 83%": [83, 84) (with 84 in hand, one writes "at least 84%");
 *   a source's floor at a round unit speaks to the digit below it: "more than 10%" is (10, 11);
 * - "nearly 12,000": (11,000, 12,000); "less than 12,000": [11,000, 12,000); "up to 12,000":
 *   [11,000, 12,000].
 *
 * "More than" and "nearly" stop short of the next unit: a writer with 84% or 11,000 in hand writes
 * that number, not "more than 83%" or "nearly 12,000" ("nearly 90%" is no rounding of 80%). And
 * "nearly" says close: it reaches no more than 15% below its number ("nearly 600" is no hedge of
 * 503, "nearly two million" none of 1.56 million), where "more than" and "less than" stay true.
 *
 * Just below a round power of ten the unit is the next digit down: "nearly a million" is
 * 900,000–1,000,000, not 0–1,000,000. A negative value (a fall, "halved" = −50%) has its band
 * mirrored: "more than" then means a larger fall.
 *
 * A quoted number agrees with a source when their bands meet; when they do not, the quote
 * overstates (its band lies above) or understates (below) what the source says. Against a source's
 * "about", one side is read as a point: a plain quote must lie in the source's band, and the
 * source's value in a hedged quote's band ("nearly a million" is no hedge of "about 1.02 million").
 * Two hedges' slack never meets on its own.
 */
import { precisionOfValue } from '../rules/numbers.ts';
import type { Qualifier } from '../set/schema.ts';

/**
 * How far "about" widens a number beyond its own rounding, as a share of the value: enough for
 * "about 45,000" to meet "more than 45,000", not for "about 53,000" to meet "more than 54,000"
 * (a gap of 2%, which a careful editor calls an understatement).
 */
const ABOUT_SLACK = 0.015;

/** An interval of values, each end open or closed. */
export interface Band {
  low: number;
  high: number;
  /** The low end itself is excluded ("more than 83%" excludes 83%). */
  lowOpen: boolean;
  /** The high end itself is excluded ("nearly 12,000" excludes 12,000). */
  highOpen: boolean;
}

/** Where a quoted band lies against a source band. */
export type BandRelation = 'overlaps' | 'overstates' | 'understates';

/** The band of values a number admits, written as `value` with `precision` and `qualifier`. */
export function bandOf(value: number, precision: number, qualifier: Qualifier): Band {
  if (value < 0) {
    const m = bandOf(-value, precision, qualifier);
    return { low: -m.high, high: -m.low, lowOpen: m.highOpen, highOpen: m.lowOpen };
  }
  const p = precision > 0 && Number.isFinite(precision) ? precision : precisionOfValue(value);
  switch (qualifier) {
    case 'exact':
      return closed(value - p / 2, value + p / 2);
    case 'about': {
      const half = Math.max(p / 2, ABOUT_SLACK * value);
      return closed(value - half, value + half);
    }
    case 'more-than':
      return { low: value, high: value + p, lowOpen: true, highOpen: true };
    case 'at-least':
      return { low: value, high: value + p, lowOpen: false, highOpen: true };
    case 'nearly':
    case 'less-than':
    case 'up-to': {
      const step = stepBelow(value, p);
      const down = qualifier === 'nearly' ? reach(value, step) : step;
      return {
        low: value - down,
        high: value,
        lowOpen: qualifier === 'nearly',
        highOpen: qualifier !== 'up-to',
      };
    }
  }
}

/**
 * The band of a source figure: an exact figure is the point it states; a hedged one admits what
 * its hedge admits at the precision of its value (or the precision given).
 */
export function sourceBand(value: number, qualifier: Qualifier, precision?: number): Band {
  if (qualifier === 'exact') return closed(value, value);
  const p = precision ?? precisionOfValue(value);
  // A source's floor at a round unit speaks to the digit below it: "more than 10%" is 10–11%, as
  // "nearly 1,000" is 900–1,000 (with 12% in hand the source would say so). A quote's coarse floor
  // ("逾千", more than a thousand, for 1,242) only has to be true, and keeps its unit.
  return isFloor(qualifier) ? bandOf(value, stepBelow(value, p), qualifier) : bandOf(value, p, qualifier);
}

/** Whether `quoted` meets `source`, or lies wholly above (overstates) or below (understates) it. */
export function relateBands(quoted: Band, source: Band): BandRelation {
  const tol = 1e-9 * Math.max(1, Math.abs(quoted.low), Math.abs(quoted.high), Math.abs(source.high));
  // Above: the quote's lowest value is past the source's highest (or they only touch at an open end).
  const gapAbove = quoted.low - source.high;
  if (gapAbove > tol || (Math.abs(gapAbove) <= tol && (quoted.lowOpen || source.highOpen))) {
    return 'overstates';
  }
  const gapBelow = source.low - quoted.high;
  if (gapBelow > tol || (Math.abs(gapBelow) <= tol && (quoted.highOpen || source.lowOpen))) {
    return 'understates';
  }
  return 'overlaps';
}

/** A number as hedged: its value, the precision it is written to, and its hedge. */
export interface Hedged {
  value: number;
  qualifier: Qualifier;
  /** For a source figure, derived from its value when absent. */
  precision?: number | undefined;
}

/**
 * Where a quoted number lies against a source figure: their bands compared, with one allowance.
 * A floor one unit below the source's floor ("more than 44,000" for "more than 45,000") is true and
 * only rounds the floor down, so bands of two floors that touch agree; the same for two ceilings
 * ("nearly 13,000" for "nearly 12,000"). Further below, a floor understates the source.
 */
export function relateToSource(quoted: Hedged & { precision: number }, source: Hedged): BandRelation {
  // A plain number against a source's "about": the number itself must lie in the source's band.
  // "23%" for "about 22%" is no rounding of it, though 23%'s own rounding (22.5–23.5) touches it.
  // And a hedged number against it: the source's value must lie in the quote's band. "Nearly a
  // million" is no hedge of "about 1.02 million": only the two hedges' slack would make them meet.
  const aboutSource = source.qualifier === 'about';
  const q =
    quoted.qualifier === 'exact' && aboutSource
      ? closed(quoted.value, quoted.value)
      : bandOf(quoted.value, quoted.precision, quoted.qualifier);
  const s =
    aboutSource && quoted.qualifier !== 'exact'
      ? closed(source.value, source.value)
      : sourceBand(source.value, source.qualifier, source.precision);
  const relation = relateBands(q, s);
  const tol = 1e-9 * Math.max(1, Math.abs(q.high), Math.abs(s.high));
  if (relation === 'understates' && isFloor(quoted.qualifier) && isFloor(source.qualifier)) {
    return Math.abs(s.low - q.high) <= tol ? 'overlaps' : relation;
  }
  if (relation === 'overstates' && isCeiling(quoted.qualifier) && isCeiling(source.qualifier)) {
    return Math.abs(q.low - s.high) <= tol ? 'overlaps' : relation;
  }
  return relation;
}

/** A hedge that sets a floor ("more than", "at least"). */
export function isFloor(q: Qualifier): boolean {
  return q === 'more-than' || q === 'at-least';
}
/** A hedge that sets a ceiling ("nearly", "less than", "up to"). */
export function isCeiling(q: Qualifier): boolean {
  return q === 'nearly' || q === 'less-than' || q === 'up-to';
}

function closed(low: number, high: number): Band {
  return { low, high, lowOpen: false, highOpen: false };
}

/**
 * How far "nearly" reaches below its number: one unit of its precision, but never more than
 * {@link HEDGE_REACH} of the number. A writer with 503 or 1.56 million in hand writes "over 500",
 * "over 1.5 million".
 */
function reach(value: number, unit: number): number {
  return Math.min(unit, HEDGE_REACH * value);
}
/** The most "nearly" reaches below its number, as a share of it. */
const HEDGE_REACH = 0.15;

/** The unit below a value: one digit down when the value is that unit itself (1,000 -> 100). */
function stepBelow(value: number, p: number): number {
  return value > 0 && Math.abs(value / p - 1) < 1e-9 ? p / 10 : p;
}
