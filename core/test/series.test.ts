import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { formatSeries, seriesOf } from '../src/report/series.ts';

const set = builtinSet();
const byValue = (value: number, key: string) =>
  set.figures.find((f) => f.value === value && f.measureKey === key && f.scope.length === 0)!;

describe('a measure over time', () => {
  it('lists every date of the measure oldest first, marking the matched one', () => {
    const series = seriesOf(byValue(6_728_000, 'defective-vehicles-recalled'), set)!;
    expect(series.points.map((p) => [p.label, p.value, p.current])).toEqual([
      ['2022', 4_488_000, false],
      ['2023', 6_728_000, true],
      ['2024', 11_237_000, false],
      ['2025', 6_846_000, false],
    ]);
    expect(formatSeries(series)).toBe(
      '2022: 4,488,000 · [2023: 6,728,000] · 2024: 11,237,000 · 2025: 6,846,000',
    );
  });

  it('keeps two sources of one date as one point', () => {
    const series = seriesOf(byValue(6_728_000, 'defective-vehicles-recalled'), set)!;
    expect(series.points.find((p) => p.current)?.figures.length).toBeGreaterThanOrEqual(2);
  });

  it('has no series for a measure stated once', () => {
    const once = set.figures.find((f) => set.byMeasure(f.measureKey).length === 1)!;
    expect(seriesOf(once, set)).toBeUndefined();
  });
});
