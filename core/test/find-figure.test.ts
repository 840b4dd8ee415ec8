import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { findFigure } from '../src/check/find-figure.ts';

const set = builtinSet();

describe('findFigure', () => {
  it('finds the official figure a label names', () => {
    // Without a period, the latest date of the series; with one, that year's figure.
    expect(findFigure(set, 'defective vehicles recalled').figure?.value).toBe(6_846_000);
    expect(findFigure(set, 'defective vehicles recalled', '2023').figure?.value).toBe(6_728_000);
    expect(findFigure(set, 'defective vehicles recalled', '2022').figure?.value).toBe(4_488_000);
  });

  it('chooses by period (years) where the sources state a measure at two dates', () => {
    // 192 was stated in January 2024 (so it stands for the end of 2023 too); 202 in August 2024.
    expect(findFigure(set, 'national measurement benchmarks', '2023').figure?.value).toBe(192);
    expect(findFigure(set, 'national measurement benchmarks').figure?.value).toBe(202);
  });

  it('says why when nothing is named', () => {
    const found = findFigure(set, 'stadium seats');
    expect(found.figure).toBeNull();
    if (!found.figure) expect(found.reason).toMatch(/no official figure/);
    expect(findFigure(set, '  ').figure).toBeNull();
  });
});
