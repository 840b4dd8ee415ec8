/**
 * Stated changes against the arithmetic. A figure with `changeOf` ("分别比上年增长4.9%和49.9%")
 * states how a measure moved; where the set also holds that measure's level at both ends (672.8万
 * vehicles recalled in 2023, 448.8万 in 2022), the change can be computed from them. The verdict
 * checks a claimed change against both, and the explanation shows the sum:
 * "672.8万 / 448.8万 − 1 = +49.9%".
 *
 * Levels are rounded as published (448.8万 is anything from 448.75万 to 448.85万), so the computed
 * change is a range, and "agrees" means the stated change, read with its own rounding and hedge,
 * overlaps it.
 */
import { roundSignificant } from '../rules/numbers.ts';
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import type { Qualifier } from '../set/schema.ts';
import { formatValueIn, formatNumberZh, type Language } from '../report/language.ts';
import { formatValue } from '../report/format.ts';

/** A closed interval of values. */
export interface Interval {
  min: number;
  max: number;
}

/** A stated change with the change computed from the levels it relates. */
export interface ComputedChange {
  /** The stated change (a figure with `changeOf`). */
  figure: SourcedFigure;
  /** The level at the start: the base the change is measured against. */
  from: SourcedFigure;
  /** The level at the end, the same date as the change. */
  to: SourcedFigure;
  /**
   * The change computed from the levels, signed, in the figure's unit: percent (+49.9 for
   * 672.8万 on 448.8万), percentage points (level minus level), or times (a ratio).
   */
  value: number;
  /** What the computed change can be given the rounding of the published levels. */
  range: Interval;
  /** The stated change, signed by its `changeDirection`. */
  stated: number;
  /** The stated change (with its rounding and hedge) overlaps the computed range. */
  agrees: boolean;
  /** The arithmetic, for an explanation: "672.8万 / 448.8万 − 1 = +49.9%". */
  text: string;
}

/** The unit of a published number's last digit: 1000 for "448.8万", 0.1 for "49.9%", 1 for "Eighteen". */
export function publishedPrecision(figure: Pick<SourcedFigure, 'value' | 'numberText'>): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(figure.numberText)?.[0]?.replace(/,/g, '');
  const written = digits === undefined ? NaN : Number(digits);
  if (!written || !Number.isFinite(written)) return 1;
  const dot = digits!.indexOf('.');
  const decimals = dot < 0 ? 0 : digits!.length - dot - 1;
  // The scale the source wrote the number in (万, million, %): the value is a power of ten of it.
  const scale = 10 ** Math.round(Math.log10(Math.abs(figure.value / written)));
  return roundSignificant(scale * 10 ** -decimals);
}

/**
 * The values a published number with its hedge stands for: "448.8万" is 448.75万–448.85万,
 * "156余万" (more than) 156万–157万, "约376万" (about) 375万–377万, "近30" (nearly) 29–30.
 */
export function publishedInterval(value: number, precision: number, qualifier: Qualifier): Interval {
  const half = precision / 2;
  switch (qualifier) {
    case 'exact':
      return { min: value - half, max: value + half };
    case 'more-than':
    case 'at-least':
      return { min: value, max: value + precision };
    case 'nearly':
      return { min: value - precision, max: value };
    case 'about':
      return { min: value - precision, max: value + precision };
    case 'less-than':
    case 'up-to':
      return { min: value - precision, max: value };
  }
}

/**
 * The signed changes a stated change allows: `magnitude` with its rounding and hedge, negated for
 * a decrease. "More than 10%" allows anything from 10% up; "约2%" 1%–3%.
 */
export function statedChangeInterval(
  magnitude: number,
  precision: number,
  qualifier: Qualifier,
  direction: 'increase' | 'decrease',
): Interval {
  const open = qualifier === 'more-than' || qualifier === 'at-least';
  const below = qualifier === 'less-than' || qualifier === 'up-to';
  const m = publishedInterval(magnitude, precision, qualifier);
  const lo = below ? 0 : m.min;
  const hi = open ? Infinity : m.max;
  return direction === 'increase' ? { min: lo, max: hi } : { min: -hi, max: -lo };
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.min <= b.max && b.min <= a.max;
}

/** The same day a year earlier: the base of a year-on-year change ("比上年", "比去年同期"). */
function yearBefore(iso: string): string {
  return `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;
}

const COPY_RANK = { original: 0, repost: 1, mirror: 2 } as const;

/** The level of `measureKey` at `end` over `scope`, from `preferSource` if it states one. */
function levelAt(
  set: FigureSet,
  measureKey: string,
  scope: string,
  end: string,
  preferSource: string,
): SourcedFigure | undefined {
  return set
    .byMeasure(measureKey)
    .filter(
      (f) =>
        f.period.end === end &&
        f.period.kind !== 'target' &&
        f.period.kind !== 'change' &&
        f.scope.join('|') === scope,
    )
    .sort(
      (a, b) =>
        Number(b.sourceId === preferSource) - Number(a.sourceId === preferSource) ||
        COPY_RANK[a.source.copy?.kind ?? 'original'] - COPY_RANK[b.source.copy?.kind ?? 'original'],
    )[0];
}

function compute(unit: SourcedFigure['unit'], from: number, to: number): number {
  if (unit === 'percentage-points') return to - from;
  if (unit === 'times') return to / from;
  return (to / from - 1) * 100;
}

function decimalsOf(precision: number): number {
  return Math.max(0, -Math.floor(Math.log10(precision) + 1e-9));
}

function levelText(figure: SourcedFigure, language: Language): string {
  if (figure.unit === 'percent') return formatValueIn(figure.value, 'percent', language);
  return language === 'zh' ? formatNumberZh(figure.value) : formatValue(figure.value, 'count');
}

function arithmetic(
  figure: SourcedFigure,
  from: SourcedFigure,
  to: SourcedFigure,
  value: number,
  language: Language,
): string {
  // One decimal at least, so a sum that misses a whole-number claim shows by how much (−1.1%, not −1%).
  const shown = value.toFixed(Math.max(1, decimalsOf(publishedPrecision(figure))));
  const signed = value >= 0 && figure.unit !== 'times' ? `+${shown}` : shown.replace('-', '−');
  const a = levelText(to, language);
  const b = levelText(from, language);
  switch (figure.unit) {
    case 'percentage-points':
      return `${a} − ${b} = ${signed}${language === 'zh' ? '个百分点' : ' percentage points'}`;
    case 'times':
      return `${a} / ${b} = ${shown}${language === 'zh' ? '倍' : ' times'}`;
    default:
      return `${a} / ${b} − 1 = ${signed}%`;
  }
}

/**
 * The change computed from the set's levels for a stated change, or undefined when `figure` is not
 * a change (`changeOf`), is measured against another or an unstated period, or the set lacks the
 * level at either end (same measure, same scope, the change's end date and a year before it).
 * The end level is taken from the change's own source where it states one.
 * @param language the language of `text` (Chinese numbers: "672.8万 / 448.8万 − 1 = +49.9%")
 */
export function computedChange(
  figure: SourcedFigure,
  set: FigureSet,
  language: Language = 'en',
): ComputedChange | undefined {
  const { changeOf, changeBase, changeDirection } = figure;
  if (changeOf === undefined || changeDirection === undefined) return undefined;
  if (changeBase !== 'previous-year' && changeBase !== 'same-period-previous-year') return undefined;
  const scope = figure.scope.join('|');
  const to = levelAt(set, changeOf, scope, figure.period.end, figure.sourceId);
  if (!to) return undefined;
  const from = levelAt(set, changeOf, scope, yearBefore(figure.period.end), figure.sourceId);
  if (!from || from.period.kind !== to.period.kind || from.value === 0) return undefined;
  const toRange = publishedInterval(to.value, publishedPrecision(to), to.qualifier);
  const fromRange = publishedInterval(from.value, publishedPrecision(from), from.qualifier);
  const value = compute(figure.unit, from.value, to.value);
  const ends = [
    compute(figure.unit, fromRange.max, toRange.min),
    compute(figure.unit, fromRange.min, toRange.max),
  ];
  const range = { min: Math.min(...ends), max: Math.max(...ends) };
  const statedRange = statedChangeInterval(
    figure.value,
    publishedPrecision(figure),
    figure.qualifier,
    changeDirection,
  );
  return {
    figure,
    from,
    to,
    value,
    range,
    stated: changeDirection === 'decrease' ? -figure.value : figure.value,
    agrees: overlaps(range, statedRange),
    text: arithmetic(figure, from, to, value, language),
  };
}

/** A change as a text claims it: signed, with the unit of its last digit and its hedge. */
export interface ClaimedChange {
  /** Signed: −39.1 for "down 39.1%". */
  value: number;
  /** The unit of its last written digit (0.1 for "49.9%"). */
  precision: number;
  qualifier: Qualifier;
}

/**
 * Whether a claimed change fits the change computed from the levels: the claim, read with its
 * rounding and hedge, overlaps the range the published levels allow.
 */
export function claimFitsComputed(claim: ClaimedChange, computed: ComputedChange): boolean {
  const direction = claim.value < 0 ? 'decrease' : 'increase';
  return overlaps(
    statedChangeInterval(Math.abs(claim.value), claim.precision, claim.qualifier, direction),
    computed.range,
  );
}

/**
 * The arithmetic as a sentence for a verdict's explanation, in a language. Where the stated change
 * does not fit its levels it says so, as a fact about the sources rather than about the text:
 * "Computed from the levels: 2,869 / 2,902 − 1 = −1.1%, not the stated +35%; the sources disagree."
 */
export function changeNote(computed: ComputedChange, language: Language = 'en'): string {
  const f = computed.figure;
  const sign = f.changeDirection === 'decrease' ? '−' : '+';
  const stated = `${sign}${formatValueIn(f.value, f.unit, language)}`;
  if (language === 'zh') {
    return computed.agrees
      ? `按两期数据计算：${computed.text}。`
      : `按两期数据计算：${computed.text}，与公布的${stated}不符，来源数据不一致。`;
  }
  return computed.agrees
    ? `Computed from the levels: ${computed.text}.`
    : `Computed from the levels: ${computed.text}, not the stated ${stated}; the sources disagree.`;
}
