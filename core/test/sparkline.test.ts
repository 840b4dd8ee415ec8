import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { seriesOf, type Series } from '../src/report/series.ts';
import { sparkline, sparklineElements } from '../src/report/sparkline.ts';

const set = builtinSet();
const seriesFor = (id: string): Series => {
  const f = set.byId(id);
  if (!f) throw new Error(`no figure ${id}`);
  return seriesOf(f, set)!;
};
const recalled = seriesFor('samr-2024-03-12-recalls-2023/vehicles-recalled');
const recalledChange = seriesFor('samr-2024-03-12-recalls-2023/vehicles-recalled-change');
const passRate = seriesFor('samr-2025-03-02-quality-2024/manufacturing-product-quality-pass-rate');

describe('a sparkline of counts', () => {
  const chart = sparkline(recalled, { width: 100, height: 32, padding: 0, gap: 0 });

  it('draws bars from zero whose heights are proportional to the values', () => {
    expect(chart.kind).toBe('bars');
    expect(chart.baseline).toBe(32);
    const [y2022, y2023, y2024] = chart.marks.map((m) => m.height);
    // 1123.7万 is the tallest and fills the height; 448.8万 is 448.8/1123.7 of it.
    expect(y2024).toBe(32);
    expect(y2022).toBeCloseTo((32 * 4_488_000) / 11_237_000, 1);
    expect(y2023! / y2022!).toBeCloseTo(6_728_000 / 4_488_000, 1);
    for (const m of chart.marks) expect(m.y + m.height).toBeCloseTo(32, 1);
  });

  it('spaces the dates evenly in order and marks the matched one', () => {
    expect(chart.marks.map((m) => [m.x, m.width, m.label, m.current])).toEqual([
      [0, 25, '2022', false],
      [25, 25, '2023', true],
      [50, 25, '2024', false],
      [75, 25, '2025', false],
    ]);
  });

  it('stays inside its box with padding and gaps', () => {
    const padded = sparkline(recalled, { width: 120, height: 40 });
    for (const m of padded.marks) {
      expect(m.x).toBeGreaterThanOrEqual(2);
      expect(m.x + m.width).toBeLessThanOrEqual(118);
      expect(m.y).toBeGreaterThanOrEqual(2);
      expect(m.y + m.height).toBeLessThanOrEqual(38);
    }
  });

  it('names itself in the asked language (English and Chinese)', () => {
    expect(chart.title).toBe('2022: 4,488,000 · [2023: 6,728,000] · 2024: 11,237,000 · 2025: 6,846,000');
    const zh = sparkline(recalled, { width: 100, height: 32, language: 'zh' });
    expect(zh.title).toBe('2022年：448.8万辆 · [2023年：672.8万辆] · 2024年：1123.7万辆 · 2025年：684.6万辆');
    expect(zh.marks.map((m) => `${m.label}${m.text}`)).toContain('2024年1123.7万辆');
  });
});

describe('a sparkline of changes', () => {
  it('draws rises up and falls down from a zero line', () => {
    const chart = sparkline(recalledChange, { width: 100, height: 40, padding: 0 });
    expect(chart.kind).toBe('bars');
    const zero = chart.baseline!;
    const [fall2022, rise2023] = chart.marks;
    expect(fall2022!.value).toBe(-48.6);
    expect(fall2022!.y).toBeCloseTo(zero, 1);
    expect(rise2023!.y + rise2023!.height).toBeCloseTo(zero, 1);
    expect(sparklineElements(chart).some((e) => e.tag === 'line' && e.attrs.class === 'fc-spark-zero')).toBe(
      true,
    );
  });
});

describe('a sparkline of rates', () => {
  it('draws points on a scale fitted to their range, so 93.65% → 93.93% shows', () => {
    const chart = sparkline(passRate, { width: 90, height: 30, padding: 3 });
    expect(chart.kind).toBe('points');
    const ys = chart.marks.map((m) => m.cy);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(24, 5);
    expect(chart.line).toBe(chart.marks.map((m) => `${m.cx},${m.cy}`).join(' '));
    expect(chart.marks.find((m) => m.current)?.value).toBe(93.93);
  });

  it('sits a flat series in the middle', () => {
    const flat: Series = {
      measureKey: 'x',
      points: passRate.points.map((p) => ({ ...p, value: 50 })),
    };
    const chart = sparkline(flat, { width: 60, height: 20, kind: 'points' });
    for (const m of chart.marks) expect(m.cy).toBe(10);
  });
});

describe('SVG elements for createElementNS', () => {
  it('lists a title, then one classed element per date with its words', () => {
    const elements = sparklineElements(sparkline(recalled, { width: 100, height: 32, language: 'zh' }));
    expect(elements[0]).toEqual({
      tag: 'title',
      attrs: {},
      text: expect.stringContaining('[2023年：672.8万辆]'),
    });
    const bars = elements.filter((e) => e.tag === 'rect');
    expect(bars).toHaveLength(4);
    expect(bars[1]!.attrs.class).toBe('fc-spark-bar fc-spark-current');
    expect(bars[1]!.attrs['data-label']).toBe('2023年：672.8万辆');
    const points = sparklineElements(sparkline(passRate, { width: 90, height: 30 }));
    expect(points.map((e) => e.tag)).toEqual(['title', 'polyline', 'circle', 'circle', 'circle']);
  });
});
