/**
 * Finds the figures whose value is plausibly what a mention's number refers to: near it,
 * off by a power of ten (a scale slip), or with two digits swapped. Built once per set;
 * only these candidates are ever compared by context.
 */
import { SCALE_SLIP_TOLERANCE } from '../rules/numbers.ts';
import type { SourcedFigure } from '../set/figure-set.ts';
import type { MentionUnit } from '../extract/extract.ts';
import type { Unit } from '../set/schema.ts';

type Family = 'number' | 'percent' | 'money' | 'multiple';

function familyOfUnit(unit: Unit): Family {
  if (unit === 'percent' || unit === 'percentage-points') return 'percent';
  if (unit === 'yuan') return 'money';
  if (unit === 'times') return 'multiple';
  return 'number';
}

const PERCENT: readonly Family[] = ['percent'];
const MONEY: readonly Family[] = ['money'];
const NONE: readonly Family[] = [];
const MULTIPLE: readonly Family[] = ['multiple'];
const ANY_NUMBER: readonly Family[] = ['number', 'money', 'multiple'];

/**
 * Which figure families a mention's unit can refer to. A bare number may be money named later, or
 * a multiple; a multiple ("a thousand times too many", 3.5倍) is never a count or a sum.
 */
function familiesOfMention(unit: MentionUnit): readonly Family[] {
  switch (unit) {
    case 'percent':
    case 'percentage-points':
      return PERCENT;
    case 'yuan':
      return MONEY;
    case 'currency':
      return NONE;
    case 'times':
      return MULTIPLE;
    default:
      return ANY_NUMBER;
  }
}

/** A family's figures sorted by value, the values apart so that a search reads only numbers. */
interface Sorted {
  values: Float64Array;
  /** Each figure's number in the index (see ValueIndex.figures). */
  slots: Int32Array;
}

/** Ratio band within which a different value still reads as the same measure mis-stated. */
const NEAR_LOW = 2 / 3;
const NEAR_HIGH = 1.5;

/** The powers of ten a scale slip may be off by, in the order they are looked up (10^k, then 10^-k). */
const SLIP_FACTORS = [1, 2, 3, 4, 6].flatMap((k) => [10 ** k, 10 ** -k]);

export class ValueIndex {
  private readonly sorted = new Map<Family, Sorted>();
  /** Figures by the digits of their value (digitKey), as their numbers in the index (see figures). */
  private readonly byDigits = new Map<string, number[]>();
  /** Each figure's family, by its number in the index. */
  private readonly families: Family[] = [];
  /** The figures, each once, numbered by their place here. */
  private readonly figures: SourcedFigure[] = [];
  private readonly slotOf = new Map<SourcedFigure, number>();
  /**
   * The call that last found each figure: a candidate already found in this call is not added
   * again (what a Set did, without a Set for every mention).
   */
  private readonly foundIn: Uint32Array;
  private call = 0;

  constructor(figures: readonly SourcedFigure[]) {
    const entries = new Map<Family, Array<{ value: number; figure: SourcedFigure }>>();
    for (const figure of figures) {
      const family = familyOfUnit(figure.unit);
      if (!this.slotOf.has(figure)) {
        this.slotOf.set(figure, this.figures.push(figure) - 1);
        this.families.push(family);
      }
      const list = entries.get(family) ?? [];
      list.push({ value: figure.value, figure });
      entries.set(family, list);
      const key = digitKey(figure.value);
      if (key) {
        const same = this.byDigits.get(key) ?? [];
        same.push(this.slotOf.get(figure)!);
        this.byDigits.set(key, same);
      }
    }
    for (const [family, list] of entries) {
      list.sort((a, b) => a.value - b.value);
      this.sorted.set(family, {
        values: Float64Array.from(list, (e) => e.value),
        slots: Int32Array.from(list, (e) => this.slotOf.get(e.figure)!),
      });
    }
    this.foundIn = new Uint32Array(this.figures.length);
  }

  /** Figures whose value is near `value`, a power of ten away, or a digit permutation of it. */
  candidates(value: number, unit: MentionUnit): SourcedFigure[] {
    if (!(value > 0)) return [];
    if (++this.call === 0xffffffff) {
      this.foundIn.fill(0);
      this.call = 1;
    }
    const found: SourcedFigure[] = [];
    const families = familiesOfMention(unit);
    for (const family of families) {
      const list = this.sorted.get(family);
      if (!list) continue;
      this.collect(list, value * NEAR_LOW, value * NEAR_HIGH, found);
      for (const factor of SLIP_FACTORS) {
        const scaled = value * factor;
        // A scale slip keeps the digits: a window as narrow as the verdict's tolerance.
        // official = quoted x 10^k / ratio, with |ratio - 1| within the tolerance.
        this.collect(list, scaled / (1 + SCALE_SLIP_TOLERANCE), scaled / (1 - SCALE_SLIP_TOLERANCE), found);
      }
    }
    const key = digitKey(value);
    if (key) {
      for (const slot of this.byDigits.get(key) ?? []) {
        if (families.includes(this.families[slot]!)) this.add(slot, found);
      }
    }
    return found;
  }

  /** Adds the figures with a value in [low, high], in order of value. */
  private collect({ values, slots }: Sorted, low: number, high: number, out: SourcedFigure[]): void {
    const n = values.length;
    // Most scaled windows lie beyond every value of the set.
    if (n === 0 || high < values[0]! || low > values[n - 1]!) return;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid]! < low) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < n && values[i]! <= high; i++) this.add(slots[i]!, out);
  }

  /** Adds a figure unless this call found it already. */
  private add(slot: number, out: SourcedFigure[]): void {
    if (this.foundIn[slot] === this.call) return;
    this.foundIn[slot] = this.call;
    out.push(this.figures[slot]!);
  }
}

/** Sorted significant digits, for finding transpositions; undefined for one-digit numbers. */
function digitKey(value: number): string | undefined {
  // Two significant digits are enough to swap ("28%" for 82%, "740 billion" for 470 billion).
  // The digits of the number as written, without leading or trailing zeros, counted by digit.
  const text = String(value);
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d > 0 && d <= 9) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return undefined;
  const counts = new Array<number>(10).fill(0);
  let n = 0;
  for (let i = first; i <= last; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) {
      counts[d]!++;
      n++;
    }
  }
  if (n < 2) return undefined;
  let key = '';
  for (let d = 0; d < 10; d++) key += String(d).repeat(counts[d]!);
  return key;
}
