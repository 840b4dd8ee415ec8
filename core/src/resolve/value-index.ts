/**
 * Finds the figures whose value is plausibly what a mention's number refers to: near it,
 * off by a power of ten (a scale slip), or with two digits swapped. Built once per set;
 * only these candidates are ever compared by context.
 */
import { SCALE_SLIP_TOLERANCE } from '../rules/numbers.ts';
import type { SourcedFigure } from '../set/figure-set.ts';
import type { MentionUnit } from '../extract/extract.ts';
import type { Unit } from '../set/schema.ts';

type Family = 'number' | 'percent' | 'money';

function familyOfUnit(unit: Unit): Family {
  if (unit === 'percent' || unit === 'percentage-points') return 'percent';
  if (unit === 'yuan') return 'money';
  return 'number';
}

/** Which figure families a mention's unit can refer to. A bare number may be money named later. */
function familiesOfMention(unit: MentionUnit): Family[] {
  switch (unit) {
    case 'percent':
    case 'percentage-points':
      return ['percent'];
    case 'yuan':
      return ['money'];
    case 'currency':
      return [];
    case 'times':
      return ['number'];
    default:
      return ['number', 'money'];
  }
}

/** A family's figures sorted by value, the values apart so that a search reads only numbers. */
interface Sorted {
  values: Float64Array;
  figures: SourcedFigure[];
}

/** Ratio band within which a different value still reads as the same measure mis-stated. */
const NEAR_LOW = 2 / 3;
const NEAR_HIGH = 1.5;

/** The powers of ten a scale slip may be off by, in the order they are looked up (10^k, then 10^-k). */
const SLIP_FACTORS = [1, 2, 3, 4, 6].flatMap((k) => [10 ** k, 10 ** -k]);

export class ValueIndex {
  private readonly sorted = new Map<Family, Sorted>();
  private readonly byDigits = new Map<string, SourcedFigure[]>();

  constructor(figures: readonly SourcedFigure[]) {
    const entries = new Map<Family, Array<{ value: number; figure: SourcedFigure }>>();
    for (const figure of figures) {
      const family = familyOfUnit(figure.unit);
      const list = entries.get(family) ?? [];
      list.push({ value: figure.value, figure });
      entries.set(family, list);
      const key = digitKey(figure.value);
      if (key) {
        const same = this.byDigits.get(key) ?? [];
        same.push(figure);
        this.byDigits.set(key, same);
      }
    }
    for (const [family, list] of entries) {
      list.sort((a, b) => a.value - b.value);
      this.sorted.set(family, {
        values: Float64Array.from(list, (e) => e.value),
        figures: list.map((e) => e.figure),
      });
    }
  }

  /** Figures whose value is near `value`, a power of ten away, or a digit permutation of it. */
  candidates(value: number, unit: MentionUnit): SourcedFigure[] {
    if (!(value > 0)) return [];
    const found = new Set<SourcedFigure>();
    for (const family of familiesOfMention(unit)) {
      const list = this.sorted.get(family);
      if (!list) continue;
      collect(list, value * NEAR_LOW, value * NEAR_HIGH, found);
      for (const factor of SLIP_FACTORS) {
        const scaled = value * factor;
        // A scale slip keeps the digits: a window as narrow as the verdict's tolerance.
        // official = quoted x 10^k / ratio, with |ratio - 1| within the tolerance.
        collect(list, scaled / (1 + SCALE_SLIP_TOLERANCE), scaled / (1 - SCALE_SLIP_TOLERANCE), found);
      }
    }
    const key = digitKey(value);
    if (key) {
      for (const f of this.byDigits.get(key) ?? []) {
        if (familiesOfMention(unit).includes(familyOfUnit(f.unit))) found.add(f);
      }
    }
    return [...found];
  }
}

/** Adds the figures with a value in [low, high], in order of value. */
function collect({ values, figures }: Sorted, low: number, high: number, out: Set<SourcedFigure>): void {
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
  for (let i = lo; i < n && values[i]! <= high; i++) out.add(figures[i]!);
}

/** Sorted significant digits, for finding transpositions; undefined for one-digit numbers. */
function digitKey(value: number): string | undefined {
  // Two significant digits are enough to swap ("28%" for 82%, "740 billion" for 470 billion).
  const digits = String(value).replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');
  if (digits.length < 2) return undefined;
  return [...digits].sort().join('');
}
