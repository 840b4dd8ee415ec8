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

interface Entry {
  value: number;
  figure: SourcedFigure;
}

/** Ratio band within which a different value still reads as the same measure mis-stated. */
const NEAR_LOW = 2 / 3;
const NEAR_HIGH = 1.5;

export class ValueIndex {
  private readonly sorted = new Map<Family, Entry[]>();
  private readonly byDigits = new Map<string, SourcedFigure[]>();

  constructor(figures: readonly SourcedFigure[]) {
    for (const figure of figures) {
      const family = familyOfUnit(figure.unit);
      const list = this.sorted.get(family) ?? [];
      list.push({ value: figure.value, figure });
      this.sorted.set(family, list);
      const key = digitKey(figure.value);
      if (key) {
        const same = this.byDigits.get(key) ?? [];
        same.push(figure);
        this.byDigits.set(key, same);
      }
    }
    for (const list of this.sorted.values()) list.sort((a, b) => a.value - b.value);
  }

  /** Figures whose value is near `value`, a power of ten away, or a digit permutation of it. */
  candidates(value: number, unit: MentionUnit): SourcedFigure[] {
    if (!(value > 0)) return [];
    const found = new Set<SourcedFigure>();
    for (const family of familiesOfMention(unit)) {
      const list = this.sorted.get(family);
      if (!list) continue;
      this.collect(list, value * NEAR_LOW, value * NEAR_HIGH, found);
      for (const k of [1, 2, 3, 4, 6]) {
        for (const factor of [10 ** k, 10 ** -k]) {
          const scaled = value * factor;
          // A scale slip keeps the digits: a window as narrow as the verdict's tolerance.
          // official = quoted x 10^k / ratio, with |ratio - 1| within the tolerance.
          this.collect(list, scaled / (1 + SCALE_SLIP_TOLERANCE), scaled / (1 - SCALE_SLIP_TOLERANCE), found);
        }
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

  private collect(list: Entry[], low: number, high: number, out: Set<SourcedFigure>): void {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.value < low) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i]!.value <= high; i++) out.add(list[i]!.figure);
  }
}

/** Sorted significant digits, for finding transpositions; undefined for one-digit numbers. */
function digitKey(value: number): string | undefined {
  // Two significant digits are enough to swap ("28%" for 82%, "740 billion" for 470 billion).
  const digits = String(value).replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');
  if (digits.length < 2) return undefined;
  return [...digits].sort().join('');
}
